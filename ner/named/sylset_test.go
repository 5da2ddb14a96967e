package named

import "testing"

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
