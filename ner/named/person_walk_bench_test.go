package named

import "testing"

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
