// Package lex holds the text primitives kpolicy's recognizers share: a rune
// trie for longest-match dictionary look-up, word boundaries, and the
// particle (조사) table that decides where a Korean name ends.
package lex

import (
	"unicode"
	"unicode/utf8"
)

// IsHangul reports whether r is a precomposed Hangul syllable.
func IsHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// IsWordRune reports whether r continues a word: a letter or a digit.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r >= 0xAC00 && r <= 0xD7A3 { // Hangul syllables, most of the text: no table look-up
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// WordStart reports whether byte offset i of s starts a word: the rune
// before it is not a letter or digit.
func WordStart(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := DecodeLast(s, i)
	return !IsWordRune(r)
}

// WordEnd returns the byte offset where the word containing offset i ends.
func WordEnd(s string, i int) int {
	for i < len(s) {
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
	maxLen int // bytes of the longest particle sequence
}

// NewParticles builds the set from a word list.
func NewParticles(words []string) *Particles {
	p := &Particles{set: make(map[string]bool, len(words))}
	for _, w := range words {
		p.set[w] = true
		p.maxLen = max(p.maxLen, len(w))
	}
	return p
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
	first []uint64 // bit r set when a key starts with rune r < 1<<16
}

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
	es := t.nodes[n].edges
	if len(es) <= 8 {
		for _, e := range es {
			if e.r == r {
				return e.to
			}
		}
		return -1
	}
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(es) && es[lo].r == r {
		return es[lo].to
	}
	return -1
}

// Add stores v under key s. Several values may share a key.
func (t *Trie[V]) Add(s string, v V) {
	if s == "" {
		return
	}
	n := int32(0)
	for k, r := range s {
		if k == 0 {
			t.markFirst(r)
		}
		nx := t.child(n, r)
		if nx < 0 {
			t.nodes = append(t.nodes, trieNode[V]{})
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
		}
		n = nx
	}
	t.nodes[n].vals = append(t.nodes[n].vals, v)
}

// markFirst records that a key starts with r. Small tries (a few first
// runes) do without the bit set: the root's edges are scanned instead.
func (t *Trie[V]) markFirst(r rune) {
	if r >= 1<<16 {
		return
	}
	if t.first == nil {
		if len(t.nodes[0].edges) < 16 {
			return
		}
		t.first = make([]uint64, 1<<16/64)
		for _, e := range t.nodes[0].edges {
			if e.r < 1<<16 {
				t.first[e.r>>6] |= 1 << (uint(e.r) & 63)
			}
		}
	}
	t.first[r>>6] |= 1 << (uint(r) & 63)
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
	n := int32(0)
	for j := i; j < len(s); {
		r, w := decode(s, j)
		n = t.child(n, r)
		if n < 0 {
			break
		}
		j += w
		if len(t.nodes[n].vals) > 0 {
			out = append(out, Match[V]{End: j, Vals: t.nodes[n].vals})
		}
	}
	// keys were found shortest first: reverse for longest first
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// EachPrefix calls f for every key that starts at byte offset i of s,
// longest first, until f returns false. It allocates nothing.
func (t *Trie[V]) EachPrefix(s string, i int, f func(end int, vals []V) bool) {
	var ends [24]int32
	var nodes [24]int32
	k := 0
	n := int32(0)
	for j := i; j < len(s) && k < len(ends); {
		r, w := decode(s, j)
		n = t.child(n, r)
		if n < 0 {
			break
		}
		j += w
		if len(t.nodes[n].vals) > 0 {
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
		r, w := decode(s, j)
		n = t.child(n, r)
		if n < 0 {
			break
		}
		j += w
		if len(t.nodes[n].vals) > 0 {
			end, last = j, n
		}
	}
	if last < 0 {
		return 0, nil, false
	}
	return end, t.nodes[last].vals, true
}

// HasPrefixAt reports whether some key starts at i (cheap pre-check).
func (t *Trie[V]) HasPrefixAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decode(s, i)
	if r < 1<<16 && t.first != nil {
		return t.first[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return t.child(0, r) >= 0
}

// decode is utf8.DecodeRuneInString with a fast path for the three-byte
// sequences of Hangul and CJK.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Decode returns the rune at byte offset i of s and its width, quickly for
// Hangul; i must be < len(s).
func Decode(s string, i int) (rune, int) { return decode(s, i) }

// DecodeLast returns the rune ending at byte offset i of s and its width.
func DecodeLast(s string, i int) (rune, int) {
	if i >= 3 {
		c := s[i-3]
		if c&0xF0 == 0xE0 {
			return decode(s, i-3)
		}
	}
	return utf8.DecodeLastRuneInString(s[:i])
}
