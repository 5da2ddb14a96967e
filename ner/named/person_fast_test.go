package named

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// afterQuotedSlow is the former afterQuoted (an oracle), without the
// gate of the last byte.
func afterQuotedSlow(text string, i int) bool {
	if i < 2 {
		return false
	}
	q, n := utf8.DecodeLastRuneInString(text[:i])
	switch q {
	case '\'', '"', ')', ']', '’', '”', '」', '』', '》', '〉':
	default:
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return lex.IsWordRune(prev)
}

// hasAgeSlow is the former hasAge (an oracle), which split the parts by
// strings.IndexFunc (each part is read by isAgePart, as hasAge does).
func hasAgeSlow(inner string) bool {
	isAgeSep := func(c rune) bool { return c == '·' || c == ',' || c == ' ' || c == '/' }
	for len(inner) > 0 {
		part := inner
		if k := strings.IndexFunc(inner, isAgeSep); k >= 0 {
			part = inner[:k]
			_, n := utf8.DecodeRuneInString(inner[k:])
			inner = inner[k+n:]
		} else {
			inner = ""
		}
		if isAgePart(part) {
			return true
		}
	}
	return false
}

// fastTexts are the texts the fast versions are compared on: the news,
// KLUE's sentences and odd strings of marks, spaces and invalid bytes.
func fastTexts(t *testing.T) []string {
	texts := append(newsTexts(t), testcorpus.KLUE()...)
	texts = append(texts, "'피플'은 “카카오”는 (주)는 「책」이 『책』의 《책》을 〈책〉과 ’a’ ]b",
		"45·여", "50. 杜德偉", "23, 변호사/가수", "\xC2\xB7\xE3\xC2\xB7 12", "1 2 3·", "\xC2", "세살 ·· ,, //",
		" \t한국 연구소 \r\n", "한국\u00a0", "\u3000한국", "프라운호퍼 ", "한", "\xED\x9E", "가\xff", "ab ")
	return texts
}

func TestAfterQuotedFast(t *testing.T) {
	for _, text := range fastTexts(t) {
		for i := 0; i <= len(text); i++ {
			if got, want := afterQuoted(text, i), afterQuotedSlow(text, i); got != want {
				t.Fatalf("afterQuoted(%q, %d) = %v, want %v", text, i, got, want)
			}
		}
	}
}

func TestHasAgeFast(t *testing.T) {
	for _, text := range fastTexts(t) {
		// every bracket's inside, and every short piece of the text
		for i := 0; i < len(text); i++ {
			for j := i; j <= len(text) && j <= i+24; j++ {
				if got, want := hasAge(text[i:j]), hasAgeSlow(text[i:j]); got != want {
					t.Fatalf("hasAge(%q) = %v, want %v", text[i:j], got, want)
				}
			}
		}
	}
}

func TestTrimSpaceFast(t *testing.T) {
	for _, text := range fastTexts(t) {
		for i := 0; i < len(text); i++ {
			for j := i; j <= len(text) && j <= i+30; j++ {
				if got, want := trimSpace(text[i:j]), strings.TrimSpace(text[i:j]); got != want {
					t.Fatalf("trimSpace(%q) = %q, want %q", text[i:j], got, want)
				}
			}
		}
	}
}

// moreStartsOfSlow is the former moreStartsOf (an oracle): titleStartsOf's
// walk, then a walk of its own for self.
func (r *Recognizer) moreStartsOfSlow(d *doc, buf, self, cand []uint64) titleStarts {
	ts := r.titleStartsOf(d, buf)
	text, words := d.text, d.words
	occ := r.shape.occPairs
	if occ == nil {
		occ = &anyPair
	}
	for k := range words {
		w := &words[k]
		after := byte(0)
		if w.e < len(text) {
			after = text[w.e]
		}
		c := w.c
		mine := after == '(' || uint32(c-'A') < 26 || occ.has(c, w.lc) && after == ' '
		if n := w.e - w.s; n == 3 && after == ' ' ||
			w.s+6 <= len(text) && text[w.s+5] == 0xA8 && n >= 6 && mosi(text[w.s+3], text[w.s+4]) {
			mine = mine || r.isSurname1(c)
		}
		if mine {
			self[k>>6] |= 1 << (k & 63)
		}
	}
	for x := range cand {
		cand[x] = self[x] | ts.near12[x] | ts.near23[x]
	}
	return ts
}

func TestMoreStartsFast(t *testing.T) {
	r := recognizer(t)
	for _, text := range fastTexts(t) {
		d := r.newDoc(text)
		n := (len(d.words) + 63) / 64
		self, cand := make([]uint64, n), make([]uint64, n)
		self0, cand0 := make([]uint64, n), make([]uint64, n)
		ts := r.moreStartsOf(d, nil, self, cand)
		ts0 := r.moreStartsOfSlow(d, nil, self0, cand0)
		for x := range n {
			if self[x] != self0[x] || cand[x] != cand0[x] || ts.may[x] != ts0.may[x] || ts.near12[x] != ts0.near12[x] ||
				ts.near23[x] != ts0.near23[x] || ts.asked[x] != 0 || ts.ok[x] != 0 || ts.odd != ts0.odd {
				t.Fatalf("%q: moreStartsOf differs at words %d..: self %x/%x cand %x/%x may %x/%x", text, x*64, self[x], self0[x], cand[x], cand0[x], ts.may[x], ts0.may[x])
			}
		}
		d.free()
	}
}

// surnameStartsSlow is the former surnameStarts (an oracle).
func (r *Recognizer) surnameStartsSlow(w string, n int, c0 rune) bool {
	two := r.surname2First.has(c0) && r.surnames.has(w[:6])
	return !(n == 4 && !two || n < 4 && !r.surname1.has(c0) && !(n == 3 && two))
}

func TestSurnameStartsFast(t *testing.T) {
	r := recognizer(t)
	for _, text := range fastTexts(t) {
		for i := 0; i+6 <= len(text); i++ {
			c0, _ := utf8.DecodeRuneInString(text[i:])
			for n := 2; n <= 4 && i+3*n <= len(text); n++ {
				w := text[i : i+3*n]
				if got, want := r.surnameStarts(w, n, c0), r.surnameStartsSlow(w, n, c0); got != want {
					t.Fatalf("surnameStarts(%q, %d) = %v, want %v", w, n, got, want)
				}
			}
		}
	}
}
