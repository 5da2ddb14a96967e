// Package matcher runs kpolicy's regular-expression rules (regexp2, with a
// match timeout) in small windows around literal anchors, so that a rule
// costs time only where its anchor occurs, never over whole documents.
package matcher

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// Matcher applies a set of patterns. It is immutable after New and safe
// for concurrent use (regexp2 values are).
type Matcher struct {
	pats    []compiled
	anchors *lex.Trie[anchor]
	// lead[b] is set when an anchor starts with byte b: the scan for
	// anchors skips every other byte without decoding it
	lead  [256]bool
	leads []byte // the bytes of lead, in order
}

type compiled struct {
	p      rules.Pattern
	re     *regexp2.Regexp
	before int
	after  int
	rule   string // "pattern:" and the id
}

type anchor struct {
	pat int
}

// New compiles the patterns. Disabled patterns are skipped.
func New(ps []rules.Pattern) (*Matcher, error) {
	m := &Matcher{anchors: lex.NewTrie[anchor]()}
	for _, p := range ps {
		if p.Disabled {
			continue
		}
		re, err := rules.CompilePattern(p.Regex)
		if err != nil {
			return nil, &rules.Error{Pos: p.Pos, Msg: "pattern " + p.ID + ": " + err.Error()}
		}
		c := compiled{p: p, re: re, before: p.Before, after: p.After, rule: "pattern:" + p.ID}
		if c.before == 0 {
			c.before = 30
		}
		if c.after == 0 {
			c.after = 10
		}
		m.pats = append(m.pats, c)
		for _, a := range p.Anchors {
			m.anchors.Add(a, anchor{pat: len(m.pats) - 1})
			if a != "" && !m.lead[a[0]] {
				m.lead[a[0]] = true
				m.leads = append(m.leads, a[0])
			}
		}
	}
	m.anchors.Freeze()
	return m, nil
}

// Len is the number of active patterns.
func (m *Matcher) Len() int { return len(m.pats) }

// Find returns the mentions the patterns produce in text (byte offsets),
// possibly overlapping; the caller resolves overlaps.
func (m *Matcher) Find(text string) []ner.Mention { return m.AppendFind(nil, text) }

// AppendFind is Find appending to dst, for a caller that keeps a buffer.
func (m *Matcher) AppendFind(dst []ner.Mention, text string) []ner.Mention {
	if len(m.pats) == 0 {
		return dst
	}
	out := dst
	var sc *scratch
	var buf []lex.Match[anchor]
	var offs []int
	// An anchor starts at a byte that starts a character (never a UTF-8
	// continuation byte), so looking at the bytes an anchor can start
	// with visits the same offsets as a walk over the characters.
	for i := m.nextLead(text, 0); i < len(text); i = m.nextLead(text, i+1) {
		if !m.anchors.HasPrefixAt(text, i) {
			continue
		}
		if sc == nil {
			sc = scratchPool.Get().(*scratch)
			clear(sc.seen)
			clear(sc.dead)
			buf, offs = sc.buf, sc.offs
		}
		buf = m.anchors.PrefixesAt(text, i, buf)
		for _, a := range buf {
			for _, v := range a.Vals {
				if sc.dead[v.pat] {
					continue
				}
				var timedOut bool
				out, offs, timedOut = m.apply(text, v.pat, i, a.End, out, sc.seen, offs)
				if timedOut {
					sc.dead[v.pat] = true // one timeout: skip the pattern for the rest of the text
				}
			}
		}
	}
	if sc != nil {
		clear(buf)
		sc.buf, sc.offs = buf[:0], offs[:0]
		scratchPool.Put(sc)
	}
	return out
}

// scratch holds what Find needs while it runs, kept from one text to the
// next: the anchors found at an offset, the windows' rune offsets, the
// matches already given and the patterns that timed out.
type scratch struct {
	buf  []lex.Match[anchor]
	offs []int
	seen map[[3]int]bool
	dead map[int]bool
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{seen: map[[3]int]bool{}, dead: map[int]bool{}}
}}

// nextLead returns the first offset from i on where an anchor may start
// (len(text) when none): strings.IndexByte for a few lead bytes, else a
// look at every byte.
func (m *Matcher) nextLead(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	if len(m.leads) <= 3 {
		best := len(text)
		for _, b := range m.leads {
			if k := strings.IndexByte(text[i:best], b); k >= 0 {
				best = i + k
			}
		}
		return best
	}
	for ; i < len(text); i++ {
		if m.lead[text[i]] {
			return i
		}
	}
	return i
}

// apply runs pattern k in the window around the anchor [as,ae). It
// reports whether the pattern hit its match timeout.
func (m *Matcher) apply(text string, k, as, ae int, out []ner.Mention, seen map[[3]int]bool, offs []int) ([]ner.Mention, []int, bool) {
	c := &m.pats[k]
	ws := back(text, as, c.before)
	we := forward(text, ae, c.after)
	window := text[ws:we]
	// regexp2 reports rune indices: map them to bytes once per window
	offs = runeOffsets(window, offs[:0])
	match, err := c.re.FindStringMatch(window)
	for err == nil && match != nil {
		s, e := match.Index, match.Index+match.Length
		if ws+offs[s] <= as && ws+offs[e] >= ae { // the match holds the anchor
			gs, ge := s, e
			if g := match.GroupByName("name"); g != nil && len(g.Captures) > 0 {
				gs, ge = g.Index, g.Index+g.Length
			}
			if ge > gs {
				bs, be := ws+offs[gs], ws+offs[ge]
				key := [3]int{k, bs, be}
				if !seen[key] {
					seen[key] = true
					mt := ner.Mention{Start: bs, End: be, Label: ner.Label(c.p.Label), Text: text[bs:be],
						Name: text[bs:be], Rule: c.rule, Priority: c.p.Priority, Role: c.p.Role}
					if g := match.GroupByName("role"); g != nil && len(g.Captures) > 0 {
						mt.Role = g.String()
					}
					out = append(out, mt)
				}
			}
		}
		match, err = c.re.FindNextMatch(match)
	}
	return out, offs, err != nil
}

// runeOffsets appends the byte offset of every rune of s, as a range
// over s gives them, then len(s). Valid UTF-8 (nearly always) is read by
// its lead bytes without decoding.
func runeOffsets(s string, offs []int) []int {
	if !utf8.ValidString(s) {
		for b := range s {
			offs = append(offs, b)
		}
		return append(offs, len(s))
	}
	for b := 0; b < len(s); b++ {
		if s[b]&0xC0 != 0x80 {
			offs = append(offs, b)
		}
	}
	return append(offs, len(s))
}

// back returns the offset n runes before i, not crossing a line break.
func back(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if r == '\n' {
			break
		}
		i -= w
	}
	return i
}

// forward returns the offset n runes after i, not crossing a line break.
func forward(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			break
		}
		i += w
	}
	return i
}
