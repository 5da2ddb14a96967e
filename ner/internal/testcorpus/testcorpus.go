// Package testcorpus reads the texts the recognizers' tests and benchmarks
// run over: example files of a package's testdata and, when the shared
// corpora sit next to the project (../shared), their real articles and
// sentences. Paths are relative to a package directory under ner/.
package testcorpus

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner/internal/cputime"
)

// Shared corpora, relative to a package directory under ner/.
const (
	NewsPath = "../../../shared/corpus/dev-news.jsonl"
	KLUEPath = "../../../shared/corpus/klue-ner/klue-ner-news-dev.tsv"
)

// JSONLTexts returns the "text" field of every line of a JSON Lines file
// (lines that are no JSON or have no text are skipped).
func JSONLTexts(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, l := range strings.Split(string(b), "\n") {
		var d struct{ Text string }
		if json.Unmarshal([]byte(l), &d) == nil && d.Text != "" {
			texts = append(texts, d.Text)
		}
	}
	return texts, nil
}

// News returns the article texts of the shared development corpus, none
// when it is absent.
func News() []string {
	texts, _ := JSONLTexts(NewsPath)
	return texts
}

// KLUE returns the sentences of the shared KLUE-NER dev file (the text of
// its "## id<TAB>sentence" lines, entity marks included), none when it is
// absent.
func KLUE() []string {
	b, err := os.ReadFile(KLUEPath)
	if err != nil {
		return nil
	}
	var texts []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "## ") {
			if _, s, ok := strings.Cut(l, "\t"); ok {
				texts = append(texts, s)
			}
		}
	}
	return texts
}

// Bench runs f over every text once per iteration and reports bytes,
// allocations and MB per CPU-second.
func Bench(b *testing.B, texts []string, f func(string)) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	c0 := cputime.Now()
	for b.Loop() {
		for _, t := range texts {
			f(t)
		}
	}
	cputime.Report(b, c0, n)
}
