package extract

import (
	"cmp"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// TestMergeByStart compares mergeByStart with the stable sort of a then b
// that it replaces, on random lists with many equal starts, sorted or not.
func TestMergeByStart(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	list := func(tag string, sorted bool) []ner.Mention {
		ms := make([]ner.Mention, r.IntN(8))
		for i := range ms {
			ms[i] = ner.Mention{Start: r.IntN(6), Rule: tag + string(rune('a'+i))}
		}
		if sorted {
			slices.SortStableFunc(ms, func(x, y ner.Mention) int { return cmp.Compare(x.Start, y.Start) })
		}
		return ms
	}
	for n := 0; n < 2000; n++ {
		a, b := list("v", n%5 != 0), list("n", n%7 != 0)
		want := append(slices.Clone(a), b...)
		slices.SortStableFunc(want, func(x, y ner.Mention) int { return cmp.Compare(x.Start, y.Start) })
		ac, bc := slices.Clone(a), slices.Clone(b)
		ptrs := mergeByStart(nil, ac, bc)
		var got []ner.Mention
		for k, m := range ptrs {
			got = append(got, *m)
			// a pointer into a or b, not to a copy
			if !inList(ac, m) && !inList(bc, m) {
				t.Fatalf("mention %d points into neither list", k)
			}
		}
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("a %v b %v:\n got %v\nwant %v", a, b, got, want)
		}
	}
}

// inList reports whether m points to a mention of ms.
func inList(ms []ner.Mention, m *ner.Mention) bool {
	for k := range ms {
		if &ms[k] == m {
			return true
		}
	}
	return false
}
