package date

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// The loop of run before it sorted bytes by runClass (a rule check per
// rune, skipWord over words), kept to compare run with.

func (s *scanner) runOld() {
	t := s.t
	prevWord := false
	for i := 0; i < len(t); {
		if prevWord && i != s.dateEnd {
			// inside a word no rule starts: skip its Hangul syllables and
			// ASCII letters and digits without decoding them (prevWord
			// stays true after each; dateEnd is behind i)
			i = skipWordOld(t, i)
			if i >= len(t) {
				break
			}
		}
		c := t[i]
		if c < utf8.RuneSelf {
			if (isDigit(c) && (!s.gated || digitGate(t, i)) || c == '\'' && (!s.gated || s.isDigitAt(i+1))) && (!prevWord || i == s.dateEnd) {
				if e := s.at(i); e > i {
					i, prevWord = e, s.wordBeforeOld(e)
					continue
				}
			}
			prevWord = isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z'
			i++
			continue
		}
		r, n := decodeRune(t, i)
		if r >= 0xAC00 && r <= 0xD7A3 {
			if (!prevWord || i == s.dateEnd) && trigger.has(r) && (!s.gated || pairGate(t, i, r, s.runeAt(i+n))) {
				if e := s.at(i); e > i {
					i, prevWord = e, s.wordBeforeOld(e)
					continue
				}
			}
			prevWord = true
		} else {
			// a quote opens only a year: ’25년
			if (r == '‘' || r == '’') && !prevWord && (!s.gated || s.isDigitAt(i+n)) {
				if e := s.at(i); e > i {
					i, prevWord = e, s.wordBeforeOld(e)
					continue
				}
			}
			prevWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		i += n
	}
}

// skipWordOld returns the end of the run of Hangul syllables (U+AC00-U+D7A3)
// and ASCII letters and digits at i.
func skipWordOld(t string, i int) int {
	for i < len(t) {
		switch byteClassOld[t[i]] {
		case bcAlnum:
			i++
			continue
		case bcLead:
			if i+2 < len(t) {
				c, b1, b2 := t[i], t[i+1], t[i+2]
				if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
					if r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); r >= 0xAC00 && r <= 0xD7A3 {
						i += 3
						continue
					}
				}
			}
		}
		break
	}
	return i
}

// byteClassOld sorts bytes for skipWordOld: ASCII letters and digits, and the
// lead bytes of the Hangul syllables (0xEA-0xED).
var byteClassOld = func() (c [256]uint8) {
	for b := '0'; b <= '9'; b++ {
		c[b] = bcAlnum
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = bcAlnum, bcAlnum
	}
	for b := 0xEA; b <= 0xED; b++ {
		c[b] = bcLead
	}
	return
}()

const (
	bcAlnum = 1 + iota
	bcLead
)

func (s *scanner) wordBeforeOld(e int) bool {
	r, _ := utf8.DecodeLastRuneInString(s.t[:e])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanOld is scan with runOld.
func scanOld(text string, ref time.Time) []ner.Mention {
	if ms := scanWith(nil, text, ref, true, (*scanner).runOld); ms != nil {
		return ms
	}
	return noMentions[:0:0]
}

// TestRunOld compares run with runOld on the examples and corpora, and on
// every suffix of their first bytes (each position a text start).
func TestRunOld(t *testing.T) {
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, text := range gateTexts(t) {
		checkRunOld(t, text, ref)
		for k := 1; k < len(text) && k < 32; k++ {
			checkRunOld(t, text[k:], ref)
		}
	}
}

func checkRunOld(t *testing.T, text string, ref time.Time) {
	t.Helper()
	if got, want := scan(text, ref), scanOld(text, ref); !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: run %+v; runOld %+v", text, got, want)
	}
}

// FuzzRunOld compares run with runOld on arbitrary bytes.
func FuzzRunOld(f *testing.F) {
	for _, s := range []string{"4일 오후 3시", "'25년 하반기", "‘25년", "내일저녁 7시", "A3 2025.9.4 漢字 3일", "\xed\x9f\xbf3일", "\xea\xb0", "ꀀ3일"} {
		f.Add(s)
	}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	f.Fuzz(func(t *testing.T, text string) {
		checkRunOld(t, text, ref)
	})
}

// cue1Old is cue1 before it told syllables by their bytes.
func (s *scanner) cue1Old(p int) (v, q int, decided bool) {
	t := s.t
	lim := p + 240
	if lim > len(t) {
		lim = len(t)
	}
	for q := p; q < lim; {
		c := t[q]
		if c < utf8.RuneSelf {
			if c == '.' || c == '?' || c == '!' || c == '\n' {
				return 0, q, true
			}
			q++
			continue
		}
		r, n := decodeRune(t, q)
		if isHangul(r) {
			switch {
			case r == '겠', r == '예' && hasAt(t, q, "예정"):
				return 1, q, true
			}
			jong := (r - 0xAC00) % 28
			switch {
			case jong == 20 && r != '있': // ㅆ: 했, 었, 였, 됐
				return -1, q, true
			case jong == 8 && (hasAt(t, q+n, " 것") || hasAt(t, q+n, " 전망") ||
				hasAt(t, q+n, " 계획") || hasAt(t, q+n, " 방침")): // 할 것, 할 계획
				return 1, q, true
			case jong == 4 && hasAt(t, q+n, "다") && s.hard(q+n+len("다")) && r != '인': // 된다, 연다
				return 1, q, true
			case s.forwardAdnominal(q, r):
				return 1, q, true
			}
		}
		q += n
	}
	return 0, lim, false
}

// prevWordOld is prevWord with strings.HasSuffix.
func (s *scanner) prevWordOld(i int, ws ...string) bool {
	j := i
	for j > 0 && s.t[j-1] == ' ' {
		j--
	}
	if j == i && i > 0 {
		return false
	}
	for _, w := range ws {
		if strings.HasSuffix(s.t[:j], w) {
			k := j - len(w)
			if k == 0 || s.t[k-1] == ' ' || s.t[k-1] == '(' || s.t[k-1] == '\n' {
				return true
			}
		}
	}
	return false
}

// zoneOld is zone without its first-byte test.
func (s *scanner) zoneOld(p int) (int, int, bool) {
	q := p
	if q < len(s.t) && s.t[q] == ' ' {
		q++
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

// ampmOld is ampm without its first-byte test.
func (s *scanner) ampmOld(p int, short bool) (int, string, bool) {
	q := p
	if q < len(s.t) && s.t[q] == ' ' {
		q++
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

// wordOld is word without its first-byte test.
func (s *scanner) wordOld(p int, ws ...string) (int, string, bool) {
	best, bw := -1, ""
	for _, w := range ws {
		if p+len(w) > best && hasAt(s.t, p, w) {
			best, bw = p+len(w), w
		}
	}
	return best, bw, best >= 0
}

// spOld is sp as a recursion.
func (s *scanner) spOld(p int) int {
	for p < len(s.t) && (s.t[p] == ' ' || s.t[p] == '\t') {
		p++
	}
	if s.has(p, "\u00a0") {
		return s.spOld(p + 2)
	}
	return p
}

// holidayLedOld is holidayLed before it compared first runes.
func (s *scanner) holidayLedOld(p, y int, hasYear bool, dir int) (int, dv, string, bool) {
	if r := s.runeAt(p); !gHoliday.has(r) && !isDigit(byte(r)) || r >= 0x80 && !isHangul(r) {
		return 0, dv{}, "", false
	}
	for _, h := range holidays {
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

// digitGateOld is digitGate before it read a syllable inline.
func digitGateOld(t string, i int) bool {
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
		// and a holiday written with digits and a dot (3.1절)
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

// durPartAtOld is durPartAt before it read the day words only where one
// can start.
func (s *scanner) durPartAtOld(p int, first bool) (durPart, int, bool) {
	t := s.t
	if p >= len(t) {
		return durPart{}, 0, false
	}
	if !isDigit(t[p]) {
		for _, w := range dayWords {
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
			return durPart{}, 0, false
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

// yearAtOld is yearAt before it read the relative year words only where
// one can start.
func (s *scanner) yearAtOld(p int) (y, e int, rel, more, ok bool) {
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
			return n, e + len("생"), false, false, true
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

// offsetSuffixOld is offsetSuffix before it looked at the first syllable.
func (s *scanner) offsetSuffixOld(e int, unit string) (kind byte, end int) {
	for _, p := range []int{e, s.sp(e)} {
		if p > e+1 {
			break
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

// checkHelpers compares the helpers that replaced a slower form with it at
// every position of text.
func checkHelpers(t *testing.T, text string) {
	t.Helper()
	s := &scanner{t: text}
	for p := 0; p <= len(text); p++ {
		if p < len(text) {
			v, q, d := s.cue1(p)
			v0, q0, d0 := s.cue1Old(p)
			if v != v0 || q != q0 || d != d0 {
				t.Fatalf("%q at %d: cue1 %d %d %v; old %d %d %v", text, p, v, q, d, v0, q0, d0)
			}
			e, u, ok := countUnitWord(text, p)
			e0, u0, ok0 := s.word(p, "시간", "주일", "개월", "초", "분", "일", "주", "달", "년")
			if ok != ok0 || ok && (e != e0 || u != u0) {
				t.Fatalf("%q at %d: countUnitWord %d %q %v; word %d %q %v", text, p, e, u, ok, e0, u0, ok0)
			}
		}
		for _, ws := range [][]string{{"상반기", "하반기"}, {"", "3"}, pods, {"지난", "오는", "다음", "이번", "저번", "올 "}, {"\x00a", "a"}, {"~", "∼", "〜", "–", "-", "—"}, {}} {
			e, w, ok := s.word(p, ws...)
			e0, w0, ok0 := s.wordOld(p, ws...)
			if e != e0 || w != w0 || ok != ok0 {
				t.Fatalf("%q at %d: word %d %q %v; old %d %q %v", text, p, e, w, ok, e0, w0, ok0)
			}
		}
		for _, a := range []struct {
			y, dir  int
			hasYear bool
		}{{2025, 0, true}, {0, 0, false}, {0, -2, false}, {0, 2, false}} {
			e, v, r, ok := s.holidayLed(p, a.y, a.hasYear, a.dir)
			e0, v0, r0, ok0 := s.holidayLedOld(p, a.y, a.hasYear, a.dir)
			if e != e0 || v != v0 || r != r0 || ok != ok0 {
				t.Fatalf("%q at %d: holidayLed %d %v %q %v; old %d %v %q %v", text, p, e, v, r, ok, e0, v0, r0, ok0)
			}
		}
		if p < len(text) && isDigit(text[p]) && digitGate(text, p) != digitGateOld(text, p) {
			t.Fatalf("%q at %d: digitGate %v; old %v", text, p, digitGate(text, p), digitGateOld(text, p))
		}
		for _, first := range []bool{false, true} {
			d, e, ok := s.durPartAt(p, first)
			d0, e0, ok0 := s.durPartAtOld(p, first)
			if d != d0 || e != e0 || ok != ok0 {
				t.Fatalf("%q at %d: durPartAt %v %d %v; old %v %d %v", text, p, d, e, ok, d0, e0, ok0)
			}
		}
		{
			y, e, rel, more, ok := s.yearAt(p)
			y0, e0, rel0, more0, ok0 := s.yearAtOld(p)
			if y != y0 || e != e0 || rel != rel0 || more != more0 || ok != ok0 {
				t.Fatalf("%q at %d: yearAt %d %d %v %v %v; old %d %d %v %v %v", text, p, y, e, rel, more, ok, y0, e0, rel0, more0, ok0)
			}
		}
		for _, unit := range []string{"일", "년"} {
			k, e := s.offsetSuffix(p, unit)
			k0, e0 := s.offsetSuffixOld(p, unit)
			if k != k0 || e != e0 {
				t.Fatalf("%q at %d: offsetSuffix %c %d; old %c %d", text, p, k, e, k0, e0)
			}
		}
		if p < len(text) {
			r := s.runeAt(p)
			e, v, ok := s.timeAt(p, r, cTime)
			e0, v0, ok0 := s.timeAtAll(p, r)
			if e != e0 || v != v0 || ok != ok0 {
				t.Fatalf("%q at %d: timeAt %d %v %v; old %d %v %v", text, p, e, v, ok, e0, v0, ok0)
			}
		}
		if got, want := s.sp(p), s.spOld(p); got != want {
			t.Fatalf("%q at %d: sp %d; old %d", text, p, got, want)
		}
		e, o, ok := s.zone(p)
		e0, o0, ok0 := s.zoneOld(p)
		if e != e0 || o != o0 || ok != ok0 {
			t.Fatalf("%q at %d: zone %d %d %v; old %d %d %v", text, p, e, o, ok, e0, o0, ok0)
		}
		for _, short := range []bool{false, true} {
			e, w, ok := s.ampm(p, short)
			e0, w0, ok0 := s.ampmOld(p, short)
			if e != e0 || w != w0 || ok != ok0 {
				t.Fatalf("%q at %d: ampm %d %q %v; old %d %q %v", text, p, e, w, ok, e0, w0, ok0)
			}
		}
		if p < len(text) {
			e, v, r, ok := s.relWord(p)
			e0, v0, r0, ok0 := s.relWordOld(p)
			if e != e0 || v != v0 || r != r0 || ok != ok0 {
				t.Fatalf("%q at %d: relWord %d %v %q %v; old %d %v %q %v", text, p, e, v, r, ok, e0, v0, r0, ok0)
			}
		}
		for _, l := range wordLists {
			e, w, ok := s.in(p, l)
			e0, w0, ok0 := s.word(p, l.words...)
			if e != e0 || w != w0 || ok != ok0 {
				t.Fatalf("%q at %d: in %q %d %q %v; word %d %q %v", text, p, l.words, e, w, ok, e0, w0, ok0)
			}
		}
		for _, ws := range []*wordSet{everyWords, dayNotAfter, nowWords} {
			if got, want := s.prevWord(p, ws), s.prevWordOld(p, ws.words...); got != want {
				t.Fatalf("%q at %d: prevWord %v; old %v", text, p, got, want)
			}
		}
	}
}

func TestHelpersOld(t *testing.T) {
	for _, text := range gateTexts(t) {
		checkHelpers(t, text)
	}
}

func FuzzHelpersOld(f *testing.F) {
	for _, s := range []string{"매년 3일", "3주일 뒤 할 계획이다", "개월 시간 주 달", "예정했다", "(매주 화요일", "\xed\x9e\xa3주", "3시 ıST", "3 p.m. KST", "ſt 10AM cest", "오후 3시 PST", "3·1절 광복절에 크리스마스 이브", "성탄일", "3개사 4개월 5박 120곳 7학년도 9여 1”", "하루나 이틀간 보름째 열흘 동안 일주일 일년 몇 년 두 달", "올해 올 지난 해 내후년도 이천이십오년 '25년 2026년도", "3일 이내 5년 안에 2주 내로 4일 이후 3년 전 세계 2일 뒤에 1년전", "늦은 오후 이른 아침 이번 저녁 지금 방금, 정오에 자정 오후 3시", "이번 주 금요일 지난달 19일 다음 분기 내일모레 오늘날 전일제 이번 겨울 오는 주말 저번 달 말"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkHelpers(t, text)
	})
}

// nextStartOld is nextStart before it read a byte's step from asciiStep
// and a syllable's bytes as one number.
func nextStartOld(t string, i int, prevWord bool) (int, bool) {
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			switch runClass[c] {
			case rcSpace:
				prevWord = false
			case rcLetter:
				prevWord = true
			case rcDigit:
				if !prevWord {
					return i, false
				}
			case rcQuote:
				if !prevWord {
					return i, false
				}
				prevWord = false
			}
			i++
			continue
		}
		// a syllable: lead and first continuation byte from 0xEA 0xB0
		// (U+AC00) to 0xED 0x9D, or 0xED 0x9E up to 0xA3 (U+D7A3)
		if i+3 > len(t) {
			break
		}
		b := t[i : i+3]
		b1, b2 := b[1], b[2]
		if k := uint(c)<<8 | uint(b1); !(k-0xEAB0 < 0xED9E-0xEAB0 && b1&0xC0 == 0x80 && b2&0xC0 == 0x80 ||
			k == 0xED9E && b2-0x80 <= 0xA3-0x80) {
			break
		}
		if !prevWord {
			if r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); trigger.has(r) {
				return i, false
			}
			prevWord = true
		}
		// the rest of the word, but for the last syllables of the range
		// (0xED 0x9E): the test above takes those
		for i += 3; i+3 <= len(t); i += 3 {
			b := t[i : i+3]
			if k := uint(b[0])<<8 | uint(b[1]); k-0xEAB0 >= 0xED9E-0xEAB0 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
				break
			}
		}
	}
	return i, prevWord
}

// nextStartGatedOld is nextStartOld with the gates that run applied at
// the positions it returned: a digit digitGate refuses or a syllable
// pairGate refuses is stepped over as the first of a word.
func nextStartGatedOld(t string, i int, prevWord bool) (int, bool) {
	for {
		j, pw := nextStartOld(t, i, prevWord)
		if j < len(t) && !pw {
			if isDigit(t[j]) && !digitGate(t, j) {
				i, prevWord = j+1, true
				continue
			}
			if r, ok := syllableAt(t, j); ok && !pairGate(t, j, r, runeAfterOld(t, j+3)) {
				i, prevWord = j+3, true
				continue
			}
		}
		return j, pw
	}
}

// runeAfterOld is the rune after a trigger as run read it before runeAfter.
func runeAfterOld(t string, p int) rune {
	r1, ok1 := syllableAt(t, p)
	if !ok1 {
		r1 = (&scanner{t: t}).runeAt(p)
	}
	return r1
}

// checkNextStart compares nextStart with nextStartOld (and gated with
// nextStartGatedOld) from every position of text, after a word and not.
func checkNextStart(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		for _, pw := range []bool{false, true} {
			e, w := nextStart(text, i, pw, false)
			e0, w0 := nextStartOld(text, i, pw)
			if e != e0 || w != w0 {
				t.Fatalf("%q from %d (%v): nextStart %d %v; old %d %v", text, i, pw, e, w, e0, w0)
			}
			e, w = nextStart(text, i, pw, true)
			e0, w0 = nextStartGatedOld(text, i, pw)
			if e != e0 || w != w0 {
				t.Fatalf("%q from %d (%v): gated nextStart %d %v; old %d %v", text, i, pw, e, w, e0, w0)
			}
		}
	}
}

func TestNextStartOld(t *testing.T) {
	for _, text := range gateTexts(t) {
		checkNextStart(t, text)
	}
}

func FuzzNextStartOld(f *testing.F) {
	for _, s := range []string{"4일 오후 3시", "'25년 하반기", "가나다 3일", "\xed\x9e\xa3\xed\x9e\xa4주", "\xea\xaf\xbf가", "힣힣힣", "a1 '2 ·3", "\xeb\x80", "가\xeb", "이번 주 12345 3일 이사장 오늘"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkNextStart(t, text)
	})
}

// TestRuleName checks that ruleName is "date." + rule, without building
// the string for the rules at() emits.
func TestRuleName(t *testing.T) {
	for _, r := range []string{"day", "day-range", "half", "holiday", "month", "month-day", "month-part", "month-range",
		"nth", "numeric", "offset", "quarter", "rel-month-day", "season", "span", "weekday", "year", "year-edge",
		"year-range", "time", "duration", "rel", "week", "weekend", "rel-day", "rel-week", "rel-year", "rel-quarter", "rel-month", "other"} {
		if got := ruleName(r); got != "date."+r {
			t.Errorf("ruleName(%q) = %q", r, got)
		}
		if r != "other" && testing.AllocsPerRun(10, func() { _ = ruleName(r) }) != 0 {
			t.Errorf("ruleName(%q) allocates", r)
		}
	}
}

// TestIsWordRune compares isWordRune with the unicode package on every rune.
func TestIsWordRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("isWordRune(%U) = %v; want %v", r, got, want)
		}
	}
}

// yearForMonthOld is yearForMonth before it skipped the tense where no
// case depends on it.
func (s *scanner) yearForMonthOld(m, cueAt int) int {
	y := s.ry
	rm := s.rm
	c := s.cue(cueAt)
	switch {
	case m-rm >= 10 && c <= 0:
		y--
	case rm-m >= 10 && c >= 0:
		y++
	case c > 0 && m < rm-1:
		y++
	}
	return y
}

// nearestDayOld is resolveDay without a weekday, before it skipped the
// tense for the reference day.
func (s *scanner) nearestDayOld(d, cueAt int) time.Time {
	dir := -1
	if s.cue(cueAt) > 0 {
		dir = 1
	}
	return nearestDay(s.ry, s.rm, s.rday, d, dir)
}

// TestSkippedCue checks yearForMonth and resolveDay against the old
// code, which always read the tense, for every month and day of every
// reference month, with future, past and no wording after.
func TestSkippedCue(t *testing.T) {
	for _, text := range []string{"열릴 예정이다.", "열렸다.", "있다.", "한다", ""} {
		for rm := 1; rm <= 12; rm++ {
			for _, rday := range []int{1, 15, 28, 29, 30, 31} {
				if rday > daysIn(2024, rm) {
					continue
				}
				ref := time.Date(2024, time.Month(rm), rday, 9, 0, 0, 0, kst)
				var s scanner
				scanWith(nil, text, ref, true, func(sc *scanner) { s = *sc })
				for m := 1; m <= 12; m++ {
					if y, y0 := s.yearForMonth(m, 0, 0), s.yearForMonthOld(m, 0); y != y0 {
						t.Errorf("%q ref %v month %d: %d; old %d", text, ref, m, y, y0)
					}
				}
				for d := 1; d <= 31; d++ {
					if v, v0 := s.resolveDay(d, 0, -1, 0), s.nearestDayOld(d, 0); !v.Equal(v0) {
						t.Errorf("%q ref %v day %d: %v; old %v", text, ref, d, v, v0)
					}
				}
			}
		}
	}
}

// relWordOld is relWord before it read the entries of the syllable at i
// from relByFirst: it reads every list, skipping the entries that start
// with another rune.
func (s *scanner) relWordOld(i int) (int, dv, string, bool) {
	var best int
	var bv dv
	var br string
	try := func(e int, v dv, r string) {
		if e > best {
			best, bv, br = e, v, r
		}
	}
	r0 := s.runeAt(i)
	first := func(w relEntry) rune {
		r, _ := utf8.DecodeRuneInString(w.w)
		return r
	}
	for _, w := range relDays {
		if first(w) != r0 {
			continue
		}
		if s.has(i, w.w) {
			e := i + len(w.w)
			if w.w == "오늘" && s.has(e, "날") || w.w == "전일" && s.has(e, "제") || w.w == "그제" && s.has(e, "야") || w.w == "당일" && s.eventDay(i) {
				continue
			}
			if s.boundary(e) || s.partOfDayAt(e) {
				v := point("day", s.rd.AddDate(0, 0, w.off), true)
				v.fut = w.off > 0
				try(e, v, "rel-day")
			}
		}
	}
	for _, w := range relMonths {
		if first(w) == r0 && s.has(i, w.w) {
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
	for _, w := range relWeeks {
		if first(w) == r0 && s.has(i, w.w) {
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
	for _, w := range relQuarters {
		if first(w) == r0 && s.has(i, w.w) {
			e := i + len(w.w)
			if s.boundary(e) {
				q0 := civ(s.ry, (s.rm-1)/3*3+1, 1)
				try(e, point("quarter", addMonths(q0, 3*w.off), true), "rel-quarter")
			}
		}
	}
	// seasons with this/last/next: 올여름 is read by yearLed; 이번 겨울, 지난 겨울
	if e, w, ok := s.word(i, "이번", "지난", "다음", "오는"); ok {
		q := s.sp(e)
		if e2, sw, ok2 := s.word(q, "봄", "여름", "가을", "겨울"); ok2 && s.boundary(e2) {
			f, to := s.seasonRel(sw, w)
			try(e2, span("day", f, to, true), "season")
		}
		if e2, sw, ok2 := s.word(q, "주말"); ok2 && s.boundary(e2) {
			_ = sw
			off := map[string]int{"이번": 0, "지난": -1, "다음": 1, "오는": 1}[w]
			mon := monday(s.rd).AddDate(0, 0, 7*off)
			try(e2, span("day", mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true), "weekend")
		}
	}
	return best, bv, br, best > 0
}

// TestRefParts checks that scanWith sets the year, month and day of the
// reference date from ref.Date() as they were read from rd before.
func TestRefParts(t *testing.T) {
	for _, ref := range []time.Time{{}, time.Date(2025, 9, 4, 9, 59, 0, 0, kst), time.Date(2024, 2, 29, 23, 30, 0, 0, time.UTC),
		time.Date(2023, 12, 31, 23, 59, 59, 0, kst), time.Date(1, 1, 1, 0, 0, 0, 0, kst), time.Date(-40, 3, 1, 0, 0, 0, 0, time.UTC)} {
		var s scanner
		scanWith(nil, "", ref, true, func(sc *scanner) { s = *sc })
		if s.ry != s.rd.Year() || s.rm != int(s.rd.Month()) || s.rday != s.rd.Day() {
			t.Errorf("ref %v: %d-%d-%d; rd %v", ref, s.ry, s.rm, s.rday, s.rd)
		}
	}
}

// wordLists are the lists of scanner.in, and some with short words, for
// checkHelpers to compare in with word.
var wordLists = []*wordList{halfWords, monthWords, dayNotEnd, dayNotBefore, monthParts, seasonPrefixes, seasonWords,
	weekendWords, prefixWords, fromWords, podWords, yearEdges, yearEdgesAfterYear, lateEarly, thisWords, nowWordList, noonWords, lastNext,
	newWordList("", "가나"), newWordList("a", "가"), newWordList("~", "∼", "〜", "–", "-", "—"), newWordList()}

// TestDecodeRune checks decodeRune against utf8.DecodeRuneInString for
// every lead byte from 0xC0 with every two bytes after it, and cut short.
func TestDecodeRune(t *testing.T) {
	buf := make([]byte, 3)
	for c := 0; c < 256; c++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2++ {
				if c < 0xC0 && (b1 > 0 || b2 > 0) {
					continue
				}
				buf[0], buf[1], buf[2] = byte(c), byte(b1), byte(b2)
				for n := 1; n <= 3; n++ {
					s := string(buf[:n])
					r, w := decodeRune(s, 0)
					r0, w0 := utf8.DecodeRuneInString(s)
					if r != r0 || w != w0 {
						t.Fatalf("%q: %U %d; utf8 %U %d", s, r, w, r0, w0)
					}
				}
			}
		}
	}
}
