package named

import (
	"math/bits"
	"strings"
	"sync"
	"unsafe"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// doc is the word index of one text, built once per Find call and shared
// by every stage: the words (maximal runs of letters and digits) with
// their offsets, first rune and the particles that may end them, and for
// each byte the word that holds it. Word boundaries, particle checks and
// title look-ups then cost an array access instead of decoding runes.
// The index takes 4 bytes per byte of text while Find runs; docs come from
// a pool (see free).
type doc struct {
	text  string
	r     *Recognizer
	wid   []int32 // per byte of text: index into words, or -1
	words []word
	slow  bool // a particle is too long for word.pmask: ask the set
	// 1 + where the first middle dot '·' is, -1 when none, 0 until a
	// stage asks (firstDot): countryPairs and cabinetLists share the search
	dot int

	// buffers of the overlap resolution (resolve.go)
	bufs        [2][]ner.Mention
	cur         int
	sub         []ner.Mention
	order, kept []int32
	keys        []uint64 // the mentions' ranks as numbers (rank)
	hit         []int32

	// the output of a stage, until resolveWith has copied it
	add []ner.Mention

	// the pattern rules' mentions, until Find has copied them, and the
	// rules given up in the text after running out of their match timeout
	pat     []ner.Mention
	dropped []string

	// the gazetteer's buffers
	cand   []ner.Mention
	gazAlt [][]*gazRef
	gazBuf []lex.Match[*gazRef]
	// the words the filters of the first two runes let through, for
	// the recognizer pairsBy (firstPairs)
	gazIdx, weakIdx []int32
	pairsBy         *Recognizer
	sure            map[string]bool // the keys of the names the gazetteer found unambiguous

	// the classes of the words (classify, org.go) and the indices of a
	// class (ofClass)
	cls []uint8
	idx []int32
	// the indices of the words of any class but clsDone, listed by the
	// first ofClass once classify has run (classed)
	anyCls  []int32
	classed bool

	// again's people by surname and title, and the first runes of its
	// forms hashed to a bit (a quick no before the trie)
	titled    []titledRef
	formFirst [64]uint64

	// room for morePersons' titleStarts of a text of up to 1,024 words
	// (not zeroed per stage as a local array would be)
	tsBuf [5 * 16]uint64

	// the classes of the words' first syllables and the words persons
	// and barePersons visit (personWords), filled at the first stage that
	// asks (wclsOK)
	wcls        []uint8
	wbits       []uint64
	surW, bareW []uint64
	wclsOK      bool
	wclsSet     bool // classify has set wcls's first-syllable classes

	// the bytes of the mentions' keys (concat, setPersonKeys): the
	// mentions going out hold strings of it, so bytes once written are
	// never written again; the texts after append to it until it is full
	strs []byte
}

type word struct {
	s, e int   // byte offsets, e exclusive
	c    rune  // first rune
	lc   rune  // last rune
	nr   int32 // runes
	allH bool  // all Hangul syllables
	// memos, 0 when not computed yet (name here, where it costs no
	// padding: the struct is 48 bytes)
	name  int8     // isName of the whole word: 1 yes, -1 no
	cls   uint8    // the class of the org and place stages (classify, org.go)
	held  bool     // titleFacts.mayHold said yes (mayFollowWord): titlesOfWord need not ask again
	pmask uint64   // bit d set when text[e-d:e] is a particle sequence
	title [2]int32 // titleAt at the word's start: the title's length + 1, -1 for none; [1] with honorifics
}

var docPool = sync.Pool{New: func() any { return new(doc) }}

// asciiWord[b] reports whether the ASCII byte b is a letter or a digit.
var asciiWord = func() (t [128]bool) {
	for b := range t {
		t[b] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	}
	return t
}()

// newDoc indexes text; release it with free.
func (r *Recognizer) newDoc(text string) *doc {
	d := docPool.Get().(*doc)
	d.text, d.r = text, r
	d.pairsBy = nil // the last text's lists
	d.dot = 0
	d.wclsOK, d.wclsSet = false, false
	if cap(d.wid) < len(text)+1 {
		d.wid = make([]int32, len(text)+1, len(text)+len(text)/4+1)
	}
	d.wid = d.wid[:len(text)+1]
	d.wid[len(text)] = -1
	d.words = indexWords(text, d.wid[:len(text)], d.words[:0])
	d.slow = r.particles.MaxLen() > 63 // EndMask's bits cannot hold them
	if !d.slow {
		// a second pass, so that the first keeps its loop variables in
		// registers: most words end with a syllable that ends no particle
		p, words := r.particles, d.words
		if p.OfSyllables() {
			// MayEndWith says no to a last rune that is no syllable
			for k := range words {
				w := &words[k]
				if p.MayEndWith(w.lc) {
					w.pmask = p.EndMaskAfter(text, w.s, w.e, w.lc)
				}
			}
		} else {
			for k := range words {
				w := &words[k]
				if p.MayEndWith(w.lc) {
					w.pmask, _ = p.EndMaskWord(text, w.s, w.e, w.lc)
				}
			}
		}
	}
	return d
}

// indexWords appends the words of text to words and sets wid (as long as
// text) to each byte's word, or -1.
//
// The space after a word is taken with the word, so that the outer
// loop's first test (a byte between words?) mostly says no: asked at
// every word start and at the space before it, the branch would flip
// at every byte it sees.
func indexWords(text string, wid []int32, words []word) []word {
	// the loops test i < n-3 for four bytes at i, and wid is as long as
	// text: no bounds checks
	n := len(text)
	wid = wid[:n]
	m := n - 3 // a syllable and a byte after it fit at i < m
next:
	for i := 0; i < n; {
		if b := text[i]; b < 0x80 && !asciiWord[b] {
			wid[i] = -1 // a space or a sign between words, most bytes that are no syllable
			i++
			continue
		}
		// a word may start at i: take it whole. odd counts the runes that
		// are no syllable (few) in its high 32 bits and their bytes in the
		// low ones: the loop over syllables, most of a word, keeps its
		// offset in a register and little else
		s, id := i, int32(len(words))
		odd := 0
		e := n // where the word ends
		for {
			for i >= 0 && i < m {
				// four bytes read at once (one load), the syllable's three
				// in the high ones
				if !lex.IsHangul3((uint32(text[i])<<24 | uint32(text[i+1])<<16 | uint32(text[i+2])<<8 | uint32(text[i+3])) >> 8) {
					break
				}
				wid[i], wid[i+1], wid[i+2] = id, id, id
				i += 3
			}
			if i >= n {
				break
			}
			if b := text[i]; b < 0x80 {
				if !asciiWord[b] {
					// the word ends; the byte after it is taken here
					wid[i] = -1
					e = i
					i++
					break
				}
				wid[i] = id
				odd += 1<<32 | 1
				i++
				continue
			}
			c, size := lex.Decode(text, i)
			if !lex.IsWordRune(c) {
				if i == s {
					// no word at s after all
					for k := i; k < i+size; k++ {
						wid[k] = -1
					}
					i += size
					continue next
				}
				e = i
				break // the outer loop takes this rune
			}
			for k := i; k < i+size; k++ {
				wid[k] = id
			}
			if !lex.IsHangul(c) { // a syllable here ends the text: the loop above reads four bytes
				odd += 1<<32 | size
			}
			i += size
		}
		words = append(words, word{})
		w := &words[len(words)-1]
		w.s, w.e = s, e
		if odd == 0 {
			// syllables only, the first and the last three bytes each
			w.c, w.lc = syllable(text[s:s+3]), syllable(text[e-3:e])
			w.nr = int32(uint32(e-s) / 3)
			w.allH = true
			continue
		}
		// the first and last runes: syllables, else decoded
		c := lex.HangulAt(text, s)
		if b := text[s]; b < 0x80 {
			c = rune(b)
		} else if c < 0 {
			c, _ = lex.Decode(text, s)
		}
		lc := lex.HangulBefore(text, e)
		if lc < 0 {
			lc, _ = lex.DecodeLast(text, e)
		}
		w.c, w.lc = c, lc
		w.nr = int32(odd>>32 + (e-s-odd&(1<<32-1))/3)
	}
	return words
}

// syllable decodes the three bytes of t, known to spell a Hangul syllable
// (lex.IsHangul3), without checking them again.
func syllable(t string) rune {
	return rune(t[0]&0x0F)<<12 | rune(t[1]&0x3F)<<6 | rune(t[2]&0x3F)
}

// free returns d to the pool. The mentions left in its buffers still refer
// to the text (until the buffers are reused, or the pool is emptied at a
// garbage collection): a text over 1 MB is not kept that way, nor its index.
func (d *doc) free() {
	big := len(d.text) > 1<<20
	d.text, d.r, d.pairsBy = "", nil, nil
	if big {
		return
	}
	docPool.Put(d)
}

// strArena is the size of an arena of keys (doc.strs): a dozen articles'.
const strArena = 4096

// grow returns the doc's arena with room for n more bytes.
func (d *doc) grow(n int) []byte {
	if buf := d.strs; cap(buf)-len(buf) >= n {
		return buf
	}
	// the bytes of the last arena stay with the strings that hold them
	return make([]byte, 0, max(n, strArena))
}

// concat joins parts (at most a few) into a string of the doc's arena:
// a mention's key without an allocation of its own.
func (d *doc) concat(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return ""
	}
	buf := d.grow(n)
	start := len(buf)
	for _, p := range parts {
		buf = append(buf, p...)
	}
	d.strs = buf
	// the bytes written are never written again (the arena only grows),
	// so strings may share them
	return unsafe.String(&buf[start], n)
}

// firstDot returns where the first middle dot '·' of the text is, or -1.
func (d *doc) firstDot() int {
	if d.dot == 0 {
		d.dot = 1 + strings.Index(d.text, "·")
		if d.dot == 0 {
			d.dot = -1
		}
	}
	return max(d.dot-1, -1)
}

// wordAt returns the word holding byte offset i, or nil.
func (d *doc) wordAt(i int) *word {
	if i < 0 || i >= len(d.text) {
		return nil
	}
	if w := d.wid[i]; w >= 0 {
		return &d.words[w]
	}
	return nil
}

// wordStart is lex.WordStart: the rune before i is no letter or digit.
func (d *doc) wordStart(i int) bool { return i <= 0 || d.wid[i-1] < 0 }

// wordEnd is lex.WordEnd: where the word holding i ends (i when none).
func (d *doc) wordEnd(i int) int {
	if i >= len(d.text) {
		return i
	}
	if w := d.wid[i]; w >= 0 {
		return d.words[w].e
	}
	return i
}

// wordStartBefore is lex.WordStartBefore: where the word ending at i
// starts (i when none).
func (d *doc) wordStartBefore(i int) int {
	if i <= 0 {
		return i
	}
	if w := d.wid[i-1]; w >= 0 {
		return d.words[w].s
	}
	return i
}

// endsWord is Particles.EndsWord on the index: a name may end at i when
// its word ends there or the rest of the word is a particle sequence.
func (d *doc) endsWord(i int) (string, bool) {
	if i >= len(d.text) {
		return "", true
	}
	w := d.wid[i]
	if w < 0 {
		return "", true
	}
	if d.slow {
		return d.r.particles.EndsWord(d.text, i)
	}
	wd := &d.words[w]
	if dist := wd.e - i; dist < 64 && wd.pmask&(1<<uint(dist)) != 0 {
		return d.text[i:wd.e], true
	}
	return "", false
}

// endsWordOK is endsWord without the particle.
func (d *doc) endsWordOK(i int) bool {
	_, ok := d.endsWord(i)
	return ok
}

// trimEnd is Particles.TrimEnd on the index: where a name found up to end
// should end when its last word carries a particle.
func (d *doc) trimEnd(start, end, min int) int {
	if d.slow || min < 1 || end <= start || end > len(d.text) {
		return d.r.particles.TrimEnd(d.text, start, end, min)
	}
	w := d.wid[end-1]
	if w < 0 || d.words[w].e != end {
		return d.r.particles.TrimEnd(d.text, start, end, min)
	}
	return d.trimWord(&d.words[w], start, min)
}

// trimWord is trimEnd(start, wd.e, min) for a word of d at hand, start
// inside it or before it: without looking the word up again.
func (d *doc) trimWord(wd *word, start, min int) int {
	end := wd.e
	if d.slow || min < 1 || end <= start {
		return d.r.particles.TrimEnd(d.text, start, end, min)
	}
	m := wd.pmask
	if m == 0 {
		return end
	}
	lo := max(start, wd.s)
	if wd.allH && lo == wd.s {
		// syllables of three bytes from the word's start: min runes
		// are 3*min bytes
		for m != 0 {
			dist := 63 - bits.LeadingZeros64(m)
			m &^= 1 << uint(dist)
			if c := end - dist; c-lo >= 3*min {
				return c
			}
		}
		return end
	}
	// the longest particle first: the first cut that leaves min runes
	for m != 0 {
		dist := 63 - bits.LeadingZeros64(m)
		m &^= 1 << uint(dist)
		if c := end - dist; c > lo && runesAtLeast(d.text, lo, c, min) {
			return c
		}
	}
	return end
}

// runesAtLeast reports whether text[lo:c] holds at least min runes.
func runesAtLeast(text string, lo, c, min int) bool {
	for ; min > 0; min-- {
		if c <= lo {
			return false
		}
		_, n := lex.DecodeLast(text, c)
		c -= n
	}
	return true
}
