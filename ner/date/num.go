package date

import (
	"unicode/utf8"
)

// Numeral readers. Each takes a byte offset into the text and returns the
// number and the offset just past it; ok is false when nothing numeric
// starts there. They never look behind p: callers check word boundaries.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits reads 1..max ASCII digits and fails when more digits follow.
func digits(t string, p, max int) (n, e int, ok bool) {
	e = p
	for e < len(t) && isDigit(t[e]) {
		if e-p == max {
			return 0, p, false
		}
		n = n*10 + int(t[e]-'0')
		e++
	}
	return n, e, e > p
}

func sinoDigit(r rune) int {
	switch r {
	case '영', '공':
		return 0
	case '일':
		return 1
	case '이':
		return 2
	case '삼':
		return 3
	case '사':
		return 4
	case '오':
		return 5
	case '육', '륙':
		return 6
	case '칠':
		return 7
	case '팔':
		return 8
	case '구':
		return 9
	}
	return -1
}

// sino reads a Sino-Korean numeral (이천십오, 십이, 이십삼) up to 9999. Two
// digits in a row end the numeral, so 삼일 reads as 3 followed by 일.
func sino(t string, p int) (n, e int, ok bool) {
	total, cur := 0, 0
	lastDigit := false
	e = p
	for e < len(t) {
		r, w := decodeRune(t, e)
		if d := sinoDigit(r); d >= 0 {
			if lastDigit {
				break
			}
			cur, lastDigit = d, true
			e += w
			continue
		}
		mult := 0
		switch r {
		case '십':
			mult = 10
		case '백':
			mult = 100
		case '천':
			mult = 1000
		}
		if mult == 0 {
			break
		}
		if cur == 0 {
			cur = 1
		}
		total += cur * mult
		cur, lastDigit = 0, false
		e += w
	}
	total += cur
	return total, e, e > p
}

var nativeOnes = []struct {
	w string
	n int
}{
	{"하나", 1}, {"한", 1}, {"둘", 2}, {"두", 2}, {"셋", 3}, {"세", 3}, {"석", 3},
	{"넷", 4}, {"네", 4}, {"넉", 4}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9},
}

// native reads a native Korean numeral (한, 두, 세, 열두, 스물네) up to 39.
func native(t string, p int) (n, e int, ok bool) {
	e = p
	if r, ok := syllableAt(t, p); !ok || !nativeStart.has(r) {
		return 0, p, false
	}
	switch {
	case hasAt(t, p, "스물"):
		n, e = 20, p+len("스물")
	case hasAt(t, p, "스무"):
		return 20, p + len("스무"), true
	case hasAt(t, p, "서른"):
		n, e = 30, p+len("서른")
	case hasAt(t, p, "열"):
		n, e = 10, p+len("열")
	}
	if e == len(t) || !nativeStart.has(runeAtStr(t, e)) {
		return n, e, n > 0 // every one below starts with a nativeStart syllable
	}
	for _, o := range nativeOnes {
		if hasAt(t, e, o.w) {
			return n + o.n, e + len(o.w), true
		}
	}
	return n, e, n > 0
}

// count reads the number in front of a unit: digits, native or Sino-Korean
// words, and 몇 (a few, read as 3 as Duckling does).
func (s *scanner) count(p int) (n, e int, ok bool) {
	t := s.t
	if p < len(t) && isDigit(t[p]) {
		return digits(t, p, 4)
	}
	if hasAt(t, p, "몇") {
		return 3, p + len("몇"), true
	}
	if n, e, ok = s.nativeAt(p); ok {
		return
	}
	return s.sinoAt(p)
}

// sinoAt is sino(s.t, p), remembered for the last p: yearAt, monthAt,
// quarterAt, dayAt, clock and count all read the numeral at a word start.
func (s *scanner) sinoAt(p int) (n, e int, ok bool) {
	if c := &s.sn; c.set && c.p == p {
		return c.n, c.e, c.ok
	}
	n, e, ok = sino(s.t, p)
	s.sn = numCache{p: p, n: n, e: e, ok: ok, set: true}
	return
}

// nativeAt is native(s.t, p), remembered for the last p as sinoAt (clock,
// count and durPartAt read it).
func (s *scanner) nativeAt(p int) (n, e int, ok bool) {
	if c := &s.nn; c.set && c.p == p {
		return c.n, c.e, c.ok
	}
	n, e, ok = native(s.t, p)
	s.nn = numCache{p: p, n: n, e: e, ok: ok, set: true}
	return
}

// numCache is the last numeral read by sinoAt or nativeAt.
type numCache struct {
	p, n, e int
	ok, set bool
}

var nativeStart = new(sylSet)

func init() {
	for _, w := range []string{"스물", "스무", "서른", "열"} {
		r, _ := utf8.DecodeRuneInString(w)
		nativeStart.add(r)
	}
	for _, o := range nativeOnes {
		r, _ := utf8.DecodeRuneInString(o.w)
		nativeStart.add(r)
	}
}

// runeAtStr is the rune at t[e:] (e < len(t)).
func runeAtStr(t string, e int) rune {
	r, _ := decodeRune(t, e)
	return r
}
