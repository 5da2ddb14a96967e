package date

import (
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// ---- durations: 나흘, 5년간, 일주일, 10개월간, 2~3년, 4년 만, 1박 2일, 3시간 40분 ----
//
// A duration is a DATE (years down to days) or a TIME (hours down to
// seconds) whose value is an ISO 8601 duration ("P4D", "P2Y8M", "PT3H40M")
// with Kind "duration" and Grain its smallest unit; a range (2~3년) gives
// From "P2Y" and To "P3Y". The mention takes in 간, 동안, 째 and a 여 of
// approximation (9개월여, Approx), never 만 nor a particle: 14년 만에 gives
// 14년. A bare N일 that can be a day of the month is one (dayAt wins), and
// offsets from now (3년 전) are read by offset.

type durUnit struct {
	w      string
	des    byte // ISO 8601 designator: Y M W D, or H M S after T
	clock  bool // an hour, minute or second unit (a TIME)
	grain  string
	rank   int  // order of size: a compound goes from bigger to smaller units
	native bool // takes a native numeral (한 달, 두 시간)
}

// durUnits, longest first where one is a prefix of another.
var durUnits = []durUnit{
	{"시간", 'H', true, "hour", 4, true}, {"주일", 'W', false, "week", 7, false}, {"개월", 'M', false, "month", 8, false},
	{"초", 'S', true, "second", 2, false}, {"분", 'M', true, "minute", 3, false}, {"일", 'D', false, "day", 6, false},
	{"주", 'W', false, "week", 7, true}, {"달", 'M', false, "month", 8, true}, {"년", 'Y', false, "year", 9, false},
	{"해", 'Y', false, "year", 9, true},
}

// durPart is one number and unit of a duration.
type durPart struct {
	n, n2  float64 // n2 > n for a range (2~3년)
	u      *durUnit
	approx bool
}

// duration is a duration read by durationAt; its value is written only
// for the mention (most lose to a date or a time: 4일).
type duration struct {
	part   [3]durPart
	n      int // parts in part
	approx bool
}

// value is the value of the duration.
func (d *duration) value() ner.Value {
	parts := d.part[:d.n]
	first := parts[0]
	v := ner.Value{Kind: "duration", Grain: parts[len(parts)-1].u.grain, Approx: d.approx}
	if first.n2 != 0 {
		v.From, v.To = isoDuration(parts[:1], false), isoDuration(parts[:1], true)
	} else {
		v.Date = isoDuration(parts, false)
	}
	return v
}

// durationAt reads a duration at i into out and returns its end and label.
func (s *scanner) durationAt(i int, out *duration) (int, ner.Label, bool) {
	if isDigit(s.t[i]) && !s.durDigitsGate(i) {
		return 0, "", false
	}
	p := i
	var buf [3]durPart
	parts := buf[:0]
	for len(parts) < 3 {
		q := p
		if len(parts) > 0 {
			q = s.sp(p)
		}
		d, e, ok := s.durPartAt(q, len(parts) == 0)
		if !ok {
			break
		}
		if len(parts) > 0 {
			last := parts[len(parts)-1]
			if d.u.clock != last.u.clock || d.u.rank >= last.u.rank || last.n2 != 0 || d.n2 != 0 {
				break
			}
		}
		parts = append(parts, d)
		p = e
	}
	// 1박 2일, 2박3일: nights and days
	if len(parts) == 0 {
		if e, d, ok := s.nightsDays(i); ok {
			parts, p = append(parts, d), e
		}
	}
	if len(parts) == 0 {
		return 0, "", false
	}
	e := p
	approx := false
	for _, d := range parts {
		approx = approx || d.approx
	}
	// a 여 after the unit marks the value approximate; the mention takes it
	// in only before 간/동안/째 (9개월여 동안; 1시간여 만에 gives 1시간)
	tail := e // where the end test applies: after a 여 left out
	if s.has(e, "여") && s.durEnd(e+len("여")) {
		approx = true
		tail = e + len("여")
		if x, ok := s.durSuffix(tail); ok {
			e, tail = x, x
		}
	} else if x, ok := s.durSuffix(e); ok {
		e, tail = x, x
	}
	if !s.durEnd(tail) {
		return 0, "", false
	}
	if len(parts) == 1 && e == p && parts[0].u.w == "일" && !approx && s.perDay(e) {
		return 0, "", false // 1일 2회: a rate
	}
	first := parts[0]
	if len(parts) == 1 && first.n2 == 0 && !approx && e == p && first.u.w == "주" && first.n > 52 {
		return 0, "", false // 100주: shares
	}
	*out = duration{part: buf, n: len(parts), approx: approx}
	l := ner.DATE
	if first.u.clock {
		l = ner.TIME
	}
	return e, l, true
}

// dayWordsAt is dayWords where t[p:] starts with the first syllable of
// one of them, else none.
func dayWordsAt(t string, p int) []dayWord {
	if r, ok := syllableAt(t, p); ok && dayWordFirst.has(r) {
		return dayWords
	}
	return nil
}

// standaloneNumeral reports whether the native numeral that ends at t[e]
// ends with a form that stands alone (하나, 둘, 셋, 넷, 스물) rather than the
// form a counted noun takes (한, 두, 세, 네, 스무): 둘 시간 and 스물 달 are not
// written, so they are no duration.
func standaloneNumeral(t string, e int) bool {
	if e < 3 {
		return false
	}
	r, ok := syllableAt(t, e-3)
	return ok && (r == '나' || r == '둘' || r == '셋' || r == '넷' || r == '물')
}

// durPartAt reads one number and unit: 5년, 10개월, 두 달, 한 시간, 3∼4분,
// 40여분, 하루, 일주일.
func (s *scanner) durPartAt(p int, first bool) (durPart, int, bool) {
	t := s.t
	if p >= len(t) {
		return durPart{}, 0, false
	}
	if !isDigit(t[p]) {
		// the day words, where one can start
		for _, w := range dayWordsAt(t, p) {
			if s.has(p, w.w) {
				e := p + len(w.w)
				if s.runeAt(e) == '나' || !s.durEnd(e) && !s.has(e, "간") && !s.has(e, "째") && !s.has(e, "동안") {
					return durPart{}, 0, false // 하루나 (a name)
				}
				return durPart{n: float64(w.n), u: &durUnits[5]}, e, true
			}
		}
		switch {
		case s.has(p, "일주일"):
			return durPart{n: 1, u: &durUnits[1]}, p + len("일주일"), true
		case s.has(p, "일년"):
			return durPart{n: 1, u: &durUnits[8]}, p + len("일년"), true
		}
		n, e, ok := s.nativeAt(p)
		if ok && standaloneNumeral(t, e) {
			return durPart{}, 0, false // 둘 시간: before a unit it is 두 시간
		}
		few := false
		if !ok {
			if !s.has(p, "몇") {
				return durPart{}, 0, false
			}
			n, e, few = 3, p+len("몇"), true // 몇 년: a few, read as 3 as Duckling does, approximate
		}
		q := e
		if q < len(t) && t[q] == ' ' {
			q++
		}
		for k := range durUnits {
			u := &durUnits[k]
			if (u.native || few) && s.has(q, u.w) && s.unitEnds(q+len(u.w), u) {
				d, e := durPart{n: float64(n), u: u, approx: few}, q+len(u.w)
				if u.w == "시간" {
					e = s.halfHour(e, &d)
				}
				return d, e, true
			}
		}
		return durPart{}, 0, false
	}
	n, e, ok := digits(t, p, 4)
	if !ok || p > 0 && (t[p-1] == '.' || t[p-1] == ',' || isDigit(t[p-1])) {
		return durPart{}, 0, false
	}
	if e < len(t) && (t[e] == '.' || t[e] == ',') && e+1 < len(t) && isDigit(t[e+1]) {
		return durPart{}, 0, false // 6.5년, 1,000년
	}
	d := durPart{n: float64(n)}
	if q, ok := s.rangeSep(e); ok && first {
		if n2, e2, ok2 := digits(t, q, 4); ok2 && n2 > n {
			d.n2, e = float64(n2), e2
		}
	}
	if n >= 1000 {
		return durPart{}, 0, false // 2025년, 9999년: years, not durations
	}
	if s.has(e, "여") {
		e += len("여")
		d.approx = true
	}
	if e < len(t) && t[e] == ' ' {
		e++
	}
	for k := range durUnits {
		u := &durUnits[k]
		if u.w == "해" || !s.has(e, u.w) || !s.unitEnds(e+len(u.w), u) {
			continue
		}
		d.u = u
		e += len(u.w)
		if u.w == "시간" && d.n2 == 0 {
			e = s.halfHour(e, &d) // 1시간 반
		}
		return d, e, true
	}
	return durPart{}, 0, false
}

// unitEnds rejects the words a unit only begins: 분기, 분야, 초순, 초과,
// 달러, 주년, 주말, 일간지, 년대.
func (s *scanner) unitEnds(p int, u *durUnit) bool {
	if p >= len(s.t) {
		return true
	}
	r := s.runeAt(p)
	if !isHangul(r) {
		return !(r < 0x80 && (isDigit(byte(r)) || r|0x20 >= 'a' && r|0x20 <= 'z'))
	}
	switch r {
	case '간':
		return s.durEnd(p + len("간"))
	case '째', '여', '만', '짜':
		return true
	case '동':
		return s.has(p, "동안")
	case '반':
		return u.w == "시간"
	}
	switch u.w {
	case "분":
		if r == '의' {
			return false // 3분의 1
		}
	case "주":
		if r == '년' || r == '기' || r == '말' || r == '식' {
			return false
		}
	case "일":
		if r == '자' || r == '께' || r == '경' || r == '부' || r == '까' {
			return false // 11월5일자; 5일께, 5일부터 are dates
		}
	}
	return particleStart.has(r) || r == '마' // 2~3년마다
}

// durEnd reports whether a duration may end at p: end, a non-letter, a
// particle, or 만 (4년 만에).
func (s *scanner) durEnd(p int) bool {
	r := s.runeAt(p)
	if r == 0 {
		return true
	}
	if isHangul(r) {
		return particleStart.has(r) || r == '만' || r == '씩' || r == '짜' || r == '새' || r == '마'
	}
	return !(r < 0x80 && (isDigit(byte(r)) || r|0x20 >= 'a' && r|0x20 <= 'z'))
}

// durSuffix takes in 간, 동안 and 째 after a duration: 5년간, 4년 간,
// 6개월 동안, 10년째, 사흘 째.
func (s *scanner) durSuffix(e int) (int, bool) {
	for _, p := range []int{e, e + 1} {
		if p > e && (e >= len(s.t) || s.t[e] != ' ') {
			break
		}
		for _, w := range []string{"동안", "간", "째"} {
			if s.has(p, w) && s.durEnd(p+len(w)) {
				return p + len(w), true
			}
		}
	}
	return e, false
}

// nightsDays reads 1박 2일, 2박3일 (P2D, P3D).
func (s *scanner) nightsDays(i int) (int, durPart, bool) {
	t := s.t
	n, e, ok := digits(t, i, 2)
	if !ok || !s.has(e, "박") {
		return 0, durPart{}, false
	}
	q := s.sp(e + len("박"))
	d, e2, ok := digits(t, q, 2)
	if !ok || d != n+1 || !s.has(e2, "일") {
		return 0, durPart{}, false
	}
	return e2 + len("일"), durPart{n: float64(d), u: &durUnits[5]}, true
}

// isoDuration writes parts as an ISO 8601 duration; hi takes the upper
// ends of ranges.
func isoDuration(parts []durPart, hi bool) string {
	var buf [64]byte
	b := append(buf[:0], 'P')
	inTime := false
	for _, d := range parts {
		n := d.n
		if hi && d.n2 != 0 {
			n = d.n2
		}
		if d.u.clock && !inTime {
			b = append(b, 'T')
			inTime = true
		}
		b = strconv.AppendFloat(b, n, 'f', -1, 64)
		b = append(b, d.u.des)
	}
	return string(b)
}

// halfHour takes in 반 after N시간 (1시간 반, 두시간반).
func (s *scanner) halfHour(e int, d *durPart) int {
	for _, p := range []int{e, e + 1} {
		if p > e && (e >= len(s.t) || s.t[e] != ' ') {
			break
		}
		if s.has(p, "반") && s.durEnd(p+len("반")) {
			d.n += 0.5
			return p + len("반")
		}
	}
	return e
}

// perDay reports a count after N일 (1일 2회, 1일 3시간): a rate.
func (s *scanner) perDay(e int) bool {
	q := s.sp(e)
	if q == e || q >= len(s.t) || !isDigit(s.t[q]) {
		return false
	}
	_, e2, _ := digits(s.t, q, 6)
	_, _, ok := s.word(s.sp(e2), "회", "번", "차례", "시간", "잔", "알", "정", "끼")
	return ok
}

// ---- ranges of clock times and minutes of a match ----

// clockRange extends a clock time at [i,te) by ~ and a second one: 오후
// 5시∼8시, 오전 1시∼3시 30분, 오전 10시~오후 5시. The second takes the
// first's 오전/오후 when it has none. Date is the start, From/To the
// bounds.
func (s *scanner) clockRange(i, te int, v tv) (int, tv) {
	if v.from != "" || v.unknown || v.grain == "second" {
		return te, v
	}
	q, ok := s.rangeSep(te)
	if !ok || q >= len(s.t) {
		return te, v
	}
	e2, v2, ok := s.clock(q)
	if !ok || v2.from != "" || v2.grain == "second" {
		return te, v
	}
	if s.podWord(q) == "" {
		switch s.podWord(i) {
		case "오전", "새벽", "아침":
			if v2.h >= 13 {
				v2.h -= 12
			}
		case "오후", "저녁", "밤":
			if v2.h < 12 {
				v2.h += 12
			}
		}
	}
	if v2.h*60+v2.m <= v.h*60+v.m {
		return te, v
	}
	v.from = clock2(v.h, v.m)
	v.to = clock2(v2.h, v2.m)
	return e2, v
}

// podWord returns the part of the day at p, or "".
func (s *scanner) podWord(p int) string {
	_, w, _ := s.pod(p)
	return w
}

// hourRange reads 오전 2∼3시 (an hour range written once): From/To.
func (s *scanner) hourRange(i int) (int, tv, bool) {
	p := i
	pod := s.podWord(p)
	if pod != "" {
		p = s.sp(p + len(pod))
	}
	h1, e1, ok := digits(s.t, p, 2)
	if !ok {
		return 0, tv{}, false
	}
	q, ok := s.rangeSep(e1)
	if !ok {
		return 0, tv{}, false
	}
	h2, e2, ok := digits(s.t, q, 2)
	if !ok || !s.has(e2, "시") || h2 <= h1 || h2 > 24 {
		return 0, tv{}, false
	}
	e := e2 + len("시")
	if !s.afterHour(e, false) || s.has(e, "간") {
		return 0, tv{}, false
	}
	switch pod {
	case "오후", "저녁", "밤":
		if h2 < 12 {
			h1, h2 = h1+12, h2+12
		}
	case "":
		return 0, tv{}, false // 2~3시간 is a duration; 2~3시 alone is rare
	}
	v := tv{h: h1, grain: "hour", from: clock2(h1, 0), to: clock2(h2, 0)}
	return e, v, true
}

// matchMinute reads 전반 24분, 후반 2분, 연장 전반 3분: the minute of a
// match half, as a TIME duration from the half's kick-off.
func (s *scanner) matchMinute(i int) (int, ner.Value, bool) {
	e, _, ok := s.word(i, "전반", "후반")
	if !ok || !s.has(e, " ") {
		return 0, ner.Value{}, false
	}
	n, e2, ok := digits(s.t, e+1, 3)
	if !ok || !s.has(e2, "분") {
		return 0, ner.Value{}, false
	}
	e2 += len("분")
	if !s.durEnd(e2) {
		return 0, ner.Value{}, false
	}
	return e2, ner.Value{Date: fmt.Sprintf("PT%dM", n), Grain: "minute", Kind: "duration"}, true
}

// durDigitsGate reports whether what follows the digits at i can go on
// into a duration: a unit syllable (년 개 주 일 달 시 분 초), 여, 박, a
// space or a range sign. Most numbers in news (3천억원, 45%, 120곳) stop
// here.
func (s *scanner) durDigitsGate(i int) bool {
	j := i
	for j < len(s.t) && isDigit(s.t[j]) {
		j++
	}
	if j == len(s.t) {
		return false
	}
	switch c := s.t[j]; c {
	case ' ', '~', '-':
		return true
	default:
		if c < 0x80 {
			return false
		}
	}
	switch s.runeAt(j) {
	case '년', '개', '주', '일', '달', '시', '분', '초', '여', '박', '∼', '〜', '–', '—':
		return true
	}
	return false
}

// inDuration reports whether the text at p can be inside a duration that
// durationAt reads: what it reads past p would otherwise end at p or
// before, as durationAt's matches never end with a space. A duration is
// made of ASCII digits, spaces (' ', '\t', U+00A0), range signs and the
// syllables of durSyl; any other rune but a syllable is let through.
func (s *scanner) inDuration(p int) bool {
	t := s.t
	q := s.sp(p)
	if q >= len(t) {
		return false
	}
	if c := t[q]; c < utf8.RuneSelf {
		return isDigit(c) || c == '~' || c == '-'
	}
	r, ok := syllableAt(t, q)
	if !ok {
		return true
	}
	if q == p {
		return durSyl.has(r)
	}
	// after spaces durationAt reads only a new part, a suffix after one
	// space (28일 동안), 반 (1시간 반) or a unit: a word of durAfterSpace
	// (not 7일 서울, 7일 이후: syllables of durSyl that start none)
	if !durAfterFirst.has(r) {
		return false
	}
	for _, w := range durAfterSpace {
		if hasAt(t, q, w) {
			return true
		}
	}
	return false
}

// durAfterSpace holds the words durationAt can read after a space: those
// that start a part (durPartAt: the day words, 일주일, 일년, the native
// numerals, 몇; a digit is let through before), the suffixes (durSuffix:
// 동안, 간, 째), 반 (halfHour) and the units; durAfterFirst their first
// syllables.
var durAfterSpace, durAfterFirst = func() ([]string, *sylSet) {
	ws := []string{"일주일", "일년", "몇", "동안", "간", "째", "반", "스물", "스무", "서른", "열"}
	for _, w := range dayWords {
		ws = append(ws, w.w)
	}
	for _, o := range nativeOnes {
		ws = append(ws, o.w)
	}
	for _, u := range durUnits {
		ws = append(ws, u.w)
	}
	return ws, firstSyllables(ws, func(w string) string { return w })
}()

// durSyl holds every syllable durationAt reads: those of the units, of
// the day words, of the native numerals, 일주일, 일년, 몇, 1박 2일, a 여
// of approximation, 반 and the suffixes 간, 동안 and 째.
var durSyl = func() *sylSet {
	var t sylSet
	// the words read after a space, and 박 (1박 2일) and 여 (10여년),
	// which only follow a digit
	for _, w := range append(slices.Clone(durAfterSpace), "박", "여") {
		for _, r := range w {
			t.add(r)
		}
	}
	return &t
}()
