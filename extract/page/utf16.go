package page

import (
	"bytes"
	"unicode/utf16"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// utf16Sample is how many bytes of a text utf16Order reads.
const utf16Sample = 4096

// utf16Order tells whether b is UTF-16 text written without its
// byte-order mark (Windows tools save it so), and in which byte order:
// nearly every 16-bit unit read in that order is a character of text
// (Hangul, ASCII letters and signs, Hanja, punctuation, line breaks) and
// b has NUL bytes (spaces and ASCII are 00 in one byte of two). Binary
// files fail: NUL units, control codes and unpaired surrogates are not
// text, and random bytes are text in one unit of two at most. It returns
// the decoder and its name, or nil.
func utf16Order(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), utf16Sample)&^1]
	if len(head) < 16 || bytes.IndexByte(head, 0) < 0 || utf16BOM(head) {
		return nil, ""
	}
	le, be := utf16Texty(head, 1), utf16Texty(head, 0)
	if le == be {
		// ASCII read in the wrong order is Hanja and punctuation, text
		// too: the high byte of ASCII and of a space is the NUL
		le, be = le+nulsAt(head, 1), be+nulsAt(head, 0)
	}
	units := len(head) / 2
	switch {
	case le*100 >= units*97 && le > be:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case be*100 >= units*97 && be > le:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// LooksLikeUTF16 reports whether b is UTF-16 text without its byte-order
// mark. Such text in ASCII alone is valid UTF-8 too (with a NUL in every
// other byte): callers that read valid UTF-8 as text ask this first and
// give the bytes to FromHTML, which decodes them.
func LooksLikeUTF16(b []byte) bool {
	e, _ := utf16Order(b)
	return e != nil
}

// nulsAt counts the NUL bytes at offset k of each pair of head.
func nulsAt(head []byte, k int) int {
	n := 0
	for i := k; i < len(head); i += 2 {
		if head[i] == 0 {
			n++
		}
	}
	return n
}

// utf16Texty counts the units of head that are text when the byte at
// offset hi of each pair is the high one.
func utf16Texty(head []byte, hi int) int {
	n := 0
	for i := 0; i+1 < len(head); i += 2 {
		u := rune(head[i+hi])<<8 | rune(head[i+1-hi])
		if utf16.IsSurrogate(u) {
			// a pair is text (an emoji); a lone half is not
			if u < 0xDC00 && i+3 < len(head) {
				if v := rune(head[i+2+hi])<<8 | rune(head[i+3-hi]); v >= 0xDC00 && v <= 0xDFFF {
					n += 2
					i += 2
				}
			}
			continue
		}
		if textUnit(u) {
			n++
		}
	}
	return n
}

// textUnit reports the characters of Korean and English news text.
func textUnit(u rune) bool {
	switch {
	case u >= 0x20 && u < 0x7F, u == '\n', u == '\r', u == '\t':
		return true
	case u >= 0xAC00 && u <= 0xD7A3: // Hangul syllables
		return true
	case u >= 0xA0 && u <= 0x24F: // Latin letters and signs (·, é)
		return true
	case u >= 0x2000 && u <= 0x27BF: // punctuation, quotes, arrows, symbols
		return true
	case u >= 0x3000 && u <= 0x33FF: // CJK punctuation, jamo, enclosed (㈜, ㎡)
		return true
	case u >= 0x4E00 && u <= 0x9FFF: // Hanja
		return true
	case u >= 0xFF00 && u <= 0xFFEF: // full-width forms
		return true
	}
	return false
}
