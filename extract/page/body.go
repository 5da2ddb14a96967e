package page

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// container is a known article-body element and the layout it stands for.
type container struct{ sel, layout string }

// containers are tried in order; the first that yields article text wins.
var containers = []container{
	{"#dic_area", "naver"},
	{"#articleBodyContents", "naver-old"},
	{"#articeBody", "naver-entertain"}, // entertainment pages (sic)
	{"#newsEndContents", "naver-sports"},
	{"#newsct_article", "naver"},
	{".article_view", "daum"},
	{"#harmonyContainer", "daum"},
	{"#realArtcContents", "nate"},
	{"#articleContetns", "nate"}, // (sic)
	{"[itemprop=articleBody]", "publisher"},
	{"#article-view-content-div", "publisher"},
	{"#articleBody", "publisher"},
	{"#article_body", "publisher"},
	{".article_body", "publisher"},
	{".article-body", "publisher"},
	{"#article-body", "publisher"},
	{".art_body", "publisher"},
	{"#articletxt", "publisher"},
	{"#article_txt", "publisher"},
	{".article_txt", "publisher"},
	{"#textBody", "publisher"},
	{".story-news", "publisher"},
	{".news_text", "publisher"},
	{"#newsContent", "publisher"},
	{".view_con", "publisher"},
	{".article_content", "publisher"},
	{".article-content", "publisher"},
}

// containerSels are the containers' selectors, compiled.
var containerSels = func() []goquery.Matcher {
	out := make([]goquery.Matcher, len(containers))
	for i, c := range containers {
		out[i] = css(c.sel)
	}
	return out
}()

// containerKeys index the containers by what their selectors name: an id
// (#dic_area), a class (.article_view) or an attribute value
// ([itemprop=articleBody]), lower case. Containers of another form are
// listed under containerOther and tried on every element.
var containerKeys, containerOther = func() (map[[2]string][]int, []int) {
	keys := map[[2]string][]int{}
	var other []int
	for i, c := range containers {
		var k [2]string
		switch {
		case strings.HasPrefix(c.sel, "#") && !strings.ContainsAny(c.sel[1:], "#.[ :>+~,"):
			k = [2]string{"id", c.sel[1:]}
		case strings.HasPrefix(c.sel, ".") && !strings.ContainsAny(c.sel[1:], "#.[ :>+~,"):
			k = [2]string{"class", c.sel[1:]}
		case strings.HasPrefix(c.sel, "[") && strings.HasSuffix(c.sel, "]") && strings.Count(c.sel, "=") == 1 && !strings.ContainsAny(c.sel, "~|^$*\"' "):
			attr, val, _ := strings.Cut(c.sel[1:len(c.sel)-1], "=")
			k = [2]string{attr, val}
		default:
			other = append(other, i)
			continue
		}
		k[1] = strings.ToLower(k[1])
		keys[k] = append(keys[k], i)
	}
	return keys, other
}()

// containerMatches returns, for each container, the elements under root its
// selector matches, in document order (what Find gives), from one walk of
// the tree: an element is only matched against the containers its id,
// classes and attributes name.
func containerMatches(root *html.Node) [][]*html.Node {
	found := make([][]*html.Node, len(containers))
	try := func(n *html.Node, ci int) {
		if l := found[ci]; (len(l) == 0 || l[len(l)-1] != n) && containerSels[ci].Match(n) {
			found[ci] = append(found[ci], n)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for _, a := range c.Attr {
				if a.Key != "class" {
					for _, ci := range containerKeys[[2]string{a.Key, strings.ToLower(a.Val)}] {
						try(c, ci)
					}
					continue
				}
				for v := a.Val; v != ""; {
					tok := v
					if i := strings.IndexAny(v, " \t\r\n\f"); i >= 0 {
						tok, v = v[:i], v[i+1:]
					} else {
						v = ""
					}
					if tok == "" {
						continue
					}
					for _, ci := range containerKeys[[2]string{"class", strings.ToLower(tok)}] {
						try(c, ci)
					}
				}
			}
			for _, ci := range containerOther {
				try(c, ci)
			}
			walk(c)
		}
	}
	walk(root)
	return found
}

const minBodyRunes = 100

// maxMatches is the most elements of one container selector that are read.
const maxMatches = 20

func (h *htmlPage) body() {
	p := h.p
	found := containerMatches(h.doc.Selection.Nodes[0])
	for ci, c := range containers {
		var bestLines []string
		var bestRaw []tline
		best := 0
		// Only the outermost matches, and at most maxMatches of them: nested
		// or repeated containers would make this quadratic.
		seen := map[*html.Node]bool{}
	matches:
		for _, n := range found[ci] {
			for a := n.Parent; a != nil; a = a.Parent {
				if seen[a] {
					continue matches
				}
			}
			seen[n] = true
			if len(seen) > maxMatches {
				break
			}
			raw := textLines(n, true)
			lines := cleanLines(raw)
			if n := bodyScore(lines); n > best {
				best, bestLines, bestRaw = n, lines, raw
			}
		}
		if best >= minBodyRunes {
			p.Body, p.Layout, h.raw = strings.Join(bestLines, "\n"), c.layout, bestRaw
			return
		}
	}
	if runeLen(h.ld.body) >= minBodyRunes {
		var raw []tline
		for _, l := range strings.Split(h.ld.body, "\n") {
			if l = fold(l); l != "" {
				raw = append(raw, tline{text: l, runes: runeLen(l)})
			}
		}
		if lines := cleanLines(raw); bodyScore(lines) >= minBodyRunes {
			p.Body, p.Layout, h.raw = strings.Join(lines, "\n"), "jsonld", raw
			return
		}
	}
	if n := densest(h.doc.Selection.Nodes[0]); n != nil {
		raw := textLines(n, true)
		lines := cleanLines(raw)
		if bodyScore(lines) >= 40 {
			p.Body, p.Layout, h.raw = strings.Join(lines, "\n"), "generic", raw
			return
		}
	}
	// A small page (made by hand, a short notice) that holds a sentence or
	// two and little else: they are its body, however short. A login or
	// subscription wall's few lines are not.
	raw := textLines(h.doc.Selection.Nodes[0], true)
	total := 0
	for _, l := range raw {
		total += l.runes
	}
	if total > 0 && total <= smallPageRunes && !h.loginWall() {
		if lines := smallPageLines(raw); len(lines) > 0 {
			p.Body, p.Layout, h.raw = strings.Join(lines, "\n"), "generic", raw
		}
	}
}

// smallPageLines keeps the sentences of a small page's lines, short ones
// too (cleanLines takes a short line for furniture): no links, menus,
// headings, bylines or stock phrases.
func smallPageLines(raw []tline) []string {
	var out []string
	for _, l := range raw {
		if l.runes == 0 || l.links*10 >= l.runes*8 {
			continue
		}
		switch c := classify(l.text, false); {
		case c == lcSentence, c == lcOther && endsLikeSentence(l.text):
			out = append(out, l.text)
		case c == lcSigned:
			out = splitSigned(out, l.text, false)
		}
	}
	return out
}

// smallPageRunes is the most text a page may hold for its sentences to be
// its body when no container, JSON-LD or dense block gives one.
const smallPageRunes = 300

// bodyScore is the number of runes in sentence lines.
func bodyScore(lines []string) int {
	n := 0
	for _, l := range lines {
		if endsLikeSentence(l) || runeLen(l) > 60 {
			n += runeLen(l)
		}
	}
	return n
}

// cleanLines keeps the article paragraphs of a container's lines: it drops
// link lists, captions and credits, bylines, metadata and stock furniture,
// and stops at the copyright line.
func cleanLines(raw []tline) []string {
	count := map[string]int{}
	for _, l := range raw {
		count[l.text]++
	}
	var out []string
	var cls []lineClass
	for _, l := range raw {
		t := l.text
		if l.runes > 0 && l.links*10 >= l.runes*8 && l.runes < 200 {
			continue // a link or a list of links
		}
		c := classify(t, count[t] > 1)
		if c == lcCopyright {
			if len(out) > 0 {
				break
			}
			continue
		}
		switch c {
		case lcSentence, lcOther:
			out = append(out, t)
			cls = append(cls, c)
		case lcSigned:
			// the last paragraph with the byline glued on: its sentence,
			// then the byline on a line of its own (as in a dump)
			n := len(out)
			out = splitSigned(out, t, false)
			for k := n; k < len(out); k++ {
				cls = append(cls, lcSentence)
			}
		}
	}
	// Trailing short non-sentence lines: credits ('연합뉴스'), labels.
	for len(out) > 0 && cls[len(out)-1] == lcOther && runeLen(out[len(out)-1]) < 20 {
		out = out[:len(out)-1]
	}
	return out
}

var paraTags = map[string]bool{"p": true, "li": true, "blockquote": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "pre": true, "dd": true, "dt": true}

var inlineTags = map[string]bool{"a": true, "span": true, "b": true, "strong": true, "em": true, "i": true,
	"u": true, "font": true, "small": true, "sup": true, "sub": true, "mark": true, "q": true, "cite": true, "br": true}

// densest is the content-density fallback: every element's own text (its
// text nodes and inline children) scores by length, less link text, more
// for sentence endings; a paragraph gives its score to its parent (and half
// to the grandparent), a div with its own text keeps it (half to its parent).
// The element with the highest score holds the article.
func densest(root *html.Node) *html.Node {
	score := map[*html.Node]float64{}
	var best *html.Node
	bestScore := 0.0
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxWalkDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if skipTags[c.Data] || dropByAttr(c) || c.Data == "a" {
				continue
			}
			if !inlineTags[c.Data] {
				if s := ownScore(c); s > 0 {
					target, up := c, c.Parent
					if paraTags[c.Data] {
						target, up = c.Parent, nil
						if c.Parent != nil {
							up = c.Parent.Parent
						}
					}
					if target != nil {
						score[target] += s
					}
					if up != nil {
						score[up] += s / 2
					}
				}
			}
			visit(c, depth+1)
		}
	}
	visit(root, 0)
	for n, s := range score {
		if n.Type == html.ElementNode && s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// ownScore scores the text an element shows itself (not in block children).
func ownScore(n *html.Node) float64 {
	var all, links, ends float64
	var seg strings.Builder
	flush := func() {
		t := strings.TrimSpace(seg.String())
		seg.Reset()
		if t == "" {
			return
		}
		all += float64(runeLen(t))
		if endsLikeSentence(t) || strings.Contains(t, "다. ") {
			ends++
		}
	}
	var rec func(m *html.Node, inLink bool, depth int)
	rec = func(m *html.Node, inLink bool, depth int) {
		if depth > 50 {
			return
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				seg.WriteString(c.Data)
				if inLink {
					links += float64(runeLen(strings.TrimSpace(c.Data)))
				}
			case html.ElementNode:
				if c.Data == "br" {
					flush()
					continue
				}
				if inlineTags[c.Data] && !dropByAttr(c) {
					rec(c, inLink || c.Data == "a", depth+1)
				}
			}
		}
	}
	rec(n, false, 0)
	flush()
	if all < 25 {
		return 0
	}
	s := all * (1 - links/all) * (1 - links/all)
	if ends == 0 {
		s *= 0.2
	}
	return s
}
