package page

import (
	"os"
	"strings"
	"testing"
)

// TestInspect prints what was detected in the files named by
// PAGE_INSPECT (space-separated paths):
//
//	PAGE_INSPECT="a.html b.txt" go test -run TestInspect -v ./extract/page
func TestInspect(t *testing.T) {
	files := strings.Fields(os.Getenv("PAGE_INSPECT"))
	if len(files) == 0 {
		t.Skip("set PAGE_INSPECT to inspect files")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Error(err)
			continue
		}
		var p *Page
		if strings.HasSuffix(f, ".html") || strings.HasSuffix(f, ".htm") || LooksLikeHTML(b) {
			p, err = FromHTML(b)
		} else {
			p, err = FromText(string(b))
		}
		if err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		t.Logf("== %s\nlayout=%s enc=%s\ntitle=%q\npublisher=%q section=%q\npublished=%v hasTime=%v modified=%v\nreporters=%q emails=%q dateline=%q\nwarnings=%q\n--- body (%d runes)\n%s\n",
			f, p.Layout, p.Encoding, p.Title, p.Publisher, p.Section, p.Published, p.HasTime, p.Modified,
			p.Reporters, p.Emails, p.Dateline, p.Warnings, len([]rune(p.Body)), p.Body)
	}
}
