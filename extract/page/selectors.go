package page

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
)

// The CSS selectors of the page reader, compiled once: goquery's Find
// compiles its selector again at every call.
var (
	selLogin       = css(`input[type=password], form[action*=login], form[action*=Login]`)
	selMeta        = css("meta")
	selJSONLD      = css(`script[type="application/ld+json"]`)
	selPress       = css(pressSel)
	selLogo        = css(logoSel)
	selSource      = css(".source, .press_name, .article_source")
	selTitle       = css("title")
	selMenuOn      = css(".snbArea li.on, .Nlnb_menu_item.is_active")
	selHeading     = css(headingSel)
	selModified    = css("[data-modify-date-time], ._ARTICLE_MODIFY_DATE_TIME")
	selDateTime    = css("._ARTICLE_DATE_TIME, [data-date-time]")
	selByline      = css(`.byline_s, .media_end_head_journalist_name, [class*=byline], [class*=reporter], [class*=journalist], [class*=writer], [class*=author], [id*=byline], [id*=reporter], [id*=writer], .name`)
	selBylineBlock = css("li, p, div")
)

// css compiles a selector; the selectors above are constants, so a bad one
// fails every test at start-up.
func css(sel string) goquery.Matcher {
	return cascadia.MustCompile(sel)
}
