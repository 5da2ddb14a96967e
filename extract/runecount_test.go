package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneCursor checks runeStarts and runeCursor against a count of the
// bytes utf8.RuneStart accepts, on Hangul, ASCII, four-byte runes and
// broken bytes, at every offset, across the eight-byte steps and with
// offsets that rise and fall.
func TestRuneCursor(t *testing.T) {
	texts := []string{
		"",
		"서울시는 3일 시청에서 회의를 열었다.",
		strings.Repeat("a가😀", 9),
		"abc\x80\x80가\xed\xa0\x80나\xff다" + strings.Repeat("\xbf", 11),
	}
	for _, s := range texts {
		want := make([]int, len(s)+1) // want[b]: starts before byte b
		for b := 0; b < len(s); b++ {
			want[b+1] = want[b]
			if utf8.RuneStart(s[b]) {
				want[b+1]++
			}
		}
		for a := 0; a <= len(s); a++ {
			for b := a; b <= len(s); b++ {
				if got := runeStarts(s[a:b]); got != want[b]-want[a] {
					t.Fatalf("%q: runeStarts(s[%d:%d]) = %d; want %d", s, a, b, got, want[b]-want[a])
				}
			}
		}
		for step := 1; step <= 9; step++ {
			c := runeCursor{s: s}
			for b := 0; b <= len(s); b += step {
				if got := c.at(b); got != want[b] {
					t.Fatalf("%q step %d: at(%d) = %d; want %d", s, step, b, got, want[b])
				}
			}
		}
		// offsets that fall back, as the start of a mention inside the
		// last one does
		c := runeCursor{s: s}
		for a := 0; a <= len(s); a++ {
			for _, b := range []int{a, len(s) - a, a / 2, len(s)} {
				if got := c.at(b); got != want[b] {
					t.Fatalf("%q: at(%d) after %d = %d; want %d", s, b, a, got, want[b])
				}
			}
		}
	}
}

// FuzzRuneStartsIn compares runeStartsIn, which reads whole words past
// the end of its span, with a count byte by byte, on any span of any text.
func FuzzRuneStartsIn(f *testing.F) {
	f.Add("서울시는 3일 시청에서 회의를 열었다.", 3, 20)
	f.Add(strings.Repeat("가a\xbf", 200), 1, 590)
	f.Fuzz(func(t *testing.T, s string, i, j int) {
		if len(s) == 0 {
			return
		}
		i, j = int(uint(i)%uint(len(s)+1)), int(uint(j)%uint(len(s)+1))
		if i > j {
			i, j = j, i
		}
		want := 0
		for _, b := range []byte(s[i:j]) {
			if utf8.RuneStart(b) {
				want++
			}
		}
		if got := runeStartsIn(s, i, j); got != want {
			t.Fatalf("%q: runeStartsIn(%d, %d) = %d; want %d", s, i, j, got, want)
		}
	})
}
