package numeric

import (
	"math/bits"
	"testing"
)

// nextStartOld is nextStart as it read one syllable at a time and every
// first syllable as a rune, kept to compare nextStart with.
func nextStartOld(s string, i int, prevHangul, gated bool) (int, bool) {
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if asciiKind[c] != 0 {
				return i, false
			}
			prevHangul = false
			i++
			continue
		}
		// a syllable: lead and first continuation byte from 0xEA 0xB0
		// (U+AC00) to 0xED 0x9D, or 0xED 0x9E up to 0xA3 (U+D7A3)
		if i+3 > len(s) {
			break
		}
		b := s[i : i+3]
		b1, b2 := b[1], b[2]
		if k := uint(c)<<8 | uint(b1); !(k-0xEAB0 < 0xED9E-0xEAB0 && b1&0xC0 == 0x80 && b2&0xC0 == 0x80 ||
			k == 0xED9E && b2-0x80 <= 0xA3-0x80) {
			break
		}
		if !prevHangul {
			if r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); wordStarts.has(r) && wordStartOK(s, i, r, gated) {
				return i, false
			}
			prevHangul = true
		}
		// the rest of the word, but for the last syllables of the range
		// (0xED 0x9E): the test above takes those. While a byte follows
		// the syllable, its four bytes are read at once.
		for i += 3; i < len(s)-3; i += 3 {
			b := s[i : i+4]
			x := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
			if x&0xC0C000 != 0x808000 || uint(bits.ReverseBytes16(uint16(x)))-0xEAB0 >= 0xED9E-0xEAB0 {
				break
			}
		}
		if i < len(s)-3 {
			continue // stopped at a byte that is no syllable's
		}
		for ; i+3 <= len(s); i += 3 {
			b := s[i : i+3]
			if k := uint(b[0])<<8 | uint(b[1]); k-0xEAB0 >= 0xED9E-0xEAB0 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
				break
			}
		}
	}
	return i, prevHangul
}

// checkNextStart compares nextStart with nextStartOld from every byte of
// s, with and without a syllable before it and with and without the gates.
func checkNextStart(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		for _, prev := range []bool{false, true} {
			for _, gated := range []bool{false, true} {
				j, p := nextStart(s, i, prev, gated)
				k, q := nextStartOld(s, i, prev, gated)
				if j != k || p != q {
					t.Fatalf("%q from %d (prev %v, gated %v): nextStart %d %v; nextStartOld %d %v", s, i, prev, gated, j, p, k, q)
				}
			}
		}
	}
}

func TestNextStart(t *testing.T) {
	for _, s := range gateTexts(t) {
		checkNextStart(t, s)
	}
	for _, s := range []string{"정부예산안에서는\xed\x9e\xa3\xed\x9e\xa4삼천억원을", "국회의원들이\xea\xb0\x80\x80세 차례",
		"가나다라마바사아자차카타파하", "힣힣힣힣힣힣", "깋깋깋깋깋\xea\xaf\xbf", "각국의 이천원 일곱 명 제3차 첫 번째", "가나다\xed\x9e\xa4",
		"가나다라\xea\xb0", "가나다라마\x80\x80\x80", "한국·일본 삼천원“이천”"} {
		checkNextStart(t, s)
	}
}

// FuzzNextStart compares nextStart with nextStartOld on arbitrary bytes.
func FuzzNextStart(f *testing.F) {
	for _, s := range []string{"3억원과 ₩500 이천원", "세 차례 제3차 회의", "\xed\x9e\xa3\xed\x9e\xa4원", "\xea\xaf\xbf5개",
		"정부예산안에서는\xed\x9e\xa4삼천억원을", "국회의원들이\xea\xb0\x80\x80세 차례", "힣힣힣힣 가나다라마바사"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNextStart(t, s)
	})
}

// checkParseNumeral compares parseNumeral with parseNumeralSlow from
// every byte of s, with every option.
func checkParseNumeral(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		for k := range 16 {
			o := numOpts{hangul: k&1 != 0, native: k&2 != 0, spaces: k&4 != 0, noJo: k&8 != 0}
			n, ok := parseNumeral(s, i, o)
			m, mok := parseNumeralSlow(s, i, o)
			if n != m || ok != mok {
				t.Fatalf("%q from %d (%+v): parseNumeral %+v %v; parseNumeralSlow %+v %v", s, i, o, n, ok, m, mok)
			}
		}
	}
}

func TestParseNumeralFast(t *testing.T) {
	for _, s := range []string{"2026년 3조4천억원 13.8% 1,200억 05 1.50 0.0 27,350,000원 9999999999999999999 3경 5조 2백 7십 1 천 4점",
		"12345678901234567890.5 1.000000000000000000001 3만 8200 1조 2,345억", "3이 4삼 5영 6하나 7 명 8일 9점오",
		"500만원 1.5억 원 0만 3조 5천억 1.23456789012만 99999999999999999억 2경원 7억이 4만3 6억점 8만a 9조,"} {
		checkParseNumeral(t, s)
	}
	for _, s := range gateTexts(t) {
		checkParseNumeral(t, s)
	}
}

// FuzzParseNumeralFast compares parseNumeral with parseNumeralSlow on
// arbitrary bytes.
func FuzzParseNumeralFast(f *testing.F) {
	for _, s := range []string{"3조4천억원", "1,200억 원", "2.5%", "05개", "3 천", "7십만", "9경"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseNumeral(t, s)
	})
}

// FuzzDirection compares direction with directionRef on arbitrary bytes
// and spans.
func FuzzDirection(f *testing.F) {
	f.Add("수출은 전년 대비 올해 들어 크게 12.3% 정말 많이 매우 증가했다.", 29, 34)
	f.Add("전년보다 3% 하나 둘 셋 넷 줄었다", 13, 15)
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		if start < 0 || end < start || end > len(s) {
			return
		}
		if got, want := direction(s, start, end), directionRef(s, start, end); got != want {
			t.Fatalf("%q %d:%d: direction %q; want %q", s, start, end, got, want)
		}
	})
}

// wordEndRef is wordEnd a byte at a time.
func wordEndRef(s string, j int) int {
	for j < len(s) && s[j] != ' ' && !sentenceStop(s[j]) {
		j++
	}
	return j
}

// FuzzWordEnd compares wordEnd with wordEndRef from every byte.
func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"증가했다. 그러나", "12.3%증가(전년", "가나다라마바사아자차카타파하!", "\x00\x3f\x40\xff\x20\x41\x0a\x3b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := wordEnd(s, i), wordEndRef(s, i); got != want {
				t.Fatalf("%q from %d: wordEnd %d; want %d", s, i, got, want)
			}
		}
	})
}
