package extract

import (
	"context"
	"testing"
)

// BenchmarkExtractTiny extracts a record of one short sentence with no
// entity in it, again and again: nearly all it costs is what every
// document pays before and after the real work (the record's date, the
// pools, each stage's set-up).
func BenchmarkExtractTiny(b *testing.B) {
	x := newExtractor(b)
	r := Record{ID: "t1", Published: "2024-11-05", Text: "그는 잠시 웃었다."}
	b.SetBytes(int64(len(r.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.ExtractRecord(context.Background(), r, "dev"); err != nil {
			b.Fatal(err)
		}
	}
}
