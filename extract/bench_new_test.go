package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/kpolicy/kpolicy/rules"
)

// BenchmarkNew measures building an Extractor from the default rules
// (already loaded): compiling the tries, patterns and event rules.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadRules measures reading and validating the embedded rule
// files themselves.
func BenchmarkLoadRules(b *testing.B) {
	for b.Loop() {
		if _, err := rules.Load(rules.Data(), "data"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractDevNews runs the extractor over the shared dev articles
// (real scraped news, furniture and all), one document at a time as the
// CLI does; it skips when ../shared is absent.
func BenchmarkExtractDevNews(b *testing.B) {
	f, err := os.Open("../../shared/corpus/dev-news.jsonl")
	if err != nil {
		b.Skip("../shared corpus not present")
	}
	defer f.Close()
	var recs []Record
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		recs = append(recs, r)
		size += len(r.Text)
	}
	x := newExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range recs {
			if _, err := x.ExtractRecord(context.Background(), r, "dev"); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractShort extracts a one-sentence record again and again:
// what each document costs whatever its length (records, pools, the
// published date, the stages' set-up), which dominates short texts such
// as headlines or single sentences.
func BenchmarkExtractShort(b *testing.B) {
	x := newExtractor(b)
	r := Record{ID: "s1", Published: "2025-03-14", Text: "해양수산부는 14일 부산항 신항에서 친환경 선박 보급 사업 설명회를 열었다."}
	b.SetBytes(int64(len(r.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.ExtractRecord(context.Background(), r, "dev"); err != nil {
			b.Fatal(err)
		}
	}
}
