package named

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// TestResolveMatchesNer checks the doc's overlap resolution against
// ner.Resolve on random mentions: all at once, and added to a resolved list.
func TestResolveMatchesNer(t *testing.T) {
	r := recognizer(t)
	rng := rand.New(rand.NewSource(1))
	random := func(n int) []ner.Mention {
		var ms []ner.Mention
		for range n {
			s := rng.Intn(60)
			m := ner.Mention{Start: s, End: s + 1 + rng.Intn(8), Priority: rng.Intn(3)}
			m.Text = strings.Repeat("x", m.End-m.Start)
			m.Name = string(rune('a' + len(ms)%26))
			ms = append(ms, m)
		}
		return ms
	}
	for k := range 3000 {
		d := r.newDoc("")
		base := ner.Resolve(random(rng.Intn(20)))
		add := random(rng.Intn(6))
		want := ner.Resolve(append(append([]ner.Mention(nil), base...), add...))
		got := d.resolveWith(append([]ner.Mention(nil), base...), add)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: resolveWith\n got %+v\nwant %+v", k, got, want)
		}
		all := random(rng.Intn(25))
		want = ner.Resolve(append([]ner.Mention(nil), all...))
		if got := d.resolve(all); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("case %d: resolve\n got %+v\nwant %+v", k, got, want)
		}
		d.free()
	}
}

// FuzzResolveWith compares resolveWith with ner.Resolve on mentions
// spelled by the fuzzer's bytes: three a mention (start, length, priority),
// the first byte the number of the added ones. Priorities out of 0-15
// take rank's comparison of mentions rather than its numbers.
func FuzzResolveWith(f *testing.F) {
	r := recognizer(f)
	f.Add([]byte{2, 1, 3, 0, 2, 2, 1, 9, 1, 2, 20, 4, 0})
	f.Add([]byte{1, 0, 5, 1, 3, 2, 0, 7, 3, 2})
	f.Add([]byte{3, 1, 2, 0, 9, 3, 1, 30, 2, 0, 5, 2, 0, 20, 4, 1}) // added apart, in order
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) == 0 {
			return
		}
		var ms []ner.Mention
		for k := 1; k+2 < len(b); k += 3 {
			m := ner.Mention{Start: int(b[k] % 64), Priority: int(int8(b[k+2])) % 20}
			m.End = m.Start + int(b[k+1]%9) // empty ones too: resolveWith's fallback
			m.Name = string(rune('a' + len(ms)%26))
			ms = append(ms, m)
		}
		n := min(int(b[0]%8), len(ms))
		base, add := ner.Resolve(ms[n:]), ms[:n]
		want := ner.Resolve(append(append([]ner.Mention(nil), base...), add...))
		d := r.newDoc("")
		defer d.free()
		got := d.resolveWith(append([]ner.Mention(nil), base...), add)
		if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("resolveWith\n got %+v\nwant %+v", got, want)
		}
	})
}

func TestSetsMatchStrings(t *testing.T) {
	for _, s := range []string{"의을를은는에와과로", loanSyllables, "자지던된친한인게면며서"} {
		set := newSylSet(s)
		for c := rune(0); c < 0xD7B0; c++ {
			if got, want := set.has(c), strings.ContainsRune(s, c); got != want {
				t.Fatalf("%q has %q = %v; want %v", s, c, got, want)
			}
		}
	}
	words := map[string]bool{"섭씨": true, "정부": true, "A": true, "가나다라": true}
	set := newStrSet(words)
	for _, w := range []string{"섭씨", "섭", "정부", "정부는", "A", "B", "", "가나다라", "가나다"} {
		if got := set.has(w); got != words[w] {
			t.Fatalf("has(%q) = %v; want %v", w, got, words[w])
		}
	}
}

func TestCmpJoined(t *testing.T) {
	parts := []string{"", "김", "김 ", "남궁", "남", "장관", " 장관", "a", "ab", "의원"}
	for _, a1 := range parts {
		for _, a2 := range parts {
			for _, b1 := range parts {
				for _, b2 := range parts {
					want := strings.Compare(a1+" "+a2, b1+" "+b2)
					if got := cmpJoined(a1, a2, b1, b2); (got > 0) != (want > 0) || (got < 0) != (want < 0) {
						t.Fatalf("cmpJoined(%q, %q, %q, %q) = %d, want sign of %d", a1, a2, b1, b2, got, want)
					}
				}
			}
		}
	}
}

// TestResolveRuns compares resolve with ner.Resolve on mentions as a
// text's candidates come: a few runs, each in order, of mentions that
// mostly overlap nothing (startOrder's case), some empty or overlapping.
func TestResolveRuns(t *testing.T) {
	r := recognizer(t)
	rng := rand.New(rand.NewSource(2))
	for k := range 5000 {
		// slots of the line 0-200 in order, dealt to the runs
		var runs [4][]ner.Mention
		for s := rng.Intn(4); s < 200; {
			m := ner.Mention{Start: s, End: s + 1 + rng.Intn(6), Priority: rng.Intn(3)}
			s = m.End + rng.Intn(4)
			switch rng.Intn(60 + k%2*300) {
			case 0:
				m.End = m.Start // empty
			case 1:
				m.End += 10 // likely over the next one
			}
			m.Name = string(rune('a' + rng.Intn(26)))
			n := rng.Intn(len(runs))
			switch k % 3 {
			case 0:
				n = 0 // one run: the mentions in order
			case 1:
				n = min(n, rng.Intn(2)) // a long run and a shorter one
			}
			runs[n] = append(runs[n], m)
		}
		var ms []ner.Mention
		for _, run := range runs {
			ms = append(ms, run...)
		}
		want := ner.Resolve(append([]ner.Mention(nil), ms...))
		d := r.newDoc("")
		got := d.resolve(ms)
		if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: resolve %+v\n got %+v\nwant %+v", k, ms, got, want)
		}
		d.free()
	}
}

// FuzzResolve compares resolve with ner.Resolve on mentions spelled by the
// fuzzer's bytes, three a mention (start, length, priority).
func FuzzResolve(f *testing.F) {
	r := recognizer(f)
	f.Add([]byte{1, 2, 0, 9, 3, 1, 30, 2, 0, 5, 2, 0, 20, 4, 1})
	f.Add([]byte{1, 2, 0, 4, 3, 1, 8, 0, 0, 5, 2, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var ms []ner.Mention
		for k := 0; k+2 < len(b); k += 3 {
			m := ner.Mention{Start: int(b[k]), Priority: int(b[k+2] % 4)}
			m.End = m.Start + int(b[k+1]%9)
			m.Name = string(rune('a' + len(ms)%26))
			ms = append(ms, m)
		}
		want := ner.Resolve(append([]ner.Mention(nil), ms...))
		d := r.newDoc("")
		defer d.free()
		if got := d.resolve(ms); (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("resolve %+v\n got %+v\nwant %+v", ms, got, want)
		}
	})
}
