package extract

import (
	"context"
	"testing"
)

// TestTriggerHeads: a trigger written as a bare noun that modifies the
// noun after it (편성 취지, 체결 여부, 개최 배경) does not report the
// happening; the same trigger inflected, or followed by another noun,
// still does.
func TestTriggerHeads(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		text string
		typ  string // the event type wanted, "" for none
	}{
		{"행정안전부는 이번 추경예산 편성 취지를 살려 연말까지 예산을 모두 집행하기로 했다.", ""},
		{"두 기관의 업무협약 체결 여부는 다음 달에 결정된다.", ""},
		{"산업통상자원부는 이날 박람회 개최 배경을 설명했다.", ""},
		{"행정안전부는 재난 대응 예산 300억원을 추경에 편성했다.", "budget"},
		{"행정안전부는 추경예산 편성 계획을 국회에 냈다.", "budget"},
	}
	for _, c := range cases {
		doc, err := x.ExtractRecord(context.Background(), Record{ID: "h", Published: "2025-06-02", Text: c.text}, "test")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range doc.Events {
			if e.Type == "budget" || e.Type == "agreement" || e.Type == "meeting" {
				got = e.Type
			}
		}
		if got != c.typ {
			t.Errorf("%s: event %q; want %q (events %+v)", c.text, got, c.typ, doc.Events)
		}
	}
}
