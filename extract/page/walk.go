package page

import (
	"strings"

	"golang.org/x/net/html"
)

// tline is one line of text taken from HTML, with how much of it is link text.
type tline struct {
	text         string
	runes, links int
}

var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "figure": true, "figcaption": true,
	"button": true, "select": true, "option": true, "form": true, "input": true, "textarea": true,
	"nav": true, "aside": true, "footer": true, "header": true, "svg": true, "canvas": true, "video": true,
	"audio": true, "object": true, "embed": true, "template": true, "img": true, "picture": true,
	"map": true, "head": true, "title": true, "meta": true, "link": true, "label": true, "menu": true,
}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "tr": true, "td": true,
	"th": true, "table": true, "tbody": true, "thead": true, "article": true, "section": true,
	"blockquote": true, "pre": true, "main": true, "body": true, "html": true, "center": true,
	"address": true, "hr": true, "caption": true, "hgroup": true, "details": true, "summary": true,
}

// Class/id tokens that mark non-article blocks inside an article container.
var dropTokens = map[string]bool{
	"ad": true, "ads": true, "adv": true, "adsense": true, "advert": true, "advertisement": true,
	"img": true, "image": true, "images": true, "pic": true, "figure": true, "tag": true, "tags": true,
	"keyword": true, "keywords": true, "copy": true, "writer": true, "hide": true, "aside": true,
	"banner": true, "popup": true, "sponsor": true, "sponsored": true, "promo": true, "caption": true,
}

// Substrings of a class or id (separators removed) that mark the same.
var dropParts = []string{
	"subtit", "midtit", "summary", "caption", "photo", "imgdesc", "imgbox", "imagearea", "imgarea",
	"relat", "reporter", "journalist", "byline", "copyright", "share", "sns", "banner", "advert",
	"comment", "recommend", "subscri", "promotion", "toolbar", "blind", "thumb", "vodarea", "vodplayer",
	"btn", "button", "hidden", "sronly", "screenreader", "popular", "ranking", "mostview", "newsletter",
	"adarea", "adbox", "adwrap", "googlead", "dablewidget", "taboola", "likeit", "reaction", "emotion",
}

var dashRemover = strings.NewReplacer("-", "", "_", "")

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// dropByAttr reports elements that are furniture by their class, id, style
// or aria-hidden.
func dropByAttr(n *html.Node) bool {
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", "")); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		if v == "" {
			continue
		}
		for _, cls := range strings.Fields(strings.ToLower(v)) {
			for _, tok := range strings.FieldsFunc(cls, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ':' }) {
				if dropTokens[tok] {
					return true
				}
			}
			compact := cls
			if strings.ContainsAny(cls, "-_") {
				compact = dashRemover.Replace(cls)
			}
			for _, part := range dropParts {
				if strings.Contains(compact, part) {
					return true
				}
			}
		}
	}
	return false
}

// textLines flattens the children of n into lines: block elements and <br>
// break lines, whitespace is folded. With clean set, furniture elements
// (dropByAttr) are left out.
func textLines(n *html.Node, clean bool) []tline {
	w := &walker{clean: clean}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, false, 0)
	}
	w.newline()
	return w.lines
}

type walker struct {
	clean        bool
	lines        []tline
	cur, tmp     []byte // the current line's raw text; its folded copy (both reused)
	runes, links int
}

const maxWalkDepth = 2000

func (w *walker) newline() {
	if len(w.cur) == 0 {
		return
	}
	// fold(string(w.cur)), with one allocation for a line and none for
	// white space between blocks
	w.tmp = appendFold(w.tmp[:0], w.cur)
	if len(w.tmp) > 0 {
		w.lines = append(w.lines, tline{string(w.tmp), w.runes, w.links})
	}
	w.cur = w.cur[:0]
	w.runes, w.links = 0, 0
}

func (w *walker) walk(n *html.Node, inLink bool, depth int) {
	if depth > maxWalkDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.cur = append(w.cur, n.Data...)
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
