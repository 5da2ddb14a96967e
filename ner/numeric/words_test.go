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

// checkRangeMay verifies that rangeMay holds wherever rangeAfter reads a
// range: scanAt asks rangeAfter only then.
func checkRangeMay(t *testing.T, s string) {
	t.Helper()
	var bx boxes
	for i := 0; i < len(s); i++ {
		a, _, ok := amountAt(s, i)
		if !ok {
			continue
		}
		if _, _, _, ok := rangeAfter(s, a, &bx); ok && !rangeMay(s, &a) {
			t.Fatalf("%q at %d: a range, but rangeMay false", s, i)
		}
		bx.reset()
	}
}

func TestRangeMay(t *testing.T) {
	for _, s := range gateTexts(t) {
		checkRangeMay(t, s)
	}
	for _, s := range []string{"2~3조원", "2 ~ 3%", "3만∼4만원", "10〜20개", "5～6명", "1–2%", "2조에서 3조원으로", "100 - 200달러", "이만오천원 - 삼만원"} {
		checkRangeMay(t, s)
	}
}

func FuzzRangeMay(f *testing.F) {
	for _, s := range []string{"2~3조원", "3만∼4만원", "2조에서 3조원으로", "1–2%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkRangeMay(t, s)
	})
}

// checkPairAfter compares pairAfter with pairOK after every syllable of s.
func checkPairAfter(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if r, ok := syllableAt(s, i); ok {
			if got, want := pairAfter(s, i, r), pairOK(s, i+3); got != want {
				t.Fatalf("%q at %d: pairAfter %v; pairOK %v", s, i, got, want)
			}
		}
	}
}

func TestPairAfter(t *testing.T) {
	for _, s := range gateTexts(t) {
		checkPairAfter(t, s)
	}
	for r := rune(0xAC00); r <= 0xD7A3; r += 7 {
		for _, r0 := range "이사한세일만구두첫제천" {
			checkPairAfter(t, string(r0)+string(r))
			checkPairAfter(t, string(r0)+string(r)+" ")
		}
	}
}

func FuzzPairAfter(f *testing.F) {
	for _, s := range []string{"이천원", "세 차례", "사업", "한국", "만\xed\x9e\xa3", "구파운드"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPairAfter(t, s)
	})
}
