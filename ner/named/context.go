package named

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// governments are the words that follow a leader's name to name his or her
// government (윤석열 정부, 문재인 정권).
var governments = []string{"정부", "정권", "행정부", "내각"}

// govFirst holds the first syllables of governments (all syllables).
var govFirst = func() (t sylBits) {
	for _, g := range governments {
		c, _ := utf8.DecodeRuneInString(g)
		t.add(c)
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
	text := d.text
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	name := func(s, e int) bool {
		return e-s >= 9 && r.isName(text[s:e]) && !coveredBy(known, s, e)
	}
	words := d.words
	for k := range words {
		w := &words[k]
		s, e := w.s, w.e
		// each case's first test, on what follows the word: ')', or a
		// space and a quote or a word whose first syllable starts a word
		// of governments (those are compared below)
		if e >= len(text) {
			continue
		}
		// the rare conditions first, so that the branches mostly go one
		// way: after a space, a line's first word or one before a word
		// of governments; else ')' after the word; then a surname starts
		// it, as every name
		switch b := text[e]; {
		case b == ' ':
			if s != 0 && text[s-1] != '\n' && !(k+1 < len(words) && words[k+1].s == e+1 && govFirst.has(words[k+1].c)) {
				continue
			}
		case b != ')':
			continue
		}
		if !r.shape.firsts.sur.has(w.c) {
			continue
		}
		rest := text[e:]
		switch {
		case (s == 0 || text[s-1] == '\n') && (strings.HasPrefix(rest, " “") || strings.HasPrefix(rest, " \"")):
			if name(s, e) {
				out = append(out, r.contextPerson(text, s, e, "", ""))
			}
		case strings.HasPrefix(rest, ")") && s >= 2 && text[s-1] == ' ':
			// (청장 주영섭): the word before is a title after '('
			ts := lex.WordStartBefore(text, s-1)
			if ts < 1 || text[ts-1] != '(' || !name(s, e) {
				continue
			}
			role := text[ts : s-1]
			if te, _, ok := r.titles.LongestAt(text, ts); !ok || te != s-1 {
				continue
			}
			org := ""
			if k := sort.Search(len(known), func(j int) bool { return known[j].End >= ts-1 }); k < len(known) && known[k].End == ts-1 && known[k].Label == ner.ORG {
				org = known[k].Name
			}
			out = append(out, r.contextPerson(text, s, e, role, org))
		case len(rest) > 1 && rest[0] == ' ':
			for _, g := range governments {
				if strings.HasPrefix(rest[1:], g) {
					// 자신의 정부: a possessive is no leader's name
					if _, ok := r.particles.EndsWord(text, e+1+len(g)); ok && w.lc != '의' && name(s, e) {
						out = append(out, r.contextPerson(text, s, e, "", ""))
					}
					break
				}
			}
		}
	}
	setPersonKeys(out)
	return out
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
