package extract

import (
	"cmp"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// TestGroupValues checks that group puts mentions in the entities the
// string key they were once merged by gives (key, else label and value,
// name or text), with few values and with more than the value table holds
// at first.
func TestGroupValues(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	gs := new(groupScratch)
	for _, n := range []int{3, 64, 65, 300} {
		var all []ner.Mention
		for range 2 { // every value twice: the second round merges into the first
			for i := range n {
				v := &ner.Value{Num: f(float64(i)), Unit: "원"}
				all = append(all, ner.Mention{Label: ner.MONEY, Text: strconv.Itoa(i) + "원", Value: v})
			}
		}
		// values that differ only in what the key tells apart
		all = append(all,
			ner.Mention{Label: ner.MONEY, Text: "0원", Value: &ner.Value{Num: f(math.Copysign(0, -1)), Unit: "원"}}, // -0 is written apart from 0
			ner.Mention{Label: ner.MONEY, Text: "0원", Value: &ner.Value{Num: f(0), Unit: "원", Approx: true}},
			ner.Mention{Label: ner.QUANTITY, Text: "0원", Value: &ner.Value{Num: f(0), Unit: "원"}},
			ner.Mention{Label: ner.MONEY, Text: "NaN", Value: &ner.Value{Num: f(math.NaN()), Unit: "원"}},
			ner.Mention{Label: ner.MONEY, Text: "NaN", Value: &ner.Value{Num: f(-math.NaN()), Unit: "원"}}, // every NaN alike
			ner.Mention{Label: ner.ORG, Text: "경남도", Key: "ORG:경상남도", Name: "경상남도"},
			ner.Mention{Label: ner.ORG, Text: "경상남도", Name: "경상남도"}, // meets the key ORG:경상남도
			ner.Mention{Label: ner.PLACE, Text: "경상남도", Name: "경상남도"},
		)
		ents, entOf := group(mentionPtrs(all), gs)
		ref := map[string]int32{}
		for k, m := range all {
			key := string(m.Label) + ":" + m.Name
			switch {
			case m.Key != "":
				key = m.Key
			case m.Value != nil:
				key = string(m.Label) + "|" + m.Value.Key()
			case m.Name == "":
				key = string(m.Label) + ":" + m.Text
			}
			if e, ok := ref[key]; !ok {
				ref[key] = entOf[k]
			} else if e != entOf[k] {
				t.Fatalf("n=%d: mention %d (%s) in entity %d; its key's first mention in %d", n, k, key, entOf[k], e)
			}
		}
		if len(ents) != len(ref) || len(ents) != n+6 {
			t.Fatalf("n=%d: %d entities; %d distinct keys, want %d", n, len(ents), len(ref), n+6)
		}
		for i := range n {
			if entOf[i] != int32(i) || cap(ents[i].Mentions) != 2 {
				t.Fatalf("n=%d: mention %d in entity %d, with room for %d mentions; want %d and 2", n, i, entOf[i], cap(ents[i].Mentions), i)
			}
		}
		putGroupScratch(gs) // the next round reuses its room
	}
}

// TestSameValue checks sameValue and valueFingerprint against valueKeyOf,
// the key group once compared, on values that differ in one field each.
func TestSameValue(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	base := func() ner.Value {
		return ner.Value{Num: f(3), Unit: "원", Kind: "k", Currency: "KRW", Date: "2025-09-04", Grain: "day", From: "2025-09-01", To: "2025-09-30"}
	}
	vary := []func(*ner.Value){
		func(*ner.Value) {},
		func(v *ner.Value) { v.Num = nil },
		func(v *ner.Value) { v.Num = f(math.Copysign(0, -1)) },
		func(v *ner.Value) { v.Num = f(0) },
		func(v *ner.Value) { v.Num = f(math.NaN()) },
		func(v *ner.Value) { v.Num = f(-math.NaN()) },
		func(v *ner.Value) { v.Min = f(3) },
		func(v *ner.Value) { v.Max = f(3) },
		func(v *ner.Value) { v.Min, v.Max = f(1), f(2) },
		func(v *ner.Value) { v.Unit = "달러" },
		func(v *ner.Value) { v.Kind = "" },
		func(v *ner.Value) { v.Currency = "USD" },
		func(v *ner.Value) { v.Date = "2025-09-05" },
		func(v *ner.Value) { v.Grain = "month" },
		func(v *ner.Value) { v.From = "" },
		func(v *ner.Value) { v.To = "2025-10-31" },
		func(v *ner.Value) { v.Approx = true },
		func(v *ner.Value) { v.Direction = "up" }, // not part of the key
	}
	var vals []ner.Value
	for _, g := range vary {
		v := base()
		g(&v)
		vals = append(vals, v)
	}
	for _, la := range []ner.Label{ner.MONEY, ner.DATE} {
		for _, lb := range []ner.Label{ner.MONEY, ner.DATE} {
			for i := range vals {
				for j := range vals {
					a, b := &vals[i], &vals[j]
					want := valueKeyOf(la, a) == valueKeyOf(lb, b)
					if got := sameValue(la, a, lb, b); got != want {
						t.Errorf("%s %d, %s %d: sameValue = %v; the keys say %v", la, i, lb, j, got, want)
					}
					if want && valueFingerprint(la, a) != valueFingerprint(lb, b) {
						t.Errorf("%s %d, %s %d: equal keys, fingerprints apart", la, i, lb, j)
					}
				}
			}
		}
	}
}

// TestGroupNames checks the entities group gives names against those of
// a map by their string key (key, else label:name, else label:text), on
// names alike at both ends and in length (one hash for the name table),
// short and long, and more than a table holds at first.
func TestGroupNames(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	gs := new(groupScratch)
	mids := []string{"가", "나", "다", "라", "마"}
	for round := range 300 {
		var all []ner.Mention
		distinct := 1 + rng.IntN(40)
		if round%50 == 0 {
			distinct = 3000 // past what a scratch keeps
		}
		for range 2*distinct + rng.IntN(10) {
			k := rng.IntN(distinct)
			// names of one length, alike in their first and last eight bytes
			name := "한국" + mids[k%5] + mids[k/5%5] + mids[k/25%5] + strconv.Itoa(k/125) + "공사본부"
			if k%7 == 0 {
				name = mids[k%5] // shorter than eight bytes with its label
			}
			m := ner.Mention{Label: ner.ORG, Text: name, Name: name}
			switch rng.IntN(4) {
			case 0:
				m.Key = "ORG:" + name // meets the label:name of the others
			case 1:
				m.Name = "" // its text names it
			case 2:
				m.Label = ner.PLACE
			}
			all = append(all, m)
		}
		ents, entOf := group(mentionPtrs(all), gs)
		ref := map[string]int32{}
		for k, m := range all {
			key := m.Key
			if key == "" {
				key = string(m.Label) + ":" + cmp.Or(m.Name, m.Text)
			}
			e, ok := ref[key]
			if !ok {
				e = int32(len(ref))
				ref[key] = e
			}
			if entOf[k] != e {
				t.Fatalf("round %d: mention %d (%s) in entity %d; want %d", round, k, key, entOf[k], e)
			}
		}
		if len(ents) != len(ref) {
			t.Fatalf("round %d: %d entities; want %d", round, len(ents), len(ref))
		}
		putGroupScratch(gs)
	}
}

// valueKey is the identity of a value mention without a key: its label and
// the fields of ner.Value.Key, compared as they are (floats by the text
// Value.Key writes them as: every NaN alike, 0 apart from -0).
type valueKey struct {
	label                                       ner.Label
	kind, currency, unit, date, grain, from, to string
	num, min, max                               uint64
	has                                         uint8 // bits: num, min, max set
	approx                                      bool
}

// valueKeyOf is the key group once put value mentions in a map by: the
// oracle of sameValue.
func valueKeyOf(l ner.Label, v *ner.Value) valueKey {
	k := valueKey{label: l, kind: v.Kind, currency: v.Currency, unit: v.Unit, date: v.Date, grain: v.Grain, from: v.From, to: v.To, approx: v.Approx}
	var set [3]bool
	k.num, set[0] = floatKey(v.Num)
	k.min, set[1] = floatKey(v.Min)
	k.max, set[2] = floatKey(v.Max)
	for b, ok := range set {
		if ok {
			k.has |= 1 << b
		}
	}
	return k
}
