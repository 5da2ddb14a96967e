package page

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// selector is a CSS selector compiled once (goquery's Find compiles its
// selector again at every call), with a cheap test that holds for every
// element it matches (its tag, or an attribute it needs), so that most
// elements are turned away without matching.
type selector struct {
	m   goquery.Matcher
	may func(n *html.Node) bool
}

// The selectors of the page reader. Each test names what the last part of
// every alternative needs: a tag, an attribute, or a class or id that
// contains a word (the selector asks for the word itself).
var (
	selLogin    = selector{css(`input[type=password], form[action*=login], form[action*=Login]`), tagIn("input", "form")}
	selMeta     = selector{css("meta"), tagIn("meta")}
	selJSONLD   = selector{css(`script[type="application/ld+json"]`), tagIn("script")}
	selPress    = selector{css(pressSel), anyOf(tagIn("img"), allOf(tagIn("a"), attrHas("class", "link_cp", "medium")), attrHas("class", "press_logo_img", "thumb_g"))}
	selLogo     = selector{css(logoSel), anyOf(tagIn("img"), allOf(tagIn("a"), hasAttr("title")))}
	selSource   = selector{css(".source, .press_name, .article_source"), attrHas("class", "source", "press_name")}
	selTitle    = selector{css("title"), tagIn("title")}
	selMenuOn   = selector{css(".snbArea li.on, .Nlnb_menu_item.is_active"), attrHas("class", "on", "Nlnb_menu_item")}
	selHeading  = selector{css(headingSel), anyOf(tagIn("h1", "h2", "h3", "h4"), attrHas("id", "title_area", "articleTitle", "articleTtitle"), attrHas("class", "media_end_head_headline", "tit_view", "article_tit", "news_title", "headline"))}
	selModified = selector{css("[data-modify-date-time], ._ARTICLE_MODIFY_DATE_TIME"), anyOf(hasAttr("data-modify-date-time"), attrHas("class", "_ARTICLE_MODIFY_DATE_TIME"))}
	selDateTime = selector{css("._ARTICLE_DATE_TIME, [data-date-time]"), anyOf(hasAttr("data-date-time"), attrHas("class", "_ARTICLE_DATE_TIME"))}
	selByline   = selector{css(`.byline_s, .media_end_head_journalist_name, [class*=byline], [class*=reporter], [class*=journalist], [class*=writer], [class*=author], [id*=byline], [id*=reporter], [id*=writer], .name`),
		anyOf(attrHas("class", "byline", "reporter", "journalist", "writer", "author", "name"), attrHas("id", "byline", "reporter", "writer"))}
	selBylineBlock = css("li, p, div")
)

// css compiles a selector; the selectors above are constants, so a bad one
// fails every test at start-up.
func css(sel string) goquery.Matcher {
	return cascadia.MustCompile(sel)
}

func tagIn(tags ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, t := range tags {
			if n.Data == t {
				return true
			}
		}
		return false
	}
}

func hasAttr(key string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, a := range n.Attr {
			if a.Key == key {
				return true
			}
		}
		return false
	}
}

// attrHas tests for an attribute key whose value contains one of words.
func attrHas(key string, words ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, a := range n.Attr {
			if a.Key != key {
				continue
			}
			for _, w := range words {
				if strings.Contains(a.Val, w) {
					return true
				}
			}
		}
		return false
	}
}

func anyOf(tests ...func(*html.Node) bool) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, t := range tests {
			if t(n) {
				return true
			}
		}
		return false
	}
}

func allOf(tests ...func(*html.Node) bool) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, t := range tests {
			if !t(n) {
				return false
			}
		}
		return true
	}
}

// elements returns the elements of a tree in document order.
func elements(root *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// find returns the elements of the page s matches, in document order: what
// the page's FindMatcher(s.m) gives.
func (h *htmlPage) find(s selector) *goquery.Selection {
	if h.elems == nil {
		h.elems = elements(h.doc.Selection.Nodes[0])
	}
	var out []*html.Node
	for _, n := range h.elems {
		if s.may(n) && s.m.Match(n) {
			out = append(out, n)
		}
	}
	return &goquery.Selection{Nodes: out}
}
