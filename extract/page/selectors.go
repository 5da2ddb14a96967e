package page

import (
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

// The selectors of the page reader.
var (
	selLogin    = selector{css(`input[type=password], form[action*=login], form[action*=Login]`), tagIn("input", "form")}
	selMeta     = selector{css("meta"), tagIn("meta")}
	selJSONLD   = selector{css(`script[type="application/ld+json"]`), tagIn("script")}
	selPress    = selector{css(pressSel), either(tagIn("img", "a"), hasAttr("class"))}
	selLogo     = selector{css(logoSel), tagIn("img", "a")}
	selSource   = selector{css(".source, .press_name, .article_source"), hasAttr("class")}
	selTitle    = selector{css("title"), tagIn("title")}
	selMenuOn   = selector{css(".snbArea li.on, .Nlnb_menu_item.is_active"), hasAttr("class")}
	selHeading  = selector{css(headingSel), either(tagIn("h1", "h2", "h3", "h4"), hasAttr("class", "id"))}
	selModified = selector{css("[data-modify-date-time], ._ARTICLE_MODIFY_DATE_TIME"), hasAttr("class", "data-modify-date-time")}
	selDateTime = selector{css("._ARTICLE_DATE_TIME, [data-date-time]"), hasAttr("class", "data-date-time")}
	selByline   = selector{css(`.byline_s, .media_end_head_journalist_name, [class*=byline], [class*=reporter], [class*=journalist], [class*=writer], [class*=author], [id*=byline], [id*=reporter], [id*=writer], .name`),
		hasAttr("class", "id")}
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

func hasAttr(keys ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, a := range n.Attr {
			for _, k := range keys {
				if a.Key == k {
					return true
				}
			}
		}
		return false
	}
}

func either(a, b func(*html.Node) bool) func(*html.Node) bool {
	return func(n *html.Node) bool { return a(n) || b(n) }
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
