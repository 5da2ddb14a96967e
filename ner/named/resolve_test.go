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
