package page

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// plainRunesOld is plainRunes as it was before it tested a syllable by its
// last two bytes (plainPairs): the reference of FuzzPlainRunes.
func plainRunesOld(line string, i, n int) (int, int, uint32) {
	var k uint32
	if i < 0 {
		return i, n, k // (never: it tells the compiler the indexes below are in range)
	}
	for {
		// syllables and the single spaces between them (most of a line)
		for i < len(line)-2 {
			c := line[i]
			if c-0xEA <= 0xED-0xEA { // the lead byte of a syllable
				c1, c2 := line[i+1], line[i+2]
				if plainSyllables[int(c&3)<<8|int(c1)]&(1<<(c2&63)) == 0 || c2&0xC0 != 0x80 {
					// not a plain syllable: one of scanMask that tells
					// scanLine nothing where it stands is read on here
					// (most of them are)
					if !hangulAt(line, i) {
						return i, n, k
					}
					r, next := rune(c&0x0F)<<12|rune(c1&0x3F)<<6|rune(c2&0x3F), i+3
					if r == '다' {
						// before a rune that is not white space, only a
						// key if that is a dot
						if daWord || next >= len(line) || !startsRune[line[next]] {
							return i, n, k
						}
						if line[next] == '.' {
							k |= kwDaDot
						}
					} else if f := caseFollow[r-0xAC00]; f == 0 || followedBy(line[next:], caseFollowers[f]) {
						return i, n, k
					}
				}
				n++
				i += 3
				continue
			}
			if c != ' ' || !startsRune[line[i+1]] {
				break
			}
			n++
			i++
		}
		// the other runes of one byte, and the end of the line
		if i >= len(line) {
			return i, n, k
		}
		switch plainClass[line[i]] {
		case pcPlain:
		case pcDigit:
			if n < 24 {
				return i, n, k
			}
		case pcSpace:
			if i+1 >= len(line) || !startsRune[line[i+1]] {
				return i, n, k
			}
		default:
			return i, n, k
		}
		n++
		i++
	}
}

// plainPieces are the pieces of the lines of TestPlainRunesPieces: plain
// syllables, syllables of scanMask with and without their followers,
// digits, marks, white space and broken bytes.
var plainPieces = []string{"다", "다.", "다 ", "다\"", "기", "기자", "로", "로그인", "무", "무단", "재", "재배포", "소", "소요", "학", "학습",
	"모", "모습", "통", "통신원", "특", "특파원", "가", "나라", "했", "정부", "힣", "꿇", " ", "  ", "\t", "\u00a0", ".", ",", "1", "2025", "a",
	"(c)", "(", "ⓒ", "@", "=", "관련", "▶", "\xff", "\xea\xb8", "\xed\xa0\x80", "\xed\x9f\xbf", "\xea\x80\x80", "\xeb\xbf\xbf", "\xe2\xb0\x80", "입력", "기사", "·"}

func checkPlainRunes(t *testing.T, s string) {
	for i := 0; i <= len(s); i++ {
		for _, n := range []int{0, 23, 24, 40} {
			gi, gn, gk := plainRunes(s, i, n)
			wi, wn, wk := plainRunesOld(s, i, n)
			if gi != wi || gn != wn || gk != wk {
				t.Fatalf("plainRunes(%q, %d, %d) = %d, %d, %#x; want %d, %d, %#x", s, i, n, gi, gn, gk, wi, wn, wk)
			}
		}
	}
}

// TestPlainRunesPieces holds plainRunes to plainRunesOld at every offset
// of random lines made of plainPieces, and of every syllable alone and
// after a plain one.
func TestPlainRunesPieces(t *testing.T) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		checkPlainRunes(t, string(r)+" 가")
		checkPlainRunes(t, "가"+string(r))
	}
	rng := rand.New(rand.NewPCG(5, 9))
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			b.WriteString(plainPieces[rng.IntN(len(plainPieces))])
		}
		checkPlainRunes(t, b.String())
	}
}

func FuzzPlainRunes(f *testing.F) {
	for _, s := range plainPieces {
		f.Add(s + " 가나 " + s)
	}
	f.Add("정부는 예산안을 발표했다. 기자 2025 a (c)")
	f.Fuzz(checkPlainRunes)
}
