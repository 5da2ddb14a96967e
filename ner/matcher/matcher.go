// Package matcher runs kpolicy's regular-expression rules (regexp2, with a
// match timeout) in small windows around literal anchors, so that a rule
// costs time only where its anchor occurs, never over whole documents.
package matcher

import (
	"strings"
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
		c := compiled{p: p, re: re, before: p.Before, after: p.After}
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
func (m *Matcher) Find(text string) []ner.Mention {
	if len(m.pats) == 0 {
		return nil
	}
	var out []ner.Mention
	var seen map[[3]int]bool
	var dead map[int]bool // patterns that timed out in this text
	var buf []lex.Match[anchor]
	var offs []int
	// An anchor starts at a byte that starts a character (never a UTF-8
	// continuation byte), so looking at the bytes an anchor can start
	// with visits the same offsets as a walk over the characters.
	for i := m.nextLead(text, 0); i < len(text); i = m.nextLead(text, i+1) {
		if !m.anchors.HasPrefixAt(text, i) {
			continue
		}
		if seen == nil {
			seen, dead = map[[3]int]bool{}, map[int]bool{}
		}
		buf = m.anchors.PrefixesAt(text, i, buf)
		for _, a := range buf {
			for _, v := range a.Vals {
				if dead[v.pat] {
					continue
				}
				var timedOut bool
				out, offs, timedOut = m.apply(text, v.pat, i, a.End, out, seen, offs)
				if timedOut {
					dead[v.pat] = true // one timeout: skip the pattern for the rest of the text
				}
			}
		}
	}
	return out
}

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
	offs = offs[:0]
	for b := range window {
		offs = append(offs, b)
	}
	offs = append(offs, len(window))
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
						Name: text[bs:be], Rule: "pattern:" + c.p.ID, Priority: c.p.Priority, Role: c.p.Role}
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
