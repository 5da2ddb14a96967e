package numeric

import (
	"errors"
	"math/bits"
	"strconv"
)

// dec is an exact non-negative decimal m / 10^s. Every operation reports
// overflow instead of wrapping, so a value is either exact or an error.
type dec struct {
	m uint64
	s uint8
}

var pow10tab = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

func (d dec) isZero() bool { return d.m == 0 }

// norm strips trailing zeros of the fraction.
func (d dec) norm() dec {
	for d.s > 0 && d.m%10 == 0 {
		d.m /= 10
		d.s--
	}
	return d
}

// mulPow10 multiplies d by 10^k.
func (d dec) mulPow10(k int) (dec, bool) {
	if k <= int(d.s) {
		d.s -= uint8(k)
		return d, true
	}
	k -= int(d.s)
	d.s = 0
	if k >= len(pow10tab) {
		return d, d.m == 0
	}
	hi, lo := bits.Mul64(d.m, pow10tab[k])
	if hi != 0 {
		return d, false
	}
	d.m = lo
	return d, true
}

// divPow10 divides d by 10^k (exact: the scale grows).
func (d dec) divPow10(k int) (dec, bool) {
	if int(d.s)+k >= len(pow10tab) {
		return d, false
	}
	d.s += uint8(k)
	return d, true
}

// align brings a and b to the same scale.
func align(a, b dec) (dec, dec, bool) {
	var ok bool
	for a.s < b.s {
		if a, ok = a.scaleUp(); !ok {
			return a, b, false
		}
	}
	for b.s < a.s {
		if b, ok = b.scaleUp(); !ok {
			return a, b, false
		}
	}
	return a, b, true
}

// scaleUp returns the same value with one more fractional digit.
func (d dec) scaleUp() (dec, bool) {
	hi, lo := bits.Mul64(d.m, 10)
	if hi != 0 || d.s >= 19 {
		return d, false
	}
	return dec{lo, d.s + 1}, true
}

func add(a, b dec) (dec, bool) {
	a, b, ok := align(a, b)
	if !ok {
		return a, false
	}
	s, c := bits.Add64(a.m, b.m, 0)
	if c != 0 {
		return a, false
	}
	return dec{s, a.s}.norm(), true
}

// cmp compares a and b; ok is false when they cannot be aligned.
func cmp(a, b dec) (int, bool) {
	a, b, ok := align(a, b)
	if !ok {
		// a value too large to align with many fractional digits: compare
		// the integer parts, which differ.
		ai, bi := a.m/pow10tab[a.s], b.m/pow10tab[b.s]
		if ai == bi {
			return 0, false
		}
		if ai < bi {
			return -1, true
		}
		return 1, true
	}
	switch {
	case a.m < b.m:
		return -1, true
	case a.m > b.m:
		return 1, true
	}
	return 0, true
}

func less(a, b dec) bool {
	c, ok := cmp(a, b)
	return ok && c < 0
}

// float64pow10 are the powers of ten that float64 holds exactly.
var float64pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// ErrInexact is returned for numbers that float64 cannot hold exactly:
// integers beyond its 53-bit mantissa and decimals with more than 15
// significant digits.
var ErrInexact = errors.New("numeric: value not exactly representable as float64")

// ErrOverflow is returned for numbers whose computation overflows.
var ErrOverflow = errors.New("numeric: value out of range")

// float converts d to float64, refusing values that would not survive the
// conversion: an integer must be exactly representable, a fraction must
// have at most 15 significant digits (so that its shortest float64 form
// prints back as the same decimal).
func (d dec) float() (float64, error) {
	d = d.norm()
	if d.s == 0 {
		f := float64(d.m)
		if f >= 0x1p64 || uint64(f) != d.m {
			return 0, ErrInexact
		}
		return f, nil
	}
	if d.m >= 1e15 { // more than 15 significant digits
		return 0, ErrInexact
	}
	if int(d.s) < len(float64pow10) {
		// both exact in float64: one division rounds correctly, as
		// ParseFloat does
		return float64(d.m) / float64pow10[d.s], nil
	}
	f, err := strconv.ParseFloat(d.String(), 64)
	if err != nil {
		return 0, ErrOverflow
	}
	return f, nil
}

// String formats d as a plain decimal.
func (d dec) String() string {
	s := strconv.FormatUint(d.m, 10)
	if d.s == 0 {
		return s
	}
	for len(s) <= int(d.s) {
		s = "0" + s
	}
	return s[:len(s)-int(d.s)] + "." + s[len(s)-int(d.s):]
}
