package extract

import (
	"math/bits"
	"strings"
	"testing"
)

// TestRuneIndex checks runeIndex against a count of the bytes
// utf8.RuneStart accepts, on Hangul, ASCII, four-byte runes and broken
// bytes, at every offset of texts whose length falls on and off the marks.
func TestRuneIndex(t *testing.T) {
	texts := []string{
		"",
		"서울시는 3일 시청에서 회의를 열었다.",
		strings.Repeat("a가😀", 9),
		"abc\x80\x80가\xed\xa0\x80나\xff다" + strings.Repeat("\xbf", 11),
	}
	for n := range 20 {
		texts = append(texts, strings.Repeat("가", n), strings.Repeat("a", n))
	}
	for _, s := range texts {
		checkRuneIndex(t, s)
	}
}

func checkRuneIndex(t *testing.T, s string) {
	t.Helper()
	idx := runeIndex{s: s, marks: indexRunes(nil, s)}
	for b := 0; b <= len(s); b++ {
		if got, want := idx.at(b), runeStartsOld(s[:b]); got != want {
			t.Fatalf("%q: at(%d) = %d; want %d", s, b, got, want)
		}
	}
}

// FuzzRuneIndex compares runeIndex, which reads whole words around the
// offset, with the count the runeCursor before it made, at every offset.
func FuzzRuneIndex(f *testing.F) {
	f.Add("서울시는 3일 시청에서 회의를 열었다.")
	f.Add(strings.Repeat("가a\xbf", 200))
	f.Fuzz(func(t *testing.T, s string) {
		checkRuneIndex(t, s)
	})
}

// runeStartsOld counts the bytes of s that start a code point, as the
// runeCursor did before the runeIndex: the oracle of FuzzRuneIndex.
func runeStartsOld(s string) int {
	cont := 0 // continuation bytes: 10xxxxxx
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		cont += bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}
