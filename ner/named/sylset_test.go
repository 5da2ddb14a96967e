package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/rules"
)

// TestSylIndex numbers the syllables of a set in their order, across the
// words of the bit set, and refuses the others.
func TestSylIndex(t *testing.T) {
	var x sylIndex
	set := []rune{'가', '각', '동', '시', '힣'} // in order; 가 and 각 share a word, 힣 is the last syllable
	for _, c := range set {
		x.bits.add(c)
	}
	x.bits.add('A') // no syllable: not added
	x.build()
	for k, c := range set {
		if got := x.index(c); got != k {
			t.Errorf("index(%q) = %d, want %d", c, got, k)
		}
		if !x.bits.has(c) {
			t.Errorf("has(%q) = false", c)
		}
	}
	for _, c := range []rune{'갂', '도', 'A', 0xD7A4, 0xABFF, -1} {
		if got := x.index(c); got != -1 {
			t.Errorf("index(%q) = %d, want -1", c, got)
		}
		if x.bits.has(c) {
			t.Errorf("has(%q) = true", c)
		}
	}
}

// strSetWords are the words of every list of the default rules and the
// names of its entries, a set of the size of gazWords.
func strSetWords(t testing.TB) map[string]bool {
	p, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{"국회의원": false} // a word false in the map is not in the set
	for _, ws := range p.Lists {
		for _, w := range ws {
			m[w.Text] = true
		}
	}
	for _, e := range p.Entries {
		m[e.Name] = true
	}
	return m
}

// checkStrSet compares strSet.has with the map it was built from, for w,
// its prefixes and suffixes.
func checkStrSet(t *testing.T, set *strSet, m map[string]bool, w string) {
	for i := 0; i <= len(w); i++ {
		for _, x := range []string{w[:i], w[i:]} {
			if got := set.has(x); got != m[x] {
				t.Fatalf("has(%q) = %v; want %v", x, got, m[x])
			}
		}
	}
}

// TestStrSet asks the sets built from the rules' words and from a few
// words (the table small: keys collide and probes wrap around) for their
// words and the words' prefixes and suffixes.
func TestStrSet(t *testing.T) {
	big := strSetWords(t)
	small := map[string]bool{"": true, "장관": true, "차관": true, "청장": true, "의원": false, "a": true, "국회": true}
	for _, m := range []map[string]bool{big, small, {}} {
		for _, bits := range []uint32{6, 20} {
			set := newStrSetBits(m, bits)
			for w := range big {
				checkStrSet(t, set, m, w)
			}
			for w := range small {
				checkStrSet(t, set, m, w)
			}
		}
	}
}

// FuzzStrSet asks the sets of TestStrSet for any word.
func FuzzStrSet(f *testing.F) {
	for _, s := range []string{"장관", "서울특별시", "abc", "\xea\xb0", "국회의원은"} {
		f.Add(s)
	}
	m := strSetWords(f)
	sets := []*strSet{newStrSet(m), newStrSetBits(m, 6)}
	f.Fuzz(func(t *testing.T, w string) {
		for _, set := range sets {
			checkStrSet(t, set, m, w)
		}
	})
}
