package page

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// sentence is one line of article-like text.
const sentence = "중소벤처기업부는 내년도 예산을 2조1955억원으로 편성했다고 4일 밝혔다. "

// pathoCase is a generated page that once was (or could be) slow.
type pathoCase struct {
	name string
	html bool
	gen  func() []byte
}

func repeat(s string, n int) string { return strings.Repeat(s, n) }

// article wraps body HTML in a plausible page.
func article(body string) []byte {
	return []byte("<html><head><title>시험 기사 제목이다</title><meta property=\"og:site_name\" content=\"예시일보\"></head><body>" +
		body + "</body></html>")
}

var pathoCases = []pathoCase{
	{"nested-10k-div", true, func() []byte {
		return article(repeat("<div>", 10000) + "<p>" + sentence + "</p>" + repeat("</div>", 10000))
	}},
	{"nested-10k-unclosed", true, func() []byte { return article(repeat("<div><span>", 10000) + sentence) }},
	{"nested-500-div-text", true, func() []byte {
		return article(repeat("<div>"+sentence, 500) + repeat("</div>", 500))
	}},
	{"nested-400-author-bigtext", true, func() []byte {
		return article(repeat(`<div class="author">`, 400) + "<p>" + repeat(sentence, 20000) + "</p>" + repeat("</div>", 400))
	}},
	{"nested-400-name-bigtext", true, func() []byte {
		return article(repeat(`<div class="name"><div>`, 200) + "<p>" + repeat(sentence, 20000) + "</p>" + repeat("</div></div>", 200))
	}},
	{"nested-400-span-bigtext", true, func() []byte {
		return article("<div>" + repeat(`<span>`, 400) + repeat(sentence, 20000) + repeat("</span>", 400) + "</div>")
	}},
	{"nested-400-a-bigtext", true, func() []byte {
		return article("<div>" + repeat(`<font>`, 400) + repeat(sentence, 20000) + repeat("</font>", 400) + "</div>")
	}},
	{"nested-200-table", true, func() []byte {
		return article(repeat("<table><tr><td>"+sentence, 200) + repeat("</td></tr></table>", 200))
	}},
	{"nested-2000-table", true, func() []byte {
		return article(repeat("<table><tr><td>"+sentence, 2000) + repeat("</td></tr></table>", 2000))
	}},
	{"nested-container-400", true, func() []byte {
		return article(repeat(`<div id="dic_area"><div class="article_body">`, 200) + repeat(sentence, 20000) + repeat("</div></div>", 200))
	}},
	{"line-1MB-hangul", true, func() []byte { return article("<p>" + repeat("가나다라마바사", 1<<20/21) + "</p>") }},
	{"line-1MB-ascii", true, func() []byte { return article("<p>" + repeat("x", 1<<20) + "</p>") }},
	{"line-1MB-gija", true, func() []byte { return article("<p>" + repeat("홍길동기자", 1<<20/15) + "</p>") }},
	{"line-1MB-digits", true, func() []byte { return article("<p>" + repeat("2025.09.04", 1<<20/10) + "</p>") }},
	{"p-100k", true, func() []byte { return article(repeat("<p>"+sentence+"</p>", 100000)) }},
	{"p-100k-same-short", true, func() []byte { return article(repeat("<p>메뉴</p>", 300000)) }},
	{"br-300k", true, func() []byte { return article("<div>" + repeat("<br>", 300000) + sentence + "</div>") }},
	{"br-100k-text", true, func() []byte { return article("<div>" + repeat(sentence+"<br>", 40000) + "</div>") }},
	{"attr-1MB", true, func() []byte {
		return article(`<div class="` + repeat("a", 1<<20) + `"><p>` + sentence + `</p></div>`)
	}},
	{"attr-1MB-spaces", true, func() []byte {
		return article(`<div class="` + repeat("a-b ", 1<<18) + `"><p>` + sentence + `</p></div>`)
	}},
	{"attr-10k-each-1KB", true, func() []byte {
		return article(repeat(`<div class="`+repeat("x-y ", 256)+`" style="`+repeat("c:d;", 256)+`"><p>`+sentence+`</p></div>`, 3000))
	}},
	{"scripts-20k", true, func() []byte {
		return article(repeat("<script>var a = 1; if (a < 2) { b = '<p>' }</script><p>"+sentence+"</p>", 20000))
	}},
	{"jsonld-5k-bad", true, func() []byte {
		return article(repeat(`<script type="application/ld+json">{"@type":"NewsArticle", "headline": "x`+repeat("y", 500)+`</script>`, 5000))
	}},
	{"meta-50k", true, func() []byte {
		return article(repeat(`<meta name="author" content="홍길동 기자">`, 50000) + "<p>" + sentence + "</p>")
	}},
	{"headings-50k", true, func() []byte { return article(repeat("<h2>"+sentence+"</h2>", 50000)) }},
	{"links-100k", true, func() []byte { return article(repeat(`<a href="/x">`+sentence+`</a> `, 50000)) }},
	{"copyright-50k", true, func() []byte {
		return article(repeat("<p>ⓒ 예시일보 무단전재 및 재배포 금지</p>", 50000))
	}},
	{"date-lines-50k", true, func() []byte { return article(repeat("<p>입력 2025.09.04 09:59</p>", 50000)) }},
	{"byline-50k", true, func() []byte { return article(repeat("<p>홍길동 기자 hong@example.com</p>", 50000)) }},
	{"10MB-articles", true, func() []byte {
		return article(repeat(`<div class="article_body"><p>`+repeat(sentence, 8)+"</p></div>\n", 10<<20/900))
	}},
	{"10MB-links", true, func() []byte {
		return article(repeat("<div class=\"item\"><a href=\"#\">링크 목록 항목</a></div>\n", 10<<20/50))
	}},
	{"unclosed-tags-1MB", true, func() []byte { return article(repeat("<p <div <a ", 1<<20/12)) }},
	{"lt-1MB", true, func() []byte { return article("<p>" + repeat("<", 1<<20) + "</p>") }},
	{"entities-1MB", true, func() []byte { return article("<p>" + repeat("&amp;&#xAC00;&nbsp;", 1<<20/20) + "</p>") }},
	{"nul-html", true, func() []byte { return article("<p>" + repeat("\x00", 1000) + "</p>") }},
	{"comments-100k", true, func() []byte { return article(repeat("<!-- x --><p>"+sentence+"</p>", 100000)) }},
	{"no-tags-10MB", true, func() []byte { return []byte(repeat(sentence+"\n", 10<<20/len(sentence))) }},
	// Text side.
	{"text-plain-10MB", false, func() []byte { return []byte(repeat(sentence+"\n", 10<<20/len(sentence))) }},
	{"text-line-1MB", false, func() []byte { return []byte(repeat("가나다라마바사", 1<<20/21)) }},
	{"text-line-1MB-gija", false, func() []byte { return []byte(repeat("홍길동·김철수 기자", 1<<20/27)) }},
	{"text-line-1MB-dot", false, func() []byte { return []byte(repeat("·", 100000)) }},
	{"text-line-1MB-quote", false, func() []byte { return []byte(repeat("\"", 100000)) }},
	{"text-digits-100k", false, func() []byte { return []byte(repeat("1", 100000)) }},
	{"text-menu-lines-3M", false, func() []byte { return []byte(repeat("메뉴\n", 3<<20) + sentence) }},
	{"text-dump-10MB", false, func() []byte {
		return []byte(repeat("입력 2025.09.04 09:59\n"+sentence+"\n홍길동 기자\nⓒ 예시일보\n많이 본 뉴스\n", 10<<20/150))
	}},
	{"text-distinct-lines", false, func() []byte {
		var b strings.Builder
		for i := 0; b.Len() < 4<<20; i++ {
			fmt.Fprintf(&b, "%s %d\n", sentence, i)
		}
		return []byte(b.String())
	}},
	{"text-line-eq-1MB", false, func() []byte { return []byte(repeat("사진=", 1<<20/7)) }},
	{"text-line-da-1MB", false, func() []byte { return []byte(repeat("있다. 모습 ", 1<<20/16)) }},
}

func runPatho(c pathoCase, in []byte) (*Page, error) {
	if c.html {
		return FromHTML(in)
	}
	return FromText(string(in))
}

// TestPathological runs every generated page through FromHTML or FromText.
// Each must come back (an error or a page) well within a generous deadline:
// the deadline only catches hangs, it is not a speed threshold (the
// benchmarks below measure speed).
func TestPathological(t *testing.T) {
	for _, c := range pathoCases {
		t.Run(c.name, func(t *testing.T) {
			in := c.gen()
			done := make(chan struct{})
			var p *Page
			var err error
			start := time.Now()
			go func() {
				defer close(done)
				p, err = runPatho(c, in)
			}()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				t.Fatalf("no result after 2 minutes (%d bytes)", len(in))
			}
			if err != nil {
				t.Logf("%d bytes, %v: error %v", len(in), time.Since(start), err)
				return
			}
			if !utf8Valid(p.Body) || !utf8Valid(p.Title) {
				t.Errorf("invalid UTF-8 in output")
			}
			t.Logf("%d bytes, %v: layout=%s body=%d warnings=%q", len(in), time.Since(start), p.Layout, len(p.Body), p.Warnings)
		})
	}
}

// BenchmarkPathological measures each generated page.
func BenchmarkPathological(b *testing.B) {
	for _, c := range pathoCases {
		b.Run(c.name, func(b *testing.B) {
			in := c.gen()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				runPatho(c, in)
			}
		})
	}
}
