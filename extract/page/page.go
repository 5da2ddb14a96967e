package page

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Page is the article found in a saved page.
type Page struct {
	Title     string
	Publisher string
	Section   string
	// Published is the first-publication time; zero if unknown. When the page
	// gives no zone it is read as Korea time (+09:00).
	Published time.Time
	// HasTime reports whether Published carries a real time of day (else it is
	// a date only, at midnight).
	HasTime   bool
	Modified  time.Time
	Reporters []string // bare names: 이성민
	Emails    []string
	Dateline  string // 제주 (from '제주=이성민 기자')
	// Body is the clean article body, paragraphs separated by "\n". For plain
	// text input (Layout "text-plain") it is the input itself, byte for byte.
	Body string
	// Layout names the extractor that found the body: naver, naver-old,
	// naver-entertain, naver-sports, daum, nate, publisher, jsonld, generic, text-dump,
	// text-plain, or none.
	Layout   string
	Encoding string // for HTML: the charset the bytes were decoded with
	Warnings []string
}

// Errors returned for input that cannot hold an article at all.
var (
	// ErrEmpty is returned for empty or whitespace-only input.
	ErrEmpty = errors.New("page: empty input")
	// ErrNotText is returned for binary content (NUL bytes or other control
	// characters in a share text does not have; see isBinary).
	ErrNotText = errors.New("page: binary content, not text")
)

// Limits that keep bad input from taking unbounded time.
const (
	// MaxHTMLBytes is the most of an HTML page that is parsed; longer pages are
	// cut (with a warning).
	MaxHTMLBytes = 4 << 20
	// MaxTextBytes is the most of a text input that is cleaned as a dump.
	MaxTextBytes = 4 << 20
)

// kst is Korea Standard Time, used when a page gives no zone.
var kst = time.FixedZone("KST", 9*60*60)

func (p *Page) warn(format string) { p.Warnings = append(p.Warnings, format) }

// LooksLikeHTML reports whether b looks like an HTML document or fragment: a
// doctype, an <html>, <head>, <body>, <meta>, <div>, <p>, <article> or <title>
// tag near the start, or several tags in the first kilobytes.
func LooksLikeHTML[T string | []byte](b T) bool {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if len(head) >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF {
		head = head[3:] // a byte order mark
	}
	i := indexByte(head, '<')
	if i < 0 {
		return false // every sign below holds a '<' (no other rune lowers to one)
	}
	if indexOf(head, "\u0130") >= 0 || indexOf(head, "\u212a") >= 0 {
		// İ and the Kelvin sign lower to the ASCII i and k
		return looksLikeHTMLLower(bytes.ToLower([]byte(head)))
	}
	// Only ASCII letters lower to ASCII, and the signs are ASCII: test
	// them in any ASCII case at each '<', without lowering the text.
	closing := 0
	for i >= 0 {
		for _, tag := range htmlSigns {
			if hasPrefixFoldASCII(head[i:], tag) {
				return true
			}
		}
		if i+1 < len(head) && head[i+1] == '/' {
			closing++
		}
		j := indexByte(head[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	// Several closing tags are a strong sign of markup.
	return closing >= 3
}

// htmlSigns are the openings of tags that mark HTML.
var htmlSigns = []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<article", "<div", "<p>", "<p ", "<table", "<span", "<script"}

// looksLikeHTMLLower is LooksLikeHTML on the lowered head of a page.
func looksLikeHTMLLower(low []byte) bool {
	if len(bytes.TrimSpace(low)) == 0 {
		return false
	}
	for _, tag := range htmlSigns {
		if bytes.Contains(low, []byte(tag)) {
			return true
		}
	}
	return bytes.Count(low, []byte("</")) >= 3
}

// hasPrefixFoldASCII reports whether s starts with the lower-case ASCII p,
// in any ASCII case.
func hasPrefixFoldASCII[T string | []byte](s T, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[j] {
			return false
		}
	}
	return true
}

func indexByte[T string | []byte](s T, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	return -1
}

func indexOf[T string | []byte](s T, sub string) int {
	switch v := any(s).(type) {
	case string:
		return strings.Index(v, sub)
	case []byte:
		return bytes.Index(v, []byte(sub))
	}
	return -1
}

// binaryHead is how much of a text isBinary looks at.
const binaryHead = 8192

// utf16BOM reports whether b starts with the byte-order mark of UTF-16.
func utf16BOM[T string | []byte](b T) bool {
	return len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// isBinary reports control characters in the first 8 KB in a share that
// text does not have: NUL bytes more than one in twenty bytes (a program,
// an image, an archive, UTF-16 without its byte-order mark), or more than
// eight control bytes, NULs with the others, more than one in twenty.
// NULs that pad the end are not counted. A stray NUL in an article is no
// reason to refuse it: the cleaner reads it as a space.
func isBinary[T string | []byte](b T) bool {
	end := len(b)
	for end > 0 && b[end-1] == 0 {
		end--
	}
	head := b[:end]
	if len(head) > binaryHead {
		head = head[:binaryHead]
	}
	if utf16BOM(head) { // UTF-16 text has NULs: the decoder reads it
		return false
	}
	ctl, nul := 0, 0
	i := 0
	// sixteen bytes at a time; two words with a byte below 0x20 (a
	// newline, mostly) are looked at byte by byte
	for ; i+16 <= len(head); i += 16 {
		w := head[i : i+16] // one bounds check: the loads combine into two
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		y := uint64(w[8]) | uint64(w[9])<<8 | uint64(w[10])<<16 | uint64(w[11])<<24 |
			uint64(w[12])<<32 | uint64(w[13])<<40 | uint64(w[14])<<48 | uint64(w[15])<<56
		if ((x-0x2020202020202020)&^x|(y-0x2020202020202020)&^y)&0x8080808080808080 == 0 {
			continue
		}
		for k := 0; k < 16; k++ {
			if c := w[k]; c == 0 {
				nul++
			} else if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
				ctl++
			}
		}
	}
	for ; i < len(head); i++ {
		c := head[i]
		if c == 0 {
			nul++
			continue
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return nul*20 > len(head) || ctl+nul > 8 && (ctl+nul)*20 > len(head)
}

// crLines returns s with each carriage return that is not followed by a
// line feed (the line end of old Mac files and of some exports) made a
// line feed, so that the cleaner and the sentences see the lines; a byte
// for a byte, so offsets stay the input's. i is the first '\r' of s.
func crLines(s string, i int) string {
	var b []byte
	for i < len(s) {
		if s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			if b == nil {
				b = []byte(s)
			}
			b[i] = '\n'
		}
		k := strings.IndexByte(s[i+1:], '\r')
		if k < 0 {
			break
		}
		i += k + 1
	}
	if b == nil {
		return s // CRLF only
	}
	return string(b)
}

// nulWarning is the warning of n NUL bytes in the input: read as spaces
// in a text, left out of a page.
func nulWarning(n int, page bool) string {
	switch {
	case page && n == 1:
		return "1 NUL byte in the page left out"
	case page:
		return strconv.Itoa(n) + " NUL bytes in the page left out"
	case n == 1:
		return "1 NUL byte in the text read as a space"
	}
	return strconv.Itoa(n) + " NUL bytes in the text read as spaces"
}

// blank reports whether s is empty or all white space, as
// strings.TrimSpace(s) == "" does, deciding at the first byte of most
// texts: a letter, or the lead byte of a syllable, which starts no space.
func blank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				return false
			}
			i++
			continue
		}
		if c != 0xC2 && c-0xE1 > 0xE3-0xE1 {
			return false // the spaces past ASCII (U+0085 to U+3000) start with 0xC2 or 0xE1 to 0xE3
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// FromText finds the article in plain text. Text without page furniture comes
// back verbatim (Layout "text-plain"); a scraped page flattened to lines is
// cleaned (Layout "text-dump").
func FromText(s string) (*Page, error) {
	p := new(Page)
	if err := p.ReadText(s); err != nil {
		return nil, err
	}
	return p, nil
}

// ReadText is FromText into p, a zero Page: a caller that keeps its Page
// (on the stack, in a buffer) allocates none.
func (p *Page) ReadText(s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		// a few stray NULs: spaces, so that offsets stay those of the
		// input (isBinary refuses more)
		if isBinary(s) {
			return ErrNotText
		}
		n := strings.Count(s, "\x00")
		if err := p.ReadText(strings.ReplaceAll(s, "\x00", " ")); err != nil {
			return err
		}
		p.warn(nulWarning(n, false))
		return nil
	}
	if blank(s) {
		return ErrEmpty
	}
	if i := strings.IndexByte(s, '\r'); i >= 0 {
		s = crLines(s, i)
	}
	if len(s) <= MaxTextBytes {
		// Most texts: one pass tells valid UTF-8, plain text and the
		// control bytes of isBinary (as validUTF8, fromText and isBinary
		// would).
		nlines := strings.Count(s, "\n") + 1
		// room for the lines on the stack; an array is zeroed where it
		// is made, so that a text of a few lines zeroes 16, not 64
		var few [16]lineScan
		buf := few[:0]
		if nlines > len(few) {
			buf = make([]lineScan, 0, 64)
		}
		plain, valid, scans, ctl := plainFastValid(p, s, nlines, buf)
		if valid && !plain {
			// the full path reads every line: it tells the bytes of
			// isBinary (p is dropped if there are too many)
			ctl = fromTextRest(p, s, s, scans)
		}
		if ctl && isBinary(s) {
			return ErrNotText
		}
		if valid {
			if plain {
				p.Layout = "text-plain"
				p.Body = s
			}
			return nil
		}
		*p = Page{}
	} else if isBinary(s) {
		return ErrNotText
	}
	if !validUTF8(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		p.warn("invalid UTF-8 replaced with U+FFFD")
	}
	fromText(p, s)
	return nil
}
