package named

import (
	"slices"
	"sort"
	"strings"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// contextPersonsOld is contextPersons testing every word (the oracle of
// contextCandidates; checkPersonGates compares the two).
func (r *Recognizer) contextPersonsOld(d *doc, known []ner.Mention) []ner.Mention {
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
			if s != 0 && text[s-1] != '\n' && !(k+1 < len(words) && words[k+1].s == e+1 && slices.Contains(govFirst[:], words[k+1].c)) {
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
