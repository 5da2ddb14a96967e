package page

import (
	"strings"
	"testing"
)

// TestSmallPage: a page that holds a sentence or two and little else has
// them as its body; a small page of menus alone, or a login wall, has none.
func TestSmallPage(t *testing.T) {
	tests := []struct {
		name, html, body string
	}{
		{"one paragraph", `<html><head><title>알림</title></head><body><p>행정안전부는 3일 지방재정 설명회를 열었다.</p></body></html>`,
			"행정안전부는 3일 지방재정 설명회를 열었다."},
		{"two lines and a menu", `<html><body><ul><li><a href="/">홈</a></li><li><a href="/news">뉴스</a></li></ul>
<div>부산시는 내년 예산으로 16조원을 편성했다.</div><div>시의회는 다음 달 심의한다.</div></body></html>`,
			"부산시는 내년 예산으로 16조원을 편성했다.\n시의회는 다음 달 심의한다."},
		{"bare body text", `<body>국토교통부가 철도 요금을 동결했다.`, "국토교통부가 철도 요금을 동결했다."},
		{"menus only", `<html><body><div>홈</div><div>정치</div><div>경제</div><div>사회</div></body></html>`, ""},
		{"login wall", `<html><body><form><input name=id><input type=password></form><p>로그인이 필요합니다.</p></body></html>`, ""},
		{"long page without an article", "<html><body>" + strings.Repeat("<div>오늘의 주요 소식을 한눈에 확인하세요.</div>", 20) + "</body></html>", ""},
	}
	for _, tc := range tests {
		p, err := FromHTML([]byte(tc.html))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if p.Body != tc.body {
			t.Errorf("%s: body %q (layout %s), want %q", tc.name, p.Body, p.Layout, tc.body)
		}
		if hasWarn := strings.Contains(strings.Join(p.Warnings, ";"), "no article body"); hasWarn != (tc.body == "") {
			t.Errorf("%s: warnings %q", tc.name, p.Warnings)
		}
	}
}
