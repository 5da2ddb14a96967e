package page

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// textLinesSlow is textLines as it was, with a strings.Builder reset at
// each line and fold on its string: the reference for the reused buffers.
func textLinesSlow(n *html.Node, clean bool) []tline {
	w := &slowWalker{clean: clean}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, false, 0)
	}
	w.newline()
	return w.lines
}

type slowWalker struct {
	clean        bool
	lines        []tline
	cur          strings.Builder
	runes, links int
}

func (w *slowWalker) newline() {
	if w.cur.Len() == 0 {
		return
	}
	t := fold(w.cur.String())
	if t != "" {
		w.lines = append(w.lines, tline{t, w.runes, w.links})
	}
	w.cur.Reset()
	w.runes, w.links = 0, 0
}

func (w *slowWalker) walk(n *html.Node, inLink bool, depth int) {
	if depth > maxWalkDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		k := runeLen(strings.TrimSpace(n.Data))
		w.runes += k
		if inLink {
			w.links += k
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	tag := n.Data
	if n.Type == html.ElementNode {
		if skipTags[tag] || (w.clean && dropByAttr(n)) {
			return
		}
		if tag == "br" {
			w.newline()
			return
		}
		if tag == "a" {
			inLink = true
		}
	}
	block := blockTags[tag]
	if block {
		w.newline()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inLink, depth+1)
	}
	if block {
		w.newline()
	}
}

func checkTextLines(t *testing.T, src string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return
	}
	for _, clean := range []bool{false, true} {
		got, want := textLines(doc, clean), textLinesSlow(doc, clean)
		if !slices.Equal(got, want) {
			t.Fatalf("textLines(%q, %v) = %v; want %v", src, clean, got, want)
		}
	}
}

// TestTextLinesReuse compares the walker with reused buffers with the one
// it replaced, on the fixtures, the shared pages and small made-up pages.
func TestTextLinesReuse(t *testing.T) {
	var pages []string
	for _, pat := range []string{filepath.Join(sharedDir, "corpus", "html", "*.html"), filepath.Join(fixtures, "*.html")} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				pages = append(pages, string(b))
			}
		}
	}
	pages = append(pages, "", "<p>  </p>", "<p>정부는 <a href=x>예산안</a>을\u00a0발표했다.<br>둘째\u200b줄</p>",
		"<div>a\xffb<span>\u3000c</span></div><p>\ufeff</p>", "<p>\x00널 문자</p>", "텍스트만")
	for _, p := range pages {
		checkTextLines(t, p)
	}
}

func FuzzTextLines(f *testing.F) {
	f.Add("<div><p>첫 문단 <b>굵게</b></p>\n<p> 둘째 <a>링크</a></p></div>")
	f.Add("<p>a\u00a0\u00a0b<br>\u0085c\xff</p>")
	f.Fuzz(func(t *testing.T, s string) { checkTextLines(t, s) })
}

func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "가\u00a0나", "가\u200b", "\xff", "a\tb", "\u3000", "가나 다", "\u0085x", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendFold(nil, []byte(s)), fold(s); !bytes.Equal(got, []byte(want)) {
			t.Fatalf("appendFold(%q) = %q; want %q", s, got, want)
		}
	})
}

// checkRawPage compares FromHTML of UTF-8 bytes (read without a string
// copy) with FromHTML of the same bytes behind a byte order mark, which
// takes the string path; only the warning about a declared charset may
// differ (the BOM wins over it).
func checkRawPage(t *testing.T, b []byte) {
	t.Helper()
	if !utf8Valid(string(b)) || bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return
	}
	got, err1 := FromHTML(b)
	want, err2 := FromHTML(append([]byte("\xef\xbb\xbf"), b...))
	if (err1 == nil) != (err2 == nil) || err1 != nil {
		return // the empty check looks at the BOM too
	}
	got.Warnings = slices.DeleteFunc(got.Warnings, func(w string) bool { return strings.HasPrefix(w, "page declares charset") })
	if len(got.Warnings) == 0 {
		got.Warnings = nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("FromHTML(%q):\n%+v\nwith a BOM:\n%+v", b, got, want)
	}
	if truncated(b) != truncated(string(b)) {
		t.Fatalf("truncated(%q) differs for bytes and string", b)
	}
}

// TestRawPage runs checkRawPage on the fixtures and the shared pages.
func TestRawPage(t *testing.T) {
	for _, pat := range []string{filepath.Join(sharedDir, "corpus", "html", "*.html"), filepath.Join(fixtures, "*.html")} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				checkRawPage(t, b)
			}
		}
	}
	for _, s := range []string{"<p>본문</p>", "그냥 글입니다. 태그가 없다.", "<html><body><p>잘린 페이지", "<meta charset=euc-kr><p>한글 본문</p>", strings.Repeat("<div>", 600) + "깊다"} {
		checkRawPage(t, []byte(s))
	}
}

func FuzzRawPage(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=\"euc-kr\"><title>제목</title></head><body><p>정부가 발표했다.</p></body></html>"))
	f.Add([]byte("본문만 있는 글.\n홍길동 기자"))
	f.Fuzz(func(t *testing.T, b []byte) { checkRawPage(t, b) })
}

func FuzzHangulAt(f *testing.F) {
	for _, s := range []string{"가", "힣", "\xed\x9e\xa3", "\xed\x9e\xa4", "\xed\xa0\x80", "ㄱ", "a가", "\xea\xb0", "\xea\xb0\x80\x80"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, p int) {
		want := false
		if p >= 0 && p < len(s) {
			r, _ := utf8.DecodeRuneInString(s[p:])
			want = isHangul(r)
		}
		if got := hangulAt(s, p); got != want {
			t.Fatalf("hangulAt(%q, %d) = %v; want %v", s, p, got, want)
		}
	})
}

// fromTextSlow is FromText as it was: the UTF-8 check, then fromText
// (NULs, if isBinary lets them by, read as spaces; a lone CR ends a line).
func fromTextSlow(s string) (*Page, error) {
	if n := strings.Count(s, "\x00"); n > 0 && !isBinary(s) {
		p, err := fromTextSlow(strings.ReplaceAll(s, "\x00", " "))
		if err == nil {
			p.warn(nulWarning(n, false))
		}
		return p, err
	}
	if strings.TrimSpace(s) == "" {
		return nil, ErrEmpty
	}
	// lone carriage returns end lines
	b := []byte(s)
	for i := range b {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	s = string(b)
	if isBinary(s) {
		return nil, ErrNotText
	}
	p := &Page{}
	if !validUTF8(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		p.warn("invalid UTF-8 replaced with U+FFFD")
	}
	fromText(p, s)
	return p, nil
}

func checkFromText(t *testing.T, s string) {
	t.Helper()
	got, err1 := FromText(s)
	want, err2 := fromTextSlow(s)
	if err1 != err2 || !reflect.DeepEqual(got, want) {
		t.Fatalf("FromText(%q) = %+v, %v; want %+v, %v", s, got, err1, want, err2)
	}
}

// TestFromTextOnePass compares FromText, which checks UTF-8 in the pass of
// plainFast, with the check before it, on the corpus texts and the test
// texts of TestPlainFast, whole, with a broken byte and cut mid-rune.
func TestFromTextOnePass(t *testing.T) {
	texts := []string{"입력 2025.09.04 09:59\n제목\n정부는 예산안을 발표했다고 밝혔다.\nⓒ 예시일보", "정부는 예산을 늘렸다.\n홍길동 기자 hong@example.com",
		"공유\n닫기\n본문 문장이다.\n많이 본 뉴스\n공유", "\xed\xa0\x80 서로게이트", "\xe0\x80\x80 긴 인코딩", "가\xff나", "\xc0\xaf",
		"가\x00나", strings.Repeat("\x01가\n", 20), strings.Repeat("긴 줄이다. ", 900) + "\n\x00", "입력 2025.09.04\n\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e"}
	if data, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "dev-news.jsonl")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			var rec struct{ Text string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
				texts = append(texts, rec.Text)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		checkFromText(t, s)
		for _, at := range []int{0, len(s) / 3, len(s) / 2, len(s) - 1} {
			if at >= 0 && at < len(s) {
				checkFromText(t, s[:at]+"\xff"+s[at:])
				checkFromText(t, s[:at])
				checkFromText(t, s[at:])
			}
		}
	}
}

func FuzzFromTextOnePass(f *testing.F) {
	f.Add("입력 2025.09.04 09:59\n제목\n본문 문장이 여기 있다.\nⓒ 예시")
	f.Add("정부는 예산을 늘렸다고 밝혔다.\n홍길동 기자 hong@example.com\xed\xa0\x80")
	f.Add("공유\n닫기\n\xe0\x80\x80본문 문장이다.")
	f.Add("본문\x00 문장이다.\n둘째 줄")
	f.Add("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f가\n나\x1b\v")
	f.Add("\xff\xfe\x00가")
	f.Fuzz(func(t *testing.T, s string) { checkFromText(t, s) })
}

// sigMaskOld marks, as bits, the runes below U+10000 that lineSignalsSlow
// looks at after the first: the first runes of phrase words and its cases.
var sigMaskOld = func() *[1024]uint64 {
	m := phrases.wordMask
	for _, r := range "0123456789ⓒⒸ©무재학소(rR기특통@" {
		m[r>>6] |= 1 << (r & 63)
	}
	return &m
}()

// lineSignalsSlow is lineSignals (the screen of scanLine as it was)
// without the tight loop over plain syllables: the reference of
// FuzzScanLine.
func lineSignalsSlow(line string) (n int, suspect, byline, bad bool) {
	space, first, digitEarly, endsSoyo := false, true, false, false
	var firstRune rune
	for i := 0; i < len(line); {
		c := line[i]
		if !first && c >= 0xEA && c <= 0xED && i+2 < len(line) && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80 {
			// most runes: a Hangul syllable after the first rune, none of
			// the runes looked at below; counted as the path below would
			if r := rune(c&0x0F)<<12 | rune(line[i+1]&0x3F)<<6 | rune(line[i+2]&0x3F); r >= 0xAC00 && r <= 0xD7A3 && sigMaskOld[r>>6]&(1<<(r&63)) == 0 {
				if space {
					n++ // n > 0 once a rune is seen
					space = false
				}
				n++
				i += 3
				continue
			}
		}
		var r rune
		size := 1
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
				i++
				space = true
				continue
			}
		case c&0xF0 == 0xE0 && i+2 < len(line) && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80:
			// three bytes: all of Hangul
			r, size = rune(c&0x0F)<<12|rune(line[i+1]&0x3F)<<6|rune(line[i+2]&0x3F), 3
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				bad = true // overlong, or a surrogate
			}
		default:
			r, size = utf8.DecodeRuneInString(line[i:])
			if r == utf8.RuneError && size == 1 {
				bad = true
			}
		}
		if r >= 0x80 && (r < 0xAC00 || r > 0xD7A3) && foldSpace(r) {
			i += size
			space = true
			continue
		}
		next := line[i+size:]
		i += size
		if space && n > 0 {
			n++
		}
		space = false
		n++
		if first {
			first, firstRune = false, r
			switch {
			case phrases.always || r == '▶' || r == '☞' || r == '▷':
				suspect = true
			case r == '관' || r == '■' || r == '◆' || r == '<' || r == '[':
				// related-article markers: 관련기사, ■ 관련, [관련 기사], <관련 기사>
				suspect = strings.HasPrefix(strings.TrimLeftFunc(next, foldSpace), "련") ||
					strings.HasPrefix(strings.TrimLeftFunc(next, foldSpace), "관련")
			}
			for _, p := range phrases.first[r] {
				if foldedHasPrefix(line[i-size:], p.text) {
					suspect = true
					break
				}
			}
		}
		if r >= 0x10000 || sigMaskOld[r>>6]&(1<<(r&63)) == 0 {
			continue // neither a phrase word nor a case below
		}
		if phrases.wordMask[r>>6]&(1<<(r&63)) != 0 && !suspect {
			for _, w := range phrases.wordsOf(r) {
				if strings.HasPrefix(next, w) {
					suspect = true
					break
				}
			}
		}
		switch r {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			// metadata lines have their date within the first 20 runes
			digitEarly = digitEarly || n <= 24
		case 'ⓒ', 'Ⓒ', '©':
			suspect = true
		case '무':
			suspect = suspect || strings.HasPrefix(next, "단")
		case '재':
			suspect = suspect || strings.HasPrefix(next, "배포")
		case '학':
			suspect = suspect || strings.HasPrefix(next, "습")
		case '소':
			endsSoyo = endsSoyo || strings.HasPrefix(next, "요")
		case '(':
			suspect = suspect || len(next) >= 2 && next[0]|0x20 == 'c' && next[1] == ')'
		case 'r', 'R':
			suspect = suspect || len(next) >= 4 && next[0]|0x20 == 'i' && next[1]|0x20 == 'g' && next[2]|0x20 == 'h' && next[3]|0x20 == 't'
		case '기':
			byline = byline || strings.HasPrefix(next, "자")
		case '특':
			byline = byline || strings.HasPrefix(next, "파원")
		case '통':
			byline = byline || strings.HasPrefix(next, "신원")
		case '@':
			byline = true
		}
	}
	if digitEarly && metaFirstRune(firstRune) || endsSoyo {
		suspect = true
	}
	// isBylineLine takes lines of at most 80 runes
	return n, suspect, byline && n <= 80, bad
}

// checkScan compares scanLine with lineSignalsSlow, with lineKeysN and
// fold of the folded line, and checks that its screen holds: a line that
// is not suspect is neither metadata, a copyright line, a stock phrase nor
// a related-article marker; a line that is not byline is no byline line.
func checkScan(t *testing.T, s string) {
	t.Helper()
	sc := scanLine(s)
	wn, wsu, wby, wbad := lineSignalsSlow(s)
	if sc.n != wn || sc.suspect != wsu || sc.byline != wby || sc.bad != wbad {
		t.Fatalf("scanLine(%q) = %d %v %v %v; want %d %v %v %v", s, sc.n, sc.suspect, sc.byline, sc.bad, wn, wsu, wby, wbad)
	}
	l := foldAll(s)
	if sc.folded != (l == s) {
		t.Fatalf("scanLine(%q).folded = %v; fold gives %q", s, sc.folded, l)
	}
	if sc.bad {
		return // the keys of a line with a broken byte are never asked
	}
	if k, n := lineKeysN(l); sc.keys != k || sc.n != n {
		t.Fatalf("scanLine(%q) keys %b, %d runes; lineKeysN(%q) = %b, %d", s, sc.keys, sc.n, l, k, n)
	}
	if l == "" {
		return
	}
	if !sc.suspect {
		f := factsOf(l)
		if isDateHeader(l) || isMetaLine(l) || isReadTime(l) || f.isCopyright() || phraseKindOf(l) != kindNone || isRelated(l) {
			t.Fatalf("scanLine(%q) not suspect, but %q is metadata, copyright, a stock phrase or related", s, l)
		}
	}
	if !sc.byline && isBylineLine(l) {
		t.Fatalf("scanLine(%q) not byline, but %q is a byline line", s, l)
	}
}

// TestScanLine checks scanLine on the lines of the corpus texts and the
// fixtures.
func TestScanLine(t *testing.T) {
	for _, text := range fullTexts() {
		for _, l := range strings.Split(text, "\n") {
			checkScan(t, l)
			checkScan(t, " "+l+"  ")
			checkScan(t, strings.ReplaceAll(l, " ", "\u00a0 "))
		}
	}
}

func FuzzScanLine(f *testing.F) {
	for _, s := range []string{"정부는 예산안을 발표했다.", "입력 2025.09.04", "홍길동 기자 hong@example.com", "가 나  다\t라", "무단 전재", "가\xff나 다", "가나다 ", "ⓒ 예시",
		"있다 \u00a0", "했다.  다\u3000모습", "(C) 2025", "로그인이 필요", " 공유", "관 련기사"} {
		f.Add(s)
	}
	f.Fuzz(checkScan)
}

// BenchmarkScanLine runs scanLine and the reference on the lines of the
// shared corpus (or the plain fixture), in one process.
func BenchmarkScanLine(b *testing.B) {
	var lines []string
	for _, t := range plainTexts(b) {
		lines = append(lines, strings.Split(t, "\n")...)
	}
	for _, c := range []struct {
		name string
		f    func(string)
	}{{"fast", func(s string) { scanLine(s) }}, {"ref", func(s string) { lineSignalsSlow(s) }}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, l := range lines {
					c.f(l)
				}
			}
		})
	}
}
