package matcher

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
	"github.com/kpolicy/kpolicy/rules"
)

func TestFindAroundAnchors(t *testing.T) {
	m, err := New([]rules.Pattern{
		{ID: "corp", Label: "ORG", Anchors: []string{"(주)"}, Regex: `\(주\)(?<name>[가-힣]{2,8})`, After: 12},
		{ID: "anon", Label: "PERSON", Anchors: []string{"모씨"}, Regex: `(?<name>[가-힣]모)(?<role>씨)`, Role: "씨"},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "검찰은 (주)새봄물산 대표 박모씨를 불러\n조사했다."
	got := m.Find(text)
	want := map[string]ner.Label{"새봄물산": ner.ORG, "박모": ner.PERSON}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for _, g := range got {
		if want[g.Text] != g.Label || text[g.Start:g.End] != g.Text {
			t.Errorf("unexpected %+v", g)
		}
		if g.Label == ner.PERSON && g.Role != "씨" {
			t.Errorf("role %q", g.Role)
		}
	}
}

func TestWindowStopsAtLineBreak(t *testing.T) {
	m, err := New([]rules.Pattern{{ID: "x", Label: "ORG", Anchors: []string{"재단"}, Regex: `[가-힣 ]+재단`, Before: 50}})
	if err != nil {
		t.Fatal(err)
	}
	got := m.Find("윗줄 글자들\n한빛 재단")
	if len(got) != 1 || got[0].Text != "한빛 재단" {
		t.Fatalf("got %+v", got)
	}
}

func TestBadPattern(t *testing.T) {
	_, err := New([]rules.Pattern{{ID: "bad", Label: "ORG", Anchors: []string{"a"}, Regex: `(unclosed`, Pos: rules.Pos{File: "p.jsonl", Line: 3}}})
	if err == nil || !strings.Contains(err.Error(), "p.jsonl:3") {
		t.Fatalf("got %v; want an error naming p.jsonl:3", err)
	}
}

// A catastrophic pattern is stopped by the match timeout; after one
// timeout it is skipped for the rest of the text, so a long run of its
// anchors costs one timeout, not one per anchor.
func TestPathologicalPatternIsBounded(t *testing.T) {
	m, err := New([]rules.Pattern{{ID: "evil", Label: "ORG", Anchors: []string{"a"}, Regex: `(a+)+b`, Before: 60, After: 60}})
	if err != nil {
		t.Fatal(err)
	}
	got, dropped := m.AppendFindDropped(nil, strings.Repeat("a", 2000), nil)
	if len(got) != 0 {
		t.Fatalf("got %+v", got)
	}
	if !slices.Equal(dropped, []string{"pattern:evil"}) {
		t.Fatalf("dropped = %q, want the evil pattern once", dropped)
	}
}

// A first try taken as timed out (a machine too busy to run it in time)
// is made again: the output is what an undisturbed run gives, each
// mention once, and no rule is reported dropped.
func TestStalledTryIsRetried(t *testing.T) {
	m, err := New([]rules.Pattern{
		{ID: "co", Label: "ORG", Anchors: []string{"(주)"}, Regex: `\(주\)[가-힣]+`, After: 20},
		{ID: "inst", Label: "ORG", Anchors: []string{"연구원"}, Regex: `[가-힣]+연구원`, Before: 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "(주)새봄식품과 한빛에너지연구원이 협약을 맺었다. 새봄에너지연구원도 (주)다온물산과 함께했다."
	want := m.Find(text)
	if len(want) != 4 {
		t.Fatalf("undisturbed run: %+v, want 4 mentions", want)
	}
	stallHook = func() bool { return true } // every first try stalls
	defer func() { stallHook = nil }()
	got, dropped := m.AppendFindDropped(nil, text, nil)
	if len(dropped) != 0 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("with stalls: %+v dropped %q; want %+v", got, dropped, want)
	}
}

func BenchmarkFind(b *testing.B) {
	p, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	m, err := New(p.Patterns)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("정부는 4일 (주)한빛테크와 협약을 맺었다. 마크 카니 캐나다 총리와 김모씨가 참석했다. 예산은 늘었다.\n", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Find(text)
	}
}

func TestDecodeWindow(t *testing.T) {
	for _, s := range []string{"", "abc", "한국 AI 3%·지원", "깨진\xffbyte\xed\xa0\x80끝", "\xe2\x82", "㈜𝄞\xf0\x9f"} {
		var want []int
		for b := range s {
			want = append(want, b)
		}
		want = append(want, len(s))
		runes, offs := decodeWindow(s, nil, nil)
		if fmt.Sprint(offs) != fmt.Sprint(want) || !slices.Equal(runes, []rune(s)) {
			t.Errorf("decodeWindow(%q) = %q %v; want %q %v", s, runes, offs, []rune(s), want)
		}
	}
}

func TestLastRune(t *testing.T) {
	for _, s := range []string{"", "abc", "한국 AI 3%·지원", "깨진\xffbyte\xed\xa0\x80끝", "\xe2\x82", "\xe0AB", "㈜𝄞\xf0\x9f"} {
		for i := 1; i <= len(s); i++ {
			r, n := lastRune(s, i)
			wr, wn := utf8.DecodeLastRuneInString(s[:i])
			if r != wr || n != wn {
				t.Errorf("lastRune(%q, %d) = %q %d; want %q %d", s, i, r, n, wr, wn)
			}
		}
	}
}

// findSlow is Find as it was: every window converted to runes by
// regexp2, every match of a window looked at.
func (m *Matcher) findSlow(text string) []ner.Mention {
	var out []ner.Mention
	seen := map[[3]int]bool{}
	for i := 0; i < len(text); i++ {
		if !m.lead[text[i]] || !m.anchors.HasPrefixAt(text, i) {
			continue
		}
		for _, a := range m.anchors.PrefixesAt(text, i, nil) {
			for _, v := range a.Vals {
				c := &m.pats[v.pat]
				ws, we := back(text, i, c.before), forward(text, a.End, c.after)
				var offs []int
				for b := range text[ws:we] {
					offs = append(offs, b)
				}
				offs = append(offs, we-ws)
				match, err := c.re.FindStringMatch(text[ws:we])
				for err == nil && match != nil {
					s, e := match.Index, match.Index+match.Length
					if ws+offs[s] <= i && ws+offs[e] >= a.End {
						gs, ge := s, e
						if g := match.GroupByName("name"); g != nil && len(g.Captures) > 0 {
							gs, ge = g.Index, g.Index+g.Length
						}
						if bs, be := ws+offs[gs], ws+offs[ge]; ge > gs && !seen[[3]int{v.pat, bs, be}] {
							seen[[3]int{v.pat, bs, be}] = true
							mt := ner.Mention{Start: bs, End: be, Label: ner.Label(c.p.Label), Text: text[bs:be],
								Name: text[bs:be], Rule: c.rule, Priority: c.p.Priority, Role: c.p.Role}
							if g := match.GroupByName("role"); g != nil && len(g.Captures) > 0 {
								mt.Role = g.String()
							}
							out = append(out, mt)
						}
					}
					match, err = c.re.FindNextMatch(match)
				}
			}
		}
	}
	return out
}

func defaultMatcher(t testing.TB) *Matcher {
	p, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(p.Patterns)
	if err != nil {
		t.Fatal(err)
	}
	noTimeouts(m)
	return m
}

func checkFindFast(t *testing.T, m *Matcher, text string) {
	t.Helper()
	if got, want := m.Find(text), m.findSlow(text); !slices.Equal(got, want) {
		t.Fatalf("Find(%q) = %+v; want %+v", text, got, want)
	}
}

func TestFindFastNews(t *testing.T) {
	m := defaultMatcher(t)
	for _, text := range append(testcorpus.News(), testcorpus.KLUE()...) {
		checkFindFast(t, m, text)
	}
}

func FuzzFindFast(f *testing.F) {
	m := defaultMatcher(f)
	f.Add("정부는 (주)한빛테크와 ㈜새봄이 협약을 맺었다. 대한물산(주) 대표")
	f.Add("(주)(주) ㈜㈜ 가(주)나 A㈜B\n(주)")
	f.Fuzz(func(t *testing.T, s string) { checkFindFast(t, m, s) })
}
