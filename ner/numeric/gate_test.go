package numeric

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// TestGate checks that the Hangul gate only skips word starts where no
// mention starts: scan finds the same with it as without it.
func TestGate(t *testing.T) {
	for _, s := range gateTexts(t) {
		checkGate(t, s)
	}
}

// gateTexts are the examples, the benchmark text and the shared corpora
// when present.
func gateTexts(t *testing.T) []string {
	texts := []string{benchText}
	files, _ := os.ReadDir("testdata")
	for _, f := range files {
		if strings.HasSuffix(f.Name(), ".jsonl") {
			ex, err := testcorpus.JSONLTexts("testdata/" + f.Name())
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, ex...)
		}
	}
	texts = append(texts, testcorpus.News()...)
	return append(texts, testcorpus.KLUE()...)
}

func checkGate(t *testing.T, s string) {
	t.Helper()
	if got, want := scanGated(s, true), scanGated(s, false); !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: gated %+v; ungated %+v", s, got, want)
	}
}

// TestDecodeRune compares decodeRune with utf8.DecodeRuneInString on
// every three-byte prefix shape.
func TestDecodeRune(t *testing.T) {
	bs := []byte{0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xea, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xff}
	for _, a := range bs {
		for _, b := range bs {
			for _, c := range bs {
				for _, tail := range []string{"", "x"} {
					s := string([]byte{a, b, c}) + tail
					r, n := decodeRune(s, 0)
					wr, wn := utf8.DecodeRuneInString(s)
					if r != wr || n != wn {
						t.Fatalf("% x: %U %d; want %U %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
}

// TestFloatFast compares dec.float with strconv.ParseFloat of the decimal.
func TestFloatFast(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 200000; k++ {
		d := dec{m: rng.Uint64N(1e15), s: uint8(rng.IntN(20))}
		if k%3 == 0 {
			d.m = rng.Uint64N(1000)
		}
		got, err := d.float()
		want, err2 := strconv.ParseFloat(d.String(), 64)
		if err != nil || err2 != nil || got != want {
			t.Fatalf("%v: float() = %v, %v; want %v, %v", d, got, err, want, err2)
		}
	}
}

// directionRef is direction as first written (the reference for the one
// that looks for a comparison only when it matters).
func directionRef(s string, start, end int) string {
	words := 2
	b := start - 40
	if b < 0 {
		b = 0
	}
	before := s[b:start]
	if k := strings.LastIndexAny(before, ".\n"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range compareWords {
		if strings.Contains(before, w) {
			words = 4
			break
		}
	}
	i := end
	for w := 0; w <= words && i < len(s); w++ {
		j := i
		for j < len(s) && s[j] != ' ' && !sentenceStop(s[j]) {
			j++
		}
		word := s[i:j]
		if w > 0 || word != "" {
			if d := dirWordRef(word, w == 0); d != "" {
				return d
			}
		}
		if j >= len(s) || sentenceStop(s[j]) {
			break
		}
		i = j + 1
	}
	return ""
}

func dirWordRef(w string, attached bool) string {
	if attached {
		for _, p := range []string{"로", "으로", "가", "이", "나", "씩", "를", "을"} {
			if strings.HasPrefix(w, p) && len(w) > len(p) {
				w = w[len(p):]
				break
			}
		}
	}
	if w == "" || w[0] < 0x80 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(w)
	var list []stem
	for _, st := range append(stemsOf(upStems, "up"), stemsOf(downStems, "down")...) {
		if r2, _ := utf8.DecodeRuneInString(st.s); r2 == r {
			list = append(list, st)
		}
	}
	for _, st := range list {
		if strings.HasPrefix(w, st.s) {
			if st.s == "늘" && strings.HasPrefix(w, "늘상") {
				continue
			}
			if strings.HasPrefix(w[len(st.s):], "에") {
				continue
			}
			return st.dir
		}
	}
	return ""
}

func stemsOf(ws []string, dir string) []stem {
	var out []stem
	for _, w := range ws {
		out = append(out, stem{w, dir})
	}
	return out
}

// TestDirection compares direction with directionRef at every word start
// of the test texts, and on the spans of their mentions.
func TestDirection(t *testing.T) {
	texts := gateTexts(t)
	texts = append(texts, "수출은 전년 대비 올해 들어 크게 12.3% 정말 많이 매우 증가했다.", "전년보다 3% 하나 둘 셋 넷 줄었다", "3% 하나 둘 셋 늘상 늘었다")
	for _, s := range texts {
		for _, m := range Scan(s) {
			if got, want := direction(s, m.Start, m.End), directionRef(s, m.Start, m.End); got != want {
				t.Fatalf("%q %d:%d: direction %q; want %q", s, m.Start, m.End, got, want)
			}
		}
		for i := range s {
			for _, e := range []int{i, min(len(s), i+3), min(len(s), i+7)} {
				if got, want := direction(s, i, e), directionRef(s, i, e); got != want {
					t.Fatalf("%q %d:%d: direction %q; want %q", s, i, e, got, want)
				}
			}
		}
	}
}

// gatePairOld is gatePair as it read nativeLead, sinoDigit and
// nativeOnly.idx apart.
func gatePairOld(r0, r rune) bool {
	k := pairKinds[r-0xAC00]
	if nativeLead.has(r0) {
		if k&pairSecond == 0 {
			return false
		}
	} else if _, digit := sinoDigit(r0); digit && k&pairSinoDigit == 0 || !digit && k&pairSino == 0 {
		return false
	}
	id := nativeOnly.idx[r0-0xAC00]
	return id == 0 || nativeOnly.next[id].has(r)
}

// TestGatePair compares gatePair with gatePairOld on every pair of a
// first syllable of hangulStarts and a syllable.
func TestGatePair(t *testing.T) {
	for r0 := rune(0xAC00); r0 <= 0xD7A3; r0++ {
		if !hangulStarts.has(r0) {
			continue
		}
		for r := rune(0xAC00); r <= 0xD7A3; r++ {
			if got, want := gatePair(r0, r), gatePairOld(r0, r); got != want {
				t.Fatalf("%c%c: gatePair %v; gatePairOld %v", r0, r, got, want)
			}
		}
	}
}
