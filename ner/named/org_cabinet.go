package named

import (
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// cabinetLists finds the ministries written short in a list of posts that
// share one title at its end (정성호 법무·조현 외교·김정관 산업통상자원부
// 장관; 외교·국방 장관): a word next to a '·' that is a ministry's name
// but its last syllable 부 (법무 for 법무부) is that ministry, and a
// Korean name right before it is the minister's. Only a list that ends in
// a minister's title counts: 법무·외교 elsewhere may be fields of work.
func (r *Recognizer) cabinetLists(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	for next := d.firstDot(); next >= 0; {
		p := next
		from := p + len("·")
		next = -1 // the next dot, found before the continues below
		if k := strings.Index(text[from:], "·"); k >= 0 {
			next = from + k
		}
		// the word that ends at the '·' and the word after it, which
		// ends at a space, a '·' or the text's end
		var spans [2][2]int
		var refs [2]*gazRef
		n := 0
		if s := d.wordStartBefore(p); s < p && d.wordEnd(s) == p && r.mayBeMinistry(d.wordAt(s)) {
			if ref := r.ministryStems[text[s:p]]; ref != nil {
				spans[n], refs[n], n = [2]int{s, p}, ref, n+1
			}
		}
		if e := d.wordEnd(from); e > from && (e == len(text) || text[e] == ' ' || strings.HasPrefix(text[e:], "·")) && r.mayBeMinistry(d.wordAt(from)) {
			if ref := r.ministryStems[text[from:e]]; ref != nil {
				spans[n], refs[n], n = [2]int{from, e}, ref, n+1
			}
		}
		if n == 0 {
			continue // most lists name no ministry
		}
		title := ministerTitleAhead(d, from)
		if title == "" {
			continue
		}
		for k, sp := range spans[:n] {
			s, e, ref := sp[0], sp[1], refs[k]
			if coveredBy(known, s, e) || coveredBy(out, s, e) {
				continue
			}
			if ps, ok := r.nameBefore(d, s, known); ok {
				name := text[ps : s-1]
				out = append(out, ner.Mention{Start: ps, End: s - 1, Label: ner.PERSON, Text: name, Name: name,
					Key: d.concat("PERSON:", name), Role: title, Org: ref.entry.Name, Rule: "person-cabinet-list", Priority: 1})
			}
			out = append(out, ner.Mention{Start: s, End: e, Label: ner.ORG, Text: text[s:e], Name: ref.entry.Name,
				Key: ref.key, Rule: "org-cabinet-list", Priority: 1})
		}
	}
	d.add = out[:0]
	return out
}

// mayBeMinistry reports whether the whole word w may be a key of
// ministryStems, by its first and last runes: most words listed with a
// '·' are not looked up.
func (r *Recognizer) mayBeMinistry(w *word) bool {
	return w != nil && r.ministryFirst.has(w.c) && r.ministryLast.has(w.lc)
}

// ministerTitleAhead returns the minister's title (장관, 차관) that the
// words from i, joined by spaces and '·', reach within a few words, or "".
func ministerTitleAhead(d *doc, i int) string {
	text := d.text
	for hop := 0; hop < 8 && i < len(text); hop++ {
		e := d.wordEnd(i)
		if e == i {
			return ""
		}
		if w := text[i:e]; len(w) >= len("장관") && w[3:6] == "관" {
			switch w[:3] {
			case "장":
				return "장관"
			case "차":
				return "차관"
			}
		}
		switch {
		case e < len(text) && text[e] == ' ':
			i = e + 1
		case strings.HasPrefix(text[e:], "·"):
			i = e + len("·")
		default:
			return ""
		}
	}
	return ""
}

// ministryStems returns the ministries of the gazetteer by their names
// but the last syllable 부 (법무 → 법무부), the way a list of ministers
// writes them.
func ministryStems(refs []*gazRef) map[string]*gazRef {
	m := map[string]*gazRef{}
	for _, ref := range refs {
		e := ref.entry
		if stem, ok := strings.CutSuffix(e.Name, "부"); ok && e.Attr("kind") == "ministry" && utf8.RuneCountInString(stem) >= 2 {
			if _, dup := m[stem]; !dup || e.Attr("status") != "former" {
				m[stem] = ref // the current ministry of a stem, when one is
			}
		}
	}
	return m
}

// nameBefore returns where a Korean name written right before the word at
// s, after one space, starts: the word must start the list element (at
// the text's start or after a space, a '·' or a bracket) and not be a
// mention already.
func (r *Recognizer) nameBefore(d *doc, s int, known []ner.Mention) (int, bool) {
	text := d.text
	if s < 2 || text[s-1] != ' ' {
		return 0, false
	}
	ps := d.wordStartBefore(s - 1)
	if ps == s-1 || coveredBy(known, ps, s-1) || !r.isName(text[ps:s-1]) {
		return 0, false
	}
	return ps, true
}
