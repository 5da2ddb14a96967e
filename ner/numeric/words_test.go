package numeric

import (
	"strings"
	"testing"
)

// The money word lists were looked for one word at a time before
// syllableWords indexed them; the old looks are kept here to compare with.

func containsAnyOld(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func strongMoneyBeforeOld(before string) bool {
	before = strings.TrimRight(before, " ")
	for w := 0; w < 2 && before != ""; w++ {
		k := strings.LastIndexByte(before, ' ')
		word := before[k+1:]
		for _, x := range krwStrong {
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

func checkWords(t *testing.T, s string) {
	t.Helper()
	for _, l := range []struct {
		x  *syllableWords
		ws []string
	}{{krwBeforeIdx, krwBefore}, {krwAfterIdx, krwAfter}, {krwStrongIdx, krwStrong}} {
		if got, want := l.x.in(s), containsAnyOld(s, l.ws); got != want {
			t.Fatalf("%q: in %v; strings.Contains %v (%q…)", s, got, want, l.ws[0])
		}
	}
	if got, want := strongMoneyBefore(s), strongMoneyBeforeOld(s); got != want {
		t.Fatalf("%q: strongMoneyBefore %v; old %v", s, got, want)
	}
}

func TestSyllableWords(t *testing.T) {
	for _, s := range gateTexts(t) {
		for k := 0; k < len(s) && k < 12; k++ {
			checkWords(t, s[k:])
			checkWords(t, s[:len(s)-k])
		}
	}
	for _, ws := range [][]string{krwBefore, krwAfter, krwStrong} {
		for _, w := range ws {
			checkWords(t, "올해 "+w+"은 3억")
			checkWords(t, w)
			checkWords(t, w[:len(w)-1])
		}
	}
}

func FuzzSyllableWords(f *testing.F) {
	for _, s := range []string{"올해 예산은 ", "계좌에 ", "총 사업비 2조", "연봉은\xec", "시가총액", "\xea\xb3\x84좌"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkWords(t, s)
	})
}
