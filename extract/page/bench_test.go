package page

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFromHTML extracts every shared page (skipped when ../shared is
// absent) and every HTML fixture in turn; MB/s counts the input bytes.
// Issue 8 targets at least 10 MB/s.
func BenchmarkFromHTML(b *testing.B) {
	var pages [][]byte
	for _, pat := range []string{filepath.Join(sharedDir, "corpus", "html", "*.html"), filepath.Join(fixtures, "*.html")} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				pages = append(pages, data)
			}
		}
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	benchEach(b, pages, func(p []byte) error { _, err := FromHTML(p); return err })
}

// BenchmarkFromTextDump cleans the text-dump fixtures.
func BenchmarkFromTextDump(b *testing.B) {
	var dumps []string
	files, _ := filepath.Glob(filepath.Join(fixtures, "dump*.txt"))
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			dumps = append(dumps, string(data))
		}
	}
	if len(dumps) == 0 {
		b.Skip("no dumps")
	}
	benchEach(b, dumps, cleanText)
}

// plainTexts are article texts without page furniture: the shared
// development corpus when present, else the plain fixture and a generated
// article, so that the benchmark runs anywhere.
func plainTexts(b *testing.B) []string {
	var texts []string
	if data, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "dev-news.jsonl")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			var rec struct{ Text string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
				if p, err := FromText(rec.Text); err == nil && p.Layout == "text-plain" {
					texts = append(texts, rec.Text)
				}
			}
		}
	}
	if len(texts) == 0 {
		data, err := os.ReadFile(filepath.Join(fixtures, "plain.txt"))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data), strings.Repeat(sentence+"\n", 40))
	}
	return texts
}

// BenchmarkFromTextPlain measures the decision that an article text has
// no furniture (the common case for JSONL records): it should take a small
// part of an extraction.
func BenchmarkFromTextPlain(b *testing.B) {
	benchEach(b, plainTexts(b), cleanText)
}

// BenchmarkFromTextDevNews cleans every text of the shared development
// corpus (skipped when ../shared is absent), plain articles and scraped
// dumps alike: the page step of an extraction of JSONL records.
func BenchmarkFromTextDevNews(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "dev-news.jsonl"))
	if err != nil {
		b.Skip("../shared corpus not present")
	}
	var texts []string
	for _, line := range strings.Split(string(data), "\n") {
		var rec struct{ Text string }
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
			texts = append(texts, rec.Text)
		}
	}
	benchEach(b, texts, cleanText)
}

func cleanText(t string) error { _, err := FromText(t); return err }

// benchEach runs f over every input once per iteration, counting the input
// bytes and allocations; an error stops the benchmark.
func benchEach[T string | []byte](b *testing.B, inputs []T, f func(T) error) {
	total := 0
	for _, in := range inputs {
		total += len(in)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range inputs {
			if err := f(in); err != nil {
				b.Fatal(err)
			}
		}
	}
}
