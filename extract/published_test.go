package extract

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestPlaceholderPublished: a publication date no news can have (a data
// placeholder: 0001-01-01, 9999-12-31) resolves no relative date, and says
// so; --ref-date stands in for it when given. The Unix epoch is used but
// named. A plausible date is used without a word.
func TestPlaceholderPublished(t *testing.T) {
	const text = "국토교통부는 12일 내년도 주거 지원 예산을 편성했다."
	dates := func(d *Document) map[string]any {
		m := map[string]any{}
		for _, e := range d.Entities {
			if e.Type == "DATE" {
				m[e.Name] = e.Value
			}
		}
		return m
	}
	plain, err := New()
	if err != nil {
		t.Fatal(err)
	}
	withRef, err := New(WithRefDate(time.Date(2024, 5, 20, 0, 0, 0, 0, kst)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		x         *Extractor
		published string
		warn      string // "" for none about the date
		day, year any    // the values of 12일 and 내년도
	}{
		{plain, "0001-01-01", "outside 1883-2200", nil, nil},
		{plain, "9999-12-31T23:59:59Z", "outside 1883-2200", nil, nil},
		{plain, "1850-03-02", "outside 1883-2200", nil, nil},
		{withRef, "0001-01-01", "resolved against --ref-date 2024-05-20", "2024-05-12", "2025"},
		{plain, "1970-01-01T00:00:00Z", "Unix epoch", "1969-12-12", "1971"},
		{plain, "2025-09-14", "", "2025-09-12", "2026"},
		{plain, "1999-12-31 18:00", "", "1999-12-12", "2000"},
	}
	// --ref-date is the user's: taken as given, whatever its year
	old, err := New(WithRefDate(time.Date(1850, 3, 20, 0, 0, 0, 0, kst)))
	if err != nil {
		t.Fatal(err)
	}
	if d, err := old.Extract(context.Background(), Input{Text: text}); err != nil || strings.Contains(strings.Join(d.Warnings, ";"), "outside") || dates(d)["12일"] != "1850-03-12" {
		t.Errorf("--ref-date 1850-03-20: %v %q %v", err, d.Warnings, dates(d))
	}
	for _, tc := range tests {
		d, err := tc.x.Extract(context.Background(), Input{Text: text, Published: tc.published})
		if err != nil {
			t.Fatalf("%s: %v", tc.published, err)
		}
		ws := strings.Join(d.Warnings, "; ")
		if tc.warn != "" && !strings.Contains(ws, tc.warn) || tc.warn == "" && strings.Contains(ws, "publication date") {
			t.Errorf("%s: warnings %q, want %q", tc.published, d.Warnings, tc.warn)
		}
		if d.Doc.Published == "" {
			t.Errorf("%s: the published field is lost", tc.published)
		}
		got := dates(d)
		if got["12일"] != tc.day || got["내년도"] != tc.year {
			t.Errorf("%s: 12일 = %v, 내년도 = %v; want %v, %v", tc.published, got["12일"], got["내년도"], tc.day, tc.year)
		}
	}
}
