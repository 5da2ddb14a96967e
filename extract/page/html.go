package page

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// nulSpaces is text with its NULs read as spaces (a byte for a byte), and
// the warning that says so on p when it has any: a page read as text is
// read as ReadText reads a text.
func nulSpaces(p *Page, text string) string {
	if strings.IndexByte(text, 0) < 0 {
		return text
	}
	p.warn(nulWarning(strings.Count(text, "\x00"), false))
	return strings.ReplaceAll(text, "\x00", " ")
}

// FromHTML finds the article in a saved HTML page given as bytes in any
// encoding. Input that does not look like HTML is read as text (with a
// warning).
func FromHTML(b []byte) (*Page, error) {
	if len(bytes.TrimSpace(headBytes(b, 1<<16))) == 0 && len(bytes.TrimSpace(b)) == 0 { // no copies of the page
		return nil, ErrEmpty
	}
	utf16, _ := utf16Order(b) // UTF-16 without its mark: NULs of its own
	if utf16 == nil && isBinary(b) {
		return nil, ErrNotText
	}
	p := &Page{}
	nuls := 0                         // a few stray NULs (isBinary refuses more)
	if !utf16BOM(b) && utf16 == nil { // (UTF-16 has NULs of its own)
		nuls = bytes.Count(b, []byte{0})
	}
	if len(b) > MaxHTMLBytes {
		b = b[:MaxHTMLBytes]
		p.warn("page longer than 4 MB: only the first 4 MB were read")
	}
	// A UTF-8 page is read from its bytes (raw), without a string copy.
	text, raw, enc, warns := decodeHTMLRaw(b)
	p.Encoding = enc
	p.Warnings = append(p.Warnings, warns...)
	if raw != nil && !LooksLikeHTML(raw) || raw == nil && !LooksLikeHTML(text) {
		if raw != nil {
			text = string(raw)
		}
		p.warn("input does not look like HTML; read as text")
		fromText(p, nulSpaces(p, text))
		return p, nil
	}
	var r io.Reader = strings.NewReader(text)
	if raw != nil {
		r = bytes.NewReader(raw)
	}
	node, err := html.Parse(r)
	if err != nil {
		// x/net/html refuses pathological nesting: read the page's text
		// without its tags instead.
		if raw != nil {
			text = string(raw)
		}
		p.warn("HTML parse error: " + err.Error() + "; tags stripped and read as text")
		if t := stripTags(text); strings.TrimSpace(t) != "" {
			fromText(p, nulSpaces(p, t))
		}
		return p, nil
	}
	if nuls > 0 {
		p.warn(nulWarning(nuls, true)) // the parser leaves them out
	}
	doc := goquery.NewDocumentFromNode(node)
	h := &htmlPage{p: p, doc: doc}
	h.meta = metaMap(h)
	h.jsonLD()
	h.publisher()
	h.body()
	h.title()
	h.dates()
	h.people()
	h.section()
	if p.Body == "" {
		p.Layout = "none"
		p.warn("no article body found")
		if h.loginWall() {
			p.warn("the page looks like a login or subscription wall, not an article")
		}
	}
	if raw != nil && truncated(raw) || raw == nil && truncated(text) {
		p.warn("the page seems truncated: it has no closing </body> or </html>")
	}
	p.Warnings = uniqueWarnings(p.Warnings)
	return p, nil
}

// uniqueWarnings drops repeated warnings (a page with thousands of broken
// JSON-LD blocks says so once).
func uniqueWarnings(ws []string) []string {
	seen := make(map[string]bool, len(ws))
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// truncated reports a page that opens <html> or <body> but closes neither.
func truncated[T string | []byte](s T) bool {
	tail := s
	if len(tail) > 1<<16 {
		tail = tail[len(tail)-1<<16:]
	}
	// In any ASCII case: no other rune lowers to these letters, so this is
	// strings.Contains(strings.ToLower(x), tag) without the copies.
	head := s[:min(len(s), 4096)]
	if lastIndexFoldASCII(head, "<html") < 0 && lastIndexFoldASCII(head, "<body") < 0 {
		return false
	}
	return lastIndexFoldASCII(tail, "</html") < 0 && lastIndexFoldASCII(tail, "</body") < 0
}

// loginWall reports a password field or a login/subscription prompt.
func (h *htmlPage) loginWall() bool {
	if h.find(selLogin).Length() > 0 {
		return true
	}
	for _, l := range h.allLines() {
		if phraseKindOf(l.text) == kindDrop && (strings.Contains(l.text, "로그인") || strings.Contains(l.text, "구독")) {
			return true
		}
	}
	return false
}

func headBytes(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

type htmlPage struct {
	p     *Page
	doc   *goquery.Document
	meta  map[string]string
	ld    ldArticle
	raw   []tline      // lines of the body container before cleaning
	elems []*html.Node // the page's elements in document order (find)
	lines []tline      // the whole page as lines (allLines)
}

type ldArticle struct {
	found                               bool
	headline, published, modified, body string
	publisher, section                  string
	authors                             []string
}

// metaMap collects meta tags by property, name and itemprop (lower case); the
// first value of a key wins.
func metaMap(h *htmlPage) map[string]string {
	m := map[string]string{}
	h.find(selMeta).Each(func(_ int, s *goquery.Selection) {
		c, ok := s.Attr("content")
		if !ok {
			return
		}
		c = fold(html.UnescapeString(c))
		for _, k := range []string{"property", "name", "itemprop"} {
			if v, ok := s.Attr(k); ok {
				v = strings.ToLower(strings.TrimSpace(v))
				if _, seen := m[v]; !seen && v != "" {
					m[v] = c
				}
			}
		}
	})
	return m
}

var articleTypes = map[string]bool{"newsarticle": true, "article": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "blogposting": true, "backgroundnewsarticle": true, "webpage": false}

func (h *htmlPage) jsonLD() {
	h.find(selJSONLD).Each(func(_ int, s *goquery.Selection) {
		if h.ld.found {
			return
		}
		src := strings.TrimSpace(s.Text())
		var v any
		if err := json.Unmarshal([]byte(src), &v); err != nil {
			// Raw newlines inside strings are common in hand-written JSON-LD.
			src = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(src)
			if json.Unmarshal([]byte(src), &v) != nil {
				h.p.warn("unreadable JSON-LD block skipped")
				return
			}
		}
		h.findLD(v, 0)
	})
}

func (h *htmlPage) findLD(v any, depth int) {
	if depth > 8 || h.ld.found {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			h.findLD(e, depth+1)
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			h.readLD(x)
			return
		}
		if g, ok := x["@graph"]; ok {
			h.findLD(g, depth+1)
		}
		if e, ok := x["mainEntity"]; ok {
			h.findLD(e, depth+1)
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return fold(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		return ldString(x["name"])
	}
	return ""
}

func (h *htmlPage) readLD(x map[string]any) {
	h.ld.found = true
	h.ld.headline = ldString(x["headline"])
	h.ld.published = ldString(x["datePublished"])
	h.ld.modified = ldString(x["dateModified"])
	h.ld.publisher = ldString(x["publisher"])
	h.ld.section = ldString(x["articleSection"])
	if b, ok := x["articleBody"].(string); ok {
		h.ld.body = html.UnescapeString(b)
	}
	var authors []any
	switch a := x["author"].(type) {
	case []any:
		authors = a
	case nil:
	default:
		authors = []any{a}
	}
	for _, a := range authors {
		if m, ok := a.(map[string]any); ok {
			if t, _ := m["@type"].(string); strings.EqualFold(t, "Organization") {
				continue
			}
		}
		if n := ldString(a); n != "" {
			h.ld.authors = append(h.ld.authors, n)
		}
	}
}

var portalNames = map[string]bool{"네이버": true, "네이버 뉴스": true, "네이버뉴스": true, "naver": true, "naver news": true,
	"다음": true, "다음뉴스": true, "다음 뉴스": true, "daum": true, "daum 뉴스": true, "네이트": true, "네이트 뉴스": true, "nate": true, "nate 뉴스": true, "줌": true, "zum": true}

// Press-name markers of portal pages: Naver's press logo (current, mobile,
// entertainment and sports pages), Daum's press logo, Nate's press link and
// logo.
const pressSel = ".media_end_head_top_logo img, img.media_end_head_top_logo_img, .press_logo img, .press_logo_img, #pressLogo img, " +
	".link_cp img, a.link_cp[title], .info_cp img, .articleInfo a.medium, #articleView a.medium, dl.articleInfo img, .thumb_g.logo"

// Site logos of publishers' own pages (alt or title of the logo image or link).
const logoSel = "h1.logo a[title], h1.logo img, .logo img[alt], .logo a[title], a.logo[title], #logo img, img#logo, img.logo, .site-logo img, .header_logo img"

func (h *htmlPage) publisher() {
	p := h.p
	usable := func(c string) string {
		c = cleanPressName(c)
		if c == "" || portalNames[strings.ToLower(c)] || runeLen(c) > 30 || len(reportersIn(c)) > 0 {
			return ""
		}
		return c
	}
	// Strong signals, in order: og:site_name, JSON-LD publisher, the press
	// markers of portal pages, the press named in meta tags.
	strong := []string{h.meta["og:site_name"], h.ld.publisher}
	h.find(selPress).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, k := range []string{"alt", "title"} {
			if a, ok := s.Attr(k); ok && strings.TrimSpace(a) != "" {
				strong = append(strong, a)
				return false
			}
		}
		if goquery.NodeName(s) == "a" {
			if t := fold(s.Text()); t != "" && runeLen(t) <= 20 {
				strong = append(strong, t)
				return false
			}
		}
		return true
	})
	for _, k := range []string{"og:article:author", "twitter:creator", "article:author", "me2:category1", "twitter:site", "publisher", "dc.publisher"} {
		v := h.meta[k]
		if i := strings.Index(v, " | "); i > 0 {
			v = v[:i]
		}
		if strings.Contains(v, "://") || strings.HasPrefix(v, "@") {
			continue
		}
		strong = append(strong, v)
	}
	for _, c := range strong {
		if c = usable(c); c != "" {
			p.Publisher = c
			return
		}
	}
	// Weak signals: the copyright line ('© 한겨레', 'ⓒ 한국경제'), the site
	// logo, the sports pages' '기사제공 …' credit, the site name ending the
	// <title>, the copyright meta tag. A Korean name wins over a Latin one
	// ('The Hankyoreh' in the copyright line, '한겨레' in the logo).
	var weak []string
	if c := h.copyrightName(); c != "" {
		weak = append(weak, c)
	}
	h.find(selLogo).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, k := range []string{"alt", "title"} {
			if a, ok := s.Attr(k); ok && strings.TrimSpace(a) != "" {
				weak = append(weak, a)
				return false
			}
		}
		return true
	})
	h.find(selSource).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := fold(s.Text())
		if m := reProvided.FindStringSubmatch(t); m != nil {
			weak = append(weak, m[1])
			return false
		}
		return true
	})
	if t := fold(h.find(selTitle).First().Text()); t != "" {
		for _, sep := range titleSeps {
			if i := strings.LastIndex(t, sep); i > 0 {
				weak = append(weak, t[i+len(sep):])
				break
			}
		}
	}
	weak = append(weak, h.meta["copyright"])
	first := ""
	for _, c := range weak {
		if c = usable(c); c == "" || strings.ContainsAny(c, "0123456789") && runeLen(c) > 12 {
			continue
		}
		if hasHangul(c) {
			p.Publisher = c
			return
		}
		if first == "" {
			first = c
		}
	}
	p.Publisher = first
}

var (
	reProvided   = regexp.MustCompile(`(?:기사\s*제공|제공)\s*[:：]?\s*([가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,15}[가-힣A-Za-z0-9])`)
	rePressNoise = regexp.MustCompile(`(?i)\s*(?:바로\s*가기|홈으로\s*이동|홈\s*바로가기|로고|logo|메인으로|\(주\)|㈜|, inc\.?|co\., ltd\.?)\s*`)
)

var reCopyURL = regexp.MustCompile(`([가-힣][가-힣A-Za-z0-9]{1,15})\s*\(\s*(?:www\.|https?://)`)

// copyrightPress is the outlet named in a copyright line: 'Copyright ⓒ
// 헤럴드경제. All rights reserved.', '© 한겨레', '<저작권자 ⓒ 산들경제, 무단전재…>',
// '<ⓒ경제 플랫폼, 아시아경제(www.asiae.co.kr) 무단전재…>' (the name before the
// site address wins over a slogan).
func copyrightPress(t string) string {
	if m := findCopyURL(t); m != nil {
		return m[1]
	}
	end := lastCopyMarkEnd(t)
	if end < 0 {
		return ""
	}
	rest := t[end:]
	if i := copyEndIndex(rest); i >= 0 {
		rest = rest[:i]
	}
	if r := strings.TrimLeft(rest, reSpace); r != "" && r[0] >= '0' && r[0] <= '9' { // reYears starts with digits
		rest = reYears.ReplaceAllString(rest, "")
	}
	// '경제를 읽는 눈, 예시경제': a slogan, then the name.
	// the segments between commas, from the last (strings.Split, without
	// its slice)
	for end := len(rest); end >= 0; {
		i := strings.LastIndexByte(rest[:end], ',')
		n := trimDot(fold(rest[i+1:end]), " .:-")
		end = i
		if n == "" {
			continue
		}
		if runeLen(n) > 20 || strings.Count(n, " ") > 2 {
			return ""
		}
		// (a syllable has no case: a name that starts with one is none of
		// these)
		if !hangulAt(n, 0) {
			switch strings.ToLower(n) {
			case "by", "reserved", "all rights reserved":
				return ""
			}
		}
		return n
	}
	return ""
}

var (
	reCopyMark = regexp.MustCompile(`(?i)ⓒ|©|\(c\)|copyright|저작권자`)
	reCopyEnd  = regexp.MustCompile(`(?i)무단|all\s*rights|재배포|[<>(&|\[\]]|\s:\s|\.\s|\.$|www\.`)
	reYears    = regexp.MustCompile(`^\s*\d{4}(?:\s*[-~]\s*\d{4})?\s*`)
)

// cleanPressName trims logo and link decorations ('한겨레 바로가기', 'X 로고',
// 'X | 네이버') from a press name.
func cleanPressName(c string) string {
	c = fold(html.UnescapeString(c))
	if i := strings.Index(c, " | "); i > 0 {
		c = c[:i]
	}
	if pressNoiseHint(c) {
		c = rePressNoise.ReplaceAllString(c, " ")
	}
	c = strings.TrimSpace(c)
	c = trimDot(c, " .,:-|")
	return fold(c)
}

// copyrightName is the name in the page's copyright line, looked for in
// short leaf-ish elements from the end of the page.
func (h *htmlPage) copyrightName() string {
	name := ""
	for _, l := range h.allLines() {
		t := l.text
		if runeLen(t) > 120 {
			continue
		}
		// copyrightSign holds for every match of reCopyright, and costs
		// far less than the expression (copyrightMatch)
		if f := factsOf(t); !f.copyrightSign() || !f.copyrightMatch() {
			continue
		}
		if n := copyrightPress(t); n != "" {
			name = n
			if hasHangul(n) {
				return n
			}
		}
	}
	return name
}

// allLines is the text of the whole page as lines (computed once).
func (h *htmlPage) allLines() []tline {
	if h.lines == nil {
		h.lines = textLines(h.doc.Selection.Nodes[0], false)
		if h.lines == nil {
			h.lines = []tline{}
		}
	}
	return h.lines
}

func (h *htmlPage) section() {
	for _, v := range []string{h.meta["article:section"], h.ld.section, h.meta["og:article:section"]} {
		if v = fold(v); v != "" {
			h.p.Section = v
			return
		}
	}
	// The highlighted menu item of portal pages (Nate, Naver mobile).
	if t := fold(h.find(selMenuOn).First().Text()); t != "" && runeLen(t) <= 12 {
		h.p.Section = t
	}
}

// --- title ---

var titleSeps = []string{" : ", " | ", " - ", " – ", " — ", " :: ", " < ", " > ", " ｜ "}

var siteWords = []string{"네이버", "다음", "뉴스", "일보", "신문", "닷컴", "경제", "방송", "미디어", "저널", "통신", "타임스", "news", "times", "daily", "herald", "journal", ".com", ".co.kr", "tv"}

func (h *htmlPage) isSiteName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if h.p.Publisher != "" && (s == h.p.Publisher || strings.Contains(s, h.p.Publisher)) {
		return true
	}
	if runeLen(s) > 25 {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range siteWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// stripSite removes ' : 네이버 뉴스' and ' - 언론사' style suffixes (and
// prefixes such as '언론사 | ').
func (h *htmlPage) stripSite(t string) string {
	for range 4 {
		changed := false
		for _, sep := range titleSeps {
			if i := strings.LastIndex(t, sep); i > 0 && h.isSiteName(t[i+len(sep):]) && runeLen(t[:i]) >= 5 {
				t, changed = strings.TrimSpace(t[:i]), true
			}
		}
		if !changed {
			break
		}
	}
	return t
}

var headingSel = "#title_area, .media_end_head_headline, #articleTitle, #articleTtitle, .tit_view, h2.tit_view, h3.tit_view, .article_tit, .news_title, .headline, h1.title, h2.title, h1, h2, h3, h4"

func (h *htmlPage) headings() []string {
	var out []string
	h.find(selHeading).Each(func(_ int, s *goquery.Selection) {
		t := fold(s.Text())
		if n := runeLen(t); n >= 5 && n <= 200 {
			out = append(out, t)
		}
	})
	return out
}

func (h *htmlPage) title() {
	heads := h.headings()
	raw := fold(h.find(selTitle).First().Text())
	cands := []string{h.meta["og:title"], h.meta["twitter:title"], h.ld.headline}
	for _, c := range cands {
		c = fold(html.UnescapeString(c))
		if c == "" {
			continue
		}
		// A heading that the candidate starts with, followed by a separator,
		// is the headline without the site's decoration.
		for _, hd := range heads {
			if strings.HasPrefix(c, hd) && len(c) > len(hd) {
				rest := c[len(hd):]
				for _, sep := range titleSeps {
					if strings.HasPrefix(rest, sep) {
						h.p.Title = hd
						return
					}
				}
			}
		}
		h.p.Title = h.stripSite(c)
		return
	}
	if raw != "" {
		for _, hd := range heads {
			if strings.HasPrefix(raw, hd) {
				h.p.Title = hd
				return
			}
		}
	}
	if len(heads) > 0 {
		h.p.Title = heads[0]
		return
	}
	h.p.Title = h.stripSite(raw)
}

// --- dates ---

var reLabelDate = regexp.MustCompile(`(최초\s*입력|기사\s*입력|입력|기사\s*전송|전송|등록|송고|게재|발행|작성|승인|최종\s*수정|수정|업데이트)\s*(?:일시|시간|일)?\s*[:：]?\s*(\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}[^가-힣]{0,4}(?:[오전후AMP]{2}\s*)?[\d:\s시분]*)`)

// hasDateLabel reports whether s holds one of the words that every label
// of reLabelDate contains: 입력, 전송, 등록, 송고, 게재, 발행, 작성, 승인,
// 수정, 업데이트.
func hasDateLabel(s string) bool {
	for i := 0; i+6 <= len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		rest := s[i+n:]
		switch r {
		case '입':
			if strings.HasPrefix(rest, "력") {
				return true
			}
		case '전':
			if strings.HasPrefix(rest, "송") {
				return true
			}
		case '송':
			if strings.HasPrefix(rest, "고") {
				return true
			}
		case '등':
			if strings.HasPrefix(rest, "록") {
				return true
			}
		case '게':
			if strings.HasPrefix(rest, "재") {
				return true
			}
		case '발':
			if strings.HasPrefix(rest, "행") {
				return true
			}
		case '작':
			if strings.HasPrefix(rest, "성") {
				return true
			}
		case '승':
			if strings.HasPrefix(rest, "인") {
				return true
			}
		case '수':
			if strings.HasPrefix(rest, "정") {
				return true
			}
		case '업':
			if strings.HasPrefix(rest, "데이트") {
				return true
			}
		}
		i += n
	}
	return false
}

func (h *htmlPage) dates() {
	p := h.p
	set := func(v string) bool {
		if t, ht, ok := parseDate(v); ok {
			p.Published, p.HasTime = t, ht
			return true
		}
		return false
	}
	setMod := func(v string) {
		if t, _, ok := parseDate(v); ok && p.Modified.IsZero() {
			p.Modified = t
		}
	}
	for _, k := range []string{"article:modified_time", "og:article:modified_time", "article:modified", "datemodified", "og:updated_time"} {
		setMod(h.meta[k])
	}
	setMod(h.ld.modified)
	if v, ok := h.find(selModified).First().Attr("data-modify-date-time"); ok {
		setMod(v)
	}

	done := false
	for _, k := range []string{"article:published_time", "og:article:published_time", "og:published_time", "article:published"} {
		if !done && set(h.meta[k]) {
			done = true
		}
	}
	if !done && set(h.ld.published) {
		done = true
	}
	// Daum's og:regDate is a compact 20240903104402.
	if !done && set(expandCompactDate(h.meta["og:regdate"])) {
		done = true
	}
	if !done {
		h.find(selDateTime).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if v, ok := s.Attr("data-date-time"); ok && set(v) {
				done = true
				return false
			}
			return true
		})
	}
	// Visible '입력 2025.09.04 09:59' forms; also a label and its date in
	// neighbouring elements (<dt>입력</dt><dd>…</dd>).
	lines := h.allLines()
	for i := 0; i < len(lines); i++ {
		l := lines[i].text
		if len(l) > 320 || runeLen(l) > 80 || !strings.ContainsAny(l, "0123456789") && i+1 < len(lines) && !strings.ContainsAny(lines[i+1].text, "0123456789") {
			continue
		}
		// every match of reLabelDate holds one of its labels (hasDateLabel),
		// which a space put between two lines cannot make
		here := hasDateLabel(l)
		if i+1 < len(lines) && runeLen(l) <= 10 && (here || hasDateLabel(lines[i+1].text)) &&
			reLabelDate.MatchString(l+" "+lines[i+1].text) && !(here && reLabelDate.MatchString(l)) {
			l += " " + lines[i+1].text
			here = true
		}
		if !here {
			continue
		}
		for _, m := range reLabelDate.FindAllStringSubmatch(l, -1) {
			label := m[1]
			if strings.Contains(label, "수정") || strings.Contains(label, "업데이트") {
				setMod(m[2])
				continue
			}
			if t, ht, ok := parseDate(m[2]); ok {
				// The visible time may refine a date-only or later meta value.
				if !done || (!p.HasTime && ht && sameDay(t, p.Published)) {
					p.Published, p.HasTime, done = t, ht, true
				}
			}
		}
	}
	if !done {
		for _, k := range []string{"datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "ptime"} {
			if set(h.meta[k]) {
				return
			}
		}
	}
}

var reCompactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$`)

// expandCompactDate turns 20240903104402 into 2024-09-03 10:44:02.
func expandCompactDate(s string) string {
	m := reCompactDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	out := m[1] + "-" + m[2] + "-" + m[3] + " " + m[4] + ":" + m[5]
	if m[6] != "" {
		out += ":" + m[6]
	}
	return out
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// --- people ---

func (h *htmlPage) people() {
	p := h.p
	for _, a := range h.ld.authors {
		h.addNames(a)
	}
	for _, k := range []string{"author", "byl", "dable:author", "article:author", "og:article:author", "citation_author", "dc.creator"} {
		if v := h.meta[k]; v != "" && !strings.Contains(v, "://") {
			h.addNames(v)
		}
	}
	h.find(selByline).Each(func(_ int, s *goquery.Selection) {
		if s.FindMatcher(selBylineBlock).Length() > 6 {
			return
		}
		t := fold(s.Text())
		if t == "" || runeLen(t) > 120 {
			return
		}
		p.notePeople(t)
		if m := reNameMail.FindStringSubmatch(t); m != nil && validName(m[1]) {
			p.Reporters = addUnique(p.Reporters, m[1])
		}
	})
	// Bylines inside or right around the body.
	for i, l := range h.raw {
		if i < 2 || i >= len(h.raw)-6 || isBylineLine(l.text) {
			p.notePeople(l.text)
		}
	}
	if len(p.Reporters) > 12 {
		p.Reporters = p.Reporters[:12]
	}
}

// addNames reads reporter names from a meta or JSON-LD author value:
// '홍길동 기자', 'By 홍길동,김철수', '홍길동'.
func (h *htmlPage) addNames(v string) {
	v = strings.TrimSpace(v)
	if rs := reportersIn(v); len(rs) > 0 {
		h.p.Reporters = addUnique(h.p.Reporters, rs...)
		return
	}
	v = strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by ")
	for _, n := range splitNames(v) {
		n = strings.TrimSpace(n)
		if validName(n) {
			h.p.Reporters = addUnique(h.p.Reporters, n)
		}
	}
}

var (
	reScriptBlock = regexp.MustCompile(`(?is)<(script|style|noscript)\b.*?</(script|style|noscript)\s*>`)
	reBlockTag    = regexp.MustCompile(`(?i)</?(?:p|div|br|li|tr|td|h[1-6]|article|section|table|ul|ol|dt|dd|blockquote)\b[^>]*>`)
	reAnyTag      = regexp.MustCompile(`(?s)<[^>]*>`)
)

// stripTags is the fallback for pages the HTML parser gives up on.
func stripTags(s string) string {
	s = reScriptBlock.ReplaceAllString(s, "\n")
	s = reBlockTag.ReplaceAllString(s, "\n")
	s = reAnyTag.ReplaceAllString(s, "")
	var out []string
	for _, l := range strings.Split(html.UnescapeString(s), "\n") {
		if l = fold(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
