package numeric

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// The loop of scanGated before it told syllables by their bytes (one
// decoded rune per word start), kept to compare scanLoop with.

// scanLoopOld is the old loop.
func scanLoopOld(text string, gated bool, out []ner.Mention, bx *boxes) []ner.Mention {
	i := 0
	prevHangul := false
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			prevHangul = false
			switch asciiKind[c] {
			case akDigit:
				if gated {
					// digits glued to 년 월 일 시 분 초 are a date or a time:
					// amountAt refuses them and resumes after the digits
					j := i + 1
					for j < len(text) && isDigit(text[j]) {
						j++
					}
					if j < len(text) && text[j] >= 0x80 && hasAnyPrefix(text[j:], timeWords) {
						i = j
						continue
					}
				}
				out, i = scanAt(text, i, out, bx)
			case akPrefix:
				if m, end, ok := prefixAt(text, i, bx); ok {
					out = append(out, m)
					i = end
				} else {
					i++
				}
			default:
				// spaces, signs, other letters: nothing starts there
				for i++; i < len(text) && text[i] < 0x80 && asciiKind[text[i]] == 0; i++ {
				}
			}
			continue
		}
		if prevHangul {
			// inside a Hangul word only a currency sign starts a mention:
			// skip its syllables without decoding them
			if j := skipSyllablesOld(text, i); j > i {
				i = j
				continue
			}
		}
		r, sz := decodeRune(text, i)
		switch {
		case r == '₩' || r == '€' || r == '£' || r == '¥':
			if m, end, ok := prefixAt(text, i, bx); ok {
				out = append(out, m)
				i = end
				continue
			}
		case !prevHangul && hangulStarts.has(r) && (!gated || pairOK(text, i+sz)):
			n := len(out)
			var end int
			if out, end = scanAt(text, i, out, bx); len(out) > n {
				i = end
				prevHangul = false
				continue
			}
		case !prevHangul && (r == '제' || r == '첫') && ordinalNext(text, i+sz):
			if m, ok := wordLeadAt(text, i, bx); ok {
				out = append(out, m)
				i, prevHangul = m.End, false
				continue
			}
		}
		prevHangul = isHangul(r)
		i += sz
	}
	return out
}

// skipSyllablesOld returns the end of the run of Hangul syllables
// (U+AC00-U+D7A3) at i.
func skipSyllablesOld(s string, i int) int {
	for i+2 < len(s) {
		c, b1, b2 := s[i], s[i+1], s[i+2]
		if c < 0xEA || c > 0xED || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
			break
		}
		if r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); r < 0xAC00 || r > 0xD7A3 {
			break
		}
		i += 3
	}
	return i
}

// TestLoopOld compares scanLoop with scanLoopOld on the test texts and
// the suffixes of their first bytes (each position a text start).
func TestLoopOld(t *testing.T) {
	for _, s := range gateTexts(t) {
		checkLoopOld(t, s)
		for k := 1; k < len(s) && k < 32; k++ {
			checkLoopOld(t, s[k:])
		}
	}
}

func checkLoopOld(t *testing.T, s string) {
	t.Helper()
	for _, gated := range []bool{true, false} {
		if got, want := scanWith(nil, s, gated, scanLoop), scanWith(nil, s, gated, scanLoopOld); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q (gated %v): scanLoop %+v; scanLoopOld %+v", s, gated, got, want)
		}
	}
}

// FuzzLoopOld compares scanLoop with scanLoopOld on arbitrary bytes.
func FuzzLoopOld(f *testing.F) {
	for _, s := range []string{"3억원과 ₩500 이천원", "세 차례 제3차 회의", "가격₩300", "\xed\x9e\xa3\xed\x9e\xa4원", "\xea\xaf\xbf5개", "첫 번째 US$3",
		"정부예산안에서는\xed\x9e\xa4삼천억원을", "국회의원들이\xea\xb0\x80\x80세 차례", "긴급재난지원금은€5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLoopOld(t, s)
	})
}

// matchWordOld is wordIndex.match as a walk over the whole list.
func matchWordOld(s string, ws []word) (word, bool) {
	for _, w := range ws {
		if strings.HasPrefix(s, w.s) {
			return w, true
		}
	}
	return word{}, false
}

// TestMatchWord checks that the native word lists hold words of a
// syllable or more, and compares wordIndex.match with matchWordOld at
// every position of the test texts.
func TestMatchWord(t *testing.T) {
	lists := [][]word{nativeTens, nativeUnits}
	for _, ws := range lists {
		for _, w := range ws {
			if len(w.s) < 3 {
				t.Fatalf("%q: shorter than a syllable", w.s)
			}
		}
	}
	for _, s := range append(gateTexts(t), "열", "스무", "하나", "한", "\xed") {
		checkMatchWord(t, s)
	}
}

func checkMatchWord(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		for k, ws := range [][]word{nativeTens, nativeUnits} {
			w, ok := []*wordIndex{nativeTensIdx, nativeUnitsIdx}[k].match(s[i:])
			w0, ok0 := matchWordOld(s[i:], ws)
			if w != w0 || ok != ok0 {
				t.Fatalf("%q at %d: matchWord %v %v; old %v %v", s, i, w, ok, w0, ok0)
			}
		}
	}
}

// FuzzMatchWord compares wordIndex.match with matchWordOld on arbitrary
// bytes.
func FuzzMatchWord(f *testing.F) {
	for _, s := range []string{"스물다섯", "열한 명", "여덟\xed", "하나둘셋"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMatchWord(t, s)
	})
}

// FuzzHasPrefix compares hasPrefix and hasSuffix with package strings.
func FuzzHasPrefix(f *testing.F) {
	f.Add("3억원", "억")
	f.Add("", "")
	f.Add("만원", "원")
	f.Fuzz(func(t *testing.T, s, w string) {
		for k := 0; k <= len(s); k++ {
			if hasPrefix(s[k:], w) != strings.HasPrefix(s[k:], w) || hasSuffix(s[:k], w) != strings.HasSuffix(s[:k], w) {
				t.Fatalf("%q %q at %d", s, w, k)
			}
		}
	})
}

// TestStopKind compares sentenceStop and lastIndexStop with the
// comparisons they replaced, on every byte.
func TestStopKind(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		want := b == '.' || b == '\n' || b == ',' || b == '!' || b == '?' || b == ';' || b == '(' || b == ')'
		if sentenceStop(b) != want {
			t.Errorf("sentenceStop(%q) = %v", b, !want)
		}
		s := "a" + string([]byte{b}) + "b"
		for _, bang := range []bool{false, true} {
			want := strings.LastIndexAny(s, ".\n")
			if bang {
				want = strings.LastIndexAny(s, ".\n!?")
			}
			if got := lastIndexStop(s, bang); got != want {
				t.Errorf("lastIndexStop(%q, %v) = %d; want %d", s, bang, got, want)
			}
		}
	}
}

// machineCountOld is machineCount as a walk over machineNouns and
// machineVerbs, kept to compare the indexed one with.
func machineCountOld(s string, start, end int, big bool) bool {
	p := strings.TrimSuffix(s[:start], " ")
	for _, w := range machineNouns {
		if hasSuffix(p, w) {
			return true
		}
	}
	if end >= len(s) || s[end] != ' ' {
		return false
	}
	for _, w := range machineVerbs {
		if !hasPrefix(s[end+1:], w) {
			continue
		}
		e := end + 1 + len(w)
		return e >= len(s) || s[e] != ' ' || big
	}
	return false
}

// checkMachineCount compares machineCount with machineCountOld at every
// pair of byte offsets of s.
func checkMachineCount(t *testing.T, s string) {
	t.Helper()
	for start := 0; start <= len(s); start++ {
		for end := start; end <= len(s); end++ {
			for _, big := range []bool{false, true} {
				if got, want := machineCount(s, start, end, big), machineCountOld(s, start, end, big); got != want {
					t.Fatalf("%q %d:%d (big %v): machineCount %v; machineCountOld %v", s, start, end, big, got, want)
				}
			}
		}
	}
}

func TestMachineCount(t *testing.T) {
	for _, s := range []string{"저상버스 300대 도입을", "CCTV 20대 설치", "PC 5대 팔렸다", "노트북10대 구입 계획", "4대 강국", "전기차 20대 운행 중",
		"태블릿PC 30대 보급", "버스", "C", "기 1대 판매"} {
		checkMachineCount(t, s)
	}
}

// FuzzMachineCount compares machineCount with machineCountOld on
// arbitrary bytes.
func FuzzMachineCount(f *testing.F) {
	for _, s := range []string{"저상버스 300대 도입을", "CCTV 20대 설치", "PC 5대 팔렸다", "드론 100대 생산"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 64 {
			return
		}
		checkMachineCount(t, s)
	})
}

// TestPrefixLetters checks what prefixAt's first test assumes: the
// currencies written before an amount with ASCII letters have three.
func TestPrefixLetters(t *testing.T) {
	for _, p := range prefixDefs {
		if p.s[0] < 0x80 && p.s != "$" && len(p.s) != 3 {
			t.Errorf("prefix %q: %d bytes; prefixAt assumes 3", p.s, len(p.s))
		}
	}
}

// checkPrefixAt compares prefixAt with prefixRead (prefixAt without its
// first test) at every byte of s.
func checkPrefixAt(t *testing.T, s string) {
	t.Helper()
	var b1, b2 boxes
	for i := 0; i < len(s); i++ {
		m, end, ok := prefixAt(s, i, &b1)
		m2, end2, ok2 := prefixRead(s, i, &b2)
		if ok != ok2 || end != end2 || ok && (m.Start != m2.Start || m.End != m2.End || m.Text != m2.Text || m.Rule != m2.Rule || !equalValue(m.Value, m2.Value)) {
			t.Fatalf("%q at %d: prefixAt %+v %d %v; prefixRead %+v %d %v", s, i, m, end, ok, m2, end2, ok2)
		}
	}
}

func TestPrefixAt(t *testing.T) {
	for _, s := range []string{"US$ 3.5 billion", "USD 20", "EUR20", "KB국민은행 GS 1", "$49", "RMB 10 CNY5 JPY", "U", "US$", "KRW 1,000"} {
		checkPrefixAt(t, s)
	}
	for _, s := range gateTexts(t) {
		checkPrefixAt(t, s)
	}
}

// FuzzPrefixAt compares prefixAt with prefixRead on arbitrary bytes.
func FuzzPrefixAt(f *testing.F) {
	for _, s := range []string{"US$ 3.5 billion", "USD 20", "EUR20", "KB국민 GS 1", "$49 ₩1,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPrefixAt(t, s)
	})
}

// equalValue reports whether two values say the same (their numbers sit
// in different boxes).
func equalValue(a, b *ner.Value) bool {
	num := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	x, y := *a, *b
	x.Num, x.Min, x.Max, y.Num, y.Min, y.Max = nil, nil, nil, nil, nil, nil
	return x == y && num(a.Num, b.Num) && num(a.Min, b.Min) && num(a.Max, b.Max)
}
