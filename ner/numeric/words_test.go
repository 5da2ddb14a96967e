package numeric

import (
	"slices"
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
		var a amount
		_, ok := amountAt(s, i, &a)
		if !ok {
			continue
		}
		if _, _, _, ok := rangeAfter(s, &a, &bx); ok && !rangeMay(s, &a) {
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

// checkPairAfter compares gateAfter with pairOK, narrowed by nativeOnly
// when a syllable follows, after every syllable of s.
func checkPairAfter(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if r, ok := syllableAt(s, i); ok {
			want := pairOK(s, i+3)
			if id := nativeOnly.idx[r-0xAC00]; id != 0 {
				if r2, ok := syllableAt(s, i+3); ok && !nativeOnly.next[id].has(r2) {
					want = false
				}
			}
			if got := gateAfter(s, i, r); got != want {
				t.Fatalf("%q at %d: gateAfter %v; want %v", s, i, got, want)
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

// The looks that decoded any rune where only a syllable matters, before
// they read the syllable with syllableAt, kept to compare with.

func approxFirstOld(s string, p int) bool {
	if p >= len(s) || s[p] < 0x80 {
		return false
	}
	r, _ := decodeRune(s, p)
	switch r {
	case '가', '안', '정', '쯤', '남', '내', '대', '선':
		return true
	}
	return false
}

func nativeFirstOld(s string) bool {
	r, _ := decodeRune(s, 0)
	switch r {
	case '하', '한', '둘', '두', '셋', '세', '넷', '네', '다', '여', '일', '아', '열', '스', '서', '마', '쉰', '예':
		return true
	}
	return false
}

func wordEndsOld(s string, i int, last byte) bool {
	if i >= len(s) {
		return true
	}
	if last < 0x80 {
		return !isASCIIAlnum(s[i]) || !isASCIIAlnum(last)
	}
	r, _ := decodeRune(s, i)
	return !isHangul(r) || particleStart(r)
}

func lookupOld(x *unitIndex, s string, i int) []*unitDef {
	if c := s[i]; c < 128 {
		return x.ascii[c]
	}
	r, _ := decodeRune(s, i)
	if isHangul(r) {
		return x.hangul[x.hidx[r-0xAC00]]
	}
	return x.other[r]
}

func checkSyllableLooks(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if approxFirst(s, i) != approxFirstOld(s, i) || nativeFirst(s[i:]) != nativeFirstOld(s[i:]) {
			t.Fatalf("%q at %d: approxFirst or nativeFirst differ", s, i)
		}
		for _, last := range []byte{'a', '%', 0x90} {
			if wordEnds(s, i, last) != wordEndsOld(s, i, last) {
				t.Fatalf("%q at %d: wordEnds differs (last %x)", s, i, last)
			}
		}
		if i < len(s) {
			a, b := units.lookup(s, i), lookupOld(units, s, i)
			if len(a) != len(b) || len(a) > 0 && &a[0] != &b[0] {
				t.Fatalf("%q at %d: lookup differs", s, i)
			}
		}
	}
}

func TestSyllableLooks(t *testing.T) {
	texts := gateTexts(t)
	for _, s := range texts[:min(200, len(texts))] {
		checkSyllableLooks(t, s)
	}
	checkSyllableLooks(t, "\n0@\x0a0\x80 가량 3억원 세 명\xed\x9e\xa3")
}

func FuzzSyllableLooks(f *testing.F) {
	for _, s := range []string{"3억원가량", "\n0@", "세 명", "만\xed\x9e\xa3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSyllableLooks(t, s)
	})
}

// TestNumeralSyllables checks what parseNumeral relies on when it stops
// at a rune that is no syllable: no such rune is a numeral word, a unit
// or 점, nor starts a native numeral.
func TestNumeralSyllables(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		if isHangul(r) {
			continue
		}
		_, digit := sinoDigit(r)
		if digit || zeroWord(r) || smallUnit(r) > 0 || bigUnit(r) > 0 || r == '점' || r == '쩜' {
			t.Fatalf("%U: a numeral rune that is no syllable", r)
		}
	}
	for _, ws := range [][]word{nativeTens, nativeUnits} {
		for _, w := range ws {
			if _, ok := syllableAt(w.s, 0); !ok {
				t.Fatalf("%q starts with no syllable", w.s)
			}
		}
	}
}

// lexDigitsOld is lexDigits before it read a plain literal in its first
// loop.
func lexDigitsOld(s string, i int) (d dec, end int, ok bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i > 1 && s[i] == '0' {
		return d, j, false
	}
	if j-i <= 3 {
		for j+4 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			j += 4
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	sig, scale, frac := 0, 0, false
	for k := i; k < j; k++ {
		c := s[k]
		if c == ',' {
			continue
		}
		if c == '.' {
			frac = true
			continue
		}
		if d.m == 0 && c == '0' && !frac {
			continue
		}
		if frac {
			scale++
		}
		sig++
		if sig > 19 || scale > 18 {
			return d, j, false
		}
		d.m = d.m*10 + uint64(c-'0')
	}
	if d.m >= 1e19 {
		return d, j, false
	}
	d.s = uint8(scale)
	return d.norm(), j, true
}

func checkLexDigits(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		d, j, ok := lexDigits(s, i)
		d0, j0, ok0 := lexDigitsOld(s, i)
		if d != d0 || j != j0 || ok != ok0 {
			t.Fatalf("%q at %d: lexDigits %v %d %v; old %v %d %v", s, i, d, j, ok, d0, j0, ok0)
		}
	}
}

func TestLexDigits(t *testing.T) {
	for _, s := range []string{"0", "05", "3억", "1,234,567원", "1.5조", "12.", "999999999999999999", "9999999999999999999", "18446744073709551616", "1,23", "3.0", "0.50%", "123,456.789"} {
		checkLexDigits(t, s)
	}
	texts := gateTexts(t)
	for _, s := range texts[:min(300, len(texts))] {
		checkLexDigits(t, s)
	}
}

func FuzzLexDigits(f *testing.F) {
	for _, s := range []string{"1,234.5", "0.001", "99999999999999999999", "12,345,678,901,234,567,890"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLexDigits(t, s)
	})
}

// TestWordStartCases checks what scanLoop relies on when it picks the case
// of a word start: 제 and 첫 are not in hangulStarts.
func TestWordStartCases(t *testing.T) {
	if hangulStarts.has('제') || hangulStarts.has('첫') {
		t.Fatal("hangulStarts holds 제 or 첫")
	}
}

// TestNativeOnlyGate runs checkGate (Scan with and without the gates) on
// native numerals and the words of wordLeadAt, glued and apart.
func TestNativeOnlyGate(t *testing.T) {
	for _, s := range []string{"열한 명", "열한명", "스물다섯 곳", "스무 살", "두곳", "세차례", "네 번", "하나를", "다섯 사람",
		"열개", "열 개", "쉰다섯 명", "쉰명", "여덟 명", "여섯개", "아홉 곳", "아흔아홉 명", "예순 살", "서른두 명", "마흔 명",
		"한편", "한 명", "한명", "둘이서", "셋째", "넷이", "세대", "여러 곳", "다른 사람", "여든여덟 번", "일곱 명", "열두 달"} {
		checkGate(t, s)
		checkGate(t, "그는 "+s+"을 봤다")
	}
}

// TestBySyllable: values come back under their first syllable in the
// order added, nothing under the others, and an index with nothing added
// answers nothing (no list to read).
func TestBySyllable(t *testing.T) {
	var empty bySyllable[string]
	if got := empty.of('가'); got != nil {
		t.Errorf("empty index: %q", got)
	}
	var x bySyllable[string]
	for _, w := range []string{"억원", "만원", "억달러", "조원"} {
		r, _ := syllableAt(w, 0)
		x.add(r, w)
	}
	for r, want := range map[rune][]string{'억': {"억원", "억달러"}, '만': {"만원"}, '조': {"조원"}, '원': nil, '힣': nil} {
		if got := x.of(r); !slices.Equal(got, want) {
			t.Errorf("of(%q) = %q, want %q", r, got, want)
		}
	}
}
