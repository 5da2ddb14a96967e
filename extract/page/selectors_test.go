package page

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
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

// TestFindAsFindMatcher checks that find, which turns elements away by a
// cheap test first, gives what FindMatcher gives for every selector of the
// page reader.
func TestFindAsFindMatcher(t *testing.T) {
	sels := map[string]selector{"login": selLogin, "meta": selMeta, "jsonld": selJSONLD, "press": selPress, "logo": selLogo,
		"source": selSource, "title": selTitle, "menu": selMenuOn, "heading": selHeading, "modified": selModified,
		"datetime": selDateTime, "byline": selByline}
	pages := []string{`<html><head><title>제목</title><meta property="og:title" content="x"><script type="application/ld+json">{}</script></head><body>
<form action="/Login"><input type="password"></form><h1 class="logo"><a title="바다일보" href="/">로고</a><img alt="바다일보"></h1>
<div class="press_logo"><img alt="들판방송"></div><span class="thumb_g logo">x</span><a class="link_cp" title="푸른신문">푸른</a>
<ul class="snbArea"><li class="on">사회</li></ul><h3>소제목</h3><div id="title_area">제목</div><p class="name">홍길동 기자</p>
<span data-modify-date-time="2024-03-12 14:05">수정</span><span class="_ARTICLE_DATE_TIME" data-date-time="2024-03-12 09:00">입력</span>
<div id="reporter_box">윤해솔 기자</div><span class="source">기사제공 바다일보</span>
<span class="media_end_head_journalist_name">한빛 기자</span><div class="Nlnb_menu_item is_active">경제</div><h2 class="media_end_head_headline">헤드라인</h2>
<div class="articleInfo"><a class="medium" href="/">한빛타임스</a></div><img id="logo" alt="로고"><span class="byline_s">문가람</span><div id="writer_1">오다인</div><p class="article_tit">기사 제목</p><svg><title>그림</title></svg></body></html>`}
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
		h := &htmlPage{doc: doc}
		for name, s := range sels {
			got, want := h.find(s).Nodes, doc.FindMatcher(s.m).Nodes
			if !slices.Equal(got, want) {
				t.Errorf("page %d, %s: %d elements; FindMatcher gives %d", k, name, len(got), len(want))
			}
			if k == 0 && len(want) == 0 {
				t.Errorf("the test page has no element for %s", name)
			}
		}
	}
}

// TestHasDateLabel checks the cheap test that guards reLabelDate: it holds
// wherever the expression matches, and fails on lines without a label.
func TestHasDateLabel(t *testing.T) {
	for _, s := range []string{"입력 2025.09.04 09:59", "기사입력 2024-03-12 14:05", "최초 입력 2023.06.05", "기사 전송 2025/01/02",
		"등록 2022.10.01", "송고시간 2021년 5월 3일", "게재 일시 : 2020.01.01", "발행일 2019.11.20", "작성 2018.02.03",
		"승인 2017.04.05 10:00", "최종 수정 2016.08.28", "수정 2016.8.28 오후 3시", "업데이트 2015.12.31 23:59"} {
		if !reLabelDate.MatchString(s) || !hasDateLabel(s) {
			t.Errorf("%q: expression %v, label %v; want both", s, reLabelDate.MatchString(s), hasDateLabel(s))
		}
	}
	// random lines of words near the labels, then a date: wherever the
	// expression matches, a label is found
	words := []string{"입력", "입 력", "입", "력", "전송", "전 송", "송고", "고송", "등록", "게재", "발행", "작성", "승인", "수정", "정수",
		"업데이트", "업데이", "최초 ", "기사", "일시", "시간", " ", ":", "가"}
	dates := []string{"2025.09.04", "2025년 9월 4일", "2025-09-04 09:59", "20250904"}
	rng := rand.New(rand.NewPCG(8, 8))
	matched := 0
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteString(dates[rng.IntN(len(dates))])
		s := b.String()
		if reLabelDate.MatchString(s) {
			matched++
			if !hasDateLabel(s) {
				t.Fatalf("%q: the expression matches, but no label is found", s)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of the random lines match: the check says little", matched)
	}
	for _, s := range []string{"", "2025.09.04 09:59", "입 력 2025.09.04", "정부는 4일 예산안을 발표했다", "Updated 2025-09-04", "업데이 2025.09.04"} {
		if hasDateLabel(s) || reLabelDate.MatchString(s) {
			t.Errorf("%q: expression %v, label %v; want neither", s, reLabelDate.MatchString(s), hasDateLabel(s))
		}
	}
}

// reEmail is what nextEmail finds.
var reEmail = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)

// FuzzEmails checks the hand-written e-mail scan against the expression it
// stands for.
func FuzzEmails(f *testing.F) {
	for _, s := range []string{"hong@example.com", "a@b.cc.dd@x.yy", "윤해솔 기자 haesol@bada.co.kr, b_2%x+y@mail-x.example.org.",
		"@x.kr a@.kr a@b.c a@b.cd1 a@b-c.de-f.gh 1@2.3.ab", "x.y@z..ab@@q.rs", "\xffa@b.cd\xfe", "A@B.CD e@f.Gh."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := removeEmails(s), reEmail.ReplaceAllString(s, ""); got != want {
			t.Errorf("removeEmails(%q) = %q; the expression gives %q", s, got, want)
		}
		if got, want := findEmails(s), reEmail.FindAllString(s, -1); !slices.Equal(got, want) {
			t.Errorf("findEmails(%q) = %q; the expression gives %q", s, got, want)
		}
	})
}

// FuzzLooksLikeHTML checks LooksLikeHTML, string and bytes, against the
// head of the text lowered as a whole.
func FuzzLooksLikeHTML(f *testing.F) {
	for _, s := range []string{"<DIV>가</DIV>", "<DİV>", "</a></b></c>", "\xef\xbb\xbf<HTML>", "기사 <p>", "<P>", "<Meta charset", "a < b",
		"<!DOCTYPE HTML>", "</\xff</x</y", "\u212a<scrİpt>", strings.Repeat("가", 1400) + "<div>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		head := []byte(s)
		if len(head) > 4096 {
			head = head[:4096]
		}
		head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
		want := bytes.IndexByte(head, '<') >= 0 && looksLikeHTMLLower(bytes.ToLower(head))
		if got := LooksLikeHTML(s); got != want {
			t.Errorf("LooksLikeHTML(%q) = %v; want %v", s, got, want)
		}
		if got := LooksLikeHTML([]byte(s)); got != want {
			t.Errorf("LooksLikeHTML([]byte(%q)) = %v; want %v", s, got, want)
		}
	})
}
