package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestParseDayExact holds parseDay to time.ParseInLocation over every
// month and day (and the numbers either side) of years at both ends of
// the range and around today: the Time values must be equal as values,
// not only as instants.
func TestParseDayExact(t *testing.T) {
	var years []int
	for y := 0; y <= 4; y++ {
		years = append(years, y, 1896+y, 9995+y)
	}
	for y := 1960; y <= 2110; y++ {
		years = append(years, y)
	}
	for _, y := range years {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				got, ok := parseDay(s)
				want, err := time.ParseInLocation("2006-01-02", s, kst)
				if ok != (err == nil) || got != want {
					t.Fatalf("parseDay(%q) = %v %v; time: %v %v", s, got, ok, want, err)
				}
			}
		}
	}
}

// FuzzStopsLong is FuzzStops over texts longer than shortText, so that
// stops.next looks for the stop bytes one by one.
func FuzzStopsLong(f *testing.F) {
	f.Add("정부는 2.5% 늘렸다. \"좋다.\" 끝…\n다음 줄? 네! 「인용」。", []byte{0, 1, 3, 0, 7, 2, 40})
	f.Add("가", []byte{200, 1})
	f.Fuzz(func(t *testing.T, s string, steps []byte) {
		s = strings.Repeat(s+"가나다", 1+3*shortText/(len(s)+9))
		st := newStops(s)
		i := 0
		for _, d := range append(steps, 0, 1, 1, 255) {
			i = min(i+int(d), len(s))
			if got, want := st.next(i), nextStopOld(s, i); got != want {
				t.Fatalf("next(%d) of %q = %d; want %d", i, s, got, want)
			}
		}
	})
}

// raceEnabled is set when the tests run under the race detector.
var raceEnabled bool

// TestExtractTinyAllocs: a record of plain text costs one allocation, its
// Document (the Page, the sentences and the stages' buffers are not
// allocated per document).
func TestExtractTinyAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the pools drop some of their values under the race detector")
	}
	x := newExtractor(t)
	r := Record{ID: "t1", Published: "2024-11-05", Text: "그는 잠시 웃었다."}
	x.ExtractRecord(context.Background(), r, "t") // fills the pools
	if n := testing.AllocsPerRun(50, func() { x.ExtractRecord(context.Background(), r, "t") }); n > 1 {
		t.Errorf("%v allocations per record; want 1", n)
	}
}

// TestRecordBothFields: a record with both html and text is read from the
// html, and the document says so.
func TestRecordBothFields(t *testing.T) {
	x := newExtractor(t)
	r := Record{ID: "b1", Published: "2025-03-14",
		HTML: "<html><body><article><p>" + strings.Repeat("해양수산부는 부산항에서 친환경 선박 보급 사업 설명회를 열었다. ", 6) + "</p></article></body></html>",
		Text: "전혀 다른 본문이다."}
	doc, err := x.ExtractRecord(context.Background(), r, "test")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Doc.Text, "해양수산부") {
		t.Errorf("text %q; want the html's", doc.Doc.Text)
	}
	if !strings.Contains(strings.Join(doc.Warnings, "; "), `both "html" and "text"`) {
		t.Errorf("warnings %q lack the note on both fields", doc.Warnings)
	}
	r.HTML = ""
	if doc, err := x.ExtractRecord(context.Background(), r, "test"); err != nil || strings.Contains(strings.Join(doc.Warnings, "; "), "both") {
		t.Errorf("text alone: %v %q", err, doc.Warnings)
	}
}
