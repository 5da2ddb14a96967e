package date

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
)

// atAll is at before it sorted a candidate by what can start there
// (cand) and before it read what follows digits (digitsNext): it runs
// every rule whose gate admits the first rune, the oracle of at's gates.
// atAll tries every rule at i, emits the longest match and returns its end
// (i when nothing matched).
func (s *scanner) atAll(i int) int {
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
	de, dval, rule, dok := s.dateAtAll(i, r)
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

// timeAtAll is timeAt before cand and before it told the words of gMisc
// by their first syllable: it tries the time rules at i, whose rune is r.
func (s *scanner) timeAtAll(i int, r rune) (int, tv, bool) {
	var best int
	var bv tv
	try := func(e int, v tv, ok bool) {
		if ok && e > best {
			best, bv = e, v
		}
	}
	digit := isDigit(s.t[i])
	if digit || gClock.has(r) {
		try(s.clock(i))
	}
	if gPod.has(r) {
		try(s.podAlone(i))
	}
	if digit || gCount.has(r) {
		try(s.timeOffset(i))
	}
	if gPrefix.has(r) {
		try(s.timeSpan(i))
	}
	if !gMisc.has(r) {
		return best, bv, best > 0
	}
	// 늦은 오후, 이른 아침: the part of the day, the adjective included
	if e, _, ok := s.word(i, "늦은", "이른"); ok && s.has(e, " ") {
		if e2, v, ok2 := s.podSpan(e + 1); ok2 {
			try(e2, v, true)
		}
	}
	// 이번 아침: a part of this day
	if e, _, ok := s.word(i, "이번"); ok {
		if e2, v, ok2 := s.podSpan(s.sp(e)); ok2 {
			try(e2, v, true)
		}
	}
	// 지금, 방금: the reference clock (only when it is known)
	if e, _, ok := s.word(i, "지금", "방금"); ok && s.hard(e) && s.hasRef && s.hasClock {
		v := s.clockAt(0, "초")
		v.grain = "second"
		try(e, v, true)
	}
	if e, w, ok := s.word(i, "정오", "자정"); ok && s.boundary(e) {
		v := tv{h: 12, grain: "hour"}
		if w == "자정" {
			v.h = 0
		}
		try(e, v, true)
	}
	return best, bv, best > 0
}

// dateAtAll is dateAt before cand and digitsNext: it tries the DATE rules
// at i, whose rune is r, and returns the longest match.
func (s *scanner) dateAtAll(i int, r rune) (e int, v dv, rule string, ok bool) {
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
		try(s.yearLedAll(i))
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

// checkAtAll compares at with atAll at every position of text where run
// may call it (a digit, a quote, a syllable), right after a date there
// and not.
func checkAtAll(t *testing.T, text string, ref time.Time) {
	t.Helper()
	for p := 0; p < len(text); p++ {
		r, _ := decodeRune(text, p)
		if !isDigit(text[p]) && r != '\'' && r != '‘' && r != '’' && !isHangul(r) {
			continue
		}
		for _, end := range []int{-1, p} {
			s, s0 := newScanner(text, ref), newScanner(text, ref)
			s.dateEnd, s0.dateEnd = end, end
			e, e0 := s.at(p), s0.atAll(p)
			if e != e0 || s.dateEnd != s0.dateEnd || !reflect.DeepEqual(s.out, s0.out) || !reflect.DeepEqual(s.vals, s0.vals) {
				t.Fatalf("%q at %d: at %d %+v %+v; atAll %d %+v %+v", text, p, e, s.out, s.vals, e0, s0.out, s0.vals)
			}
		}
	}
}

// TestCand checks that the rules cand skips match nowhere at() does not
// try them: at and atAll find the same everywhere in the examples and
// corpora.
func TestCand(t *testing.T) {
	refs := []time.Time{time.Date(2025, 9, 4, 9, 59, 0, 0, kst), {}}
	for _, text := range gateTexts(t) {
		for _, ref := range refs {
			checkAtAll(t, text, ref)
		}
	}
}

func FuzzCand(f *testing.F) {
	for _, s := range []string{"이날 오후 3시", "오늘", "이틀 전", "두 시간 만에", "한 달", "몇 년", "이천십오년 삼월 삼일", "삼분기",
		"상반기", "연말", "일주일", "일년", "28일", "3·1절", "1/4분기", "2·4분기", "15:30", "3pm", "3 PM", "2025.09.04",
		"2014-2015", "(2024)", "3년 전", "30분 후", "72시간 이내", "스무 해", "열두시 반", "하루나", "유월", "시월 삼일", "'25년",
		// a date or a time, and a duration that may go on after it
		"3일 5시간", "28일 동안", "10일\u00a0 간", "2~3년 간", "1박 2일", "10일째", "3시 반", "2시간 30분", "3일 ∼ 5일간", "5일 여",
		"한 달 반", "28일에", "3일 서울에서", "오후 3시 30분간", "3년 만에", "9개월여 동안",
		// what follows digits (digitsNext)
		"3~4월", "1~5일", "2025년", "2025학년도", "3/4분기", "1·4분기", "2분기", "오후 2~3시", "3 ~ 4월 중",
		"10~12시", "3일(목)", "12.25", "3-4일", "2 - 3월", "1\u00a0~\u00a02일",
		// a bare prefix word and what follows it (prefixFollows)
		"지난 19일", "이번 주말", "오는 15일", "지난 겨울", "이번 아침", "지난 3시간", "다음 2주", "지난 추석", "저번 월요일",
		"이번 예산안", "지난\u00a0 3일", "지난\t몇 년", "다음으로", "이번에",
		// numerals no unit follows (numeralThenUnit)
		"사열\n", "서열 2위", "한다”", "스무 해", "열두 시간", "스물다섯 해 동안", "열두\u00a0시간", "서른", "이천십오 년",
		// what follows a date after a space (inDuration)
		"7일 서울", "28일 동안", "3일 하루", "1시간 반", "7일 이후", "3일 한 달", "10일  간",
		// 여 after digits (yeoUnitAt), numerals before 개 and 해
		"10여명", "20여 개", "380여개로", "10여년간", "20여 개월", "공개", "이해할", "두해", "몇 해"} {
		f.Add(s)
	}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	f.Fuzz(func(t *testing.T, text string) {
		checkAtAll(t, text, ref)
	})
}

// yearLedAll is yearLed before it told what follows the year by its
// first rune: it reads a month, a part of the year and a holiday there.
func (s *scanner) yearLedAll(i int) (int, dv, string, bool) {
	if e, v, ok := s.decadeAt(i); ok {
		return e, v, "decade", true
	}
	y, e1, rel, more, ok := s.yearAt(i)
	if !ok {
		return 0, dv{}, "", false
	}
	p := s.sp(e1)
	if more {
		p = e1 // 올 glues or takes one space
		if s.has(p, " ") {
			p++
		}
	}
	var best int
	var bv dv
	var br string
	try := func(e2 int, v2 dv, r2 string, ok2 bool) {
		if ok2 && e2 > best {
			best, bv, br = e2, v2, r2
		}
	}
	try(s.monthLed(p, y, true, rel, more))
	try(s.yearParts(p, y, rel, true))
	try(s.holidayLed(p, y, true, 0))
	if best > 0 {
		return best, bv, br, true
	}
	if more {
		for _, w := range [...]string{"한 해", "한해"} {
			if s.has(p, w) && s.boundary(p+len(w)) {
				return p + len(w), point("year", civ(y, 1, 1), rel), "year", true
			}
		}
	}
	if more || !s.boundary(e1) {
		return 0, dv{}, "", false
	}
	// a year range 2025~2026년 is handled by rangeTail; plain year
	return e1, point("year", civ(y, 1, 1), rel), "year", true
}

// checkOffsetMay checks that timeOffset and offset read nothing at the
// digits of text where the candidate's class leaves them out (offsetMay).
func checkOffsetMay(t *testing.T, text string) {
	t.Helper()
	s := newScanner(text, time.Date(2025, 9, 4, 9, 59, 0, 0, kst))
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		dn := s.digitsNextAt(i)
		k := dn.cand(text, i)
		if _, _, ok := s.timeOffset(i); ok && k&cTimeOff == 0 {
			t.Fatalf("%q at %d: timeOffset reads a count where cand leaves it out", text, i)
		}
		if _, _, _, ok := s.offset(i); ok && k&cOffset == 0 {
			t.Fatalf("%q at %d: offset reads a count where cand leaves it out", text, i)
		}
	}
}

func TestOffsetMay(t *testing.T) {
	for _, text := range gateTexts(t) {
		checkOffsetMay(t, text)
	}
}

func FuzzOffsetMay(f *testing.F) {
	for _, s := range []string{"3일 후", "2주일 뒤", "1시간반 전", "3 개월 이내", "30분\t안에", "5년 이후", "10초 전", "2주 내로", "3시간 반 후", "4달 뒤", "28일에"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkOffsetMay(t, text)
	})
}

// checkRangeNext checks that rangeTail finds neither a range sign nor
// 부터 after any position of text where rangeNext says none can follow.
func checkRangeNext(t *testing.T, text string) {
	t.Helper()
	s := newScanner(text, time.Date(2025, 9, 4, 9, 59, 0, 0, kst))
	for e := 0; e <= len(text); e++ {
		if s.rangeNext(e) {
			continue
		}
		_, ok := s.rangeSep(e)
		_, _, ok2 := s.in(s.sp(e), fromWords)
		if ok || ok2 {
			t.Fatalf("%q at %d: rangeTail reads a range sign or 부터 where rangeNext sees none", text, e)
		}
	}
}

func TestRangeNext(t *testing.T) {
	for _, text := range gateTexts(t) {
		checkRangeNext(t, text)
	}
}

func FuzzRangeNext(f *testing.F) {
	for _, s := range []string{"3일~5일", "3일 - 5일", "3일∼5일", "3일 〜 5일", "3일–5일", "3일—5일", "3일부터 5일까지", "3일 부터", "3일\u00a0~", "3일 북부"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkRangeNext(t, text)
	})
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

// TestPrefixFollow checks the gate of the bare prefix words (지난, 이번,
// 다음, 오는, 저번; prefixFollows) against atAll: each prefix, then
// spaces or none, then a word any rule reads (and some no rule reads).
func TestPrefixFollow(t *testing.T) {
	var words []string
	for _, g := range litCands {
		for _, c := range g {
			words = append(words, c.w)
		}
	}
	for _, h := range holidays {
		words = append(words, h.w)
	}
	words = append(words, weekdays...)
	words = append(words, weekdayShort...)
	words = append(words, pods...)
	words = append(words, seasonWords.words...)
	words = append(words, weekendWords.words...)
	words = append(words, sinoStarts...)
	words = append(words, nativeStarts...)
	words = append(words, "3일", "19일", "3~4일", "2025년", "2008년 4월", "1995∼1996년", "3월", "2025.9.4", "2년", "3주", "24시간",
		"삼월", "십오일", "세 시간", "몇 년", "스무 해", "두 달", "하루", "이틀", "아침", "한밤중", "주", "달", "해", "분기",
		"예산안", "뉴스레터", "세대", "투자", "추경", "지원", "날", "번", "으로", "에", "이")
	seps := []string{"", " ", "  ", "\t", "\u00a0", " \u00a0"}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, p := range prefixWords.words {
		for _, sep := range seps {
			for _, w := range words {
				for _, tail := range []string{"", "에", "부터", " 동안", "간", " 전"} {
					checkAtAll(t, p+sep+w+tail, ref)
				}
			}
		}
	}
}

// TestNumeralThenUnit checks numeralThenUnit (through the gates and
// sylCand) against atAll and the ungated scan: Hangul numerals, then
// nothing, a space or a sign, then units and other words.
func TestNumeralThenUnit(t *testing.T) {
	nums := []string{"한", "두", "세", "석", "네", "넉", "열", "열두", "스무", "스물", "스물다섯", "서른", "몇", "삼", "사", "이십",
		"이천십오", "일", "서", "다섯", "하나", "둘", "이", "공", "오"}
	var follows []string
	for _, u := range durUnits {
		follows = append(follows, u.w)
	}
	follows = append(follows, "시간", "주일", "개월", "초", "분", "일", "주", "달", "년", "월", "분기", "시", "해", "2위", "다", "열",
		"사람", "개", "해", "")
	seps := []string{"", " ", "  ", "\t", "\u00a0", "\n", "”", "."}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, n := range nums {
		for _, sep := range seps {
			for _, f := range follows {
				for _, tail := range []string{"", " 동안", "간", " 후"} {
					text := n + sep + f + tail
					checkAtAll(t, text, ref)
					checkGate(t, text, ref)
				}
			}
		}
	}
}

// TestDurationAfterSpace checks inDuration after spaces (durAfterSpace)
// against atAll: dates and times, spaces, then every word durationAt
// reads there and some it does not.
func TestDurationAfterSpace(t *testing.T) {
	heads := []string{"7일", "28일", "3월", "2025년", "10시", "3시간", "1박", "2~3일", "이틀", "오후 3시", "2025.9.4", "한 달", "3일~5일"}
	follows := append(slices.Clone(durAfterSpace), "서울", "이후", "오후", "한국", "세계", "다른", "열린", "3시간", "2일", "~ 5일", "이상", "")
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, h := range heads {
		for _, sep := range []string{" ", "  ", "\t", "\u00a0"} {
			for _, f := range follows {
				for _, tail := range []string{"", "간", " 동안", "에", "째", "여"} {
					checkAtAll(t, h+sep+f+tail, ref)
				}
			}
		}
	}
}

// TestYeo checks digitGate's 여 (yeoUnitAt) against atAll and the
// ungated scan: digits, 여, a space or none, then units and other words.
func TestYeo(t *testing.T) {
	var follows []string
	for _, u := range durUnits {
		follows = append(follows, u.w)
	}
	follows = append(follows, "명", "개", "개국", "곳", "년간", "일간", "시간 동안", "")
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, n := range []string{"3", "10", "20", "380", "1000", "10~20", "2~3"} {
		for _, sep := range []string{"", " ", "  "} {
			for _, f := range follows {
				for _, tail := range []string{"", " 동안", "간", " 만에", "째"} {
					text := n + "여" + sep + f + tail
					checkAtAll(t, text, ref)
					checkGate(t, text, ref)
				}
			}
		}
	}
}
