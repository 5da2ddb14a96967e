package named

import (
	"runtime/debug"
	"slices"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// stageInput is one text's doc and the mentions each organisation and
// place stage of Find receives, taken by running Find's steps once.
type stageInput struct {
	d                                        *doc
	gaz, words, extras, chains, orgs, venues []ner.Mention
	labels                                   []ner.Mention
}

// stageInputs runs the steps of Find on text and keeps the input of every
// organisation and place stage (the doc is not freed).
func stageInputs(r *Recognizer, text string) stageInput {
	d := r.newDoc(text)
	in := stageInput{d: d}
	ms := r.gazetteer(d)
	in.gaz = slices.Clone(ms)
	ms = append(ms, r.orgPatterns(d, ms)...)
	ms = append(ms, r.countryPairs(d)...)
	ms = append(ms, r.interKorean(d)...)
	ms = append(ms, r.patternMentions(d)...)
	d.cand = ms[:0]
	ms = d.resolve(ms)
	in.words = slices.Clone(ms)
	ms = d.resolveWith(ms, r.placeWords(d, ms))
	r.weakParents(d, ms)
	ms = d.resolveWith(ms, r.weakRegions(d, ms))
	in.extras = slices.Clone(ms)
	ms = d.resolveWith(ms, r.placeExtras(d, ms))
	in.chains = slices.Clone(ms)
	ms = r.placeChains(d, ms)
	in.orgs = slices.Clone(ms)
	ms = r.orgChains(d, ms)
	in.venues = slices.Clone(ms)
	ms = d.resolveWith(ms, r.venues(d, ms))
	ms = d.resolveWith(ms, r.persons(d, ms))
	ms = d.resolveWith(ms, r.morePersons(d, ms))
	ms = d.resolveWith(ms, r.barePersons(d, ms))
	ms = d.resolveWith(ms, r.personLists(d, ms))
	ms = d.resolveWith(ms, r.contextPersons(d, ms))
	ms = d.resolveWith(ms, r.again(d, ms, nil))
	in.labels = slices.Clone(ms)
	return in
}

// BenchmarkOrgPlaceNews runs each organisation and place stage of Find
// alone over the news texts (a sub-benchmark each, all of them in "all"),
// each on the mentions Find gives it. The garbage collector is off, so
// that instruction counts are those of the stages (allocs/op tells what
// they leave to it).
func BenchmarkOrgPlaceNews(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	r := recognizer(b)
	texts := newsTexts(b)
	ins := make([]stageInput, len(texts))
	for k, t := range texts {
		ins[k] = stageInputs(r, t)
	}
	var lab []ner.Mention
	stages := []struct {
		name string
		run  func(in *stageInput)
	}{
		// the first stage of Find finds the words' classes (classify)
		{"orgPatterns", func(in *stageInput) {
			for k := range in.d.words {
				in.d.words[k].cls = 0
			}
			r.orgPatterns(in.d, in.gaz)
		}},
		{"countryPairs", func(in *stageInput) { r.countryPairs(in.d) }},
		{"interKorean", func(in *stageInput) { r.interKorean(in.d) }},
		{"patternMentions", func(in *stageInput) { r.patternMentions(in.d) }},
		{"placeWords", func(in *stageInput) { r.placeWords(in.d, in.words) }},
		{"placeExtras", func(in *stageInput) { r.placeExtras(in.d, in.extras) }},
		// these two and contextLabels work in place: on a copy (which the
		// count includes)
		{"placeChains", func(in *stageInput) {
			lab = append(lab[:0], in.chains...)
			r.placeChains(in.d, lab)
		}},
		{"orgChains", func(in *stageInput) {
			lab = append(lab[:0], in.orgs...)
			r.orgChains(in.d, lab)
		}},
		{"venues", func(in *stageInput) { r.venues(in.d, in.venues) }},
		{"contextLabels", func(in *stageInput) {
			lab = append(lab[:0], in.labels...)
			r.contextLabels(in.d, lab)
		}},
	}
	each := slices.Clone(stages)
	all := func(in *stageInput) {
		for _, s := range each {
			s.run(in)
		}
	}
	stages = append(stages, struct {
		name string
		run  func(in *stageInput)
	}{"all", all})
	for _, s := range stages {
		b.Run(s.name, func(b *testing.B) {
			growStack(64)
			k := 0
			testcorpus.Bench(b, texts, func(string) {
				s.run(&ins[k%len(ins)])
				k++
			})
		})
	}
}

// growStack grows the goroutine's stack beforehand (n KB), so that no
// stack copy during the run confuses callgrind's view of the calls.
//
//go:noinline
func growStack(n int) byte {
	var pad [1024]byte
	if n <= 1 {
		return pad[n]
	}
	return growStack(n-1) + pad[n%1024]
}
