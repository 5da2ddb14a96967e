package numeric

import (
	"errors"
	"strings"
)

// numOpts selects the numeral forms a parse accepts.
type numOpts struct {
	hangul bool // Sino-Korean digit syllables (일이삼…), zero words, 점/쩜
	native bool // native numerals (하나 둘 … 열 스물 …)
	spaces bool // a single space between unit groups (1조 2,345억, 5만 8200)
	noJo   bool // refuse 조 and 경 (a Hangul-only 구조 is not 9조)
}

var (
	digitOpts  = numOpts{spaces: true}
	hangulOpts = numOpts{hangul: true, noJo: true}
	// a Hangul unit word, a space, then digits: 천 2백만 (달러)
	hangulMixedOpts = numOpts{hangul: true, noJo: true, spaces: true}
	nativeOpts      = numOpts{native: true}
	fullOpts        = numOpts{hangul: true, native: true, spaces: true}
)

// numeral is one parsed numeral: its exact value and what it was made of.
//
// The counts are int16 and the fields ordered by size so that the struct
// is small: parseNumeral copies it at every token it accepts, and amounts
// carry it by value.
type numeral struct {
	val      dec
	start    int
	end      int
	hdigits  int16 // Sino-Korean digit syllables (일, 이, …)
	hunits   int16 // Hangul unit syllables (십 … 조)
	topBig   int16 // exponent of the largest of 만/억/조/경, 0 when none
	scaleExp int16 // when single, the power of ten the literal is multiplied by
	digits   bool  // has ASCII digits
	native   bool  // a native numeral (열한, 스무)
	units    bool  // a unit word was applied
	single   bool  // one literal times unit words: 3조, 3천억
	overflow bool  // the parse stopped on an overflow
}

// syllables counts the Hangul syllables of a numeral without ASCII digits.
func (n numeral) syllables() int { return int(n.hdigits) + int(n.hunits) }

const noneSmall, noneBig = 4, 99

type nstate struct {
	total, group, cur dec
	n                 numeral
	lastSmall         int16
	lastBig           int16
	tokens            int16
	terms             int16
	hasCur            bool
	zeroWord          bool // cur is 영/공/빵
	frac              bool // a Hangul fraction (점) was read
	afterUnit         bool
	needUnit          bool // after "억 " or "조 ": the next group needs its own unit
	spaced            bool
}

func sinoDigit(r rune) (uint64, bool) {
	switch r {
	case '일':
		return 1, true
	case '이':
		return 2, true
	case '삼':
		return 3, true
	case '사':
		return 4, true
	case '오':
		return 5, true
	case '육', '륙':
		return 6, true
	case '칠':
		return 7, true
	case '팔':
		return 8, true
	case '구':
		return 9, true
	}
	return 0, false
}

func zeroWord(r rune) bool { return r == '영' || r == '공' || r == '빵' }

func smallUnit(r rune) int {
	switch r {
	case '십':
		return 1
	case '백':
		return 2
	case '천':
		return 3
	}
	return 0
}

func bigUnit(r rune) int {
	switch r {
	case '만':
		return 4
	case '억':
		return 8
	case '조':
		return 12
	case '경':
		return 16
	}
	return 0
}

// bigAt is bigUnit of r, the syllable at s[i:], except for the 경 of
// 경기: 24경기 is 24 games, not 24 × 10^16 and a counter 기.
func bigAt(s string, i int, r rune) int {
	if r == '경' && hasPrefix(s[i+3:], "기") {
		return 0
	}
	return bigUnit(r)
}

// unitSyllables holds the unit words (십 백 천 만 억 조 경), as a bit set:
// after a digit literal, most syllables are none of them.
var unitSyllables = func() (t sylSet) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if smallUnit(r) > 0 || bigUnit(r) > 0 {
			t.add(r)
		}
	}
	return
}()

type word struct {
	s string
	v uint64
}

// Native numerals, longest spellings first where one is a prefix of another.
var nativeTens = []word{{"열", 10}, {"스물", 20}, {"스무", 20}, {"서른", 30}, {"마흔", 40},
	{"쉰", 50}, {"예순", 60}, {"일흔", 70}, {"여든", 80}, {"아흔", 90}}
var nativeUnits = []word{{"하나", 1}, {"한", 1}, {"둘", 2}, {"두", 2}, {"셋", 3}, {"세", 3},
	{"넷", 4}, {"네", 4}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}}

// nativeTensIdx and nativeUnitsIdx index the native numerals by their
// first syllable.
var nativeTensIdx, nativeUnitsIdx = newWordIndex(nativeTens), newWordIndex(nativeUnits)

// wordIndex indexes a list of words by their first syllable (every word
// is a syllable or longer): match reads one list of a word or two.
type wordIndex struct{ bySyllable[word] }

func newWordIndex(ws []word) *wordIndex {
	x := new(wordIndex)
	for _, w := range ws {
		r, ok := syllableAt(w.s, 0)
		if !ok {
			panic("numeric: a native numeral that starts with no syllable: " + w.s)
		}
		x.add(r, w)
	}
	return x
}

// match returns the first word of the list (in its order) that s
// starts with.
func (x *wordIndex) match(s string) (word, bool) {
	r, ok := syllableAt(s, 0)
	if !ok {
		return word{}, false
	}
	for _, w := range x.of(r) {
		if hasPrefix(s, w.s) {
			return w, true
		}
	}
	return word{}, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lexDigits reads an ASCII digit literal at s[i:]: 27350000, 27,350,000,
// 1.5. A literal with a leading zero (05, 010) is refused.
func lexDigits(s string, i int) (d dec, end int, ok bool) {
	j := i
	var m uint64
	for j < len(s) && isDigit(s[j]) {
		m = m*10 + uint64(s[j]-'0')
		j++
	}
	if j-i > 1 && s[i] == '0' {
		return d, j, false
	}
	if j-i <= 18 && (j == len(s) || s[j] != ',' && s[j] != '.') {
		// the common case, a plain literal that fits: the value is read
		return dec{m, 0}, j, true
	}
	if j-i <= 3 {
		for j+4 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			j += 4
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	sig, scale, frac := 0, 0, false
	for k := i; k < j; k++ {
		c := s[k]
		if c == ',' {
			continue
		}
		if c == '.' {
			frac = true
			continue
		}
		if d.m == 0 && c == '0' && !frac {
			continue
		}
		if frac {
			scale++
		}
		sig++
		if sig > 19 || scale > 18 {
			return d, j, false
		}
		d.m = d.m*10 + uint64(c-'0')
	}
	if d.m >= 1e19 {
		return d, j, false
	}
	d.s = uint8(scale)
	return d.norm(), j, true
}

var one = dec{1, 0}

// unitRead records a unit word (십백천 or 만억조) of scale 10^k just read.
func (st *nstate) unitRead(o numOpts, k int) {
	if st.terms <= 1 {
		st.n.scaleExp += int16(k)
	}
	st.n.units = true
	if o.hangul && !st.n.digits {
		st.n.hunits++
	}
	st.tokens++
	st.afterUnit, st.needUnit = true, false
}

func (st *nstate) mark(i int, good *nstate, goodEnd *int) {
	*good = *st
	*goodEnd = i
}

// parseNumeral reads the longest numeral at s[i:] that opts allow.
//
// Most numerals of a text are a digit literal with no unit word after it
// (2026년, 13.8%), or with one of 만, 억, 조 and 경 and nothing more
// (500만원, 1200억 달러 is not one: a space may go on): whatever the
// options, the state machine of parseNumeralSlow then stops there, and
// that reading is built here without it. So is a native numeral (두, 열한,
// 서른다섯), which the state machine reads whole as its first token and
// stops after.
func parseNumeral(s string, i int, o numOpts) (numeral, bool) {
	if o.native && i < len(s) && s[i] >= 0x80 {
		if v, j, ok := parseNative(s, i); ok {
			return numeral{val: dec{v, 0}, start: i, end: j, native: true, single: true}, true
		}
	}
	if i < len(s) && isDigit(s[i]) {
		d, j, ok := lexDigits(s, i)
		if !ok {
			return numeral{start: i}, false
		}
		r, ok := syllableAt(s, j)
		if !ok || !unitSyllables.has(r) {
			return numeral{val: d, start: i, end: j, digits: true, single: true}, true
		}
		if K := bigAt(s, j, r); K > 0 && !(o.noJo && K >= 12) && !d.isZero() && numeralEnds(s, j+3, o) {
			if v, ok := d.mulPow10(K); ok {
				return numeral{val: v.norm(), start: i, end: j + 3, topBig: int16(K), scaleExp: int16(K),
					digits: true, units: true, single: true}, true
			}
		}
	}
	return parseNumeralSlow(s, i, o)
}

// numeralEnds reports whether parseNumeralSlow stops at s[j:] after a
// digit literal and a unit word: at the end, a space without the spaces
// option, an ASCII byte but a space or a digit, or a rune but a unit word.
// With the spaces option and no Hangul or native numerals (digitOpts: 500억
// 원), only digits go on after the space: no syllable is read there.
func numeralEnds(s string, j int, o numOpts) bool {
	if j >= len(s) {
		return true
	}
	if c := s[j]; c < 0x80 {
		if c == ' ' && o.spaces {
			return !o.hangul && !o.native && (j+1 == len(s) || !isDigit(s[j+1]))
		}
		return c == ' ' || !isDigit(c)
	}
	r, ok := syllableAt(s, j)
	return !ok || !unitSyllables.has(r)
}

// parseNumeralSlow is parseNumeral's state machine.
func parseNumeralSlow(s string, i int, o numOpts) (numeral, bool) {
	var st nstate
	st.lastSmall, st.lastBig = noneSmall, noneBig
	st.n.start = i
	good, goodEnd := st, -1
	for i < len(s) {
		c := s[i]
		if c == ' ' {
			if !o.spaces || !st.afterUnit || st.spaced {
				break
			}
			st.spaced = true
			st.needUnit = st.lastSmall == noneSmall && st.lastBig >= 8 && !st.hasCur
			st.afterUnit = false
			i++
			continue
		}
		st.spaced = false
		if isDigit(c) {
			if st.hasCur || st.frac || st.n.hdigits > 0 {
				break
			}
			d, j, ok := lexDigits(s, i)
			if !ok {
				break
			}
			if st.lastSmall < noneSmall && !less(d, dec{pow10tab[st.lastSmall], 0}) {
				break
			}
			if st.lastBig < noneBig && !less(d, dec{pow10tab[st.lastBig], 0}) {
				break
			}
			st.cur, st.hasCur = d, true
			st.n.digits = true
			st.tokens++
			st.terms++
			st.afterUnit = false
			i = j
			if !st.needUnit {
				st.mark(i, &good, &goodEnd)
			}
			continue
		}
		if c < 0x80 {
			break
		}
		// every numeral word and unit is a syllable
		r, ok := syllableAt(s, i)
		if !ok {
			break
		}
		const sz = 3
		if o.native && st.tokens == 0 {
			if n, j, ok := parseNative(s, i); ok {
				st.cur, st.hasCur = dec{n, 0}, true
				st.n.native = true
				st.tokens++
				st.terms++
				i = j
				st.mark(i, &good, &goodEnd)
				break
			}
		}
		if o.native && st.lastSmall == 1 && !st.hasCur && st.lastBig == noneBig && st.tokens > 0 {
			// 십하나
			if w, ok := nativeUnitsIdx.match(s[i:]); ok {
				st.cur, st.hasCur = dec{w.v, 0}, true
				i += len(w.s)
				st.mark(i, &good, &goodEnd)
				break
			}
		}
		if o.hangul && zeroWord(r) && st.tokens == 0 {
			st.cur, st.hasCur, st.zeroWord = dec{}, true, true
			st.tokens++
			st.n.hdigits++
			i += sz
			st.mark(i, &good, &goodEnd)
			continue
		}
		if v, ok := sinoDigit(r); ok && o.hangul {
			if st.hasCur || st.frac || st.n.digits {
				break
			}
			st.cur, st.hasCur = dec{v, 0}, true
			st.n.hdigits++
			st.tokens++
			st.terms++
			st.afterUnit = false
			i += sz
			if !st.needUnit {
				st.mark(i, &good, &goodEnd)
			}
			continue
		}
		if k := smallUnit(r); k > 0 {
			if k >= int(st.lastSmall) || st.frac || st.zeroWord {
				break
			}
			mult := one
			if st.hasCur {
				mult = st.cur
				if !less(mult, dec{10, 0}) || mult.isZero() {
					break
				}
			} else {
				if st.tokens > 0 && !o.hangul {
					break
				}
				st.terms++
			}
			v, ok := mult.mulPow10(k)
			if !ok {
				st.n.overflow = true
				break
			}
			g, ok := add(st.group, v)
			if !ok {
				st.n.overflow = true
				break
			}
			st.group, st.hasCur, st.lastSmall = g, false, int16(k)
			st.unitRead(o, k)
			i += sz
			st.mark(i, &good, &goodEnd)
			continue
		}
		if K := bigAt(s, i, r); K > 0 {
			if K >= int(st.lastBig) || st.zeroWord || (o.noJo && K >= 12) {
				break
			}
			g := st.group
			if st.hasCur {
				var ok bool
				if g, ok = add(g, st.cur); !ok {
					st.n.overflow = true
					break
				}
			} else if g.isZero() {
				if st.tokens > 0 {
					break
				}
				g = one
				st.terms++
			}
			if g.isZero() {
				break
			}
			v, ok := g.mulPow10(K)
			if !ok {
				st.n.overflow = true
				break
			}
			if st.lastBig < noneBig && !less(v, dec{pow10tab[st.lastBig], 0}) {
				break
			}
			t, ok := add(st.total, v)
			if !ok {
				st.n.overflow = true
				break
			}
			st.total, st.group, st.cur, st.hasCur = t, dec{}, dec{}, false
			st.lastBig, st.lastSmall, st.frac = int16(K), noneSmall, false
			if K > int(st.n.topBig) {
				st.n.topBig = int16(K)
			}
			st.unitRead(o, K)
			i += sz
			st.mark(i, &good, &goodEnd)
			continue
		}
		if (r == '점' || r == '쩜') && o.hangul && !st.n.digits && st.tokens > 0 && !st.frac {
			j := i + sz
			var f dec
			nd := 0
			for j < len(s) {
				r2, sz2 := decodeRune(s, j)
				v, ok := sinoDigit(r2)
				if !ok && !zeroWord(r2) {
					break
				}
				if nd >= 18 {
					nd = -1
					break
				}
				f.m = f.m*10 + v
				f.s++
				nd++
				j += sz2
			}
			if nd <= 0 {
				break
			}
			w, ok := add(st.total, st.group)
			if ok && st.hasCur {
				w, ok = add(w, st.cur)
			}
			if ok {
				w, ok = add(w, f.norm())
			}
			if !ok {
				st.n.overflow = true
				break
			}
			if st.lastBig < noneBig {
				st.lastBig = 1 // no unit may follow a fraction of 억
			}
			st.total, st.group, st.cur, st.hasCur = dec{}, dec{}, w, true
			st.frac, st.zeroWord, st.lastSmall = true, false, noneSmall
			st.n.hdigits += int16(nd)
			st.terms = 2
			i = j
			st.mark(i, &good, &goodEnd)
			continue
		}
		break
	}
	overflow := st.n.overflow
	if goodEnd < 0 {
		return st.n, false
	}
	g := &good
	g.n.overflow = overflow
	v, ok := add(g.total, g.group)
	if ok && g.hasCur {
		v, ok = add(v, g.cur)
	}
	if !ok {
		g.n.overflow = true
		return g.n, false
	}
	g.n.val = v
	g.n.end = goodEnd
	g.n.single = g.terms == 1
	if g.n.overflow {
		// an overflow past the good end: the longer reading was refused
		return g.n, false
	}
	return g.n, true
}

// parseNative reads a native numeral below 100: 열, 열한, 스무, 서른다섯.
func parseNative(s string, i int) (uint64, int, bool) {
	var v uint64
	j := i
	if w, ok := nativeTensIdx.match(s[j:]); ok {
		v += w.v
		j += len(w.s)
	}
	if w, ok := nativeUnitsIdx.match(s[j:]); ok {
		v += w.v
		j += len(w.s)
	}
	return v, j, j > i
}

// ErrSyntax is returned by ParseNumber for text that is not one numeral.
var ErrSyntax = errors.New("numeric: not a number")

// ParseNumber parses one Korean or Arabic numeral: Sino-Korean
// (이천칠백삼십오만, 일점이삼), native (열한, 서른다섯), digits with commas and
// decimals (27,350,000, 1.5), mixtures (2조1955억, 1조 2,345억, 4천300만,
// 5만 8200, 1.5조) and simple fractions (3/4, 사분의삼). Surrounding
// spaces are ignored. The value is computed exactly; ErrInexact or
// ErrOverflow is returned when float64 cannot hold it exactly.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrSyntax
	}
	if k := strings.IndexByte(s, '/'); k > 0 {
		return fraction(s[:k], s[k+1:])
	}
	if k := strings.Index(s, "분의"); k > 0 {
		return fraction(s[k+len("분의"):], s[:k])
	}
	d, err := parseWhole(s)
	if err != nil {
		return 0, err
	}
	return d.float()
}

func parseWhole(s string) (dec, error) {
	n, ok := parseNumeral(s, 0, fullOpts)
	if n.overflow {
		return dec{}, ErrOverflow
	}
	if !ok || n.end != len(s) {
		return dec{}, ErrSyntax
	}
	return n.val, nil
}

// fraction divides two numerals, refusing quotients without a finite
// decimal expansion (1/3), which no float64 holds exactly.
func fraction(num, den string) (float64, error) {
	a, err := parseWhole(strings.TrimSpace(num))
	if err != nil {
		return 0, err
	}
	b, err := parseWhole(strings.TrimSpace(den))
	if err != nil {
		return 0, err
	}
	if b.isZero() {
		return 0, ErrSyntax
	}
	a, b, ok := align(a, b)
	if !ok {
		return 0, ErrOverflow
	}
	// a.m / b.m: scale a up until the division is exact.
	q := dec{m: a.m}
	for k := 0; k < 19; k++ {
		if q.m%b.m == 0 {
			return dec{q.m / b.m, q.s}.float()
		}
		if q, ok = q.scaleUp(); !ok {
			break
		}
	}
	return 0, ErrInexact
}
