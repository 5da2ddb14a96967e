package page

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
)

// A page that declares a charset its bytes are not in is decoded by what
// the bytes are, and the warning tells what the page said, not that it
// said nothing.
func TestDeclaredCharsetWrongWarning(t *testing.T) {
	body := "중소벤처기업부는 4일 서울에서 정책 포럼을 열고 내년도 예산을 편성했다고 밝혔다."
	for _, tc := range []struct{ head, want string }{
		{`<meta charset="utf-8">`, "declares charset utf-8"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">`, "declares charset utf-8"},
		{``, "no charset declared"},
	} {
		page := "<html><head>" + tc.head + "<title>t</title></head><body><p>" + body + "</p></body></html>"
		b, err := korean.EUCKR.NewEncoder().Bytes([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		text, enc, warnings := decodeHTML(b)
		if enc != "euc-kr" || !strings.Contains(text, body) {
			t.Errorf("%s: decoded as %s: %q", tc.head, enc, text)
		}
		if w := strings.Join(warnings, "; "); !strings.Contains(w, tc.want) {
			t.Errorf("%s: warnings %q; want one saying %q", tc.head, w, tc.want)
		}
	}
}
