package named

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// persons finds Korean names next to a title: 한성숙 장관, 한성숙 중소벤처기업부
// 장관, 이성민 기자, 이성민기자, 김철수 씨. A name is a surname (one or two
// syllables) and a given name of one or two syllables, written as one word.
func (r *Recognizer) persons(d *doc, known []ner.Mention) []ner.Mention {
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	var buf [16]uint64
	orgs := orgPlaceWords(d, known, buf[:])
	text, words := d.text, d.words
	tf := &r.shape.titles // the first syllables of titles, before the call of titleKeyIn
	// the words that start with a surname of one syllable (isSurname1), a
	// third of them
	d.personWords(r.firstCls)
	for x, sw := range d.surW {
		for ; sw != 0; sw &= sw - 1 {
			k := x<<6 | bits.TrailingZeros64(sw)
			w := &words[k]
			// a title attached to a word of three syllables or more, or a
			// name before a space; a known mention over the word is tested last
			space := w.e < len(text) && text[w.e] == ' '
			switch nr := w.nr; {
			case !w.allH:
				if nr < 3 && !space {
					continue
				}
			// personAt's first tests, for a word of syllables, by its length:
			// a name before a space and what may follow it (the name tested
			// last: it costs more), a title's key after the third or fourth
			// syllable
			case nr <= 3:
				if nr < 2 || !space || !r.mayBeName(w) || !r.mayFollowWord(d, k, orgs) || !r.isNameWord(d, w) {
					continue
				}
			case nr == 4:
				if !(tf.first.has(syl3(text, w.s+9)) && r.titleKeyIn(text, w, w.s+9)) &&
					!(space && r.mayBeName(w) && r.mayFollowWord(d, k, orgs) && r.isNameWord(d, w)) {
					continue
				}
			default:
				if !(tf.first.has(syl3(text, w.s+9)) && r.titleKeyIn(text, w, w.s+9)) &&
					!(tf.first.has(syl3(text, w.s+12)) && r.titleKeyIn(text, w, w.s+12)) {
					continue
				}
			}
			if m, ok := r.personAt(d, w.s, w.e, known); ok && !coveredBy(known, w.s, w.e) {
				out = append(out, m)
			}
		}
	}
	d.setPersonKeys(out)
	return out
}

// setPersonKeys sets the keys the person stages leave empty, "PERSON:"
// and the name, into the doc's key arena: one allocation for many texts
// rather than one for each stage (they went to mallocgc's code, out of
// the cache by then). A person found by the surname alone (surnamePerson)
// holds the surname as its name until then: the name is the surname and
// its title or 씨, and the key's end.
func (d *doc) setPersonKeys(ms []ner.Mention) {
	const prefix = "PERSON:"
	size := 0
	for i := range ms {
		if m := &ms[i]; m.Label == ner.PERSON && m.Key == "" {
			a, b, c := personKeyParts(m)
			size += len(prefix) + len(a) + len(b) + len(c)
		}
	}
	if size == 0 {
		return
	}
	// the arena has room for size bytes more, so the appends below move
	// none of them: each key is taken as it is written. The bytes written
	// are never written again (the arena only grows), so strings may
	// share them
	buf := d.grow(size)
	for i := range ms {
		if m := &ms[i]; m.Label == ner.PERSON && m.Key == "" {
			a, b, c := personKeyParts(m)
			start := len(buf)
			buf = append(buf, prefix...)
			buf = append(buf, a...)
			buf = append(buf, b...)
			buf = append(buf, c...)
			m.Key = unsafe.String(&buf[start], len(buf)-start)
			m.Name = m.Key[len(prefix):]
		}
	}
	d.strs = buf
}

// personKeyParts returns the parts of the name of a person whose key is
// not set yet: the name, or for a surname alone the surname, then a space
// and the title, or 씨 (none after a capital letter: A씨, B 교수).
func personKeyParts(m *ner.Mention) (string, string, string) {
	if m.Rule != "person-surname" {
		return m.Name, "", ""
	}
	switch sur := m.Name; {
	case sur[0] >= 'A' && sur[0] <= 'Z':
		return sur, "", ""
	case m.Role != "씨" && m.Role != "":
		return sur, " ", m.Role
	default:
		return sur, "씨", ""
	}
}

// personAt tries the word [i,we) as a name, followed by an optional
// organisation and a title, or with the title attached (이성민기자).
func (r *Recognizer) personAt(d *doc, i, we int, known []ner.Mention) (ner.Mention, bool) {
	text := d.text
	rc := int(d.wordAt(i).nr) // [i,we) is a word (the caller tests that no known mention covers it)
	// title attached to the name: 이성민기자는
	if rc >= 3 {
		// the name is three or four syllables: a two-syllable word before
		// an attached title is mostly an office (서울시장, 국세청장, 운동선수)
		for k := i + 9; k < we && k <= i+12; {
			if r.titleKeyAt(text, k) {
				short := k-i < 9
				te := -1
				r.titles.EachPrefix(text, k, func(e int, vals []string) bool {
					if _, ok := d.endsWord(e); ok && !(vals[0] == "honor" && short) {
						te = e
						return false
					}
					return true
				})
				if te > 0 && r.isName(text[i:k]) && (k-i > 9 || r.nameShaped(text[i:k])) { // the name tested last: it costs more
					if e, _, ok := r.titles.LongestAt(text, i); ok && e >= te {
						break // the whole word is a title (국무총리), not a name and a title
					}
					return r.person(d, i, k, text[k:te], ""), true
				}
			}
			_, n := lex.Decode(text, k)
			k += n
		}
	}
	if we >= len(text) || text[we] != ' ' || !r.isNameAt(d, i, we) {
		return ner.Mention{}, false
	}
	// name, then organisations or places, then a title
	j := we + 1
	org := ""
	for hops := 0; hops < 3 && j < len(text); hops++ {
		former := false
		if strings.HasPrefix(text[j:], "전 ") || strings.HasPrefix(text[j:], "현 ") {
			j += len("전 ") // 정동영 전 통일부 장관, 문재인 민주당 전 대표
			former = true
		}
		if _, role, ok := r.titleAt(d, j, true); ok {
			if (former || hops > 0) && r.shape.honors.has(role) {
				// no one is a former 씨 or 군: 전 is the surname there
				// (보도를 인용해 전 군이), and the word before no name;
				// nor does an organisation stand between a name and 씨
				// (추격에 나선 중국 군·경: 군 is the army)
				break
			}
			// a two-syllable word before an office is mostly a common noun
			// (방송 기자, 상원 의원): such names only with 씨, 군, 양, or
			// with an organisation in apposition (조연 환경부 장관)
			if rc == 3 && org == "" && nounTitle(role) && !r.givenShaped(text[i:we]) {
				break // 장난감 시장, 사고 경위: a noun and a title that is a noun too
			}
			if rc > 2 || r.isHonor(role) || org != "" || rc == 2 && r.foreignSurnameBefore(d, i, we, role) {
				return r.person(d, i, we, role, org), true
			}
			break
		}
		mk := startIndex(known, j)
		if mk < 0 || (known[mk].Label != ner.ORG && known[mk].Label != ner.PLACE) {
			break
		}
		m := &known[mk]
		if _, ok := d.endsWord(m.End); !ok || m.End >= len(text) {
			break
		}
		if d.wordEnd(m.End) != m.End { // a particle after the org: not an apposition
			break
		}
		if m.Label == ner.ORG {
			org = m.Name
		}
		if m.End >= len(text) || text[m.End] != ' ' {
			break
		}
		j = m.End + 1
	}
	return ner.Mention{}, false
}

// orgPlaceWords returns the words where a known organisation or place
// starts, bit k for word k, in buf when it is large enough.
func orgPlaceWords(d *doc, known []ner.Mention, buf []uint64) []uint64 {
	n := (len(d.words) + 63) / 64
	if len(buf) < n {
		buf = make([]uint64, n)
	}
	buf = buf[:n]
	clear(buf)
	for i := range known {
		m := &known[i]
		if m.Label != ner.ORG && m.Label != ner.PLACE || m.Start >= len(d.text) {
			continue
		}
		if k := d.wid[m.Start]; k >= 0 && d.words[k].s == m.Start {
			buf[k>>6] |= 1 << (k & 63)
		}
	}
	return buf
}

// mayFollowWord is a quick test that must pass for personAt to find a
// person in word k, before a space: a title may start the next word, or
// the word after 전 or 현 there, or an organisation or place is known to
// start there (orgs, from orgPlaceWords). The words are taken from the
// index, where a look-up by offset would find the same.
func (r *Recognizer) mayFollowWord(d *doc, k int, orgs []uint64) bool {
	text, words := d.text, d.words
	j := words[k].e + 1 // after the space
	n := k + 1          // the word at j, when one starts there
	if n < len(words) {
		// the rune first: few words are 전 or 현, many of one syllable
		if w := &words[n]; (w.c == '전' || w.c == '현') && w.s == j && w.nr == 1 && w.e < len(text) && text[w.e] == ' ' {
			j += len("전 ")
			n++
		}
	}
	if j >= len(text) {
		return false
	}
	if n >= len(words) || words[n].s != j || d.slow {
		return true // titleAt looks further
	}
	// a known organisation or place first: it spares mayHold
	if orgs[n>>6]&(1<<(n&63)) != 0 {
		return true
	}
	wd := &words[n]
	if wd.title[1] == 0 && !wd.held {
		if !r.shape.titles.mayHold(d, wd) {
			wd.title = [2]int32{-1, -1} // as titlesOfWord would keep it
			return false
		}
		wd.held = true
	}
	return wd.title[1] >= 0
}

// person is a person found by persons; the key is left for persons to set
// (setPersonKeys), as by every person stage.
func (r *Recognizer) person(d *doc, s, e int, role, org string) ner.Mention {
	text := d.text
	name := text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.PERSON, Text: name, Name: name,
		Role: role, Org: org, Rule: "person-title", Priority: 3}
}

// titleKeyAt is r.titles.HasPrefixAt(text, i), a quick test that must
// pass for a title to start at i: the first two syllables first.
func (r *Recognizer) titleKeyAt(text string, i int) bool {
	return r.shape.titles.mayStart(text, i) && r.titles.HasPrefixAt(text, i)
}

// titleKeyIn is titleKeyAt at the syllable at i of the word w of
// syllables.
func (r *Recognizer) titleKeyIn(text string, w *word, i int) bool {
	return r.shape.titles.mayStartIn(text, w, i) && r.titles.HasPrefixAt(text, i)
}

// isNameAt is isName(text[s:e]), kept for whole words: persons,
// morePersons and their helpers ask about the same words.
func (r *Recognizer) isNameAt(d *doc, s, e int) bool {
	if w := d.wordAt(s); w != nil && w.s == s && w.e == e {
		if !w.allH || w.nr < 2 || w.nr > 4 {
			return false // two to four syllables
		}
		if w.name == 0 {
			w.name = -1
			if r.isNameOf(d.text[s:e], int(w.nr), w.c, w.lc) {
				w.name = 1
			}
		}
		return w.name > 0
	}
	return r.isName(d.text[s:e])
}

// isNameWord is isNameAt for the word w, of two to four syllables.
func (r *Recognizer) isNameWord(d *doc, w *word) bool {
	if w.name == 0 {
		w.name = -1
		if r.isNameOf(d.text[w.s:w.e], int(w.nr), w.c, w.lc) {
			w.name = 1
		}
	}
	return w.name > 0
}

// isName reports whether w can be a Korean personal name: a known surname
// and a given name of one or two syllables, all Hangul, not a common word.
func (r *Recognizer) isName(w string) bool {
	// all Hangul, so three bytes a syllable: two to four syllables
	if len(w) < 6 || len(w) > 12 || len(w)%3 != 0 {
		return false
	}
	// the surname first, the cheapest test that most words fail
	c0, sz := lex.Decode(w, 0)
	if sz != 3 || !lex.IsHangul(c0) {
		return false
	}
	if !r.surnameStarts(w, len(w)/3, c0) {
		return false
	}
	for k := 3; k < len(w); k += 3 {
		if c, sz := lex.Decode(w, k); sz != 3 || !lex.IsHangul(c) {
			return false
		}
	}
	last, _ := lex.DecodeLast(w, len(w))
	return r.isNameOf(w, len(w)/3, c0, last)
}

// surnameStarts reports whether the name w of n syllables, starting with
// c0, starts with a surname as isName requires.
func (r *Recognizer) surnameStarts(w string, n int, c0 rune) bool {
	// a surname of one syllable serves a name of two or three; one of
	// two syllables (asked only then: a look-up of the set) a name of
	// three or four
	if n < 4 && r.surname1.has(c0) {
		return true
	}
	return n >= 3 && r.surname2First.has(c0) && r.surnames.has(w[:6])
}

// mayBeName is isNameOf's cheapest noes for the word w of two to four
// syllables starting with a surname of one (persons asks it before the
// word after): a name of four starts with one of two, and its last
// syllable ends no name of its length (notNameLast).
func (r *Recognizer) mayBeName(w *word) bool {
	return !notNameLast[w.nr-2].has(w.lc) && (w.nr < 4 || r.surname2First.has(w.c))
}

// notNameLast holds, for names of two to four syllables, the last
// syllables isNameOf turns away whatever comes before them.
var notNameLast = func() (t [3]sylBits) {
	for n := range t {
		t[n] = notNameEnds.bits
		for _, c := range [...]struct {
			n    int
			last rune
		}{{3, '한'}, {3, '난'}, {2, '모'}, {2, '해'}, {3, '록'}, {3, '러'}, {3, '의'}, {3, '점'}, {4, '점'}} {
			if c.n == n+2 {
				t[n].add(c.last)
			}
		}
	}
	for k := range t[0] {
		t[0][k] |= notName2Ends.bits[k]
	}
	return t
}()

// isNameOf is isName for a word of n (2 to 4) Hangul syllables that starts
// with c0 and ends with last. (mayBeName holds its first tests of the last
// syllable: change both.)
func (r *Recognizer) isNameOf(w string, n int, c0, last rune) bool {
	if !r.surnameStarts(w, n, c0) {
		return false
	}
	if notNameEnds.has(last) || n == 3 && (last == '한' || last == '난') || n == 2 && (notName2Ends.has(last) || last == '모' || last == '해') {
		// 자신을, 마친: a word with an ending (소문난, 이름난: a verb's form
		// before a noun; no given name ends in 난); 모 after a surname hides the
		// given name (김모 씨): the surname alone is the mention; 대해,
		// 위해: a verb's converb
		return false
	}
	if n == 3 && (last == '록' || last == '러' || last == '의' || r.shape.particleSyl.has(last) && (r.notNames.has(w[:6]) || r.shape.nounHeads.has(w[:6]))) {
		return false // 하도록, 아울러, 제논의; 이들은, 현지에: a word and its particle
	}
	if n >= 3 && last == '점' {
		// 점 ends shops and points (음식점, 가맹점, 출발점), no given name
		return false
	}
	if r.notNames.has(w) {
		return false
	}
	return !r.shape.titles.has(w) // 변호사, 교수: a title, not a name
}

// again finds, anywhere in the document, names already found once: bare
// person names (한성숙은), short references by surname and title (한 장관),
// the stem of an organisation found by its suffix (프라운호퍼 for 프라운호퍼
// 연구소) and the '대' form of a university (퍼듀대).
func (r *Recognizer) again(d *doc, ms, values []ner.Mention) []ner.Mention {
	if len(ms) == 0 {
		return nil // no name to find again (no table from the pool)
	}
	text := d.text
	forms := againTables.Get().(*againTable)
	defer func() {
		forms.reset() // no strings of this text kept in the pool
		againTables.Put(forms)
	}()
	odd := false // a form starts with a rune that is no letter or digit
	clear(d.formFirst[:])
	// add adds the form a, or a, a space and b when b is set (a surname
	// and a title, not joined in a new string)
	add := func(a, b string, m int) {
		f := againForm{a: a, b: b, join: b != "", src: int32(m)}
		if a != "" {
			f.first, _ = utf8.DecodeRuneInString(a)
		} else if f.join {
			f.first = ' '
		} else {
			return // an empty form is found nowhere
		}
		forms.add(f)
		if !lex.IsWordRune(f.first) {
			odd = true
		}
		h := formBit(f.first)
		d.formFirst[h>>6] |= 1 << (h & 63)
	}
	count := 0
	var fullBuf [4]int32
	fulls := fullBuf[:0] // the foreign names of several words found
	titled := d.titled[:0]
	defer func() { d.titled = titled[:0] }()
	for k := range ms {
		m := &ms[k] // not copied: most mentions are no source
		switch {
		case m.Label == ner.PERSON && strings.IndexByte(m.Name, ' ') > 0 && foreignNameRules[m.Rule]:
			// a foreign name of several words is found again whole, and by
			// its last word (크리스 와이드먼 … 와이드먼은)
			add(m.Name, "", k)
			count++
			if last := m.Name[strings.LastIndexByte(m.Name, ' ')+1:]; utf8.RuneCountInString(last) >= 2 && !r.notNames.has(last) && hasLoanSyllable(last) {
				add(last, "", k)
				count++
			}
			if len(fulls) < cap(fulls) {
				fulls = append(fulls, int32(k))
			}
		case m.Label == ner.PERSON && (m.Rule == "person-title" || m.Rule == "person-context" || m.Rule == "person-honor" || strings.HasPrefix(m.Rule, "pattern:")):
			add(m.Name, "", k)
			count++
			if m.Role != "" && m.Rule != "person-honor" { // (a transcribed name starts with no surname)
				// the surname: the first rune, the first two of a name of four
				_, n := utf8.DecodeRuneInString(m.Name)
				if utf8.RuneCountInString(m.Name) == 4 {
					_, n2 := utf8.DecodeRuneInString(m.Name[n:])
					n += n2
				}
				titled = append(titled, titledRef{sur: m.Name[:n], role: m.Role, idx: int32(k)})
			}
		case m.Label == ner.ORG && strings.HasPrefix(m.Rule, "org-suffix:"):
			suf := strings.TrimPrefix(m.Rule, "org-suffix:")
			stem := trimSpace(strings.TrimSuffix(m.Text, suf))
			if strings.Contains(m.Text, " ") && utf8.RuneCountInString(stem) >= 2 {
				add(stem, "", k)
				count++
			}
			if suf == "대학교" {
				add(strings.TrimSuffix(m.Text, "학교"), "", k)
				count++
			}
		}
	}
	// each surname and title ("한 장관") once, in the order of the keys:
	// the last person found with it, or none when two people share it
	slices.SortStableFunc(titled, func(a, b titledRef) int { return cmpJoined(a.sur, a.role, b.sur, b.role) })
	for g := 0; g < len(titled); {
		h := g + 1
		same := true
		for ; h < len(titled) && cmpJoined(titled[g].sur, titled[g].role, titled[h].sur, titled[h].role) == 0; h++ {
			if ms[titled[h].idx].Name != ms[titled[g].idx].Name {
				same = false
			}
		}
		if last := titled[h-1].idx; same && ms[last].Name != "" {
			add(titled[g].sur, titled[g].role, int(last))
			count++
		}
		g = h
	}
	if len(fulls) > 0 {
		linkFirstWord(ms, fulls)
	}
	if count == 0 {
		return nil
	}
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	var buf [8]int32
	// found adds the longest form at i that ends a word and overlaps no
	// mention found before, and returns its end (0 for none)
	found := func(i int, c rune) int {
		if coveredBy(ms, i, i+1) {
			// a mention found before holds i (mostly a form's source):
			// every form at i overlaps it
			return 0
		}
		for _, f := range forms.at(text, i, c, buf[:0]) {
			end := i + forms.forms[f].len()
			if _, ok := d.endsWord(end); !ok || coveredBy(ms, i, end) || coveredBy(values, i, end) {
				continue
			}
			if forms.forms[f].join && (c == '전' || c == '현' || c == '고') && mentionBefore(text, ms, i) {
				// 전, 현 and 고 right after a name or a body are 'former',
				// 'current' and 'the late' (전두환 전 대통령 측: the form 전
				// 대통령 of 전두환 is no second mention of him)
				continue
			}
			src := &ms[forms.forms[f].src]
			out = append(out, ner.Mention{Start: i, End: end, Label: src.Label, Text: text[i:end],
				Key: src.Key, Name: src.Name, Role: src.Role, Org: src.Org, Rule: "again", Priority: 1})
			return end
		}
		return 0
	}
	if !odd {
		// every form starts with a letter or digit: only words can start one
		next := 0 // after the last form found
		words := d.words
		for k := range words {
			// the filter first: few words pass it, fewer still after a form
			c := words[k].c
			if h := formBit(c); d.formFirst[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			i := words[k].s
			if i < next {
				continue
			}
			if e := found(i, c); e > 0 {
				next = e
			}
		}
		return out
	}
	for i := 0; i < len(text); {
		c, n := lex.Decode(text, i)
		if !d.wordStart(i) || !forms.startsWith(c) {
			if w := d.wordAt(i); w != nil {
				i = w.e // no word starts inside a word
				continue
			}
			i += n
			continue
		}
		if e := found(i, c); e > 0 {
			i = e
		} else {
			_, n := lex.Decode(text, i)
			i += n
		}
	}
	return out
}

// trimSpace is strings.TrimSpace, which decodes the runes at both ends
// as soon as one is no ASCII: a text that starts with a Hangul syllable
// (its first byte, EA to ED, starts no space) and, once the ASCII spaces
// after it are cut, ends with one, is cut there without.
func trimSpace(s string) string {
	if len(s) >= 3 && s[0] >= 0xEA && s[0] <= 0xED {
		e := len(s)
		for e > 3 && asciiSpace(s[e-1]) {
			e--
		}
		if lex.HangulBefore(s, e) >= 0 {
			return s[:e]
		}
	}
	return strings.TrimSpace(s)
}

// asciiSpace reports whether b is an ASCII space, as unicode.IsSpace.
func asciiSpace(b byte) bool {
	return b == ' ' || b >= '\t' && b <= '\r'
}

// mentionBefore reports whether a mention of ms (sorted) ends one space
// before i.
func mentionBefore(text string, ms []ner.Mention, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	k := ner.EndsAfter(ms, i-2)
	return k < len(ms) && ms[k].End == i-1
}

// againTable is again's table of the forms to find again, built anew for
// every text (a few dozen forms): each form with the mention it stands
// for, chained by the hash of its first rune. A look-up compares the few
// forms of the chain, where a trie would be built node by node.
type againTable struct {
	forms []againForm
	head  [64]int32 // by formBit(first rune) >> 6: the index + 1 of the chain's last form
}

// againForm is a form of again: a, or a, a space and b when join is set.
type againForm struct {
	a, b  string
	join  bool
	first rune  // the form's first rune
	src   int32 // the index of the mention
	prev  int32 // the index + 1 of the chain's form before, 0 for none
}

// len is the form's length in bytes.
func (f *againForm) len() int {
	if f.join {
		return len(f.a) + 1 + len(f.b)
	}
	return len(f.a)
}

// startsAt reports whether the form is written at i of text.
func (f *againForm) startsAt(text string, i int) bool {
	if !strings.HasPrefix(text[i:], f.a) {
		return false
	}
	if !f.join {
		return true
	}
	j := i + len(f.a)
	return j < len(text) && text[j] == ' ' && strings.HasPrefix(text[j+1:], f.b)
}

// againTables holds empty tables for again.
var againTables = sync.Pool{New: func() any { return new(againTable) }}

func (t *againTable) reset() {
	clear(t.forms) // let go of the strings
	t.forms = t.forms[:0]
	t.head = [64]int32{}
}

// add adds a form (not empty), unless the same form is there: a name
// found several times gives the same form each time, and of the forms
// written alike at looks up the first added only (the chain stays short).
func (t *againTable) add(f againForm) {
	h := formBit(f.first) >> 6
	for g := t.head[h]; g > 0; g = t.forms[g-1].prev {
		if o := &t.forms[g-1]; o.first == f.first && o.join == f.join && o.a == f.a && o.b == f.b {
			return
		}
	}
	f.prev = t.head[h]
	t.forms = append(t.forms, f)
	t.head[h] = int32(len(t.forms))
}

// startsWith reports whether a form starts with c.
func (t *againTable) startsWith(c rune) bool {
	for f := t.head[formBit(c)>>6]; f > 0; f = t.forms[f-1].prev {
		if t.forms[f-1].first == c {
			return true
		}
	}
	return false
}

// at appends to buf the forms that start at i of text, whose first rune
// is c, longest first and once each: of the forms written alike, the one
// added first (a trie's first value).
func (t *againTable) at(text string, i int, c rune, buf []int32) []int32 {
	// the chain runs from the last form added to the first: each form
	// found goes before the shorter ones, and before those of its length
	// added after it, which are written alike and left out
	for f := t.head[formBit(c)>>6]; f > 0; f = t.forms[f-1].prev {
		af := &t.forms[f-1]
		if af.first != c || !af.startsAt(text, i) {
			continue
		}
		n := af.len()
		k := 0
		for k < len(buf) && t.forms[buf[k]].len() > n {
			k++
		}
		if k < len(buf) && t.forms[buf[k]].len() == n {
			buf[k] = f - 1 // added before the one kept
			continue
		}
		buf = slices.Insert(buf, k, f-1)
	}
	return buf
}

// titledRef is a person of again found with a title: the surname, the
// title and the index of the mention.
type titledRef struct {
	sur, role string
	idx       int32
}

// cmpJoined compares a1+" "+a2 with b1+" "+b2 as strings, without
// joining them.
func cmpJoined(a1, a2, b1, b2 string) int {
	// mostly the surnames differ before one ends, or are the same
	m := min(len(a1), len(b1))
	if c := strings.Compare(a1[:m], b1[:m]); c != 0 {
		return c
	}
	if len(a1) == len(b1) {
		return strings.Compare(a2, b2)
	}
	na, nb := len(a1)+1+len(a2), len(b1)+1+len(b2)
	at := func(s1, s2 string, i int) byte {
		switch {
		case i < len(s1):
			return s1[i]
		case i == len(s1):
			return ' '
		}
		return s2[i-len(s1)-1]
	}
	for i := 0; i < na && i < nb; i++ {
		if x, y := at(a1, a2, i), at(b1, b2, i); x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return na - nb
}

// formBit hashes the first rune of a form of again to one of 4096 bits.
func formBit(c rune) uint32 { return uint32(c) * 0x9E3779B1 >> 20 }

// foreignNameRules are the rules that find foreign names of several words.
var foreignNameRules = map[string]bool{"person-foreign-given": true, "person-foreign": true,
	"person-leader": true, "person-age": true, "person-occupation": true, "person-gloss": true}

// isHonor reports whether a title is an honorific (씨, 군, 양).
func (r *Recognizer) isHonor(role string) bool {
	e, vals, ok := r.titles.LongestAt(role, 0)
	return ok && e == len(role) && vals[0] == "honor"
}

// nounTitle reports whether a title is a common noun as well (시장
// market, 경위 circumstances, 주장 claim, 과장 exaggeration, 이사 moving
// house): before one, a word of three syllables is a name only with a
// syllable common in given names (장난감 시장; 오세훈 시장).
func nounTitle(role string) bool {
	if len(role) != len("시장") {
		return false
	}
	switch role {
	case "시장", "경위", "주장", "과장", "이사":
		return true
	}
	return false
}

// linkFirstWord gives a person named by one word before a title (기시다
// 총리) the identity of the one foreign person of several words (ms[j]
// for j of fulls) whose first word it is (기시다 후미오): a Japanese or
// Chinese family name, or a given name used alone.
func linkFirstWord(ms []ner.Mention, fulls []int32) {
	for k := range ms {
		m := &ms[k]
		if m.Label != ner.PERSON || m.Role == "" || m.Rule != "person-foreign" && m.Rule != "person-title" {
			continue
		}
		var found *ner.Mention
		for _, j := range fulls {
			p := &ms[j]
			if len(p.Name) <= len(m.Name) || p.Name[len(m.Name)] != ' ' || !strings.HasPrefix(p.Name, m.Name) {
				continue
			}
			if found != nil && found.Name != p.Name {
				found = nil // two people share the word
				break
			}
			found = p
		}
		if found != nil && strings.IndexByte(m.Name, ' ') < 0 {
			m.Key, m.Name = found.Key, found.Name
		}
	}
}
