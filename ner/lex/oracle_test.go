package lex

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The walks before their inline Hangul steps (next, prev) and the fast
// path of HasPrefixAt, kept as oracles.

func (t *Trie[V]) oldPrefixesAt(s string, i int) []Match[V] {
	var out []Match[V]
	n := int32(0)
	for j := i; j < len(s); {
		r, w := decode(s, j)
		n = t.child(n, r)
		if n < 0 {
			break
		}
		j += w
		if t.hasVal(n) {
			out = append(out, Match[V]{End: j, Vals: t.nodes[n].vals})
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func (t *Trie[V]) oldEachKeyBefore(s string, end, lo int, f func(start int, vals []V) bool) {
	if t.first != nil && end-lo >= 3 {
		if c := s[end-3]; c >= 0xEA && c <= 0xED && s[end-2]&0xC0 == 0x80 && s[end-1]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(s[end-2]&0x3F)<<6 | rune(s[end-1]&0x3F); IsHangul(r) && !t.first.has(r) {
				return
			}
		}
	}
	n := int32(0)
	for j := end; j > lo; {
		r, w := DecodeLast(s, j)
		if j-w < lo {
			return
		}
		n = t.child(n, r)
		if n < 0 {
			return
		}
		j -= w
		if t.hasVal(n) && !f(j, t.nodes[n].vals) {
			return
		}
	}
}

func oldWordStart(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := DecodeLast(s, i)
	return !IsWordRune(r)
}

func oldWordEnd(s string, i int) int {
	for i < len(s) {
		r, n := decode(s, i)
		if !IsWordRune(r) {
			break
		}
		i += n
	}
	return i
}

func oldWordStartBefore(s string, i int) int {
	for i > 0 {
		r, n := DecodeLast(s, i)
		if !IsWordRune(r) {
			break
		}
		i -= n
	}
	return i
}

func (t *Trie[V]) oldMayKeyBefore(s string, end int) bool {
	if t.first == nil || end < 3 {
		return true
	}
	c, c1, c2 := s[end-3], s[end-2], s[end-1]
	if c < 0xEA || c > 0xED || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
		return true
	}
	r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
	return !IsHangul(r) || t.first.has(r)
}

func (p *Particles) oldEndMask(s string, ws, we int) uint64 {
	var mask uint64
	n := int32(0)
	j := we
	if we-ws >= 3 {
		if c := s[we-3]; c >= 0xEA && c <= 0xED && s[we-2]&0xC0 == 0x80 && s[we-1]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(s[we-2]&0x3F)<<6 | rune(s[we-1]&0x3F); IsHangul(r) {
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
	}
	for j > ws && we-j < p.maxLen {
		r, w := DecodeLast(s, j)
		n = p.rev.child(n, r)
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

// TestIsWordRune compares IsWordRune with the Unicode tables on every rune
// of the first planes and a few out of range.
func TestIsWordRune(t *testing.T) {
	for r := rune(-2); r < 0x30000; r++ {
		want := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if got := IsWordRune(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v; want %v", r, got, want)
		}
	}
}

// fuzzPieces are the runes and bytes the random keys and texts are made of:
// syllables (a few, so that keys match), Latin, a CJK rune, punctuation and
// broken UTF-8.
var fuzzPieces = []string{"가", "나", "다", "부", "장", "관", "의", "에", "서", "는", "국", "힣",
	"A", "b", "1", " ", ",", "(", "주", ")", "㈜", "美", "\xea\xb0", "\x80", "\xed\x9f\xbf", "\xed\xa0\x80"}

func fuzzString(rng *rand.Rand, max int) string {
	s := ""
	for n := rng.IntN(max + 1); n > 0; n-- {
		s += fuzzPieces[rng.IntN(len(fuzzPieces))]
	}
	return s
}

// FuzzTrieWalks compares the walks and filters of small and large, frozen
// and not, tries with the oracles on random keys and texts.
func FuzzTrieWalks(f *testing.F) {
	f.Add(uint64(1), 5)
	f.Add(uint64(7), 60)
	f.Fuzz(func(t *testing.T, seed uint64, nkeys int) {
		rng := rand.New(rand.NewPCG(seed, 3))
		nkeys = nkeys%80 + 1
		fw, rev := NewTrie[int](), NewTrie[int]()
		var parts []string
		for k := 0; k < nkeys; k++ {
			key := fuzzString(rng, 4)
			fw.Add(key, k)
			rev.Add(Reverse(key), k)
			if key != "" && len(key) < 12 {
				parts = append(parts, key)
			}
		}
		if rng.IntN(2) == 0 {
			fw.Freeze()
			rev.Freeze()
		}
		p := NewParticles(parts)
		// particles of syllables alone, as Korean's are: EndMask's walk by
		// three bytes
		var sylParts []string
		for _, w := range parts {
			if strings.IndexFunc(w, func(c rune) bool { return !IsHangul(c) }) < 0 {
				sylParts = append(sylParts, w)
			}
		}
		ps := NewParticles(sylParts)
		if !ps.syllables {
			t.Fatalf("particles %q: not syllables alone", sylParts)
		}
		text := fuzzString(rng, 30)
		for i := 0; i <= len(text); i++ {
			if i < len(text) {
				if got, want := fmt.Sprint(fw.PrefixesAt(text, i, nil)), fmt.Sprint(fw.oldPrefixesAt(text, i)); got != want {
					t.Fatalf("PrefixesAt(%q, %d) = %s; want %s", text, i, got, want)
				}
				if got, want := fw.HasPrefixAt(text, i), fw.hasPrefixAt(text, i); got != want {
					t.Fatalf("HasPrefixAt(%q, %d) = %v; want %v", text, i, got, want)
				}
				if a, b := HangulAt(text, i), rune(-1); a >= 0 && i+3 < len(text) {
					if b, _ = decode(text, i+3); fw.MayStartWith(a, b) != fw.hasPrefixAt(text, i) {
						t.Fatalf("MayStartWith at %q, %d = %v", text, i, fw.MayStartWith(a, b))
					}
				}
				if a, b := HangulAt(text, i), HangulAt(text, i+3); a >= 0 && b >= 0 && fw.MayStartWith(a, b) != fw.hasPrefixAt(text, i) {
					t.Fatalf("MayStartWith at %q, %d = %v", text, i, fw.MayStartWith(a, b))
				}
				if p, a := fw.StartPairs(), HangulAt(text, i); p != nil && a >= 0 && i+3 < len(text) {
					if b, _ := decode(text, i+3); fw.MayStartWith(a, b) && !p.May(a, b) {
						t.Fatalf("Pairs.May at %q, %d = false", text, i)
					}
				}
				if fw.HasPrefixAt(text, i) == false && len(fw.oldPrefixesAt(text, i)) > 0 {
					t.Fatalf("HasPrefixAt(%q, %d) = false before a key", text, i)
				}
				e, v, ok := fw.LongestAt(text, i)
				var le int
				var lv []int
				if ms := fw.oldPrefixesAt(text, i); len(ms) > 0 {
					le, lv = ms[0].End, ms[0].Vals
				}
				if fmt.Sprint(e, v, ok) != fmt.Sprint(le, lv, len(lv) > 0) {
					t.Fatalf("LongestAt(%q, %d) = %d %v; want %d %v", text, i, e, v, le, lv)
				}
			}
			if i <= len(text) {
				if got, want := WordStart(text, i), oldWordStart(text, i); got != want {
					t.Fatalf("WordStart(%q, %d) = %v; want %v", text, i, got, want)
				}
				if got, want := WordEnd(text, i), oldWordEnd(text, i); got != want {
					t.Fatalf("WordEnd(%q, %d) = %v; want %v", text, i, got, want)
				}
				if got, want := WordStartBefore(text, i), oldWordStartBefore(text, i); got != want {
					t.Fatalf("WordStartBefore(%q, %d) = %v; want %v", text, i, got, want)
				}
			}
			if c := HangulBefore(text, i); c >= 0 && rev.MayStartWithSyllable(c) != rev.oldMayKeyBefore(text, i) {
				t.Fatalf("MayStartWithSyllable(%q, %d) = %v", text, i, rev.MayStartWithSyllable(c))
			}
			if got, want := rev.MayKeyBefore(text, i), rev.oldMayKeyBefore(text, i); got != want {
				t.Fatalf("MayKeyBefore(%q, %d) = %v; want %v", text, i, got, want)
			}
			for lo := 0; lo <= i; lo++ {
				var got, want []int
				rev.EachKeyBefore(text, i, lo, func(s int, vals []int) bool {
					got = append(got, s, len(vals))
					return len(got) < 6
				})
				rev.oldEachKeyBefore(text, i, lo, func(s int, vals []int) bool {
					want = append(want, s, len(vals))
					return len(want) < 6
				})
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("EachKeyBefore(%q, %d, %d) = %v; want %v", text, i, lo, got, want)
				}
				if m, ok := p.EndMask(text, lo, i); ok && m != p.oldEndMask(text, lo, i) {
					t.Fatalf("EndMask(%q, %d, %d) = %b; want %b", text, lo, i, m, p.oldEndMask(text, lo, i))
				}
				if m, ok := ps.EndMask(text, lo, i); ok && m != ps.oldEndMask(text, lo, i) {
					t.Fatalf("EndMask(%q, %d, %d) of %q = %b; want %b", text, lo, i, sylParts, m, ps.oldEndMask(text, lo, i))
				}
				if lo < i {
					last, _ := DecodeLast(text, i)
					for _, pp := range []*Particles{p, ps} {
						m, ok := pp.EndMaskWord(text, lo, i, last)
						if wm, wok := pp.EndMask(text, lo, i); m != wm || ok != wok {
							t.Fatalf("EndMaskWord(%q, %d, %d, %q) = %b; want %b", text, lo, i, last, m, wm)
						}
						if pp.OfSyllables() && IsHangul(last) {
							if m, wm := pp.EndMaskSyllable(text, lo, i, last), pp.oldEndMask(text, lo, i); m != wm {
								t.Fatalf("EndMaskSyllable(%q, %d, %d, %q) = %b; want %b", text, lo, i, last, m, wm)
							}
							if pp.MayEndWith(last) {
								if m, wm := pp.EndMaskAfter(text, lo, i, last), pp.oldEndMask(text, lo, i); m != wm {
									t.Fatalf("EndMaskAfter(%q, %d, %d, %q) = %b; want %b", text, lo, i, last, m, wm)
								}
							} else if m := pp.oldEndMask(text, lo, i); m != 0 {
								t.Fatalf("MayEndWith(%q) = false, but the mask of %q is %b", last, text[lo:i], m)
							}
						}
					}
				}
			}
		}
	})
}

// FuzzDecodeLast: DecodeLast is utf8.DecodeLastRuneInString(s[:i]) at
// every offset, broken bytes included.
func FuzzDecodeLast(f *testing.F) {
	for _, s := range []string{"", "a", "했다", "가\xed\xa0\x80", "\xe0\x80\x80", "x\xea\xb0", "𝔘", "다.”", "\xe0AB", "\xeaAB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			r, n := DecodeLast(s, i)
			if wr, wn := utf8.DecodeLastRuneInString(s[:i]); r != wr || n != wn {
				t.Fatalf("DecodeLast(%q, %d) = %q, %d, want %q, %d", s, i, r, n, wr, wn)
			}
		}
	})
}
