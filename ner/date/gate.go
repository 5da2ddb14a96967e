package date

import (
	"slices"
	"unicode/utf8"
)

// Gates: for each rule group, the syllables its matches can start with, so
// that a word start runs only the rules that can match there.

// A gate is a set of syllables, one bit each (1.4 KB: the gates stay in
// the cache next to the rest of an extraction).
type gate struct{ sylSet }

func (g *gate) add(words ...string) *gate {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		g.sylSet.add(r)
	}
	return g
}

var sinoStarts = []string{"영", "공", "일", "이", "삼", "사", "오", "육", "륙", "칠", "팔", "구", "십", "백", "천"}
var nativeStarts = []string{"하", "한", "둘", "두", "셋", "세", "석", "넷", "네", "넉", "다", "여", "일", "아", "열", "스", "서", "몇"}

var gYear, gPrefix, gMonth, gRel, gWeekday, gHoliday, gYearParts, gCount, gClock, gPod, gMisc gate

// gPartsAfterYear holds the first syllables of the parts of a year that
// yearParts reads only after one (말, 초, the seasons): with gYearParts,
// what yearLed can read after the year.
var gPartsAfterYear = newSylSet("말초봄여가겨")

func init() {
	for _, w := range relYears {
		gYear.add(w.w)
	}
	gYear.add(sinoStarts...)
	gPrefix.add("지난", "오는", "다음", "이번", "저번")
	gMonth.add(sinoStarts...).add("유월", "시월")
	for _, w := range relDays {
		gRel.add(w.w)
	}
	for _, w := range relMonths {
		gRel.add(w.w)
	}
	for _, w := range relWeeks {
		gRel.add(w.w)
	}
	for _, w := range relQuarters {
		gRel.add(w.w)
	}
	gRel.add("이번", "지난", "다음", "오는")
	gWeekday.add(weekdays...)
	for _, h := range holidays {
		gHoliday.add(h.w)
	}
	gYearParts.add("상반기", "하반기", "연말", "연초").add(sinoStarts...)
	gCount.add(sinoStarts...).add(nativeStarts...)
	for _, w := range dayWords {
		gCount.add(w.w)
	}
	gPod.add(pods...)
	gClock.add(pods...).add(sinoStarts...).add(nativeStarts...)
	gMisc.add("이번", "지금", "방금", "정오", "자정", "전반", "후반", "늦은", "이른")
	for _, g := range []*gate{&gYear, &gPrefix, &gMonth, &gRel, &gWeekday, &gHoliday, &gYearParts, &gCount, &gClock, &gPod, &gMisc} {
		for k, v := range g.sylSet {
			trigger[k] |= v
		}
	}
	setTriggerBits()
}

// triggerBits is trigger indexed as nextStart reads a syllable: the word
// d>>8 and bit d&63 of d, its three bytes less those of U+AC00.
var triggerBits [1024]uint64

// setTriggerBits fills triggerBits from trigger.
func setTriggerBits() {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if trigger.has(r) {
			var b [3]byte
			utf8.EncodeRune(b[:], r)
			d := (uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) - 0xEAB080
			triggerBits[d>>8] |= 1 << (d & 63)
		}
	}
}

// ---- the second-syllable gate ----
//
// The trigger table admits a word by its first syllable, which lets in
// every word that starts with 이, 사, 한, 서, 일, 오…. Most of them are no
// date. Every rule that can match at a Hangul syllable reads either a
// literal word (오늘, 지난, 상반기, 오후, 광복절…) or a numeral followed by
// a unit (삼월, 이천십오년, 세시, 두달, 몇 주…), glued. So pairGate admits a
// position only when a literal word starts there (whole: 수요일 but not
// 수요), or when the first rune begins a numeral and the second continues
// it or begins a unit. digitGate does the same for
// ASCII digits: a run of at most four digits followed by something a rule
// reads. Both are necessary conditions only; TestGate and FuzzScan check
// that Scan finds the same with and without them.

// litFirst holds the first syllables of one-syllable literal words (올,
// 낮, 밤), which admit whatever follows them.
var litFirst sylSet

// litWords lists the literal words of two runes or more that start with
// a syllable, at litIdx of that syllable (0: none). A rule that reads one
// reads it whole, so the gate compares the whole word (수요일, not 수요).
var (
	litIdx   [11172]uint8
	litWords = [][]litWord{nil}
)

// litWord is a literal word and its second rune, compared first.
type litWord struct {
	r1     rune
	w      string
	follow bool // a bare prefix word: whole only before what prefixFollows admits
}

// litPairs holds the first two runes of the words of litWords, hashed:
// most pairs a trigger starts are none of them (이사, 사업, 일부), and
// pairGate refuses those without reading the list.
var litPairs pairSet

// pairSet is a set of rune pairs hashed to one bit each; has may report a
// pair that was not added (never the reverse).
type pairSet [1 << 14 / 64]uint64

func pairHash(r0, r1 rune) uint32 {
	return (uint32(r0)*0x9E3779B1 ^ uint32(r1)*0x85EBCA77) >> (32 - 14)
}

func (p *pairSet) add(r0, r1 rune) {
	h := pairHash(r0, r1)
	p[h>>6] |= 1 << (h & 63)
}

func (p *pairSet) has(r0, r1 rune) bool {
	h := pairHash(r0, r1)
	return p[h>>6]&(1<<(h&63)) != 0
}

// numFirst marks the syllables a numeral starts with; numNext those that
// continue a numeral or begin a unit after it.
var numFirst, numNext sylSet

func init() {
	var lits []string
	for _, w := range relYears {
		lits = append(lits, w.w)
	}
	lits = append(lits, "지난", "오는", "다음", "이번", "저번", "유월", "시월")
	for _, l := range [][]relEntry{relDays, relMonths, relWeeks, relQuarters} {
		for _, w := range l {
			lits = append(lits, w.w)
		}
	}
	lits = append(lits, weekdays...)
	for _, h := range holidays {
		lits = append(lits, h.w)
	}
	lits = append(lits, "상반기", "하반기", "연말", "연초")
	for _, w := range dayWords {
		lits = append(lits, w.w)
	}
	lits = append(lits, pods...)
	lits = append(lits, "지금", "방금", "정오", "자정", "전반", "후반", "늦은", "이른")
	// native numerals before a spaced unit of a duration (한 달, 석 달, 두
	// 시간) are spacedNumeral, which pairGate tests with the unit
	for _, w := range lits {
		r0, n := utf8.DecodeRuneInString(w)
		if !isHangul(r0) {
			continue
		}
		if n == len(w) {
			litFirst.add(r0)
			continue
		}
		k := litIdx[r0-0xAC00]
		if k == 0 {
			k = uint8(len(litWords))
			litWords = append(litWords, nil)
			litIdx[r0-0xAC00] = k
		}
		r1, _ := utf8.DecodeRuneInString(w[n:])
		litWords[k] = append(litWords[k], litWord{r1, w, slices.Contains(prefixWords.words, w)})
		litPairs.add(r0, r1)
	}
	mark := func(t *sylSet, ws ...string) {
		for _, w := range ws {
			for _, r := range w {
				t.add(r)
			}
		}
	}
	for _, w := range append(append([]string{"몇"}, sinoStarts...), nativeStarts...) {
		r, _ := utf8.DecodeRuneInString(w)
		numFirst.add(r)
	}
	// numerals: Sino-Korean (sino), native (native, nativeOnes), 몇; units
	// read right after a numeral: 년 (yearAt), 월 (monthAt), 분기
	// (quarterAt), 시 (clock), and countUnit's 시간 주일 개월 초 분 일 주 달 년.
	mark(&numNext, sinoStarts...)
	mark(&numNext, "스물", "스무", "서른", "열", "몇")
	for _, o := range nativeOnes {
		mark(&numNext, o.w)
	}
	mark(&numNext, "년", "월", "분", "시", "초", "일", "주", "개", "달", "해")
	mark(&numSyl, sinoStarts...)
	mark(&numSyl, "스물", "스무", "서른", "열", "몇")
	for _, o := range nativeOnes {
		mark(&numSyl, o.w)
	}
	mark(&unitSyl, "년", "월", "분", "시", "초", "일", "주", "개", "달", "해")
}

// numSyl marks the syllables of numerals, unitSyl the first syllables of
// the units read right after one (as numNext).
var numSyl, unitSyl sylSet

// numeralThenUnit reports whether the run of numeral syllables at t[i:]
// reaches a unit syllable (이십일일, 세시, 두달), or ends at one space
// before a unit of durUnits (스무 해, 열두 시간): the one rule that reads
// a numeral no unit glues to is durPartAt, with one space after it. It
// refuses words like 이사장, 여사 (numeral syllables followed by another
// syllable) and 사열, 서열 2위, 한다” (no unit after them).
func numeralThenUnit(t string, i int) bool {
	for p := i; p < len(t); p += 3 {
		r, ok := syllableAt(t, p)
		if !ok {
			if t[p] != ' ' {
				return false
			}
			r2, ok2 := syllableAt(t, p+1)
			return ok2 && durFirst.has(r2)
		}
		if unitSyl.has(r) {
			switch r {
			case '개': // 개월, the one unit of 개 (not 공개)
				return hasAt(t, p, "개월")
			case '해': // durPartAt's, after a native numeral or 몇 (not 이해)
				r0, _ := syllableAt(t, i)
				return nativeStart.has(r0) || r0 == '몇'
			}
			return true
		}
		if !numSyl.has(r) {
			return false
		}
	}
	return false
}

// spacedNumeral holds the native numerals of one syllable that durPartAt
// reads before a space and a unit (한 달, 석 달, 두 시간, 몇 년): the one
// rule that reads such a numeral and a space (clock and countUnit read no
// space after one), so the gate admits them only before a syllable that
// starts a unit of durUnits (durFirst).
var spacedNumeral, durFirst = func() (*sylSet, *sylSet) {
	var n, u sylSet
	for _, r := range "한두세네석넉몇열" {
		n.add(r)
	}
	for _, d := range durUnits {
		r, _ := utf8.DecodeRuneInString(d.w)
		u.add(r)
	}
	return &n, &u
}()

// pairMaybe holds, hashed, the pairs of a trigger syllable and its next
// rune that pairGate can admit unless the syllable is in litFirst: a
// numeral start and what continues a numeral (numFirst, numNext), a
// spaced numeral and a space, the first two runes of a literal word. The
// words most triggers start (이사, 사업, 일부, 한국) are none of them, and
// nextStart skips them without calling pairGate.
var pairMaybe pairSet

func init() {
	members := func(t *sylSet) (rs []rune) {
		for k := rune(0); k < 11172; k++ {
			if t.has(0xAC00 + k) {
				rs = append(rs, 0xAC00+k)
			}
		}
		return
	}
	next := members(&numNext)
	for _, r0 := range members(&numFirst) {
		for _, r1 := range next {
			pairMaybe.add(r0, r1)
		}
	}
	for _, r0 := range members(spacedNumeral) {
		pairMaybe.add(r0, ' ')
	}
	for k, ws := range litWords {
		for _, w := range ws {
			if k > 0 {
				r0, _ := utf8.DecodeRuneInString(w.w)
				pairMaybe.add(r0, w.r1)
			}
		}
	}
}

// pairGate reports whether a rule can match at the Hangul syllable r0 at
// t[i:], whose next rune is r1 (0 at the end of the text).
func pairGate(t string, i int, r0, r1 rune) bool {
	k := r0 - 0xAC00
	if litFirst.has(r0) {
		return true
	}
	if numFirst.has(r0) && numNext.has(r1) && numeralThenUnit(t, i) {
		return true
	}
	if r1 == ' ' && spacedNumeral.has(r0) {
		if r2, ok := syllableAt(t, i+4); ok && durFirst.has(r2) {
			return true
		}
	}
	if !litPairs.has(r0, r1) {
		return false
	}
	for _, w := range litWords[litIdx[k]] {
		if w.r1 == r1 && hasAt(t, i, w.w) && (!w.follow || prefixFollows(t, i+len(w.w))) {
			return true
		}
	}
	return false
}

// digitGate reports whether a rule can match at the ASCII digit t[i]: the
// run of digits is at most four long, and what follows it is something a
// rule reads after digits (a date or time sign, a space, a unit).
func digitGate(t string, i int) bool {
	j := i + 1
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if j-i > 4 {
		return false
	}
	if j == len(t) {
		return true
	}
	switch c := t[j]; c {
	case '.':
		// only the numeric dates read a dot after digits: 2025.09.04,
		// 2025. 9. 4., 25.09.04 (two digits after it); not 1.4조, 10.5%;
		// and a holiday written with digits and a dot (3.1절), or a month
		// of one digit and a day naming an event (4.3 사건; 10·29 참사 is
		// read after the middle dot: two digits and a dot are money more
		// often than not, 16.8조원)
		switch j - i {
		case 1:
			return digitHolidayAt(t, i) || mdNameAt(t, i)
		case 2:
			k := j + 1
			if k < len(t) && t[k] == ' ' {
				k++
			}
			return k+1 < len(t) && isDigit(t[k]) && isDigit(t[k+1])
		case 4:
			return true
		}
		return false
	case '-', '/', ':', ' ', '\t', '\n', ')', '~', 'a', 'p', 'A', 'P', '\'', '"', ']':
		return true
	default:
		if c < utf8.RuneSelf {
			return false
		}
	}
	// a syllable, the usual case, read inline
	if j+3 <= len(t) {
		b := t[j : j+3]
		if isSyllable3(uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) {
			r := rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
			switch r {
			case '개':
				return hasAt(t, j, "개월")
			case '여':
				return yeoUnitAt(t, j+len("여"))
			}
			return digitUnit.has(r)
		}
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	switch r {
	case '개':
		return hasAt(t, j, "개월") // the one unit starting with 개 (not 4개사)
	case '여':
		return yeoUnitAt(t, j+len("여"))
	case '년', '월', '일', '시', '분', '초', '주', '달', '박', '학', '’', '”', '」', '》', '〉',
		'\u00a0', '·', 'ㆍ', '∙', '∼', '〜', '–', '—':
		return true
	}
	return false
}

// yeoUnitAt reports whether a unit that durPartAt reads after digits and
// 여 (10여년, 20여 개월) starts at t[p:], after one space or none: the
// one rule that reads 여 right after digits (not 10여명, 20여 개).
func yeoUnitAt(t string, p int) bool {
	if p < len(t) && t[p] == ' ' {
		p++
	}
	for k := range durUnits {
		if w := durUnits[k].w; w != "해" && hasAt(t, p, w) {
			return true
		}
	}
	return false
}

// digitUnit holds the syllables digitGate admits after digits but 개
// and 여.
var digitUnit = newSylSet("년월일시분초주달박여학")

// digitsNext is what follows the run of digits at a word start, for the
// rules that read a number and then a fixed word or a range sign, none of
// which can match without it there:
//   - yearLed (yearAt): N년, N학년도
//   - monthLed: N월 (monthAt), or a range N~M월
//   - dayLed: N일 (dayAt), or a range N~M일 (dayRangeAt)
//   - yearParts (quarterAt; its words start with a syllable): one digit,
//     then 분기, ·4분기, /4분기, ㆍ4분기 or ∙4분기
//   - hourRange (no part of the day before digits): a range N~M시
//
// TestDigitsNext checks at() against atOld, which tries them all.
type digitsNext struct {
	year, month, day bool // 년 or 학년도, 월, 일 right after the digits
	quarter          bool // 1..4, then 분기, ·4분기, /4분기, ㆍ4분기 or ∙4분기
	rng              bool // a range sign after the digits (rangeSep)
	n                int  // the number of digits
	u                rune // the syllable right after them (-1: none)
}

// digitsNextAt computes digitsNext for the digits at i.
func (s *scanner) digitsNextAt(i int) (d digitsNext) {
	t := s.t
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	d.n = j - i
	var c byte
	if j < len(t) {
		c = t[j]
	}
	d.u = -1
	if c >= utf8.RuneSelf {
		// the syllable after the digits, read once
		d.u, _ = syllableAt(t, j)
		switch d.u {
		case '년':
			d.year = true
		case '학':
			d.year = hasAt(t, j, "학년도")
		case '월':
			d.month = true
		case '일':
			d.day = true
		}
	}
	// quarterAt: a digit 1..4, then 분기, ·4분기, /4분기, ㆍ4분기 or ∙4분기
	if j == i+1 && t[i] >= '1' && t[i] <= '4' {
		e := j
		if x, _, ok := s.word(j, quarterOf...); ok {
			e = x
		}
		d.quarter = hasAt(t, e, "분기")
	}
	// rangeSep steps over spaces (' ', '\t', U+00A0), then reads a sign
	// that starts with one of ~ - 0xE2 0xE3
	switch c {
	case ' ', '\t', 0xC2, '~', '-', 0xE2, 0xE3:
		_, d.rng = s.rangeSep(j)
	}
	return
}

// quarterOf are the signs of a quarter as a fraction of the year (1·4분기).
var quarterOf = []string{"·4", "/4", "ㆍ4", "∙4"}

// ---- the candidate's class ----
//
// run stops only where a rule can start; there at() sorts the candidate
// once, by what follows its digits or by its first runes, into the rules
// that can match (a cand) and runs only those. Most candidates can be
// one or two things (28일 a day or a count, 이날 a relative day), and the
// rules they skip are code the instruction cache need not hold. The
// order in which the rules are tried, and so which match wins, stays.
// TestCand checks at() against atAll, which runs every rule its gate
// admits.

// A cand holds a bit for each rule (or group of rules) of at() that can
// match at a candidate (matchMinute, told by 전 or 후, has none).
type cand uint16

const (
	cClock    cand = 1 << iota // clock
	cTimeOff                   // timeOffset
	cOffset                    // offset
	cDur                       // durationAt
	cNumeric                   // numeric
	cBareYear                  // bareYear
	cDay                       // dayLed
	cYear                      // yearLed
	cMonth                     // monthLed
	cHoliday                   // holidayLed
	cParts                     // yearParts
	cPod                       // podAlone, hourRange: a part of the day
	cTimeWord                  // timeSpan and the words of timeAt's switch
	cPrefix                    // prefixLed
	cRel                       // relWord
	cWeekday                   // weekdayLed

	// cTime: the bits of the rules of timeAt
	cTime = cClock | cTimeOff | cPod | cTimeWord
)

// cand is what can start at the digits at i that d describes:
//   - clock: at most two digits, then ':', 시, or am/pm (a or p, after a
//     space or not)
//   - timeOffset, offset (countUnit): at most four digits, then, after a
//     space or not, a unit of countUnitWord: 시 초 분 for the first, 일 주
//     개 달 년 for the second
//   - numeric: at most four digits, then '.', '-' or '/', or a four-digit
//     year range
//   - bareYear: four digits, 1900..2099
//   - holidayLed: a holiday of the list written with digits (3·1절, 3.1절)
func (d *digitsNext) cand(t string, i int) cand {
	k := cDur // durationAt has its own gate (durDigitsGate)
	j, n := i+d.n, d.n
	var c byte
	if j < len(t) {
		c = t[j]
	}
	if n <= 2 && (c == ':' || d.u == '시' || isAP(t, j) || c == ' ' && isAP(t, j+1)) {
		k |= cClock
	}
	if n <= 4 {
		u, q := d.u, j
		if c == ' ' {
			u, _ = syllableAt(t, j+1)
			q = j + 1
		}
		switch u {
		case '시', '초', '분':
			if offsetMay(t, q, u) {
				k |= cTimeOff
			}
		case '일', '주', '개', '달', '년':
			if offsetMay(t, q, u) {
				k |= cOffset
			}
		}
		if c == '.' || c == '-' || c == '/' || n == 4 && d.rng || n <= 2 && (c == 0xC2 || c == 0xE2 || c == 0xE3) && mdNameAt(t, i) {
			k |= cNumeric
		}
	}
	if n == 4 && (t[i] == '1' || t[i] == '2') {
		k |= cBareYear
	}
	if d.day || d.rng {
		k |= cDay
	}
	if d.year {
		k |= cYear
	}
	if d.month || d.rng {
		k |= cMonth
	}
	if n == 1 && digitHolidayAt(t, i) {
		k |= cHoliday
	}
	if d.quarter {
		k |= cParts
	}
	return k
}

// offsetMay reports whether offsetSuffix can find one of its words (이내,
// 안, 내, 이후, 이전, 후, 뒤, 전) after the unit of countUnitWord that
// starts with the syllable u at t[q:]: right after it or after one space
// (3일 후, 2주일 뒤, 1시간반 전). Most counts have none (28일에, 3년간):
// timeOffset and offset, which read only such counts, are left out there.
func offsetMay(t string, q int, u rune) bool {
	e := q + 3
	switch u {
	case '주':
		if hasAt(t, e, "일") {
			e += 3 // 주일
		}
	case '개':
		e += 3 // 개월
	case '시':
		e += 3 // 시간
		if hasAt(t, e, "반") {
			e += 3
		}
	}
	return offsetFirstAt(t, e) || e < len(t) && (t[e] == ' ' || t[e] == '\t') && offsetFirstAt(t, e+1)
}

// offsetFirstAt reports whether t[p:] starts with a syllable of offsetFirst.
func offsetFirstAt(t string, p int) bool {
	r, ok := syllableAt(t, p)
	return ok && offsetFirst.has(r)
}

// isAP reports whether t[p] is a, p, A or P (the first letter of am/pm).
func isAP(t string, p int) bool {
	return p < len(t) && (t[p]|0x20 == 'a' || t[p]|0x20 == 'p')
}

// sylCand is what can start at the rune r at t[i:] that is no digit: a
// syllable or a quote. A rule that reads a numeral (clock, countUnit,
// yearAt, monthAt, quarterAt, durPartAt) can match only where
// numeralMay admits one; the others read a literal word whole (litCands:
// a part of the day, the words of timeAt and prefixLed, holidays, the
// day words of countUnit and durPartAt, the relative years, 유월 and
// 시월, 상반기, 하반기, 연말 and 연초, the words of relWord, weekdays); a
// quote opens only a year
// ('25년). Each bit is also within the first-syllable gate the rule had
// before.
func (s *scanner) sylCand(i int, r rune) cand {
	if r == '\'' || r == '‘' || r == '’' {
		return cYear
	}
	t := s.t
	r1 := runeAfter(t, i+3)
	k := litCandAt(t, i, r, r1)
	if numeralMay(t, i, r, r1) {
		if gClock.has(r) {
			k |= cClock
		}
		if gCount.has(r) {
			k |= cTimeOff | cOffset | cDur
		}
		if gYear.has(r) {
			k |= cYear
		}
		if gMonth.has(r) {
			k |= cMonth
		}
		if gYearParts.has(r) {
			k |= cParts
		}
	}
	return k
}

// litCand is a literal word a rule reads whole at a candidate, and the
// rules it can start (a part of the day starts a clock too: 오후 3시);
// r1 is its second rune (-1: none), compared before the word.
type litCand struct {
	w      string
	k      cand
	r1     rune
	follow bool // a bare prefix word: its rules read what follows (prefixFollows)
}

// litCands lists the literal words of sylCand by their first syllable,
// at litCandIdx of that syllable (0: none).
var (
	litCandIdx [11172]uint8
	litCands   = [][]litCand{nil}
)

func init() {
	add := func(k cand, ws ...string) {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			g := litCandIdx[r-0xAC00]
			if g == 0 {
				g = uint8(len(litCands))
				litCands = append(litCands, nil)
				litCandIdx[r-0xAC00] = g
			}
			// a word of several rules is read once, with all their bits
			if n := slices.IndexFunc(litCands[g], func(c litCand) bool { return c.w == w }); n >= 0 {
				litCands[g][n].k |= k
				continue
			}
			r1 := rune(-1)
			if n := utf8.RuneLen(r); len(w) > n {
				r1, _ = utf8.DecodeRuneInString(w[n:])
			}
			litCands[g] = append(litCands[g], litCand{w: w, k: k, r1: r1})
		}
	}
	add(cPod|cClock, pods...)
	// timeSpan (lastNext) and the words of timeAt's switch (lateEarly,
	// thisWords, nowWordList, noonWords)
	add(cTimeWord, "지난", "다음", "늦은", "이른", "이번", "지금", "방금", "정오", "자정")
	add(cPrefix, "지난", "오는", "다음", "이번", "저번") // gPrefix: not 올
	for _, h := range holidays {
		if r, _ := utf8.DecodeRuneInString(h.w); isHangul(r) {
			add(cHoliday, h.w)
		}
	}
	for _, w := range dayWords {
		add(cTimeOff|cOffset|cDur, w.w) // countUnit, durPartAt
	}
	for _, w := range relYears {
		add(cYear, w.w)
	}
	add(cMonth, "유월", "시월")
	add(cParts, "상반기", "하반기", "연말", "연초") // bare: no 말, 초, seasons
	for _, l := range [][]relEntry{relDays, relMonths, relWeeks, relQuarters} {
		for _, w := range l {
			add(cRel, w.w)
		}
	}
	add(cRel, seasonPrefixes.words...) // relWord: 이번 겨울, 지난 주말
	add(cWeekday, weekdays...)
	// the bare prefix words: all their bits are for rules that read a
	// word after them
	for _, g := range litCands {
		for n := range g {
			if c := &g[n]; slices.Contains(prefixWords.words, c.w) {
				if c.k&^(cTimeWord|cPrefix|cRel) != 0 {
					panic("date: a prefix word starts a rule that reads no word after it: " + c.w)
				}
				c.follow = true
			}
		}
	}
	// what those rules read after the prefix and spaces: a digit (a day,
	// a month, a year, a date, a holiday, a count), or a syllable that
	// starts a weekday (weekdayName), a holiday (holidayLed), a count
	// (countUnit, for prefixLed and timeSpan), a part of the day (이번
	// 아침: timeAt), a season or 주말 (relWord)
	for _, g := range []*gate{&gWeekday, &gHoliday, &gCount, &gPod} {
		for k, v := range g.sylSet {
			prefixFollow[k] |= v
		}
	}
	for _, w := range append(slices.Clone(seasonWords.words), weekendWords.words...) {
		r, _ := utf8.DecodeRuneInString(w)
		prefixFollow.add(r)
	}
}

// prefixFollow holds the syllables that can start what the rules of a
// bare prefix word (지난, 이번, 다음, 오는, 저번) read after it.
var prefixFollow sylSet

// prefixFollows reports whether t[p:], after spaces (skipSpaces),
// starts with a digit or a syllable of prefixFollow: where the rules of
// a bare prefix word ending at p can match. Most of them are no date
// (이번 예산안, 지난 뉴스레터, 다음으로) and none of the rules runs there.
func prefixFollows(t string, p int) bool {
	p = skipSpaces(t, p)
	if p >= len(t) {
		return false
	}
	if isDigit(t[p]) {
		return true
	}
	r, ok := syllableAt(t, p)
	return ok && prefixFollow.has(r)
}

// litCandAt is what the literal words that start at the syllable r at
// t[i:] can start; r1 is the rune after r (runeAfter). Most words of r
// are told apart by their second rune without reading them.
func litCandAt(t string, i int, r, r1 rune) (k cand) {
	if !isHangul(r) {
		return 0
	}
	ws := litCands[litCandIdx[r-0xAC00]]
	for n := range ws {
		w := &ws[n]
		if (w.r1 == r1 || w.r1 < 0) && hasAt(t, i, w.w) && (!w.follow || prefixFollows(t, i+len(w.w))) {
			k |= w.k
		}
	}
	return k
}

// numeralMay reports whether a numeral that a unit follows can start at
// the syllable r0 at t[i:]: the numeral branches of pairGate (삼월, 세시,
// 이천십오년, 두달; 한 달, 몇 년).
func numeralMay(t string, i int, r0, r1 rune) bool {
	if !numFirst.has(r0) {
		return false
	}
	if numNext.has(r1) && numeralThenUnit(t, i) {
		return true
	}
	if r1 == ' ' && spacedNumeral.has(r0) {
		r2, ok := syllableAt(t, i+4)
		return ok && durFirst.has(r2)
	}
	return false
}
