package page

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestContainerMatchesAsFind checks that the one walk over a page finds, for
// every container, the elements goquery's Find finds, in the same order:
// on the fixtures, the shared pages when present, and a page with the
// awkward cases (upper case, tabs between classes, a class named twice,
// nested and repeated containers, an attribute value that only contains
// the name).
func TestContainerMatchesAsFind(t *testing.T) {
	pages := []string{`<html><body>
<div class="wrap	article_body  ARTICLE_BODY article_body"><div id="dic_area"><p>가</p><div class="article_body"><p>나</p></div></div></div>
<div id="DIC_AREA">다</div><div id="dic_area x">라</div><section itemprop="articleBody">마</section><section itemprop="articleBodyX">바</section>
<div class="article_bodyx">사</div><div class="view_con"><div class="view_con">아</div></div><p id="articleBody" class="article-body">자</p>
</body></html>`}
	for _, pat := range []string{filepath.Join(fixtures, "*.html"), filepath.Join(sharedDir, "corpus", "html", "*.html")} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				pages = append(pages, string(b))
			}
		}
	}
	for k, src := range pages {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		got := containerMatches(doc.Selection.Nodes[0])
		if k == 0 && (len(got[0]) != 1 || len(got[13]) != 2) {
			t.Errorf("the awkward page: %d #dic_area and %d .article_body; want 1 and 2", len(got[0]), len(got[13]))
		}
		for ci, c := range containers {
			if want := doc.Find(c.sel).Nodes; !slices.Equal(got[ci], want) {
				t.Errorf("page %d, %s: %d elements; Find gives %d", k, c.sel, len(got[ci]), len(want))
			}
		}
	}
}
