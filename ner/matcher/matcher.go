// Package matcher runs kpolicy's regular-expression rules (regexp2, with a
// match timeout) in small windows around literal anchors, so that a rule
// costs time only where its anchor occurs, never over whole documents.
package matcher

import (
	"slices"
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
	// few holds the anchors when they are few: a test of each at an
	// offset with a lead byte is cheaper than the trie's walk, which
	// most such offsets (every '(') leave with no anchor
	few []string
}

type compiled struct {
	p      rules.Pattern
	re     *regexp2.Regexp
	before int
	after  int
	rule   string // "pattern:" and the id
	// the numbers of the groups named name and role, -1 when none
	name, role int
	// where the pattern's matches may start, when the regex lets that
	// be known (nil: the regex runs over its whole window)
	starts *starts
}

type anchor struct {
	pat int
	// never is set when no match of the pattern can hold the anchor: its
	// regex consumes none of some character of the anchor
	never bool
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
		c := compiled{p: p, re: re, before: p.Before, after: p.After, rule: "pattern:" + p.ID,
			name: re.GroupNumberFromName("name"), role: re.GroupNumberFromName("role"),
			starts: newStarts(p.Regex, re)}
		if c.before == 0 {
			c.before = 30
		}
		if c.after == 0 {
			c.after = 10
		}
		m.pats = append(m.pats, c)
		for _, a := range p.Anchors {
			never := c.starts != nil && utf8.ValidString(a) && !c.starts.holds(a)
			m.anchors.Add(a, anchor{pat: len(m.pats) - 1, never: never})
			if !slices.Contains(m.few, a) {
				m.few = append(m.few, a)
			}
			if a != "" && !m.lead[a[0]] {
				m.lead[a[0]] = true
				m.leads = append(m.leads, a[0])
			}
		}
	}
	m.anchors.Freeze()
	if len(m.few) > maxFew || slices.Contains(m.few, "") {
		m.few = nil // many, or an empty one (the rules reject it): the trie
	}
	return m, nil
}

// Len is the number of active patterns.
func (m *Matcher) Len() int { return len(m.pats) }

// Find returns the mentions the patterns produce in text (byte offsets),
// possibly overlapping; the caller resolves overlaps.
func (m *Matcher) Find(text string) []ner.Mention { return m.AppendFind(nil, text) }

// AppendFind is Find appending to dst, for a caller that keeps a buffer.
func (m *Matcher) AppendFind(dst []ner.Mention, text string) []ner.Mention {
	out, _ := m.AppendFindDropped(dst, text, nil)
	return out
}

// AppendFindDropped is AppendFind that also appends to dropped the rule of
// every pattern given up in text: a pattern whose match runs out of its
// match timeout twice at an anchor is not tried again in the text, so its
// mentions there may be missing. The timeout is counted on the wall
// clock, where a busy machine can stall a match that needs microseconds:
// the second try keeps such a stall from changing the output.
func (m *Matcher) AppendFindDropped(dst []ner.Mention, text string, dropped []string) ([]ner.Mention, []string) {
	if len(m.pats) == 0 {
		return dst, dropped
	}
	out := dst
	var sc *scratch
	var buf []lex.Match[anchor]
	var next leadScan
	// An anchor starts at a byte that starts a character (never a UTF-8
	// continuation byte), so looking at the bytes an anchor can start
	// with visits the same offsets as a walk over the characters.
	for i := m.nextLead(text, 0, &next); i < len(text); i = m.nextLead(text, i+1, &next) {
		if m.few != nil && !hasAnyPrefix(text[i:], m.few) || m.few == nil && !m.anchors.HasPrefixAt(text, i) {
			continue
		}
		if sc == nil {
			sc = scratchPool.Get().(*scratch)
			sc.decoded = false
			clear(sc.seen)
			clear(sc.dead)
			buf = sc.buf
		}
		buf = m.anchors.PrefixesAt(text, i, buf)
		for _, a := range buf {
			for _, v := range a.Vals {
				if v.never || sc.dead[v.pat] {
					continue
				}
				var timedOut bool
				out, timedOut = m.apply(text, v.pat, i, a.End, out, sc)
				if stallHook != nil && stallHook() {
					timedOut = true
				}
				if timedOut {
					// again from the start: what the first try emitted
					// is in sc.seen and is not emitted twice
					out, timedOut = m.apply(text, v.pat, i, a.End, out, sc)
				}
				if timedOut {
					sc.dead[v.pat] = true // skipped for the rest of the text
					dropped = append(dropped, m.pats[v.pat].rule)
				}
			}
		}
	}
	if sc != nil {
		clear(buf)
		sc.buf = buf[:0]
		scratchPool.Put(sc)
	}
	return out, dropped
}

// stallHook, when a test sets it, is asked after each first try whether
// to take it as timed out (a stalled machine).
var stallHook func() bool

// maxFew is the most anchors tested one by one (Matcher.few).
const maxFew = 8

// hasAnyPrefix reports whether s starts with one of ps.
func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// scratch holds what Find needs while it runs, kept from one text to the
// next: the anchors found at an offset, a window's runes and their byte
// offsets, the matches already given and the patterns that timed out.
type scratch struct {
	buf   []lex.Match[anchor]
	runes []rune
	offs  []int
	// when decoded is set, runes and offs are those of text[ws:we] (for
	// applyAt: the next window around the same anchor is often inside)
	decoded bool
	ws, we  int
	seen    map[[3]int]bool
	dead    map[int]bool
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{seen: map[[3]int]bool{}, dead: map[int]bool{}}
}}

// leadScan remembers, for each of a few lead bytes, where it occurs next
// from the last search on (valid while at[k] >= the offset asked for), so
// that the scan for anchors reads the text once per lead byte.
type leadScan struct {
	at    [3]int
	valid [3]bool
}

// nextLead returns the first offset from i on where an anchor may start
// (len(text) when none): strings.IndexByte for a few lead bytes, else a
// look at every byte.
func (m *Matcher) nextLead(text string, i int, next *leadScan) int {
	if i >= len(text) {
		return len(text)
	}
	if len(m.leads) <= len(next.at) {
		best := len(text)
		for k, b := range m.leads {
			if !next.valid[k] || next.at[k] < i {
				next.at[k], next.valid[k] = len(text), true
				if j := strings.IndexByte(text[i:], b); j >= 0 {
					next.at[k] = i + j
				}
			}
			best = min(best, next.at[k])
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
func (m *Matcher) apply(text string, k, as, ae int, out []ner.Mention, sc *scratch) ([]ner.Mention, bool) {
	c := &m.pats[k]
	if c.starts != nil {
		if out, timedOut, ok := m.applyAt(text, k, as, ae, out, sc); ok {
			return out, timedOut
		}
	}
	ws := back(text, as, c.before)
	we := forward(text, ae, c.after)
	window := text[ws:we]
	// regexp2 matches runes and reports rune indices: decode the window
	// once, into the scratch, with the byte offset of every rune
	runes, offs := decodeWindow(window, sc.runes[:0], sc.offs[:0])
	sc.runes, sc.offs, sc.decoded = runes, offs, false
	match, err := c.re.FindRunesMatch(runes)
	for err == nil && match != nil {
		s, e := match.Index, match.Index+match.Length
		if ws+offs[s] > as {
			break // matches come left to right: none after holds the anchor
		}
		if ws+offs[e] >= ae { // the match holds the anchor
			out = m.emit(text, k, match, ws, offs, out, sc)
		}
		if ws+offs[e] > as {
			break // the next match starts after this one ends: past the anchor's start
		}
		match, err = c.re.FindNextMatch(match)
	}
	return out, err != nil
}

// emit appends the mention of match, a match of pattern k in the window
// at ws whose runes start at the byte offsets offs, unless given before.
func (m *Matcher) emit(text string, k int, match *regexp2.Match, ws int, offs []int, out []ner.Mention, sc *scratch) []ner.Mention {
	c := &m.pats[k]
	gs, ge := match.Index, match.Index+match.Length
	if g := group(match, c.name); g != nil && len(g.Captures) > 0 {
		gs, ge = g.Index, g.Index+g.Length
	}
	if ge <= gs {
		return out
	}
	bs, be := ws+offs[gs], ws+offs[ge]
	key := [3]int{k, bs, be}
	if sc.seen[key] {
		return out
	}
	sc.seen[key] = true
	mt := ner.Mention{Start: bs, End: be, Label: ner.Label(c.p.Label), Text: text[bs:be],
		Name: text[bs:be], Rule: c.rule, Priority: c.p.Priority, Role: c.p.Role}
	if g := group(match, c.role); g != nil && len(g.Captures) > 0 {
		mt.Role = g.String()
	}
	return append(out, mt)
}

// group is match.GroupByName for the group numbered n (-1: no such group).
func group(match *regexp2.Match, n int) *regexp2.Group {
	if n < 0 {
		return nil
	}
	return match.GroupByNumber(n)
}

// decodeWindow returns the runes of s, as []rune(s) gives them, and the
// byte offset of each, then len(s), in the storage of runes and offs
// (grown when short).
func decodeWindow(s string, runes []rune, offs []int) ([]rune, []int) {
	if cap(runes) < len(s) {
		runes = make([]rune, len(s))
	}
	if cap(offs) < len(s)+1 {
		offs = make([]int, len(s)+1)
	}
	runes, offs = runes[:len(s)], offs[:len(s)+1]
	n := 0
	for b := 0; b < len(s); n++ {
		c, w := rune(s[b]), 1
		if c >= utf8.RuneSelf {
			// a syllable without the call, most of the runes
			if c = lex.HangulAt(s, b); c >= 0 {
				w = 3
			} else {
				c, w = lex.Decode(s, b)
			}
		}
		runes[n], offs[n] = c, b
		b += w
	}
	offs[n] = len(s)
	return runes[:n], offs[:n+1]
}

// back returns the offset n runes before i, not crossing a line break.
func back(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		// an ASCII byte or a syllable without the call
		if c := s[i-1]; c < utf8.RuneSelf {
			if c == '\n' {
				break
			}
			i--
			continue
		}
		if lex.HangulBefore(s, i) >= 0 {
			i -= 3
			continue
		}
		r, w := lastRune(s, i)
		if r == '\n' {
			break
		}
		i -= w
	}
	return i
}

// lastRune is utf8.DecodeLastRuneInString(s[:i]), at once for a
// three-byte character (most of Korean text).
func lastRune(s string, i int) (rune, int) {
	if i >= 3 && s[i-3]&0xF0 == 0xE0 {
		if r, n := lex.Decode(s, i-3); n == 3 {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// forward returns the offset n runes after i, not crossing a line break.
func forward(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		// an ASCII byte or a syllable without the call
		if c := s[i]; c < utf8.RuneSelf {
			if c == '\n' {
				break
			}
			i++
			continue
		}
		if lex.HangulAt(s, i) >= 0 {
			i += 3
			continue
		}
		r, w := lex.Decode(s, i)
		if r == '\n' {
			break
		}
		i += w
	}
	return i
}
