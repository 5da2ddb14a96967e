package named

import (
	"encoding/binary"
	"strings"
)

// The first syllables of the words the person stages test at every word,
// looked up once per word: persons, moreStartsOf and barePersons each
// walked all the words and asked two or three syllable sets about the
// same first syllable (sylBits.has: ten instructions and two branches,
// the first of which went either way at one word in four).

// nSyl is the number of Hangul syllables.
const nSyl = 0xD7A4 - 0xAC00

// The bits of firstCls: the sets that hold a syllable; and at the bits
// of clsVenue and clsNS, those classify gives a word by its first
// syllable (ctx.startClass).
const (
	clsSur1        = 1 << 0 // r.surname1
	clsBare        = 1 << 1 // r.shape.firsts.bare
	clsBareSur     = 1 << 2 // r.shape.firsts.bareSur
	clsOfficeFirst = 1 << 3 // r.shape.offices.first
	clsOfficeOne   = 1 << 6 // r.shape.offices.single
)

// the bits of classify's in firstCls
const clsStart = clsVenue | clsNS

func init() {
	if clsStart&(clsSur1|clsBare|clsBareSur|clsOfficeFirst|clsOfficeOne|clsParen) != 0 {
		panic("named: firstCls's bits overlap")
	}
}

// firstCls holds for each Hangul syllable the bits of the sets that hold
// at 1 + its index, and 0 at 0 for any other rune (firstClass): 11 KB of it are
// used, as much as the five sets' bits, but one byte (one cache line) a
// look-up; its length is a power of two, so that a look-up needs no
// bounds check.
type firstCls [1 << 14]uint8

// newFirstCls builds the table of r's sets.
func (r *Recognizer) newFirstCls() *firstCls {
	t := new(firstCls)
	for k := range nSyl {
		c := rune(0xAC00 + k)
		var b uint8
		for _, s := range [...]struct {
			set *sylBits
			bit uint8
		}{
			{r.surname1, clsSur1}, {&r.shape.firsts.bare, clsBare}, {&r.shape.firsts.bareSur, clsBareSur},
			{&r.shape.offices.first, clsOfficeFirst}, {&r.shape.offices.single, clsOfficeOne},
		} {
			if s.set.has(c) {
				b |= s.bit
			}
		}
		if r.ctx.startFirst.has(c) {
			b |= r.ctx.startClass(c)
		}
		t[k+1] = b
	}
	return t
}

// firstClass returns the bits of c, 0 for a rune that is no syllable
// (without a branch).
func (t *firstCls) firstClass(c rune) uint8 {
	k := uint32(c - 0xAC00)
	var in uint32 // a SETcc
	if k < nSyl {
		in = 1
	}
	return t[(k+1)&-in&(1<<14-1)] // no bounds check
}

// clsParen marks a word that a bracket follows in the bytes of
// personWords (no set of firstCls).
const clsParen = 1 << 7

// personWords fills, once per doc, the classes of the words' first
// syllables (d.wcls, and clsParen) and the words persons and barePersons
// visit, bit k for word k: those that start with a surname of one
// syllable (d.surW), and those that start with a syllable of firsts.bare
// or that a bracket follows (d.bareW). Two tight loops without a branch
// but theirs: the classes of the words, then eight words' bits at once.
func (d *doc) personWords(t *firstCls) {
	if d.wclsOK {
		return
	}
	d.wclsOK = true
	words, text := d.words, d.text
	if !d.wclsSet {
		cls := d.growWcls()
		for k := range words {
			cls[k] = t.firstClass(words[k].c)
		}
	}
	cls := d.wcls
	n := (len(words) + 63) / 64
	if cap(d.wbits) < 2*n {
		d.wbits = make([]uint64, 2*n, 2*n+n/4)
	}
	d.wbits = d.wbits[:2*n]
	d.surW, d.bareW = d.wbits[:n], d.wbits[n:]
	// the words a bracket follows (few), from the brackets
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			break
		}
		if p := i + j; p > 0 {
			if k := d.wid[p-1]; k >= 0 {
				cls[k] |= clsParen // the word ends at the bracket: it is no letter
			}
		}
		i += j + 1
	}
	all := cls[:64*n] // the bytes up to a multiple of 64 words, zero
	clear(all[len(words):])
	const ones = 0x0101010101010101
	const gather = 0x0102040810204080 // bytes of 0 or 1 to the top byte's bits
	for x := range n {
		var sur, bare uint64
		c := all[x<<6:]
		c = c[:64]
		for j := 0; j < 64; j += 8 {
			v := binary.LittleEndian.Uint64(c[j:])
			sur |= (v & ones * gather >> 56) << j
			bare |= ((v>>1 | v>>7) & ones * gather >> 56) << j
		}
		d.surW[x], d.bareW[x] = sur, bare
	}
}

// growWcls sizes d.wcls for the words of d, with room for their count
// rounded up to 64, and returns it.
func (d *doc) growWcls() []uint8 {
	n := len(d.words)
	if r := 64 * ((n + 63) / 64); cap(d.wcls) < r {
		d.wcls = make([]uint8, r, r+r/4)
	}
	d.wcls = d.wcls[:n]
	return d.wcls
}
