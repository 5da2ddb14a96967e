package extract

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkSplitSentences(b *testing.B) {
	raw, err := os.ReadFile("../testdata/articles/budget_forum.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw), 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SplitSentences(text)
	}
}
