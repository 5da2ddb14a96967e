package named

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// governments are the words that follow a leader's name to name his or her
// government (윤석열 정부, 문재인 정권).
var governments = []string{"정부", "정권", "행정부", "내각"}

// govFirst holds the first syllables of governments, each once (0 for
// none): contextCandidates compares them with the first syllable of every
// word.
var govFirst = func() (t [3]rune) {
	n := 0
	for _, g := range governments {
		c, _ := utf8.DecodeRuneInString(g)
		if !slices.Contains(t[:n], c) {
			t[n] = c // (a fourth would panic here: make room for it)
			n++
		}
	}
	return t
}()

// contextPersons finds names by the writing around them rather than a
// title right after:
//   - a headline that opens with a name and a quote: 한성숙 "…";
//   - a title and a name in brackets after an organisation: 중소기업청(청장
//     주영섭), the person taking the title and the organisation;
//   - a leader's name before 정부/정권: 윤석열 정부.
//
// Only names of three syllables or more count, since two-syllable words
// are mostly common nouns.
func (r *Recognizer) contextPersons(d *doc, known []ner.Mention) []ner.Mention {
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	// the words whose case may pass its first test, marked from where
	// they are (the bytes of the line breaks and of ')', three compares a
	// word for governments) rather than by several tests at every word,
	// which went either way at many words; then the marked words in
	// order
	words := d.words
	var buf [16]uint64
	for x, m := range contextCandidates(d, buf[:]) {
		for ; m != 0; m &= m - 1 {
			k := x<<6 | bits.TrailingZeros64(m)
			r.contextPersonAt(d, &words[k], k, known, &out)
		}
	}
	d.setPersonKeys(out)
	return out
}

// contextCandidates marks, bit k for word k, the words that may pass
// their case's first test in contextPersonAt, in buf when it is large
// enough: the words that start the text or a line, those before ')' (both
// found by their byte), and those before a word starting with a first
// syllable of governments.
func contextCandidates(d *doc, buf []uint64) []uint64 {
	text, words := d.text, d.words
	n := (len(words) + 63) / 64
	if len(buf) < n {
		buf = make([]uint64, n)
	}
	marks := buf[:n]
	clear(marks)
	if len(words) > 0 && words[0].s == 0 {
		marks[0] |= 1
	}
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		if k := d.wid[i]; k >= 0 && words[k].s == i { // (d.wid[len(text)] is -1)
			marks[k>>6] |= 1 << (k & 63)
		}
	}
	for i := 0; ; {
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			break
		}
		if i += j; i > 0 {
			if k := d.wid[i-1]; k >= 0 && words[k].e == i {
				marks[k>>6] |= 1 << (k & 63)
			}
		}
		i++
	}
	g0, g1, g2 := govFirst[0], govFirst[1], govFirst[2]
	for k := 1; k < len(words); k++ {
		if c := words[k].c; c == g0 || c == g1 || c == g2 {
			marks[(k-1)>>6] |= 1 << ((k - 1) & 63)
		}
	}
	return marks
}

// contextPersonAt is contextPersons at the word w, number k: it appends
// the person it finds to out.
func (r *Recognizer) contextPersonAt(d *doc, w *word, k int, known []ner.Mention, out *[]ner.Mention) {
	text, words := d.text, d.words
	s, e := w.s, w.e
	// a name of three syllables or more that starts with a surname, as
	// every case asks (contextName); then each case's first test, on what
	// follows the word: ')', or a space and a quote or a word whose first
	// syllable starts a word of governments (those are compared below)
	if e-s < 9 || !r.shape.firsts.sur.has(w.c) || e >= len(text) {
		return
	}
	switch b := text[e]; {
	case b == ' ':
		if s != 0 && text[s-1] != '\n' && !(k+1 < len(words) && words[k+1].s == e+1 && slices.Contains(govFirst[:], words[k+1].c)) {
			return
		}
	case b != ')':
		return
	}
	rest := text[e:]
	switch {
	case (s == 0 || text[s-1] == '\n') && (strings.HasPrefix(rest, " “") || strings.HasPrefix(rest, " \"")):
		if r.contextName(text, s, e, known) {
			*out = append(*out, r.contextPerson(text, s, e, "", ""))
		}
	case strings.HasPrefix(rest, ")") && s >= 2 && text[s-1] == ' ':
		// (청장 주영섭): the word before is a title after '('
		ts := lex.WordStartBefore(text, s-1)
		if ts < 1 || text[ts-1] != '(' || !r.contextName(text, s, e, known) {
			return
		}
		role := text[ts : s-1]
		if te, _, ok := r.titles.LongestAt(text, ts); !ok || te != s-1 {
			return
		}
		org := ""
		if k := sort.Search(len(known), func(j int) bool { return known[j].End >= ts-1 }); k < len(known) && known[k].End == ts-1 && known[k].Label == ner.ORG {
			org = known[k].Name
		}
		*out = append(*out, r.contextPerson(text, s, e, role, org))
	case len(rest) > 1 && rest[0] == ' ':
		for _, g := range governments {
			if strings.HasPrefix(rest[1:], g) {
				// 자신의 정부: a possessive is no leader's name
				if _, ok := r.particles.EndsWord(text, e+1+len(g)); ok && w.lc != '의' && r.contextName(text, s, e, known) {
					*out = append(*out, r.contextPerson(text, s, e, "", ""))
				}
				break
			}
		}
	}
}

// contextName reports whether [s,e) is a name of three syllables or more
// that no known mention covers.
func (r *Recognizer) contextName(text string, s, e int, known []ner.Mention) bool {
	return e-s >= 9 && r.isName(text[s:e]) && !coveredBy(known, s, e)
}

func (r *Recognizer) contextPerson(text string, s, e int, role, org string) ner.Mention {
	n := text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.PERSON, Text: text[s:e], Name: n,
		Role: role, Org: org, Rule: "person-context", Priority: 2} // the key: setPersonKeys
}

// dropCredits removes names that only sign the article: the agency of a
// dateline or photo credit ((서울=연합뉴스), …/뉴스1, [뉴스토마토 …기자]) and
// the dateline's place (세종=서영빈 기자). They are page furniture, not what
// the story is about.
func dropCredits(text string, ms []ner.Mention) []ner.Mention {
	out := ms[:0]
	for i := range ms {
		m := &ms[i]
		before := byte(0)
		if m.Start > 0 {
			before = text[m.Start-1]
		}
		switch {
		case m.Label == ner.ORG && strings.Contains(m.Rule, "media") && (before == '=' || before == '/' || before == '['):
			continue
		case m.Label == ner.PLACE && m.End < len(text) && text[m.End] == '=':
			continue
		}
		if len(out) < i {
			out = append(out, *m)
		} else {
			out = out[:i+1] // nothing dropped yet: m is in place, no copy
		}
	}
	return out
}
