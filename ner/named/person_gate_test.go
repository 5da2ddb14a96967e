package named

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// checkPersonGates runs the person stages whose word loops test the rare
// conditions first against the loops that tested them in the order of
// the rules (morePersonsOld, barePersonsOld), and contextPersons, which
// visits the words contextCandidates marks, against the loop over every
// word (contextPersonsOld); it returns how many people each found.
func checkPersonGates(t *testing.T, r *Recognizer, text string) (found [3]int) {
	t.Helper()
	run := func(stage func(d *doc, known []ner.Mention) []ner.Mention) []ner.Mention {
		d := r.newDoc(text)
		defer d.free()
		known := d.resolve(r.gazetteer(d))
		known = d.resolveWith(known, r.persons(d, known))
		return append([]ner.Mention(nil), stage(d, known)...)
	}
	for i, c := range []struct {
		name      string
		got, want func(d *doc, known []ner.Mention) []ner.Mention
	}{
		{"morePersons", r.morePersons, r.morePersonsOld},
		{"barePersons", r.barePersons, r.barePersonsOld},
		{"contextPersons", r.contextPersons, r.contextPersonsOld},
	} {
		got, want := run(c.got), run(c.want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %s found %v; in the order of the rules %v", text, c.name, got, want)
		}
		found[i] += len(got)
	}
	return found
}

func personGateTexts(t testing.TB) []string {
	texts := append(indexTexts(t), testcorpus.KLUE()...)
	return append(texts,
		"김 장관과 최모씨, 이모(45)씨, A씨와 B 교수는 가수 싸이, 배우 한지민과 케리 장관, 앙겔라 메르켈 총리, 박정우 한빛제약 회장",
		"크리스 에반스는 최민호는 이서연을 만났다. 고토 겐지(後藤健二·47), 은하(정은비·19), 박지훈(첼시)과 정하늘의 유연성을",
		"윤 모씨, 정모 씨(33), 김모 과장, 신모(20) 이병, 전 전 장관, 고 김 회장과 마크 카니 캐나다 총리",
		"한도윤 “규제부터 풀겠다”\n중소벤처청(청장 박서준)은 최민국 정부의 정책을, 자신의 정부가 내각과\n이서연 \"출마\" (이서연)")
}

func TestPersonGates(t *testing.T) {
	r := recognizer(t)
	var found [3]int
	for _, text := range personGateTexts(t) {
		for i, n := range checkPersonGates(t, r, text) {
			found[i] += n
		}
	}
	if found[0] == 0 || found[1] == 0 || found[2] == 0 {
		t.Fatalf("found %v people: the test tests nothing", found)
	}
}

// personFragments are the pieces FuzzPersonGates joins into texts: names,
// titles, particles and brackets.
var personFragments = []string{" ", " ", " ", ", ", ". ", "\n", "(", ")", "·", "\"", "A", "3", "45",
	"김", "이", "박", "최", "정", "유", "모", "씨", "민준", "서연", "하늘", "지훈", "은지", "연성",
	"장관", "기자", "대표", "위원장", "총리", "교수", "정부", "크리스", "에반스", "케리", "마크", "존",
	"가수", "배우", "한빛", "전자", "청장", "전", "현", "後藤", "健二", "캐나다", "“", "정권", "내각", "행정부",
	"은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "도", "한", "스"}

func FuzzPersonGates(f *testing.F) {
	r := recognizer(f)
	f.Add([]byte{14, 21, 0, 34, 56})
	f.Add([]byte("a text of fragments"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteString(personFragments[int(c)%len(personFragments)])
		}
		checkPersonGates(t, r, sb.String())
	})
}

// morePersonsOld is morePersons asking for a surname before the word's
// shape, and where any title may start rather than one of office, at
// every word rather than those moreStartsOf marks (the oracle of its
// gates).
func (r *Recognizer) morePersonsOld(d *doc, known []ner.Mention) []ner.Mention {
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	add := func(m ner.Mention) {
		if !coveredBy(known, m.Start, m.End) {
			out = append(out, m)
		}
	}
	for _, m := range r.leaders(d, known) {
		add(m)
	}
	var tsBuf [5 * 16]uint64
	ts := titleStartsWith(d, tsBuf[:], &r.shape.titles) // all titles, as before the offices
	next := 0                                           // words before it were taken by a name
	text, words := d.text, d.words
	firsts := &r.shape.firsts
	var m ner.Mention // the person a rule found (bareSurname, agedName, beforeTitle)
	for k := range words {
		wd := &words[k]
		c, i, we := wd.c, wd.s, wd.e
		if i < next || !(lex.IsHangul(c) || c >= 'A' && c <= 'Z') {
			continue
		}
		// each rule is called only when the word passes its first test:
		// a surname or letter, then the character after the word
		after := byte(0)
		if we < len(text) {
			after = text[we]
		}
		if c < utf8.RuneSelf || r.isSurname1(c) && r.maybeBareSurname(d, i, we) {
			if r.bareSurname(d, i, we, nil, &m) {
				add(m)
				next = max(we, m.End) // 조 은 기자: the name takes the next word
				continue
			}
		}
		switch after {
		case '(':
			if r.agedName(d, i, we, &m) {
				add(m)
			}
		case ' ':
			if r.occFirst != nil && !r.occFirst.has(c) || !r.occSet.has(text[i:we]) {
				// not an occupation (afterOccupation's first test)
			} else if m, ok := r.afterOccupation(d, i, we); ok {
				add(m)
				we = max(we, m.End)
				next = we
				continue
			}
			// beforeTitle's first tests: a title may start one of the
			// next two words, and the word is two to six syllables ending
			// like a noun
			if ts.nextOrSecond(k) && wd.nr >= 2 && wd.nr <= 6 && wd.allH && nounEndingRune(wd.lc) {
				if r.beforeTitle(d, i, we, known, &ts, &m) {
					add(m)
					next = max(we, m.End)
					continue
				}
			}
			// nameThenOrg's: a title may start the second or third word
			// after (the third after 전 or 현)
			// (nameThenOrg needs a Korean name: a word that starts with a
			// surname)
			if ts.secondOrThird(k) && firsts.sur.has(c) {
				if ms := r.nameThenOrg(d, i, we, known, &ts); ms != nil {
					for _, m := range ms {
						add(m)
						we = max(we, m.End)
					}
				}
			}
		}
		next = we
	}
	setPersonKeys(out)
	link(out, known)
	return out
}

// barePersonsOld is barePersons asking for the first syllable of a
// foreign given name before the set, rather than the pair of its first
// and last (the oracle of that filter).
func (r *Recognizer) barePersonsOld(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	next := 0 // the words before it are taken by a foreign name
	words := d.words
	for k := range words {
		w := &words[k]
		if w.s < next {
			continue
		}
		// the rules' first tests at once: a foreign given name or a common
		// surname starts the word, or a bracket follows it
		if !r.shape.firsts.bare.has(w.c) && (w.e >= len(text) || text[w.e] != '(') {
			continue
		}
		if w.allH && w.nr <= 6 && r.shape.givenStarts.has(w.c) && r.shape.foreignGiven.has(text[w.s:w.e]) {
			if m, ok := r.foreignName(d, w, r.shape.shortGiven.has(text[w.s:w.e]), known); ok {
				n := len(out)
				if lw := d.wordAt(m.End - 1); m.End < len(text) && text[m.End] == '(' && lw != nil &&
					r.glossedName(d, lw, known, &out) && out[n].Start == m.Start && out[n].End == m.End {
					// 사토 다케시(佐藤健志): the characters too
					next = m.End
					continue
				}
				out = append(out[:n], m)
				next = m.End
				continue
			}
		}
		if w.e < len(text) && text[w.e] == '(' {
			if n := len(out); w.allH && r.glossedName(d, w, known, &out) || r.realName(d, w, known, &out) {
				next = out[n].End
				continue
			}
		}
		if w.nr < 3 || !w.allH || !r.shape.firsts.bareSur.has(w.c) {
			continue
		}
		e := w.s + 9 // three syllables of three bytes
		if w.nr == 3 {
			// a particle ends the word, except before a bracket (김대은(체조)):
			// no particle comes before one
			if r.shape.particleSyl.has(w.lc) && (w.e >= len(text) || text[w.e] != '(') {
				continue
			}
		} else if !r.particleRest(d, w, e) {
			continue
		}
		if s1, _ := decode3(text, w.s+3); !r.shape.givenFirst.has(s1) {
			continue
		}
		s2, _ := decode3(text, w.s+6)
		if !r.shape.givenLast.has(s2) {
			continue
		}
		stem := text[w.s:e]
		// a common noun and its suffix (지하철, 고의성): the first two
		// syllables are a word of noun_heads
		if r.shape.nounHeads.has(text[w.s:w.s+6]) || r.shape.suffixLast.has(s2) && r.shape.suffixedNouns.has(stem) || r.notNames.has(stem) || r.occSet.has(stem) || r.stemStop.has(stem) || coveredBy(known, w.s, e) {
			continue
		}
		if te, _, ok := r.titles.LongestAt(stem, 0); ok && te == len(stem) {
			continue
		}
		if !r.isName(stem) || r.foreignNeighbour(d, w.s, e, w.e) || r.shape.provinceEnds.has(s2) && afterPlace(text, w.s, known) ||
			verbEndingAfter(d, w, e, s2) {
			continue
		}
		out = append(out, r.namedPerson(d, w.s, e, "", "person-bare"))
	}
	setPersonKeys(out)
	return out
}

// setPersonKeys sets the people's keys of an oracle's output, in an arena
// of its own.
func setPersonKeys(ms []ner.Mention) { new(doc).setPersonKeys(ms) }

// TestPersonKeysArena checks that the people's keys of a text stay as
// they were while later texts fill (and outgrow) the arena they share.
func TestPersonKeysArena(t *testing.T) {
	r := recognizer(t)
	first, _ := r.AppendFindReport(nil, "김민수 장관은 이날 박영희 차관과 만났다.", nil)
	var keys []string
	for _, m := range first {
		if m.Label == ner.PERSON {
			keys = append(keys, strings.Clone(m.Key))
		}
	}
	if len(keys) < 2 {
		t.Fatalf("people found: %v", first)
	}
	for k := 0; k < 2*strArena/16; k++ {
		r.AppendFindReport(nil, "정우성 기자와 이서연 교수, 최준호 의원이 토론했다.", nil)
	}
	k := 0
	for _, m := range first {
		if m.Label == ner.PERSON {
			if m.Key != keys[k] || m.Name != strings.TrimPrefix(keys[k], "PERSON:") {
				t.Fatalf("person %d: key %q name %q, was %q", k, m.Key, m.Name, keys[k])
			}
			k++
		}
	}
}
