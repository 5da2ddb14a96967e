package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// naiveScan is what eventEngine.scan and wordSet.findAt compute, without
// their filters: the triggers looked up at every word start (attached ones
// at every rune below U+10000 inside a word), and each word asked of the
// sentence with strings.Contains.
func naiveScan(x *eventEngine, text string, s Sentence) ([]triggerHit, []bool) {
	var hits []triggerHit
	prevWord := false
	for i := s.Start; i < s.End; {
		c, n := lex.Decode(text, i)
		t := x.triggers
		if prevWord {
			t = nil
			if c < 1<<16 {
				t = x.attached
			}
		}
		if t != nil {
			for _, m := range t.PrefixesAt(text, i, nil) {
				if m.End > s.End {
					continue
				}
				for _, tr := range m.Vals {
					hits = append(hits, triggerHit{start: i, end: m.End, tr: tr})
				}
			}
		}
		prevWord = lex.IsWordRune(c)
		i += n
	}
	found := make([]bool, len(x.words.words))
	for id, w := range x.words.words {
		found[id] = strings.Contains(s.Text, w)
	}
	return hits, found
}

// checkScan compares scan and findAt with naiveScan on every sentence of
// text, and wordEnd with lex.WordEnd at every offset.
func checkScan(t *testing.T, x *eventEngine, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		if got, want := x.wordEnd(text, i), lex.WordEnd(text, i); got != want {
			t.Errorf("%q: wordEnd(%d) = %d, want %d", text, i, got, want)
		}
	}
	var buf []lex.Match[trigger]
	for _, s := range SplitSentences(text) {
		hits, at := x.scan(text, s, nil, nil, &buf)
		found := make([]uint64, (len(x.words.words)+63)/64)
		x.words.findAt(text, s.End, at, found)
		wantHits, wantFound := naiveScan(x, text, s)
		if !slices.Equal(hits, wantHits) {
			t.Errorf("%q: triggers %v, want %v", s.Text, hits, wantHits)
		}
		for id, want := range wantFound {
			if has(found, int32(id)) != want {
				t.Errorf("%q: word %q found %v, want %v", s.Text, x.words.words[id], !want, want)
			}
			if !want {
				continue
			}
			w := x.words.words[id]
			for from := s.Start; from <= s.End; from++ {
				want := strings.Index(text[from:s.End], w)
				if want >= 0 {
					want += from
				}
				if got := x.words.index(text, from, s.End, int32(id), at); got != want {
					t.Errorf("%q: index of %q from %d = %d, want %d", s.Text, w, from, got, want)
				}
			}
		}
	}
}

var scanTexts = []string{
	"산업통상자원부는 4일 세종에서 수출 점검 회의를 개최했다. 양사는 업무협약을 체결했다.",
	"시는 신청사 건립 사업을 취소하지 않았다고 밝혔다. 협약체결식에는 200명이 참석했다",
	"\"올해 예산을 편성했다\"고 말했다. '청년도약계좌'라는 정책을 발표하다",
	"MOU 체결·개최 𝔘 선정돼 \xed\x95투자\xff투자한 2025년 투입된다…“개관했다”",
}

func TestScanAsNaive(t *testing.T) {
	x := newExtractor(t).events
	hits, words := 0, 0
	for _, text := range scanTexts {
		checkScan(t, x, text)
		for _, s := range SplitSentences(text) {
			h, found := naiveScan(x, text, s)
			hits += len(h)
			for _, f := range found {
				if f {
					words++
				}
			}
		}
	}
	if hits < 10 || words < 10 {
		t.Errorf("the texts hold %d triggers and %d words: too few to test scan", hits, words)
	}
}

// oddKeys is an engine whose keys take the paths the default rules do
// not: keys of one rune, keys past U+FFFF (attached ones are never looked
// up inside a word), keys not valid UTF-8, and the empty word.
func oddKeys() *eventEngine {
	p := &rules.Pack{
		Lists: map[string][]rules.Word{"negations": {{Text: "않았"}, {Text: ""}}},
		Events: []rules.EventRule{{
			ID:       "odd",
			Triggers: []string{"𝔘체결", "체", "~𝔙협약", "~결", "~\xed\x95합", "개최하다", "\xff무산"},
			Requires: []string{"법", "𝔘", "\xffa", "지 않", "체결"},
			Names:    []string{"포럼"},
		}},
	}
	return newEventEngine(p, nil)
}

var oddTexts = []string{
	"𝔘체결 체결식 협약체결 𝔙협약 협𝔙협약 법 𝔘법",
	"\xed\x95합 합\xed\x95합 \xff무산 무\xff무산 지 않았다 개최한 포럼",
	"체 결 체결 결체 𝔘 𝔘𝔘체결",
	"\xe0\x80\x80체결 \xed\xa0\x80협약 \xc0\xaf법 ©체결 \xed\x9f\xbf결 \xe0\xa0\x80체 \xef\xbf\xbd무산 체결\xed",
	"법", "체결", "a법", "협약체\xf0\x9d",
}

// TestLeadsAsUTF8 checks that skip reads a rune of one to three bytes
// (three, leads, runeOf) as utf8.DecodeRuneInString does, and leaves the
// others (four bytes, not valid) to scan.
func TestLeadsAsUTF8(t *testing.T) {
	for b0 := range 256 {
		for b1 := range 256 {
			for _, b2 := range []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBD, 0xBF, 0xC0, 0xE0, 0xFF} {
				u := string([]byte{byte(b0), byte(b1), b2, 0x80})
				v := uint32(u[0]) | uint32(u[1])<<8 | uint32(u[2])<<16 | uint32(u[3])<<24
				l := &leads[uint8(v)]
				r, n := utf8.DecodeRuneInString(u)
				ok := n > 1 && n <= 3 || r < utf8.RuneSelf
				if (v&l.cmask == l.cwant) != ok {
					t.Fatalf("% x: skip reads it %v, utf8 %U of %d bytes", u, !ok, r, n)
				} else if ok && (int(l.n) != n || runeOf(v&l.mask) != r || codeOf(r) != v&l.mask) {
					t.Fatalf("% x: skip reads %U of %d bytes, utf8 %U of %d", u, runeOf(v&l.mask), l.n, r, n)
				}
				if three(v) != (ok && n == 3) {
					t.Fatalf("% x: three = %v, utf8 %U of %d bytes", u, three(v), r, n)
				}
				// skip's fast path: ASCII and three bytes, the length
				// from the top bit; the rest through readRune
				f, b := &fastReading, uint8(v)
				fastOK := v&f.cmask[b] == f.cwant[b]
				if fastOK != (ok && (n == 1 || n == 3)) {
					t.Fatalf("% x: skip's fast path takes it %v, utf8 %U of %d bytes", u, fastOK, r, n)
				} else if fastOK && (v&f.mask[b] != v&l.mask || 1+int(v>>6&2) != n) {
					t.Fatalf("% x: skip's fast path reads %x of %d bytes, utf8 %U of %d", u, v&f.mask[b], 1+int(v>>6&2), r, n)
				}
				if c, rn := readRune(v); (rn != 0) != ok || ok && (c != v&l.mask || rn != n) {
					t.Fatalf("% x: readRune = %x, %d; utf8 %U of %d", u, c, rn, r, n)
				}
			}
		}
	}
	for _, r := range []rune{0, 'a', 0x7FF, 0x800, 0xFFFD, 0x10000, 0x1D518, utf8.MaxRune} {
		if got := runeOf(codeOf(r)); got != r {
			t.Errorf("runeOf(codeOf(%U)) = %U", r, got)
		}
	}
}

func TestScanOddKeys(t *testing.T) {
	x := oddKeys()
	for _, text := range append(oddTexts, scanTexts...) {
		checkScan(t, x, text)
	}
}

func FuzzScan(f *testing.F) {
	for _, text := range append(scanTexts, oddTexts...) {
		f.Add(text)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	odd := oddKeys()
	f.Fuzz(func(t *testing.T, text string) {
		checkScan(t, x.events, text)
		checkScan(t, odd, text)
	})
}

// findQuotesRunes is findQuotes as it was, visiting every rune of the
// sentence: the oracle of the version that visits the marks only.
func findQuotesRunes(text string, s Sentence) []span {
	t := text[s.Start:s.End]
	if strings.IndexByte(t, '"') < 0 && strings.IndexByte(t, '\'') < 0 && !strings.Contains(t, "“") &&
		!strings.Contains(t, "‘") && !strings.Contains(t, "「") && !strings.Contains(t, "『") {
		return nil
	}
	var out []span
	for i := s.Start; i < s.End; {
		c, n := utf8.DecodeRuneInString(text[i:])
		closeR := closingQuote(c)
		if closeR == 0 || (c == '\'' && !lex.WordStart(text, i)) {
			i += n
			continue
		}
		j := strings.IndexRune(text[i+n:s.End], closeR)
		if j <= 0 {
			i += n
			continue
		}
		out = append(out, span{start: i + n, end: i + n + j, double: c == '"' || c == '“'})
		i = i + n + j + utf8.RuneLen(closeR)
	}
	return out
}

func checkQuotes(t *testing.T, text string) {
	t.Helper()
	marks := quoteMarks(text, nil)
	for _, s := range SplitSentences(text) {
		if got, want := findQuotes(text, s, marks, nil), findQuotesRunes(text, s); !slices.Equal(got, want) {
			t.Errorf("%q: quotes %v, want %v", s.Text, got, want)
		}
	}
}

var quoteTexts = []string{
	`그는 "예산을 늘리겠다"고 말했다. 'K-팝' 공연과 ‘한류’ 박람회가 열린다.`,
	"「청년 정책」과 『지역 균형』 보고서, 그리고 \"닫히지 않은 인용. 학생's 발표 '",
	"“첫째”와 “둘째” 사이 \"\" '' “”",
}

func TestFindQuotesAsRunes(t *testing.T) {
	for _, text := range quoteTexts {
		checkQuotes(t, text)
	}
}

func FuzzFindQuotes(f *testing.F) {
	for _, text := range quoteTexts {
		f.Add(text)
	}
	f.Fuzz(checkQuotes)
}

// three reports whether the first bytes of v (read little-endian) are a
// valid rune of three bytes: continuation bytes after the first, and no
// surrogate (ED A0-BF) nor overlong form (E0 80-9F). skip's branch on it
// (and on ASCII before it) was its test before fastReads.
func three(v uint32) bool {
	return v&0xC0C0F0 == 0x8080E0 && v&0xE0FF != 0xA0ED && v&0xE0FF != 0x80E0
}
