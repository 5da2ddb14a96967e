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

// stageInput is a shared dev article with what the recognizers found in
// it, ready for Extractor.assemble.
type stageInput struct {
	text  string
	ref   time.Time
	sents []Sentence
	all   []ner.Mention
}

// stageInputs reads the shared dev articles and runs the recognizers on
// them. It skips when ../shared is absent.
func stageInputs(b *testing.B, x *Extractor) []stageInput {
	f, err := os.Open("../../shared/corpus/dev-news.jsonl")
	if err != nil {
		b.Skip("../shared corpus not present")
	}
	defer f.Close()
	var ins []stageInput
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
		ins = append(ins, stageInput{text, ref, SplitSentences(text), all})
	}
	return ins
}

// BenchmarkAssembleDevNews times the stage after the recognizers on the
// shared dev articles: grouping the mentions into entities, their offsets
// and sentences, and the events (Extractor.assemble). It skips when
// ../shared is absent.
func BenchmarkAssembleDevNews(b *testing.B) {
	x := newExtractor(b)
	ins := stageInputs(b, x)
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

// BenchmarkEventsDevNews times the events engine alone on the shared dev
// articles (eventEngine.events, after grouping). It skips when ../shared
// is absent.
func BenchmarkEventsDevNews(b *testing.B) {
	x := newExtractor(b)
	ins := stageInputs(b, x)
	type grouped struct {
		all   []*ner.Mention
		ents  []Entity
		entOf []int32
	}
	gs := make([]grouped, len(ins))
	for i, in := range ins {
		all := mentionPtrs(in.all)
		ents, entOf := group(all, groupScratches.Get().(*groupScratch))
		gs[i] = grouped{all, ents, slices.Clone(entOf)}
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, in := range ins {
			if _, err := x.events.events(clock{ctx: context.Background()}, in.text, in.sents, gs[i].all, gs[i].entOf, gs[i].ents); err != nil {
				b.Fatal(err)
			}
		}
	}
}
