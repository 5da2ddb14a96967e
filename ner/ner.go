// Package ner holds the types shared by kpolicy's recognizers: labels,
// mentions with byte offsets, resolved values, and the overlap policy that
// decides between competing mentions.
//
// Offsets inside this package are byte offsets into the document text; the
// extract package converts them to code points for the JSON output.
package ner

import (
	"cmp"
	"slices"
	"sort"
)

// Label is an entity type of the output schema.
type Label string

// The entity labels of the kpolicy/v1 schema.
const (
	ORG      Label = "ORG"
	PERSON   Label = "PERSON"
	PLACE    Label = "PLACE"
	DATE     Label = "DATE"
	TIME     Label = "TIME"
	MONEY    Label = "MONEY"
	PERCENT  Label = "PERCENT"
	QUANTITY Label = "QUANTITY"
	// DURATION is a length of time (나흘, 3년간, 3시간 40분), not a point in
	// it: an addition to the eight types of the schema, so that DATE and
	// TIME values stay calendar dates and clock times.
	DURATION Label = "DURATION"
)

// Labels lists every label in output order.
var Labels = []Label{ORG, PERSON, PLACE, DATE, TIME, MONEY, PERCENT, QUANTITY, DURATION}

// Valid reports whether l is one of the schema's labels.
func (l Label) Valid() bool {
	for _, x := range Labels {
		if x == l {
			return true
		}
	}
	return false
}

// IsValue reports whether mentions of l carry a resolved value.
func (l Label) IsValue() bool {
	switch l {
	case DATE, TIME, MONEY, PERCENT, QUANTITY, DURATION:
		return true
	}
	return false
}

// Value is the resolution of a value mention (Duckling's split between
// matching and resolving). Only the fields that apply to the label are set.
type Value struct {
	// Num is the number for MONEY (base units), PERCENT and QUANTITY.
	Num *float64 `json:"value,omitempty"`
	// Min and Max bound ranges (2조~3조원) and open intervals (5000원 이상).
	Min *float64 `json:"min,omitempty"`
	Max *float64 `json:"max,omitempty"`
	// Approx marks 약/가량/여/대/안팎.
	Approx bool `json:"approx,omitempty"`
	// Currency is an ISO 4217 code for MONEY.
	Currency string `json:"currency,omitempty"`
	// Unit is "%" or "%p" for PERCENT, the counter (명, 개, t) for QUANTITY.
	Unit string `json:"unit,omitempty"`
	// Date is an ISO 8601 date at Grain (2025, 2025-09, 2025-09-04, 2025-Q3,
	// 2025-W36); for TIME, the 24-hour local time "15:04".
	Date  string `json:"date,omitempty"`
	Grain string `json:"grain,omitempty"`
	// From and To bound date ranges.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Direction is "up" or "down" when the text says 증가/감소/늘어난/줄어든
	// next to a PERCENT or MONEY; events use it for change arguments.
	Direction string `json:"direction,omitempty"`
	// Kind sets apart values that are not points in time nor amounts:
	// "duration" (DATE 나흘 → P4D, TIME 3시간 → PT3H), "ordinal" (첫 번째,
	// 2위, 제5회), "age" (15세) and "count" (두 사람). Empty for the rest.
	Kind string `json:"kind,omitempty"`
	// Future is set on dates whose wording points forward (오는, 예정).
	Future bool `json:"-"`
}

// Key is a string that is equal for equal values, used to merge value
// mentions into one entity per distinct value.
func (v *Value) Key() string {
	if v == nil {
		return ""
	}
	k := v.Kind + "|" + v.Currency + "|" + v.Unit + "|" + v.Date + "|" + v.Grain + "|" + v.From + "|" + v.To
	for _, p := range []*float64{v.Num, v.Min, v.Max} {
		if p == nil {
			k += "|-"
		} else {
			k += "|" + ftoa(*p)
		}
	}
	if v.Approx {
		k += "|~"
	}
	return k
}

// Mention is one occurrence of an entity in the document text.
type Mention struct {
	Start, End int    // byte offsets into the document text, End exclusive
	Label      Label  // entity type
	Text       string // text[Start:End]
	// Key identifies the real-world thing: the gazetteer id for named
	// entities ("org:중소벤처기업부"), empty for value mentions (their Value
	// decides) and for names found by patterns (their Name decides).
	Key string
	// Name is the canonical name (중소벤처기업부 for 중기부, the bare
	// name for a person).
	Name string
	// Role and Org are filled for PERSON mentions next to a title.
	Role, Org string
	// Value is the resolution of a value mention.
	Value *Value
	// Rule names the rule that produced the mention (for explain).
	Rule string
	// Priority breaks ties between overlapping mentions of equal length:
	// higher wins.
	Priority int
}

// Len is the mention's length in bytes.
func (m Mention) Len() int { return m.End - m.Start }

// Resolve applies kpolicy's overlap policy: of mentions that overlap, the
// longest wins, then the one with the higher priority, then the earliest.
// The result is sorted by start offset and has no overlaps.
func Resolve(ms []Mention) []Mention {
	if len(ms) < 2 {
		return ms
	}
	return ResolveAppend(nil, ms)
}

// ResolveAppend appends what Resolve keeps of ms (at least two mentions) to
// dst, for callers that reuse a buffer.
func ResolveAppend(dst, ms []Mention) []Mention {
	return ResolvePairAppend(dst, ms, nil)
}

// ResolvePairAppend appends what Resolve keeps of the mentions of a
// followed by those of b to dst, as ResolveAppend(dst, append(a, b...))
// does, without joining them: for two recognizers' lists.
//
// Lists in order of start, of mentions that are not empty (as the
// recognizers return them), are merged: the policy only decides within a
// run of mentions that overlap one another, and most mentions overlap none
// and are kept as they come. Other lists take the sort of all mentions by
// rank.
func ResolvePairAppend(dst, a, b []Mention) []Mention {
	if !ordered(a) || !ordered(b) {
		if len(b) > 0 {
			a = append(append(make([]Mention, 0, len(a)+len(b)), a...), b...)
		}
		return resolveByRank(dst, a)
	}
	kept := len(dst)
	var run [maxRun]int32 // a run of overlapping mentions, by start
	n, end := 0, 0        // its length and the end of its furthest mention
	var first *Mention    // its first mention
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		// the next mention by start, a's first at equal starts
		var k int
		if j == len(b) || i < len(a) && a[i].Start <= b[j].Start {
			k, i = i, i+1
		} else {
			k, j = len(a)+j, j+1
		}
		m := pick(a, b, k)
		if n > 0 && m.Start < end {
			if n == maxRun {
				clear(dst[kept:]) // a buffer keeps no mention past its length
				return resolveByRank(dst[:kept], append(append(make([]Mention, 0, len(a)+len(b)), a...), b...))
			}
			run[n], n, end = int32(k), n+1, max(end, m.End)
			continue
		}
		if n == 1 {
			dst = append(dst, *first)
		} else if n > 1 {
			dst = resolveRun(dst, run[:n], a, b)
		}
		run[0], n, end, first = int32(k), 1, m.End, m
	}
	if n == 1 {
		return append(dst, *first)
	}
	return resolveRun(dst, run[:n], a, b)
}

// pick returns mention k of a followed by b.
func pick(a, b []Mention, k int) *Mention {
	if k < len(a) {
		return &a[k]
	}
	return &b[k-len(a)]
}

// maxRun is the most overlapping mentions ResolvePairAppend ranks on its
// own; a longer run (never in news) takes the sort of all mentions.
const maxRun = 16

// ordered reports whether ms is in order of start and has no empty
// mention.
func ordered(ms []Mention) bool {
	prev := 0
	for k := range ms {
		if ms[k].Start < prev || ms[k].End <= ms[k].Start {
			return false
		}
		prev = ms[k].Start
	}
	return true
}

// resolveRun appends what the policy keeps of run to dst, in the order of
// run: mentions (by their index in a followed by b) in order of start and
// index, each overlapping one before it.
func resolveRun(dst []Mention, run []int32, a, b []Mention) []Mention {
	// rank the run by insertion: it is a few mentions
	var rank [maxRun]uint8
	for p := range run {
		q := p
		for ; q > 0 && before(pick(a, b, int(run[p])), pick(a, b, int(run[rank[q-1]])), run[p], run[rank[q-1]]); q-- {
			rank[q] = rank[q-1]
		}
		rank[q] = uint8(p)
	}
	// keep each mention that overlaps none kept before it
	var kept [maxRun]bool
	for _, p := range rank[:len(run)] {
		m := pick(a, b, int(run[p]))
		kept[p] = true
		for q := range run {
			if o := pick(a, b, int(run[q])); q != int(p) && kept[q] && o.Start < m.End && m.Start < o.End {
				kept[p] = false
				break
			}
		}
	}
	for p, k := range run {
		if kept[p] {
			dst = append(dst, *pick(a, b, int(k)))
		}
	}
	return dst
}

// before reports whether mention x (index i) ranks before y (index j):
// longer, then of higher priority, then earlier, then given first.
func before(x, y *Mention, i, j int32) bool {
	if c := cmp.Compare(y.Len(), x.Len()); c != 0 {
		return c < 0
	}
	if c := cmp.Compare(y.Priority, x.Priority); c != 0 {
		return c < 0
	}
	if c := cmp.Compare(x.Start, y.Start); c != 0 {
		return c < 0
	}
	return i < j
}

// resolveByRank appends what Resolve keeps of ms to dst: the mentions
// sorted by rank, each kept unless it overlaps one kept before it. It
// takes any list, out of order or with empty mentions.
func resolveByRank(dst, ms []Mention) []Mention {
	order := make([]int32, len(ms))
	for i := range order {
		order[i] = int32(i)
	}
	// a total order (ties end at the index), so the unstable sort is
	// deterministic
	slices.SortFunc(order, func(a, b int32) int {
		x, y := &ms[a], &ms[b]
		if c := cmp.Compare(y.Len(), x.Len()); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Priority, x.Priority); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// kept holds indices of accepted mentions sorted by start; they do not
	// overlap, so one binary search finds the neighbours of a candidate.
	kept := make([]int32, 0, len(ms))
	for _, i := range order {
		m := &ms[i]
		k, _ := slices.BinarySearchFunc(kept, m.Start, func(j int32, start int) int {
			if ms[j].End > start {
				return 1
			}
			return -1
		})
		if k < len(kept) && ms[kept[k]].Start < m.End {
			continue
		}
		kept = slices.Insert(kept, k, i)
	}
	out := slices.Grow(dst, len(kept))
	for _, i := range kept {
		out = append(out, ms[i])
	}
	return out
}

// Overlaps reports whether [s,e) overlaps a mention of ms, which must be
// sorted by start and free of overlaps (as Resolve returns them).
func Overlaps(ms []Mention, s, e int) bool {
	k := EndsAfter(ms, s)
	return k < len(ms) && ms[k].Start < e
}

// EndsAfter returns the first k with ms[k].End > s, or len(ms); ms must be
// sorted by start and free of overlaps, and so sorted by end too. It is
// sort.Search without its closure (the recognizers call it per mention).
func EndsAfter(ms []Mention, s int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].End > s {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// StartingAt returns the mention of ms (sorted, free of overlaps) that
// starts at offset s.
func StartingAt(ms []Mention, s int) (Mention, bool) {
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= s })
	if k < len(ms) && ms[k].Start == s {
		return ms[k], true
	}
	return Mention{}, false
}
