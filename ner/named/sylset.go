package named

import (
	"math/bits"

	"github.com/kpolicy/kpolicy/ner/lex"
)

// sylSet is a set of runes given as a string, tested with one bit look-up
// for Hangul syllables (strings.ContainsRune searches the string).
type sylSet struct {
	bits  [(0xD7A4-0xAC00)/64 + 1]uint64
	other []rune // runes that are not Hangul syllables
}

func newSylSet(s string) *sylSet {
	t := &sylSet{}
	for _, c := range s {
		if lex.IsHangul(c) {
			k := c - 0xAC00
			t.bits[k>>6] |= 1 << (uint(k) & 63)
		} else {
			t.other = append(t.other, c)
		}
	}
	return t
}

// has reports whether c is in the set, as strings.ContainsRune would.
func (t *sylSet) has(c rune) bool {
	if lex.IsHangul(c) {
		k := c - 0xAC00
		return t.bits[k>>6]&(1<<(uint(k)&63)) != 0
	}
	for _, o := range t.other {
		if o == c {
			return true
		}
	}
	return false
}

// The sets of syllables the recognizers test words' ends and loanwords
// against.
var (
	caseParticleEnds = newSylSet("의을를은는에와과로")
	strongLoan       = newSylSet("프트스크즈르브드츠슈쉬")
	loanSet          = newSylSet(loanSyllables)
	notNameEnds      = newSylSet("을를된던될했됐")
	notName2Ends     = newSylSet("친한는은")
	verbEnds         = newSylSet("자지던된친한인게면며서")
	particleEnds     = newSylSet("은는을를의와과에로고며다서")
)

// strSet is a set of words with a filter in front of its table: a word
// whose first and last bytes and length hash to an empty bit is not in
// it, without hashing the whole word. The filter has about 32 bits a word
// (a few percent of false yeses), so that the dozen sets asked at every
// word take a few KB of cache rather than 8 KB each.
type strSet struct {
	bloom []uint64
	shift uint32 // strKey(w) >> shift is w's bit
	// the words, open-addressed from strKey(w)*strSlot >> slotShift (""
	// in an empty slot): the words the filter lets through are mostly in
	// the set, and the key it has just computed finds them without the
	// map's hash
	slots     []string
	slotShift uint32
	empty     bool // "" is in the set
}

// strSlot spreads strKey over the slots (the filter takes its high bits).
const strSlot = 0x2C1B3C6D

func newStrSet(m map[string]bool) *strSet { return newStrSetBits(m, 20) }

// newStrSetBits is newStrSet with a filter of at most 1<<maxBits bits.
func newStrSetBits(m map[string]bool, maxBits uint32) *strSet {
	bits := uint32(6) // at least one uint64
	for 1<<bits < 32*len(m) && bits < maxBits {
		bits++
	}
	slotBits := uint32(1) // at least half the slots empty
	for 1<<slotBits < 2*len(m) {
		slotBits++
	}
	t := &strSet{bloom: make([]uint64, 1<<(bits-6)), shift: 32 - bits,
		slots: make([]string, 1<<slotBits), slotShift: 32 - slotBits, empty: m[""]}
	for w, ok := range m {
		if ok && w != "" {
			key := strKey(w)
			k := key >> t.shift
			t.bloom[k>>6] |= 1 << (k & 63)
			h := key * strSlot >> t.slotShift
			for t.slots[h] != "" {
				h = (h + 1) & (1<<slotBits - 1)
			}
			t.slots[h] = w
		}
	}
	return t
}

// strKey hashes w's length and its first and last three bytes (the first
// and last syllables of a Hangul word) without decoding them.
func strKey(w string) uint32 {
	n := len(w)
	a, b := uint32(w[0]), uint32(w[n-1])
	if n >= 3 {
		a |= uint32(w[1])<<8 | uint32(w[2])<<16
		b |= uint32(w[n-2])<<8 | uint32(w[n-3])<<16
	}
	return a*0x9E3779B1 ^ b*0x85EBCA77 ^ uint32(n)*0xC2B2AE3D
}

// has reports whether w is in the set.
func (t *strSet) has(w string) bool {
	if w == "" {
		return t.empty
	}
	key := strKey(w)
	if k := key >> t.shift; t.bloom[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	return t.in(w, key)
}

// in reports whether w (not "") is in the set, from its key.
func (t *strSet) in(w string, key uint32) bool {
	slots := t.slots
	mask := uint32(len(slots) - 1)
	for h := key * strSlot >> t.slotShift; ; h = (h + 1) & mask {
		s := slots[h]
		if s == w {
			return true
		}
		if s == "" {
			return false
		}
	}
}

// sylBits is a set of Hangul syllables, one bit each: 1.4 KB, where a
// []bool indexed by syllable takes 11 KB and its look-ups at every word
// miss the cache.
type sylBits [(0xD7A4-0xAC00)/64 + 1]uint64

// add puts c in the set when it is a Hangul syllable.
func (t *sylBits) add(c rune) {
	if lex.IsHangul(c) {
		k := uint(c - 0xAC00)
		t[k>>6] |= 1 << (k & 63)
	}
}

// has reports whether c is a Hangul syllable of the set.
func (t *sylBits) has(c rune) bool {
	k := uint(c - 0xAC00)
	return k < 0xD7A4-0xAC00 && t[k>>6]&(1<<(k&63)) != 0
}

// sylIndex numbers the syllables of a set in their order, from the bit set
// and the running counts of its words (1.7 KB, where an index per syllable
// takes 44 KB).
type sylIndex struct {
	bits sylBits
	rank [len(sylBits{})]uint16
}

// build fills the counts once every syllable has been added to bits.
func (x *sylIndex) build() {
	for k := 1; k < len(x.rank); k++ {
		x.rank[k] = x.rank[k-1] + uint16(bits.OnesCount64(x.bits[k-1]))
	}
}

// index returns the number of syllables of the set below c, or -1 when c
// is not in it (nor a Hangul syllable).
func (x *sylIndex) index(c rune) int {
	k := uint(c - 0xAC00)
	if k >= 0xD7A4-0xAC00 {
		return -1
	}
	w, bit := x.bits[k>>6], uint64(1)<<(k&63)
	if w&bit == 0 {
		return -1
	}
	return int(x.rank[k>>6]) + bits.OnesCount64(w&(bit-1))
}
