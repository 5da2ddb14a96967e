package named

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// shapeLists are the word lists of the people found by the shape of
// their names, and the facts about the titles that the person stages ask
// at many words.
type shapeLists struct {
	titles titleFacts
	// the same of the titles of public office or business (those that
	// follow a foreign name: foreignTitle), for titleStartsOf
	offices   titleFacts
	nounHeads *strSet // noun_heads.txt: two-syllable nouns that start a suffixed word (지하철)
	// the words of noun_heads.txt given with their suffixes (유연 and 성:
	// 유연성), whose heads also start names (유연석)
	suffixedNouns *strSet
	suffixLast    sylBits // their suffixes: a quick no before the set
	honors        *strSet // the titles of kind honor (씨, 군, 양)
	// foreign_given.txt: foreign given names in Hangul, and the short or
	// ambiguous ones among them (존, 마크)
	foreignGiven, shortGiven *strSet
	givenStarts              *sylSet // the first syllables of foreignGiven
	// the first and last syllables of each of them that starts and ends
	// with one: a word of syllables is one of them only if its pair is
	// here (one look-up, and fewer yeses than the two syllables apart)
	givenPairs sylPairs
	// name_syllables.txt: the syllables that give a word the shape of a
	// Korean name (surname; first and second given-name syllable), the
	// particles that end a noun instead, and the ends of provinces
	commonSurnames, givenFirst, givenLast, particleSyl, provinceEnds *sylSet
	// syllable sets the person stages ask together at every word, joined
	// for one look-up (see personFirsts)
	firsts personFirsts
	// the syllables of r.bareStop (bare_surname_stop.txt), for a surname
	// written alone
	bareStop sylBits
	// the last syllables of the occupations (occupations.txt), nil when
	// one ends with a rune that is no syllable: a quick no before the set
	occLast *sylBits
	// the occupations' first and last syllables together, nil when one
	// starts or ends with a rune that is no syllable (moreStartsOf)
	occPairs *sylPairs
}

// sylPairs is a filter of pairs of syllables: bit titlePairBit(a, b) is
// set for each pair added (a few percent of false yeses for a few hundred
// pairs).
type sylPairs [256]uint64

func (t *sylPairs) add(a, b rune) {
	h := titlePairBit(a, b)
	t[h>>6] |= 1 << (h & 63)
}

// has reports whether the pair a b may have been added.
func (t *sylPairs) has(a, b rune) bool {
	h := titlePairBit(a, b)
	return t[h>>6]&(1<<(h&63)) != 0
}

// firstLastPairs holds the first and last syllables of the words of a
// list, or is nil when one starts or ends with a rune that is no
// syllable.
func firstLastPairs(ws []rules.Word) *sylPairs {
	t := new(sylPairs)
	for _, w := range ws {
		c, _ := utf8.DecodeRuneInString(w.Text)
		last, _ := utf8.DecodeLastRuneInString(w.Text)
		if !lex.IsHangul(c) || !lex.IsHangul(last) {
			return nil
		}
		t.add(c, last)
	}
	return t
}

// personFirsts are unions and intersections of syllable sets that the
// person stages test one after the other at every word, for one look-up
// instead of two or three:
//   - bare: the first syllables of the foreign given names, and the common
//     surnames of one syllable (barePersons, besides the words before a
//     bracket);
//   - sur: surnames (r.surname1 and r.surname2First together);
//   - bareSur: the common surnames of one syllable (r.shape.commonSurnames
//     and r.surname1 together).
//
// They are built from the pack as New builds r.surname1 and
// r.surname2First (TestPersonFirsts compares them).
type personFirsts struct {
	bare, sur, bareSur sylBits
}

func newPersonFirsts(p *rules.Pack, givenStarts, commonSurnames *sylSet) personFirsts {
	var f personFirsts
	var sur1 sylBits
	for _, w := range p.List("surnames") {
		if c, n := utf8.DecodeRuneInString(w.Text); n == len(w.Text) && lex.IsHangul(c) {
			sur1.add(c)
			f.sur.add(c)
		} else if lex.IsHangul(c) {
			f.sur.add(c)
		}
	}
	for k := range f.bare {
		f.bareSur[k] = commonSurnames.bits[k] & sur1[k]
		f.bare[k] = givenStarts.bits[k] | f.bareSur[k]
	}
	return f
}

func newShapeLists(p *rules.Pack) shapeLists {
	all, short := map[string]bool{}, map[string]bool{}
	var starts strings.Builder
	var pairs sylPairs
	for _, w := range p.List("foreign_given") {
		all[w.Text] = true
		short[w.Text] = w.Kind == "short"
		c, _ := utf8.DecodeRuneInString(w.Text)
		starts.WriteRune(c)
		if last, _ := utf8.DecodeLastRuneInString(w.Text); lex.IsHangul(c) && lex.IsHangul(last) {
			pairs.add(c, last)
		}
	}
	syl := map[string]*strings.Builder{}
	for _, w := range p.List("name_syllables") {
		if syl[w.Kind] == nil {
			syl[w.Kind] = &strings.Builder{}
		}
		syl[w.Kind].WriteString(w.Text)
	}
	set := func(kind string) *sylSet {
		if b := syl[kind]; b != nil {
			return newSylSet(b.String())
		}
		return newSylSet("")
	}
	givenStarts, commonSurnames := newSylSet(starts.String()), set("surname")
	// a head of noun_heads with suffixes after a tab stands for the
	// words it makes with them only
	var heads []rules.Word
	suffixed := map[string]bool{}
	var suffixLast sylBits
	for _, w := range p.List("noun_heads") {
		if w.Kind == "" {
			heads = append(heads, w)
			continue
		}
		for _, c := range w.Kind {
			suffixed[w.Text+string(c)] = true
			if lex.IsHangul(c) {
				suffixLast.add(c)
			}
		}
	}
	return shapeLists{titles: newTitleFacts(p.List("titles")), offices: newTitleFacts(officeTitles(p.List("titles"))), honors: honorTitles(p.List("titles")), nounHeads: wordSet(heads), suffixedNouns: newStrSet(suffixed), suffixLast: suffixLast, foreignGiven: newStrSet(all), shortGiven: newStrSet(short),
		givenStarts: givenStarts, givenPairs: pairs,
		commonSurnames: commonSurnames, givenFirst: set("given_first"), givenLast: set("given_last"),
		particleSyl: set("particle"), provinceEnds: set("province_end"),
		firsts: newPersonFirsts(p, givenStarts, commonSurnames), bareStop: sylBitsOf(p.List("bare_surname_stop")),
		occLast: lastSyllables(p.List("occupations")), occPairs: firstLastPairs(p.List("occupations"))}
}

// honorTitles holds the titles whose kind, the first given for them, is
// honor (as isHonor answers).
func honorTitles(ws []rules.Word) *strSet {
	m := map[string]bool{}
	seen := map[string]bool{}
	for _, w := range ws {
		if !seen[w.Text] {
			seen[w.Text] = true
			m[w.Text] = w.Kind == "honor"
		}
	}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	return newStrSet(m)
}

// lastSyllables holds the last syllables of the words of a list, or is
// nil when one ends with a rune that is no syllable.
func lastSyllables(ws []rules.Word) *sylBits {
	t := new(sylBits)
	for _, w := range ws {
		c, _ := utf8.DecodeLastRuneInString(w.Text)
		if !lex.IsHangul(c) {
			return nil
		}
		t.add(c)
	}
	return t
}

// sylBitsOf holds the words of a list that are one Hangul syllable.
func sylBitsOf(ws []rules.Word) (t sylBits) {
	for _, w := range ws {
		if c, n := utf8.DecodeRuneInString(w.Text); n == len(w.Text) {
			t.add(c)
		}
	}
	return t
}

// barePersons finds people named without a title:
//   - a foreign given name and the surname after it (foreignName: 크리스
//     에반스는);
//   - a name before its spelling in Chinese characters (glossedName: 고토
//     겐지(後藤健二·47)) or before another person's Korean name in brackets
//     (realName: 은하(정은비·19), 윤동주(강하늘));
//   - a Korean name as the subject or object of a sentence (최민호는 …, …
//     이서연을 따돌리고), in a list or before a bracket (박지훈(첼시)).
//     Nothing but the word's shape marks it, so the test is strict: three
//     syllables, a common one-syllable surname, then two syllables common
//     in given names, followed by nothing, a particle, or punctuation; not
//     a noun and its suffix, a word known not to be a name, a title, an
//     occupation, part of a known mention, or next to a transcribed word.
func (r *Recognizer) barePersons(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	next := 0 // the words before it are taken by a foreign name
	words := d.words
	// the rules' first tests at once: a foreign given name or a common
	// surname starts the word, or a bracket follows it (personWords; then
	// whether a name took the word, which few do)
	d.personWords(r.firstCls)
	for x, bw := range d.bareW {
		for ; bw != 0; bw &= bw - 1 {
			k := x<<6 | bits.TrailingZeros64(bw)
			w := &words[k]
			if w.s < next {
				continue
			}
			if w.allH && w.nr <= 6 && r.shape.givenPairs.has(w.c, w.lc) && r.shape.foreignGiven.has(text[w.s:w.e]) {
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
			cl := d.wcls[k]
			if cl&clsParen != 0 { // a bracket after the word (personWords)
				if n := len(out); w.allH && r.glossedName(d, w, known, &out) || r.realName(d, w, known, &out) {
					next = out[n].End
					continue
				}
			}
			if w.nr < 3 || !w.allH || cl&clsBareSur == 0 {
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
	}
	out = r.honorNames(d, known, out)
	d.setPersonKeys(out)
	return out
}

// letterWords are the names of the Latin letters in Hangul.
var letterWords = [...]string{"에이치", "더블유", "에이", "에프", "아이", "제이", "케이", "에스", "브이", "엑스",
	"와이", "제트", "엘", "엠", "엔", "오", "피", "큐", "알", "티", "유", "비", "씨", "디", "이", "지"}

// letterNames reports whether the word w is spelt with the names of Latin
// letters only: a company's initials (에스케이씨 for SKC), no name.
func letterNames(w string) bool {
	for w != "" {
		n := 0
		for _, l := range letterWords { // the longest first
			if strings.HasPrefix(w, l) {
				n = len(l)
				break
			}
		}
		if n == 0 {
			return false
		}
		w = w[n:]
	}
	return true
}

// honorNames appends to out the names in Hangul that the honorific 씨
// follows and no other rule takes, those that look transcribed: 스즈키씨는,
// 오쿠니시 씨가, 밀러 씨의. 씨 is found by its bytes, not word by word (it
// follows few words). A Korean name before 씨 is the title rules'; a
// common word before it (날씨, 솜씨, 마음씨, 아저씨; 수박 씨) looks like
// no transcription, so the word must hold a syllable of loanwords, and
// look transcribed when 씨 is attached (해바라기씨 holds one: a seed);
// nor is it a company's initials spelt out (에스케이씨).
func (r *Recognizer) honorNames(d *doc, known []ner.Mention, out []ner.Mention) []ner.Mention {
	text := d.text
	for i := 0; ; {
		// 씨 is EC 94 A8: its last byte is the rarest in Korean text (one
		// syllable in fifty or so holds it), and IndexByte finds it
		// faster than Index finds the three
		j := strings.IndexByte(text[i:], 0xA8)
		if j < 0 {
			return out
		}
		p := i + j
		i = p + 1
		if p < 8 || text[p-2] != 0xEC || text[p-1] != 0x94 {
			continue
		}
		at := p - 2
		if !d.endsWordOK(i) {
			continue // 씨 ends its word, or a particle follows it
		}
		s, spaced := at, text[at-1] == ' '
		if spaced {
			s = d.wordStartBefore(at - 1)
		} else if w := d.wordAt(at); w != nil {
			s = w.s
		}
		e := at - boolInt(spaced)
		stem := text[s:e]
		// (no particle or verb ending comes before 씨 in its word: 리지씨)
		if !r.foreignWord(stem) || spaced && !nounEnding(stem) || r.occSet.has(stem) || r.shape.titles.has(stem) {
			continue
		}
		if spaced && !hasForeignSyllable(stem) || !spaced && !looksForeign(stem) || letterNames(stem) {
			continue
		}
		if coveredBy(known, s, at+len("씨")) || len(out) > 0 && out[len(out)-1].End > s {
			continue
		}
		// a transcribed word before, without particle, is the given name
		// (세이모어 더스트 씨)
		if s > 1 && text[s-1] == ' ' {
			if ps := d.wordStartBefore(s - 1); ps < s-1 && r.transcribed(text[ps:s-1]) && !coveredBy(known, ps, s-1) {
				s = ps
			}
		}
		out = append(out, r.namedPerson(d, s, e, "씨", "person-honor"))
	}
}

// particleRest reports whether the word w continues after its first three
// syllables (ending at e) with a particle sequence only.
func (r *Recognizer) particleRest(d *doc, w *word, e int) bool {
	dist := w.e - e
	if !d.slow && dist < 64 {
		return w.pmask&(1<<uint(dist)) != 0
	}
	return r.particles.Has(d.text[e:w.e])
}

// decode3 decodes the Hangul syllable of three bytes at i.
// syl3 is the rune of decode3 alone.
func syl3(text string, i int) rune {
	c, _ := decode3(text, i)
	return c
}

func decode3(text string, i int) (rune, bool) {
	if i+3 > len(text) {
		return 0, false
	}
	s := text[i : i+3] // one bounds check for the three bytes
	c := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	return c, c >= 0xAC00 && c <= 0xD7A3
}

// foreignNeighbour reports whether the word [s,e) (its name part ending
// at ne) is one part of a foreign name: after a word without particle
// that looks like a transcription (데미안 마이아는), or, written without
// particle and with a syllable common in loanwords itself, before one
// (제이미 라이트와).
func (r *Recognizer) foreignNeighbour(d *doc, s, ne, e int) bool {
	text := d.text
	if s > 1 && text[s-1] == ' ' {
		if ps := d.wordStartBefore(s - 1); ps < s-1 && r.transcribed(text[ps:s-1]) {
			return true
		}
	}
	if ne == e && e+1 < len(text) && text[e] == ' ' && hasLoanSyllable(text[s:e]) {
		if we := d.wordEnd(e + 1); we > e+1 && r.transcribed(text[e+1:d.trimEnd(e+1, we, 2)]) {
			return true
		}
	}
	return false
}

// transcribed reports whether w is a word in Hangul that looks like a
// transcribed name: no common word, ending like a noun, with loanword
// syllables.
func (r *Recognizer) transcribed(w string) bool {
	return r.foreignWord(w) && nounEnding(w) && looksForeign(w)
}

// hasLoanSyllable reports whether w holds a syllable common in loanwords.
func hasLoanSyllable(w string) bool {
	for _, c := range w {
		if loanSet.has(c) || strongLoan.has(c) {
			return true
		}
	}
	return false
}

// noHanjaSyl are syllables that no Chinese character is read as and no
// Korean name holds, frequent in transcribed names (메이어, 페헤이라,
// 테일러, 헤이그, 레넌, 마쓰다): evidence of a foreign name besides the loanword
// syllables, where a short given name (존) or an age asks for it.
var noHanjaSyl = newSylSet("메페테헤레네데게에쓰")

// hasForeignSyllable reports whether w holds a syllable of loanwords or
// one no Chinese character is read as.
func hasForeignSyllable(w string) bool {
	if hasLoanSyllable(w) {
		return true
	}
	for _, c := range w {
		if noHanjaSyl.has(c) {
			return true
		}
	}
	return false
}

// afterPlace reports whether a PLACE mention ends one space before s
// (known is sorted and free of overlaps).
func afterPlace(text string, s int, known []ner.Mention) bool {
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	k := sort.Search(len(known), func(j int) bool { return known[j].End >= s-1 })
	return k < len(known) && known[k].End == s-1 && known[k].Label == ner.PLACE
}

// foreignName matches a foreign given name of foreign_given (the word w,
// without particle) and the one or two words after it that make the name:
// surnames that look transcribed (크리스 에반스는, 케일라 진 뮬러), a Latin
// initial (조지 W. 부시) or a Korean surname (케이티 김은). The last word
// may carry a particle, the others not. After a short given name (존, 마크)
// the last word must hold a syllable typical of loanwords.
func (r *Recognizer) foreignName(d *doc, w *word, short bool, known []ner.Mention) (ner.Mention, bool) {
	text := d.text
	if coveredBy(known, w.s, w.e) {
		return ner.Mention{}, false
	}
	end := -1
	middle := false // the word before was a Korean surname in the middle
	j := w.e
	for n := 0; n < 3 && j+1 < len(text) && text[j] == ' '; n++ {
		s := j + 1
		// a Latin initial: W. or W
		if c := text[s]; c >= 'A' && c <= 'Z' && n < 2 {
			e := s + 1
			if e < len(text) && text[e] == '.' {
				e++
			}
			if e < len(text) && text[e] == ' ' {
				j = e
				continue
			}
			break
		}
		we := d.wordEnd(s)
		if we == s {
			break
		}
		base := d.trimName(s, we)
		if we < len(text) && text[we] == '(' {
			base = we // no particle before a bracket: 유카와 하루나(湯川遙菜)
		}
		honor := false
		if base-s > 6 && text[base-3:base] == "씨" {
			base -= 3 // 매슈 토드씨의: the honorific ends the name
			honor = true
		}
		part := text[s:base]
		if c, _ := utf8.DecodeRuneInString(part); base-s == 3 && r.isSurname1(c) {
			// a Korean surname ends the name (케이티 김), unless a
			// transcribed word follows: then it is a middle name (케일라 진 뮬러)
			if n == 0 && !short {
				end = base
			}
			if base == we && we+1 < len(text) && text[we] == ' ' {
				if ne := d.wordEnd(we + 1); ne > we+1 && r.foreignWord(text[we+1:d.trimName(we+1, ne)]) {
					j = we
					middle = true
					continue
				}
			}
			break
		}
		// the first surname may be any transcription (카림 벤제마); a second
		// one, or one after a short given name, must look foreign
		if !r.surnamePart(part) || surnamePartBadEnds.has(lastRune(d, base)) || r.occSet.has(part) || r.titleWord(d, s) ||
			coveredBy(known, s, base) && !personAt(known, s) && !(n == 0 && !short && mentionIs(known, s, base)) ||
			short && !hasForeignSyllable(part) || end >= 0 && !middle && !looksForeign(part) || nameEventWords.has(part) {
			break
		}
		end = base
		middle = false
		if honor || base < we || we >= len(text) || text[we] != ' ' {
			break // a particle or punctuation ends the name
		}
		j = we
	}
	if end < 0 {
		return ner.Mention{}, false
	}
	return r.namedPerson(d, w.s, end, "", "person-foreign-given"), true
}

// trimName cuts the particles off the word [s,we) that ends a foreign
// name: the longest sequence (프롭과의, 헤어스턴으로), but a 로 that may
// end the name stays when what follows it is a particle too (코스톨로는),
// and so does a 라 before a space (keepLa); at least one rune is left.
func (d *doc) trimName(s, we int) int {
	c := d.trimEnd(s, we, 1)
	if keepLa(d.text, c, we) {
		return we
	}
	if w := d.wordAt(s); c+3 < we && strings.HasPrefix(d.text[c:], "로") && w != nil && w.e == we {
		if dist := we - (c + 3); !d.slow && dist < 64 && w.pmask&(1<<uint(dist)) != 0 {
			return c + 3
		}
	}
	return c
}

// keepLa reports whether the particle text[c:we] cut off a name is a 라
// before a space or the end: a name in 라 (클라라, 스텔라, 산드라) rather
// than a copula's form, which ends a clause and takes more (라고, 라며).
func keepLa(text string, c, we int) bool {
	return we-c == len("라") && text[c:we] == "라" && (we == len(text) || text[we] == ' ')
}

// lastRune returns the rune that ends at byte offset c of the document.
func lastRune(d *doc, c int) rune {
	r, _ := utf8.DecodeLastRuneInString(d.text[:c])
	return r
}

// foreignSurnameBefore reports whether the two-syllable word [s,e) before
// a title is a foreign surname (아베 총리, 하퍼 총리): the title is an
// office of government or politics, and the word starts with a syllable
// that is no common Korean surname or holds one typical of loanwords.
// Korean nouns before such titles (상원 의원, 예비 후보) mostly start with
// a common surname; the others are in not_names.
func (r *Recognizer) foreignSurnameBefore(d *doc, s, e int, role string) bool {
	w := d.text[s:e]
	if !r.foreignTitle(role) || r.notNames.has(w) || r.shape.nounHeads.has(w) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(w)
	if last, _ := utf8.DecodeLastRuneInString(w); r.shape.particleSyl.has(last) {
		return false // 간이 검사: a word and its particle
	}
	return !r.shape.commonSurnames.has(c) || hasLoanSyllable(w)
}

// personAt reports whether a known PERSON mention starts at s: a foreign
// name found by its given name may take in a surname found before by its
// title (조지 W. 부시 for 부시 대통령).
func personAt(known []ner.Mention, s int) bool {
	k := startIndex(known, s)
	return k >= 0 && known[k].Label == ner.PERSON
}

// glossNotName are the last characters of a Chinese or Japanese gloss that
// names a place or a body, not a person (浙江省, 東京都, 每日新聞社).
const glossNotName = "省市縣县區区州島岛山江河湖道都府部廳厅局院社會会黨党館馆寺宮宫港灣湾洋海船"

// glossedName matches a Chinese or Japanese name in Hangul with its
// spelling in Chinese characters in brackets: two words before four
// characters (고토 겐지(後藤健二·47), 아베 신조(安倍晋三)), or one word
// before three characters and an age (뤄쥔청(羅俊城, 21살)). Both the
// Hangul and the characters are PERSON mentions, appended to out.
func (r *Recognizer) glossedName(d *doc, w *word, known []ner.Mention, out *[]ner.Mention) bool {
	text := d.text
	open := w.e
	han, hs, he := 0, open+1, open+1
	for he < len(text) {
		c, n := utf8.DecodeRuneInString(text[he:])
		if !unicode.Is(unicode.Han, c) {
			break
		}
		han++
		he += n
	}
	if after := text[he:]; han < 3 || han > 4 || !(strings.HasPrefix(after, ")") || strings.HasPrefix(after, "·") || strings.HasPrefix(after, ",")) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(text[hs:he]); strings.ContainsRune(glossNotName, last) {
		return false
	}
	closing := strings.IndexByte(text[open:], ')')
	if closing < 0 || closing > 40 {
		return false
	}
	s := w.s
	switch han {
	case 4: // a Japanese name: family name and given name, two words
		if w.s < 2 || text[w.s-1] != ' ' {
			return false
		}
		ps := d.wordStartBefore(w.s - 1)
		if ps == w.s-1 || !r.foreignWord(text[ps:w.s-1]) || !r.foreignWord(text[w.s:w.e]) {
			return false
		}
		s = ps
	case 3: // a Chinese name of one word, with an age
		if !r.foreignWord(text[w.s:w.e]) || !hasAge(text[he:open+closing]) {
			return false
		}
	}
	if coveredBy(known, s, w.e) && !personAt(known, w.s) || coveredBy(known, hs, he) {
		return false
	}
	*out = append(*out, r.namedPerson(d, s, w.e, "", "person-gloss"), r.namedPerson(d, hs, he, "", "person-gloss"))
	return true
}

// realName matches a name followed by another person's Korean name in
// brackets: a stage name and the real one (은하(정은비·19), 현영(본명
// 유현영·37)), or a role and the actor (윤동주(강하늘)). The word before
// the bracket (one to five syllables, or Latin letters) and the name
// inside, alone or before an age, are both PERSON mentions.
func (r *Recognizer) realName(d *doc, w *word, known []ner.Mention, out *[]ner.Mention) bool {
	text := d.text
	if w.nr > 5 || !w.allH && !isLatinName(text[w.s:w.e]) || coveredBy(known, w.s, w.e) && !personAt(known, w.s) {
		return false
	}
	if w.s > 0 && !d.wordStart(w.s) {
		return false
	}
	if c, _ := utf8.DecodeLastRuneInString(text[:w.s]); w.s > 0 && (lex.IsWordRune(c) || c == '(' || c == '.') {
		return false
	}
	i := w.e + 1
	i += len("본명 ") * boolInt(strings.HasPrefix(text[i:], "본명 "))
	ne := d.wordEnd(i)
	if ne-i != 9 || ne >= len(text) || !r.isNameAt(d, i, ne) || !r.looselyNameShaped(text[i:ne]) {
		return false
	}
	switch {
	case text[ne] == ')':
	case strings.HasPrefix(text[ne:], "·") || text[ne] == ',':
		end := strings.IndexByte(text[ne:], ')')
		if end < 0 || end > 20 || !hasAge(text[ne:ne+end]) {
			return false
		}
	default:
		return false
	}
	if coveredBy(known, i, ne) && !personAt(known, i) {
		return false
	}
	*out = append(*out, r.namedPerson(d, w.s, w.e, "", "person-realname"), r.namedPerson(d, i, ne, "", "person-realname"))
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// looselyNameShaped reports whether the three-syllable word w starts with
// a common surname and has at least one common given-name syllable
// (정은비, 강하늘; not 평행봉).
func (r *Recognizer) looselyNameShaped(w string) bool {
	c0, _ := decode3(w, 0)
	return r.shape.commonSurnames.has(c0) && r.givenShaped(w)
}

// nameShaped reports whether the three-syllable word w has the shape
// barePersons asks of a name: a common surname, then two common
// given-name syllables, and no common noun in front (이성민; not 선대본).
func (r *Recognizer) nameShaped(w string) bool {
	c0, _ := decode3(w, 0)
	s1, _ := decode3(w, 3)
	s2, _ := decode3(w, 6)
	return r.shape.commonSurnames.has(c0) && r.shape.givenFirst.has(s1) && r.shape.givenLast.has(s2) && !r.shape.nounHeads.has(w[:6])
}

// surnamePartBadEnds are the last syllables of verb forms (된, 했, 하도록),
// which end no transcribed surname.
var surnamePartBadEnds = newSylSet("던된될했됐한면며게록")

// surnamePart reports whether w can be a surname of a foreign name in
// Hangul: two to eight syllables (트리에르바일레), all Hangul, not a word
// known not to be a name.
func (r *Recognizer) surnamePart(w string) bool { return r.hangulName(w, 8) }

// mentionIs reports whether a known mention spans exactly [s,e): a
// surname that is also a city (앨런 휴스턴) is taken into the name.
func mentionIs(known []ner.Mention, s, e int) bool {
	k := startIndex(known, s)
	return k >= 0 && known[k].End == e
}

// givenShaped reports whether the three-syllable name w has at least one
// common given-name syllable and no common noun in front (봉중근; not
// 성추행).
func (r *Recognizer) givenShaped(w string) bool {
	s1, _ := decode3(w, 3)
	s2, _ := decode3(w, 6)
	return (r.shape.givenFirst.has(s1) || r.shape.givenLast.has(s2)) && !r.shape.nounHeads.has(w[:6])
}

// verbEndingAfter reports whether the word w, whose first three
// syllables end at e with s2, is a verb or a noun with an ending rather
// than a name and its particle:
//   - a verb made a noun by -기 before 위해, 때문 or 전 (술을 마시기 위해,
//     길을 나서기 전에), which follow no name;
//   - a noun and the quoting -라고 or -라며 (그중 하나라고 말했다): after a
//     name ending in 라 the copula is written whole (구하라라고).
func verbEndingAfter(d *doc, w *word, e int, s2 rune) bool {
	text := d.text
	switch s2 {
	case '기':
		if e != w.e || e+1 >= len(text) || text[e] != ' ' {
			return false
		}
		next := text[e+1:]
		for _, v := range afterNominal {
			if strings.HasPrefix(next, v) {
				return true
			}
		}
		// 전 as 'before' ends its word or takes a particle (전에, 전,);
		// before a space it is mostly 'former' (이승기 전 멤버)
		return strings.HasPrefix(next, "전") && len(next) > len("전") && next[len("전")] != ' '
	case '라':
		rest := text[e:w.e]
		return strings.HasPrefix(rest, "고") || strings.HasPrefix(rest, "며")
	}
	return false
}

// afterNominal are the words that follow a verb made a noun by -기 and
// no name: 위해 and 위한 (in order to), 때문 (because).
var afterNominal = [...]string{"위해", "위한", "위하여", "때문"}

// nameEventWords are loanwords that follow a person's name to name an
// event or a thing after him or her (로레나 오초아 인비테이셔널, 아이유
// 콘서트), no part of the name.
var nameEventWords = newStrSet(map[string]bool{"인비테이셔널": true, "챔피언십": true, "클래식": true, "오픈": true,
	"마스터스": true, "트로피": true, "컵": true, "콘서트": true, "투어": true, "센터": true, "재단": true,
	"커플": true, "패밀리": true, "스타일": true})
