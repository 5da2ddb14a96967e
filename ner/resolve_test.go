package ner

import (
	"cmp"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"testing"
)

// TestResolve: the longest mention wins an overlap, then the higher
// priority, then the earlier start, then the first given; the result is in
// order of start.
func TestResolve(t *testing.T) {
	m := func(s, e, prio int, rule string) Mention {
		return Mention{Start: s, End: e, Priority: prio, Rule: rule}
	}
	for _, tc := range []struct {
		name string
		in   []Mention
		want []string
	}{
		{"longest", []Mention{m(0, 3, 5, "short"), m(0, 6, 0, "long"), m(6, 9, 0, "next")}, []string{"long", "next"}},
		{"priority", []Mention{m(2, 5, 1, "low"), m(3, 6, 2, "high")}, []string{"high"}},
		{"earlier", []Mention{m(3, 6, 1, "later"), m(2, 5, 1, "earlier")}, []string{"earlier"}},
		{"first given", []Mention{m(2, 5, 1, "a"), m(2, 5, 1, "b")}, []string{"a"}},
		{"disjoint in order", []Mention{m(9, 12, 0, "c"), m(0, 3, 0, "a"), m(4, 8, 0, "b")}, []string{"a", "b", "c"}},
		{"touching", []Mention{m(0, 3, 0, "a"), m(3, 6, 0, "b")}, []string{"a", "b"}},
		{"inside", []Mention{m(1, 2, 9, "in"), m(0, 4, 0, "out"), m(4, 5, 0, "after")}, []string{"out", "after"}},
	} {
		var got []string
		for _, x := range Resolve(tc.in) {
			got = append(got, x.Rule)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestResolvePair compares ResolvePairAppend, which merges two ordered
// lists and ranks only runs of overlapping mentions, with resolveByRank on
// the joined lists, which ranks all: on random lists, mostly ordered, with
// many overlaps and equal starts, runs too long to rank on their own, and
// lists out of order or with empty mentions.
func TestResolvePair(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for k := range 10000 {
		span := 4 + rng.IntN(80)
		a, b := randomMentions(rng, "a", rng.IntN(12), span), randomMentions(rng, "b", rng.IntN(12), span)
		if k%3 == 0 {
			a, b = randomMentions(rng, "a", rng.IntN(40), span), randomMentions(rng, "b", rng.IntN(40), span)
		}
		checkResolvePair(t, a, b)
	}
}

// randomMentions returns n mentions within [0, span), in order of start
// but for one in twenty lists; one in fifty mentions is empty.
func randomMentions(rng *rand.Rand, tag string, n, span int) []Mention {
	ms := make([]Mention, n)
	for i := range ms {
		s := rng.IntN(span)
		e := s + 1 + rng.IntN(6)
		if rng.IntN(50) == 0 {
			e = s
		}
		ms[i] = Mention{Start: s, End: e, Priority: rng.IntN(3), Rule: tag + strconv.Itoa(i)}
	}
	if rng.IntN(20) != 0 {
		slices.SortStableFunc(ms, func(x, y Mention) int { return cmp.Compare(x.Start, y.Start) })
	}
	return ms
}

func checkResolvePair(t *testing.T, a, b []Mention) {
	t.Helper()
	dst := []Mention{{Rule: "kept"}}
	want := resolveByRank(slices.Clone(dst), append(slices.Clone(a), b...))
	got := ResolvePairAppend(slices.Clone(dst), a, b)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("a %v\nb %v\n got %v\nwant %v", a, b, got, want)
	}
	if len(a)+len(b) >= 2 {
		if got := ResolveAppend(nil, append(slices.Clone(a), b...)); !reflect.DeepEqual(got, want[1:]) {
			t.Fatalf("ResolveAppend of %v %v\n got %v\nwant %v", a, b, got, want[1:])
		}
	}
}

// FuzzResolvePair compares ResolvePairAppend with resolveByRank on
// mentions spelled by the fuzzer's bytes, three a mention (start step,
// length, priority); the first byte is the number of a's mentions.
func FuzzResolvePair(f *testing.F) {
	f.Add([]byte{2, 0, 3, 0, 1, 2, 1, 0, 3, 1, 2, 4, 0})
	f.Add([]byte{1, 5, 5, 1, 0, 2, 0, 1, 2, 2, 0, 9, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		na := int(data[0])
		var a, b []Mention
		start := [2]int{}
		for i := 1; i+2 < len(data); i += 3 {
			l := 0
			if len(a) >= na {
				l = 1
			}
			// a step past 200 goes back: a list out of order
			step := int(data[i]) % 16
			if data[i] >= 200 {
				step = -step
			}
			start[l] = max(0, start[l]+step)
			m := Mention{Start: start[l], End: start[l] + int(data[i+1])%12, Priority: int(data[i+2]) % 4, Rule: strconv.Itoa(i)}
			if l == 0 {
				a = append(a, m)
			} else {
				b = append(b, m)
			}
		}
		checkResolvePair(t, a, b)
	})
}

// TestOverlaps compares Overlaps with the sort.Search it replaces, on
// resolved random lists and spans around them.
func TestOverlaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		ms := Resolve(randomMentions(rng, "m", rng.IntN(15), 40))
		for range 20 {
			s := rng.IntN(45)
			e := s + rng.IntN(6)
			k := sort.Search(len(ms), func(j int) bool { return ms[j].End > s })
			if got, want := Overlaps(ms, s, e), k < len(ms) && ms[k].Start < e; got != want {
				t.Fatalf("Overlaps(%v, %d, %d) = %v; want %v", ms, s, e, got, want)
			}
		}
	}
}
