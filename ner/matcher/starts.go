package matcher

import (
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// A match that holds its anchor lies in the run of characters around the
// anchor that the regex can consume: a character it never consumes (a
// space, for a name written without one) cannot be inside. Running the
// regex over its whole window tries every offset of the window as a
// start, up to the window's end; starts lets apply try only the offsets
// of that run up to the anchor, and of those only the characters a match
// may start with (regexp2's own first-character filter), each with the
// regex anchored there (\G). The matches are the same; most windows need
// no try at all, the others one or two.

// starts is what a pattern's regex says about where its matches start.
type starts struct {
	alpha *runeSet        // every character the regex consumes, lookarounds included
	first *runeSet        // the characters a match may start with; nil: any
	at    *regexp2.Regexp // the regex behind \G: it tries one offset
}

// runeSet is a set of characters given by a regex's character classes
// and literals. Asking a class is slow (a walk over its ranges and
// categories, for each class) and filling a table for all characters
// up front would cost milliseconds per pattern: each answer is found the
// first time it is asked and kept, a bit per character of the Basic
// Multilingual Plane (atomically: a Matcher is used concurrently).
type runeSet struct {
	known, in [0x10000 / 64]atomic.Uint64
	runes     []rune            // literals
	sets      []*syntax.CharSet // classes
	allBut    []rune            // [^c] and . (all but \n)
}

func (s *runeSet) has(r rune) bool {
	if uint32(r) >= 0x10000 {
		return s.find(r)
	}
	k, bit := r>>6, uint64(1)<<(r&63)
	if s.known[k].Load()&bit != 0 {
		return s.in[k].Load()&bit != 0
	}
	return s.learn(r)
}

// learn finds and keeps whether s has r, a character of the BMP.
func (s *runeSet) learn(r rune) bool {
	k, bit := r>>6, uint64(1)<<(r&63)
	in := s.find(r)
	if in {
		s.in[k].Or(bit) // before known: whoever sees known sees in
	}
	s.known[k].Or(bit)
	return in
}

// find reports whether s has r, asking the classes.
func (s *runeSet) find(r rune) bool {
	if slices.Contains(s.runes, r) {
		return true
	}
	for _, c := range s.allBut {
		if r != c {
			return true
		}
	}
	for _, cs := range s.sets {
		if cs.CharIn(r) {
			return true
		}
	}
	return false
}

// newStarts reads the compiled program of expr, re compiled: nil when
// it does something the reading does not follow (case-insensitive
// matching, back-references, \G, right to left, a '#' that could start
// a comment in the anchored copy).
func newStarts(expr string, re *regexp2.Regexp) *starts {
	if strings.ContainsRune(expr, '#') || re.RightToLeft() {
		return nil
	}
	tree, err := syntax.Parse(expr, syntax.RegexOptions(regexp2.None))
	if err != nil {
		return nil
	}
	code, err := syntax.Write(tree)
	if err != nil || code.RightToLeft {
		return nil
	}
	st := &starts{alpha: new(runeSet)}
	for pc := 0; pc < len(code.Codes); {
		op := syntax.InstOp(code.Codes[pc])
		if op&syntax.Ci != 0 {
			return nil
		}
		size := 1
		switch op & syntax.Mask {
		case syntax.One:
			st.alpha.runes = append(st.alpha.runes, rune(code.Codes[pc+1]))
			size = 2
		case syntax.Onerep, syntax.Oneloop, syntax.Onelazy:
			st.alpha.runes = append(st.alpha.runes, rune(code.Codes[pc+1]))
			size = 3
		case syntax.Notone:
			st.alpha.allBut = append(st.alpha.allBut, rune(code.Codes[pc+1]))
			size = 2
		case syntax.Notonerep, syntax.Notoneloop, syntax.Notonelazy:
			st.alpha.allBut = append(st.alpha.allBut, rune(code.Codes[pc+1]))
			size = 3
		case syntax.Set:
			st.alpha.sets = append(st.alpha.sets, code.Sets[code.Codes[pc+1]])
			size = 2
		case syntax.Setrep, syntax.Setloop, syntax.Setlazy:
			st.alpha.sets = append(st.alpha.sets, code.Sets[code.Codes[pc+1]])
			size = 3
		case syntax.Multi:
			st.alpha.runes = append(st.alpha.runes, code.Strings[code.Codes[pc+1]]...)
			size = 2
		case syntax.Testref, syntax.Goto, syntax.Nullcount, syntax.Setcount, syntax.Lazybranch,
			syntax.Branchmark, syntax.Lazybranchmark, syntax.Prune:
			size = 2
		case syntax.Capturemark, syntax.Branchcount, syntax.Lazybranchcount:
			size = 3
		case syntax.Nothing, syntax.Bol, syntax.Eol, syntax.Boundary, syntax.Nonboundary,
			syntax.ECMABoundary, syntax.NonECMABoundary, syntax.Beginning, syntax.EndZ, syntax.End,
			syntax.Nullmark, syntax.Setmark, syntax.Getmark, syntax.Setjump, syntax.Backjump,
			syntax.Forejump, syntax.Stop:
		default: // Ref, Start (\G) and anything unknown
			return nil
		}
		pc += size
	}
	// the first characters, where regexp2's own scan tries only those:
	// else (a literal prefix, an anchor such as ^) every offset is tried
	if code.BmPrefix == nil && code.Anchors == 0 && code.FcPrefix != nil && !code.FcPrefix.CaseInsensitive {
		st.first = new(runeSet)
		st.first.sets = []*syntax.CharSet{&code.FcPrefix.PrefixSet}
	}
	at, err := rules.CompilePattern(`\G(?:` + expr + `)`)
	if err != nil || !slices.Equal(at.GetGroupNames(), re.GetGroupNames()) ||
		!slices.Equal(at.GetGroupNumbers(), re.GetGroupNumbers()) {
		return nil
	}
	st.at = at
	return st
}

// holds reports whether a match may hold the anchor a: false when the
// regex consumes none of its characters.
func (st *starts) holds(a string) bool {
	for _, r := range a {
		if !st.alpha.has(r) {
			return false
		}
	}
	return true
}

// applyAt is apply for a pattern with starts: it tries the offsets where
// a match holding the anchor [as,ae) may start, each with the anchored
// regex, in the order of the scan over the window and with the same
// step after a match (as FindNextMatch). ok is false when the window's
// characters do not line up with the walk back (never for valid UTF-8):
// apply then runs the regex over the window.
func (m *Matcher) applyAt(text string, k, as, ae int, out []ner.Mention, sc *scratch) (_ []ner.Mention, timedOut, ok bool) {
	c := &m.pats[k]
	st := c.starts
	// the run of characters the regex consumes that ends at the anchor,
	// inside the window (c.before characters back, not across a line)
	p, n := as, c.before
	may := st.first == nil
	if !may && as < len(text) {
		r, _ := lex.Decode(text, as)
		may = st.first.has(r)
	}
	for n > 0 && p > 0 {
		r, w := lastRune(text, p)
		if r == '\n' || !st.alpha.has(r) {
			break
		}
		p -= w
		n--
		if !may && st.first.has(r) {
			may = true
		}
	}
	if !may {
		return out, false, true // no offset to try: no match holds the anchor
	}
	runes, offs, base := sc.window(text, back(text, p, n), forward(text, ae, c.after))
	ps, okp := slices.BinarySearch(offs, p-base)
	ai, oka := slices.BinarySearch(offs, as-base)
	if !okp || !oka {
		return out, false, false
	}
	// Each try has the match timeout of its own, where the scan of the
	// window had one for all its offsets: the tries of a window together
	// are held to it as well (timed from the second, most windows have one)
	var t0 time.Time
	tries := 0
	for s := ps; s <= ai && s < len(runes); {
		if st.first != nil && !st.first.has(runes[s]) {
			s++
			continue
		}
		if tries++; tries == 2 {
			t0 = time.Now()
		} else if tries > 2 && time.Since(t0) > st.at.MatchTimeout {
			return out, true, true
		}
		match, err := st.at.FindRunesMatchStartingAt(runes, s)
		if err != nil {
			return out, true, true
		}
		if match == nil {
			s++
			continue
		}
		e := match.Index + match.Length
		if base+offs[e] >= ae { // the match holds the anchor
			out = m.emit(text, k, match, base, offs, out, sc)
		}
		if base+offs[e] > as {
			break // the next match starts after this one ends: past the anchor's start
		}
		if e > s {
			s = e
		} else {
			s++ // an empty match: FindNextMatch steps one on
		}
	}
	return out, false, true
}

// window returns the runes of text[ws:we] and their byte offsets, from
// base: a part of the window decoded last when it holds this one.
func (sc *scratch) window(text string, ws, we int) (runes []rune, offs []int, base int) {
	if sc.decoded && ws >= sc.ws && we <= sc.we {
		i, oki := slices.BinarySearch(sc.offs, ws-sc.ws)
		j, okj := slices.BinarySearch(sc.offs, we-sc.ws)
		if oki && okj {
			return sc.runes[i:j], sc.offs[i : j+1], sc.ws
		}
	}
	sc.runes, sc.offs = decodeWindow(text[ws:we], sc.runes[:0], sc.offs[:0])
	sc.decoded, sc.ws, sc.we = true, ws, we
	return sc.runes, sc.offs, ws
}
