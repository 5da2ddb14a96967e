package matcher

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
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
	if got := m.Find(strings.Repeat("a", 2000)); len(got) != 0 {
		t.Fatalf("got %+v", got)
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
