package named

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// cabinetListsSlow is the former cabinetLists (an oracle), which looked
// up every word next to a '·'.
func (r *Recognizer) cabinetListsSlow(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	var out []ner.Mention
	for from := 0; ; {
		k := strings.Index(text[from:], "·")
		if k < 0 {
			break
		}
		p := from + k
		from = p + len("·")
		// the word that ends at the '·' and the word after it, which
		// ends at a space, a '·' or the text's end
		var spans [2][2]int
		var refs [2]*gazRef
		n := 0
		if s := d.wordStartBefore(p); s < p && d.wordEnd(s) == p {
			if ref := r.ministryStems[text[s:p]]; ref != nil {
				spans[n], refs[n], n = [2]int{s, p}, ref, n+1
			}
		}
		if e := d.wordEnd(from); e > from && (e == len(text) || text[e] == ' ' || strings.HasPrefix(text[e:], "·")) {
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
	return out
}

func checkCabinetFast(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	defer d.free()
	got, want := slices.Clone(r.cabinetLists(d, nil)), r.cabinetListsSlow(d, nil)
	if !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("cabinetLists(%q) = %v; want %v", text, got, want)
	}
}

func TestCabinetFast(t *testing.T) {
	r := recognizer(t)
	for _, text := range append(newsTexts(t), "정성호 법무·조현 외교·김정관 산업통상자원부 장관", "외교·국방 장관이", "국방·통일·외교 차관들과 A·B") {
		checkCabinetFast(t, r, text)
	}
}

func FuzzCabinetFast(f *testing.F) {
	r := recognizer(f)
	fr := []string{"·", " ", "법무", "외교", "국방", "통일", "산업통상자원", "기획재정", "교육", "장관", "차관", "정성호", "조현", "김", "A", "3", ",", "의", "는"}
	f.Add([]byte{2, 0, 3, 1, 9})
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteString(fr[int(c)%len(fr)])
		}
		checkCabinetFast(t, r, sb.String())
	})
}
