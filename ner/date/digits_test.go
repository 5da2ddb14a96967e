package date

import (
	"reflect"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
)

// atOld is at before digitsNext: it tries every rule that a digit may
// start.
func (s *scanner) atOld(i int) int {
	r := s.runeAt(i)
	digit := isDigit(s.t[i])
	te, tval, tok := s.timeAtAll(i, r)
	if tok {
		te, tval = s.clockRange(i, te, tval)
	}
	if digit || gPod.has(r) {
		if e, v, ok := s.hourRange(i); ok && (!tok || e > te) {
			te, tval, tok = e, v, true
		}
	}
	if r == '전' || r == '후' {
		if e, v, ok := s.matchMinute(i); ok {
			s.emit(i, e, ner.TIME, v, "duration")
			return e
		}
	}
	de, dval, rule, dok := s.dateAtOld(i, r)
	// a duration wins only where it is longer than any point in time (3일
	// is the day of the month, 3일간 a duration)
	if digit || gCount.has(r) {
		var d duration
		if ue, ul, uok := s.durationAt(i, &d); uok && (!tok || ue > te) && (!dok || ue > de) {
			if !s.prevWord(i, everyWords) {
				s.emit(i, ue, ul, d.value(), "duration")
				if ul == ner.DATE {
					s.dateEnd = ue
				}
			}
			return ue
		}
	}
	if dok && s.prevWord(i, everyWords) {
		// 매년 3월 2일부터, 매주 목요일: a recurring date is no date
		if !tok || de >= te {
			return de
		}
		dok = false
	}
	switch {
	case dok && (!tok || de >= te):
		s.emit(i, de, ner.DATE, dval.value(s.hasRef), rule)
		s.dateEnd = de
		return de
	case tok:
		s.emit(i, te, ner.TIME, tval.value(), "time")
		return te
	}
	return i
}

// dateAtOld is dateAt before digitsNext.
func (s *scanner) dateAtOld(i int, r rune) (e int, v dv, rule string, ok bool) {
	try := func(e2 int, v2 dv, r2 string, ok2 bool) {
		if ok2 && e2 > e {
			e, v, rule, ok = e2, v2, r2, true
		}
	}
	digit := isDigit(s.t[i])
	if digit {
		try(s.numeric(i))
		try(s.bareYear(i))
		try(s.dayLed(i))
	}
	if digit || r == '\'' || r == '‘' || r == '’' || gYear.has(r) {
		try(s.yearLed(i))
	}
	if gPrefix.has(r) {
		try(s.prefixLed(i))
	}
	if digit || gMonth.has(r) {
		try(s.monthLed(i, 0, false, true, false))
	}
	if gRel.has(r) {
		try(s.relWord(i))
	}
	if gWeekday.has(r) {
		try(s.weekdayLed(i, 0, false))
	}
	if gHoliday.has(r) || digit && i+1 < len(s.t) && !isDigit(s.t[i+1]) && (s.t[i+1] >= 0x80 || s.t[i+1] == '.') {
		try(s.holidayLed(i, 0, false, 0))
	}
	if digit || gYearParts.has(r) {
		try(s.yearParts(i, s.ry, true, false))
	}
	if digit || gCount.has(r) {
		try(s.offset(i))
	}
	if ok {
		e, v = s.rangeTail(i, e, v)
		// a weekday in brackets or words after a date: 4일(목), 18일 월요일
		if v.grain == "day" && !v.rng {
			if e2, _, ok2 := s.weekdayName(s.sp(e)); ok2 {
				e = e2
			} else if e2, ok2 := s.bracketWeekday(e); ok2 {
				e = e2
			}
		}
	}
	return
}

// newScanner sets up a scanner as scanWith does.
func newScanner(text string, ref time.Time) *scanner {
	s := &scanner{t: text, ref: ref, hasRef: !ref.IsZero(), dateEnd: -1, gated: true}
	if s.hasRef {
		y, m, d := ref.Date()
		s.rd = civ(y, int(m), d)
		hh, mm, ss := ref.Clock()
		s.hasClock = hh != 0 || mm != 0 || ss != 0 || ref.Nanosecond() != 0
	} else {
		s.rd = civ(2000, 6, 15)
	}
	s.ry, s.rm, s.rday = s.rd.Year(), int(s.rd.Month()), s.rd.Day()
	return s
}

// checkAtOld compares at with atOld at every digit of text.
func checkAtOld(t *testing.T, text string, ref time.Time) {
	t.Helper()
	for p := 0; p < len(text); p++ {
		if !isDigit(text[p]) {
			continue
		}
		s, s0 := newScanner(text, ref), newScanner(text, ref)
		e, e0 := s.at(p), s0.atOld(p)
		if e != e0 || s.dateEnd != s0.dateEnd || !reflect.DeepEqual(s.out, s0.out) || !reflect.DeepEqual(s.vals, s0.vals) {
			t.Fatalf("%q at %d: at %d %+v %+v; atOld %d %+v %+v", text, p, e, s.out, s.vals, e0, s0.out, s0.vals)
		}
	}
}

// TestDigitsNext checks that the rules digitsNext skips match nowhere at()
// does not try them.
func TestDigitsNext(t *testing.T) {
	refs := []time.Time{time.Date(2025, 9, 4, 9, 59, 0, 0, kst), {}}
	for _, text := range gateTexts(t) {
		for _, ref := range refs {
			checkAtOld(t, text, ref)
		}
	}
}

func FuzzDigitsNext(f *testing.F) {
	for _, s := range []string{"3~4월", "1~5일", "2025년", "2025학년도", "3/4분기", "1·4분기", "2분기", "오후 2~3시", "3 ~ 4월 중",
		"10~12시", "2014-2015", "3일(목)", "12.25", "3-4일", "2 - 3월", "1\u00a0~\u00a02일"} {
		f.Add(s)
	}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	f.Fuzz(func(t *testing.T, text string) {
		checkAtOld(t, text, ref)
	})
}
