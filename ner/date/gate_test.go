package date

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// gateTexts are texts to run with and without the gates: the examples,
// the benchmark text, and the shared corpora when present.
func gateTexts(t testing.TB) []string {
	var texts []string
	for _, p := range []string{"testdata/dates.jsonl", "testdata/times.jsonl", "testdata/negative.jsonl"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			var ex example
			if json.Unmarshal([]byte(l), &ex) == nil {
				texts = append(texts, ex.Text)
			}
		}
	}
	if b, err := os.ReadFile("../../../shared/corpus/dev-news.jsonl"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			var d struct{ Text string }
			if json.Unmarshal([]byte(l), &d) == nil && d.Text != "" {
				texts = append(texts, d.Text)
			}
		}
	}
	if b, err := os.ReadFile("../../../shared/corpus/klue-ner/klue-ner-news-dev.tsv"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "## ") {
				if _, s, ok := strings.Cut(l, "\t"); ok {
					texts = append(texts, s)
				}
			}
		}
	}
	return texts
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
