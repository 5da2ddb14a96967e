package named

import (
	"strings"
	"testing"
)

// quotedNameSlow is the former quotedName (an oracle): it returns the name quoted at q: up to four words and 64
// bytes (about 20 syllables), no sentence sign inside, and no common
// word of org/class_nouns.txt.
func (r *Recognizer) quotedNameSlow(text string, q int) (int, int, bool) {
	var open int
	var closers []string
	switch {
	case text[q] == '\'':
		open, closers = 1, []string{"'", "’"}
	case text[q] == '"':
		open, closers = 1, []string{"\""}
	default:
		return 0, 0, false
	}
	s := q + open
	// the closing quote within 64 bytes: a long quotation (a speech) is
	// no name, and is not read to its end
	win := text[s:min(len(text), s+64+len("’"))]
	n := -1
	for _, c := range closers {
		if k := strings.Index(win, c); k >= 0 && (n < 0 || k < n) {
			n = k
		}
	}
	if n <= 0 {
		return 0, 0, false
	}
	spaces := 0
	for i := 0; i < n; i++ {
		switch win[i] {
		case ' ':
			spaces++
		case '\n', '\'', '"', '.', ',', 0xE2: // 0xE2 starts the curly quotes: no name holds one
			return 0, 0, false
		}
	}
	if spaces > 3 || r.classCommon.has(win[:n]) {
		return 0, 0, false
	}
	return s, s + n, true
}

// ministerTitleAheadSlow is the former ministerTitleAhead (an oracle): it returns the minister's title (장관, 차관) that the
// words from i, joined by spaces and '·', reach within a few words, or "".
func ministerTitleAheadSlow(d *doc, i int) string {
	text := d.text
	for hop := 0; hop < 8 && i < len(text); hop++ {
		e := d.wordEnd(i)
		if e == i {
			return ""
		}
		for _, t := range []string{"장관", "차관"} {
			if strings.HasPrefix(text[i:e], t) {
				return t
			}
		}
		switch {
		case e < len(text) && text[e] == ' ':
			i = e + 1
		case strings.HasPrefix(text[e:], "·"):
			i = e + len("·")
		default:
			return ""
		}
	}
	return ""
}

func checkQuotesFast(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	for q := 0; q < len(text); q++ {
		s, e, ok := r.quotedName(text, q)
		ws, we, wok := r.quotedNameSlow(text, q)
		if s != ws || e != we || ok != wok {
			t.Fatalf("quotedName(%q, %d) = %d, %d, %v; want %d, %d, %v", text, q, s, e, ok, ws, we, wok)
		}
	}
	d := r.newDoc(text)
	defer d.free()
	for i := 0; i <= len(text); i++ {
		if got, want := ministerTitleAhead(d, i), ministerTitleAheadSlow(d, i); got != want {
			t.Fatalf("ministerTitleAhead(%q, %d) = %q; want %q", text, i, got, want)
		}
	}
}

func TestQuotesFast(t *testing.T) {
	r := recognizer(t)
	for _, text := range append(newsTexts(t),
		"사회적기업 '마리몬드'가 '청년 창업 지원 모임'과 ‘따옴표’를 썼다. '' \"더힐\"이 '가,나' 'a’ 김 법무·이 외교 장관과 차관보",
		"'", "'’", "\"\xe2", "'\xe2\x80\x99", "장관", "차관", "장", "국방·외교·통일 차관들") {
		checkQuotesFast(t, r, text)
	}
}

func FuzzQuotesFast(f *testing.F) {
	r := recognizer(f)
	fr := []string{"'", "\"", "’", "‘", "“", " ", ".", ",", "\n", "·", "모임", "재단", "회사", "마리몬드", "장관", "차관", "차관보", "장", "관", "법무", "외교", "가", "A", "\xe2", "\x80"}
	f.Add([]byte{0, 10, 1, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteString(fr[int(c)%len(fr)])
		}
		checkQuotesFast(t, r, sb.String())
	})
}
