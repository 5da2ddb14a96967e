package main

import (
	"bytes"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract"
)

// recordFast decodes a JSONL record the way records are written: one
// object whose fields are strings (or null), named as Record's tags, and
// other fields of any JSON value, which are skipped. Anything else (a key
// that differs from a field only in case, which encoding/json would take
// for it; a field of another type; invalid UTF-8; a lone surrogate; bad
// JSON) is left to decodeRecord's decoders: ok is false. Where ok is
// true the record is what encoding/json gives (FuzzDecodeRecord). It reads
// a record several times as fast as segmentio/encoding, which spent a
// quarter of the time of extraction decoding records of article text.
func recordFast(line []byte) (rec extract.Record, ok bool) {
	d := recDecoder{b: line}
	d.space()
	if !d.byte('{') {
		return rec, false
	}
	d.space()
	if d.byte('}') {
		return rec, d.end()
	}
	for {
		key, ok := d.key()
		if !ok {
			return rec, false
		}
		d.space()
		if !d.byte(':') {
			return rec, false
		}
		d.space()
		var field *string
		switch string(key) { // compared without a copy
		case "id":
			field = &rec.ID
		case "url":
			field = &rec.URL
		case "title":
			field = &rec.Title
		case "published":
			field = &rec.Published
		case "text":
			field = &rec.Text
		case "html":
			field = &rec.HTML
		default:
			for _, f := range recordFields {
				if bytes.EqualFold(key, []byte(f)) {
					return rec, false // encoding/json takes it for f
				}
			}
			if !d.skip(0) {
				return rec, false
			}
		}
		if field != nil {
			switch {
			case d.literal("null"): // leaves the field as it is
			case d.peek() == '"':
				s, ok := d.str()
				if !ok {
					return rec, false
				}
				*field = s
			default:
				return rec, false // a type error: encoding/json says which
			}
		}
		d.space()
		if d.byte('}') {
			return rec, d.end()
		}
		if !d.byte(',') {
			return rec, false
		}
		d.space()
	}
}

// recordFields are the JSON names of Record's fields.
var recordFields = [...]string{"id", "url", "title", "published", "text", "html"}

// recDecoder reads JSON from b at i.
type recDecoder struct {
	b []byte
	i int
}

func (d *recDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *recDecoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

// byte reads c if it is next.
func (d *recDecoder) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// literal reads s if it is next.
func (d *recDecoder) literal(s string) bool {
	if len(d.b)-d.i >= len(s) && string(d.b[d.i:d.i+len(s)]) == s {
		d.i += len(s)
		return true
	}
	return false
}

// end reports whether only white space follows.
func (d *recDecoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

// key reads an object key written without escapes, in ASCII.
func (d *recDecoder) key() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		if c == '"' {
			d.i++
			return d.b[start : d.i-1], true
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// strStop marks the bytes that end a plain run of a string: the quote,
// the backslash and the control bytes (a syntax error in JSON).
var strStop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// str reads a string value: valid UTF-8 with the escapes of JSON, \u
// surrogates only in pairs.
func (d *recDecoder) str() (string, bool) {
	d.i++ // the quote
	start := d.i
	b := d.b
	i, ok := plainRun(b, start)
	if !ok {
		return "", false
	}
	if i < len(b) && b[i] == '"' {
		// the usual string: no escapes
		d.i = i + 1
		return string(b[start:i]), true
	}
	out := make([]byte, 0, i-start+64)
	out = append(out, b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			d.i = i + 1
			return string(out), true
		case c < 0x20:
			return "", false
		case c != '\\':
			j, ok := plainRun(b, i)
			if !ok {
				return "", false
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(b) {
			return "", false
		}
		switch e := b[i+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(b, i+2)
			if !ok {
				return "", false
			}
			i += 6
			if r >= 0xD800 && r < 0xE000 {
				// a high surrogate and its low one, or left to the others
				lo, ok := hex4(b, i+2)
				if r >= 0xDC00 || !ok || b[i] != '\\' || b[i+1] != 'u' || lo < 0xDC00 || lo >= 0xE000 {
					return "", false
				}
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				i += 6
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return "", false
		}
		i += 2
	}
	return "", false
}

// plainRun returns where the run of a string's bytes from i ends: at a
// quote, a backslash, a control byte or the end of b. ok is false when
// the run is not valid UTF-8. It checks the UTF-8 as it goes, Hangul's
// three bytes inline: a second pass of utf8.Valid cost more than the
// scan.
func plainRun(b []byte, i int) (int, bool) {
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if strStop[c] {
				return i, true
			}
			i++
			continue
		}
		if c >= 0xE0 && c <= 0xEF && i+2 < len(b) {
			c1, c2 := b[i+1], b[i+2]
			if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F {
				return i, false // not a rune, or a surrogate, or overlong
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i, false
		}
		i += n
	}
	return i, true
}

// hex4 reads the four hex digits of a \u escape at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// maxSkipDepth is how deeply nested a skipped value may be.
const maxSkipDepth = 64

// skip reads over any JSON value, checking its syntax.
func (d *recDecoder) skip(depth int) bool {
	if depth > maxSkipDepth {
		return false
	}
	switch c := d.peek(); {
	case c == '"':
		_, ok := d.str()
		return ok
	case c == '{':
		d.i++
		d.space()
		if d.byte('}') {
			return true
		}
		for {
			if d.peek() != '"' {
				return false
			}
			if _, ok := d.str(); !ok {
				return false
			}
			d.space()
			if !d.byte(':') {
				return false
			}
			d.space()
			if !d.skip(depth + 1) {
				return false
			}
			d.space()
			if d.byte('}') {
				return true
			}
			if !d.byte(',') {
				return false
			}
			d.space()
		}
	case c == '[':
		d.i++
		d.space()
		if d.byte(']') {
			return true
		}
		for {
			if !d.skip(depth + 1) {
				return false
			}
			d.space()
			if d.byte(']') {
				return true
			}
			if !d.byte(',') {
				return false
			}
			d.space()
		}
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	default:
		return d.literal("true") || d.literal("false") || d.literal("null")
	}
}

// number reads a JSON number: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
func (d *recDecoder) number() bool {
	d.byte('-')
	switch c := d.peek(); {
	case c == '0':
		d.i++
	case c >= '1' && c <= '9':
		d.digits()
	default:
		return false
	}
	if d.byte('.') && !d.digits() {
		return false
	}
	if c := d.peek(); c == 'e' || c == 'E' {
		d.i++
		if !d.byte('+') {
			d.byte('-')
		}
		if !d.digits() {
			return false
		}
	}
	return true
}

// digits reads one digit or more.
func (d *recDecoder) digits() bool {
	start := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}
