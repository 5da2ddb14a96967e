package named

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// appositions finds the organisations named right after a word for their
// kind (org/class_nouns.txt): 사회적기업 '마리몬드', 미국 전문매체인
// '더힐'이. The name must be quoted (up to four words): a common word after
// the kind (회사 관계자, 업체 측) is not, and the text is searched for
// quotes, which few sentences hold, not word by word. (An unquoted name,
// 결혼정보회사 비에나래는, and a Latin gloss, 인권단체 페멘(Femen), are
// left: telling them from common words needs a pass over every word.)
func (r *Recognizer) appositions(d *doc, known []ner.Mention) []ner.Mention {
	if r.classNouns == nil {
		return nil
	}
	text := d.text
	var out []ner.Mention
	add := func(s, e int) {
		if coveredBy(known, s, e) || coveredBy(out, s, e) {
			return
		}
		name := text[s:e]
		out = append(out, ner.Mention{Start: s, End: e, Label: ner.ORG, Text: name, Name: name,
			Key: d.concat("ORG:", name), Rule: "org-apposition", Priority: 1})
	}
	for _, b := range []byte{'\'', '"', 0xE2} {
		for i := 0; ; {
			k := strings.IndexByte(text[i:], b)
			if k < 0 {
				break
			}
			q := i + k
			i = q + 1
			if b == 0xE2 && !strings.HasPrefix(text[q:], "‘") && !strings.HasPrefix(text[q:], "“") {
				continue
			}
			if !r.afterKind(d, q) {
				continue
			}
			if s, e, ok := r.quotedName(text, q); ok {
				add(s, e)
			}
		}
	}
	if len(out) > 1 {
		slices.SortFunc(out, func(a, b ner.Mention) int { return a.Start - b.Start })
	}
	return out
}

// afterKind reports whether the word before i, after one space, is a word
// for a kind of organisation or ends in one (결혼정보회사), bare or with
// the copula 인 (전문매체인).
func (r *Recognizer) afterKind(d *doc, i int) bool {
	text := d.text
	if i < 7 || text[i-1] != ' ' {
		return false
	}
	ws := d.wordStartBefore(i - 1)
	w := text[ws : i-1]
	if len(w) < 6 || !allHangul(w) {
		return false
	}
	if strings.HasSuffix(w, "인") && len(w) >= 9 && !r.classNouns.has(w) {
		w = w[:len(w)-len("인")]
	}
	return r.classEnds.hasPair(sylBefore(w, len(w)-3), sylBefore(w, len(w))) && r.endsInClassNoun(w)
}

// endsInClassNoun reports whether w is a noun of org/class_nouns.txt or
// ends in one (결혼정보회사).
func (r *Recognizer) endsInClassNoun(w string) bool {
	for i := len(w); i > 0; {
		_, n := utf8.DecodeLastRuneInString(w[:i])
		i -= n
		if len(w)-i > r.classMax {
			break
		}
		if r.classNouns.has(w[i:]) {
			return true
		}
	}
	return false
}

// quotedName returns the name quoted at q: up to four words, no
// sentence sign inside, and no common word of org/class_nouns.txt.
func (r *Recognizer) quotedName(text string, q int) (int, int, bool) {
	for _, p := range [][2]string{{"'", "'"}, {"‘", "’"}, {"\"", "\""}, {"“", "”"}, {"'", "’"}, {"‘", "'"}} {
		rest, ok := strings.CutPrefix(text[q:], p[0])
		if !ok {
			continue
		}
		n := strings.Index(rest, p[1])
		if n <= 0 || n > 40 || strings.Count(rest[:n], " ") > 3 || strings.ContainsAny(rest[:n], "\n'\"‘’“”.,") || r.classCommon.has(rest[:n]) {
			continue
		}
		s := q + len(p[0])
		return s, s + n, true
	}
	return 0, 0, false
}
