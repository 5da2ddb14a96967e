package date

import (
	"fmt"
	"time"
	"unsafe"

	"github.com/kpolicy/kpolicy/ner"
)

// Calendar helpers. Dates are civil dates held as midnight UTC times, so
// that adding days never meets a zone change.

// civ is time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), months and
// days past their ends normalised as time.Date does (civ(y, m+1, 0) is
// the last day of month m), told by arithmetic: time.Date, with its zone
// lookup, is code the instruction cache does not hold between documents.
func civ(y, m, d int) time.Time {
	q := floorDiv(m-1, 12)
	y, m = y+q, m-12*q
	return time.Unix((daysFromCivil(y, m)+int64(d)-1)*86400, 0).UTC()
}

// daysFromCivil is the number of days from 1970-01-01 to the first day
// of month m (1..12) of year y, in the proleptic Gregorian calendar
// (Howard Hinnant's days_from_civil).
func daysFromCivil(y, m int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400              // 0..399
	doy := (153*((m+9)%12) + 2) / 5 // from March 1st
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

// civilFromDays is the year, month and day of the day n days from
// 1970-01-01 (Howard Hinnant's civil_from_days).
func civilFromDays(n int64) (y, m, d int) {
	z := n + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := int(z - era*146097)                             // 0..146096
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // 0..399
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // from March 1st
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = int(era)*400 + yoe
	if m <= 2 {
		y++
	}
	return y, m, d
}

// CivilDays is the number of days from 1970-01-01 to day d of month m
// (1..12) of year y, in the proleptic Gregorian calendar: the calendar
// arithmetic of the scanner, for callers that read dates themselves.
func CivilDays(y, m, d int) int64 { return daysFromCivil(y, m) + int64(d) - 1 }

// DaysIn is the number of days of month m (1..12) of year y.
func DaysIn(y, m int) int { return daysIn(y, m) }

// floorDiv is a/b rounded down (b > 0).
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// daysIn is the number of days of month m of year y (m may be out of
// 1..12: it is then normalised as time.Date does).
func daysIn(y, m int) int {
	switch {
	case m == 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) { // time's leap years
			return 29
		}
		return 28
	case m >= 1 && m <= 12:
		return monthDays[m]
	}
	return civ(y, m+1, 0).Day()
}

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// normMonth brings a month number that ran past either end of the year
// back into 1..12, moving the year with it (year 2025, month 14 is 2026-02).
func normMonth(y, m int) (int, int) {
	for m < 1 {
		m += 12
		y--
	}
	for m > 12 {
		m -= 12
		y++
	}
	return y, m
}

func addMonths(t time.Time, n int) time.Time {
	y, m := normMonth(t.Year(), int(t.Month())+n)
	d := t.Day()
	if dd := daysIn(y, m); d > dd {
		d = dd
	}
	return civ(y, m, d)
}

// addDays is t.AddDate(0, 0, n). A civil date of a scan (UTC, where a day
// is always 86400 seconds) is moved by arithmetic: AddDate goes through
// t.Date and time.Date, cold code at each document.
func addDays(t time.Time, n int) time.Time {
	if t.Location() != time.UTC {
		return t.AddDate(0, 0, n)
	}
	return time.Unix(t.Unix()+int64(n)*86400, int64(t.Nanosecond())).UTC()
}

// monday is the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return addDays(t, -wd)
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// dv is a date value before formatting.
type dv struct {
	grain    string    // year, quarter, month, week, day
	t        time.Time // first day of the point
	from, to time.Time // inclusive bounds when rng
	rng      bool
	rel      bool // resolved against the reference date
	fut      bool
}

func point(grain string, t time.Time, rel bool) dv { return dv{grain: grain, t: t, rel: rel} }

func span(grain string, from, to time.Time, rel bool) dv {
	return dv{grain: grain, from: from, to: to, rng: true, rel: rel}
}

// last is the last day covered by v.
func (v dv) last() time.Time {
	if v.rng {
		return v.to
	}
	switch v.grain {
	case "year":
		return civ(v.t.Year(), 12, 31)
	case "quarter":
		return civ(v.t.Year(), int(v.t.Month())+3, 0)
	case "month":
		return civ(v.t.Year(), int(v.t.Month())+1, 0)
	case "week":
		return v.t.AddDate(0, 0, 6)
	}
	return v.t
}

func (v dv) first() time.Time {
	if v.rng {
		return v.from
	}
	return v.t
}

const dayFmt = "2006-01-02"

func (v dv) value(hasRef bool) ner.Value { return v.valueIn(nil, hasRef) }

// valueIn is value with its ISO 8601 strings written into sb (a nil sb:
// a string each).
func (v dv) valueIn(sb *strBuf, hasRef bool) ner.Value {
	out := ner.Value{Grain: v.grain, Future: v.fut}
	if v.rel && !hasRef {
		return out
	}
	// the civil dates of a scan are UTC times (civ): their days are told
	// by arithmetic. a is the first day, b the day that tells the year of
	// the last (last): the end of a range, a week's seventh day, else the
	// first day (a year, month or day ends in its year; a quarter, below)
	a, b := v.t, v.t
	if v.rng {
		a, b = v.from, v.to
	}
	da, ok1 := utcDays(a)
	db, ok2 := utcDays(b)
	if !ok1 || !ok2 {
		return v.valueZoned(out)
	}
	week := !v.rng && v.grain == "week"
	if week {
		db += 6
	}
	ya, ma, dda := civilFromDays(da)
	yb, mb, ddb := ya, ma, dda
	if db != da {
		yb, mb, ddb = civilFromDays(db)
	}
	ly := yb
	if !v.rng && v.grain == "quarter" && ma+2 > 12 {
		ly++ // a quarter that runs into the next year
	}
	if !fourDigits(ya) || !fourDigits(ly) {
		return out // as valueZoned: no ISO 8601 form of four digits
	}
	if v.rng || week {
		out.From, out.To = isoYMD(sb, ya, ma, dda, 10), isoYMD(sb, yb, mb, ddb, 10)
		if week {
			out.Date = out.From
		}
		return out
	}
	n := 10
	switch v.grain {
	case "year", "quarter":
		n = 4
	case "month":
		n = 7
	}
	if v.grain == "quarter" {
		n = -1 - (ma-1)/3 // with its quarter: 2025-Q3
	}
	out.Date = isoYMD(sb, ya, ma, dda, n)
	return out
}

// utcDays is the number of days from 1970-01-01 to t's day when t is a
// UTC time (a civil date of the scan), ok false for a time in another
// location.
func utcDays(t time.Time) (int64, bool) {
	if t.Location() != time.UTC {
		return 0, false
	}
	sec := t.Unix()
	days := sec / 86400
	if sec%86400 < 0 {
		days--
	}
	return days, true
}

func fourDigits(y int) bool { return y >= 0 && y <= 9999 }

// isoYMD is the first n bytes of the ISO 8601 date of y (0..9999), m
// and d, written into sb; a negative n is the year and quarter -n (-1:
// 2025-Q1). It is not inlined: value calls it in three places, and its
// code would triple there.
//
//go:noinline
func isoYMD(sb *strBuf, y, m, d, n int) string {
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	if n < 0 {
		b[5], b[6] = 'Q', byte('0'-n)
		n = 7
	}
	return sb.str(b[:n])
}

// valueZoned is value for a date held in another location than UTC
// (none of a scan's): the days told by the time package.
func (v dv) valueZoned(out ner.Value) ner.Value {
	if !fourDigitYear(v.first()) || !fourDigitYear(v.last()) {
		// a date counted past year 9999 or before year 0 (from a
		// reference date at the end of the calendar) has no ISO 8601
		// form of four digits: left without a value, as a date with no
		// reference, rather than written cut short ("1000" for 10001)
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
		// ISO 8601 calendar date of the week's Monday, with the week's
		// bounds; see weekAsMonday in doc.go.
		out.Date = isoDay(v.t)
		out.From, out.To = out.Date, isoDay(v.t.AddDate(0, 0, 6))
	default:
		out.Date = isoDay(v.t)
	}
	return out
}

// fourDigitYear reports whether t falls in years 0 to 9999.
func fourDigitYear(t time.Time) bool {
	y := t.Year()
	return y >= 0 && y <= 9999
}

var quarterSuffix = [4]string{"-Q1", "-Q2", "-Q3", "-Q4"}

// isoDay is t.Format("2006-01-02") for years 0..9999, in one allocation.
// The dates of a scan are civil dates in UTC (civ): their day is told by
// arithmetic (civilFromDays) rather than t.Date.
func isoDay(t time.Time) string {
	var y, m, d int
	if t.Location() == time.UTC {
		sec := t.Unix()
		days := sec / 86400
		if sec%86400 < 0 {
			days--
		}
		y, m, d = civilFromDays(days)
	} else {
		var mm time.Month
		y, mm, d = t.Date()
		m = int(mm)
	}
	if y < 0 || y > 9999 {
		return t.Format(dayFmt)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// strBuf holds the strings of the values of a scan: they are written
// one after another into a chunk, one allocation for many values. A chunk
// is never written where a string was taken, so the strings stay as
// they were; a scan starts with an empty strBuf.
type strBuf struct{ b []byte }

// str returns a string of b's bytes, taken from sb's chunk (a new chunk
// when b does not fit in what is left); a nil sb allocates it alone.
func (sb *strBuf) str(b []byte) string {
	if sb == nil {
		return string(b)
	}
	if len(b) > cap(sb.b)-len(sb.b) {
		sb.b = make([]byte, 0, max(2*cap(sb.b), 64, len(b)))
	}
	k := len(sb.b)
	sb.b = append(sb.b, b...)
	return unsafe.String(&sb.b[k], len(b))
}

// tv is a time-of-day value before formatting.
type tv struct {
	h, m, s  int
	sec      bool // seconds given
	grain    string
	from, to string // bounds of a part of the day (오후, 저녁)
	unknown  bool   // relative to a reference clock that is missing
}

func (t tv) value() ner.Value { return t.valueIn(nil) }

// valueIn is value with its clock written into sb (a nil sb: a string).
func (t tv) valueIn(sb *strBuf) ner.Value {
	out := ner.Value{Grain: t.grain}
	if t.unknown {
		return out
	}
	if t.h < 0 || t.h > 99 || t.m < 0 || t.m > 99 || t.sec && (t.s < 0 || t.s > 99) {
		if t.sec {
			out.Date = clock3(t.h, t.m, t.s)
		} else {
			out.Date = clock2(t.h, t.m)
		}
	} else {
		b := [8]byte{byte('0' + t.h/10), byte('0' + t.h%10), ':', byte('0' + t.m/10), byte('0' + t.m%10), ':', byte('0' + t.s/10), byte('0' + t.s%10)}
		n := 5
		if t.sec {
			n = 8
		}
		out.Date = sb.str(b[:n])
	}
	out.From, out.To = t.from, t.to
	return out
}

// clock2 is fmt.Sprintf("%02d:%02d", h, m) in one allocation.
func clock2(h, m int) string {
	if h < 0 || h > 99 || m < 0 || m > 99 {
		return fmt.Sprintf("%02d:%02d", h, m)
	}
	b := [5]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)}
	return string(b[:])
}

// clock3 is fmt.Sprintf("%02d:%02d:%02d", h, m, s) in one allocation.
func clock3(h, m, s int) string {
	if h < 0 || h > 99 || m < 0 || m > 99 || s < 0 || s > 99 {
		return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
	}
	b := [8]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10), ':', byte('0' + s/10), byte('0' + s%10)}
	return string(b[:])
}
