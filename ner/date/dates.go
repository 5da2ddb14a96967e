package date

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/numeric"
)

// dateAt tries the DATE rules at i, whose rune is r, and returns the
// longest match. dn is what follows the digits at i when i is a digit, k
// what can start at i.
func (s *scanner) dateAt(i int, r rune, dn *digitsNext, k cand) (e int, v dv, rule string, ok bool) {
	try := func(e2 int, v2 dv, r2 string, ok2 bool) {
		if ok2 && e2 > e {
			e, v, rule, ok = e2, v2, r2, true
		}
	}
	if k&cNumeric != 0 {
		try(s.numeric(i))
	}
	if k&cBareYear != 0 {
		try(s.bareYear(i))
	}
	if k&cDay != 0 {
		try(s.dayLed(i))
	}
	if k&cYear != 0 {
		try(s.yearLed(i))
	}
	if k&cPrefix != 0 {
		try(s.prefixLed(i))
	}
	if k&cMonth != 0 {
		try(s.monthLed(i, 0, false, true, false))
	}
	if k&cRel != 0 {
		try(s.relWord(i))
	}
	if k&cWeekday != 0 {
		try(s.weekdayLed(i, 0, false))
	}
	if k&cHoliday != 0 {
		try(s.holidayLed(i, 0, false, 0))
	}
	if k&cParts != 0 {
		try(s.yearParts(i, s.ry, true, false))
	}
	if k&cOffset != 0 {
		try(s.offset(i))
	}
	if ok {
		if s.rangeNext(e) {
			e, v = s.rangeTail(i, e, v)
		}
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

// ---- numeric forms: 2025.09.04, 2025. 9. 4., 2025-09-04, 2025/09/04, 74/10/31, 2/15, 2025.09 ----

func (s *scanner) numeric(i int) (int, dv, string, bool) {
	t := s.t
	n1, e1, ok := digits(t, i, 4)
	if !ok || e1 >= len(t) {
		return 0, dv{}, "", false
	}
	if e1-i <= 2 && mdNameAt(t, i) {
		return s.mdName(i)
	}
	if e1-i == 4 && n1 >= 1000 {
		if q, ok := s.rangeSep(e1); ok {
			if y2, ey, _, _, ok2 := s.yearAt(q); ok2 && s.isDigitAt(q) && y2 > n1 && s.boundary(ey) {
				return ey, span("year", civ(n1, 1, 1), civ(y2, 12, 31), false), "year-range", true
			}
		}
	}
	sep := t[e1]
	if sep != '.' && sep != '-' && sep != '/' {
		return 0, dv{}, "", false
	}
	// 3/4분기, 1·4분기 is handled by yearParts; here 3/4분기 too.
	if e1-i == 1 && sep == '/' && s.has(e1, "/4분기") {
		q := n1
		if q >= 1 && q <= 4 {
			y := s.ry
			return e1 + len("/4분기"), point("quarter", civ(y, 3*q-2, 1), true), "quarter", true
		}
	}
	spaced := false
	p := e1 + 1
	if sep == '.' && p < len(t) && t[p] == ' ' {
		p++
		spaced = true
	}
	n2, e2, ok := digits(t, p, 2)
	if !ok || n2 < 1 {
		return 0, dv{}, "", false
	}
	var n3, e3 int
	third := false
	if e2 < len(t) && t[e2] == sep {
		p3 := e2 + 1
		if spaced && p3 < len(t) && t[p3] == ' ' {
			p3++
		}
		if n3, e3, third = digits(t, p3, 2); third && n3 < 1 {
			return 0, dv{}, "", false
		}
	}
	end := e2
	if third {
		end = e3
	}
	// no more numbers glued on: 1.2.3.4, 2025-09-04-01, 12/31/2025
	if end < len(t) && (isDigit(t[end]) || (t[end] == sep || t[end] == '.' || t[end] == ':') && end+1 < len(t) && isDigit(t[end+1])) {
		return 0, dv{}, "", false
	}
	if i > 0 && (t[i-1] == '.' || t[i-1] == '/' || t[i-1] == '-' || t[i-1] == ':' || t[i-1] == ',') {
		return 0, dv{}, "", false
	}
	if third && spaced && end < len(t) && t[end] == '.' {
		end++ // the final dot of 2025. 9. 4.
	}
	switch {
	case e1-i == 4 && third:
		if n1 < 1000 || n2 > 12 || n3 > daysIn(n1, n2) {
			return 0, dv{}, "", false
		}
		return end, point("day", civ(n1, n2, n3), false), "numeric", true
	case e1-i == 2 && third && (sep == '/' || sep == '.' && e2-p == 2 && e3-e2 == 3):
		y := s.twoDigitYear(n1)
		if n2 > 12 || n3 > daysIn(y, n2) {
			return 0, dv{}, "", false
		}
		return end, point("day", civ(y, n2, n3), false), "numeric", true
	case e1-i == 4 && !third && e2-p == 2 && !spaced:
		if n1 < 1900 || n1 > 2199 || n2 > 12 {
			return 0, dv{}, "", false
		}
		return end, point("month", civ(n1, n2, 1), false), "numeric", true
	case e1-i <= 2 && !third && sep == '/':
		// M/D: not a fraction or ratio (1/3 수준)
		if n1 < 1 || n1 > 12 || n2 > 31 || n2 > daysIn(2000, n1) {
			return 0, dv{}, "", false
		}
		// a share of something: 수익의 5/12에 해당하는, 1/4에 불과했다
		if s.nextIs(end, "수준", "가량", "정도", "이상", "이하", "미만", "초과", "만큼", "로 ", "으로", "씩", "배", "에 해당", "에 불과", "에 달하", "에 그치", "에 그쳤") {
			return 0, dv{}, "", false
		}
		if !s.boundary(end) || s.has(end, "/") {
			return 0, dv{}, "", false
		}
		y := s.yearForMonth(n1, end, n2)
		return end, point("day", civ(y, n1, n2), true), "numeric", true
	}
	return 0, dv{}, "", false
}

func (s *scanner) twoDigitYear(n int) int {
	base := 2000
	if s.hasRef {
		base = s.ry / 100 * 100
	}
	y := base + n
	lim := 2030
	if s.hasRef {
		lim = s.ry + 10
	}
	if y > lim {
		y -= 100
	}
	return y
}

// ---- years ----

// yearAt reads a year expression. more is set for 올 (this year), which
// needs a continuation (올 상반기, 올여름).
func (s *scanner) yearAt(p int) (y, e int, rel, more, ok bool) {
	t := s.t
	if p >= len(t) {
		return
	}
	c := t[p]
	switch {
	case isDigit(c):
		n, e1, ok1 := digits(t, p, 4)
		if ok1 && e1-p == 4 && n >= 1900 && n <= 2199 && s.has(e1, "학년도") {
			return n, e1 + len("학년도"), false, false, true // 2025학년도: a school year
		}
		if !ok1 || e1-p != 4 || n < 1000 || n > 2199 || !s.has(e1, "년") {
			return
		}
		e = e1 + len("년")
		if s.has(e, "대") || s.has(e, "간") || s.has(e, "째") {
			return
		}
		if s.has(e, "생") && s.boundary(e+len("생")) {
			return n, e + len("생"), false, false, true // 1952년생: the year of birth
		}
		if s.has(e, "도") && !s.has(e, "도 ") {
			e += len("도")
		} else if s.has(e, "도") {
			e += len("도") // 2026년도 예산: the fiscal year
		}
		return n, e, false, false, true
	case c == '\'' || s.has(p, "‘") || s.has(p, "’"):
		q := p + 1
		if c != '\'' {
			q = p + len("‘")
		}
		n, e1, ok1 := digits(t, q, 2)
		if !ok1 || e1-q != 2 || !s.has(e1, "년") {
			return
		}
		e = e1 + len("년")
		if s.has(e, "도") {
			e += len("도")
		}
		return s.twoDigitYear(n), e, false, false, true
	}
	if n, e1, ok1 := s.sinoAt(p); ok1 && n >= 1000 && n <= 2199 && s.has(e1, "년") {
		return n, e1 + len("년"), false, false, true
	}
	if r, syl := syllableAt(t, p); !syl || !relYearFirst.has(r) {
		return // no relative year word starts here
	}
	ry := s.ry
	for _, w := range relYears {
		if hasAt(t, p, w.w) {
			e = p + len(w.w)
			if w.fiscal && s.has(e, "도") {
				e += len("도")
			}
			return ry + w.off, e, true, w.w == "올", true
		}
	}
	return
}

// relYear is a word for a year relative to the article's (내년: +1).
type relYear struct {
	w      string
	off    int
	fiscal bool // takes 도 as part of the word (내년도)
}

var relYears = []relYear{
	{"올해", 0, false}, {"금년", 0, true}, {"작년", -1, true}, {"지난해", -1, false}, {"지난 해", -1, false},
	{"재작년", -2, true}, {"내년", 1, true}, {"명년", 1, true}, {"내후년", 2, true}, {"올", 0, false},
}

// relYearFirst holds the first syllables of relYears.
var relYearFirst = firstSyllables(relYears, func(w relYear) string { return w.w })

func (s *scanner) yearLed(i int) (int, dv, string, bool) {
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
	// what follows the year, told by its first rune as at() tells a
	// candidate: a month, a part of the year, a holiday
	r := s.runeAt(p)
	digit := p < len(s.t) && isDigit(s.t[p])
	if digit || gMonth.has(r) {
		try(s.monthLed(p, y, true, rel, more))
	}
	if digit || gYearParts.has(r) || gPartsAfterYear.has(r) {
		try(s.yearParts(p, y, rel, true))
	}
	if digit || gHoliday.has(r) {
		try(s.holidayLed(p, y, true, 0))
	}
	if best > 0 {
		return best, bv, br, true
	}
	// 올 한 해: the whole of this year, not a length of one year
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

// decadeAt reads a decade, 1990년대 or 80년대, with its part when one
// follows (1980년대 초반, 1990년대 말): the years it covers, as a span. A
// two-digit decade is read from 30 to 90 only, as the 1900s (20년대 may
// be either century, 10년대 is rarely written); 1990년대생 is a cohort
// of people, not a time, and boundary turns it away.
func (s *scanner) decadeAt(i int) (int, dv, bool) {
	n, e, ok := digits(s.t, i, 4)
	if !ok || n%10 != 0 || !s.has(e, "년대") {
		return 0, dv{}, false
	}
	switch e - i {
	case 4:
		if n < 1000 || n > 2090 {
			return 0, dv{}, false
		}
	case 2:
		if n < 30 {
			return 0, dv{}, false
		}
		n += 1900
	default:
		return 0, dv{}, false
	}
	e += len("년대")
	from, to := n, n+9
	if e2, w, ok := s.in(s.sp(e), decadeParts); ok && s.boundary(e2) {
		switch w {
		case "초", "초반":
			from, to = n, n+3
		case "중반":
			from, to = n+4, n+6
		default: // 후반, 말
			from, to = n+7, n+9
		}
		e = e2
	}
	if !s.boundary(e) {
		return 0, dv{}, false
	}
	return e, span("year", civ(from, 1, 1), civ(to, 12, 31), false), true
}

// decadeParts are the parts of a decade read after it (1980년대 초반).
var decadeParts = newWordList("초반", "중반", "후반", "초", "말")

// yearParts reads what can follow a year: N분기, 상반기/하반기, 연말/연초,
// 말/초, seasons. With withYear false it reads them bare (1분기, 상반기, 연말).
func (s *scanner) yearParts(p, y int, rel, withYear bool) (int, dv, string, bool) {
	if p >= len(s.t) {
		return 0, dv{}, "", false
	}
	// quarters: 1분기, 1·4분기, 1/4분기, 삼분기, 이번 분기 (prefixLed)
	e, v, r, ok := s.yearPartsAt(p, y, rel, withYear)
	if ok && !withYear {
		// a bare 하반기/연초/1분기 follows the tense: 연초에 시행할 계획 in
		// September is next January; 하반기 실적이 늘었다 in March is last year's
		switch c := s.cue(e); {
		case c > 0 && v.last().Before(s.rd):
			v = shiftYear(v, 1)
		case c < 0 && v.first().After(s.rd):
			v = shiftYear(v, -1)
		}
		v.fut = v.first().After(s.rd)
	}
	return e, v, r, ok
}

func shiftYear(v dv, k int) dv {
	v.t, v.from, v.to = v.t.AddDate(k, 0, 0), v.from.AddDate(k, 0, 0), v.to.AddDate(k, 0, 0)
	return v
}

func (s *scanner) yearPartsAt(p, y int, rel, withYear bool) (int, dv, string, bool) {
	if q, e, ok := s.quarterAt(p); ok {
		return e, point("quarter", civ(y, 3*q-2, 1), rel), "quarter", true
	}
	if e, w, ok := s.in(p, halfWords); ok && s.boundary(e) {
		if w == "상반기" {
			return e, span("month", civ(y, 1, 1), civ(y, 6, 30), rel), "half", true
		}
		return e, span("month", civ(y, 7, 1), civ(y, 12, 31), rel), "half", true
	}
	words := yearEdges
	if withYear {
		words = yearEdgesAfterYear
	}
	if e, w, ok := s.in(p, words); ok && s.boundary(e) {
		if s.has(e, "연시") { // 연말연시
			return 0, dv{}, "", false
		}
		m := 1
		if strings.HasSuffix(w, "말") {
			m = 12
		}
		return e, point("month", civ(y, m, 1), rel), "year-edge", true
	}
	if withYear {
		if e, w, ok := s.in(p, seasonWords); ok && s.boundary(e) {
			f, to := season(w, y)
			return e, span("day", f, to, rel), "season", true
		}
	}
	return 0, dv{}, "", false
}

// yearEdges are the ends of a year: 연말, 연초, and after a year 말, 초.
var (
	yearEdges          = newWordList("연말", "연초")
	yearEdgesAfterYear = newWordList("연말", "연초", "말", "초")
)

func season(w string, y int) (time.Time, time.Time) {
	switch w {
	case "봄":
		return civ(y, 3, 20), civ(y, 6, 20)
	case "여름":
		return civ(y, 6, 21), civ(y, 9, 23)
	case "가을":
		return civ(y, 9, 24), civ(y, 12, 20)
	}
	return civ(y, 12, 21), civ(y+1, 3, 20)
}

// quarterAt reads N분기, N·4분기, N/4분기 and Sino-Korean 삼분기.
func (s *scanner) quarterAt(p int) (q, e int, ok bool) {
	t := s.t
	if p < len(t) && isDigit(t[p]) {
		n, e1, ok1 := digits(t, p, 1)
		if !ok1 {
			return
		}
		e = e1
		if x, _, ok2 := s.word(e, "·4", "/4", "ㆍ4", "∙4"); ok2 {
			e = x
		}
		q = n
	} else {
		n, e1, ok1 := s.sinoAt(p)
		if !ok1 || e1-p != len("일") {
			return
		}
		q, e = n, e1
	}
	if q < 1 || q > 4 || !s.has(e, "분기") {
		return 0, 0, false
	}
	e += len("분기")
	if !s.boundary(e) {
		return 0, 0, false
	}
	return q, e, true
}

// ---- months and days ----

// monthAt reads N월 (1..12); Sino-Korean months (삼월, 시월) only when hangul.
func (s *scanner) monthAt(p int, hangul bool) (m, e int, isHangul, ok bool) {
	t := s.t
	if p >= len(t) {
		return
	}
	if isDigit(t[p]) {
		n, e1, ok1 := digits(t, p, 2)
		if !ok1 || n < 1 || n > 12 || !s.has(e1, "월") {
			return
		}
		return n, e1 + len("월"), false, true
	}
	if !hangul {
		return
	}
	if e1, w, ok1 := s.in(p, monthWords); ok1 {
		if w == "유월" {
			return 6, e1, true, true
		}
		return 10, e1, true, true
	}
	n, e1, ok1 := s.sinoAt(p)
	if !ok1 || n < 1 || n > 12 || !s.has(e1, "월") {
		return
	}
	return n, e1 + len("월"), true, true
}

// dayAt reads N일 (1..31) that is a day of the month: not 3일간, 7일째,
// 10일 만에, 1일 2회, 5일 후 (an offset, read by offset).
func (s *scanner) dayAt(p int, hangul bool) (d, e int, ok bool) {
	t := s.t
	if p >= len(t) {
		return
	}
	var n, e1 int
	var ok1 bool
	if isDigit(t[p]) {
		n, e1, ok1 = digits(t, p, 2)
	} else if hangul {
		n, e1, ok1 = s.sinoAt(p)
	}
	if !ok1 || n < 1 || n > 31 || !s.has(e1, "일") {
		return
	}
	e = e1 + len("일")
	if !s.dayEndOK(e) {
		return
	}
	return n, e, true
}

// dayEndOK rejects what makes N일 a duration or a count.
func (s *scanner) dayEndOK(e int) bool {
	// 24일오후 11시: a part of the day glued to the day, a dropped space;
	// 3일생이다, 3일생인: a birthday, 생 left out of the mention
	if !s.boundary(e) && !s.has(e, "오전") && !s.has(e, "오후") && !(s.has(e, "생") && s.boundary(e+len("생"))) {
		return false
	}
	if _, _, ok := s.in(e, dayNotEnd); ok {
		return false
	}
	if s.has(e, "내") && s.hard(e+len("내")) || s.has(e, "안") && s.hard(e+len("안")) {
		return false
	}
	if k, _ := s.offsetSuffix(e, "일"); k != 0 {
		return false
	}
	q := s.sp(e)
	if q > e {
		if _, _, ok := s.in(q, dayNotBefore); ok {
			return false
		}
		if (s.has(q, "내") && s.hard(q+len("내"))) || (s.has(q, "안") && s.hard(q+len("안"))) {
			return false
		}
		// 1일 2회, 1일 3시간
		if q < len(s.t) && isDigit(s.t[q]) {
			_, e2, _ := digits(s.t, q, 6)
			if _, _, ok := s.word(s.sp(e2), "회", "번", "차례", "시간", "잔", "알", "정"); ok {
				return false
			}
		}
	}
	return true
}

// monthLed reads a month and what follows it (day, 초/중순/말, N째 주,
// N째 X요일, 마지막 날, ranges 3~4월). y is used when yKnown; rel marks
// y as itself relative (올해 3월).
func (s *scanner) monthLed(p, y int, yKnown, rel, hangulOK bool) (int, dv, string, bool) {
	t := s.t
	if p >= len(t) {
		return 0, dv{}, "", false
	}
	hangul := yKnown // 이천십오년 삼월 삼일; bare 삼월 only before a day
	m, e, hm, ok := s.monthAt(p, true)
	if !ok {
		// 3~4월: a range of months
		if isDigit(t[p]) {
			m1, e1, ok1 := digits(t, p, 2)
			if ok1 {
				if c, ok2 := s.rangeSep(e1); ok2 {
					m2, e2, _, ok3 := s.monthAt(c, false)
					if ok3 && m1 >= 1 && m1 < m2 && s.boundary(e2) {
						if !yKnown {
							y, rel = s.yearForMonth(m1, e2, 0), true
						}
						return e2, span("month", civ(y, m1, 1), civ(y, m2+1, 0), rel), "month-range", true
					}
				}
			}
		}
		return 0, dv{}, "", false
	}
	if hm && !hangul {
		// bare Sino-Korean month only when a Sino-Korean day follows
		q := s.sp(e)
		if _, _, ok := s.dayAt(q, true); !ok {
			return 0, dv{}, "", false
		}
		hangul = true
	}
	if hm {
		hangul = true
	}
	_ = hangulOK
	if !yKnown {
		rel = true
	}
	res := func(end, d int) int {
		if yKnown {
			return y
		}
		return s.yearForMonth(m, end, d)
	}
	q := s.sp(e)
	// day, or day range (9월 1~5일)
	if q < len(t) && (isDigit(t[q]) || hangul) {
		if d1, e1, ok1 := s.dayRangeAt(q); ok1 {
			yy := res(e1, d1[0])
			if d1[1] <= daysIn(yy, m) {
				return e1, span("day", civ(yy, m, d1[0]), civ(yy, m, d1[1]), rel), "day-range", true
			}
		}
		if d, e1, ok1 := s.dayAt(q, hangul); ok1 {
			// weekday right after can pick the year when it is unknown
			yy := res(e1, d)
			if !yKnown {
				if wd, ok2 := s.peekWeekday(e1); ok2 {
					yy = s.yearForWeekday(m, d, wd, yy)
				}
			}
			if d > daysIn(yy, m) {
				return 0, dv{}, "", false
			}
			return e1, point("day", civ(yy, m, d), rel), "month-day", true
		}
	}
	// 초/초순/상순/중순/하순/말/말경/중
	if e1, w, ok1 := s.in(q, monthParts); ok1 && s.boundary(e1) && !s.has(e1, "기") {
		f, to := monthPart(w, res(e1, 15), m)
		return e1, span("day", f, to, rel), "month-part", true
	}
	// N째 주 / N째 X요일 / 마지막 날
	if e1, v, ok1 := s.nthInMonth(q, res(e, 1), m, rel); ok1 {
		return e1, v, "nth", true
	}
	if !s.boundary(e) {
		return 0, dv{}, "", false
	}
	return e, point("month", civ(res(e, 0), m, 1), rel), "month", true
}

var ordinals = []struct {
	w string
	n int
}{
	{"첫번째", 1}, {"첫 번째", 1}, {"첫째", 1}, {"두번째", 2}, {"두 번째", 2}, {"둘째", 2},
	{"세번째", 3}, {"세 번째", 3}, {"셋째", 3}, {"네번째", 4}, {"네 번째", 4}, {"넷째", 4},
	{"다섯번째", 5}, {"다섯째", 5}, {"마지막", -1},
}

// nthInMonth reads 첫째 주, 셋째 화요일, 마지막 일요일, 마지막 날.
func (s *scanner) nthInMonth(q, y, m int, rel bool) (int, dv, bool) {
	for _, o := range ordinals {
		if !s.has(q, o.w) {
			continue
		}
		p := s.sp(q + len(o.w))
		if e, _, ok := s.word(p, "날"); ok && o.n == -1 && s.boundary(e) {
			return e, point("day", civ(y, m+1, 0), rel), true
		}
		if e, _, ok := s.word(p, "주"); ok && s.boundary(e) && !s.has(e, "일") && !s.has(e, "말") {
			// weeks wholly inside the month (Duckling's reading)
			first := civ(y, m, 1)
			mon := monday(first)
			if mon.Before(first) {
				mon = mon.AddDate(0, 0, 7)
			}
			if o.n == -1 {
				lastMon := monday(civ(y, m+1, 0))
				if lastMon.AddDate(0, 0, 6).Month() != time.Month(m) || lastMon.AddDate(0, 0, 6).Year() != lastMon.Year() && m == 12 {
					lastMon = lastMon.AddDate(0, 0, -7)
				}
				return e, point("week", lastMon, rel), true
			}
			w := mon.AddDate(0, 0, 7*(o.n-1))
			if int(w.Month()) != m {
				return 0, dv{}, false
			}
			if e2, wd, ok := s.weekdayName(s.sp(e)); ok { // 첫째 주 토요일
				return e2, point("day", w.AddDate(0, 0, (wd+6)%7), rel), true
			}
			return e, point("week", w, rel), true
		}
		if e, wd, ok := s.weekdayName(p); ok {
			var d time.Time
			if o.n == -1 {
				d = civ(y, m+1, 0)
				for int(d.Weekday()) != wd {
					d = d.AddDate(0, 0, -1)
				}
			} else {
				d = civ(y, m, 1)
				for int(d.Weekday()) != wd {
					d = d.AddDate(0, 0, 1)
				}
				d = d.AddDate(0, 0, 7*(o.n-1))
				if int(d.Month()) != m {
					return 0, dv{}, false
				}
			}
			return e, point("day", d, rel), true
		}
	}
	return 0, dv{}, false
}

// dayRangeAt reads 1~5일, 1-5일, 1일~5일.
func (s *scanner) dayRangeAt(p int) ([2]int, int, bool) {
	t := s.t
	if p >= len(t) || !isDigit(t[p]) {
		return [2]int{}, 0, false
	}
	d1, e1, ok := digits(t, p, 2)
	if !ok {
		return [2]int{}, 0, false
	}
	if s.has(e1, "일") {
		e1 += len("일")
	}
	c, ok := s.rangeSep(e1)
	if !ok {
		return [2]int{}, 0, false
	}
	d2, e2, ok := s.dayAt(c, false)
	if !ok || d1 < 1 || d1 >= d2 {
		return [2]int{}, 0, false
	}
	return [2]int{d1, d2}, e2, true
}

// rangeSep reads ~ ∼ - – 〜 with optional spaces and returns what follows.
func (s *scanner) rangeSep(p int) (int, bool) {
	q := s.sp(p)
	if q >= len(s.t) {
		return 0, false
	}
	// the first byte of every sign below
	if c := s.t[q]; c != '~' && c != '-' && c != 0xE2 && c != 0xE3 {
		return 0, false
	}
	if e, _, ok := s.word(q, "~", "∼", "〜", "–", "-", "—"); ok {
		return s.sp(e), true
	}
	return 0, false
}

// dayLed reads a bare day of the month: 4일, 1~5일, with its weekday
// (19일 화요일, 4일(목)) when written.
func (s *scanner) dayLed(i int) (int, dv, string, bool) {
	if !isDigit(s.t[i]) {
		return 0, dv{}, "", false
	}
	if r, e, ok := s.dayRangeAt(i); ok {
		if s.prevWord(i, dayNotAfter) {
			return 0, dv{}, "", false
		}
		a := s.resolveDay(r[0], 0, -1, e)
		return e, span("day", a, a.AddDate(0, 0, r[1]-r[0]), true), "day-range", true
	}
	d, e, ok := s.dayAt(i, false)
	if !ok || s.prevWord(i, dayNotAfter) {
		return 0, dv{}, "", false
	}
	wd := -1
	if w, ok := s.peekWeekday(e); ok {
		wd = w
	}
	v := point("day", s.resolveDay(d, 0, wd, e), true)
	v.fut = v.t.After(s.rd)
	return e, v, "day", true
}

// dayNotAfter are the words that make a following N일 no day of the month
// (매월 15일, 약 3일, 최대 5일).
var dayNotAfter = newWordSet("매월", "매달", "매년", "매주", "약", "최대", "최소", "총", "무려", "최근", "향후")

// prevWord reports whether the word before i (after spaces) is one of ws.
func (s *scanner) prevWord(i int, ws *wordSet) bool {
	j := i
	for j > 0 && s.t[j-1] == ' ' {
		j--
	}
	if j == i && i > 0 {
		return false
	}
	// every word ends in a syllable of ws.last
	if j < 3 {
		return false
	}
	if r, ok := syllableAt(s.t, j-3); !ok || !ws.last.has(r) {
		return false
	}
	for _, w := range ws.words {
		// strings.HasSuffix(s.t[:j], w), last bytes first: the words
		// share their first bytes, not their last
		if n := len(w); n <= j && s.t[j-1] == w[n-1] && s.t[j-n:j] == w {
			k := j - n
			if k == 0 || s.t[k-1] == ' ' || s.t[k-1] == '(' || s.t[k-1] == '\n' {
				return true
			}
		}
	}
	return false
}

// wordSet is a list of words that end in a syllable, and those last
// syllables.
type wordSet struct {
	words []string
	last  sylSet
}

func newWordSet(words ...string) *wordSet {
	ws := &wordSet{words: words}
	for _, w := range words {
		r, n := utf8.DecodeLastRuneInString(w)
		if n != 3 || !isHangul(r) {
			panic("date: " + w + " does not end in a syllable")
		}
		ws.last.add(r)
	}
	return ws
}

// resolveDay picks the month for a bare day: dir -2 strictly before the
// reference date (지난), +2 strictly after (오는), 0 from the tense cue at
// cueAt (future → on or after, else on or before). A known weekday wd picks
// the nearest month where the day falls on it.
func (s *scanner) resolveDay(d, dir, wd, cueAt int) time.Time {
	ry, rm := s.ry, s.rm
	if wd < 0 {
		if dir == 0 {
			// the reference day itself is the nearest day either way:
			// the tense (a scan of the clause) is not read for it
			if d == s.rday || s.cue(cueAt) > 0 {
				dir = 1
			} else {
				dir = -1
			}
		}
		return nearestDay(ry, rm, s.rday, d, dir)
	}
	cands := make([]time.Time, 0, 27)
	for k := -13; k <= 13; k++ {
		// the month k months from the reference month
		y, m := normMonth(ry, rm+k)
		if d <= daysIn(y, m) {
			cands = append(cands, civ(y, m, d))
		}
	}
	if wd >= 0 {
		best := time.Time{}
		for _, c := range cands {
			if int(c.Weekday()) == wd && (dir > 0 && c.After(s.rd) || dir < 0 && c.Before(s.rd) || dir == 0) {
				if best.IsZero() || absDays(c, s.rd) < absDays(best, s.rd) {
					best = c
				}
			}
		}
		if !best.IsZero() {
			return best
		}
	}
	if dir == 0 {
		if s.cue(cueAt) > 0 {
			dir = 1
		} else {
			dir = -1
		}
	}
	var pick time.Time
	for _, c := range cands {
		switch dir {
		case -2:
			if c.Before(s.rd) {
				pick = c
			}
		case -1:
			if !c.After(s.rd) {
				pick = c
			}
		case 1:
			if !c.Before(s.rd) && pick.IsZero() {
				pick = c
			}
		case 2:
			if c.After(s.rd) && pick.IsZero() {
				pick = c
			}
		}
	}
	return pick
}

// nearestDay is the day d of the month nearest to the reference day rd
// of month rm in year ry, in direction dir: -2 strictly before, -1 on or
// before, 1 on or after, 2 strictly after; months where d does not exist
// are skipped, at most 13 months away (as resolveDay's candidates).
func nearestDay(ry, rm, rd, d, dir int) time.Time {
	step := 1
	if dir < 0 {
		step = -1
	}
	for k := 0; k <= 13; k++ {
		y, m := normMonth(ry, rm+step*k)
		if d > daysIn(y, m) {
			continue
		}
		if k == 0 {
			switch dir {
			case -2:
				if d >= rd {
					continue
				}
			case -1:
				if d > rd {
					continue
				}
			case 1:
				if d < rd {
					continue
				}
			case 2:
				if d <= rd {
					continue
				}
			}
		}
		return civ(y, m, d)
	}
	return time.Time{}
}

// yearForMonth gives a month without a year the reference year, or the
// adjacent year when that puts it within two months of the reference date
// and the tense does not object (12월 in a January article is last
// December). d (0 when unknown) is unused beyond validation.
func (s *scanner) yearForMonth(m, cueAt, d int) int {
	y := s.ry
	rm := s.rm
	if m >= rm-1 && m-rm < 10 {
		// no case below applies whatever the tense: cue (a scan of the
		// clause) is not read
		return y
	}
	c := s.cue(cueAt)
	switch {
	case m-rm >= 10 && c <= 0:
		y--
	case rm-m >= 10 && c >= 0:
		y++
	case c > 0 && m < rm-1:
		y++ // a month well past, with future wording: next year's
	}
	_ = d
	return y
}

// ---- weekdays ----

var weekdays = []string{"일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"}
var weekdayShort = []string{"일", "월", "화", "수", "목", "금", "토"}

func (s *scanner) weekdayName(p int) (int, int, bool) {
	if !gWeekday.has(s.runeAt(p)) {
		return 0, 0, false
	}
	for i, w := range weekdays {
		if s.has(p, w) {
			e := p + len(w)
			if s.boundary(e) {
				return e, i, true
			}
		}
	}
	return 0, 0, false
}

// bracketWeekday reads (목) or (목요일) right after a date.
func (s *scanner) bracketWeekday(p int) (int, bool) {
	if !s.has(p, "(") {
		return 0, false
	}
	for i, w := range weekdayShort {
		for _, x := range []string{weekdays[i], w} {
			if s.has(p+1, x+")") {
				return p + 1 + len(x) + 1, true
			}
		}
	}
	return 0, false
}

func (s *scanner) peekWeekday(e int) (int, bool) {
	if _, wd, ok := s.weekdayName(s.sp(e)); ok {
		return wd, true
	}
	if s.has(e, "(") {
		for i, w := range weekdayShort {
			if s.has(e+1, w+")") || s.has(e+1, weekdays[i]+")") {
				return i, true
			}
		}
	}
	return 0, false
}

func (s *scanner) yearForWeekday(m, d, wd, dflt int) int {
	for _, k := range []int{0, 1, -1} {
		y := dflt + k
		if d <= daysIn(y, m) && int(civ(y, m, d).Weekday()) == wd {
			return y
		}
	}
	return dflt
}

// weekdayLed reads a weekday, bare or after a week (다음주 화요일).
// weekOff selects the week when hasWeek.
func (s *scanner) weekdayLed(p, weekOff int, hasWeek bool) (int, dv, string, bool) {
	e, wd, ok := s.weekdayName(p)
	if !ok {
		return 0, dv{}, "", false
	}
	if hasWeek {
		mon := monday(s.rd).AddDate(0, 0, 7*weekOff)
		return e, point("day", mon.AddDate(0, 0, (wd+6)%7), true), "weekday", true
	}
	return e, point("day", s.resolveWeekday(wd, 0, e), true), "weekday", true
}

// resolveWeekday: dir -2 the last one before the reference date (지난),
// +2 the next one after it (다음, 오는); 0 by tense: past wording → on or
// before, otherwise the next one after (Duckling's reading of a bare 화요일).
func (s *scanner) resolveWeekday(wd, dir, cueAt int) time.Time {
	if dir == 0 {
		if s.cue(cueAt) < 0 {
			dir = -1
		} else {
			dir = 2
		}
	}
	d := s.rd
	switch dir {
	case -2, -1:
		if dir == -2 {
			d = d.AddDate(0, 0, -1)
		}
		for int(d.Weekday()) != wd {
			d = d.AddDate(0, 0, -1)
		}
	default:
		d = d.AddDate(0, 0, 1)
		for int(d.Weekday()) != wd {
			d = d.AddDate(0, 0, 1)
		}
	}
	return d
}

// ---- holidays (fixed solar dates only) ----

var holidays = []struct {
	w    string
	m, d int
}{
	{"신정", 1, 1}, {"삼일절", 3, 1}, {"3·1절", 3, 1}, {"3.1절", 3, 1}, {"3ㆍ1절", 3, 1},
	{"근로자의 날", 5, 1}, {"노동절", 5, 1}, {"어린이날", 5, 5}, {"어버이날", 5, 8}, {"스승의 날", 5, 15},
	{"현충일", 6, 6}, {"제헌절", 7, 17}, {"광복절", 8, 15}, {"국군의 날", 10, 1}, {"개천절", 10, 3},
	{"한글날", 10, 9}, {"크리스마스이브", 12, 24}, {"크리스마스 이브", 12, 24}, {"크리스마스", 12, 25},
	{"성탄절", 12, 25}, {"성탄일", 12, 25},
}

// holidaysBy lists the holidays (their indices in holidays, in order) by
// their first rune: holidayLed reads only those of the rune at p. A
// short list read in order: cheaper than a map for some fifteen runes.
var holidaysBy = func() (by []holidayGroup) {
	for k, h := range holidays {
		r, _ := utf8.DecodeRuneInString(h.w)
		g := slices.IndexFunc(by, func(g holidayGroup) bool { return g.r == r })
		if g < 0 {
			g = len(by)
			by = append(by, holidayGroup{r: r})
		}
		by[g].ks = append(by[g].ks, k)
	}
	return
}()

// holidayGroup is the holidays that start with the rune r.
type holidayGroup struct {
	r  rune
	ks []int // their indices in holidays
}

// holidaysOf is the indices in holidays of those that start with r.
func holidaysOf(r rune) []int {
	for _, g := range holidaysBy {
		if g.r == r {
			return g.ks
		}
	}
	return nil
}

// holidayDigits has bit d set when a holiday of the list is written
// starting with the digit d (3·1절, 3.1절).
var holidayDigits = func() (m uint16) {
	for _, h := range holidays {
		if c := h.w[0]; isDigit(c) {
			m |= 1 << (c - '0')
		}
	}
	return
}()

// digitHolidayAt reports whether a holiday of the list written with
// digits starts at t[i], a digit: the gates let such a digit through
// whatever follows it (a dot included, which elsewhere starts only a
// numeric date).
func digitHolidayAt(t string, i int) bool {
	if holidayDigits>>(t[i]-'0')&1 == 0 {
		return false
	}
	for _, k := range holidaysOf(rune(t[i])) {
		if hasAt(t, i, holidays[k].w) {
			return true
		}
	}
	return false
}

// holidayLed reads a holiday; with hasYear it falls in year y; otherwise
// dir -2 (지난) takes the last one before the reference date, +2 (오는,
// 다음) the next one, and 0 the next one unless the last one was at most
// 31 days ago.
func (s *scanner) holidayLed(p, y int, hasYear bool, dir int) (int, dv, string, bool) {
	r := s.runeAt(p)
	if !gHoliday.has(r) && !isDigit(byte(r)) || r >= 0x80 && !isHangul(r) {
		return 0, dv{}, "", false
	}
	for _, k := range holidaysOf(r) {
		h := &holidays[k]
		if !s.has(p, h.w) {
			continue
		}
		e := p + len(h.w)
		if !s.boundary(e) || s.glossedPlace(e) {
			continue
		}
		if hasYear {
			return e, point("day", civ(y, h.m, h.d), !s.isAbsYear(p)), "holiday", true
		}
		ry := s.ry
		prev := civ(ry, h.m, h.d)
		if prev.After(s.rd) || dir == -2 && prev.Equal(s.rd) {
			prev = civ(ry-1, h.m, h.d)
		}
		next := civ(ry, h.m, h.d)
		if next.Before(s.rd) || dir == 2 && next.Equal(s.rd) {
			next = civ(ry+1, h.m, h.d)
		}
		d := next
		c := 0
		if dir == 0 {
			c = s.cue(e)
		}
		switch {
		case dir < 0, c < 0:
			d = prev
		case c > 0:
		case dir == 0 && absDays(prev, s.rd) <= 31:
			d = prev
		}
		v := point("day", d, true)
		v.fut = d.After(s.rd)
		return e, v, "holiday", true
	}
	return 0, dv{}, "", false
}

// glossedPlace reports whether a gloss in brackets at e is followed by
// a place suffix: the word before it names a place, not a holiday (허난성
// 신정(新鄭)시, 신정(新井)동).
func (s *scanner) glossedPlace(e int) bool {
	if e >= len(s.t) || s.t[e] != '(' {
		return false
	}
	q := strings.IndexByte(s.t[e:], ')')
	if q < 0 || q > 40 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.t[e+q+1:])
	return strings.ContainsRune("시현성구동읍면군리", r)
}

// isAbsYear reports whether the year before a holiday at p is written with
// digits (2025년 광복절 is absolute; 올해 광복절 is relative).
func (s *scanner) isAbsYear(p int) bool {
	j := p
	for j > 0 && s.t[j-1] == ' ' {
		j--
	}
	return j > 0 && strings.HasSuffix(s.t[:j], "년") && j >= 4 && isDigit(s.t[j-len("년")-1])
}

// The word lists of scanner.in (see the places they are read at).
var (
	halfWords      = newWordList("상반기", "하반기")
	monthWords     = newWordList("유월", "시월")
	dayNotEnd      = newWordList("이내", "내에", "내로", "안에", "만에", "동안", "이나")
	dayNotBefore   = newWordList("동안", "만에", "만이", "이내", "안에", "평균", "최대", "최고", "최저", "간격", "연속")
	monthParts     = newWordList("초순", "상순", "중순", "하순", "말경", "초", "말")
	seasonPrefixes = newWordList("이번", "지난", "다음", "오는")
	seasonWords    = newWordList("봄", "여름", "가을", "겨울")
	weekendWords   = newWordList("주말")
	prefixWords    = newWordList("지난", "오는", "다음", "이번", "저번", "올 ")
	fromWords      = newWordList("부터")
)

// ---- relative words ----

type relEntry struct {
	w   string
	off int
}

// relByFirst holds the entries of relDays, relMonths, relWeeks and
// relQuarters (in that order, each in its order) that start with a
// syllable, at relIdx of that syllable (0: none): relWord reads only the
// entries that can match.
var (
	relIdx     [11172]uint8
	relByFirst = [][4][]relEntry{{}}
)

func init() {
	for n, l := range [][]relEntry{relDays, relMonths, relWeeks, relQuarters} {
		for k := range l {
			r, _ := utf8.DecodeRuneInString(l[k].w)
			g := relIdx[r-0xAC00]
			if g == 0 {
				g = uint8(len(relByFirst))
				relByFirst = append(relByFirst, [4][]relEntry{})
				relIdx[r-0xAC00] = g
			}
			relByFirst[g][n] = append(relByFirst[g][n], l[k])
		}
	}
}

var relDays = []relEntry{
	{w: "오늘", off: 0}, {w: "금일", off: 0}, {w: "이날", off: 0}, {w: "당일", off: 0},
	{w: "어제", off: -1}, {w: "전날", off: -1}, {w: "전일", off: -1},
	{w: "그제", off: -2}, {w: "그저께", off: -2}, {w: "엊그제", off: -2}, {w: "엊그저께", off: -2},
	{w: "내일모레", off: 2}, {w: "모레", off: 2}, {w: "글피", off: 3},
	{w: "내일", off: 1}, {w: "다음 날", off: 1}, {w: "다음날", off: 1}, {w: "이튿날", off: 1}, {w: "익일", off: 1},
}

var relMonths = []relEntry{
	{w: "이달", off: 0}, {w: "이번 달", off: 0}, {w: "이번달", off: 0}, {w: "금월", off: 0},
	{w: "지난달", off: -1}, {w: "지난 달", off: -1}, {w: "저번달", off: -1}, {w: "저번 달", off: -1},
	{w: "다음 달", off: 1}, {w: "다음달", off: 1}, {w: "내달", off: 1}, {w: "익월", off: 1}, {w: "오는 달", off: 1},
}

var relWeeks = []relEntry{
	{w: "이번 주", off: 0}, {w: "이번주", off: 0}, {w: "금주", off: 0},
	{w: "지난주", off: -1}, {w: "지난 주", off: -1}, {w: "저번주", off: -1}, {w: "저번 주", off: -1},
	{w: "다음 주", off: 1}, {w: "다음주", off: 1}, {w: "오는 주", off: 1}, {w: "오는주", off: 1}, {w: "내주", off: 1},
}

var relQuarters = []relEntry{
	{w: "이번 분기", off: 0}, {w: "이번분기", off: 0}, {w: "지난 분기", off: -1}, {w: "지난분기", off: -1}, {w: "전 분기", off: -1},
	{w: "다음 분기", off: 1}, {w: "다음분기", off: 1},
}

func (s *scanner) relWord(i int) (int, dv, string, bool) {
	var best int
	var bv dv
	var br string
	try := func(e int, v dv, r string) {
		if e > best {
			best, bv, br = e, v, r
		}
	}
	var rel *[4][]relEntry // the entries that start with the syllable at i
	if r0, ok := syllableAt(s.t, i); ok {
		rel = &relByFirst[relIdx[r0-0xAC00]]
	} else {
		rel = &relByFirst[0]
	}
	for _, w := range rel[0] {
		if s.has(i, w.w) {
			e := i + len(w.w)
			// 오늘날 (nowadays), 전일제 (full-time), 그제야 (only then),
			// 선거 당일 (the day of an event the text may not date)
			if w.w == "오늘" && s.has(e, "날") || w.w == "전일" && s.has(e, "제") || w.w == "그제" && s.has(e, "야") || w.w == "당일" && s.eventDay(i) {
				continue
			}
			if s.boundary(e) || s.partOfDayAt(e) {
				v := point("day", addDays(s.rd, w.off), true)
				v.fut = w.off > 0
				try(e, v, "rel-day")
			}
		}
	}
	for _, w := range rel[1] {
		if s.has(i, w.w) {
			e := i + len(w.w)
			mo := addMonths(civ(s.ry, s.rm, 1), w.off)
			q := s.sp(e)
			// 지난달 19일, 이달 말, 다음 달 초
			if e2, v, r, ok := s.monthLedFixed(q, mo); ok {
				try(e2, v, r)
				continue
			}
			if s.boundary(e) {
				v := point("month", mo, true)
				v.fut = w.off > 0
				try(e, v, "rel-month")
			}
		}
	}
	for _, w := range rel[2] {
		if s.has(i, w.w) {
			e := i + len(w.w)
			if e2, v, r, ok := s.weekdayLed(s.sp(e), w.off, true); ok {
				try(e2, v, r)
				continue
			}
			mon := monday(s.rd).AddDate(0, 0, 7*w.off)
			if s.has(e, "말") || s.has(e, " 주말") {
				e2 := e + len("말")
				if s.has(e, " 주말") {
					e2 = e + len(" 주말")
				}
				if s.boundary(e2) {
					try(e2, span("day", mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true), "weekend")
					continue
				}
			}
			if s.boundary(e) && !s.has(e, "년") {
				v := point("week", mon, true)
				v.fut = w.off > 0
				try(e, v, "rel-week")
			}
		}
	}
	for _, w := range rel[3] {
		if s.has(i, w.w) {
			e := i + len(w.w)
			if s.boundary(e) {
				q0 := civ(s.ry, (s.rm-1)/3*3+1, 1)
				try(e, point("quarter", addMonths(q0, 3*w.off), true), "rel-quarter")
			}
		}
	}
	// seasons with this/last/next: 올여름 is read by yearLed; 이번 겨울, 지난 겨울
	if e, w, ok := s.in(i, seasonPrefixes); ok {
		q := s.sp(e)
		if e2, sw, ok2 := s.in(q, seasonWords); ok2 && s.boundary(e2) {
			f, to := s.seasonRel(sw, w)
			try(e2, span("day", f, to, true), "season")
		}
		if e2, sw, ok2 := s.in(q, weekendWords); ok2 && s.boundary(e2) {
			_ = sw
			off := map[string]int{"이번": 0, "지난": -1, "다음": 1, "오는": 1}[w]
			mon := monday(s.rd).AddDate(0, 0, 7*off)
			try(e2, span("day", mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true), "weekend")
		}
	}
	return best, bv, br, best > 0
}

// eventDay reports whether 당일 at i follows a bare noun (선거 당일, 사고
// 당일인 16일, 범행 당일): the day of that event, which the reference date
// does not tell (the date given with it, when there is one, does). After a
// word ending in a particle (의원이 당일, 그는 당일) it is the day the
// story is about, as 이날.
func (s *scanner) eventDay(i int) bool {
	t := s.t
	if i < 4 || t[i-1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i-1])
	if !isHangul(r) {
		return false
	}
	return !strings.ContainsRune("이가은는을를에도의와과로서며면야만그바", r)
}

// seasonRel resolves 이번/지난/다음 + season against the reference date.
func (s *scanner) seasonRel(w, which string) (time.Time, time.Time) {
	y := s.ry
	// the season containing or following the reference date
	f, to := season(w, y-1)
	for to.Before(s.rd) {
		y++
		f, to = season(w, y-1)
	}
	switch which {
	case "지난": // inside it or before it: the previous one
		f, to = season(w, f.Year()-1)
	case "다음", "오는":
		if !f.After(s.rd) {
			f, to = season(w, f.Year()+1)
		}
	}
	return f, to
}

// monthPart is the span of days a part of month m names: 초/초순/상순 the
// 1st to the 10th, 중순 the 11th to the 20th, 하순/말/말경 the 21st to the end.
func monthPart(w string, y, m int) (from, to time.Time) {
	switch w {
	case "초", "초순", "상순":
		return civ(y, m, 1), civ(y, m, 10)
	case "중순":
		return civ(y, m, 11), civ(y, m, 20)
	}
	return civ(y, m, 21), civ(y, m+1, 0)
}

// monthLedFixed reads the tail after a known month (지난달 19일, 이달 말).
func (s *scanner) monthLedFixed(q int, mo time.Time) (int, dv, string, bool) {
	y, m := mo.Year(), int(mo.Month())
	// a range of days in that month (이달 10~11일): read before the single
	// day, which would leave the range to dayLed and its own month
	if r, e, ok := s.dayRangeAt(q); ok && r[1] <= daysIn(y, m) {
		return e, span("day", civ(y, m, r[0]), civ(y, m, r[1]), true), "rel-month-day", true
	}
	if d, e, ok := s.dayAt(q, false); ok && d <= daysIn(y, m) {
		return e, point("day", civ(y, m, d), true), "rel-month-day", true
	}
	if e, w, ok := s.in(q, monthParts); ok && s.boundary(e) && !s.has(e, "기") {
		f, to := monthPart(w, y, m)
		return e, span("day", f, to, true), "month-part", true
	}
	return 0, dv{}, "", false
}

// prefixLed reads 지난/오는/다음/이번/저번 + a day, month, weekday,
// holiday, or a count of units (지난 2년, 다음 3주).
func (s *scanner) prefixLed(i int) (int, dv, string, bool) {
	e0, w, ok := s.in(i, prefixWords)
	if !ok {
		return 0, dv{}, "", false
	}
	if w == "올 " {
		return 0, dv{}, "", false
	}
	q := s.sp(e0)
	dir := 0 // 이번, 올
	switch w {
	case "지난", "저번":
		dir = -2
	case "오는", "다음":
		dir = 2
	}
	// N일: the day of the month (지난 19일, 오는 15일)
	if (w == "지난" || w == "오는" || w == "이번") && q < len(s.t) && isDigit(s.t[q]) {
		if r, e, ok := s.dayRangeAt(q); ok {
			a := s.resolveDay(r[0], dir, -1, e)
			v := span("day", a, a.AddDate(0, 0, r[1]-r[0]), true)
			v.fut = dir > 0
			return e, v, "day-range", true
		}
		if d, e, ok := s.dayAt(q, false); ok && !s.has(e, "간") {
			dd := dir
			if dd == 0 {
				dd = 1
			}
			wd := -1
			if x, ok := s.peekWeekday(e); ok {
				wd = x
			}
			v := point("day", s.resolveDay(d, dd, wd, e), true)
			v.fut = dir > 0
			return e, v, "day", true
		}
	}
	// an absolute date: 지난 2010년, 지난 2008년 4월, 오는 2030년까지, 지난 1995∼1996년
	if (w == "지난" || w == "오는") && s.isDigitAt(q) {
		e, v, r, ok := s.yearLed(q)
		if e2, v2, r2, ok2 := s.numeric(q); ok2 && (!ok || e2 > e) {
			e, v, r, ok = e2, v2, r2, true
		}
		if ok {
			return e, v, r, true
		}
	}
	// N월 (지난 3월, 다음 3월) and its tail
	if m, e, _, ok := s.monthAt(q, false); ok && dir != 0 {
		y := s.ry
		rm := s.rm
		if dir < 0 && m >= rm {
			y--
		}
		if dir > 0 && m <= rm {
			y++
		}
		e2, v, r, ok := s.monthLed(q, y, true, true, false)
		if ok {
			v.fut = dir > 0
			return e2, v, r, true
		}
		_ = e
	}
	// weekday
	if e, wd, ok := s.weekdayName(q); ok {
		dd := dir
		if w == "이번" {
			mon := monday(s.rd)
			return e, point("day", mon.AddDate(0, 0, (wd+6)%7), true), "weekday", true
		}
		v := point("day", s.resolveWeekday(wd, dd, e), true)
		v.fut = dir > 0
		return e, v, "weekday", true
	}
	// holiday
	if e, v, r, ok := s.holidayLed(q, 0, false, dir); ok {
		return e, v, r, true
	}
	// counts of units: 지난 2년, 다음 3주, 지난 24시간 (TIME spans are read by timeAt)
	if w == "지난" || w == "다음" {
		if n, unit, e, ok := s.countUnit(q); ok && s.boundary(e) || ok && s.has(e, "간") {
			if v, ok := s.unitSpan(n, unit, dir); ok {
				return e, v, "span", true
			}
		}
	}
	return 0, dv{}, "", false
}

// unitSpan gives the n whole units before (dir<0) or after the current one.
func (s *scanner) unitSpan(n float64, unit string, dir int) (dv, bool) {
	k := int(n)
	if float64(k) != n || k < 1 || k > 100 {
		return dv{}, false
	}
	switch unit {
	case "일":
		if dir < 0 {
			return dv{}, false // 지난 2일 is the 2nd of the month
		}
		return span("day", s.rd.AddDate(0, 0, 1), s.rd.AddDate(0, 0, k), true), true
	case "주", "주일":
		mon := monday(s.rd)
		if dir < 0 {
			return span("week", mon.AddDate(0, 0, -7*k), mon.AddDate(0, 0, -1), true), true
		}
		return span("week", mon.AddDate(0, 0, 7), mon.AddDate(0, 0, 7*k+6), true), true
	case "개월", "달":
		m0 := civ(s.ry, s.rm, 1)
		if dir < 0 {
			return span("month", addMonths(m0, -k), m0.AddDate(0, 0, -1), true), true
		}
		return span("month", addMonths(m0, 1), addMonths(m0, k+1).AddDate(0, 0, -1), true), true
	case "년", "해":
		y := s.ry
		if dir < 0 {
			return span("year", civ(y-k, 1, 1), civ(y-1, 12, 31), true), true
		}
		return span("year", civ(y+1, 1, 1), civ(y+k, 12, 31), true), true
	}
	return dv{}, false
}

// ---- ranges ----

// rangeTail extends a date at [i,e) by ~, -, 부터 and a second date:
// 9월 1일부터 5일(까지), 7월 13일 - 15일, 2025~2026년.
// rangeNext reports whether what follows e (after spaces) can be what
// rangeTail reads after a date: a range sign (rangeSep: ~ - and the signs
// whose UTF-8 starts with 0xE2 or 0xE3) or 부터 (0xEB 0xB6). Most dates
// have neither after them, and rangeTail is not called for those.
func (s *scanner) rangeNext(e int) bool {
	t := s.t
	q := s.sp(e)
	if q >= len(t) {
		return false
	}
	switch t[q] {
	case '~', '-', 0xE2, 0xE3:
		return true
	case 0xEB:
		return q+1 < len(t) && t[q+1] == 0xB6
	}
	return false
}

func (s *scanner) rangeTail(i, e int, v dv) (int, dv) {
	if v.rng {
		return e, v
	}
	q, ok := s.rangeSep(e)
	if !ok {
		p := s.sp(e)
		if e2, _, ok2 := s.in(p, fromWords); ok2 {
			q, ok = s.sp(e2), true
		}
	}
	if !ok || q >= len(s.t) {
		return e, v
	}
	y, m := v.t.Year(), int(v.t.Month())
	var e2 int
	var to time.Time
	switch v.grain {
	case "day":
		if m2, em, _, ok2 := s.monthAt(q, false); ok2 {
			if d2, ed, ok3 := s.dayAt(s.sp(em), false); ok3 {
				y2 := y
				if m2 < m {
					y2++
				}
				if d2 <= daysIn(y2, m2) {
					e2, to = ed, civ(y2, m2, d2)
				}
			}
		} else if d2, ed, ok2 := s.dayAt(q, false); ok2 && d2 <= daysIn(y, m) {
			e2, to = ed, civ(y, m, d2)
		}
	case "month":
		if m2, em, _, ok2 := s.monthAt(q, false); ok2 && s.boundary(em) {
			e2, to = em, civ(y, m2+1, 0)
		}
	case "year":
		if y2, ey, _, _, ok2 := s.yearAt(q); ok2 && s.boundary(ey) && s.isDigitAt(q) {
			e2, to = ey, civ(y2, 12, 31)
		}
	}
	if e2 == 0 || !to.After(v.t) {
		return e, v
	}
	r := span(v.grain, v.first(), to, v.rel)
	r.fut = v.fut
	return e2, r
}

func (s *scanner) isDigitAt(p int) bool { return p < len(s.t) && isDigit(s.t[p]) }

// bareYear reads a four-digit year without 년 where nothing else can be
// meant: in brackets (보고서(2024)) or alone at the end of a line.
func (s *scanner) bareYear(i int) (int, dv, string, bool) {
	if !isDigit(s.t[i]) {
		return 0, dv{}, "", false
	}
	n, e, ok := digits(s.t, i, 4)
	if !ok || e-i != 4 || n < 1900 || n > 2099 {
		return 0, dv{}, "", false
	}
	// a season across two years: 2014-2015, 2015-16, 2013~14, with the
	// word 시즌 when it follows (2013~14 시즌)
	if q, ok := s.rangeSep(e); ok && q == e+1 && s.yearOpen(i) {
		if n2, e2, ok2 := digits(s.t, q, 4); ok2 && (e2-q == 4 && n2 == n+1 || e2-q == 2 && n2 == (n+1)%100) && s.yearClose(e2) {
			return s.seasonAfter(e2), span("year", civ(n, 1, 1), civ(n+1, 12, 31), false), "year-range", true
		}
	}
	// the first years of a list sharing the last one's 년: 2007·2008년
	if e2 := s.yearListNext(e); e2 > e {
		return e, point("year", civ(n, 1, 1), false), "year", true
	}
	// a sports season named by its year: 2014시즌, 2014 시즌
	if e2 := s.seasonAfter(e); e2 > e && s.yearOpen(i) {
		return e2, point("year", civ(n, 1, 1), false), "year", true
	}
	before := i == 0 || s.t[i-1] == '(' || s.t[i-1] == '\n'
	after := e == len(s.t) || s.t[e] == ')' || s.t[e] == '\n'
	if after && (before || s.t[i-1] == ' ' && (e == len(s.t) || s.t[e] == '\n') && s.lineStartsAt(i)) {
		return e, point("year", civ(n, 1, 1), false), "year", true
	}
	// a year ending a title: '응답하라 1988'. A year opening the name of
	// an edition (2030 부산엑스포, '2015 국제관광포럼', 2014 소치동계올림픽)
	// is the year of the event it names, not a date of the story: rule
	// year-name gives it Kind "name", which events take no date from. The
	// name must end in an event noun within a few words (2030 세대, 2031
	// 포인트, 2025 시즌권 name none), yearClose refuses a counter after the
	// year (2014 명) and yearOpen a number before it (64만 1994).
	if s.yearOpen(i) && s.yearClose(e) {
		if e >= len(s.t) || s.t[e] != ' ' {
			return e, point("year", civ(n, 1, 1), false), "year", true
		}
		if s.namesEvent(e + 1) {
			return e, point("year", civ(n, 1, 1), false), "year-name", true
		}
	}
	return 0, dv{}, "", false
}

// ---- a month and day naming an event: 5·18 민주화운동, 4.3 사건, 9.11 테러 ----

// mdNouns are what a month and day written with a dot or a middle dot
// (5·18, 4.3) name when one follows, glued or within two words (10·15
// 부동산 대책). The first ones are elections, named by a date near the
// story; the rest are past events, named by a date whose year the text
// does not give.
var mdNouns = []string{"재보궐선거", "보궐선거", "지방선거", "재보선", "선거", "총선", "대선", "전당대회",
	"민주화운동", "운동", "사건", "사태", "테러", "전쟁", "항쟁", "혁명", "의거", "참사", "공동선언", "선언",
	"합의", "조치", "쿠데타", "대책"}

// mdNounFirst holds the first syllables of mdNouns.
var mdNounFirst = firstSyllables(mdNouns, func(w string) string { return w })

// mdElections is the number of elections at the start of mdNouns.
const mdElections = 8

// mdParse reads M.D (a one-digit month) or M·D (ㆍ, ∙) at i: month 1..12, day valid in a leap
// year, no digit or sign glued on (1.4조 and 4.3배 are read, then refused
// by what follows). It returns the end and the noun's index in mdNouns.
func mdParse(t string, i int) (m, d, e, noun int, ok bool) {
	m, e1, ok1 := digits(t, i, 2)
	if !ok1 || e1 >= len(t) || i > 0 && (isDigit(t[i-1]) || t[i-1] == '.' || t[i-1] == ',') {
		return
	}
	q := e1 + 1
	switch {
	case t[e1] == '.':
		if e1-i != 1 {
			return // 10.29 is money or a score more often: 16.8조원, 10.5%
		}
	case hasAt(t, e1, "·"):
		q = e1 + len("·")
	case hasAt(t, e1, "ㆍ"), hasAt(t, e1, "∙"): // three bytes each
		q = e1 + len("ㆍ")
	default:
		return
	}
	d, e, ok1 = digits(t, q, 2)
	if !ok1 || m < 1 || m > 12 || d < 1 || d > daysIn(2000, m) {
		return
	}
	if e < len(t) && (isDigit(t[e]) || t[e] == '.' || t[e] == ',') {
		return
	}
	// the noun: glued (5·4전당대회) or after one space
	p := e
	if p < len(t) && t[p] == ' ' {
		p++
	}
	r, ok1 := syllableAt(t, p)
	if !ok1 {
		return
	}
	if mdNounFirst.has(r) {
		for k, n := range mdNouns {
			if hasAt(t, p, n) {
				return m, d, e, k, true
			}
		}
	}
	// or 대책 after one more word (10·15 부동산 대책), which no other
	// noun is: 규모 4.3 지진 피해 is no event's name
	for p < len(t) && t[p] != ' ' {
		r, n := utf8.DecodeRuneInString(t[p:])
		if !isHangul(r) {
			return
		}
		p += n
	}
	if hasAt(t, p, " 대책") {
		return m, d, e, len(mdNouns) - 1, true
	}
	return
}

// mdNameAt reports whether a month and day naming an event starts at i
// (the gates' test, as cheap as mdParse).
func mdNameAt(t string, i int) bool {
	_, _, _, _, ok := mdParse(t, i)
	return ok
}

// mdName reads a month and day naming an event. An election's (4.24
// 재보궐선거) is resolved as a bare 4월 24일 is; a past event's (5·18
// 민주화운동) keeps no year: rule md-name writes it --05-18. Both have
// Kind "name": no date of the story.
func (s *scanner) mdName(i int) (int, dv, string, bool) {
	m, d, e, noun, ok := mdParse(s.t, i)
	if !ok {
		return 0, dv{}, "", false
	}
	if noun < mdElections {
		y := s.yearForMonth(m, e, d)
		if d > daysIn(y, m) {
			return 0, dv{}, "", false
		}
		return e, point("day", civ(y, m, d), true), "md-election", true
	}
	return e, point("day", civ(2000, m, d), false), "md-name", true
}

// eventNouns end the name of a recurring event or of one edition of it.
// 대상 (2030 대상 설문: aimed at people in their 20s and 30s) and 세대
// are not among them.
var eventNouns = newWordList("올림픽", "패럴림픽", "월드컵", "아시안게임", "대회", "리그", "선수권",
	"챔피언십", "엑스포", "박람회", "전시회", "포럼", "컨퍼런스", "콘퍼런스", "회의", "총회", "서밋",
	"축제", "페스티벌", "영화제", "비엔날레", "시상식", "어워즈", "어워드", "콘서트", "컬렉션",
	"프로야구", "세미나", "심포지엄", "모터쇼", "마라톤", "전당대회", "상담회", "설명회", "발표회",
	"토론회", "간담회", "공청회", "음악회", "연주회", "워크숍", "캠프", "투어")

// namesEvent reports whether one of the next four words from p (up to the
// end of the clause: a quote, bracket or punctuation mark) holds an event
// noun ending it, before a particle or nothing: 2015 세계과학정상회의에,
// '2013 한국야쿠르트 세븐프로야구', 2010 남아공 월드컵.
func (s *scanner) namesEvent(p int) bool {
	t := s.t
	for words := 0; p < len(t) && words < 4; words++ {
		for p < len(t) && t[p] != ' ' {
			r, n := utf8.DecodeRuneInString(t[p:])
			if !isHangul(r) && !isWordRune(r) {
				return false
			}
			if e, _, ok := s.in(p, eventNouns); ok && s.boundary(e) {
				return true
			}
			p += n
		}
		p++
	}
	return false
}

// yearListNext returns the end of the separator at e when a list of years
// continues there with another four-digit year that is one too (followed
// by 년 or by a further separator): · or ㆍ, one space allowed after it;
// else e. (A comma is left out: the gates refuse digits before one, which
// is mostly a thousands separator.)
func (s *scanner) yearListNext(e int) int {
	t := s.t
	q := e
	switch {
	case s.has(q, "·"):
		q += len("·")
	case s.has(q, "ㆍ"):
		q += len("ㆍ")
	default:
		return e
	}
	if q < len(t) && t[q] == ' ' {
		q++
	}
	n, e2, ok := digits(t, q, 4)
	if !ok || e2-q != 4 || n < 1000 || n > 2199 {
		return e
	}
	if s.has(e2, "년") && !s.has(e2+len("년"), "대") && !s.has(e2+len("년"), "간") || s.yearListNext(e2) > e2 {
		return q
	}
	return e
}

// seasonAfter returns the end of the word 시즌 when it follows e, glued
// or after one space, and ends its word (2014시즌에, not 2014 시즌권); else e.
func (s *scanner) seasonAfter(e int) int {
	q := e
	if s.has(q, " ") {
		q++
	}
	if s.has(q, "시즌") && s.boundary(q+len("시즌")) {
		return q + len("시즌")
	}
	return e
}

// yearOpen reports whether a bare year may start at i: after the start, a
// space, a quote or a bracket.
func (s *scanner) yearOpen(i int) bool {
	if i == 0 {
		return true
	}
	switch s.t[i-1] {
	case ' ', '\n', '\'', '"', '(', '[':
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s.t[:i])
	return r == '‘' || r == '“' || r == '「' || r == '《' || r == '〈'
}

// yearClose reports whether a bare year may end at e: the end, a closing
// quote or bracket, or a space before a word that is no counter or unit
// (2014 브라질 월드컵, not 2014 명).
func (s *scanner) yearClose(e int) bool {
	if e >= len(s.t) {
		return true
	}
	switch s.t[e] {
	case '\'', '"', ')', ']', '\n':
		return true
	case ' ':
		r := s.runeAt(e + 1)
		if !isHangul(r) {
			return false
		}
		return !numeric.IsUnitAt(s.t, e+1)
	}
	r := s.runeAt(e)
	return r == '’' || r == '”' || r == '」' || r == '》' || r == '〉'
}

// lineStartsAt is true when only spaces precede i on its line.
func (s *scanner) lineStartsAt(i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch s.t[j] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}
