package named

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// hanjaPlaces finds a place written in Hangul and glossed in Chinese
// characters in brackets: both the Hangul and the characters are places,
// as KLUE-NER marks them (선전(深圳)시 gives 선전 and 深圳). The Hangul is
// taken as a place when an administrative unit follows the brackets
// (시, 현, 성, 지구) or when a place is written just before it and the
// brackets end the word before a particle (중국 선전(深圳)에서). A bracket
// followed by an organisation word (신문, 공사) makes one organisation of
// the whole (닛케이(日經)신문).
func (r *Recognizer) hanjaPlaces(d *doc, ms, out []ner.Mention) []ner.Mention {
	text := d.text
	for off := 0; ; {
		k := strings.Index(text[off:], "(")
		if k < 0 {
			break
		}
		open := off + k
		off = open + 1
		ws := d.wordStartBefore(open)
		if ws == open || !d.wordStart(ws) {
			continue
		}
		w := text[ws:open]
		n := utf8.RuneCountInString(w)
		if n < 2 || n > 5 || !allHangul(w) {
			continue
		}
		// the characters: 1 to 6 Han characters and the closing bracket
		hs, he := open+1, open+1
		for he < len(text) {
			c, sz := utf8.DecodeRuneInString(text[he:])
			if !unicode.Is(unicode.Han, c) {
				break
			}
			he += sz
		}
		if he == hs || he >= len(text) || text[he] != ')' || utf8.RuneCountInString(text[hs:he]) > 6 {
			continue
		}
		after := he + 1
		rest := text[after:d.wordEnd(after)]
		covered := coveredBy(ms, ws, open)
		if covered && !exactlyAt(ms, ws, open) {
			continue
		}
		if rest != "" {
			if e, ok := r.orgWordAfter(d, after); ok {
				out = append(out, ner.Mention{Start: ws, End: e, Label: ner.ORG, Text: text[ws:e],
					Name: text[ws:e], Key: d.concat("ORG:", text[ws:e]), Rule: "hanja-org", Priority: 2})
				continue
			}
		}
		unit := false
		for _, u := range r.ctx.hanjaUnits {
			if p, ok := strings.CutPrefix(rest, u); ok && (p == "" || r.particles.Has(p)) {
				unit = true
				break
			}
		}
		if e := r.featureAfter(d, after); !unit && e > 0 && (!covered || placeAt(ms, ws, open)) {
			// 칭짱(靑藏)고원: a natural feature or a station is named by
			// the whole, its first part alone naming none
			out = append(out, ner.Mention{Start: ws, End: e, Label: ner.PLACE, Text: text[ws:e],
				Name: text[ws:e], Key: d.concat("PLACE:", text[ws:e]), Rule: "hanja-place", Priority: 2})
			continue
		}
		if covered && !placeAt(ms, ws, open) {
			continue
		}
		if !unit {
			// a place just before, and the word ends after the brackets
			if !(rest == "" || r.particles.Has(rest)) || !placeBefore(text, ms, ws) {
				continue
			}
		}
		out = append(out,
			ner.Mention{Start: ws, End: open, Label: ner.PLACE, Text: w, Name: w, Key: d.concat("PLACE:", w),
				Rule: "hanja-place", Priority: 2},
			ner.Mention{Start: hs, End: he, Label: ner.PLACE, Text: text[hs:he], Name: text[hs:he],
				Key: d.concat("PLACE:", text[hs:he]), Rule: "hanja-place", Priority: 2})
	}
	return out
}

// featureAfter returns where a word at i that is only a strong place
// suffix (고원, 산맥, 반도, 공항) ends, before its particle, or 0.
func (r *Recognizer) featureAfter(d *doc, i int) int {
	we := d.wordEnd(i)
	if we == i {
		return 0
	}
	for _, e := range [2]int{we, d.trimEnd(i, we, 1)} {
		if _, ok := d.endsWord(e); !ok || e <= i {
			continue
		}
		if kind, stem := r.placeSuffixOf(d.text[i:e]); kind == "strong" && stem == "" {
			return e
		}
	}
	return 0
}

// orgWordAfter reports whether an organisation suffix starts at i and
// ends its word (or comes before a particle), and where it ends.
func (r *Recognizer) orgWordAfter(d *doc, i int) (int, bool) {
	for _, m := range r.suffixes.PrefixesAt(d.text, i, nil) {
		if _, ok := d.endsWord(m.End); ok {
			return m.End, true
		}
	}
	return 0, false
}

// exactlyAt reports whether a mention of ms is exactly [s,e).
func exactlyAt(ms []ner.Mention, s, e int) bool {
	k := startIndex(ms, s)
	return k >= 0 && ms[k].End == e
}

// placeAt reports whether a PLACE mention of ms is exactly [s,e).
func placeAt(ms []ner.Mention, s, e int) bool {
	k := startIndex(ms, s)
	return k >= 0 && ms[k].End == e && ms[k].Label == ner.PLACE
}

// placeBefore reports whether a PLACE mention ends one space before i.
func placeBefore(text string, ms []ner.Mention, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	k := sort.Search(len(ms), func(j int) bool { return ms[j].End >= i-1 })
	if k < len(ms) && ms[k].End == i-1 {
		return ms[k].Label == ner.PLACE
	}
	return false
}

func allHangul(w string) bool {
	for _, c := range w {
		if !lex.IsHangul(c) {
			return false
		}
	}
	return true
}
