package page

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkZZFromTextDev(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "dev-news.jsonl"))
	if err != nil {
		b.Skip()
	}
	var texts []string
	total := 0
	for _, line := range strings.Split(string(data), "\n") {
		var rec struct{ Text string }
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
			texts = append(texts, rec.Text)
			total += len(rec.Text)
		}
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			FromText(t)
		}
	}
}
