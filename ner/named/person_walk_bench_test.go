package named

import (
	"os"
	"testing"

	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// BenchmarkPersonWalks runs the walks of the person stages over every word
// of the news texts (moreStartsOf, the gates of persons and barePersons):
// for callgrind, whose count of them is exact.
func BenchmarkPersonWalks(b *testing.B) {
	r := recognizer(b)
	var docs []*doc
	for _, text := range newsTexts(b) {
		docs = append(docs, r.newDoc(text))
	}
	var self, cand [64]uint64
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			n := (len(d.words) + 63) / 64
			if n > len(self) {
				continue
			}
			clear(self[:n])
			r.moreStartsOf(d, d.tsBuf[:], self[:n], cand[:n])
		}
	}
}

// TestFindForCallgrind runs Find over the news texts and KLUE's sentences
// (the news alone when KPOLICY_CALLGRIND is "news") a few times when
// KPOLICY_CALLGRIND is set: a fixed amount of work for callgrind to count
// (a benchmark's b.N varies).
func TestFindForCallgrind(t *testing.T) {
	if os.Getenv("KPOLICY_CALLGRIND") == "" {
		t.Skip("KPOLICY_CALLGRIND not set")
	}
	r := recognizer(t)
	texts := newsTexts(t)
	if os.Getenv("KPOLICY_CALLGRIND") != "news" {
		texts = append(texts, testcorpus.KLUE()...)
	}
	for range 3 {
		for _, text := range texts {
			r.Find(text, nil)
		}
	}
}
