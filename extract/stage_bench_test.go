package extract

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/date"
	"github.com/kpolicy/kpolicy/ner/numeric"
)

// BenchmarkAssembleDevNews times the stage after the recognizers on the
// shared dev articles: grouping the mentions into entities, their offsets
// and sentences, and the events (Extractor.assemble). It skips when
// ../shared is absent.
func BenchmarkAssembleDevNews(b *testing.B) {
	f, err := os.Open("../../shared/corpus/dev-news.jsonl")
	if err != nil {
		b.Skip("../shared corpus not present")
	}
	defer f.Close()
	x := newExtractor(b)
	type input struct {
		text  string
		ref   time.Time
		sents []Sentence
		all   []ner.Mention
	}
	var ins []input
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		d, err := x.ExtractRecord(context.Background(), r, "dev")
		if err != nil {
			b.Fatal(err)
		}
		text := d.Doc.Text
		ref, _, _ := ParseTime(d.Doc.Published)
		values := numeric.Scan(text)
		values = append(values, date.Scan(text, ref)...)
		values = ner.Resolve(values)
		durations(values)
		anchorSameDay(values)
		names := x.named.Find(text, values)
		x.localGovernments(text, names)
		all := append(values, names...)
		slices.SortStableFunc(all, func(a, b ner.Mention) int { return cmp.Compare(a.Start, b.Start) })
		ins = append(ins, input{text, ref, SplitSentences(text), all})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			doc := &Document{}
			doc.Doc.Text = in.text
			if err := x.assemble(clock{ctx: context.Background()}, doc, in.sents, in.all, in.ref); err != nil {
				b.Fatal(err)
			}
		}
	}
}
