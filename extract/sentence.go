package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/lex"
)

// Sentence is a span of the document text (byte offsets).
type Sentence struct {
	Start, End int
	Text       string
}

// isCloser reports whether c is a quote or bracket that may follow a
// sentence end (다." / 다.').
func isCloser(c rune) bool {
	switch c {
	case '"', '\'', '”', '’', '」', '』', ')', ']', '》', '〉':
		return true
	}
	return false
}

// stopBytes are the bytes that may start a rune SplitSentences looks at
// inside a sentence: the ASCII marks, and 0xE2 and 0xE3, which lead the
// typographic quotes, brackets, … and 。. No other byte can begin or be part
// of those runes (a lead byte is never a continuation byte), so the bytes
// between stops can be stepped over without decoding.
var stopBytes = [7]byte{'\n', '"', '.', '?', '!', 0xE2, 0xE3} // (next spells out the seven)

// isStop marks the bytes of stopBytes.
var isStop = func() (t [256]bool) {
	for _, b := range stopBytes {
		t[b] = true
	}
	return t
}()

// shortText is the length of a text that stops.next reads byte by byte:
// it costs less than a look for each stop byte.
const shortText = 64

// stops finds the stop bytes of a text in order. Stops are rare (a few in
// a hundred bytes, most of them dots and line breaks): it keeps the next
// offset of each stop byte, found with strings.IndexByte (which reads many
// bytes at once), and looks again for a byte only once it is passed. A
// short text (shortText) is read byte by byte instead.
type stops struct {
	text string
	at   [len(stopBytes)]int // the next offset of each byte at or after the last one asked, else len(text); -1 before the first
}

func newStops(text string) stops {
	s := stops{text: text}
	for k := range s.at {
		s.at[k] = -1
	}
	return s
}

// next returns the offset of the first stop byte of the text at or after
// i, else len(text); i is never less than at the call before.
func (s *stops) next(i int) int {
	if len(s.text) <= shortText {
		for ; i < len(s.text); i++ {
			if isStop[s.text[i]] {
				return i
			}
		}
		return len(s.text)
	}
	// each byte's offset, looked for again once passed (most calls find
	// one byte again), then the least of them with no branch: spelt out,
	// as the compiler unrolls no loop
	a := &s.at
	if a[0] < i {
		s.find(0, i)
	}
	if a[1] < i {
		s.find(1, i)
	}
	if a[2] < i {
		s.find(2, i)
	}
	if a[3] < i {
		s.find(3, i)
	}
	if a[4] < i {
		s.find(4, i)
	}
	if a[5] < i {
		s.find(5, i)
	}
	if a[6] < i {
		s.find(6, i)
	}
	return min(a[0], a[1], a[2], a[3], a[4], a[5], a[6])
}

// find notes and returns the offset of the first byte k of stopBytes at
// or after i, else len(text).
func (s *stops) find(k, i int) int {
	p := len(s.text)
	if i <= len(s.text) {
		if j := strings.IndexByte(s.text[i:], stopBytes[k]); j >= 0 {
			p = i + j
		}
	}
	s.at[k] = p
	return p
}

// SplitSentences splits Korean news text into sentences. It splits after
// . ? ! … when they end a sentence (followed by a space, a line break or
// a closing quote and then a space), never inside a decimal (2.5%), an
// abbreviation with dots between digits (2025.09.04) or an open quotation,
// and at every line break. Leading white space is not part of a sentence;
// together the sentences cover every non-space character of the text.
func SplitSentences(text string) []Sentence {
	out := appendSentences(make([]Sentence, 0, len(text)/100+1), text) // news sentences run to about 100 bytes
	if len(out) == 0 {
		return nil // as before the room was made
	}
	return out
}

// appendSentences appends the sentences of text (SplitSentences) to out.
func appendSentences(out []Sentence, text string) []Sentence {
	start := -1
	quote := 0 // depth of typographic quotes “ ‘ 「 『
	straight := false
	stop := newStops(text)
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start {
				if b := text[e-1]; b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xA0 {
					break // ends in none of the spaces below (U+00A0 ends in 0xA0)
				}
				c, n := utf8.DecodeLastRuneInString(text[start:e])
				if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' {
					e -= n
					continue
				}
				break
			}
			if e > start {
				out = append(out, Sentence{Start: start, End: e, Text: text[start:e]})
			}
		}
		start = -1
		quote = 0
		straight = false
	}
	for i := 0; i < len(text); {
		if start >= 0 {
			// inside a sentence only the bytes of sentenceStop can change
			// anything: step over the others (most of the text)
			i = stop.next(i)
			if i == len(text) {
				break
			}
		}
		if b := text[i]; b >= 0xEA && b <= 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 && (b != 0xED || text[i+1] < 0xA0) {
			// a rune from U+A000 to U+D7FF (Hangul), none of the marks
			// looked at below
			if start < 0 {
				start = i
			}
			i += 3
			continue
		}
		if b := text[i]; b < utf8.RuneSelf && b != '\n' && b != '"' && b != '.' && b != '?' && b != '!' {
			// ASCII but none of the marks looked at below: a space
			// before the sentence, else part of it
			if start < 0 {
				if b == ' ' || b == '\t' || b == '\r' {
					i++
					continue
				}
				start = i
			}
			i++
			continue
		}
		c, n := lex.Decode(text, i)
		if c == '\n' {
			emit(i)
			i += n
			continue
		}
		if start < 0 {
			if c == ' ' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u3000' {
				i += n
				continue
			}
			start = i
		}
		switch c {
		case '“', '‘', '「', '『':
			quote++
		case '”', '’', '」', '』':
			if quote > 0 {
				quote--
			}
		case '"':
			straight = !straight
		case '.', '?', '!', '…', '。':
			if c == '.' && quote == 0 && !straight && i > 0 && !isDigit(text[i-1]) &&
				(i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
				// the most common end, outside quotes and after no digit,
				// before a space or a line break: what the tests below
				// come to
				i++
				emit(i)
				continue
			}
			j := i + n
			// runs of ... ?!
			for j < len(text) {
				d, m := lex.Decode(text, j)
				if d != '.' && d != '?' && d != '!' && d != '…' {
					break
				}
				j += m
			}
			if c == '.' && j == i+n && i > 0 && j < len(text) && isDigit(text[i-1]) && isDigit(text[j]) {
				break // 2.5
			}
			if c == '.' && j == i+n && i > 0 && isDigit(text[i-1]) && j+1 < len(text) && text[j] == ' ' && isDigit(text[j+1]) {
				break // 2025. 9. 4.
			}
			if c == '.' && j == i+n && dottedDateEnd(text, i) {
				break // the last dot of 2025. 9. 4.
			}
			// closing quotes and brackets stay with the sentence
			k := j
			closedQuote := false
			for k < len(text) {
				d, m := lex.Decode(text, k)
				if !isCloser(d) {
					break
				}
				if d == '"' || d == '”' || d == '’' || d == '\'' {
					closedQuote = true
				}
				k += m
			}
			if k < len(text) {
				d, _ := lex.Decode(text, k)
				if d != ' ' && d != '\n' && d != '\t' && d != '\r' && d != '\u00a0' {
					break // 다."라고, 2025.09.04, 3.5%p
				}
			}
			inside := (quote > 0 || straight) && !closedQuote
			if inside && k < len(text) && !endsHangulSentence(text[start:i]) {
				break
			}
			if inside && k < len(text) {
				// a sentence end inside a quotation: split only if the
				// quote is never closed on this line
				if closesLater(text[k:]) {
					break
				}
			}
			i = k
			emit(k)
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// dottedDateEnd reports whether the dot at i ends a date written with dots
// and spaces (2025. 9. 4.): one or two digits before it, and before those
// another dot that follows a digit.
func dottedDateEnd(text string, i int) bool {
	k := i
	for k > 0 && i-k < 2 && isDigit(text[k-1]) {
		k--
	}
	if k == i {
		return false
	}
	if k > 0 && text[k-1] == ' ' {
		k--
	}
	return k >= 2 && text[k-1] == '.' && isDigit(text[k-2])
}

// endsHangulSentence reports whether s ends like a Korean sentence (다, 요,
// 까, 죠, 니다...): the last rune before the punctuation is Hangul.
func endsHangulSentence(s string) bool {
	c, _ := utf8.DecodeLastRuneInString(s)
	return c >= 0xAC00 && c <= 0xD7A3
}

// closesLater reports whether a quotation mark closes before the line ends.
func closesLater(s string) bool {
	for _, c := range s {
		switch c {
		case '\n':
			return false
		case '"', '”', '’', '」', '』':
			return true
		}
	}
	return false
}
