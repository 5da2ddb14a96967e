package lex

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestDecodeUTF8 checks decode against utf8.DecodeRuneInString on every
// two and three bytes after a first byte of 0x80 or more, with a fourth
// byte of each kind, each cut short at every length, and on random bytes.
func TestDecodeUTF8(t *testing.T) {
	check := func(s string, i int) {
		r, n := decode(s, i)
		if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
			t.Fatalf("decode(%q, %d) = %U %d, want %U %d", s, i, r, n, wr, wn)
		}
	}
	for c := 0x80; c < 0x100; c++ {
		for c1 := 0; c1 < 0x100; c1++ {
			for c2 := 0; c2 < 0x100; c2++ {
				for _, c3 := range []byte{0x7F, 0x80, 0xBF, 0xC0} {
					b := [6]byte{'a', byte(c), byte(c1), byte(c2), c3, 0x80}
					s := string(b[:])
					for e := 2; e <= len(s); e++ {
						check(s[:e], 1)
					}
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	buf := make([]byte, 16)
	for k := 0; k < 300000; k++ {
		for j := range buf {
			buf[j] = byte(rng.Uint32())
		}
		s := string(buf[:rng.IntN(len(buf))+1])
		check(s, rng.IntN(len(s)))
	}
}

// FuzzDecode compares decode with utf8.DecodeRuneInString on any bytes.
func FuzzDecode(f *testing.F) {
	f.Add("가나\xed\xa0\x80美é😀\xf4\x90\x80\x80", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if len(s) == 0 {
			return
		}
		i = int(uint(i) % uint(len(s)))
		r, n := decode(s, i)
		if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
			t.Fatalf("decode(%q, %d) = %U %d, want %U %d", s, i, r, n, wr, wn)
		}
	})
}
