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
	k := sort.Search(len(ms), func(j int) bool { return ms[j].End > s })
	return k < len(ms) && ms[k].Start < e
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
