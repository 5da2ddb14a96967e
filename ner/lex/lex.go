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
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !IsWordRune(r)
}

// WordEnd returns the byte offset where the word containing offset i ends.
func WordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
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
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !IsWordRune(r) {
			break
		}
		i -= n
	}
	return i
}

// Particles is a set of particle sequences that may follow a name.
type Particles struct{ set map[string]bool }

// NewParticles builds the set from a word list.
func NewParticles(words []string) *Particles {
	p := &Particles{set: make(map[string]bool, len(words))}
	for _, w := range words {
		p.set[w] = true
	}
	return p
}

// Has reports whether s is a particle sequence.
func (p *Particles) Has(s string) bool { return p.set[s] }

// EndsWord reports whether a name may end at byte offset i of s: the word
// ends there, or the rest of the word is a particle sequence. It returns
// the particle (possibly "").
func (p *Particles) EndsWord(s string, i int) (string, bool) {
	e := WordEnd(s, i)
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
	ws := WordStartBefore(s, end)
	if ws < start {
		ws = start
	}
	best := end
	for c := end; c > ws; {
		_, n := utf8.DecodeLastRuneInString(s[ws:c])
		c -= n
		if utf8.RuneCountInString(s[ws:c]) < min {
			break
		}
		if p.set[s[c:end]] {
			best = c
		}
	}
	return best
}

// Trie maps strings to values and finds the longest keys at a position.
type Trie[V any] struct {
	nodes []trieNode[V]
}

type trieNode[V any] struct {
	next map[rune]int32
	vals []V
}

// NewTrie returns an empty trie.
func NewTrie[V any]() *Trie[V] { return &Trie[V]{nodes: make([]trieNode[V], 1)} }

// Add stores v under key s. Several values may share a key.
func (t *Trie[V]) Add(s string, v V) {
	n := int32(0)
	for _, r := range s {
		nx, ok := t.nodes[n].next[r]
		if !ok {
			if t.nodes[n].next == nil {
				t.nodes[n].next = map[rune]int32{}
			}
			t.nodes = append(t.nodes, trieNode[V]{})
			nx = int32(len(t.nodes) - 1)
			t.nodes[n].next[r] = nx
		}
		n = nx
	}
	t.nodes[n].vals = append(t.nodes[n].vals, v)
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
		r, w := utf8.DecodeRuneInString(s[j:])
		nx, ok := t.nodes[n].next[r]
		if !ok {
			break
		}
		n = nx
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

// HasPrefixAt reports whether some key starts at i (cheap pre-check).
func (t *Trie[V]) HasPrefixAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	_, ok := t.nodes[0].next[r]
	return ok
}
