package page

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldSpaceOld is foldSpace as it was before it spelt out its runes: the
// reference of TestFoldSpace.
func foldSpaceOld(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// scanRuneOld is scanRune as it was before it decoded two-byte runes
// itself: the reference of TestScanRune.
func scanRuneOld(line string, i int) (r rune, size int, bits uint64) {
	c := line[i]
	switch {
	case c < utf8.RuneSelf:
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			bits = scCtl // (a NUL too)
		}
		if c == ' ' {
			return rune(c), 1, bits | scSpace
		}
		if c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
			return rune(c), 1, bits | scSpace | scOddSpace
		}
		return rune(c), 1, bits
	case c&0xF0 == 0xE0 && i+2 < len(line) && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80:
		// three bytes: all of Hangul
		r, size = rune(c&0x0F)<<12|rune(line[i+1]&0x3F)<<6|rune(line[i+2]&0x3F), 3
		if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
			bits = scBad | scNotFolded // overlong, or a surrogate
		}
	default:
		r, size = utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError && size == 1 {
			bits = scBad | scNotFolded
		}
	}
	if r >= 0x80 && (r < 0xAC00 || r > 0xD7A3) && foldSpaceOld(r) {
		bits |= scSpace | scOddSpace
	}
	return r, size, bits
}

// TestFoldSpace holds foldSpace to foldSpaceOld on every rune and a few
// values that are none.
func TestFoldSpace(t *testing.T) {
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		if foldSpace(r) != foldSpaceOld(r) {
			t.Fatalf("foldSpace(%U) = %v", r, foldSpace(r))
		}
	}
	for _, r := range []rune{-1 << 31, 1<<31 - 1, 0x7fffff00} {
		if foldSpace(r) != foldSpaceOld(r) {
			t.Fatalf("foldSpace(%d) = %v", r, foldSpace(r))
		}
	}
}

// TestScanRune holds scanRune to scanRuneOld on every rune, every pair of
// bytes and every lead byte with its continuation bytes cut, at the start
// and the end of a line.
func TestScanRune(t *testing.T) {
	check := func(s string) {
		for _, line := range []string{s, "가" + s, s + "가"} {
			i := 0
			if line != s && line[:3] == "가" {
				i = 3
			}
			if i >= len(line) {
				continue
			}
			r, n, b := scanRune(line, i)
			wr, wn, wb := scanRuneOld(line, i)
			if r != wr || n != wn || b != wb {
				t.Fatalf("scanRune(%q, %d) = %U, %d, %#x; want %U, %d, %#x", line, i, r, n, b, wr, wn, wb)
			}
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r))
	}
	for a := 0; a < 256; a++ {
		check(string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for a := 0xE0; a < 0x100; a++ {
		for b := 0x80; b < 0xC0; b++ {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{byte(a), byte(b), ' '}))
		}
	}
}
