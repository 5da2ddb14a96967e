package date

import (
	"reflect"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// gateTexts are texts to run with and without the gates: the examples and
// the shared corpora when present.
func gateTexts(t testing.TB) []string {
	var texts []string
	for _, p := range []string{"testdata/dates.jsonl", "testdata/times.jsonl", "testdata/negative.jsonl"} {
		ex, err := testcorpus.JSONLTexts(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, ex...)
	}
	texts = append(texts, testcorpus.News()...)
	return append(texts, testcorpus.KLUE()...)
}

// TestGate checks that the gates of gate.go only skip positions where no
// rule matches: Scan finds the same with them as without them.
func TestGate(t *testing.T) {
	refs := []time.Time{time.Date(2025, 9, 4, 9, 59, 0, 0, kst), time.Date(2016, 1, 3, 0, 0, 0, 0, kst), {}}
	for _, text := range gateTexts(t) {
		for _, ref := range refs {
			checkGate(t, text, ref)
			// every suffix too: each position becomes a text start
			for k := 1; k < len(text) && k < 64; k++ {
				checkGate(t, text[k:], ref)
			}
		}
	}
}

func checkGate(t *testing.T, text string, ref time.Time) {
	t.Helper()
	got, want := scanGated(text, ref, true), scanGated(text, ref, false)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q (ref %v): gated %+v; ungated %+v", text, ref, got, want)
	}
}

// TestDaysIn compares daysIn with the calendar of package time.
func TestDaysIn(t *testing.T) {
	for y := -2400; y <= 10000; y++ {
		for m := -1; m <= 14; m++ {
			if got, want := daysIn(y, m), civ(y, m+1, 0).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d; want %d", y, m, got, want)
			}
		}
	}
}

// TestDigitGate checks the digit gate on the forms it refuses since it
// looks past the first sign (decimals, 개 that is no 개월) and on the
// dates and lengths it must still admit.
func TestDigitGate(t *testing.T) {
	for text, want := range map[string]bool{
		"1.4조원":        false,
		"16.8% 늘었다":    false,
		"480개사가":       false,
		"3개월 동안":       true,
		"3 개월":         true,
		"2025.09.04":   true,
		"25.09.04":     true,
		"2025. 9. 4.":  true,
		"12.5일":        false,
		"9월 4일":        true,
		"15:30":        true,
		"12345년":       false,
		"20여 년 만에":     true,
		"3.5배로 늘어난 예산": false,
	} {
		if got := digitGate(text, 0); got != want {
			t.Errorf("digitGate(%q) = %v; want %v", text, got, want)
		}
	}
	// Scan finds the same with and without the gates: a quote opens a year
	// only before digits; decimals and 개사 start nothing
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, text := range []string{"'25년 하반기", "‘25년 상반기", "’24년", "'우수 기업' 선정", "‘혁신’ 사업",
		"1.4조원", "12.5일 동안", "480개사가", "3.5배로 늘어난 예산"} {
		checkGate(t, text, ref)
	}
}

// TestNumeralGate checks the numeral branch of pairGate: a run of numeral
// syllables must reach a unit (or end at no syllable) for a rule to match.
func TestNumeralGate(t *testing.T) {
	for text, want := range map[string]bool{
		"이사장은":  false,
		"여사와":   false,
		"사열을":   false,
		"서열을":   false,
		"이십일일에": true,
		"세시에":   true,
		"두달 동안": true,
		"삼월 삼일": true,
		"이천십오년": true,
		"스물네시간": true,
		"열두시 반": true,
		"사십오분":  true,
	} {
		r0, n := decodeRune(text, 0)
		r1, _ := decodeRune(text, n)
		if got := pairGate(text, 0, r0, r1); got != want {
			t.Errorf("pairGate(%q) = %v; want %v", text, got, want)
		}
	}
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, text := range []string{"이사장은 이십일일에 세시에 만나 두달 동안 사열을 마쳤다", "여사와 삼월 삼일 스물네시간"} {
		checkGate(t, text, ref)
	}
}

// TestPairMaybe checks that pairMaybe holds every pair pairGate can admit
// after a syllable not in litFirst (nextStart refuses the others without
// asking pairGate).
func TestPairMaybe(t *testing.T) {
	var next []rune
	for r := rune(0); r < 0x80; r++ {
		next = append(next, r)
	}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		next = append(next, r)
	}
	next = append(next, '·', '’', 0x3131, 0xFFFD)
	for r0 := rune(0xAC00); r0 <= 0xD7A3; r0++ {
		if !trigger.has(r0) || litFirst.has(r0) {
			continue
		}
		for _, r1 := range next {
			can := numFirst.has(r0) && numNext.has(r1) || r1 == ' ' && spacedNumeral.has(r0)
			for _, w := range litWords[litIdx[r0-0xAC00]] {
				can = can || w.r1 == r1
			}
			if can && !pairMaybe.has(r0, r1) {
				t.Fatalf("pairMaybe misses %c%c", r0, r1)
			}
		}
	}
}
