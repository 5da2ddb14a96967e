package page

import (
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
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := FromHTML(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkFromTextDump cleans the text-dump fixtures.
func BenchmarkFromTextDump(b *testing.B) {
	var dumps []string
	files, _ := filepath.Glob(filepath.Join(fixtures, "dump*.txt"))
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			dumps = append(dumps, strings.Repeat(string(data), 1))
		}
	}
	if len(dumps) == 0 {
		b.Skip("no dumps")
	}
	total := 0
	for _, d := range dumps {
		total += len(d)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for _, d := range dumps {
			if _, err := FromText(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
