package date

import (
	"strings"
	"time"
	"unicode/utf8"
)

// ---- counts of units and offsets (3년 전, 5일 후, 2시간 안에) ----

// dayWord is a word for a number of days (이틀: 2).
type dayWord struct {
	w string
	n int
}

var dayWords = []dayWord{
	{"하루", 1}, {"이틀", 2}, {"사흘", 3}, {"나흘", 4}, {"닷새", 5}, {"엿새", 6}, {"이레", 7}, {"열흘", 10}, {"보름", 15},
}

// countUnit reads a number and a unit of time: 3년, 6개월, 두달, 한시간반,
// 이틀. Units: 초 분 시간 일 주 주일 개월 달 년.
func (s *scanner) countUnit(p int) (n float64, unit string, e int, ok bool) {
	if s.cu.ok && s.cu.p == p {
		return s.cu.n, s.cu.unit, s.cu.e, s.cu.found
	}
	n, unit, e, ok = s.countUnit1(p)
	s.cu = cuCache{p: p, n: n, unit: unit, e: e, found: ok, ok: true}
	return
}

// dayWordFirst holds the first syllables of dayWords.
var dayWordFirst = firstSyllables(dayWords, func(w dayWord) string { return w.w })

// countUnitWord is the longest of the units 시간 주일 개월 초 분 일 주 달 년
// at t[q:], told by its first syllable.
func countUnitWord(t string, q int) (e int, unit string, ok bool) {
	r, ok := syllableAt(t, q)
	if !ok {
		return -1, "", false
	}
	q += 3
	switch r {
	case '시':
		if hasAt(t, q, "간") {
			return q + len("간"), "시간", true
		}
	case '주':
		if hasAt(t, q, "일") {
			return q + len("일"), "주일", true
		}
		return q, "주", true
	case '개':
		if hasAt(t, q, "월") {
			return q + len("월"), "개월", true
		}
	case '초':
		return q, "초", true
	case '분':
		return q, "분", true
	case '일':
		return q, "일", true
	case '달':
		return q, "달", true
	case '년':
		return q, "년", true
	}
	return -1, "", false
}

type cuCache struct {
	p, e      int
	n         float64
	unit      string
	found, ok bool
}

func (s *scanner) countUnit1(p int) (n float64, unit string, e int, ok bool) {
	if dayWordFirst.has(s.runeAt(p)) {
		for _, w := range dayWords {
			if s.has(p, w.w) {
				return float64(w.n), "일", p + len(w.w), true
			}
		}
	}
	k, e1, ok1 := s.count(p)
	if !ok1 {
		return
	}
	q := e1
	if q < len(s.t) && s.t[q] == ' ' && isDigit(s.t[p]) {
		q++ // 3 년 is rare; 3년 and 3 개월 both occur
	}
	e2, u, ok2 := countUnitWord(s.t, q)
	if !ok2 {
		return
	}
	switch {
	case u == "분" && !s.hard(e2) && !particleStart.has(s.runeAt(e2)) && !s.has(e2, "안") && !s.has(e2, "내") && !s.has(e2, "전") && !s.has(e2, "후") && !s.has(e2, "뒤"):
		return // 분기, 분야
	case u == "달" && s.has(e2, "러"):
		return // 3달러
	case u == "주" && (s.has(e2, "년") || s.has(e2, "말")):
		return // 10주년, 주말
	case u == "초" && (s.has(e2, "순") || s.has(e2, "과")):
		return
	}
	n = float64(k)
	if u == "시간" && s.has(e2, "반") {
		n += 0.5
		e2 += len("반")
	}
	return n, u, e2, true
}

// offsetSuffix reads 안(에)/내(에)/이내 (within, kind 'w'), 후/뒤/이후
// (after, 'a') and 전/이전 (before, 'b') after a count of units, glued or
// after one space. For days, 이후/이전 belong to a date (7일 이후).
func (s *scanner) offsetSuffix(e int, unit string) (kind byte, end int) {
	for _, p := range []int{e, s.sp(e)} {
		if p > e+1 {
			break
		}
		if r, ok := syllableAt(s.t, p); !ok || !offsetFirst.has(r) {
			continue // none of the words below starts here
		}
		switch {
		case s.has(p, "이내"):
			return 'w', p + len("이내")
		case s.has(p, "안") && (s.has(p+len("안"), "에") || s.hard(p+len("안"))):
			return 'w', p + len("안")
		case s.has(p, "내") && (s.has(p+len("내"), "에") || s.has(p+len("내"), "로") || s.hard(p+len("내"))):
			return 'w', p + len("내")
		case s.has(p, "이후") && unit != "일":
			return 'a', p + len("이후")
		case s.has(p, "이전") && unit != "일":
			return 'b', p + len("이전")
		case (s.has(p, "후") || s.has(p, "뒤")) && s.suffixEnd(p+len("후")):
			return 'a', p + len("후")
		case s.has(p, "전") && s.suffixEnd(p+len("전")):
			q := p + len("전")
			if q < len(s.t) && s.t[q] == ' ' {
				if _, _, ok := s.word(q+1, notAgo...); ok {
					return 0, 0
				}
			}
			return 'b', q
		}
	}
	return 0, 0
}

// offsetFirst holds the first syllables of the words offsetSuffix reads.
var offsetFirst = newSylSet("이안내후뒤전")

// words after 전 that make it 全/前 (전 세계, 전 장관), not "ago".
var notAgo = []string{"세계", "국민", "국가", "직원", "부처", "지역", "산업", "분야", "부문", "계층", "세대",
	"과정", "영역", "장관", "대표", "의원", "회장", "대통령", "사장", "원장", "청장", "위원장", "총리", "시장",
	"지사", "구간", "품목", "업종", "학년", "연령", "생애", "단계", "일정", "면적", "노선"}

func (s *scanner) suffixEnd(p int) bool {
	if s.hard(p) {
		return true
	}
	_, _, ok := s.word(p, "에", "부터", "까지", "의", "인", "만", "엔", "보다", "로", "쯤", "께", "이다", "이었")
	return ok
}

// anchored reports whether a count at i is measured from now: it starts
// the text or a clause, or follows 지금/불과/약 or a subject/topic
// particle. 시행 3년 후 and 계약 후 30일 이내 count from something else.
func (s *scanner) anchored(i int) bool {
	j := i
	for j > 0 && s.t[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return true
	}
	r := lastRune(s.t[:j])
	if !isHangul(r) {
		return !(r >= '0' && r <= '9') && !(r|0x20 >= 'a' && r|0x20 <= 'z')
	}
	if s.prevWord(i, nowWords) {
		return true
	}
	switch r {
	case '은', '는', '이', '가', '도', '고', '며', '서':
		return j < i // a separate word
	}
	return false
}

// nowWords are the words after which a count is measured from now
// (anchored: 불과 3일 전, 지금부터 3시간).
var nowWords = newWordSet("지금", "현재", "오늘", "불과", "약", "대략", "이미", "벌써", "꼭", "정확히", "지금으로부터", "지금부터", "오늘부터", "앞으로")

func lastRune(t string) rune {
	for k := len(t) - 1; k >= 0 && k >= len(t)-4; k-- {
		if t[k]&0xC0 != 0x80 {
			r := []rune(t[k:])
			if len(r) > 0 {
				return r[0]
			}
		}
	}
	return 0
}

// offset reads a DATE offset from the reference date: 3년 전, 5일 후,
// 2주 안에. Sub-day units are read by timeOffset.
func (s *scanner) offset(i int) (int, dv, string, bool) {
	n, unit, e, ok := s.countUnit(i)
	if !ok || unit == "초" || unit == "분" || unit == "시간" || float64(int(n)) != n {
		return 0, dv{}, "", false
	}
	kind, e2 := s.offsetSuffix(e, unit)
	if kind == 0 || !s.anchored(i) {
		return 0, dv{}, "", false
	}
	if unit == "일" && kind == 'w' {
		return 0, dv{}, "", false // 7일 이내: a period, usually from another event
	}
	k := int(n)
	if kind == 'b' {
		k = -k
	}
	var v dv
	switch unit {
	case "일":
		v = point("day", addDays(s.rd, k), true)
	case "주", "주일":
		v = point("day", addDays(s.rd, 7*k), true)
	case "개월", "달":
		v = point("day", addMonths(s.rd, k), true)
	case "년":
		t := addMonths(s.rd, 12*k)
		v = point("month", civ(t.Year(), int(t.Month()), 1), true)
	default:
		return 0, dv{}, "", false
	}
	v.fut = k > 0
	return e2, v, "offset", true
}

// ---- times of day ----

var pods = []string{"오전", "오후", "아침", "낮", "저녁", "밤", "새벽", "점심", "한밤중", "심야"}

// The word lists of scanner.in (see the places they are read at).
var (
	podWords    = newWordList(pods...)
	lateEarly   = newWordList("늦은", "이른")
	thisWords   = newWordList("이번")
	nowWordList = newWordList("지금", "방금")
	noonWords   = newWordList("정오", "자정")
	lastNext    = newWordList("지난", "다음")
)

// pod is s.word(p, pods...), refusing at the first syllable.
func (s *scanner) pod(p int) (int, string, bool) {
	if !gPod.has(s.runeAt(p)) {
		return -1, "", false
	}
	return s.in(p, podWords)
}

// partOfDayAt reports whether a part of the day starts at p (내일저녁).
func (s *scanner) partOfDayAt(p int) bool {
	_, _, ok := s.pod(p)
	return ok
}

// timeAt tries the time rules at i, whose rune is r; k is what can
// start there.
func (s *scanner) timeAt(i int, r rune, k cand) (int, tv, bool) {
	var best int
	var bv tv
	try := func(e int, v tv, ok bool) {
		if ok && e > best {
			best, bv = e, v
		}
	}
	if k&cClock != 0 {
		try(s.clock(i))
	}
	if k&cPod != 0 {
		try(s.podAlone(i))
	}
	if k&cTimeOff != 0 {
		try(s.timeOffset(i))
	}
	if k&cTimeWord == 0 {
		return best, bv, best > 0
	}
	if gPrefix.has(r) {
		try(s.timeSpan(i))
	}
	// the words of gMisc that make a time alone, told by their first
	// syllable
	switch r {
	case '늦', '이':
		// 늦은 오후, 이른 아침: the part of the day, the adjective included
		if e, _, ok := s.in(i, lateEarly); ok && s.has(e, " ") {
			if e2, v, ok2 := s.podSpan(e + 1); ok2 {
				try(e2, v, true)
			}
		}
		// 이번 아침: a part of this day
		if e, _, ok := s.in(i, thisWords); ok {
			if e2, v, ok2 := s.podSpan(s.sp(e)); ok2 {
				try(e2, v, true)
			}
		}
	case '지', '방':
		// 지금, 방금: the reference clock (only when it is known)
		if e, _, ok := s.in(i, nowWordList); ok && s.hard(e) && s.hasRef && s.hasClock {
			v := s.clockAt(0, "초")
			v.grain = "second"
			try(e, v, true)
		}
	case '정', '자':
		if e, w, ok := s.in(i, noonWords); ok && s.boundary(e) {
			v := tv{h: 12, grain: "hour"}
			if w == "자정" {
				v.h = 0
			}
			try(e, v, true)
		}
	}
	return best, bv, best > 0
}

func isSinoChar(r rune) bool { return sinoDigit(r) >= 1 || r == '십' }

// afterHour checks what may follow 시 of a clock time.
func (s *scanner) afterHour(p int, hangul bool) bool {
	if s.hard(p) {
		return true
	}
	r := s.runeAt(p)
	if isDigit(byte(r)) && r < 0x80 {
		return true
	}
	switch r {
	case '반', '에', '께', '쯤', '경', '부', '까', '이', '전', '후', '무', '의', '로', '가', '는', '엔', '을', '와', '과':
		return true
	case '정':
		return s.has(p, "정각")
	}
	return hangul && isSinoChar(r)
}

func (s *scanner) afterMinute(p int, hangul bool) bool {
	if s.hard(p) {
		return true
	}
	r := s.runeAt(p)
	switch r {
	case '에', '께', '쯤', '경', '부', '까', '이', '전', '후', '무', '의', '로', '가', '는', '엔', '을', '와', '과':
		return true
	}
	return r < 0x80 && isDigit(byte(r)) || hangul && isSinoChar(r)
}

// clock reads 오후 3시, 오전 9시 30분, 세시반, 15:30, 09:59, 3:20pm, 3AM,
// 네시십오분전, 15:23:24, with a time zone (4pm CET) converted to the
// reference's zone.
func (s *scanner) clock(i int) (int, tv, bool) {
	t := s.t
	p := i
	pod := ""
	if e, w, ok := s.pod(p); ok {
		pod, p = w, s.sp(e)
	}
	if p >= len(t) {
		return 0, tv{}, false
	}
	var h, m, sec int
	hasSec, hangul, zero, ampm := false, false, false, ""
	var e int
	if isDigit(t[p]) {
		if p > 0 && p == i && (t[p-1] == '.' || t[p-1] == ':' || t[p-1] == ',') {
			return 0, tv{}, false
		}
		h1, e1, ok := digits(t, p, 2)
		if !ok {
			return 0, tv{}, false
		}
		h, zero = h1, t[p] == '0' && e1-p == 2
		switch {
		case e1+2 < len(t) && t[e1] == ':' && isDigit(t[e1+1]):
			mm, e2, ok := digits(t, e1+1, 2)
			if !ok || e2-e1-1 != 2 || mm > 59 {
				return 0, tv{}, false
			}
			m, e = mm, e2
			if e+2 < len(t) && t[e] == ':' && isDigit(t[e+1]) {
				ss, e3, ok := digits(t, e+1, 2)
				if !ok || e3-e-1 != 2 || ss > 59 {
					return 0, tv{}, false
				}
				sec, hasSec, e = ss, true, e3
			}
			if e < len(t) && (isDigit(t[e]) || t[e] == ':' || t[e] == '.' && e+1 < len(t) && isDigit(t[e+1])) {
				return 0, tv{}, false
			}
			if x, w, ok := s.ampm(e, true); ok {
				e, ampm = x, w
			}
		case s.has(e1, "시"):
			e = e1 + len("시")
			if !s.afterHour(e, false) {
				return 0, tv{}, false
			}
		default:
			x, w, ok := s.ampm(e1, false)
			if !ok {
				return 0, tv{}, false
			}
			e, ampm = x, w
		}
	} else {
		n, e1, ok := s.nativeAt(p)
		if !ok {
			n, e1, ok = s.sinoAt(p)
		}
		if !ok || !s.has(e1, "시") {
			return 0, tv{}, false
		}
		h, hangul, e = n, true, e1+len("시")
		if !s.afterHour(e, true) || s.has(e, "이") && !s.hasSinoMinute(e) {
			return 0, tv{}, false
		}
	}
	if h > 24 {
		return 0, tv{}, false
	}
	grain := "hour"
	if ampm == "" && (s.has(e-len("시"), "시") || hangul) {
		// minutes and seconds after N시
		q := s.sp(e)
		if s.has(q, "반") && s.hard(q+len("반")) || s.has(q, "반") && s.afterMinute(q+len("반"), false) {
			m, e, grain = 30, q+len("반"), "minute"
		} else if mm, em, ok := s.minuteAt(q, hangul || !isDigit(s.t[minInt(q, len(s.t)-1)])); ok {
			m, e, grain = mm, em, "minute"
			q2 := s.sp(e)
			if ss, es, ok := s.secondAt(q2); ok {
				sec, hasSec, e, grain = ss, true, es, "second"
			}
		} else if s.has(q, "정각") {
			e = q + len("정각")
		}
	} else if m != 0 || t[e-1] >= '0' && t[e-1] <= '9' || ampm != "" {
		if strings.Contains(t[i:e], ":") {
			grain = "minute"
		}
	}
	if hasSec {
		grain = "second"
	}
	// 네시 십오분 전: a quarter to four
	if grain == "minute" && s.has(e, "전") && s.hard(e+len("전")) && m > 0 {
		e += len("전")
		h, m = h-1, 60-m
		if h < 0 {
			h += 24
		}
	}
	if m > 59 {
		return 0, tv{}, false
	}
	// 12-hour readings
	switch {
	case ampm == "am":
		if h == 12 {
			h = 0
		}
	case ampm == "pm":
		if h < 12 {
			h += 12
		}
	case pod == "오전" || pod == "아침" || pod == "새벽":
		if h == 12 {
			h = 0
		}
	case pod == "오후" || pod == "저녁" || pod == "점심":
		if h < 12 {
			h += 12
		}
	case pod == "낮":
		if h >= 1 && h <= 6 {
			h += 12
		}
	case pod == "밤" || pod == "한밤중" || pod == "심야":
		if h >= 6 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 0
		}
	case zero || h == 0 || h > 12:
	default:
		// no 오전/오후: 1시~6시 read as afternoon, 7시~12시 as written
		if h >= 1 && h <= 6 {
			h += 12
		}
	}
	if h == 24 {
		h = 0
	}
	v := tv{h: h, m: m, s: sec, sec: hasSec, grain: grain}
	if x, off, ok := s.zone(e); ok {
		ro := 9 * 3600
		if s.hasRef {
			_, ro = s.ref.Zone()
		}
		mins := (h*60 + m - off/60 + ro/60) % 1440
		if mins < 0 {
			mins += 1440
		}
		v.h, v.m, e = mins/60, mins%60, x
	}
	return e, v, true
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (s *scanner) hasSinoMinute(p int) bool {
	_, _, ok := s.minuteAt(p, true)
	return ok
}

func (s *scanner) minuteAt(q int, hangul bool) (int, int, bool) {
	if q >= len(s.t) {
		return 0, 0, false
	}
	var n, e int
	var ok bool
	if isDigit(s.t[q]) {
		n, e, ok = digits(s.t, q, 2)
	} else if hangul {
		n, e, ok = sino(s.t, q)
	}
	if !ok || n > 59 || !s.has(e, "분") {
		return 0, 0, false
	}
	e += len("분")
	if !s.afterMinute(e, hangul) {
		return 0, 0, false
	}
	return n, e, true
}

func (s *scanner) secondAt(q int) (int, int, bool) {
	if q >= len(s.t) {
		return 0, 0, false
	}
	var n, e int
	var ok bool
	if isDigit(s.t[q]) {
		n, e, ok = digits(s.t, q, 2)
	} else {
		n, e, ok = sino(s.t, q)
	}
	if !ok || n > 59 || !s.has(e, "초") || !s.boundary(e+len("초")) {
		return 0, 0, false
	}
	return n, e + len("초"), true
}

// ampm reads am/pm (a.m., PM; a or p alone only after H:MM).
func (s *scanner) ampm(p int, short bool) (int, string, bool) {
	q := p
	if q < len(s.t) && s.t[q] == ' ' {
		q++
	}
	if q >= len(s.t) || s.t[q]|0x20 != 'a' && s.t[q]|0x20 != 'p' {
		return 0, "", false // every form starts with a or p
	}
	for _, w := range []string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "Am", "Pm"} {
		if s.has(q, w) && !s.letterAt(q+len(w)) {
			return q + len(w), strings.ToLower(w[:1]) + "m", true
		}
	}
	if short && q == p {
		for _, w := range []string{"a", "p", "A", "P"} {
			if s.has(q, w) && !s.letterAt(q+1) {
				return q + 1, strings.ToLower(w) + "m", true
			}
		}
	}
	return 0, "", false
}

func (s *scanner) letterAt(p int) bool {
	if p >= len(s.t) {
		return false
	}
	c := s.t[p]
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 && isHangul(s.runeAt(p))
}

var zones = map[string]int{
	"UTC": 0, "GMT": 0, "KST": 9, "JST": 9, "CET": 1, "CEST": 2, "BST": 1,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "PST": -8, "PDT": -7,
}

// zone reads a time-zone abbreviation after a time and returns its offset
// in seconds.
func (s *scanner) zone(p int) (int, int, bool) {
	q := p
	if q < len(s.t) && s.t[q] == ' ' {
		q++
	}
	// every zone starts with an ASCII letter: a sign or a syllable (no
	// case) starts none
	if q < len(s.t) && s.t[q] < utf8.RuneSelf && s.t[q]|0x20-'a' > 'z'-'a' {
		return 0, 0, false
	}
	if _, ok := syllableAt(s.t, q); ok {
		return 0, 0, false
	}
	for k := 4; k >= 3; k-- {
		if q+k <= len(s.t) {
			w := strings.ToUpper(s.t[q : q+k])
			if off, ok := zones[w]; ok && (q+k == len(s.t) || s.t[q+k]|0x20 < 'a' || s.t[q+k]|0x20 > 'z') {
				return q + k, off * 3600, true
			}
		}
	}
	return 0, 0, false
}

var podSpans = map[string][3]int{ // start hour, end hour
	"새벽": {0, 6}, "오전": {0, 12}, "아침": {4, 12}, "점심": {12, 14}, "낮": {12, 18},
	"오후": {12, 18}, "저녁": {18, 24}, "밤": {18, 24}, "한밤중": {0, 3}, "심야": {0, 6},
}

// podAlone reads a part of the day without an hour (25일 오후, 오전 중,
// 내일 저녁) as a TIME span. 오전/오후/새벽 stand alone; the meal-like
// words (아침, 점심, 저녁, 밤, 낮) need a date right before them or
// 이후/무렵 after them.
func (s *scanner) podAlone(i int) (int, tv, bool) {
	e, w, ok := s.pod(i)
	if !ok {
		return 0, tv{}, false
	}
	afterDate := s.dateEnd == i || s.dateEnd >= 0 && s.dateEnd < i && i-s.dateEnd <= 3 && strings.TrimSpace(s.t[s.dateEnd:i]) == ""
	q := s.sp(e)
	later := false
	if _, _, ok := s.word(q, "이후", "무렵"); ok {
		later = true
	} else if _, _, ok := s.word(e, "께", "쯤", "경"); ok {
		later = true
	}
	switch w {
	case "오전", "오후", "새벽":
		if !s.boundary(e) {
			return 0, tv{}, false
		}
	case "낮", "밤":
		// 밤에, 낮부터, 밤 사이; not 낮은, 밤새
		if !(s.hard(e) || s.has(e, "에") || s.has(e, "부터") || s.has(e, "까지")) {
			return 0, tv{}, false
		}
	default:
		if !(afterDate || later) && !s.podParticle(e) || !s.boundary(e) {
			return 0, tv{}, false
		}
	}
	return s.podSpan(i)
}

// podSpan reads a part of the day at i as a TIME span.
func (s *scanner) podSpan(i int) (int, tv, bool) {
	e, w, ok := s.pod(i)
	if !ok || !s.boundary(e) {
		return 0, tv{}, false
	}
	sp := podSpans[w]
	v := tv{h: sp[0], grain: "hour"}
	v.from = fullHours[sp[0]]
	v.to = fullHours[sp[1]]
	return e, v, true
}

// fullHours holds "00:00" .. "24:00".
var fullHours = func() (h [25]string) {
	for i := range h {
		h[i] = twoDigits(i) + ":00"
	}
	return
}()

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// timeOffset reads 3시간 후, 30분 안에, 1초안에: a time measured from the
// reference clock.
func (s *scanner) timeOffset(i int) (int, tv, bool) {
	n, unit, e, ok := s.countUnit(i)
	if !ok || unit != "초" && unit != "분" && unit != "시간" {
		return 0, tv{}, false
	}
	kind, e2 := s.offsetSuffix(e, unit)
	if kind == 0 || !s.anchored(i) {
		return 0, tv{}, false
	}
	d := time.Duration(n * float64(unitDur(unit)))
	if kind == 'b' {
		d = -d
	}
	return e2, s.clockAt(d, unit), true
}

func unitDur(u string) time.Duration {
	switch u {
	case "초":
		return time.Second
	case "분":
		return time.Minute
	}
	return time.Hour
}

// clockAt is the reference clock moved by d, as a TIME value.
func (s *scanner) clockAt(d time.Duration, unit string) tv {
	if !s.hasRef || !s.hasClock {
		return tv{grain: "minute", unknown: true}
	}
	t := s.ref.Add(d)
	v := tv{h: t.Hour(), m: t.Minute(), grain: "minute"}
	if unit == "초" {
		v.s, v.sec, v.grain = t.Second(), true, "second"
	}
	return v
}

// timeSpan reads 지난 2시간, 다음 30분, 지난 2초: the whole units before or
// after the current one, as a TIME span starting at From.
func (s *scanner) timeSpan(i int) (int, tv, bool) {
	e0, w, ok := s.in(i, lastNext)
	if !ok {
		return 0, tv{}, false
	}
	n, unit, e, ok := s.countUnit(s.sp(e0))
	if !ok || unit != "초" && unit != "분" && unit != "시간" || n != float64(int(n)) || !s.boundary(e) {
		return 0, tv{}, false
	}
	if !s.hasRef || !s.hasClock {
		return e, tv{grain: "minute", unknown: true}, true
	}
	u := unitDur(unit)
	cur := s.ref.Truncate(time.Second)
	if unit != "초" {
		// truncate in the reference's own wall clock
		y, mo, d := s.ref.Date()
		hh, mm, _ := s.ref.Clock()
		if unit == "시간" {
			mm = 0
		}
		cur = time.Date(y, mo, d, hh, mm, 0, 0, s.ref.Location())
	}
	var from, to time.Time
	k := time.Duration(n) * u
	if w == "지난" {
		from, to = cur.Add(-k), cur
	} else {
		from, to = cur.Add(u), cur.Add(u+k)
	}
	f := "15:04"
	if unit == "초" {
		f = "15:04:05"
	}
	v := tv{h: from.Hour(), m: from.Minute(), s: from.Second(), sec: unit == "초", grain: "minute"}
	v.from, v.to = from.Format(f), to.Format(f)
	return e, v, true
}

// podParticle reports a particle of time after a part of the day (아침에,
// 저녁까지, 새벽부터), which makes it a time without a date before it.
func (s *scanner) podParticle(e int) bool {
	_, _, ok := s.word(e, "에", "부터", "까지", "께", "쯤", "마다", "엔")
	return ok
}
