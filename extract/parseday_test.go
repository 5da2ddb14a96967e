package extract

import (
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	for _, s := range []string{"2025-09-02", "2024-02-29", "0001-01-01", "0000-12-31", "9999-12-31"} {
		got, ok := parseDay(s)
		want, err := time.ParseInLocation("2006-01-02", s, kst)
		if !ok || err != nil || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("parseDay(%q) = %v %v, want %v (%v)", s, got, ok, want, err)
		}
		if f := formatTime(got, false); f != s {
			t.Errorf("formatTime(parseDay(%q)) = %q", s, f)
		}
	}
	for _, s := range []string{"2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-1-010", "20a5-01-01", "2025/01/01", "+025-01-01"} {
		if got, ok := parseDay(s); ok {
			t.Errorf("parseDay(%q) = %v, want no date", s, got)
		}
	}
}

func TestFormatDay(t *testing.T) {
	for _, y := range []int{-1, 0, 7, 99, 999, 2025, 9999, 10000} {
		for _, tm := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, kst), time.Date(y, 12, 31, 23, 59, 0, 0, time.UTC)} {
			if a, b := formatTime(tm, false), tm.Format("2006-01-02"); a != b {
				t.Errorf("formatTime(%v) = %q, Format = %q", tm, a, b)
			}
		}
	}
}

// FuzzParseDay holds parseDay and formatTime to the time package's
// layouts they replace.
func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2025-09-02", "2024-02-29", "2025-02-29", "1999-12-31", "2025-1-1x", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseDay(s)
		want, err := time.ParseInLocation("2006-01-02", s, kst)
		if ok != (err == nil) || ok && (!got.Equal(want) || got.Location() != want.Location()) {
			t.Fatalf("parseDay(%q) = %v %v; time: %v %v", s, got, ok, want, err)
		}
		if ok {
			if a, b := formatTime(got, false), want.Format("2006-01-02"); a != b {
				t.Fatalf("formatTime = %q, Format = %q", a, b)
			}
			// Extract writes a date it reads so as it is
			if a := formatTime(got, false); a != s {
				t.Fatalf("formatTime(parseDay(%q)) = %q", s, a)
			}
		}
	})
}
