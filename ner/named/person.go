package named

import (
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// persons finds Korean names next to a title: 한성숙 장관, 한성숙 중소벤처기업부
// 장관, 이성민 기자, 이성민기자, 김철수 씨. A name is a surname (one or two
// syllables) and a given name of one or two syllables, written as one word.
func (r *Recognizer) persons(text string, known []ner.Mention) []ner.Mention {
	var out []ner.Mention
	for i := 0; i < len(text); {
		c, n := lex.Decode(text, i)
		if !lex.IsHangul(c) || !lex.WordStart(text, i) {
			i += n
			continue
		}
		we := lex.WordEnd(text, i)
		if !r.isSurname1(c) {
			i = we
			continue
		}
		if m, ok := r.personAt(text, i, we, known); ok {
			out = append(out, m)
		}
		i = we
	}
	return out
}

// personAt tries the word [i,we) as a name, followed by an optional
// organisation and a title, or with the title attached (이성민기자).
func (r *Recognizer) personAt(text string, i, we int, known []ner.Mention) (ner.Mention, bool) {
	word := text[i:we]
	rc := utf8.RuneCountInString(word)
	if coveredBy(known, i, we) {
		return ner.Mention{}, false
	}
	// title attached to the name: 이성민기자는
	if rc >= 3 {
		for k := i + 6; k < we && k <= i+12; {
			if r.titles.HasPrefixAt(text, k) && r.isName(text[i:k]) {
				short := k-i < 9
				te := -1
				r.titles.EachPrefix(text, k, func(e int, vals []string) bool {
					if _, ok := r.particles.EndsWord(text, e); ok && !(vals[0] == "honor" && short) {
						te = e
						return false
					}
					return true
				})
				if te > 0 {
					return r.person(text, i, k, text[k:te], ""), true
				}
			}
			_, n := lex.Decode(text, k)
			k += n
		}
	}
	if !r.isName(word) || we >= len(text) || text[we] != ' ' {
		return ner.Mention{}, false
	}
	// name, then organisations or places, then a title
	j := we + 1
	org := ""
	for hops := 0; hops < 3 && j < len(text); hops++ {
		if hops == 0 && (strings.HasPrefix(text[j:], "전 ") || strings.HasPrefix(text[j:], "현 ")) {
			j += len("전 ") // 정동영 전 통일부 장관
		}
		if _, role, ok := r.titleAt(text, j, true); ok {
			// a two-syllable word before an office is mostly a common noun
			// (방송 기자, 상원 의원): such names only with 씨, 군, 양, or
			// with an organisation in apposition (진영 행정안전부 장관)
			if rc > 2 || r.isHonor(role) || org != "" {
				return r.person(text, i, we, role, org), true
			}
			break
		}
		m, ok := ner.StartingAt(known, j)
		if !ok || (m.Label != ner.ORG && m.Label != ner.PLACE) {
			break
		}
		if _, ok := r.particles.EndsWord(text, m.End); !ok || m.End >= len(text) {
			break
		}
		if lex.WordEnd(text, m.End) != m.End { // a particle after the org: not an apposition
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

func (r *Recognizer) person(text string, s, e int, role, org string) ner.Mention {
	name := text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.PERSON, Text: name, Name: name,
		Key: "PERSON:" + name, Role: role, Org: org, Rule: "person-title", Priority: 3}
}

// isName reports whether w can be a Korean personal name: a known surname
// and a given name of one or two syllables, all Hangul, not a common word.
func (r *Recognizer) isName(w string) bool {
	// all Hangul, so three bytes a syllable: two to four syllables
	if len(w) < 6 || len(w) > 12 || len(w)%3 != 0 {
		return false
	}
	n := len(w) / 3
	for k := 0; k < len(w); k += 3 {
		if c, sz := lex.Decode(w, k); sz != 3 || !lex.IsHangul(c) {
			return false
		}
	}
	if last, _ := lex.DecodeLast(w, len(w)); strings.ContainsRune("을를된던될했됐", last) || n == 3 && last == '한' || n == 2 && strings.ContainsRune("친한는은", last) {
		return false // 자신을, 마친: a word with an ending
	}
	if r.notNames[w] {
		return false
	}
	if e, _, ok := r.titles.LongestAt(w, 0); ok && e == len(w) {
		return false // 변호사, 교수: a title, not a name
	}
	if n == 4 {
		return r.surnames[w[:6]]
	}
	if r.surnames[w[:3]] {
		return true
	}
	return n == 3 && r.surnames[w[:6]]
}

// again finds, anywhere in the document, names already found once: bare
// person names (한성숙은), short references by surname and title (한 장관),
// the stem of an organisation found by its suffix (프라운호퍼 for 프라운호퍼
// 연구소) and the '대' form of a university (퍼듀대).
func (r *Recognizer) again(text string, ms, values []ner.Mention) []ner.Mention {
	forms := lex.NewTrie[int32]()
	var srcs []ner.Mention
	add := func(form string, m ner.Mention) {
		srcs = append(srcs, m)
		forms.Add(form, int32(len(srcs)-1))
	}
	count := 0
	bySurnameTitle := map[string]ner.Mention{}
	for _, m := range ms {
		switch {
		case m.Label == ner.PERSON && (m.Rule == "person-title" || strings.HasPrefix(m.Rule, "pattern:")):
			add(m.Name, m)
			count++
			if m.Role != "" {
				rs := []rune(m.Name)
				k := string(rs[:1])
				if len(rs) == 4 {
					k = string(rs[:2])
				}
				k += " " + m.Role
				if prev, ok := bySurnameTitle[k]; ok && prev.Name != m.Name {
					bySurnameTitle[k] = ner.Mention{} // two people: ambiguous
				} else {
					bySurnameTitle[k] = m
				}
			}
		case m.Label == ner.ORG && strings.HasPrefix(m.Rule, "org-suffix:"):
			suf := strings.TrimPrefix(m.Rule, "org-suffix:")
			stem := strings.TrimSpace(strings.TrimSuffix(m.Text, suf))
			if strings.Contains(m.Text, " ") && utf8.RuneCountInString(stem) >= 2 {
				add(stem, m)
				count++
			}
			if suf == "대학교" {
				add(strings.TrimSuffix(m.Text, "학교"), m)
				count++
			}
		}
	}
	for k, m := range bySurnameTitle {
		if m.Name != "" {
			add(k, m)
			count++
		}
	}
	if count == 0 {
		return nil
	}
	var out []ner.Mention
	var buf []lex.Match[int32]
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRuneInString(text[i:])
		if !lex.WordStart(text, i) || !forms.HasPrefixAt(text, i) {
			i += n
			continue
		}
		buf = forms.PrefixesAt(text, i, buf)
		hit := false
		for _, f := range buf {
			if _, ok := r.particles.EndsWord(text, f.End); !ok || coveredBy(ms, i, f.End) || coveredBy(values, i, f.End) {
				continue
			}
			src := srcs[f.Vals[0]]
			out = append(out, ner.Mention{Start: i, End: f.End, Label: src.Label, Text: text[i:f.End],
				Key: src.Key, Name: src.Name, Role: src.Role, Org: src.Org, Rule: "again", Priority: 1})
			i = f.End
			hit = true
			break
		}
		if !hit {
			i += n
		}
	}
	return out
}

// isHonor reports whether a title is an honorific (씨, 군, 양).
func (r *Recognizer) isHonor(role string) bool {
	e, vals, ok := r.titles.LongestAt(role, 0)
	return ok && e == len(role) && vals[0] == "honor"
}
