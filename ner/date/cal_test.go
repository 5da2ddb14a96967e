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

// TestAddDays checks addDays against AddDate, in UTC and in another zone.
func TestAddDays(t *testing.T) {
	for _, loc := range []*time.Location{time.UTC, kst} {
		for _, tm := range []time.Time{civ(2025, 9, 4), civ(1, 1, 1), civ(9999, 12, 31), time.Date(2024, 2, 29, 13, 5, 7, 99, loc), time.Date(1969, 12, 31, 0, 0, 0, 0, loc)} {
			tm = tm.In(loc)
			for n := -200000; n <= 200000; n += 97 {
				if got, want := addDays(tm, n), tm.AddDate(0, 0, n); got != want {
					t.Fatalf("addDays(%v, %d) = %v; want %v", tm, n, got, want)
				}
			}
		}
	}
}
