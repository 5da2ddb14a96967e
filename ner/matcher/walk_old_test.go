package matcher

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/lex"
)

// backOld, forwardOld and decodeWindowOld are back, forward and
// decodeWindow before their paths for ASCII bytes and syllables without a
// call, kept as oracles.
func backOld(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		r, w := lastRune(s, i)
		if r == '\n' {
			break
		}
		i -= w
	}
	return i
}

func forwardOld(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		r, w := lex.Decode(s, i)
		if r == '\n' {
			break
		}
		i += w
	}
	return i
}

func decodeWindowOld(s string, runes []rune, offs []int) ([]rune, []int) {
	if cap(runes) < len(s) {
		runes = make([]rune, len(s))
	}
	if cap(offs) < len(s)+1 {
		offs = make([]int, len(s)+1)
	}
	runes, offs = runes[:len(s)], offs[:len(s)+1]
	n := 0
	for b := 0; b < len(s); n++ {
		c, w := rune(s[b]), 1
		if c >= utf8.RuneSelf {
			c, w = lex.Decode(s, b)
		}
		runes[n], offs[n] = c, b
		b += w
	}
	offs[n] = len(s)
	return runes[:n], offs[:n+1]
}

// checkWalks compares back, forward and decodeWindow with their oracles
// on s, at every offset and for a few counts of runes.
func checkWalks(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		for _, n := range []int{0, 1, 2, 3, 7, 40} {
			if got, want := back(s, i, n), backOld(s, i, n); got != want {
				t.Fatalf("back(%q, %d, %d) = %d, want %d", s, i, n, got, want)
			}
			if got, want := forward(s, i, n), forwardOld(s, i, n); got != want {
				t.Fatalf("forward(%q, %d, %d) = %d, want %d", s, i, n, got, want)
			}
		}
	}
	r, o := decodeWindow(s, nil, nil)
	wr, wo := decodeWindowOld(s, nil, nil)
	if fmt.Sprint(r, o) != fmt.Sprint(wr, wo) {
		t.Fatalf("decodeWindow(%q) = %v %v, want %v %v", s, r, o, wr, wo)
	}
}

// TestWalksOracle compares the walks with the oracles on random texts of
// syllables, other runes, line breaks and broken UTF-8.
func TestWalksOracle(t *testing.T) {
	pieces := []string{"가", "힣", "는", "\n", " ", "A", "9", "·", "美", "é", "😀", "\xea\xb0", "\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xff", "㈜"}
	rng := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 3000; k++ {
		s := ""
		for n := rng.IntN(16); n > 0; n-- {
			s += pieces[rng.IntN(len(pieces))]
		}
		checkWalks(t, s)
	}
}

// FuzzWalks compares the walks with the oracles on any bytes.
func FuzzWalks(f *testing.F) {
	f.Add("한국 AI\n3%·지원\xed\xa0\x80끝")
	f.Fuzz(func(t *testing.T, s string) {
		checkWalks(t, s)
	})
}
