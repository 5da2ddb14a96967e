package numeric

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// example is one line of a testdata/*.jsonl corpus: a sentence, the
// expression in it (the whole text when Span is empty) and its value.
type example struct {
	Text  string    `json:"text"`
	Span  string    `json:"span"`
	Want  ner.Value `json:"want"`
	Label ner.Label `json:"label"` // negative.jsonl: the label that must not appear (any when empty)
	Note  string    `json:"note"`
}

func readCorpus(t *testing.T, path string) []example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var e example
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%s:%d: %v", path, ln, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func fmtValue(v *ner.Value) string {
	if v == nil {
		return "<nil>"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func sameValue(a, b *ner.Value) bool {
	return a.Key() == b.Key() && a.Direction == b.Direction
}

// TestCorpus runs the example corpora: in each sentence Scan must find
// exactly one mention of the file's label, covering the stated span, with
// the wanted value.
func TestCorpus(t *testing.T) {
	for _, c := range []struct {
		file  string
		label ner.Label
	}{{"money.jsonl", ner.MONEY}, {"percent.jsonl", ner.PERCENT}, {"quantity.jsonl", ner.QUANTITY}} {
		exs := readCorpus(t, filepath.Join("testdata", c.file))
		t.Run(strings.TrimSuffix(c.file, ".jsonl"), func(t *testing.T) {
			for _, e := range exs {
				span := e.Span
				if span == "" {
					span = e.Text
				}
				var got []ner.Mention
				for _, m := range Scan(e.Text) {
					if m.Label == c.label {
						got = append(got, m)
					}
				}
				if len(got) != 1 {
					t.Errorf("%q: got %d %s mentions %v; want 1 (%q)", e.Text, len(got), c.label, texts(got), span)
					continue
				}
				m := got[0]
				if m.Text != span {
					t.Errorf("%q: got mention %q; want %q", e.Text, m.Text, span)
				}
				if !sameValue(m.Value, &e.Want) {
					t.Errorf("%q: %q got %s; want %s", e.Text, m.Text, fmtValue(m.Value), fmtValue(&e.Want))
				}
			}
		})
	}
	t.Run("negative", func(t *testing.T) {
		for _, e := range readCorpus(t, filepath.Join("testdata", "negative.jsonl")) {
			for _, m := range Scan(e.Text) {
				if e.Label == "" || m.Label == e.Label {
					t.Errorf("%q: unwanted %s %q %s", e.Text, m.Label, m.Text, fmtValue(m.Value))
				}
			}
		}
	})
}

func texts(ms []ner.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

// TestMentionInvariants checks offsets, texts and the absence of overlaps
// on every corpus sentence.
func TestMentionInvariants(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for ln, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "//") {
				continue
			}
			var e struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("%s:%d: %v", f, ln+1, err)
			}
			checkMentions(t, e.Text, Scan(e.Text))
		}
	}
	checkMentions(t, benchText, Scan(benchText))
}
