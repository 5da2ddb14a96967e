package main

import (
	"math"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract"
)

// This file writes a document as one line of JSON by hand: the JSONL output
// of extract, bench --jsonl and serve. It writes the bytes that
// segmentio/encoding's Append(d, SortMapKeys) wrote before (and so
// encoding/json's with SetEscapeHTML(false)): the fields in struct order,
// omitempty as encoding/json reads it, nil slices and maps as null, map keys
// sorted, strings escaped as appendString says and numbers as appendInt
// and appendFloat write them. The reflection, per-field function calls and
// per-rune decoding of the generic encoder were about a fifth of the time
// of kpolicy bench --jsonl (TestMarshalSameAsSegmentio, FuzzMarshal and
// TestMarshalEveryField hold the two encoders to the same bytes).

// appendDoc appends d's JSON to b. It reports false, leaving b partly
// written, when d holds something it does not encode: a Value other than
// nil, a string or a float64, or a number that is NaN or infinite (no JSON
// form). The caller then encodes d with the generic encoder, which writes
// such values, or fails on them, as it always did.
func appendDoc(b []byte, d *extract.Document) ([]byte, bool) {
	b = append(b, `{"schema":`...)
	b = appendString(b, d.Schema)
	b = appendDocInfo(append(b, `,"doc":`...), &d.Doc)
	var ok bool
	if b, ok = appendList(append(b, `,"entities":`...), d.Entities, appendEntity); !ok {
		return b, false
	}
	if b, ok = appendList(append(b, `,"events":`...), d.Events, appendEvent); !ok {
		return b, false
	}
	if len(d.Warnings) > 0 {
		b = appendStrings(append(b, `,"warnings":`...), d.Warnings)
	}
	return append(b, '}'), true
}

func appendDocInfo(b []byte, d *extract.DocInfo) []byte {
	b = appendString(append(b, `{"id":`...), d.ID)
	b = appendString(append(b, `,"source":`...), d.Source)
	b = appendOptString(b, `,"url":`, d.URL)
	b = appendOptString(b, `,"title":`, d.Title)
	b = appendOptString(b, `,"published":`, d.Published)
	b = appendOptString(b, `,"publisher":`, d.Publisher)
	if len(d.Reporters) > 0 {
		b = appendStrings(append(b, `,"reporters":`...), d.Reporters)
	}
	b = appendOptString(b, `,"dateline":`, d.Dateline)
	b = appendOptString(b, `,"layout":`, d.Layout)
	b = appendString(append(b, `,"text":`...), d.Text)
	return append(b, '}')
}

func appendEntity(b []byte, e *extract.Entity) ([]byte, bool) {
	b = appendString(append(b, `{"id":`...), e.ID)
	b = appendString(append(b, `,"type":`...), e.Type)
	b = appendString(append(b, `,"name":`...), e.Name)
	if len(e.Aliases) > 0 {
		b = appendStrings(append(b, `,"aliases":`...), e.Aliases)
	}
	b = appendOptString(b, `,"role":`, e.Role)
	b = appendOptString(b, `,"org":`, e.Org)
	b, _ = appendList(append(b, `,"mentions":`...), e.Mentions, appendMention)
	b, ok := appendValueFields(b, &e.ValueFields)
	return append(b, '}'), ok
}

func appendMention(b []byte, m *extract.Mention) ([]byte, bool) {
	b = appendString(append(b, `{"text":`...), m.Text)
	b = appendInt(append(b, `,"start":`...), m.Start)
	b = appendInt(append(b, `,"end":`...), m.End)
	b = appendInt(append(b, `,"sentence":`...), m.Sentence)
	b = appendOptString(b, `,"rule":`, m.Rule)
	return append(b, '}'), true
}

func appendEvent(b []byte, e *extract.Event) ([]byte, bool) {
	b = appendString(append(b, `{"id":`...), e.ID)
	b = appendString(append(b, `,"type":`...), e.Type)
	b = appendString(append(b, `,"label":`...), e.Label)
	b = appendString(append(b, `,"trigger":`...), e.Trigger)
	b = appendInt(append(b, `,"sentence":`...), e.Sentence)
	b = appendString(append(b, `,"evidence":`...), e.Evidence)
	b = appendInt(append(b, `,"start":`...), e.Start)
	b = appendInt(append(b, `,"end":`...), e.End)
	b = append(b, `,"args":`...)
	if e.Args == nil {
		b = append(b, "null"...)
	} else {
		// the roles in sorted order, as SortMapKeys writes them; an
		// event has a handful, so they sort in a stack array
		var room [8]string
		roles := room[:0]
		for r := range e.Args {
			roles = append(roles, r)
		}
		slices.Sort(roles)
		b = append(b, '{')
		for i, r := range roles {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			if b, ok = appendList(append(appendString(b, r), ':'), e.Args[r], appendArg); !ok {
				return b, false
			}
		}
		b = append(b, '}')
	}
	var ok bool
	if b, ok = appendFloat(append(b, `,"confidence":`...), e.Confidence); !ok {
		return b, false
	}
	if e.Negated {
		b = append(b, `,"negated":true`...)
	}
	b = appendOptString(b, `,"rule":`, e.Rule)
	return append(b, '}'), true
}

func appendArg(b []byte, a *extract.Arg) ([]byte, bool) {
	b = appendString(append(b, `{"text":`...), a.Text)
	b = appendOptString(b, `,"entity":`, a.Entity)
	b = appendOptString(b, `,"name":`, a.Name)
	b, ok := appendValueFields(b, &a.ValueFields)
	return append(b, '}'), ok
}

// appendList appends xs as a JSON array, each element by f (null for a
// nil slice, as encoding/json writes it). It reports false as soon as f
// does.
func appendList[T any](b []byte, xs []T, f func([]byte, *T) ([]byte, bool)) ([]byte, bool) {
	if xs == nil {
		return append(b, "null"...), true
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = f(b, &xs[i]); !ok {
			return b, false
		}
	}
	return append(b, ']'), true
}

// appendValueFields appends the fields of f that are set, each after a
// comma: f is embedded at the end of its struct.
func appendValueFields(b []byte, f *extract.ValueFields) ([]byte, bool) {
	ok := true
	switch v := f.Value.(type) {
	case nil:
	case float64:
		b, ok = appendFloat(append(b, `,"value":`...), v)
	case string:
		b = appendString(append(b, `,"value":`...), v)
	default:
		return b, false
	}
	if f.Min != nil && ok {
		b, ok = appendFloat(append(b, `,"min":`...), *f.Min)
	}
	if f.Max != nil && ok {
		b, ok = appendFloat(append(b, `,"max":`...), *f.Max)
	}
	if f.Approx {
		b = append(b, `,"approx":true`...)
	}
	b = appendOptString(b, `,"currency":`, f.Currency)
	b = appendOptString(b, `,"unit":`, f.Unit)
	b = appendOptString(b, `,"grain":`, f.Grain)
	b = appendOptString(b, `,"from":`, f.From)
	b = appendOptString(b, `,"to":`, f.To)
	b = appendOptString(b, `,"direction":`, f.Direction)
	b = appendOptString(b, `,"kind":`, f.Kind)
	return b, ok
}

// appendOptString appends key and s unless s is empty (omitempty).
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendString(append(b, key...), s)
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendInt is strconv.AppendInt for an int, quicker for the offsets and
// sentence numbers below 10000 that are most numbers of a document.
func appendInt(b []byte, n int) []byte {
	switch {
	case uint(n) < 10:
		return append(b, byte('0'+n))
	case uint(n) < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case uint(n) < 1000:
		return append(b, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	case uint(n) < 10000:
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendFloat writes f as encoding/json does: like strconv's shortest 'f'
// form, or 'e' with a one-digit negative exponent (1e-7, not 1e-07) below
// 1e-6 and from 1e21. It reports false for NaN and the infinities.
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, false
	}
	abs := math.Abs(f)
	if abs < 1<<53 && f == float64(int64(f)) && (f != 0 || !math.Signbit(f)) {
		// a whole number (money in won) is its digits: below 2^53, no
		// shorter decimal is the same float
		return strconv.AppendInt(b, int64(f), 10), true
	}
	if abs == 0 || abs >= 1e-6 && abs < 1e21 {
		return strconv.AppendFloat(b, f, 'f', -1, 64), true
	}
	b = strconv.AppendFloat(b, f, 'e', -1, 64)
	if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b, true
}

// appendString appends s as a JSON string as segmentio/encoding writes it
// without EscapeHTML (and so encoding/json with SetEscapeHTML(false)):
// '"', '\\' and the control characters \b \f \n \r \t escaped by a
// backslash, other control characters as \u00XX, U+2028 and U+2029 as
// \u2028 and \u2029, and each byte of invalid UTF-8 as \ufffd; < > & and
// all else as they are.
//
// The generic encoder decodes every rune. Here the automaton utf8Plain
// runs over s eight bytes at a time while it stays in valid UTF-8 that
// needs no escape; only the eight bytes where it fails (and the rune that
// runs into them) go through the rune by rune loop, appendUnit.
func appendString(b []byte, s string) []byte {
	n := plainPrefix(s)
	b = append(b, '"')
	b = append(b, s[:n]...)
	if n < len(s) {
		b = appendEscaped(b, s, n)
	}
	return append(b, '"')
}

// plainPrefix returns len(s) when utf8Plain accepts s. Else it returns
// the start q of a rune such that s[:q] is plain and the first byte that
// needs an escape, is not valid UTF-8 or starts a rune of four bytes is in
// s[q:q+10] (in the eight bytes it failed on, and the rune that runs into
// them starts at most two bytes before).
func plainPrefix(s string) int {
	p, st := 0, uint64(plainStart)
	for ; p+8 <= len(s); p += 8 {
		t := s[p : p+8]
		next := utf8Plain[t[0]] >> (st & 63)
		next = utf8Plain[t[1]] >> (next & 63)
		next = utf8Plain[t[2]] >> (next & 63)
		next = utf8Plain[t[3]] >> (next & 63)
		next = utf8Plain[t[4]] >> (next & 63)
		next = utf8Plain[t[5]] >> (next & 63)
		next = utf8Plain[t[6]] >> (next & 63)
		next = utf8Plain[t[7]] >> (next & 63)
		if next&63 == plainFail {
			break
		}
		st = next
	}
	if p+8 > len(s) { // the last bytes, one by one
		last := st
		for k := p; k < len(s); k++ {
			last = utf8Plain[s[k]] >> (last & 63)
		}
		if last&63 == plainStart {
			return len(s)
		}
	}
	// s[:p] is plain but for a rune that may run over p: go back to its
	// first byte
	if st&63 != plainStart {
		p--
		for s[p]&0xC0 == 0x80 {
			p--
		}
	}
	return p
}

// appendEscaped appends s[j:], j at the start of a rune, less plain than
// plainPrefix wants: the runes of the eight bytes where it failed, one by
// one, then what plainPrefix accepts, and so on.
func appendEscaped(b []byte, s string, j int) []byte {
	i := j // s[:i] is written
	for {
		end := min(j+10, len(s)) // past the bytes plainPrefix failed on
		for j < end {
			b, i, j = appendUnit(b, s, i, j)
		}
		if j == len(s) {
			break
		}
		j += plainPrefix(s[j:])
	}
	return append(b, s[i:]...)
}

// appendUnit is the generic encoder's loop for the character at s[j], j
// at the start of a rune or an invalid byte: it appends s[i:j] and the
// escape of s[j] when s[j] needs one, and returns the new i and the start
// of the next character.
func appendUnit(b []byte, s string, i, j int) ([]byte, int, int) {
	if c := s[j]; c < utf8.RuneSelf {
		switch {
		case escapeChar[c] != 0:
			b = append(b, s[i:j]...)
			b = append(b, '\\', escapeChar[c])
			i = j + 1
		case c < 0x20:
			b = append(b, s[i:j]...)
			b = append(b, `\u00`...)
			b = append(b, hex[c>>4], hex[c&0xF])
			i = j + 1
		}
		return b, i, j + 1
	}
	r, size := utf8.DecodeRuneInString(s[j:])
	switch {
	case r == utf8.RuneError && size == 1:
		b = append(b, s[i:j]...)
		b = append(b, `\ufffd`...)
		i = j + 1
	case r == '\u2028' || r == '\u2029':
		b = append(b, s[i:j]...)
		b = append(b, `\u202`...)
		b = append(b, hex[r&0xF])
		i = j + size
	}
	return b, i, j + size
}

const hex = "0123456789abcdef"

// escapeChar is the letter after the backslash of the characters escaped
// by one, else 0.
var escapeChar = [256]byte{'"': '"', '\\': '\\', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't'}

// The states of utf8Plain, the bit offsets of their next states in its
// rows. plainFail keeps failing: its next state is 0 in every row.
const (
	plainFail  = 6 * iota
	plainStart // at the start of a rune
	plainCont1 // one continuation byte to go
	plainCont2 // two to go
	plainE0    // after E0: A0-BF, then one more (no overlong forms)
	plainED    // after ED: 80-9F, then one more (no surrogates)
	plainE2    // after E2: 80 may start U+2028 or U+2029
	plainE280  // after E2 80: A8 and A9 need an escape
)

// utf8Plain is a shift automaton that accepts valid UTF-8 needing no
// escape in a JSON string, without runes of four bytes (rare in news; they
// take appendUnit's path). Row c holds the next state after byte c of
// every state, six bits each: the state after c in state st is
// utf8Plain[c] >> st & 63, a load and a shift a byte, with no branch.
var utf8Plain = func() (t [256]uint64) {
	set := func(c int, from, to uint64) { t[c] |= to << from }
	for c := range 256 {
		switch {
		case c < 0x20 || c == '"' || c == '\\':
		case c < 0x80:
			set(c, plainStart, plainStart)
		case c >= 0xC2 && c <= 0xDF:
			set(c, plainStart, plainCont1)
		case c == 0xE0:
			set(c, plainStart, plainE0)
		case c == 0xE2:
			set(c, plainStart, plainE2)
		case c == 0xED:
			set(c, plainStart, plainED)
		case c >= 0xE1 && c <= 0xEF:
			set(c, plainStart, plainCont2)
		}
		if c >= 0x80 && c <= 0xBF { // continuation bytes
			set(c, plainCont1, plainStart)
			set(c, plainCont2, plainCont1)
			if c >= 0xA0 {
				set(c, plainE0, plainCont1)
			} else {
				set(c, plainED, plainCont1)
			}
			if c == 0x80 {
				set(c, plainE2, plainE280)
			} else {
				set(c, plainE2, plainCont1)
			}
			if c != 0xA8 && c != 0xA9 {
				set(c, plainE280, plainStart)
			}
		}
	}
	return t
}()

// lineBufs holds the buffers marshal encodes into before it copies a line
// out at its size.
var lineBufs = sync.Pool{New: func() any { return new([]byte) }}

// marshalLine returns d's JSON and a newline, or false as appendDoc does.
func marshalLine(d *extract.Document) ([]byte, bool) {
	bp := lineBufs.Get().(*[]byte)
	b, ok := appendDoc((*bp)[:0], d)
	var line []byte
	if ok {
		b = append(b, '\n')
		line = append([]byte(nil), b...)
	}
	if cap(b) <= 1<<20 { // keep no buffer of a huge document
		*bp = b
		lineBufs.Put(bp)
	}
	return line, ok
}
