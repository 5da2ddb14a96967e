// Package lex holds the text primitives kpolicy's recognizers share: a rune
// trie for longest-match dictionary look-up, word boundaries, and the
// particle (조사) table that decides where a Korean name ends.
package lex

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// IsHangul reports whether r is a precomposed Hangul syllable.
func IsHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// IsWordRune reports whether r continues a word: a letter or a digit.
// ASCII and Hangul syllables, most of the text, are answered inline.
func IsWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[r]
	}
	return uint32(r-0xAC00) < 0xD7A4-0xAC00 || isWordRuneOther(r)
}

// asciiWord[b] reports whether the ASCII byte b is a letter or a digit.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	}
	return t
}()

// isWordRuneOther is IsWordRune for the runes the table and the syllables
// leave: the Unicode tables, whose answers below U+10000 (quotes, dots,
// Hanja, Jamo in news text) bmpWord holds, one bit each.
func isWordRuneOther(r rune) bool {
	if uint32(r) < 1<<16 {
		return bmpWord[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// bmpWord has bit r set for each letter or digit r below U+10000: 8 KB,
// filled from the 16-bit ranges of unicode.Letter and unicode.Digit (the
// tables unicode.IsLetter and IsDigit search), where a search costs a few
// hundred instructions.
var bmpWord = func() *[1 << 16 / 64]uint64 {
	t := new([1 << 16 / 64]uint64)
	for _, tab := range []*unicode.RangeTable{unicode.Letter, unicode.Digit} {
		for _, g := range tab.R16 {
			for r := uint32(g.Lo); r <= uint32(g.Hi); r += uint32(g.Stride) {
				t[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return t
}()

// WordStart reports whether byte offset i of s starts a word: the rune
// before it is not a letter or digit.
func WordStart(s string, i int) bool {
	if i <= 0 {
		return true
	}
	if HangulBefore(s, i) >= 0 {
		return false
	}
	r, _ := DecodeLast(s, i)
	return !IsWordRune(r)
}

// WordEnd returns the byte offset where the word containing offset i ends.
func WordEnd(s string, i int) int {
	for i < len(s) {
		if HangulAt(s, i) >= 0 {
			i += 3 // a syllable, most of a word, without a call
			continue
		}
		r, n := decode(s, i)
		if !IsWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// WordStartBefore returns the byte offset where the word ending at i starts.
func WordStartBefore(s string, i int) int {
	for i > 0 {
		if HangulBefore(s, i) >= 0 {
			i -= 3
			continue
		}
		r, n := DecodeLast(s, i)
		if !IsWordRune(r) {
			break
		}
		i -= n
	}
	return i
}

// Particles is a set of particle sequences that may follow a name.
type Particles struct {
	set    map[string]bool
	maxLen int           // bytes of the longest particle sequence
	rev    *Trie[string] // the particles spelled backwards, for EndMask
	// lastH has bit c - 0xAC00 set when a particle ends with the Hangul
	// syllable c: most words end with a syllable no particle ends with
	lastH [(0xD7A4-0xAC00)/64 + 1]uint64
	// lastRank[k] counts the bits of lastH[:k]; lastNode holds the node
	// of rev reached by each syllable of lastH, in order: the first step
	// of EndMask reads 2 KB rather than the root's 44 KB index
	lastRank [(0xD7A4-0xAC00)/64 + 1]uint16
	lastNode []int32
	// lastIdx[c - 0xAC00] is the index in lastNode of the syllable c of
	// lastH (11 KB, of which the few lines of the common last syllables
	// are read), nil when more than 256 syllables end particles: one
	// load where the rank costs a popcount and three
	lastIdx *[0xD7A4 - 0xAC00]uint8
	// steps holds the edges of rev in an open-addressed table by node and
	// rune (stepKey), for EndMask's steps: one probe or two rather than a
	// scan or a binary search of the node's edges. An edge of the root by
	// rune 0 would have key 0: EndMask asks the trie for it.
	steps    []particleStep
	stepMask uint32
	// syllables is set when every particle is spelled with Hangul
	// syllables alone (Korean particles are): EndMask then walks back by
	// three bytes and stops at the first rune that is no syllable, and
	// nodes[n] tells whether a particle ends at node n of rev and filters
	// the syllables its edges go by, from their bytes (syllableBit): most
	// words stop there, before a decode and a probe of steps.
	syllables bool
	nodes     []particleNode
}

type particleNode struct {
	next uint64 // bit syllableBit(v) set for the bytes v of each edge's syllable
	val  bool   // a particle ends here
}

// syllableBit hashes the three bytes of a syllable (the first in bits
// 16-23) to one of 64 bits.
func syllableBit(v uint32) uint { return uint(v*0x9E3779B1) >> 26 }

// syllableBytes is the UTF-8 encoding of the Hangul syllable c as Hangul3
// reads it.
func syllableBytes(c rune) uint32 {
	return uint32(0xE0|c>>12)<<16 | uint32(0x80|c>>6&0x3F)<<8 | uint32(0x80|c&0x3F)
}

type particleStep struct {
	key uint64 // stepKey of the edge; 0 for an empty slot (the root has none)
	to  int32
}

func stepKey(n int32, r rune) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(r)) }

// stepped reports whether the edge from n by r is in Particles.steps.
func stepped(n int32, r rune) bool { return n != 0 || r != 0 }

func stepHash(key uint64) uint32 { return uint32((key * 0x9E3779B97F4A7C15) >> 40) }

// step is p.rev.child(n, r) for stepped(n, r).
func (p *Particles) step(n int32, r rune) int32 {
	key := stepKey(n, r)
	for h := stepHash(key) & p.stepMask; ; h = (h + 1) & p.stepMask {
		e := &p.steps[h]
		if e.key == key {
			return e.to
		}
		if e.key == 0 {
			return -1
		}
	}
}

// NewParticles builds the set from a word list.
func NewParticles(words []string) *Particles {
	p := &Particles{set: make(map[string]bool, len(words)), rev: NewTrie[string](), syllables: true}
	for _, w := range words {
		for _, c := range w {
			p.syllables = p.syllables && IsHangul(c)
		}
		p.set[w] = true
		p.maxLen = max(p.maxLen, len(w))
		p.rev.Add(reverse(w), w)
		if c, _ := utf8.DecodeLastRuneInString(w); IsHangul(c) {
			p.lastH[(c-0xAC00)>>6] |= 1 << (uint(c-0xAC00) & 63)
		}
	}
	p.rev.Freeze()
	idx := new([0xD7A4 - 0xAC00]uint8)
	for k := range p.lastH {
		if k > 0 {
			p.lastRank[k] = p.lastRank[k-1] + uint16(bits.OnesCount64(p.lastH[k-1]))
		}
		for m := p.lastH[k]; m != 0; m &= m - 1 {
			c := 0xAC00 + rune(k*64+bits.TrailingZeros64(m))
			idx[c-0xAC00] = uint8(len(p.lastNode))
			p.lastNode = append(p.lastNode, p.rev.child(0, c))
		}
	}
	if len(p.lastNode) <= 256 {
		p.lastIdx = idx
	}
	edges := 0
	for n := range p.rev.nodes {
		edges += len(p.rev.nodes[n].edges)
	}
	size := 8
	for size < 2*edges {
		size *= 2
	}
	p.steps, p.stepMask = make([]particleStep, size), uint32(size-1)
	for n := range p.rev.nodes {
		for _, e := range p.rev.nodes[n].edges {
			if !stepped(int32(n), e.r) {
				continue
			}
			key := stepKey(int32(n), e.r)
			h := stepHash(key) & p.stepMask
			for p.steps[h].key != 0 {
				h = (h + 1) & p.stepMask
			}
			p.steps[h] = particleStep{key, e.to}
		}
	}
	p.nodes = make([]particleNode, len(p.rev.nodes))
	for n := range p.rev.nodes {
		nd := &p.nodes[n]
		nd.val = p.rev.hasVal(int32(n))
		for _, e := range p.rev.nodes[n].edges {
			if IsHangul(e.r) {
				nd.next |= 1 << syllableBit(syllableBytes(e.r))
			}
		}
	}
	return p
}

// reverse spells s backwards, rune by rune.
func reverse(s string) string {
	rs := []rune(s)
	for a, b := 0, len(rs)-1; a < b; a, b = a+1, b-1 {
		rs[a], rs[b] = rs[b], rs[a]
	}
	return string(rs)
}

// MaxLen is the length in bytes of the longest particle sequence.
func (p *Particles) MaxLen() int {
	if p == nil {
		return 0
	}
	return p.maxLen
}

// MayEndWith reports whether some particle may end with the rune c: when
// not, no particle ends a word that ends with c (EndMask is 0). It is
// exact for a Hangul syllable; another rune ends none when the particles
// are all spelled with syllables.
func (p *Particles) MayEndWith(c rune) bool {
	if p == nil {
		return false
	}
	k := uint(c - 0xAC00)
	if k >= 0xD7A4-0xAC00 {
		return !p.syllables
	}
	return p.lastH[k>>6]&(1<<(k&63)) != 0
}

// EndMask returns, for the word s[ws:we], a bit set of the particle
// sequences that end it: bit d is set when s[we-d:we] is one (1 <= d <=
// 63, we-d >= ws). It reports false when a particle is longer than 63
// bytes and the mask cannot hold them all.
func (p *Particles) EndMask(s string, ws, we int) (uint64, bool) {
	if p == nil {
		return 0, true
	}
	if p.maxLen > 63 {
		return 0, false
	}
	if !p.syllables {
		return p.endMaskRunes(s, ws, we), true
	}
	// the particles hold syllables alone: a rune that is none (or fewer
	// than three bytes) ends the walk
	if we <= ws || we < 3 || we > len(s) {
		return 0, true
	}
	t := s[we-3 : we]
	v := uint32(t[0])<<16 | uint32(t[1])<<8 | uint32(t[2])
	if !IsHangul3(v) {
		return 0, true
	}
	return p.endMaskSyllables(s, ws, we, Hangul3(v)), true
}

// EndMaskWord is EndMask for a word s[ws:we] (ws < we, its runes whole)
// whose last rune is last: the decoding of the last rune saved, for the
// caller that has it at hand.
func (p *Particles) EndMaskWord(s string, ws, we int, last rune) (uint64, bool) {
	if p == nil || p.maxLen > 63 || !p.syllables || !IsHangul(last) || we > len(s) {
		return p.EndMask(s, ws, we)
	}
	return p.endMaskSyllables(s, ws, we, last), true
}

// OfSyllables reports whether the particles are spelled with Hangul
// syllables alone and fit EndMask's bits: EndMaskSyllable may then be
// asked.
func (p *Particles) OfSyllables() bool { return p != nil && p.syllables && p.maxLen <= 63 }

// EndMaskSyllable is EndMaskWord for particles of syllables alone
// (OfSyllables) and a word s[ws:we] (we <= len(s)) that ends with the
// Hangul syllable last: a caller that tests every word of a text saves
// EndMaskWord's checks.
func (p *Particles) EndMaskSyllable(s string, ws, we int, last rune) uint64 {
	return p.endMaskSyllables(s, ws, we, last)
}

// EndMaskAfter is EndMaskSyllable for a word whose last syllable
// MayEndWith has accepted: a caller that asks MayEndWith first (inline,
// and no for most words) saves the test repeated.
func (p *Particles) EndMaskAfter(s string, ws, we int, last rune) uint64 {
	return p.endMaskFrom(s, ws, we, uint(last-0xAC00))
}

// endMaskSyllables is EndMask for particles of syllables alone and a word
// s[ws:we] that ends with the syllable last.
func (p *Particles) endMaskSyllables(s string, ws, we int, last rune) uint64 {
	// the first step from lastH, and no walk at all when no particle ends
	// with the last syllable (most words)
	k := uint(last - 0xAC00)
	word := p.lastH[k>>6]
	if word&(1<<(k&63)) == 0 {
		return 0
	}
	return p.endMaskFrom(s, ws, we, k)
}

// endMaskFrom is endMaskSyllables once lastH has said yes to the last
// syllable, k from 가.
func (p *Particles) endMaskFrom(s string, ws, we int, k uint) uint64 {
	var n int32
	if p.lastIdx != nil {
		n = p.lastNode[p.lastIdx[k]]
	} else {
		n = p.lastNode[int(p.lastRank[k>>6])+bits.OnesCount64(p.lastH[k>>6]&(uint64(1)<<(k&63)-1))]
	}
	nd := &p.nodes[n]
	j := we
	var mask uint64
	if nd.val {
		mask = 1 << 3
	}
	for j -= 3; j > ws && we-j < p.maxLen && j >= 3; j -= 3 {
		t := s[j-3 : j]
		v := uint32(t[0])<<16 | uint32(t[1])<<8 | uint32(t[2])
		if !IsHangul3(v) || nd.next&(1<<syllableBit(v)) == 0 {
			break // no particle goes on with the rune before j
		}
		if n = p.step(n, Hangul3(v)); n < 0 {
			break
		}
		nd = &p.nodes[n]
		if nd.val {
			mask |= 1 << uint(we-j+3)
		}
	}
	return mask
}

// endMaskRunes is EndMask for particles that hold runes other than Hangul
// syllables: a walk that decodes each rune.
func (p *Particles) endMaskRunes(s string, ws, we int) uint64 {
	var mask uint64
	n := int32(0)
	j := we
	if we-ws >= 3 {
		// a Hangul syllable at the end: the first step from lastH, and
		// no walk at all when no particle ends with it (most words)
		if r := HangulBefore(s, we); r >= 0 {
			k := uint(r - 0xAC00)
			word, bit := p.lastH[k>>6], uint64(1)<<(k&63)
			if word&bit == 0 {
				return 0
			}
			n = p.lastNode[int(p.lastRank[k>>6])+bits.OnesCount64(word&(bit-1))]
			j = we - 3
			if p.rev.hasVal(n) {
				mask = 1 << 3
			}
		}
	}
	for j > ws && we-j < p.maxLen {
		r, w := HangulBefore(s, j), 3
		if r < 0 {
			r, w = DecodeLast(s, j)
		}
		if stepped(n, r) {
			n = p.step(n, r)
		} else {
			n = p.rev.child(0, r)
		}
		if n < 0 {
			break
		}
		j -= w
		if p.rev.hasVal(n) {
			mask |= 1 << uint(we-j)
		}
	}
	return mask
}

// wordEndWithin returns the end of the word at i if it ends within limit
// bytes, else -1: a long word is not read to its end.
func wordEndWithin(s string, i, limit int) int {
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !IsWordRune(r) {
			return j
		}
		if j+n-i > limit {
			return -1
		}
		j += n
	}
	return len(s)
}

// Has reports whether s is a particle sequence.
func (p *Particles) Has(s string) bool { return p.set[s] }

// EndsWord reports whether a name may end at byte offset i of s: the word
// ends there, or the rest of the word is a particle sequence. It returns
// the particle (possibly "").
func (p *Particles) EndsWord(s string, i int) (string, bool) {
	limit := 0
	if p != nil {
		limit = p.maxLen
	}
	e := wordEndWithin(s, i, limit)
	if e < 0 {
		return "", false // the word goes on longer than any particle
	}
	if e == i {
		return "", true
	}
	rest := s[i:e]
	if p != nil && p.set[rest] {
		return rest, true
	}
	return "", false
}

// TrimEnd returns where a name found up to end should end when its last
// word carries a particle (한빛테크와 → 한빛테크): the longest particle that
// ends the word is cut, as long as at least min runes of the word remain.
func (p *Particles) TrimEnd(s string, start, end, min int) int {
	if p == nil {
		return end
	}
	best := end
	// try cuts no longer than the longest particle, keeping min runes
	for c := end; c > start && end-c < p.maxLen; {
		_, n := utf8.DecodeLastRuneInString(s[start:c])
		c -= n
		if c > start {
			if r, _ := utf8.DecodeLastRuneInString(s[:c]); !IsWordRune(r) {
				break // the cut would leave the word's start
			}
		}
		if !hasRunesBefore(s, start, c, min) {
			break
		}
		if p.set[s[c:end]] {
			best = c
		}
	}
	return best
}

// hasRunesBefore reports whether the word ending at c (not before start)
// has at least min runes.
func hasRunesBefore(s string, start, c, min int) bool {
	for ; min > 0; min-- {
		if c <= start {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(s[start:c])
		if !IsWordRune(r) {
			return false
		}
		c -= n
	}
	return true
}

// Trie maps strings to values and finds the longest keys at a position.
// Each node keeps its edges sorted by rune (a linear scan for a few, a
// binary search for many); the runes that start a key are also kept in a
// bit set, so that the check made at every position of a text (HasPrefixAt)
// costs one decode and one bit test.
type Trie[V any] struct {
	nodes []trieNode[V]
	first *runeBits // the runes r < 1<<16 that start a key
	// first64 has bit firstBit(r) set for the first rune r of every key:
	// for small tries without first, a no before the root's edges are
	// scanned
	first64 uint64
	// rootH maps a Hangul syllable (- 0xAC00) to the root's child + 1, so
	// that the first step of a walk is one load (see IndexRoot)
	rootH []int32
	// the layout of Freeze: 8 bytes a node (its edges in fe, and a flag
	// for values) rather than two slice headers, so that the walks of a
	// large trie stay in the cache
	fn []fnode
	fe []edge
	// pair has bit pairHash(a, b) set when a key starts with the runes a b,
	// and single bit a (a < 1<<16) when the rune a alone is a key: built by
	// Freeze for tries with a first set, so that HasPrefixAt turns most
	// words away before a walk (a first syllable starts many keys, a first
	// two rarely)
	pair      []uint64
	pairShift uint32 // pairHash(a, b) >> pairShift is the bit of a b
	single    *runeBits
	// single64 has bit r&63 set for each rune r of single (0 for none): the
	// one-rune keys are few, and most runes are turned away here before
	// single's 8 KB are read
	single64 uint64
}

// runeBits is a set of runes below 1<<16, one bit each.
type runeBits [1 << 16 / 64]uint64

// has reports whether r, below 1<<16, is in the set.
func (b *runeBits) has(r rune) bool { return b[uint16(r)>>6]&(1<<(uint(r)&63)) != 0 }

// add puts r, below 1<<16, in the set.
func (b *runeBits) add(r rune) { b[uint16(r)>>6] |= 1 << (uint(r) & 63) }

// maxPairBits bounds the size of Trie.pair: 16 KB, a false positive rate
// of a few percent for the 20,000 keys of the gazetteer. A trie with fewer
// pairs of first runes takes about 32 bits a pair, so that the filters of
// the dozen tries asked at every word stay in the cache together.
const maxPairBits = 17

func pairHash(a, b rune) uint32 {
	return uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77
}

// fnode is a node of a frozen trie: its edges are fe[e0:e0+n&^hasVals].
type fnode struct{ e0, n uint32 }

const hasVals = 1 << 31

type trieNode[V any] struct {
	edges []edge
	vals  []V
}

type edge struct {
	r  rune
	to int32
}

// NewTrie returns an empty trie.
func NewTrie[V any]() *Trie[V] { return &Trie[V]{nodes: make([]trieNode[V], 1)} }

// child returns the node reached from n by r, or -1.
func (t *Trie[V]) child(n int32, r rune) int32 {
	if n == 0 && t.rootH != nil && IsHangul(r) {
		return t.rootH[r-0xAC00] - 1
	}
	var es []edge
	if t.fn != nil {
		f := t.fn[n]
		es = t.fe[f.e0 : f.e0+f.n&^hasVals]
	} else {
		es = t.nodes[n].edges
	}
	return findEdge(es, r)
}

// next steps from node n by the rune at byte offset j of s: it returns
// the node reached (-1 for none) and the rune's width. A Hangul syllable
// is decoded inline, and from the root looked up in rootH.
func (t *Trie[V]) next(n int32, s string, j int) (int32, int) {
	r, w := HangulAt(s, j), 3
	if r < 0 {
		r, w = decode(s, j)
	} else if n == 0 && t.rootH != nil {
		return t.rootH[r-0xAC00] - 1, 3
	}
	return t.child(n, r), w
}

// prev is next for a trie of reversed keys: the step by the rune that
// ends at byte offset j of s.
func (t *Trie[V]) prev(n int32, s string, j int) (int32, int) {
	r, w := HangulBefore(s, j), 3
	if r < 0 {
		r, w = DecodeLast(s, j)
	} else if n == 0 && t.rootH != nil {
		return t.rootH[r-0xAC00] - 1, 3
	}
	return t.child(n, r), w
}

// Add stores v under key s. Several values may share a key.
func (t *Trie[V]) Add(s string, v V) {
	if s == "" {
		return
	}
	t.fn, t.fe = nil, nil // a frozen layout no longer holds
	t.pair, t.single, t.single64 = nil, nil, 0
	n := int32(0)
	for k, r := range s {
		if k == 0 {
			t.markFirst(r)
		}
		nx := t.child(n, r)
		if nx < 0 {
			if len(t.nodes) < cap(t.nodes) {
				// a node left by Reset: its slices are empty, their memory kept
				t.nodes = t.nodes[:len(t.nodes)+1]
			} else {
				t.nodes = append(t.nodes, trieNode[V]{})
			}
			nx = int32(len(t.nodes) - 1)
			es := t.nodes[n].edges
			k := 0
			for k < len(es) && es[k].r < r {
				k++
			}
			es = append(es, edge{})
			copy(es[k+1:], es[k:])
			es[k] = edge{r: r, to: nx}
			t.nodes[n].edges = es
			if n == 0 && t.rootH != nil && IsHangul(r) {
				t.rootH[r-0xAC00] = nx + 1
			}
		}
		n = nx
	}
	t.nodes[n].vals = append(t.nodes[n].vals, v)
}

// markFirst records that a key starts with r. Small tries (a few first
// runes) do without the bit set: the root's edges are scanned instead.
func (t *Trie[V]) markFirst(r rune) {
	t.first64 |= 1 << firstBit(r)
	if r >= 1<<16 {
		return
	}
	if t.first == nil {
		if len(t.nodes[0].edges) < 16 {
			return
		}
		t.first = new(runeBits)
		for _, e := range t.nodes[0].edges {
			if e.r < 1<<16 {
				t.first.add(e.r)
			}
		}
	}
	t.first.add(r)
}

// Reset empties the trie and keeps its memory for the keys added next, for
// a trie built anew for every text.
func (t *Trie[V]) Reset() {
	t.fn, t.fe = nil, nil
	t.pair, t.single, t.single64 = nil, nil, 0
	// the nodes past len were emptied by the last Reset (or never used):
	// only the used ones need it, not the whole capacity a long text left
	for i := range t.nodes {
		n := &t.nodes[i]
		clear(n.vals) // let go of the values
		n.edges, n.vals = n.edges[:0], n.vals[:0]
	}
	t.nodes = t.nodes[:1]
	t.first64 = 0
	if t.first != nil {
		*t.first = runeBits{}
	}
	if t.rootH != nil {
		clear(t.rootH)
	}
}

// firstBit hashes a rune to one of 64 bits.
func firstBit(r rune) uint { return uint(uint32(r)*0x9E3779B1) >> 26 }

// IndexRoot makes the first step of every look-up from a Hangul syllable
// a table look-up, at the cost of 44 KB: for large tries built once and
// searched at every word of every text.
func (t *Trie[V]) IndexRoot() {
	if t.rootH != nil {
		return
	}
	t.rootH = make([]int32, 0xD7A4-0xAC00)
	for _, e := range t.nodes[0].edges {
		if IsHangul(e.r) {
			t.rootH[e.r-0xAC00] = e.to + 1
		}
	}
}

// Freeze lays a trie that is built once and searched often out for its
// look-ups: the nodes in depth-first order, so that a walk down a key
// reads memory that is mostly adjacent, their edges and values in two
// arrays, and the root indexed (IndexRoot). Keys may still be added after.
func (t *Trie[V]) Freeze() {
	old := t.nodes
	newID := make([]int32, len(old))
	order := make([]int32, 0, len(old))
	stack := []int32{0}
	nEdges, nVals := 0, 0
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		newID[n] = int32(len(order))
		order = append(order, n)
		es := old[n].edges
		nEdges += len(es)
		nVals += len(old[n].vals)
		for k := len(es) - 1; k >= 0; k-- {
			stack = append(stack, es[k].to)
		}
	}
	edges := make([]edge, 0, nEdges)
	vals := make([]V, 0, nVals)
	nodes := make([]trieNode[V], len(order))
	fn := make([]fnode, len(order))
	for ni, on := range order {
		e0 := len(edges)
		fn[ni] = fnode{e0: uint32(e0), n: uint32(len(old[on].edges))}
		if len(old[on].vals) > 0 {
			fn[ni].n |= hasVals
		}
		for _, e := range old[on].edges {
			edges = append(edges, edge{r: e.r, to: newID[e.to]})
		}
		v0 := len(vals)
		vals = append(vals, old[on].vals...)
		// full slice expressions: an Add after Freeze reallocates rather
		// than writing over the next node's edges or values
		nodes[ni].edges = edges[e0:len(edges):len(edges)]
		nodes[ni].vals = vals[v0:len(vals):len(vals)]
	}
	t.nodes = nodes
	t.rootH = nil
	t.IndexRoot()
	if len(edges) < hasVals {
		t.fn, t.fe = fn, edges
	}
	t.buildPairs()
}

// buildPairs fills pair and single (see Trie) when the trie has a first
// set and every one-rune key is below 1<<16.
func (t *Trie[V]) buildPairs() {
	t.pair, t.single, t.single64 = nil, nil, 0
	if t.first == nil {
		return
	}
	pairs := 0
	for _, e1 := range t.nodes[0].edges {
		pairs += len(t.nodes[e1.to].edges)
	}
	bits := uint32(6) // at least one uint64
	for 1<<bits < 32*pairs && bits < maxPairBits {
		bits++
	}
	pair := make([]uint64, 1<<(bits-6))
	shift := 32 - bits
	var single *runeBits
	for _, e1 := range t.nodes[0].edges {
		n1 := &t.nodes[e1.to]
		if len(n1.vals) > 0 {
			if e1.r >= 1<<16 {
				return
			}
			if single == nil {
				single = new(runeBits)
			}
			single.add(e1.r)
		}
		for _, e2 := range n1.edges {
			h := pairHash(e1.r, e2.r) >> shift
			pair[h>>6] |= 1 << (h & 63)
		}
	}
	t.pair, t.pairShift, t.single = pair, shift, single
	if single != nil {
		for _, w := range single {
			t.single64 |= w
		}
	}
}

// hasSingle reports whether the rune r (below 1<<16) alone is a key, from
// single64 first.
func (t *Trie[V]) hasSingle(r rune) bool {
	return t.single64&(1<<(uint(r)&63)) != 0 && t.single.has(r)
}

// hasVal reports whether a key ends at node n.
func (t *Trie[V]) hasVal(n int32) bool {
	if t.fn != nil {
		return t.fn[n].n&hasVals != 0
	}
	return len(t.nodes[n].vals) > 0
}

// Len is the number of nodes, a measure of the trie's size.
func (t *Trie[V]) Len() int { return len(t.nodes) }

// Match is a key found in the text.
type Match[V any] struct {
	End  int // byte offset after the key
	Vals []V
}

// PrefixesAt returns every key that starts at byte offset i of s, longest
// first. buf is reused when it has capacity.
func (t *Trie[V]) PrefixesAt(s string, i int, buf []Match[V]) []Match[V] {
	out := buf[:0]
	if t.fn != nil {
		// a frozen trie: the walk inline, each node read once for its
		// values and its edges, and no rune decoded after a leaf
		fn, fe := t.fn, t.fe
		n, f := int32(0), fn[0]
		for j := i; j < len(s) && f.n&^hasVals != 0; {
			r, w := HangulAt(s, j), 3
			if r >= 0 && n == 0 {
				n = t.rootH[r-0xAC00] - 1
			} else {
				if r < 0 {
					r, w = decode(s, j)
				}
				n = findEdge(fe[f.e0:f.e0+f.n&^hasVals], r)
			}
			if n < 0 {
				break
			}
			j += w
			if f = fn[n]; f.n&hasVals != 0 {
				out = append(out, Match[V]{End: j, Vals: t.nodes[n].vals})
			}
		}
	} else {
		n := int32(0)
		for j := i; j < len(s); {
			var w int
			if n, w = t.next(n, s, j); n < 0 {
				break
			}
			j += w
			if t.hasVal(n) {
				out = append(out, Match[V]{End: j, Vals: t.nodes[n].vals})
			}
		}
	}
	// keys were found shortest first: reverse for longest first
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// findEdge returns the node the edge by r of es (sorted by rune) goes to,
// or -1.
func findEdge(es []edge, r rune) int32 {
	if len(es) <= 8 {
		for _, e := range es {
			if e.r == r {
				return e.to
			}
		}
		return -1
	}
	// binary search without a branch to mispredict: the last edge <= r.
	// The step is a mask (-1 when es[lo+half].r <= r): the compiler keeps
	// an if in a loop a branch
	lo, cnt := 0, len(es)
	for cnt > 1 {
		half := cnt >> 1
		lo += half & int((int64(es[lo+half].r)-int64(r)-1)>>63)
		cnt -= half
	}
	if es[lo].r == r {
		return es[lo].to
	}
	return -1
}

// EachPrefix calls f for every key that starts at byte offset i of s,
// longest first, until f returns false. It allocates nothing.
func (t *Trie[V]) EachPrefix(s string, i int, f func(end int, vals []V) bool) {
	var ends [24]int32
	var nodes [24]int32
	k := 0
	n := int32(0)
	for j := i; j < len(s) && k < len(ends); {
		var w int
		if n, w = t.next(n, s, j); n < 0 {
			break
		}
		j += w
		if t.hasVal(n) {
			ends[k], nodes[k] = int32(j), n
			k++
		}
	}
	for k--; k >= 0; k-- {
		if !f(int(ends[k]), t.nodes[nodes[k]].vals) {
			return
		}
	}
}

// LongestAt returns the end and values of the longest key starting at i.
func (t *Trie[V]) LongestAt(s string, i int) (int, []V, bool) {
	n := int32(0)
	end, last := -1, int32(-1)
	for j := i; j < len(s); {
		var w int
		if n, w = t.next(n, s, j); n < 0 {
			break
		}
		j += w
		if t.hasVal(n) {
			end, last = j, n
		}
	}
	if last < 0 {
		return 0, nil, false
	}
	return end, t.nodes[last].vals, true
}

// EachKeyBefore walks a trie of keys spelled backwards (added with their
// runes reversed) from byte offset end of s towards the start, not before
// lo, and calls f with the start of every key that ends at end, shortest
// first, until f returns false. It allocates nothing.
func (t *Trie[V]) EachKeyBefore(s string, end, lo int, f func(start int, vals []V) bool) {
	n := int32(0)
	j := end
	if end-lo >= 3 {
		// a Hangul syllable no key starts with (ends with, spelled
		// forwards): no walk; else its step, from the syllable at hand
		if r := HangulBefore(s, end); r >= 0 {
			if t.first != nil && !t.first.has(r) {
				return
			}
			if t.rootH != nil {
				n = t.rootH[r-0xAC00] - 1
			} else {
				n = t.child(0, r)
			}
			if n < 0 {
				return
			}
			j -= 3
			if t.hasVal(n) && !f(j, t.nodes[n].vals) {
				return
			}
		}
	}
	for j > lo {
		var w int
		if n, w = t.prev(n, s, j); j-w < lo || n < 0 {
			return
		}
		j -= w
		if t.hasVal(n) && !f(j, t.nodes[n].vals) {
			return
		}
	}
}

// MayKeyBefore is EachKeyBefore's first test alone: it reports false when
// no key of a trie of reversed keys can end at byte offset end of s,
// because the Hangul syllable before end starts none of them; true when
// one may.
func (t *Trie[V]) MayKeyBefore(s string, end int) bool {
	if t.first == nil {
		return true
	}
	r := HangulBefore(s, end)
	return r < 0 || t.first.has(r)
}

// MayStartWithSyllable is MayKeyBefore's test for a Hangul syllable at
// hand: false when no key starts with r (ends with it, spelled forwards).
func (t *Trie[V]) MayStartWithSyllable(r rune) bool { return t.first == nil || t.first.has(r) }

// Reverse spells s backwards, rune by rune: the form EachKeyBefore expects
// keys to be added in.
func Reverse(s string) string { return reverse(s) }

// HasPrefixAt reports whether some key may start at i, a cheap pre-check
// before a walk: false means none does; true, that one may (the first
// rune, and in a frozen large trie the first two, start a key).
func (t *Trie[V]) HasPrefixAt(s string, i int) bool {
	// two Hangul syllables, most offsets asked, decoded from one window:
	// a frozen large trie has pair, and with it first
	if t.pair != nil && uint(i) < uint(len(s)) {
		if u := s[i:]; len(u) >= 6 {
			if v := uint32(u[0])<<16 | uint32(u[1])<<8 | uint32(u[2]); IsHangul3(v) {
				r := Hangul3(v)
				if !t.first.has(r) {
					return false
				}
				if t.hasSingle(r) {
					return true
				}
				r2 := Hangul3(uint32(u[3])<<16 | uint32(u[4])<<8 | uint32(u[5]))
				if r2 < 0 {
					r2, _ = decode(s, i+3) // a space or a sign after a word of one syllable
				}
				h := pairHash(r, r2) >> t.pairShift
				return t.pair[h>>6]&(1<<(h&63)) != 0
			}
		}
	}
	return t.hasPrefixAt(s, i)
}

// MayStartWith is HasPrefixAt at an offset where the Hangul syllable a is
// followed by the rune b, for a caller that has them decoded already.
func (t *Trie[V]) MayStartWith(a, b rune) bool {
	if t.first != nil {
		if !t.first.has(a) {
			return false
		}
	} else if t.first64&(1<<firstBit(a)) == 0 || t.child(0, a) < 0 {
		return false
	}
	if t.pair == nil || t.hasSingle(a) {
		return true
	}
	h := pairHash(a, b) >> t.pairShift
	return t.pair[h>>6]&(1<<(h&63)) != 0
}

// Pairs is the filter of the first two runes of the keys of a frozen large
// trie (StartPairs), for a caller that tests many words: small enough to
// be inlined, where MayStartWith is a call.
type Pairs struct {
	single   *runeBits // the one-rune keys below 1<<16, nil for none
	single64 uint64    // Trie.single64
	bits     []uint64
	shift    uint32
}

// StartPairs returns the filter of the trie's first two runes, or nil when
// the trie has none (a small trie, or one not frozen).
func (t *Trie[V]) StartPairs() *Pairs {
	if t.pair == nil {
		return nil
	}
	return &Pairs{single: t.single, single64: t.single64, bits: t.pair, shift: t.pairShift}
}

// May reports whether a key may start with the Hangul syllable a and the
// rune b: false means that none does. It answers true a little more often
// than MayStartWith, which tests the first rune alone too.
func (p *Pairs) May(a, b rune) bool {
	if p.single64&(1<<(uint(a)&63)) != 0 && p.single.has(a) {
		return true
	}
	h := pairHash(a, b) >> p.shift
	return p.bits[h>>6]&(1<<(h&63)) != 0
}

// PairHash hashes the runes a b as the filters of Pairs do: a caller that
// tests several filters of the same two runes (MayHash) hashes them once.
func PairHash(a, b rune) uint32 { return pairHash(a, b) }

// MayHash is May for the runes a b, given their hash PairHash(a, b).
func (p *Pairs) MayHash(a rune, h uint32) bool {
	if p.single64&(1<<(uint(a)&63)) != 0 && p.single.has(a) {
		return true
	}
	h >>= p.shift & 31 // at most 26: the mask spares the shift's test
	return p.bits[h>>6]&(1<<(h&63)) != 0
}

// hasPrefixAt is HasPrefixAt for any rune.
func (t *Trie[V]) hasPrefixAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, w := decode(s, i)
	if r < 1<<16 && t.first != nil {
		if !t.first.has(r) {
			return false
		}
	} else if t.first64&(1<<firstBit(r)) == 0 || t.child(0, r) < 0 {
		return false
	}
	if t.pair == nil {
		return true
	}
	if r < 1<<16 && t.hasSingle(r) {
		return true
	}
	if i+w >= len(s) {
		return false
	}
	r2, _ := decode(s, i+w)
	h := pairHash(r, r2) >> t.pairShift
	return t.pair[h>>6]&(1<<(h&63)) != 0
}

// HangulAt returns the Hangul syllable at byte offset i of s, or -1 when
// none starts there (nor at an offset out of s): Decode's common case,
// small enough to be inlined, and without bounds checks.
func HangulAt(s string, i int) rune {
	if uint(i) >= uint(len(s)) {
		return -1
	}
	t := s[i:]
	if len(t) < 3 {
		return -1
	}
	return Hangul3(uint32(t[0])<<16 | uint32(t[1])<<8 | uint32(t[2]))
}

// HangulBefore is HangulAt for the rune that ends at byte offset i of s:
// DecodeLast's common case, inlined.
func HangulBefore(s string, i int) rune {
	if i < 3 || i > len(s) {
		return -1
	}
	t := s[i-3 : i]
	return Hangul3(uint32(t[0])<<16 | uint32(t[1])<<8 | uint32(t[2]))
}

// Hangul3 decodes three bytes (the first in bits 16-23) as a Hangul
// syllable, or returns -1: continuation bytes (10xxxxxx) after a first
// byte, the three between EA B0 80 (가) and ED 9E A3 (힣), which order as
// the runes they spell.
func Hangul3(v uint32) rune {
	if !IsHangul3(v) {
		return -1
	}
	return rune(v>>4&0xF000 | v>>2&0xFC0 | v&0x3F)
}

// IsHangul3 reports whether Hangul3(v) is a syllable, without decoding it.
func IsHangul3(v uint32) bool {
	return v&0xC0C0 == 0x8080 && v-0xEAB080 <= 0xED9EA3-0xEAB080
}

// decode is utf8.DecodeRuneInString(s[i:]) with a fast path for Hangul
// syllables (their three bytes read at once, one test), and the rest of
// utf8's decoding written here: without a call, decode needs no stack
// frame, which is most of its cost for a syllable.
func decode(s string, i int) (rune, int) {
	t := s[i:]
	c := t[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if len(t) >= 3 {
		if v := uint32(c)<<16 | uint32(t[1])<<8 | uint32(t[2]); IsHangul3(v) {
			return rune(v>>4&0xF000 | v>>2&0xFC0 | v&0x3F), 3
		}
	}
	// utf8's decoding (decodeRuneInStringSlow)
	x := utf8Lead[c]
	size := int(x & 7)
	if size == 1 || len(t) < size {
		return utf8.RuneError, 1
	}
	accept := &utf8Accept[x>>4]
	c1 := t[1]
	if c1 < accept[0] || accept[1] < c1 {
		return utf8.RuneError, 1
	}
	if size == 2 {
		return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
	}
	c2 := t[2]
	if c2 < 0x80 || 0xBF < c2 {
		return utf8.RuneError, 1
	}
	if size == 3 {
		return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
	}
	c3 := t[3]
	if c3 < 0x80 || 0xBF < c3 {
		return utf8.RuneError, 1
	}
	return rune(c&0x07)<<18 | rune(c1&0x3F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F), 4
}

// utf8Lead is utf8's table of first bytes, for the bytes of 0x80 or more:
// the size of the sequence the byte starts (1 for none) in the low bits,
// and the index in utf8Accept of the range of its second byte in the high
// four.
var utf8Lead = func() (t [256]uint8) {
	for b := 0x80; b < 0x100; b++ {
		switch {
		case b < 0xC2 || b > 0xF4:
			t[b] = 0x01
		case b < 0xE0:
			t[b] = 0x02
		case b == 0xE0:
			t[b] = 0x13
		case b == 0xED:
			t[b] = 0x23
		case b < 0xF0:
			t[b] = 0x03
		case b == 0xF0:
			t[b] = 0x34
		case b < 0xF4:
			t[b] = 0x04
		default: // 0xF4
			t[b] = 0x44
		}
	}
	return t
}()

// utf8Accept holds the ranges of second bytes of utf8Lead.
var utf8Accept = [16][2]uint8{{0x80, 0xBF}, {0xA0, 0xBF}, {0x80, 0x9F}, {0x90, 0xBF}, {0x80, 0x8F}}

// Decode returns the rune at byte offset i of s and its width, quickly for
// Hangul; i must be < len(s).
func Decode(s string, i int) (rune, int) { return decode(s, i) }

// DecodeLast returns the rune ending at byte offset i of s and its width,
// as utf8.DecodeLastRuneInString(s[:i]) does (one ASCII byte or a
// three-byte rune, most of a Korean text, without the call).
func DecodeLast(s string, i int) (rune, int) {
	if i > 0 && s[i-1] < utf8.RuneSelf {
		return rune(s[i-1]), 1
	}
	if i >= 3 {
		if c := s[i-3]; c&0xF0 == 0xE0 {
			if c1, c2 := s[i-2], s[i-1]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				if r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
					return r, 3
				}
			}
		}
	}
	// anything else, broken bytes included: not the rune starting at i-3,
	// which need not end at i
	return utf8.DecodeLastRuneInString(s[:i])
}
