package named

import (
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// titleFacts are the syllables that start and end the titles (titles.txt)
// and the titles themselves, for the quick noes the person stages ask at
// many words: a title of the tries cannot start at a syllable that starts
// none, nor end after one that ends none, and the same for their first
// and last two syllables. Of the other runes only the ASCII that start
// titles are kept: the tests answer maybe for the rest. The tests only
// turn offsets away before a look-up in the tries, which answers.
type titleFacts struct {
	first sylBits // the first syllables of the titles
	// the first ASCII characters of the titles (CEO, 1차관), and the first
	// two bytes of those titles (b0 | b1<<8; b0 alone for a title of one
	// byte)
	asciiFirst  [2]uint64
	asciiStarts []uint16
	// oddStart is set when a title starts with a rune that is no letter
	// or digit: it may start where no word does
	oddStart bool
	// single holds the titles of one syllable, and oddSecond the first
	// syllables of those whose second rune is no syllable; pairs has bit
	// titlePairBit(a, b) set when a title starts with the syllables a b
	single, oddSecond sylBits
	pairs             [256]uint64
	// the same from the end for the titles without a space (those of the
	// titlesRev trie): their last syllables, those of one syllable, and
	// of those whose rune before the last is no syllable, and lastPairs
	// has bit titlePairBit(a, b) set when one ends with the syllables a b
	last, singleLast, oddPenult sylBits
	lastPairs                   [256]uint64
	// the last syllables of the first words of the titles holding a space
	spacedLast sylBits
	all        *strSet
}

func newTitleFacts(ws []rules.Word) titleFacts {
	var f titleFacts
	all := map[string]bool{}
	for _, w := range ws {
		if w.Text == "" {
			continue
		}
		all[w.Text] = true
		c, n := utf8.DecodeRuneInString(w.Text)
		f.first.add(c)
		if c < utf8.RuneSelf {
			f.asciiFirst[c>>6] |= 1 << (c & 63)
			p := uint16(w.Text[0])
			if len(w.Text) > 1 {
				p |= uint16(w.Text[1]) << 8
			}
			if !slices.Contains(f.asciiStarts, p) {
				f.asciiStarts = append(f.asciiStarts, p)
			}
		}
		if !lex.IsWordRune(c) {
			f.oddStart = true
		}
		if c2, _ := utf8.DecodeRuneInString(w.Text[n:]); n == len(w.Text) {
			f.single.add(c)
		} else if !lex.IsHangul(c2) {
			f.oddSecond.add(c)
		} else if lex.IsHangul(c) {
			h := titlePairBit(c, c2)
			f.pairs[h>>6] |= 1 << (h & 63)
		}
		// the first word ends at the first rune that is no letter or
		// digit, as in New's spacedTitles
		firstWord := w.Text
		for k, c := range w.Text {
			if !lex.IsWordRune(c) {
				firstWord = w.Text[:k]
				break
			}
		}
		last, n := utf8.DecodeLastRuneInString(firstWord)
		if firstWord != w.Text {
			if firstWord != "" {
				f.spacedLast.add(last)
			}
			continue
		}
		f.last.add(last)
		if penult, _ := utf8.DecodeLastRuneInString(w.Text[:len(w.Text)-n]); n == len(w.Text) {
			f.singleLast.add(last)
		} else if !lex.IsHangul(penult) {
			f.oddPenult.add(last)
		} else if lex.IsHangul(last) {
			h := titlePairBit(penult, last)
			f.lastPairs[h>>6] |= 1 << (h & 63)
		}
	}
	f.all = newStrSet(all)
	return f
}

// mayStart reports whether a title may start at i of text, as
// r.titles.HasPrefixAt: false when the syllable there starts none, or
// none is that syllable alone or starts with it and the next one.
func (f *titleFacts) mayStart(text string, i int) bool {
	if i < len(text) && text[i] < utf8.RuneSelf {
		return f.asciiMayStart(text, i)
	}
	c, ok := sylAt(text, i)
	if !ok || f.single.has(c) {
		return true
	}
	if !f.first.has(c) {
		return false
	}
	c2, ok := sylAt(text, i+3)
	if !ok {
		return f.oddSecond.has(c)
	}
	h := titlePairBit(c, c2)
	return f.pairs[h>>6]&(1<<(h&63)) != 0
}

// asciiMayStart is mayStart at an ASCII character.
func (f *titleFacts) asciiMayStart(text string, i int) bool {
	b := text[i]
	if f.asciiFirst[b>>6]&(1<<(b&63)) == 0 {
		return false
	}
	p := uint16(b)
	if i+1 < len(text) {
		p |= uint16(text[i+1]) << 8
	}
	for _, q := range f.asciiStarts {
		if q == p || q == uint16(b) {
			return true
		}
	}
	return false
}

// mayStartWord is mayStart at the start of the word w, from the syllables
// the word index holds.
func (f *titleFacts) mayStartWord(text string, w *word) bool {
	c := w.c
	if c < utf8.RuneSelf {
		return f.mayStart(text, w.s)
	}
	if !lex.IsHangul(c) || f.single.has(c) {
		return true
	}
	if !f.first.has(c) {
		return false
	}
	// the rune after a word of one syllable is no letter: no syllable
	var c2 rune
	ok := false
	if w.nr >= 2 && w.allH {
		c2, ok = decode3(text, w.s+3)
	} else if w.nr >= 2 {
		c2, ok = sylAt(text, w.s+3)
	}
	if !ok {
		return f.oddSecond.has(c)
	}
	h := titlePairBit(c, c2)
	return f.pairs[h>>6]&(1<<(h&63)) != 0
}

// mayStartIn is mayStart at the syllable at i of the word w of
// syllables (w.allH), from w.s up to w.e: no decoding to check.
func (f *titleFacts) mayStartIn(text string, w *word, i int) bool {
	c, _ := decode3(text, i)
	if f.single.has(c) {
		return true
	}
	if !f.first.has(c) {
		return false
	}
	if i+3 >= w.e {
		return f.oddSecond.has(c) // no syllable follows
	}
	c2, _ := decode3(text, i+3)
	h := titlePairBit(c, c2)
	return f.pairs[h>>6]&(1<<(h&63)) != 0
}

// titlePairBit hashes two syllables to one of the 16384 bits of
// titleFacts.pairs (a few percent of false yeses for a few hundred
// titles).
func titlePairBit(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 18
}

// has reports whether w is a title: r.titles.LongestAt(w, 0) ends at
// len(w).
func (f *titleFacts) has(w string) bool { return f.all.has(w) }

// mayHold is doc.mayHoldTitle from the syllables kept: false when no
// title can start the word or end inside it, since no title without a
// space may end at an offset where one may end (the word's end, before
// each of its particles; see mayEnd), and the word ends with a syllable
// that ends the first word of no title holding one.
func (f *titleFacts) mayHold(d *doc, wd *word) bool {
	if !lex.IsHangul(wd.lc) || f.spacedLast.has(wd.lc) {
		return true
	}
	if wd.allH {
		// mayEndSyl without the call; the word's end first, where the
		// last syllable is known (most words end with no particle, or
		// one of a syllable that ends no title)
		text := d.text
		if c := wd.lc; f.last.has(c) {
			if f.singleLast.has(c) {
				return true
			}
			if wd.e-3 > wd.s {
				c0, _ := decode3(text, wd.e-6)
				if h := titlePairBit(c0, c); f.lastPairs[h>>6]&(1<<(h&63)) != 0 {
					return true
				}
			}
		}
		for m := wd.pmask &^ 1; m != 0; m &= m - 1 {
			end := wd.e - bits.TrailingZeros64(m)
			if end <= wd.s {
				break
			}
			c, _ := decode3(text, end-3)
			if !f.last.has(c) {
				continue
			}
			if f.singleLast.has(c) {
				return true
			}
			if end-3 > wd.s {
				c0, _ := decode3(text, end-6)
				if h := titlePairBit(c0, c); f.lastPairs[h>>6]&(1<<(h&63)) != 0 {
					return true
				}
			}
		}
		return false
	}
	for m := wd.pmask | 1; m != 0; m &= m - 1 {
		end := wd.e - bits.TrailingZeros64(m)
		if end <= wd.s {
			break
		}
		if f.mayEnd(d.text, wd.s, end) {
			return true
		}
	}
	return false
}

// mayEndSyl is mayEnd in a word of syllables (lo its start, end after
// one of them): no decoding to check.
func (f *titleFacts) mayEndSyl(text string, lo, end int) bool {
	c, _ := decode3(text, end-3)
	if !f.last.has(c) {
		return false
	}
	if f.singleLast.has(c) {
		return true
	}
	if end-3 == lo {
		return false // no room for the rest of the title
	}
	c0, _ := decode3(text, end-6)
	h := titlePairBit(c0, c)
	return f.lastPairs[h>>6]&(1<<(h&63)) != 0
}

// mayEnd reports whether a title without a space may lie in text[lo:end]
// and end at end: false when the syllable before end ends none, or none
// is that syllable alone or ends with the one before it and it.
func (f *titleFacts) mayEnd(text string, lo, end int) bool {
	c, ok := sylAt(text, end-3)
	if !ok || end-3 < lo {
		return true
	}
	if !f.last.has(c) {
		return false
	}
	if f.singleLast.has(c) {
		return true
	}
	if end-3 == lo {
		return false // no room for the rest of the title
	}
	c0, ok := sylAt(text, end-6)
	if !ok || end-6 < lo {
		return f.oddPenult.has(c) || !ok
	}
	h := titlePairBit(c0, c)
	return f.lastPairs[h>>6]&(1<<(h&63)) != 0
}

// sylAt decodes the Hangul syllable whose three bytes start at i, and
// reports false when they are no such syllable.
func sylAt(text string, i int) (rune, bool) {
	c := lex.HangulAt(text, i)
	return c, c >= 0
}

// titleStarts marks the words of a doc where a title of office may start
// (one that foreignTitle takes: beforeTitle and nameThenOrg look for no
// other), for a stage that asks about most words, several times each:
// titleFacts.mayStartWord of the offices for every word at once, then the
// trie (r.titles.HasPrefixAt at the word's start) for the few words
// left, once each.
type titleStarts struct {
	may, asked, ok []uint64 // bit k for word k
	// bit k: may holds bit k+1 or k+2 (a title may follow word k or the
	// word after: beforeTitle), bit k+2 or k+3 (the second or third word
	// after: nameThenOrg)
	near12, near23 []uint64
	odd            bool // titleFacts.oddStart
}

// titleStartsOf fills a titleStarts of d, in buf when it is large enough.
func (r *Recognizer) titleStartsOf(d *doc, buf []uint64) titleStarts {
	return titleStartsWith(d, buf, &r.shape.offices)
}

// moreStartsOf is titleStartsOf for morePersons, which gets in self and
// cand (bit k for word k, as long as ts.may and zero) the words its loop
// may find someone at: in self those that pass the first test of a rule
// that looks at the word itself and the byte after it: a capital letter
// or a bare surname (bareSurname), a bracket after the word (agedName),
// an occupation's first and last syllables before a space
// (afterOccupation); in cand those and the words after which a title of
// office may start one of the next three words (near12, near23). The
// other words, most of them, it need not visit.
func (r *Recognizer) moreStartsOf(d *doc, buf, self, cand []uint64) titleStarts {
	f := &r.shape.offices
	ts := newTitleStarts(d, buf, f)
	text, words := d.text, d.words
	occ := r.shape.occPairs
	if occ == nil {
		occ = &anyPair
	}
	// the classes of the words' first syllables (the offices' first
	// syllables and those of one syllable, the surnames of one)
	d.personWords(r.firstCls)
	// one walk for both: the bits of 64 words are gathered in registers
	// and stored once (titleStartsWith's walk, then a walk of self's,
	// cost more)
	for x := range ts.may {
		var may, mine uint64
		ws := words[x<<6 : min(x<<6+64, len(words))]
		cs := d.wcls[x<<6:]
		cs = cs[:len(ws)]
		for k := range ws {
			w := &ws[k]
			c, cl := w.c, cs[k]
			if w.allH && w.nr >= 2 {
				// a word of two syllables or more, most words: its second
				// syllable serves both tests (a title's first two
				// syllables; 모 or 씨 after a surname)
				t := text[w.s+3 : w.s+6]
				if cl&clsOfficeFirst != 0 {
					if h := titlePairBit(c, syllable(t)); cl&clsOfficeOne != 0 || f.pairs[h>>6]&(1<<(h&63)) != 0 {
						may |= 1 << (k & 63)
					}
				}
				// a bracket after the word (clsParen), or an occupation
				// before a space: the byte after the word is read for the
				// few words that may be one
				if cl&clsParen != 0 || occ.has(c, w.lc) && w.e < len(text) && text[w.e] == ' ' {
					mine |= 1 << (k & 63)
				}
				// maybeBareSurname: 모 or 씨 after the first syllable (EB AA
				// A8, EC 94 A8)
				if t[2] == 0xA8 && mosi(t[0], t[1]) && cl&clsSur1 != 0 {
					mine |= 1 << (k & 63)
				}
				continue
			}
			after := byte(0)
			if w.e < len(text) {
				after = text[w.e]
			}
			// titleStartsWith's test (mayStartWord without the call)
			switch {
			case c < utf8.RuneSelf:
				if f.asciiFirst[c>>6]&(1<<(c&63)) != 0 && f.asciiMayStart(text, w.s) {
					may |= 1 << (k & 63)
				}
			case !lex.IsHangul(c):
				may |= 1 << (k & 63)
			case cl&clsOfficeFirst == 0: // nor single: a title of one syllable starts with it
			case cl&clsOfficeOne != 0:
				may |= 1 << (k & 63)
			case w.nr < 2:
				if f.oddSecond.has(c) {
					may |= 1 << (k & 63)
				}
			case w.allH:
				c2, _ := decode3(text, w.s+3)
				if h := titlePairBit(c, c2); f.pairs[h>>6]&(1<<(h&63)) != 0 {
					may |= 1 << (k & 63)
				}
			default:
				if f.mayStartWord(text, w) {
					may |= 1 << (k & 63)
				}
			}
			// the rare condition of each test first, so that the branches
			// mostly go one way
			if after == '(' || uint32(c-'A') < 26 || occ.has(c, w.lc) && after == ' ' {
				mine |= 1 << (k & 63)
			}
			// maybeBareSurname: a syllable alone before a space, or followed
			// by 모 or 씨 (EB AA A8, EC 94 A8)
			if n := w.e - w.s; n == 3 && after == ' ' ||
				w.s+6 <= len(text) && text[w.s+5] == 0xA8 && n >= 6 && mosi(text[w.s+3], text[w.s+4]) {
				if cl&clsSur1 != 0 {
					mine |= 1 << (k & 63)
				}
			}
		}
		ts.may[x] = may
		self[x] = mine
	}
	ts.near()
	for x := range cand {
		cand[x] = self[x] | ts.near12[x] | ts.near23[x]
	}
	return ts
}

// mosi reports whether b0 b1 start 모 or 씨, whose third byte is A8.
func mosi(b0, b1 byte) bool { return b0 == 0xEB && b1 == 0xAA || b0 == 0xEC && b1 == 0x94 }

// anyPair holds every pair: moreStartsOf's filter when the occupations
// have none (occPairs is nil).
var anyPair = func() (t sylPairs) {
	for k := range t {
		t[k] = ^uint64(0)
	}
	return t
}()

// titleStartsWith is titleStartsOf by the facts f of some titles.
func titleStartsWith(d *doc, buf []uint64, f *titleFacts) titleStarts {
	ts := newTitleStarts(d, buf, f)
	text, words := d.text, d.words
	for k := range words {
		// mayStartWord without the call
		w := &words[k]
		may := false
		switch c := w.c; {
		case c < utf8.RuneSelf:
			may = f.asciiFirst[c>>6]&(1<<(c&63)) != 0 && f.asciiMayStart(text, w.s)
		case !lex.IsHangul(c):
			may = true
		case !f.first.has(c): // nor single: a title of one syllable starts with it
		case f.single.has(c):
			may = true
		case w.nr < 2:
			may = f.oddSecond.has(c)
		case w.allH:
			c2, _ := decode3(text, w.s+3)
			h := titlePairBit(c, c2)
			may = f.pairs[h>>6]&(1<<(h&63)) != 0
		default:
			may = f.mayStartWord(text, w)
		}
		if may {
			ts.may[k>>6] |= 1 << (k & 63)
		}
	}
	ts.near()
	return ts
}

// newTitleStarts returns the titleStarts of d by the facts f, zero, in
// buf when it is large enough.
func newTitleStarts(d *doc, buf []uint64, f *titleFacts) titleStarts {
	n := (len(d.words) + 63) / 64
	if len(buf) < 5*n {
		buf = make([]uint64, 5*n)
	}
	buf = buf[:5*n]
	clear(buf)
	return titleStarts{may: buf[:n], asked: buf[n : 2*n], ok: buf[2*n : 3*n], near12: buf[3*n : 4*n], near23: buf[4*n:],
		odd: f.oddStart}
}

// near fills near12 and near23 from may: may shifted by one and two
// words, by two and three.
func (ts *titleStarts) near() {
	n := len(ts.may)
	for x := range ts.may {
		lo, hi := ts.may[x], uint64(0)
		if x+1 < n {
			hi = ts.may[x+1]
		}
		two := lo>>2 | hi<<62
		ts.near12[x] = lo>>1 | hi<<63 | two
		ts.near23[x] = two | lo>>3 | hi<<61
		if ts.odd {
			ts.near12[x], ts.near23[x] = ^uint64(0), ^uint64(0)
		}
	}
}

// nextOrSecond reports whether a title may start one of the two words
// after word k, or where no word does: beforeTitle looks for one there.
func (ts *titleStarts) nextOrSecond(k int) bool { return ts.near12[k>>6]&(1<<(k&63)) != 0 }

// secondOrThird reports whether a title may start the second or third
// word after word k, or where no word does: nameThenOrg looks for one
// there.
func (ts *titleStarts) secondOrThird(k int) bool { return ts.near23[k>>6]&(1<<(k&63)) != 0 }

// mayOfficeAt is a quick test that must pass for a title that follows
// a foreign name (titleAt(d, i, false) and then foreignTitle) to be at i:
// titleAt's answer when it is kept for the word at i, else whether a
// title of office may start at i (a foreign title is a whole title) and
// one of the titles' keys does, kept in ts when it is not nil.
func (r *Recognizer) mayOfficeAt(d *doc, i int, ts *titleStarts) bool {
	text := d.text
	if i >= len(text) {
		return false
	}
	k := d.wid[i]
	if k < 0 || d.words[k].s != i {
		return r.shape.offices.mayStart(text, i) && r.titles.HasPrefixAt(text, i)
	}
	w, bit := k>>6, uint64(1)<<(k&63)
	if ts != nil && ts.may[w]&bit == 0 {
		return false
	}
	if m := d.words[k].title[0]; m != 0 {
		return m > 0
	}
	if ts == nil {
		return r.shape.offices.mayStartWord(text, &d.words[k]) && r.titles.HasPrefixAt(text, i)
	}
	if ts.asked[w]&bit == 0 {
		ts.asked[w] |= bit
		if r.titles.HasPrefixAt(text, i) {
			ts.ok[w] |= bit
		}
	}
	return ts.ok[w]&bit != 0
}
