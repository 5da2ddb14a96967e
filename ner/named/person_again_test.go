package named

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// againTrie is again as it was with a trie of the forms built for each
// text, kept to check the table of forms that replaced it.
func (r *Recognizer) againTrie(d *doc, ms, values []ner.Mention) []ner.Mention {
	text := d.text
	// the trie and the sources were the doc's buffers
	forms := lex.NewTrie[int32]()
	var srcs []ner.Mention
	odd := false // a form starts with a rune that is no letter or digit
	clear(d.formFirst[:])
	add := func(form string, m ner.Mention) {
		srcs = append(srcs, m)
		forms.Add(form, int32(len(srcs)-1))
		c, _ := utf8.DecodeRuneInString(form)
		if form != "" && !lex.IsWordRune(c) {
			odd = true
		}
		h := formBit(c)
		d.formFirst[h>>6] |= 1 << (h & 63)
	}
	count := 0
	titled := d.titled[:0]
	defer func() { d.titled = titled[:0] }()
	for k, m := range ms {
		switch {
		case m.Label == ner.PERSON && strings.IndexByte(m.Name, ' ') > 0 && foreignNameRules[m.Rule]:
			// a foreign name of several words is found again whole, and by
			// its last word (크리스 와이드먼 … 와이드먼은)
			add(m.Name, m)
			count++
			if last := m.Name[strings.LastIndexByte(m.Name, ' ')+1:]; utf8.RuneCountInString(last) >= 2 && !r.notNames.has(last) && hasLoanSyllable(last) {
				add(last, m)
				count++
			}
		case m.Label == ner.PERSON && (m.Rule == "person-title" || m.Rule == "person-context" || strings.HasPrefix(m.Rule, "pattern:")):
			add(m.Name, m)
			count++
			if m.Role != "" {
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
		if m := ms[titled[h-1].idx]; same && m.Name != "" {
			add(titled[g].sur+" "+titled[g].role, m)
			count++
		}
		g = h
	}
	if count == 0 {
		return nil
	}
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	var buf []lex.Match[int32]
	// found adds the longest form at i that ends a word and overlaps no
	// mention found before, and returns its end (0 for none)
	found := func(i int) int {
		buf = forms.PrefixesAt(text, i, buf)
		for _, f := range buf {
			if _, ok := d.endsWord(f.End); !ok || coveredBy(ms, i, f.End) || coveredBy(values, i, f.End) {
				continue
			}
			src := srcs[f.Vals[0]]
			out = append(out, ner.Mention{Start: i, End: f.End, Label: src.Label, Text: text[i:f.End],
				Key: src.Key, Name: src.Name, Role: src.Role, Org: src.Org, Rule: "again", Priority: 1})
			return f.End
		}
		return 0
	}
	if !odd {
		// every form starts with a letter or digit: only words can start one
		next := 0 // after the last form found
		for k := range d.words {
			i := d.words[k].s
			if i < next {
				continue
			}
			if h := formBit(d.words[k].c); d.formFirst[h>>6]&(1<<(h&63)) == 0 || !forms.HasPrefixAt(text, i) {
				continue
			}
			if e := found(i); e > 0 {
				next = e
			}
		}
		return out
	}
	for i := 0; i < len(text); {
		if !d.wordStart(i) || !forms.HasPrefixAt(text, i) {
			if w := d.wordAt(i); w != nil {
				i = w.e // no word starts inside a word
				continue
			}
			_, n := lex.Decode(text, i)
			i += n
			continue
		}
		if e := found(i); e > 0 {
			i = e
		} else {
			_, n := lex.Decode(text, i)
			i += n
		}
	}
	return out
}

// checkAgain compares again with againTrie on the mentions Find gives for
// text (those of again among them are no sources, as in Find).
func checkAgain(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	ms := r.Find(text, nil)
	d := r.newDoc(text)
	got := slices.Clone(r.again(d, ms, nil))
	d.free()
	d = r.newDoc(text)
	want := slices.Clone(r.againTrie(d, ms, nil))
	d.free()
	if len(got) != 0 || len(want) != 0 {
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: again found %v; with the trie %v", text, got, want)
		}
	}
}

func TestAgainTable(t *testing.T) {
	r := recognizer(t)
	texts := append(indexTexts(t),
		"김민준 장관은 12일 한빛연구소를 찾았다. 김 장관은 김민준을 두고 한빛연구소 연구진과 만났다. 김 장관 김민준은",
		"크리스 와이드먼 감독은 와이드먼과 퍼듀대학교를 찾았다. 퍼듀대의 와이드먼은 크리스 와이드먼이다.")
	// whole articles joined, so that names come back
	texts = append(texts, strings.Join(newsTexts(t), "\n"))
	for _, text := range texts {
		checkAgain(t, r, text)
	}
}

func FuzzAgainTable(f *testing.F) {
	r := recognizer(f)
	f.Add("김민준 장관은 한빛연구소를 찾았다. 김 장관은 김민준을 만났다.")
	f.Add("크리스 와이드먼 감독은 와이드먼과 퍼듀대학교를 찾았다. 퍼듀대의 와이드먼")
	f.Fuzz(func(t *testing.T, text string) {
		checkAgain(t, r, text)
	})
}
