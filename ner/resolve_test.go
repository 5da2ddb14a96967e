package ner

import (
	"reflect"
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
