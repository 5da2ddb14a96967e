package date

import (
	"testing"
	"time"
)

// TestCiv checks civ against time.Date, months and days past their ends
// included, over years well beyond those of news text.
func TestCiv(t *testing.T) {
	for y := -1000; y <= 12000; y += 7 {
		for m := -27; m <= 40; m++ {
			for _, d := range []int{-400, -31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 60, 366, 1000} {
				if got, want := civ(y, m, d), time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); got != want {
					t.Fatalf("civ(%d, %d, %d) = %v; want %v", y, m, d, got, want)
				}
			}
		}
	}
}

// TestIsoDay checks isoDay against Format, in UTC (told by arithmetic)
// and in another zone.
func TestIsoDay(t *testing.T) {
	for _, loc := range []*time.Location{time.UTC, kst} {
		for sec := int64(-70000) * 86400; sec < 3000000*86400; sec += 86400*13 + 3607 {
			tm := time.Unix(sec, 0).In(loc)
			if got, want := isoDay(tm), tm.Format(dayFmt); got != want {
				t.Fatalf("isoDay(%v) = %q; want %q", tm, got, want)
			}
		}
	}
}
