package numeric

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// amount is a numeral and the unit word after it.
type amount struct {
	n      numeral
	start  int      // first byte (the numeral, or a prefixed currency)
	end    int      // after the unit word, or after the numeral
	u      *unitDef // nil: a bare number
	approx bool     // 여 between numeral and unit (200여 개)
	val    dec      // value in the unit's base (센트 already divided)
	rule   string
}

// Scan finds MONEY, PERCENT and QUANTITY mentions in text. Offsets are
// byte offsets; mentions are sorted by start and do not overlap.
// Full-width digits and signs (２조, ３．５％) are read as their ASCII
// forms; offsets and texts still refer to text as given.
func Scan(text string) []ner.Mention { return ScanAppend(nil, text) }

// ScanAppend is Scan appending the mentions to dst, for a caller that
// keeps a buffer of mentions: dst grows only when the mentions do not fit
// (their values still take one allocation per call). It returns dst
// unchanged when there are none.
func ScanAppend(dst []ner.Mention, text string) []ner.Mention {
	norm, at := NarrowMap(text)
	n := len(dst)
	dst = scanWith(dst, norm, true, scanLoop)
	if at != nil {
		for i := range dst[n:] {
			m := &dst[n+i]
			m.Start, m.End = OrigOffset(at, m.Start), OrigOffset(at, m.End)
			m.Text = text[m.Start:m.End]
		}
	}
	return dst
}

// scanGated scans text as ScanAppend does after narrowing it, with the
// gates (gate.go, the digits before a date word) on or (in tests) off.
func scanGated(text string, gated bool) []ner.Mention {
	return scanWith(nil, text, gated, scanLoop)
}

// scanWith runs loop over text with a scratch from the pool (tests pass
// an older loop) and appends what it found to dst. A caller's buffer
// takes the mentions as the loop finds them (no copy of them afterwards);
// for a nil dst they are gathered in the scratch and copied to a slice of
// their number.
func scanWith(dst []ner.Mention, text string, gated bool, loop func(text string, gated bool, out []ner.Mention, bx *boxes) []ner.Mention) []ner.Mention {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	bx := &sc.bx
	bx.reset()
	if dst == nil {
		sc.out = loop(text, gated, sc.out[:0], bx)
		return sc.result()
	}
	n := len(dst)
	dst = loop(text, gated, dst, bx)
	bx.moveOut(dst[n:])
	return dst
}

// scanLoop visits the positions where a mention can start and appends
// the mentions found to out.
func scanLoop(text string, gated bool, out []ner.Mention, bx *boxes) []ner.Mention {
	i := 0
	prevHangul := false
	for {
		if i, prevHangul = nextStart(text, i, prevHangul, gated); i >= len(text) {
			return out
		}
		c := text[i]
		if c < 0x80 {
			// nextStart stops at digits and prefix letters (prevHangul false)
			if asciiKind[c] == akDigit {
				if gated {
					// digits glued to 년 월 일 시 분 초 are a date or a time:
					// amountAt refuses them and resumes after the digits
					j := i + 1
					for j < len(text) && isDigit(text[j]) {
						j++
					}
					if timeWordAt(text, j) {
						i = j
						continue
					}
					if j+1 < len(text) && isDigit(text[j+1]) && dateOrTimeAt(text, i, j) {
						i = skipRun(text, i)
						continue
					}
				}
				out, i = scanAt(text, i, out, bx)
			} else if m, end, ok := prefixAt(text, i, bx); ok {
				out = append(out, m)
				i = end
			} else {
				i++
			}
			continue
		}
		if r, ok := syllableAt(text, i); ok {
			// a word starting with a syllable that may begin a mention:
			// nextStart stops only where wordStartOK holds, so a numeral
			// may start here, or else an ordinal (hangulStarts holds
			// neither 제 nor 첫)
			if hangulStarts.has(r) {
				n := len(out)
				var end int
				if out, end = scanAt(text, i, out, bx); len(out) > n {
					i, prevHangul = end, false
					continue
				}
			} else {
				if m, ok := wordLeadAt(text, i, bx); ok {
					out = append(out, m)
					i, prevHangul = m.End, false
					continue
				}
			}
			prevHangul = true
			i += 3
			continue
		}
		// no syllable: a currency sign, or a rune that starts nothing
		r, sz := decodeRune(text, i)
		if r == '₩' || r == '€' || r == '£' || r == '¥' {
			if m, end, ok := prefixAt(text, i, bx); ok {
				out = append(out, m)
				i = end // prevHangul stays: a sign inside a word
				continue
			}
		}
		prevHangul = false
		i += sz
	}
}

// nextStart returns the first position from i where scanLoop has to look
// closer, and whether a syllable comes right before it: a digit or a
// letter of asciiKind, a rune that is no syllable, or a word whose first
// syllable is in hangulStarts or is 제 or 첫 and passes scanLoop's tests
// for it (wordStartOK). It steps over the rest (ASCII spaces and signs,
// the syllables of other words) without decoding.
func nextStart(s string, i int, prevHangul, gated bool) (int, bool) {
	for {
		if !prevHangul {
			// ASCII: spaces and signs that start nothing, up to a word
			for {
				if uint(i) >= uint(len(s)) {
					return i, false
				}
				if k := byteKind[s[i]]; k != 0 {
					if k != bkHigh {
						return i, false
					}
					break
				}
				i++
			}
			// a word start: a syllable, its bytes (first highest) from
			// 0xEA 0xB0 0x80 (U+AC00) to 0xED 0x9E 0xA3 (U+D7A3) as UTF-8
			// keeps the order of code points. Where eight bytes are left,
			// one load reads the next syllable too.
			var x uint32
			var y uint64
			if i+8 <= len(s) {
				y = le64(s[i : i+8])
				x = bits.ReverseBytes32(uint32(y)) >> 8
			} else if i+3 <= len(s) {
				b := s[i : i+3]
				x = uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])
			} else {
				return i, false
			}
			if !isSyllable3(x) {
				return i, false
			}
			x1 := bits.ReverseBytes32(uint32(y>>24)) >> 8 // the next three bytes, when y != 0
			// d>>8 is the lead and first continuation byte less 0xEA
			// 0xB0, d&63 the last byte's six bits (firstBits)
			if d := x - 0xEAB080; firstBits[d>>8&1023]>>(d&63)&1 != 0 {
				r := rune(x>>16&0x0F)<<12 | rune(x>>8&0x3F)<<6 | rune(x&0x3F)
				if gated && y != 0 && isSyllable3(x1) && hangulStarts.has(r) {
					// wordStartOK with the next syllable at hand
					if gatePair(r, rune(x1>>16&0x0F)<<12|rune(x1>>8&0x3F)<<6|rune(x1&0x3F)) {
						return i, false
					}
				} else if wordStartOK(s, i, r, gated) {
					return i, false
				}
			}
			i += 3
			if y != 0 {
				if !isSyllable3(x1) {
					goto end
				}
				i += 3
			}
		}
		prevHangul = false
		// the rest of the word: two syllables a load while eight bytes
		// are left, then one at a time
		for ; i+8 <= len(s); i += 6 {
			y := le64(s[i : i+8])
			if !isSyllable3(bits.ReverseBytes32(uint32(y)) >> 8) {
				goto end
			}
			if !isSyllable3(bits.ReverseBytes32(uint32(y>>24)) >> 8) {
				i += 3
				goto end
			}
		}
		for i+3 <= len(s) {
			b := s[i : i+3]
			if !isSyllable3(uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) {
				break
			}
			i += 3
		}
	end:
		// after a syllable: an ASCII byte that starts nothing (mostly the
		// space before the next word) goes on to the ASCII loop, a stop
		// byte and anything else are for scanLoop
		if uint(i) >= uint(len(s)) {
			return i, true
		}
		if k := byteKind[s[i]]; k != 0 {
			return i, k == bkHigh
		}
		i++
	}
}

// isSyllable3 reports whether the three bytes x (first highest) encode a
// Hangul syllable: two continuation bytes after a lead, from 0xEA 0xB0
// 0x80 (U+AC00) to 0xED 0x9E 0xA3 (U+D7A3).
func isSyllable3(x uint32) bool {
	return x-0xEAB080 <= 0xED9EA3-0xEAB080 && x&0xC0C0 == 0x8080
}

// le64 reads the first eight bytes of b, little-endian.
func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// firstBits is wordStarts indexed as nextStart reads a syllable: the
// word d>>8 and bit d&63 of d, its three bytes less those of U+AC00.
var firstBits = func() (t [1024]uint64) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if wordStarts.has(r) {
			var b [3]byte
			utf8.EncodeRune(b[:], r)
			d := (uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) - 0xEAB080
			t[d>>8] |= 1 << (d & 63)
		}
	}
	return
}()

// wordStartOK reports whether scanLoop tries a mention at the word that
// starts with the syllable r at s[i:]: a numeral (hangulStarts, through
// the Hangul gate when gated) or an ordinal led by 제 or 첫. Elsewhere
// scanLoop would only step over the syllable.
func wordStartOK(s string, i int, r rune, gated bool) bool {
	if hangulStarts.has(r) {
		if !gated {
			return true
		}
		if spaceShut.has(r) && i+3 < len(s) && s[i+3] == ' ' && (i+4 == len(s) || s[i+4] < 0xF0) {
			return false // a word of one syllable (이 사업): pairOK refuses the space after it
		}
		return gateAfter(s, i, r)
	}
	return (r == '제' || r == '첫') && ordinalNext(s, i+3)
}

// wordStarts holds the syllables a word scanLoop looks at starts with:
// hangulStarts, and 제 and 첫 (ordinals).
var wordStarts = func() (t runeSet) {
	t = hangulStarts
	t.add('제')
	t.add('첫')
	return
}()

// asciiKind sorts the ASCII bytes for nextStart: digits, the first
// letters of the currencies written before an amount ($, US$, EUR, KRW,
// GBP, JPY, CNY, RUB…), and the rest (0).
var asciiKind = func() (k [128]uint8) {
	for c := '0'; c <= '9'; c++ {
		k[c] = akDigit
	}
	for _, c := range "$UEKGJCR" {
		k[c] = akPrefix
	}
	return
}()

const (
	akDigit = 1 + iota
	akPrefix
)

// byteKind is asciiKind over all bytes, the bytes from 0x80 up bkHigh:
// nextStart tells the three apart with one lookup.
var byteKind = func() (k [256]uint8) {
	copy(k[:], asciiKind[:])
	for c := 0x80; c < 256; c++ {
		k[c] = bkHigh
	}
	return
}()

const bkHigh = akPrefix + 1

// hangulStarts is hangulStart over the syllables, as a bit set.
var hangulStarts = func() (t runeSet) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if hangulStart(r) {
			t.add(r)
		}
	}
	return
}()

// nativeFirst reports whether s starts with a syllable that starts a
// native numeral.
func nativeFirst(s string) bool {
	r, ok := syllableAt(s, 0)
	if !ok {
		return false
	}
	switch r {
	case '하', '한', '둘', '두', '셋', '세', '넷', '네', '다', '여', '일', '아', '열', '스', '서', '마', '쉰', '예':
		return true
	}
	return false
}

// hangulStart reports whether r can start a Hangul numeral that Scan reads.
func hangulStart(r rune) bool {
	if _, ok := sinoDigit(r); ok {
		return true
	}
	if smallUnit(r) > 0 || r == '만' || r == '억' {
		return true
	}
	switch r {
	case '하', '한', '둘', '두', '셋', '세', '넷', '네', '다', '여', '일', '아', '열', '스', '서', '마', '쉰', '예':
		return true
	}
	return false
}

// dateOrTimeAt reports whether the digits s[i:j], a sign and a digit
// start a time, a fraction, a phone number or a date that amountAt refuses
// whatever comes before the digits (15:30, 3/4, 02-1234-5678, 2025.09.04):
// scanAt would resume at skipRun(s, i) without reading anything.
func dateOrTimeAt(s string, i, j int) bool {
	switch s[j] {
	case ':', '/':
		return true
	case '-':
		return isPhone(s, i)
	case '.':
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		return k+1 < len(s) && s[k] == '.' && isDigit(s[k+1])
	}
	return false
}

// skipRun returns the end of the run of digits and separators at i, so that
// a refused number (a date, a phone number) is not re-read from its middle.
func skipRun(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) || c == ',' || c == '.' || c == '-' || c == ':' || c == '/' {
			i++
			continue
		}
		break
	}
	return i
}

var timeWords = []string{"년", "월", "일", "시", "분", "초"}

// timeWordAt reports whether s[j:] starts with one of timeWords (each a
// syllable): hasAnyPrefix(s[j:], timeWords) with one lookup. It inlines
// the test of the third byte, which most positions after a number fail.
func timeWordAt(s string, j int) bool {
	return j+3 <= len(s) && timeThird[s[j+2]] && timeSyllableAt(s, j)
}

func timeSyllableAt(s string, j int) bool {
	r, ok := syllableAt(s, j)
	return ok && timeSyllables.has(r)
}

// timeThird marks the third bytes of timeWords.
var timeThird = func() (t [256]bool) {
	for _, w := range timeWords {
		t[w[2]] = true
	}
	return
}()

// timeSyllables holds timeWords.
var timeSyllables = func() (t sylSet) {
	for _, w := range timeWords {
		r, ok := syllableAt(w, 0)
		if !ok || len(w) != 3 {
			panic("numeric: a time word that is no syllable: " + w)
		}
		t.add(r)
	}
	return
}()

func hasAnyPrefix(s string, ws []string) bool {
	for _, w := range ws {
		if hasPrefix(s, w) {
			return true
		}
	}
	return false
}

// amountAt reads a numeral at i and the unit word after it into *a (a
// zero amount; the caller's, so that it is not copied on return). When ok
// is false, skip is where scanning resumes.
func amountAt(s string, i int, a *amount) (skip int, ok bool) {
	a.start = i
	if isDigit(s[i]) {
		if i > 0 {
			p := s[i-1]
			if isASCIIAlnum(p) || p == '_' {
				return skipRun(s, i), false
			}
			if (p == '-' || p == '.' || p == ',' || p == ':' || p == '/') && i > 1 && isDigit(s[i-2]) {
				return skipRun(s, i), false
			}
			if hasSuffix(s[:i], "제") {
				return skipRun(s, i), false // 제3조, 제5회: ordinals
			}
			if hasSuffix(strings.TrimSuffix(s[:i], " "), "분의") {
				return skipRun(s, i), false // 3분의 1: a fraction
			}
		}
		n, ok := parseNumeral(s, i, digitOpts)
		if !ok {
			return skipRun(s, i), false
		}
		if m, ok := approxInside(s, i, &n); ok {
			n, a.approx = m, true // 1억6천400여만원, 430여만명
		}
		j := n.end
		if j+1 < len(s) && (s[j] == '.' || s[j] == ':' || s[j] == '/' || s[j] == '-' && !n.units) && isDigit(s[j+1]) {
			// 2025.09.04, 15:30, 3/4, 02-1234-5678; but 25000-30000원 is a range
			if s[j] != '-' || isPhone(s, i) {
				return skipRun(s, i), false
			}
		}
		if !n.units && n.val.s == 0 && n.val.m >= 1000 && n.val.m < 3000 && j+2 < len(s) &&
			s[j] == '.' && s[j+1] == ' ' && isDigit(s[j+2]) {
			return skipRun(s, j+2), false // 2025. 9. 4.
		}
		if timeWordAt(s, j) {
			return j, false
		}
		a.n, a.val, a.end = n, n.val, j
		k := j
		if hasPrefix(s[k:], "여") {
			e := k + len("여")
			if e < len(s) && s[e] == ' ' {
				e++
			}
			if u := matchUnit(s, e); u != nil && u.kind != kPercent {
				a.approx = true
				k = e
			}
		}
		u := matchUnit(s, k)
		if u == nil && k < len(s) && s[k] == ' ' {
			k++
			u = matchUnit(s, k)
		}
		machine := (u == nil || u.s == "대") && hasPrefix(s[k:], "대") &&
			machineCount(s, i, k+len("대"), n.val.s == 0 && n.val.m >= 100)
		if u == nil && machine {
			u = daeUnit // 저상버스 300대 도입: vehicles and machines
		}
		if (u == nil || u.s == "대") && hasPrefix(s[k:], "대") && wordEnds(s, k+len("대"), 0x80) &&
			n.val.s == 0 && n.val.m%10 == 0 && n.val.m >= 10 && n.val.m <= 90 && !a.approx && !machine && k == j {
			u = ageGroupUnit(s, k+len("대")) // 20대, 30대: an age group
		}
		if u != nil {
			a.u = u
			a.end = k + len(u.s)
		}
		a.rule = "digits"
		return a.end, a.finish()
	}
	// Hangul: a native numeral before a counter (세 차례), or a
	// Sino-Korean numeral before a currency (이천칠백삼십오만원).
	if nativeFirst(s[i:]) {
		if n, ok := parseNumeral(s, i, nativeOpts); ok && n.end < len(s) {
			// a space is required but for tight counters: 한편, 세대 are
			// words, 두곳 and 세차례 are counts
			k := n.end
			if s[k] == ' ' {
				k++
			}
			if u := matchUnit(s, k); u != nil && u.native && (k > n.end || u.tight) {
				a.n, a.val, a.u, a.end, a.rule = n, n.val, u, k+len(u.s), "native"
				return a.end, true
			}
		}
	}
	n, ok := parseNumeral(s, i, hangulOpts)
	if !ok {
		return i + 1, false
	}
	if n.end+1 < len(s) && s[n.end] == ' ' && n.units {
		// 천 2백만 달러, 삼만 오천 원: groups apart
		if m, ok := parseNumeral(s, i, hangulMixedOpts); ok && m.end > n.end+1 {
			n = m
		}
	}
	k := n.end
	spaced := false
	u := matchUnit(s, k)
	if u == nil && k < len(s) && s[k] == ' ' {
		spaced = true
		u = matchUnit(s, k+1)
	}
	if u == nil || u.kind != kMoney || u.s[0] < 0x80 && u.s != "$" {
		return i + 1, false
	}
	syl := n.syllables()
	switch {
	case n.digits: // 천 2백만 달러
	case syl >= 2:
	case n.hunits == 1: // 십, 백, 천, 만 alone: 백원, 만달러
		if spaced {
			return i + 1, false
		}
	default:
		// one digit: 구파운드, 이달러이십삼센트; not 사원, 구원, 일원,
		// 이유로 (for the reason), 이달러 (this dollar)
		if spaced || !(u.currency == "GBP" || u.currency == "USD" && centsAt(s, k+len(u.s))) {
			return i + 1, false
		}
	}
	if spaced {
		k++
	}
	a.n, a.val, a.u, a.end, a.rule = n, n.val, u, k+len(u.s), "hangul"
	return a.end, a.finish()
}

// finish applies the unit's scale (센트) to the value.
func (a *amount) finish() bool {
	if a.u == nil || a.u.exp == 0 {
		return true
	}
	v, ok := a.val.divPow10(-a.u.exp)
	a.val = v
	return ok
}

// isPhone reports whether the digits at i look like a phone number or a
// date: groups joined by two hyphens, or a leading zero.
func isPhone(s string, i int) bool {
	groups := 0
	for i < len(s) {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i {
			break
		}
		groups++
		if j < len(s) && s[j] == '-' {
			i = j + 1
			continue
		}
		break
	}
	return groups >= 3
}

// scanAt reads the mentions starting at i: an amount, a range of two, or
// nothing. It returns where scanning resumes.
func scanAt(s string, i int, out []ner.Mention, bx *boxes) ([]ner.Mention, int) {
	var a amount
	skip, ok := amountAt(s, i, &a)
	if !ok {
		if s[i] >= 0x80 {
			// 첫 번째, 제35회, 하나, 두 사람: no numeral before a counter
			if m, ok := wordLeadAt(s, i, bx); ok {
				return append(out, m), m.End
			}
		}
		return out, skip
	}
	cw := currencyWordBefore(s, a.start)
	if rangeMay(s, &a) {
		if ms, n, end, ok := rangeAfter(s, &a, bx); ok {
			withCurrencyWord(s, &ms[0], cw)
			return append(out, ms[:n]...), end
		}
	}
	if cw != nil && a.u == nil && !rangeSignAt(s, a.end) {
		a.u = cw // 미화 5000만: the currency word says what the number counts
	}
	if a.u != nil && a.u.kind == kMoney && a.u.currency == "USD" && a.u.exp == 0 {
		addCents(s, &a)
	}
	if a.u == nil && a.rule == "digits" {
		if m, ok := ageAt(s, &a, bx); ok {
			return append(out, m), m.End
		}
	}
	if a.u == nil {
		if !bareKRW(s, &a) {
			return out, a.n.end
		}
		a.u = &krwBare
		a.rule = "bare"
	}
	if a.n.native && a.u.kind != kQuantity {
		return out, a.end
	}
	// 만원 alone is also "full" (만원 버스): only with a bound or in a range.
	m, ok := mention(s, &a, a.start, a.end, nil, bx)
	if !ok {
		return out, a.end
	}
	if a.rule == "hangul" && s[a.n.start:a.n.end] == "만" && a.u.currency == "KRW" && m.Value.Num != nil {
		return out, a.end
	}
	withCurrencyWord(s, &m, cw)
	return append(out, m), m.End
}

var krwBare = unitDef{s: "", kind: kMoney, currency: "KRW"}

// addCents adds a following 센트 amount to a dollar amount (이달러이십삼센트).
func addCents(s string, a *amount) {
	k := a.end
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) {
		return
	}
	o := hangulOpts
	if isDigit(s[k]) {
		o = numOpts{}
	}
	n, ok := parseNumeral(s, k, o)
	if !ok || !hasPrefix(s[n.end:], "센트") || !less(n.val, dec{100, 0}) {
		return
	}
	e := n.end + len("센트")
	if !wordEnds(s, e, 0x80) {
		return
	}
	c, ok := n.val.divPow10(2)
	if !ok {
		return
	}
	if v, ok := add(a.val, c); ok {
		a.val, a.end = v, e
	}
}

// centsAt reports whether a Hangul 센트 amount starts at i (이불이십삼센트).
func centsAt(s string, i int) bool {
	if i >= len(s) || s[i] < 0x80 {
		return false
	}
	n, ok := parseNumeral(s, i, hangulOpts)
	return ok && hasPrefix(s[n.end:], "센트")
}

// rangeMay reports whether what follows a could start a range for
// rangeAfter: the first test of rangeAfter, without building its result.
func rangeMay(s string, a *amount) bool {
	j := a.end
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) {
		return false
	}
	switch s[j] {
	case '~', '-', 0xE2, 0xE3, 0xEF: // and the first bytes of ∼ 〜 ～ –
		return true
	}
	return a.u == nil && j == a.end && hasPrefix(s[j:], "에서 ")
}

// rangeAfter reads "A~B unit", "A unit - B unit" and "A에서 B unit": n
// mentions in ms (two for a change from A to B), kept off the heap.
func rangeAfter(s string, ap *amount, bx *boxes) (ms [2]ner.Mention, n, end int, ok bool) {
	a := *ap // changed below for a change from A to B
	j := a.end
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) {
		return ms, 0, 0, false
	}
	viaEseo := false
	switch {
	case s[j] == '~' || s[j] == '-':
		j++
	case hasPrefix(s[j:], "∼"), hasPrefix(s[j:], "〜"), hasPrefix(s[j:], "～"),
		hasPrefix(s[j:], "–"):
		_, sz := decodeRune(s, j)
		j += sz
	case a.u == nil && j == a.end && hasPrefix(s[j:], "에서 "):
		j += len("에서 ")
		viaEseo = true
	default:
		return ms, 0, 0, false
	}
	if j < len(s) && s[j] == ' ' && !viaEseo {
		j++
	}
	if j >= len(s) || !(isDigit(s[j]) || s[j] >= 0x80) {
		return ms, 0, 0, false
	}
	if (s[a.start] >= 0x80) != (s[j] >= 0x80) {
		return ms, 0, 0, false // 이만오천원 - 삼만원, 25000 - 30000원; not mixed
	}
	var b amount
	_, ok = amountAt(s, j, &b)
	if !ok || b.u == nil || b.n.native || a.n.native {
		return ms, 0, 0, false
	}
	if b.u.kind == kMoney && b.u.exp == 0 && b.u.currency == "USD" {
		addCents(s, &b)
	}
	lo := a.val
	if a.u != nil {
		if !a.u.same(b.u) {
			return ms, 0, 0, false
		}
	} else {
		if b.u.exp != 0 {
			return ms, 0, 0, false
		}
		if !a.n.units && b.n.units {
			// 2~3조원: the first number takes the second's unit words
			if !b.n.single {
				return ms, 0, 0, false
			}
			var ok bool
			if lo, ok = lo.mulPow10(int(b.n.scaleExp)); !ok {
				return ms, 0, 0, false
			}
		}
	}
	if viaEseo && (hasPrefix(s[b.end:], "으로") || hasPrefix(s[b.end:], "로")) {
		// 2조에서 3조원으로: a change from A to B, not a range: two amounts.
		a.u, a.val = b.u, lo
		a.end = a.n.end
		m1, ok1 := mention(s, &a, a.start, a.end, nil, bx)
		m2, ok2 := mention(s, &b, b.start, b.end, nil, bx)
		if !ok1 || !ok2 {
			return ms, 0, 0, false
		}
		return [2]ner.Mention{m1, m2}, 2, m2.End, true
	}
	if !less(lo, b.val) {
		return ms, 0, 0, false
	}
	r := b
	r.start = a.start
	r.approx = a.approx || b.approx
	r.rule = "range"
	m, ok := mention(s, &r, a.start, b.end, &lo, bx)
	if !ok {
		return ms, 0, 0, false
	}
	return [2]ner.Mention{m}, 1, m.End, true
}

// prefixAt reads a currency written before the amount: $49, US$ 3.5
// billion, ₩1,000, EUR 20.
func prefixAt(s string, i int, bx *boxes) (ner.Mention, int, bool) {
	if c := s[i]; c < 0x80 && c != '$' && !digitAfter(s, i+3) {
		// the letters of an acronym (KB, EU, GS): the prefixes written
		// with letters have three, and a digit must follow them
		return ner.Mention{}, 0, false
	}
	return prefixRead(s, i, bx)
}

// prefixRead is prefixAt without its first test.
func prefixRead(s string, i int, bx *boxes) (ner.Mention, int, bool) {
	if i > 0 && isASCIIAlnum(s[i-1]) {
		return ner.Mention{}, 0, false
	}
	for _, p := range prefixDefs {
		if !hasPrefix(s[i:], p.s) {
			continue
		}
		j := i + len(p.s)
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || !isDigit(s[j]) {
			return ner.Mention{}, 0, false
		}
		n, ok := parseNumeral(s, j, digitOpts)
		if !ok {
			return ner.Mention{}, 0, false
		}
		a := amount{n: n, start: i, end: n.end, val: n.val, rule: "prefix"}
		k := n.end
		if k < len(s) && s[k] == ' ' {
			k++
		}
		for _, w := range scaleWords {
			if len(s)-k >= len(w.s) && strings.EqualFold(s[k:k+len(w.s)], w.s) &&
				(k+len(w.s) == len(s) || !isASCIIAlnum(s[k+len(w.s)])) {
				if v, ok := a.val.mulPow10(w.exp); ok {
					a.val, a.end = v, k+len(w.s)
				}
				break
			}
		}
		if timeWordAt(s, a.end) {
			return ner.Mention{}, 0, false
		}
		u := &unitDef{kind: kMoney, currency: p.currency}
		// a suffix currency repeating the prefix ($10 달러) is taken in
		if v := matchUnit(s, a.end); v != nil && v.kind == kMoney && v.currency == p.currency && v.exp == 0 {
			a.end += len(v.s)
		}
		a.u = u
		m, ok := mention(s, &a, i, a.end, nil, bx)
		return m, m.End, ok
	}
	return ner.Mention{}, 0, false
}

// digitAfter reports whether a digit is at j, or a space and a digit.
func digitAfter(s string, j int) bool {
	if j < len(s) && s[j] == ' ' {
		j++
	}
	return j < len(s) && isDigit(s[j])
}

// subRuleNames are the rule names of mentions read otherwise than from
// plain digits, by kind and reading, so that no mention concatenates one.
var subRuleNames = func() (t [3][5]string) {
	for k, kind := range []string{"money", "percent", "quantity"} {
		for r, rule := range []string{"native", "hangul", "bare", "range", "prefix"} {
			t[k][r] = kind + "." + rule
		}
	}
	return
}()

func subRule(kind, rule string) string {
	k, r := -1, -1
	switch kind {
	case "money":
		k = 0
	case "percent":
		k = 1
	case "quantity":
		k = 2
	}
	switch rule {
	case "native":
		r = 0
	case "hangul":
		r = 1
	case "bare":
		r = 2
	case "range":
		r = 3
	case "prefix":
		r = 4
	}
	if k < 0 || r < 0 {
		return kind + "." + rule
	}
	return subRuleNames[k][r]
}

// valueBox holds a Value and its numbers in one allocation.
type valueBox struct {
	v ner.Value
	f [2]float64
}

// boxes hands out valueBoxes from chunks of 16 that a scratch keeps
// from one scan to the next.
type boxes struct {
	chunks [][]valueBox
	c, k   int // the next box is chunks[c][k]
}

func (b *boxes) reset() { b.c, b.k = 0, 0 }

func (b *boxes) get() *valueBox {
	if b.c == len(b.chunks) {
		b.chunks = append(b.chunks, make([]valueBox, 16))
	}
	ch := b.chunks[b.c]
	v := &ch[b.k]
	*v = valueBox{}
	if b.k++; b.k == len(ch) {
		b.c, b.k = b.c+1, 0
	}
	return v
}

// find returns the box whose value is v, looking from box *at on (boxes
// are handed out in the order of the mentions), or nil.
func (b *boxes) find(v *ner.Value, at *int) *valueBox {
	n := b.c*16 + b.k
	for range 2 {
		for ; *at < n; *at++ {
			if x := &b.chunks[*at/16][*at%16]; &x.v == v {
				return x
			}
		}
		*at = 0
	}
	return nil
}

// scratch holds the mentions and values of a scan while it runs; the
// result is copied out of it in one allocation each, sized to what was
// found. Scans reuse scratches through scratchPool.
type scratch struct {
	out []ner.Mention
	bx  boxes
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// result returns the mentions of the scratch in a slice of their number
// (nil when there are none) with their values copied out, and clears the
// scratch (it holds no text once back in the pool).
func (sc *scratch) result() []ner.Mention {
	n := len(sc.out)
	if n == 0 {
		return nil
	}
	out := make([]ner.Mention, n)
	copy(out, sc.out)
	clear(sc.out)
	sc.bx.moveOut(out)
	return out
}

// moveOut copies the values of the mentions of out from the boxes to an
// allocation of their own (one for all of them).
func (b *boxes) moveOut(out []ner.Mention) {
	if len(out) == 0 {
		return
	}
	vals := make([]valueBox, len(out))
	at := 0
	for k := range out {
		old := b.find(out[k].Value, &at)
		if old == nil {
			continue // a value of no box (none so far)
		}
		nb := &vals[k]
		*nb = *old
		nb.v.Num, nb.v.Min, nb.v.Max = old.moved(nb.v.Num, nb), old.moved(nb.v.Min, nb), old.moved(nb.v.Max, nb)
		out[k].Value = &nb.v
	}
}

// moved returns p, or its counterpart in nb when p points into b.f.
func (b *valueBox) moved(p *float64, nb *valueBox) *float64 {
	switch p {
	case &b.f[0]:
		return &nb.f[0]
	case &b.f[1]:
		return &nb.f[1]
	}
	return p
}

// mention builds the mention for an amount spanning s[start:end], reading
// the qualifiers around it. lo is the lower end of a range.
func mention(s string, a *amount, start, end int, lo *dec, bx *boxes) (ner.Mention, bool) {
	u := a.u
	val, err := a.val.float()
	if err != nil {
		return ner.Mention{}, false
	}
	box := bx.get()
	v := &box.v
	v.Approx = a.approx
	var label ner.Label
	rule := ""
	switch u.kind {
	case kMoney:
		label, v.Currency, rule = ner.MONEY, u.currency, "money"
	case kPercent:
		label, v.Unit, rule = ner.PERCENT, u.name, "percent"
	default:
		label, v.Unit, v.Kind, rule = ner.QUANTITY, u.name, u.vkind, "quantity"
	}
	if a.rule != "digits" {
		rule = subRule(rule, a.rule)
	}
	// a minus sign before a percent: -3.5%
	if u.kind == kPercent && lo == nil && start > 0 && s[start-1] == '-' && (start == 1 || !isASCIIAlnum(s[start-2])) {
		start--
		val = -val
	}
	if lo != nil {
		f, err := lo.float()
		if err != nil {
			return ner.Mention{}, false
		}
		box.f[0], box.f[1] = f, val
		v.Min, v.Max = &box.f[0], &box.f[1]
	} else {
		box.f[0] = val
		v.Num = &box.f[0]
	}
	// The qualifiers after the amount (가량, 대, 이상, 미만) shape the value
	// but stay out of the mention, as KLUE-NER marks them: 5000원 이상 gives
	// the mention 5000원 with Min 5000.
	core := end
	end, approx := approxAfter(s, end, u.kind)
	v.Approx = v.Approx || approx || approxBefore(s, start)
	if lo == nil {
		if e, bound := boundAfter(s, end); bound != 0 {
			end = e
			if bound > 0 {
				v.Min = v.Num
			} else {
				v.Max = v.Num
			}
			v.Num = nil
		}
	}
	if u.kind != kQuantity {
		v.Direction = direction(s, start, end)
	}
	if u.name == "%p" {
		core = percentSignEnd(s, start, core) // 0.5%포인트: KLUE marks 0.5%
	}
	// a numbered thing written apart from its counter: 18번 홀 is the
	// counter 번홀 (the 18th hole), not 18 times. Digits only: 한 번 홀에
	// is a count.
	if a.rule == "digits" && lo == nil && core < len(s) && s[core] == ' ' && spacedCounters[u.name] != nil {
		if su, e := spacedAfter(s, core, u.name); su != nil {
			core, v.Unit, v.Kind = e, su.name, su.vkind
		}
	}
	return ner.Mention{Start: start, End: core, Label: label, Text: s[start:core], Value: v, Rule: rule}, true
}

var approxAttached = []string{"가량", "안팎", "정도", "쯤", "남짓", "내외"}

// approxLevels follow a money or percent amount without a space: 100억원대.
var approxLevels = []string{"대", "선"}

// approxAfter takes in a qualifier after the unit: 3천억원가량, 100억원대,
// 3% 안팎.
func approxAfter(s string, end int, k kind) (int, bool) {
	if !approxFirst(s, end) && !(end < len(s) && s[end] == ' ' && approxFirst(s, end+1)) {
		return end, false
	}
	for _, w := range approxAttached {
		if hasPrefix(s[end:], w) && wordEnds(s, end+len(w), 0x80) {
			return end + len(w), true
		}
	}
	if k != kQuantity {
		for _, w := range approxLevels {
			if hasPrefix(s[end:], w) && wordEnds(s, end+len(w), 0x80) {
				if w == "선" && k != kMoney {
					continue
				}
				return end + len(w), true
			}
		}
	}
	if end < len(s) && s[end] == ' ' {
		for _, w := range approxAttached {
			if hasPrefix(s[end+1:], w) && wordEnds(s, end+1+len(w), 0x80) {
				return end + 1 + len(w), true
			}
		}
		// 3만~4만원 선에서: a level, not an exact amount
		if k == kMoney && hasPrefix(s[end+1:], "선") && wordEnds(s, end+1+len("선"), 0x80) {
			return end + 1 + len("선"), true
		}
	}
	return end, false
}

// approxFirst reports whether s[p:] starts with a syllable that starts a
// word approxAfter looks for (approxAttached, approxLevels).
func approxFirst(s string, p int) bool {
	r, ok := syllableAt(s, p)
	return ok && approxFirsts.has(r)
}

// approxFirsts holds the first syllables of approxAttached and
// approxLevels.
var approxFirsts = func() (t sylSet) {
	for _, ws := range [][]string{approxAttached, approxLevels} {
		for _, w := range ws {
			r, ok := syllableAt(w, 0)
			if !ok {
				panic("numeric: an approximation word that starts with no syllable: " + w)
			}
			t.add(r)
		}
	}
	return
}()

// approxWords come before an amount: 약 3천억원.
var approxWords = []string{"약", "대략", "어림잡아", "줄잡아"}

// approxLast marks the last bytes of approxWords.
var approxLast = func() (t [256]bool) {
	for _, w := range approxWords {
		t[w[len(w)-1]] = true
	}
	return
}()

// approxBefore reports a 약 or 대략 just before start.
func approxBefore(s string, start int) bool {
	p := s[:start]
	p = strings.TrimSuffix(p, " ")
	if p == "" || !approxLast[p[len(p)-1]] {
		return false
	}
	for _, w := range approxWords {
		if hasSuffix(p, w) {
			r, _ := utf8.DecodeLastRuneInString(p[:len(p)-len(w)])
			return !isHangul(r)
		}
	}
	return false
}

// bounds are the words boundAfter reads, with their side.
var bounds = []struct {
	w string
	d int
}{{"이상", 1}, {"초과", 1}, {"이하", -1}, {"미만", -1}}

// boundThird marks the third bytes of the bounds (of their first
// syllables): most amounts are followed by none of them.
var boundThird = func() (t [256]bool) {
	for _, b := range bounds {
		t[b.w[2]] = true
	}
	return
}()

// boundAfter reads 이상/초과 (+1) or 이하/미만 (-1) after an amount.
func boundAfter(s string, end int) (int, int) {
	j := end
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+3 > len(s) || !boundThird[s[j+2]] {
		return end, 0
	}
	for _, b := range bounds {
		if hasPrefix(s[j:], b.w) && wordEnds(s, j+len(b.w), 0x80) {
			return j + len(b.w), b.d
		}
	}
	return end, 0
}

// lastIndexStop is strings.LastIndexAny(s, ".\n"), or with bang
// strings.LastIndexAny(s, ".\n!?"), without building a set each call.
func lastIndexStop(s string, bang bool) int {
	for k := len(s) - 1; k >= 0; k-- {
		if c := stopKind[s[k]]; c == stopEnd || c == stopBang && bang {
			return k
		}
	}
	return -1
}

// stopKind sorts the bytes lastIndexStop and sentenceStop look for: the
// ends of a sentence ('.', '\n', and '!', '?'), the other bytes that end
// the stretch direction reads (',', ';', '(', ')'), and the rest (0).
var stopKind = func() (k [256]uint8) {
	k['.'], k['\n'] = stopEnd, stopEnd
	k['!'], k['?'] = stopBang, stopBang
	k[','], k[';'], k['('], k[')'] = stopOther, stopOther, stopOther, stopOther
	return
}()

const (
	stopEnd = 1 + iota
	stopBang
	stopOther
)

// sentenceStop reports bytes that end the stretch direction looks at.
func sentenceStop(c byte) bool { return stopKind[c] != 0 }

// wordEnd returns the first j from i where s[j] is a space or a byte
// sentenceStop reports, or len(s). All of those are below 0x40, so it
// steps eight bytes at a time over the bytes above (Hangul words).
func wordEnd(s string, j int) int {
	for ; j+8 <= len(s); j += 8 {
		y := le64(s[j : j+8])
		// a bit for each byte below 0x40, and maybe for some after the
		// first (a borrow): each is checked
		for m := (y - 0x4040404040404040) &^ y & 0x8080808080808080; m != 0; m &= m - 1 {
			if k := j + bits.TrailingZeros64(m)>>3; wordStop[s[k]] {
				return k
			}
		}
	}
	for j < len(s) && !wordStop[s[j]] {
		j++
	}
	return j
}

// wordStop marks the bytes wordEnd stops at.
var wordStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c == ' ' || sentenceStop(byte(c))
	}
	return
}()

// direction reads 증가/감소 and their kin in the next words after a
// change: two words, or four when a 대비/보다 phrase precedes it. The
// phrase is looked for only when a change word comes third or fourth,
// which is rare.
func direction(s string, start, end int) string {
	i := end
	for w := 0; w <= 4 && i < len(s); w++ {
		// the rest of the current word (the particle), then whole words
		j := wordEnd(s, i)
		word := s[i:j]
		if w > 0 || word != "" {
			if d := dirWord(word, w == 0); d != "" {
				if w >= 3 && !comparing(clauseBefore(s, start)) {
					return ""
				}
				return d
			}
		}
		if j >= len(s) || sentenceStop(s[j]) {
			break
		}
		i = j + 1
	}
	return ""
}

// clauseBefore returns the text of the clause before start, up to 40
// bytes back: what direction looks in for a comparison (read only when
// the change word is not in the first words after the amount).
func clauseBefore(s string, start int) string {
	b := start - 40
	if b < 0 {
		b = 0
	}
	before := s[b:start]
	if k := lastIndexStop(before, false); k >= 0 {
		before = before[k+1:]
	}
	return before
}

// comparing reports a comparison (대비, 보다) in the text before an amount.
func comparing(before string) bool {
	for _, w := range compareWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// dirParticles may come between a number and a change word glued to it.
var dirParticles = []string{"로", "으로", "가", "이", "나", "씩", "를", "을"}

func dirWord(w string, attached bool) string {
	if attached {
		// 12.3%증가, or after a particle: 12.3%가 증가 is the next word
		for _, p := range dirParticles {
			if hasPrefix(w, p) && len(w) > len(p) {
				w = w[len(p):]
				break
			}
		}
	}
	r, ok := syllableAt(w, 0)
	if !ok {
		return ""
	}
	for _, st := range dirStems.of(r) {
		if hasPrefix(w, st.s) {
			if st.s == "늘" && hasPrefix(w, "늘상") {
				continue
			}
			if hasPrefix(w[len(st.s):], "에") {
				// 확충에 쓰인다, 감소에 대응해: a change the amount is
				// spent on or answers, not the amount's own
				continue
			}
			return st.dir
		}
	}
	return ""
}

type stem struct{ s, dir string }

// dirStems indexes upStems and downStems (all Hangul) by their first
// syllable.
var dirStems = func() (x bySyllable[stem]) {
	for _, l := range []struct {
		ws  []string
		dir string
	}{{upStems, "up"}, {downStems, "down"}} {
		for _, w := range l.ws {
			r, _ := decodeRune(w, 0)
			if !isHangul(r) {
				panic("numeric: a change stem that is not Hangul: " + w)
			}
			x.add(r, stem{w, l.dir})
		}
	}
	return x
}()

// countWords after 억 or 조 and a space make the number a count (1955억 광년).
var countWords = []string{"광년", "배", "명", "개", "가구", "곳", "건", "톤", "마리"}

// bareKRW decides whether an amount with 억 or 조 and no currency is an
// amount of won: a money word is near (예산 2조1955억, 214억 투자).
func bareKRW(s string, a *amount) bool {
	if !a.n.digits || a.n.topBig < 4 {
		return false
	}
	e := a.n.end
	if e < len(s) {
		r, _ := decodeRune(s, e)
		if isHangul(r) && !particleStarts.has(r) {
			return false
		}
	}
	// the next word must not be a counter or a time word (1955억 년)
	j := e
	if j < len(s) && s[j] == ' ' {
		j++
		if timeWordAt(s, j) || hasAnyPrefix(s[j:], countWords) {
			return false
		}
	}
	b := a.start - 60
	if b < 0 {
		b = 0
	}
	for b < a.start && !utf8.RuneStart(s[b]) {
		b++
	}
	before := s[b:a.start]
	if k := lastIndexStop(before, true); k >= 0 {
		before = before[k+1:]
	}
	if a.n.topBig < 8 {
		// 만 amounts are counts as often as money (관객 500만): only right
		// after a word that holds money (연봉 5000만, 계좌에 500만)
		return strongMoneyBefore(before)
	}
	if strongMoneyBefore(before) || krwBeforeIdx.in(before) {
		return true
	}
	// the next two words
	i := e
	for w := 0; w < 3 && i < len(s); w++ {
		k := wordEnd(s, i)
		if krwAfterIdx.in(s[i:k]) {
			return true
		}
		if k >= len(s) || sentenceStop(s[k]) {
			break
		}
		i = k + 1
	}
	return false
}

// The money words indexed by their first syllable.
var krwBeforeIdx, krwAfterIdx, krwStrongIdx = newSyllableWords(krwBefore), newSyllableWords(krwAfter), newSyllableWords(krwStrong)

// syllableWords indexes words that start with a Hangul syllable by that
// syllable, so that a look for any of them at a position reads one list
// of a few words, if any.
type syllableWords struct{ bySyllable[string] }

func newSyllableWords(ws []string) *syllableWords {
	x := new(syllableWords)
	for _, w := range ws {
		r, ok := syllableAt(w, 0)
		if !ok {
			panic("numeric: a word that starts with no syllable: " + w)
		}
		x.add(r, w)
	}
	return x
}

// at returns the words that may start at s[p:]: those whose first
// syllable s[p:] starts with.
func (x *syllableWords) at(s string, p int) []string {
	r, ok := syllableAt(s, p)
	if !ok {
		return nil
	}
	return x.of(r)
}

// in reports whether one of the words occurs in s (strings.Contains of
// each): a word starts where its first syllable does, and no word starts
// inside a syllable.
func (x *syllableWords) in(s string) bool {
	for p := 0; p+3 <= len(s); {
		r, ok := syllableAt(s, p)
		if !ok {
			p++
			continue
		}
		if k := x.idx[r-0xAC00]; k != 0 {
			for _, w := range x.lists[k] {
				if hasPrefix(s[p:], w) {
					return true
				}
			}
		}
		p += 3
	}
	return false
}

// currencyWords name a currency before the amount: 미화 10억 달러.
var currencyWords = []struct {
	s string
	u unitDef
}{{"미화", unitDef{kind: kMoney, currency: "USD"}}}

// currencyLast marks the last bytes of currencyWords.
var currencyLast = func() (t [256]bool) {
	for _, w := range currencyWords {
		t[w.s[len(w.s)-1]] = true
	}
	return
}()

// currencyWordBefore returns the currency of a currency word written just
// before start (미화 10억 달러, 미화 5000만), or nil.
func currencyWordBefore(s string, start int) *unitDef {
	p := strings.TrimSuffix(s[:start], " ")
	if p == "" || !currencyLast[p[len(p)-1]] {
		return nil // most amounts: no currency word ends there
	}
	for i := range currencyWords {
		w := &currencyWords[i]
		if !hasSuffix(p, w.s) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(p[:len(p)-len(w.s)])
		if isHangul(r) {
			return nil // 북미화: not the word 미화
		}
		return &w.u
	}
	return nil
}

// withCurrencyWord takes a currency word before a money mention of the
// same currency into it: 미화 10억 달러.
func withCurrencyWord(s string, m *ner.Mention, cw *unitDef) {
	if cw == nil || m.Label != ner.MONEY || m.Value.Currency != cw.currency {
		return
	}
	p := s[:m.Start]
	sp := hasSuffix(p, " ")
	if sp {
		p = p[:len(p)-1]
	}
	for _, w := range currencyWords {
		if hasSuffix(p, w.s) {
			m.Start = len(p) - len(w.s)
			m.Text = s[m.Start:m.End]
			return
		}
	}
}

// rangeSigns are the range signs beyond ASCII.
var rangeSigns = []string{"∼", "〜", "～", "–"}

// rangeSignAt reports a range sign (~, -, ∼, 〜, ～, –) at i, after an
// optional space.
func rangeSignAt(s string, i int) bool {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return false
	}
	if s[i] == '~' || s[i] == '-' {
		return true
	}
	return hasAnyPrefix(s[i:], rangeSigns)
}

// daeUnit is the counter 대 (vehicles, machines).
var daeUnit = func() *unitDef {
	for _, u := range units.lookup("대", 0) {
		if u.s == "대" {
			return u
		}
	}
	panic("numeric: counters.txt lacks 대")
}()

// machineCount reports whether the 대 ending at end counts vehicles or
// machines, not the N major things (4대 강국, 100대 기업) nor an age group
// (20대 청년): the noun before the number is a vehicle or a machine
// (저상버스 300대, 전기차 20대), or the word after it is what is done with
// them, ending its word or the clause (300대 도입을, 1만대 판매했다; a
// following noun, as in 5대 보급 전략, only when the count is big).
func machineCount(s string, start, end int, big bool) bool {
	p := strings.TrimSuffix(s[:start], " ")
	nouns := machineNounsASCII
	if r, ok := lastSyllable(p); ok {
		nouns = machineNounsIdx.of(r)
	}
	for _, w := range nouns {
		if hasSuffix(p, w) {
			return true
		}
	}
	if end >= len(s) || s[end] != ' ' {
		return false
	}
	for _, w := range machineVerbsIdx.at(s, end+1) {
		if !hasPrefix(s[end+1:], w) {
			continue
		}
		e := end + 1 + len(w)
		return e >= len(s) || s[e] != ' ' || big
	}
	return false
}

// lastSyllable returns the syllable s ends with, if any.
func lastSyllable(s string) (rune, bool) {
	if len(s) < 3 {
		return -1, false
	}
	return syllableAt(s, len(s)-3)
}

// machineNounsIdx indexes the machineNouns that end with a syllable by
// it; machineNounsASCII holds the others (PC, CCTV), which end with no
// syllable. machineVerbsIdx indexes machineVerbs by their first syllable.
var machineNounsIdx, machineNounsASCII, machineVerbsIdx = func() (x *bySyllable[string], ascii []string, v *syllableWords) {
	x = new(bySyllable[string])
	for _, w := range machineNouns {
		if r, ok := lastSyllable(w); ok {
			x.add(r, w)
		} else {
			ascii = append(ascii, w)
		}
	}
	return x, ascii, newSyllableWords(machineVerbs)
}()

// strongMoneyBefore reports whether the word before an amount (after its
// particle, up to two words back) is one that holds or moves money:
// 계좌에 1억, 연봉 5000만, 보증금 3억.
func strongMoneyBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	for w := 0; w < 2 && before != ""; w++ {
		k := strings.LastIndexByte(before, ' ')
		word := before[k+1:]
		for _, x := range krwStrongIdx.at(word, 0) {
			if hasPrefix(word, x) && (len(word) == len(x) || particleWord(word[len(x):])) {
				return true
			}
		}
		if k < 0 {
			break
		}
		before = before[:k]
	}
	return false
}

// particleWord reports whether w is a particle that may follow a noun
// before an amount (계좌에, 연봉은, 보증금으로).
func particleWord(w string) bool {
	switch w {
	case "에", "에는", "은", "는", "이", "가", "을", "를", "으로", "로", "만", "도", "까지", "에서", "만도", "으로만", "로만":
		return true
	}
	return false
}

// percentSignEnd returns the end of the % sign inside [start,end) when the
// unit is written %포인트, else end.
func percentSignEnd(s string, start, end int) int {
	if k := strings.LastIndexAny(s[start:end], "%％"); k >= 0 && hasPrefix(s[start+k:end], "%포인트") {
		return start + k + 1
	} else if k >= 0 && hasPrefix(s[start+k:end], "％포인트") {
		return start + k + len("％")
	}
	return end
}

// approxInside reads a numeral with 여 before a big unit (1억6천400여만원,
// 430여만명: about 164,000,000 and 4,300,000): n is the numeral read up to
// 여. It parses the text without the 여 and maps the end back (ok false:
// no such reading, n stands).
func approxInside(s string, i int, n *numeral) (numeral, bool) {
	e := n.end
	if !hasPrefix(s[e:], "여") {
		return numeral{}, false
	}
	r, _ := decodeRune(s, e+len("여"))
	if r != '만' && r != '억' && r != '조' {
		return numeral{}, false
	}
	lim := min(len(s), e+len("여")+48)
	tmp := s[i:e] + s[e+len("여"):lim] // only the numeral's own bytes are copied
	m, ok := parseNumeral(tmp, 0, digitOpts)
	if !ok || m.end <= e-i {
		return numeral{}, false
	}
	m.start, m.end = i, m.end+i+len("여")
	return m, true
}
