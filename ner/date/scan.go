package date

import (
	"math/bits"
	"slices"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/ner/numeric"
)

// Scan finds the DATE and TIME mentions of text. Relative expressions are
// resolved against ref, read in its own location (pass the publication time
// in Asia/Seoul). A zero ref leaves relative values unresolved: Grain is set,
// Date/From/To are empty. A ref whose clock reads exactly 00:00:00 is taken
// as a date without a time, so clock-relative expressions (3시간 후, 지금)
// stay unresolved too. Mentions are sorted by Start and never overlap.
//
// Full-width digits and signs (２０２５년 ９월 ４일, １５：３０) are read
// as their ASCII forms; offsets and texts still refer to text as given.
func Scan(text string, ref time.Time) []ner.Mention {
	if ms := ScanAppend(nil, text, ref); ms != nil {
		return ms
	}
	return noMentions[:0:0]
}

// ScanAppend is Scan appending the mentions to dst, for a caller that
// keeps a buffer of mentions: dst grows only when the mentions do not fit
// (their values still take one allocation per call). It returns dst
// unchanged when there are none.
func ScanAppend(dst []ner.Mention, text string, ref time.Time) []ner.Mention {
	norm, at := numeric.NarrowMap(text)
	n := len(dst)
	dst = scanWith(dst, norm, ref, true, (*scanner).run)
	if at != nil {
		for i := range dst[n:] {
			m := &dst[n+i]
			m.Start, m.End = numeric.OrigOffset(at, m.Start), numeric.OrigOffset(at, m.End)
			m.Text = text[m.Start:m.End]
		}
	}
	return dst
}

func scan(text string, ref time.Time) []ner.Mention { return scanGated(text, ref, true) }

// scanGated is scan, with the gates of gate.go on or (in tests) off.
func scanGated(text string, ref time.Time, gated bool) []ner.Mention {
	if ms := scanWith(nil, text, ref, gated, (*scanner).run); ms != nil {
		return ms
	}
	return noMentions[:0:0]
}

// scanWith is scanGated with the loop over the text given (tests pass
// the loop run replaced), appending what it found to dst.
func scanWith(dst []ner.Mention, text string, ref time.Time, gated bool, run func(*scanner)) []ner.Mention {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	// the scanner lives in the scratch: run is called through a func
	// value, which would move a local one to the heap
	s := &sc.s
	*s = scanner{t: text, ref: ref, hasRef: !ref.IsZero(), dateEnd: -1, gated: gated}
	// the mentions go straight into a caller's buffer; without one (Scan)
	// they are gathered in the scratch and copied out at their size
	own := cap(dst) == 0
	s.out, s.vals = dst, sc.vals[:0]
	if own {
		s.out = sc.out[:0]
	}
	if s.hasRef {
		y, m, d := ref.Date()
		s.rd, s.ry, s.rm, s.rday = civ(y, int(m), d), y, int(m), d
		hh, mm, ss := ref.Clock()
		s.hasClock = hh != 0 || mm != 0 || ss != 0 || ref.Nanosecond() != 0
	} else {
		// placeholder; relative values are blanked
		s.rd, s.ry, s.rm, s.rday = civ(2000, 6, 15), 2000, 6, 15
	}
	run(s)
	out := s.out
	if own {
		sc.out = out
	}
	sc.vals = s.vals
	*s = scanner{} // no text kept in the pool
	return sc.result(dst, out, own)
}

// scratch holds the values of a scan while it runs, and its mentions when
// the caller has no buffer for them; the values are copied out in one
// allocation sized to what was found. Scans reuse scratches through
// scratchPool.
type scratch struct {
	out  []ner.Mention
	vals []ner.Value // the values of the mentions, in order
	s    scanner
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// result gives the mentions found their values and returns them after
// dst: out is dst with the mentions emitted into it, or (own) the
// mentions alone, gathered in the scratch and then copied after dst. It
// clears the scratch (it holds no text once back in the pool).
func (sc *scratch) result(dst, out []ner.Mention, own bool) []ner.Mention {
	n := len(sc.vals)
	if n == 0 {
		return dst
	}
	if own {
		dst = append(dst, out...)
		clear(out)
	} else {
		dst = out
	}
	vals := make([]ner.Value, n)
	copy(vals, sc.vals)
	w := len(dst) - n
	for k := range n {
		dst[w+k].Value = &vals[k]
	}
	clear(sc.vals)
	return dst
}

// noMentions is the result when there are none: empty, not nil, as
// before the scratch.
var noMentions = []ner.Mention{}

type scanner struct {
	t        string
	ref      time.Time
	rd       time.Time // reference civil date
	ry, rm   int       // its year and month (1..12)
	rday     int       // and day of the month
	hasRef   bool
	hasClock bool
	out      []ner.Mention
	dateEnd  int // end of the last DATE mention: a TIME may start right there (내일저녁)
	cu       cuCache
	sn, nn   numCache    // the last numerals read (sinoAt, nativeAt)
	gated    bool        // skip the positions that pairGate and digitGate refuse
	vals     []ner.Value // the values of out, in order
	sb       strBuf      // the strings of vals
	// the last tense cue: its value for positions cueFrom..cueTo
	cueOK          bool
	cueFrom, cueTo int
	cueVal         int
}

func (s *scanner) run() {
	t := s.t
	// prevWord: the rune before i is a letter or a digit, so no rule
	// starts at i unless a date ended there (내일저녁). nextStart steps
	// over the rest; each byte it stops at is sorted by runClass. Where it
	// stopped (i is not s.dateEnd), a digit or a syllable already passed
	// the tests of a word start and the gates.
	prevWord := false
	for i := 0; i < len(t); {
		if i != s.dateEnd {
			if i, prevWord = nextStart(t, i, prevWord, s.gated); i >= len(t) {
				break
			}
		}
		c := t[i]
		switch runClass[c] {
		case rcSpace:
			prevWord = false
			i++
			continue
		case rcLetter:
			prevWord = true
			i++
			continue
		case rcDigit:
			if i != s.dateEnd || !s.gated || digitGate(t, i) {
				if e := s.at(i); e > i {
					i, prevWord = e, s.wordBefore(e)
					continue
				}
			}
			prevWord = true
			i++
			continue
		case rcQuote:
			if (!prevWord || i == s.dateEnd) && (!s.gated || s.isDigitAt(i+1)) {
				if e := s.at(i); e > i {
					i, prevWord = e, s.wordBefore(e)
					continue
				}
			}
			prevWord = false
			i++
			continue
		case rcLead:
			if r, ok := syllableAt(t, i); ok {
				if i != s.dateEnd || trigger.has(r) && (!s.gated || pairGate(t, i, r, runeAfter(t, i+3))) {
					if e := s.at(i); e > i {
						i, prevWord = e, s.wordBefore(e)
						continue
					}
				}
				prevWord = true
				i += 3
				continue
			}
		}
		// any other rune (no syllable): a quote opens only a year: ’25년
		r, n := decodeRune(t, i)
		if (r == '‘' || r == '’') && !prevWord && (!s.gated || s.isDigitAt(i+n)) {
			if e := s.at(i); e > i {
				i, prevWord = e, s.wordBefore(e)
				continue
			}
		}
		prevWord = isWordRune(r)
		i += n
	}
}

// runeAfter is the rune at t[p:] for pairGate (0 at the end): a syllable,
// the usual case, read inline.
func runeAfter(t string, p int) rune {
	if p+3 <= len(t) {
		b := t[p : p+3]
		if isSyllable3(uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) {
			return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F)
		}
	}
	return otherRuneAt(t, p)
}

// otherRuneAt is the rune at t[p:], 0 at the end.
func otherRuneAt(t string, p int) rune {
	if p >= len(t) {
		return 0
	}
	r, _ := decodeRune(t, p)
	return r
}

// nextStart returns the first position from i where run has to look
// closer, and whether a letter or a digit comes right before it (prevWord
// there): a digit or an apostrophe at a word start, a word whose first
// syllable is in trigger, or a rune that is neither ASCII nor a syllable.
// When gated, a digit stops it only where digitGate admits it and a
// syllable only where pairGate does. It steps over the rest (spaces,
// signs, letters, the syllables of other words) without decoding. run
// calls it only where i is not s.dateEnd, which is never ahead of i: no
// position it steps over is s.dateEnd.
func nextStart(t string, i int, prevWord, gated bool) (int, bool) {
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			k := asciiStep[c]
			if k&stepStop != 0 && !prevWord && (c == '\'' || !gated || digitGate(t, i)) {
				return i, false
			}
			prevWord = k&stepWord != 0
			i++
			continue
		}
		// a syllable, and where eight bytes are left the next one too
		// in the same load (y; x1 its three bytes after x's)
		var x, x1 uint32
		long := i+8 <= len(t)
		if long {
			y := le64(t[i : i+8])
			x, x1 = bits.ReverseBytes32(uint32(y))>>8, bits.ReverseBytes32(uint32(y>>24))>>8
		} else if i+3 <= len(t) {
			b := t[i : i+3]
			x = uint32(c)<<16 | uint32(b[1])<<8 | uint32(b[2])
		} else {
			break
		}
		if !isSyllable3(x) {
			break
		}
		// a word start whose syllable is in trigger, told by its bytes
		if d := x - 0xEAB080; !prevWord && triggerBits[d>>8&1023]>>(d&63)&1 != 0 {
			r := rune(x>>16&0x0F)<<12 | rune(x>>8&0x3F)<<6 | rune(x&0x3F)
			if !gated || litFirst.has(r) {
				return i, false
			}
			// pairGate with what follows: a syllable (the usual case)
			// read with x; most pairs are refused by pairMaybe alone
			var r1 rune
			if long && isSyllable3(x1) {
				r1 = rune(x1>>16&0x0F)<<12 | rune(x1>>8&0x3F)<<6 | rune(x1&0x3F)
			} else {
				r1 = runeAfter(t, i+3)
			}
			if pairMaybe.has(r, r1) && pairGate(t, i, r, r1) {
				return i, false
			}
		}
		// the rest of the word: two syllables a load while eight bytes
		// are left (the first of them is x1, read already), then one at
		// a time
		i += 3
		if long {
			if !isSyllable3(x1) {
				goto end
			}
			i += 3
		}
		for ; i+8 <= len(t); i += 6 {
			y := le64(t[i : i+8])
			if !isSyllable3(bits.ReverseBytes32(uint32(y)) >> 8) {
				goto end
			}
			if !isSyllable3(bits.ReverseBytes32(uint32(y>>24)) >> 8) {
				i += 3
				goto end
			}
		}
		for i+3 <= len(t) {
			b := t[i : i+3]
			if !isSyllable3(uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2])) {
				break
			}
			i += 3
		}
	end:
		// the space after the word (the usual case), stepped over here
		// as the ASCII branch would: no stop, no word before what follows
		prevWord = true
		if i < len(t) && t[i] == ' ' {
			i++
			prevWord = false
		}
	}
	return i, prevWord
}

// le64 reads the first eight bytes of b, little-endian.
func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// isSyllable3 reports whether the three bytes x (first byte highest)
// encode a Hangul syllable: two continuation bytes and, as UTF-8 keeps
// the order of code points, a value from 0xEA 0xB0 0x80 (U+AC00) to
// 0xED 0x9E 0xA3 (U+D7A3).
func isSyllable3(x uint32) bool {
	return x-0xEAB080 <= 0xED9EA3-0xEAB080 && x&0xC0C0 == 0x8080
}

// asciiStep tells nextStart what an ASCII byte does: stepWord when it is
// a letter or a digit (prevWord after it), stepStop when run looks closer
// at it at a word start (a digit, the apostrophe).
var asciiStep = func() (c [utf8.RuneSelf]uint8) {
	for b := '0'; b <= '9'; b++ {
		c[b] = stepWord | stepStop
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = stepWord, stepWord
	}
	c['\''] = stepStop
	return
}()

const (
	stepWord = 1 << iota
	stepStop
)

// syllableAt returns the Hangul syllable (U+AC00-U+D7A3) that t[i:]
// starts with, if any.
func syllableAt(t string, i int) (rune, bool) {
	r := lex.HangulAt(t, i)
	return r, r >= 0
}

// runClass sorts bytes for run: ASCII spaces and signs, letters, digits,
// the apostrophe (’25년 typed as '25년), the lead bytes of the Hangul
// syllables (0xEA-0xED), and the rest (0: decoded as a rune).
var runClass = func() (c [256]uint8) {
	for b := 0; b < utf8.RuneSelf; b++ {
		c[b] = rcSpace
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = rcDigit
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = rcLetter, rcLetter
	}
	c['\''] = rcQuote
	for b := 0xEA; b <= 0xED; b++ {
		c[b] = rcLead
	}
	return
}()

const (
	rcSpace = 1 + iota
	rcLetter
	rcDigit
	rcQuote
	rcLead
)

// wordBefore reports whether the rune before e is a letter or a digit.
func (s *scanner) wordBefore(e int) bool {
	if e > 0 {
		switch runClass[s.t[e-1]] {
		case rcSpace, rcQuote:
			return false
		case rcLetter, rcDigit:
			return true
		}
	}
	if e >= 3 {
		if _, ok := syllableAt(s.t, e-3); ok {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s.t[:e])
	return isWordRune(r)
}

// isWordRune is unicode.IsLetter(r) || unicode.IsDigit(r), told without a
// search of the Unicode tables for ASCII, the syllables and the signs of
// symWord's range (“, …, △, ㈜: the non-ASCII signs of news text).
func isWordRune(r rune) bool {
	switch {
	case uint32(r) < utf8.RuneSelf:
		return runClass[r] == rcLetter || runClass[r] == rcDigit
	case isHangul(r):
		return true
	case uint32(r-symLo) < uint32(len(symWord)*64):
		k := uint32(r - symLo)
		return symWord[k>>6]&(1<<(k&63)) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// symWord marks the letters and digits from U+2000 (General Punctuation)
// to U+33FF (CJK Compatibility), for isWordRune.
const symLo = 0x2000

var symWord = func() (t [(0x3400 - symLo) / 64]uint64) {
	for r := rune(symLo); r < 0x3400; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t[(r-symLo)>>6] |= 1 << ((r - symLo) & 63)
		}
	}
	return
}()

// trigger marks the syllables a date or time expression can start with
// (the union of the gates in gate.go).
var trigger sylSet

// at tries every rule at i, emits the longest match and returns its end
// (i when nothing matched).
func (s *scanner) at(i int) int {
	r := s.runeAt(i)
	digit := isDigit(s.t[i])
	var dn digitsNext
	var k cand
	if digit {
		dn = s.digitsNextAt(i)
		k = dn.cand(s.t, i)
	} else {
		k = s.sylCand(i, r)
		if k == 0 && r != '전' && r != '후' {
			return i // no rule can match (a digit has cDur at least)
		}
	}
	var te int
	var tval tv
	var tok bool
	if k&cTime != 0 {
		te, tval, tok = s.timeAt(i, r, k)
	}
	if tok {
		te, tval = s.clockRange(i, te, tval)
	}
	if digit && dn.rng || k&cPod != 0 {
		if e, v, ok := s.hourRange(i); ok && (!tok || e > te) {
			te, tval, tok = e, v, true
		}
	}
	if r == '전' || r == '후' {
		if e, v, ok := s.matchMinute(i); ok {
			s.emit(i, e, ner.TIME, v, "duration")
			return e
		}
	}
	de, dval, rule, dok := s.dateAt(i, r, &dn, k)
	// a duration wins only where it is longer than any point in time (3일
	// is the day of the month, 3일간 a duration): not where the rune at
	// the date's or the time's end can be no part of one (28일에, 3일
	// 서울에서: most dates)
	if k&cDur != 0 && (!dok || s.inDuration(de)) && (!tok || s.inDuration(te)) {
		var d duration
		if ue, ul, uok := s.durationAt(i, &d); uok && (!tok || ue > te) && (!dok || ue > de) {
			if !s.prevWord(i, everyWords) {
				s.emit(i, ue, ul, d.value(), "duration")
				if ul == ner.DATE {
					s.dateEnd = ue
				}
			}
			return ue
		}
	}
	if dok && s.prevWord(i, everyWords) {
		// 매년 3월 2일부터, 매주 목요일: a recurring date is no date
		if !tok || de >= te {
			return de
		}
		dok = false
	}
	switch {
	case dok && (!tok || de >= te):
		s.emit(i, de, ner.DATE, dval.valueIn(&s.sb, s.hasRef), rule)
		s.dateEnd = de
		return de
	case tok:
		s.emit(i, te, ner.TIME, tval.valueIn(&s.sb), "time")
		return te
	}
	return i
}

// everyWords make the date after them recurring.
var everyWords = newWordSet("매년", "매해", "해마다", "매월", "매달", "다달이", "매주", "주마다", "격주", "격월", "매일", "날마다")

// emit adds a mention and its value (result points the one at the other).
func (s *scanner) emit(a, b int, l ner.Label, v ner.Value, rule string) {
	switch rule {
	case "year-name", "md-election":
		v.Kind = "name" // a date in an event's name (bareYear, mdName)
	case "md-name":
		v.Kind = "name"
		if len(v.Date) == 10 {
			v.Date = "--" + v.Date[5:] // a month and day of no year given
		}
	}
	s.out = append(s.out, ner.Mention{Start: a, End: b, Label: l, Text: s.t[a:b], Rule: ruleName(rule)})
	s.vals = append(s.vals, v)
}

// ruleName is the mention rule name of a rule, "date." + rule, built only
// for a rule not listed (a switch: cheaper than a map lookup per mention).
func ruleName(rule string) string {
	switch rule {
	case "day":
		return "date.day"
	case "day-range":
		return "date.day-range"
	case "half":
		return "date.half"
	case "holiday":
		return "date.holiday"
	case "month":
		return "date.month"
	case "month-day":
		return "date.month-day"
	case "month-part":
		return "date.month-part"
	case "month-range":
		return "date.month-range"
	case "nth":
		return "date.nth"
	case "numeric":
		return "date.numeric"
	case "offset":
		return "date.offset"
	case "quarter":
		return "date.quarter"
	case "rel-month-day":
		return "date.rel-month-day"
	case "season":
		return "date.season"
	case "span":
		return "date.span"
	case "weekday":
		return "date.weekday"
	case "year":
		return "date.year"
	case "year-name":
		return "date.year-name"
	case "year-edge":
		return "date.year-edge"
	case "year-range":
		return "date.year-range"
	case "time":
		return "date.time"
	case "duration":
		return "date.duration"
	case "rel":
		return "date.rel"
	case "week":
		return "date.week"
	case "weekend":
		return "date.weekend"
	case "rel-day":
		return "date.rel-day"
	case "rel-week":
		return "date.rel-week"
	case "rel-year":
		return "date.rel-year"
	case "rel-quarter":
		return "date.rel-quarter"
	case "rel-month":
		return "date.rel-month"
	}
	return "date." + rule
}

// ---- small lexical helpers ----

func (s *scanner) has(p int, w string) bool { return hasAt(s.t, p, w) }

// hasAt is strings.HasPrefix(t[p:], w), testing w's last byte first: most
// candidate words share their first byte (Hangul) but not their last.
func hasAt(t string, p int, w string) bool {
	n := len(w)
	return n > 0 && len(t)-p >= n && t[p+n-1] == w[n-1] && t[p:p+n] == w || n == 0
}

// word matches one of ws at p and returns the end of the longest.
func (s *scanner) word(p int, ws ...string) (int, string, bool) {
	best, bw := -1, ""
	if p >= len(s.t) {
		// only an empty word matches at the end
		for _, w := range ws {
			if w == "" && p > best {
				best, bw = p, w
			}
		}
		return best, bw, best >= 0
	}
	// the first two bytes first: Hangul words share their first byte (one
	// of 0xEA-0xED) but mostly not their second (c1 is 0 at the last
	// byte: hasAt still decides).
	c, c1 := s.t[p], byte(0)
	if p+1 < len(s.t) {
		c1 = s.t[p+1]
	}
	for _, w := range ws {
		switch {
		case len(w) > 1 && (w[0] != c || w[1] != c1), len(w) == 1 && w[0] != c:
			continue
		}
		if p+len(w) > best && hasAt(s.t, p, w) {
			best, bw = p+len(w), w
		}
	}
	return best, bw, best >= 0
}

// A wordList is a list of words for scanner.in, with a summary of the
// first two bytes of its words: most places where in is asked start with
// none of them, and in refuses those without reading the list; elsewhere
// it reads only the words that start with the two bytes there.
type wordList struct {
	words         []string
	first, second uint64     // bit b&63 for each first and second byte b
	short         bool       // a word of fewer than two bytes: no summary
	pairs         []uint16   // the distinct first two bytes of the words
	byPair        [][]string // the words, by their first two bytes (pairs)
}

func newWordList(words ...string) *wordList {
	l := &wordList{words: words}
	for _, w := range words {
		if len(w) < 2 {
			l.short = true
			continue
		}
		l.first |= 1 << (w[0] & 63)
		l.second |= 1 << (w[1] & 63)
		k := uint16(w[0])<<8 | uint16(w[1])
		g := slices.Index(l.pairs, k)
		if g < 0 {
			g = len(l.pairs)
			l.pairs = append(l.pairs, k)
			l.byPair = append(l.byPair, nil)
		}
		l.byPair[g] = append(l.byPair[g], w)
	}
	return l
}

// in is s.word(p, l.words...). Among words of one length only one can
// match, so reading them by their first two bytes finds the same.
func (s *scanner) in(p int, l *wordList) (int, string, bool) {
	t := s.t
	if l.short || p+1 >= len(t) {
		return s.word(p, l.words...)
	}
	c, c1 := t[p], t[p+1]
	if l.first&(1<<(c&63)) == 0 || l.second&(1<<(c1&63)) == 0 {
		return -1, "", false
	}
	k := uint16(c)<<8 | uint16(c1)
	for g, pk := range l.pairs {
		if pk != k {
			continue
		}
		best, bw := -1, ""
		for _, w := range l.byPair[g] {
			if p+len(w) > best && hasAt(t, p, w) {
				best, bw = p+len(w), w
			}
		}
		return best, bw, best >= 0
	}
	return -1, "", false
}

// sp skips spaces (not line breaks).
func (s *scanner) sp(p int) int { return skipSpaces(s.t, p) }

// skipSpaces returns the offset of the first byte at or after p of t
// that is no space, tab or U+00A0.
func skipSpaces(t string, p int) int {
	for p < len(t) {
		switch t[p] {
		case ' ', '\t':
			p++
		case 0xC2: // U+00A0 is 0xC2 0xA0
			if p+1 == len(t) || t[p+1] != 0xA0 {
				return p
			}
			p += len("\u00a0")
		default:
			return p
		}
	}
	return p
}

func (s *scanner) runeAt(p int) rune {
	if p >= len(s.t) {
		return 0
	}
	r, _ := decodeRune(s.t, p)
	return r
}

// decodeRune is lex.Decode: utf8.DecodeRuneInString(t[i:]) with the
// three-byte forms (all of Hangul) decoded inline; i < len(t).
func decodeRune(t string, i int) (rune, int) { return lex.Decode(t, i) }

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// particleStart lists syllables that can begin what follows a date inside
// the same word: particles (에, 은, 부터…), copulas (인, 이다) and 께/쯤/경.
var particleStart = newSylSet("에은는이가을를의도만부까로으과와께쯤경엔보처인자나라란야중서말초")

// sylSet is a set of Hangul syllables, one bit each.
type sylSet [(11172 + 63) / 64]uint64

func newSylSet(syls string) *sylSet {
	var t sylSet
	for _, r := range syls {
		t.add(r)
	}
	return &t
}

// firstSyllables holds the first syllable of word(x) for each x of xs
// (none for a word that starts otherwise).
func firstSyllables[T any](xs []T, word func(T) string) *sylSet {
	var t sylSet
	for _, x := range xs {
		r, _ := utf8.DecodeRuneInString(word(x))
		t.add(r)
	}
	return &t
}

func (t *sylSet) add(r rune) {
	if isHangul(r) {
		t[(r-0xAC00)>>6] |= 1 << ((r - 0xAC00) & 63)
	}
}

// has reports whether r is in t (false for anything but a syllable).
func (t *sylSet) has(r rune) bool {
	k := uint(r - 0xAC00)
	return k < 11172 && t[k>>6]&(1<<(k&63)) != 0
}

// boundary reports whether a date word may end at p: end of text, a
// non-letter, or a particle.
func (s *scanner) boundary(p int) bool {
	r := s.runeAt(p)
	if r == 0 {
		return true
	}
	if isHangul(r) {
		if !particleStart.has(r) {
			return s.has(p, "입니") // the polite copula: 26일입니다
		}
		// 만에/만이 after a number is a duration (3년 만에).
		if s.has(p, "만에") || s.has(p, "만이") || s.has(p, "만의") {
			return false
		}
		return true
	}
	return !isWordRune(r)
}

// hard reports that p ends a word (no particle allowed): end, space or punctuation.
func (s *scanner) hard(p int) bool {
	r := s.runeAt(p)
	return r == 0 || !isWordRune(r)
}

// afterWord returns the word that follows p after spaces, up to 12 bytes.
func (s *scanner) nextIs(p int, ws ...string) bool {
	p = s.sp(p)
	_, _, ok := s.word(p, ws...)
	return ok
}

// ---- tense cues ----

// cue looks ahead from p to the end of the clause and reports +1 when the
// wording points forward (예정, ~겠, ~ㄹ 것/계획/방침/전망, ~ㄴ다), -1 when a
// past-tense ending comes first (했다, 열렸으며), 0 when neither shows.
func (s *scanner) cue(p int) int {
	// the last answer holds for any p between the position it was asked
	// at and the place it was decided (dates of one clause share it)
	if s.cueOK && p >= s.cueFrom && p <= s.cueTo && s.cueTo-p < 240 {
		return s.cueVal
	}
	s.cueOK = false
	v, q, decided := s.cue1(p)
	if decided {
		s.cueOK, s.cueFrom, s.cueTo, s.cueVal = true, p, q, v
	}
	return v
}

// cueSyl holds the syllables cue1 looks closer at: 겠, 예, and those
// ending in ㅆ, ㄹ or ㄴ.
var cueSyl = func() *sylSet {
	var t sylSet
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if jong := (r - 0xAC00) % 28; r == '겠' || r == '예' || jong == 20 || jong == 8 || jong == 4 {
			t.add(r)
		}
	}
	return &t
}()

// forwardAdnominal reports whether the syllable r at q ends a verb that
// qualifies a noun as something to come: 할, 될, (열)릴 before a noun
// (발표할 대책, 개최될 행사; not 할 수, 할 때), or 열리는 (열리는 회의);
// a date's clause with one points forward, whatever the main verb (15일
// 열리는 회의를 앞두고 준비했다). 하는 and 되는 are left out: mostly a
// state or an ongoing action (수사하는 과정, 추정되는 인물).
func (s *scanner) forwardAdnominal(q int, r rune) bool {
	t := s.t
	if q+3 >= len(t) || t[q+3] != ' ' {
		return false
	}
	switch r {
	case '할', '될', '릴':
		n := q + 4
		return !hasAt(t, n, "수 ") && !hasAt(t, n, "때") && !hasAt(t, n, "만큼") && !hasAt(t, n, "정도") && !hasAt(t, n, "뿐")
	case '는':
		return q >= 6 && hasAt(t, q-6, "열리")
	}
	return false
}

// cue1 is cue without the cache; q is where the answer was decided
// (decided is false when the 240-byte window ran out). It tells a
// syllable by its bytes (cueBits): most decide nothing and are stepped
// over undecoded.
func (s *scanner) cue1(p int) (v, q int, decided bool) {
	t := s.t
	lim := p + 240
	if lim > len(t) {
		lim = len(t)
	}
	for q := p; q < lim; {
		c := t[q]
		if c < utf8.RuneSelf {
			if cueEnd[c] {
				return 0, q, true
			}
			q++
			continue
		}
		var x uint32
		if q+4 <= len(t) {
			x = bits.ReverseBytes32(le32(t[q:q+4])) >> 8
		} else if q+3 <= len(t) {
			b := t[q : q+3]
			x = uint32(c)<<16 | uint32(b[1])<<8 | uint32(b[2])
		}
		if !isSyllable3(x) {
			// no other rune decides
			_, n := decodeRune(t, q)
			q += n
			continue
		}
		if cueBits.has(x) {
			if v, ok := s.cueAt(q, rune(x>>16&0x0F)<<12|rune(x>>8&0x3F)<<6|rune(x&0x3F)); ok {
				return v, q, true
			}
		}
		q += 3
	}
	return 0, lim, false
}

// le32 reads the first four bytes of b, little-endian.
func le32(b string) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// cueAt tells whether the syllable r at q, one of cueSyl, decides the
// tense cue, and which way. The syllables are sorted by their final
// consonant (jong), which tells which cases can hold.
func (s *scanner) cueAt(q int, r rune) (int, bool) {
	t := s.t
	switch (r - 0xAC00) % 28 {
	case 20: // ㅆ: 했, 었, 였, 됐 (not 있); 겠 points forward
		if r == '겠' {
			return 1, true
		}
		if r != '있' {
			return -1, true
		}
	case 8: // ㄹ: 할 것, 할 계획; 발표할 대책, 개최될 행사
		if q+3 < len(t) && t[q+3] == ' ' {
			if hasAt(t, q+3, " 것") || hasAt(t, q+3, " 전망") || hasAt(t, q+3, " 계획") || hasAt(t, q+3, " 방침") {
				return 1, true
			}
			if (r == '할' || r == '될' || r == '릴') && s.forwardAdnominal(q, r) {
				return 1, true
			}
		}
	case 4: // ㄴ: 된다, 연다 (not 인다); 열리는 회의
		if hasAt(t, q+3, "다") && s.hard(q+3+len("다")) && r != '인' {
			return 1, true
		}
		if r == '는' && s.forwardAdnominal(q, r) {
			return 1, true
		}
	case 0:
		if r == '예' && hasAt(t, q, "예정") {
			return 1, true
		}
	}
	return 0, false
}

// cueEnd marks the ASCII bytes that end a clause for cue1.
var cueEnd = [utf8.RuneSelf]bool{'.': true, '?': true, '!': true, '\n': true}

// cueBits is cueSyl indexed by a syllable's three bytes as nextStart
// reads one (triggerBits): the word d>>8 and bit d&63 of d, the bytes
// (first byte highest) less those of U+AC00.
var cueBits = func() (b sylBits) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if cueSyl.has(r) {
			var e [3]byte
			utf8.EncodeRune(e[:], r)
			d := (uint32(e[0])<<16 | uint32(e[1])<<8 | uint32(e[2])) - 0xEAB080
			b[d>>8] |= 1 << (d & 63)
		}
	}
	return
}()

// sylBits is a set of syllables indexed by their three bytes.
type sylBits [1024]uint64

// has reports whether the syllable of bytes x (isSyllable3) is in b.
func (b *sylBits) has(x uint32) bool {
	d := x - 0xEAB080
	return b[d>>8&1023]>>(d&63)&1 != 0
}
