package date

import (
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
)

// valueOld is dv.value before it told the days of UTC dates by
// arithmetic: the oracle of TestValue and FuzzValue.
func (v dv) valueOld(hasRef bool) ner.Value {
	out := ner.Value{Grain: v.grain, Future: v.fut}
	if v.rel && !hasRef {
		return out
	}
	if !fourDigitYear(v.first()) || !fourDigitYear(v.last()) {
		return out
	}
	if v.rng {
		out.From, out.To = isoDay(v.from), isoDay(v.to)
		return out
	}
	switch v.grain {
	case "year":
		out.Date = isoDay(v.t)[:4]
	case "quarter":
		out.Date = isoDay(v.t)[:4] + quarterSuffix[(int(v.t.Month())-1)/3]
	case "month":
		out.Date = isoDay(v.t)[:7]
	case "week":
		out.Date = isoDay(v.t)
		out.From, out.To = out.Date, isoDay(v.t.AddDate(0, 0, 6))
	default:
		out.Date = isoDay(v.t)
	}
	return out
}

var valueGrains = []string{"year", "quarter", "month", "week", "day", "half", ""}

// checkDateValue compares value with valueOld for the date days from
// 1970-01-01 (and, for a range, the one span days after it), in UTC and
// in another zone, with each grain.
func checkDateValue(t *testing.T, days, span int64) {
	t.Helper()
	var sb strBuf // one buffer for all the values, as in a scan
	for _, loc := range []*time.Location{time.UTC, kst} {
		a := time.Unix(days*86400, 0).In(loc)
		b := time.Unix((days+span)*86400, 0).In(loc)
		for _, g := range valueGrains {
			for _, v := range []dv{
				{grain: g, t: a}, {grain: g, t: a, rel: true, fut: true},
				{grain: g, from: a, to: b, rng: true}, {grain: g, from: b, to: a, rng: true, rel: true},
			} {
				for _, hasRef := range []bool{true, false} {
					if got, want := v.value(hasRef), v.valueOld(hasRef); got != want {
						t.Fatalf("%+v.value(%v) = %+v; want %+v", v, hasRef, got, want)
					}
					if got, want := v.valueIn(&sb, hasRef), v.valueOld(hasRef); got != want {
						t.Fatalf("%+v.valueIn(%v) = %+v; want %+v", v, hasRef, got, want)
					}
				}
			}
		}
	}
}

// TestValue checks value against valueOld around the ends of years 0 and
// 9999 and over the years of news text.
func TestValue(t *testing.T) {
	for _, y := range []int{0, 1, 9999, 10000} {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{-8, 1, 20, 25, 28, 31, 40} {
				checkDateValue(t, CivilDays(y, m, 1)+int64(d), int64(d%5))
			}
		}
	}
	for days := CivilDays(1890, 1, 1); days < CivilDays(2110, 1, 1); days += 3 {
		checkDateValue(t, days, 9)
	}
}

func FuzzValue(f *testing.F) {
	f.Add(int64(20000), int64(3))
	f.Add(CivilDays(9999, 12, 28), int64(5))
	f.Add(CivilDays(-1, 12, 31), int64(1))
	f.Fuzz(func(t *testing.T, days, span int64) {
		if days < -5e6 || days > 5e6 || span < -5e6 || span > 5e6 {
			return
		}
		checkDateValue(t, days, span)
	})
}

// TestTimeValueIn checks that the clocks tv.valueIn writes into a strBuf
// are those of value, and stay so while the buffer fills.
func TestTimeValueIn(t *testing.T) {
	var sb strBuf
	var got []ner.Value
	var want []ner.Value
	for h := -1; h <= 100; h++ {
		for _, m := range []int{-1, 0, 5, 30, 59, 99, 100} {
			for _, sec := range []bool{false, true} {
				v := tv{h: h, m: m, s: (h + m) % 101, sec: sec, grain: "minute", from: "x", to: "y"}
				got, want = append(got, v.valueIn(&sb)), append(want, v.value())
			}
		}
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("valueIn %+v; value %+v", got[k], want[k])
		}
	}
}
