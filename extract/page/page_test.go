package page

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const fixtures = "../../testdata/pages"

func TestFixtures(t *testing.T) {
	tests := []struct {
		file, layout, enc, title, publisher, published, dateline string
		modified, section                                        string
		hasTime                                                  bool
		reporters, emails                                        []string
		first, last                                              string
		absent                                                   []string
	}{
		{file: "naver.html", layout: "naver", enc: "utf-8", title: "해양수산부, 연안 어촌 디지털 전환에 300억원 투입",
			publisher: "바다일보", published: "2024-03-12T14:05+09:00", hasTime: true, reporters: []string{"윤해솔"},
			first: "[바다일보=윤해솔 기자] 해양수산부가", last: "꾸준히 반영하겠다\"고 말했다.",
			absent: []string{"스마트 위판장 구축", "그물을 손질", "광고", "Copyright", "많이 본 뉴스", "haesol@", "글자 크기"}},
		{file: "naver-old.html", layout: "naver-old", enc: "utf-8", title: "\"농촌 빈집 활용하면 청년 주거비 절반\"",
			publisher: "들판방송", published: "2019-11-20T18:12+09:00", hasTime: true, reporters: []string{"서하늘"},
			first: "<앵커>", last: "확대할 계획입니다.",
			absent: []string{"동영상 뉴스", "▶", "무단복제", "flash", "서하늘 기자", "연예인"}},
		{file: "daum.html", layout: "daum", enc: "utf-8", title: "도심 공원 야간 개방 확대…시민 만족도 높아",
			publisher: "푸른신문", published: "2023-06-05T08:30+09:00", hasTime: true, reporters: []string{"강바름"}, dateline: "세종",
			first: "(세종=푸른신문) 강바름 기자 = 도심 공원의", last: "빈틈이 없도록 하겠다\"고 말했다.",
			absent: []string{"산책하고 있다", "사진=", "barum@", "Copyright", "주요뉴스", "축구"}},
		{file: "jsonld.html", layout: "jsonld", enc: "utf-8", title: "지역 도서관 주말 운영 시간 연장", section: "사회",
			publisher: "한빛타임스", published: "2022-10-01T07:15+09:00", hasTime: true, reporters: []string{"문가람", "오다인"},
			first: "구립 도서관 다섯 곳이", last: "동네를 만들겠다\"고 말했다.",
			absent: []string{"사진=", "ⓒ", "운세"}},
		{file: "euckr.html", layout: "publisher", enc: "euc-kr", title: "전통시장 온라인 장보기 서비스 확대",
			publisher: "마루경제", published: "2015-02-27T16:48+09:00", hasTime: true, reporters: []string{"이한결"},
			first: "전통시장 상품을 온라인으로", last: "조금씩 오르고 있다\"고 말했다.",
			absent: []string{"포장하고 있다", "ⓒ", "뉴스 |"}},
		{file: "generic.html", layout: "generic", enc: "utf-8", title: "폐교 활용 창업 공간 문 열어",
			publisher: "산골소식", published: "2021-04-09T11:20+09:00", hasTime: true, reporters: []string{"나봄"},
			first: "문을 닫은 산골 초등학교가", last: "계기가 되기를 바란다\"고 말했다.",
			absent: []string{"오피니언", "인기기사", "나봄 기자", "ⓒ", "등록일"}},
		{file: "dump.txt", layout: "text-dump", title: "산업부, 지역 분산에너지 특구 5곳 첫 지정", publisher: "예시경제",
			published: "2024-11-18T10:30+09:00", hasTime: true, reporters: []string{"강다온"}, dateline: "세종",
			first: "산업통상자원부가 지역에서", last: "대상을 넓히겠다\"고 말했다.\n세종=강다온 기자 daon@example.com",
			absent: []string{"특구서 전력 직접 거래 허용", "점검하고 있다", "AD", "원본보기", "꼭 봐야할", "인기 가수", "많이 본 뉴스", "아파트값", "글자크기", "무단전재"}},
		// Naver mobile (n.news.naver.com/mnews): press from the logo and
		// twitter:creator, two reporters in the head and the byline, a
		// '[서울=여울통신]윤가온·백서준 기자 =' dateline, the agency's e-mail
		// signature line dropped.
		{file: "naver-mobile.html", layout: "naver", enc: "utf-8", title: "섬 지역 원격진료 시범사업 2년 연장…대상 마을 40곳으로",
			publisher: "여울통신", published: "2024-09-03T10:44+09:00", modified: "2024-09-03T11:20+09:00", hasTime: true,
			reporters: []string{"윤가온", "백서준"}, emails: []string{"gaon@yeoul.example", "seojun@yeoul.example"}, dateline: "서울", section: "정치",
			first: "[서울=여울통신]윤가온·백서준 기자 = 보건복지부가", last: "제도화 여부를 검토하겠다\"고 말했다.",
			absent: []string{"대상 마을 25곳→40곳", "화상으로 진료를 받고", "광고", "◎공감언론", "gaon@", "Copyright", "많이 본 뉴스", "요약봇", "섹션 분류"}},
		// Naver entertainment (entertain.naver.com/read, #articeBody): press
		// logo, '기사입력'/'최종수정' with 오후 times, SNS promotions and the
		// copyright line inside the container.
		{file: "naver-entertain.html", layout: "naver-entertain", enc: "utf-8", title: "신인 밴드 '물결', 데뷔 앨범으로 음원 차트 정상",
			publisher: "별빛스타", published: "2021-05-14T15:04+09:00", modified: "2021-05-14T16:12+09:00", hasTime: true,
			reporters: []string{"하은솔"}, emails: []string{"eunsol@starlight.example"},
			first: "[별빛스타 하은솔 기자] 신인 밴드 물결이", last: "전국 투어를 연다\"고 밝혔다.",
			absent: []string{"쇼케이스에서 노래하고", "eunsol@", "▶", "공식 SNS", "ⓒ", "무단전재", "열애", "구독"}},
		// Naver sports (sports.news.naver.com, #newsEndContents): no press
		// meta, the publisher from '기사제공' and '© 구름스포츠'; two reporters.
		{file: "naver-sports.html", layout: "naver-sports", enc: "utf-8", title: "[현장]비 그친 뒤 역전승…항구FC, 창단 첫 5연승",
			publisher: "구름스포츠", published: "2020-05-01T07:44+09:00", modified: "2020-05-01T09:02+09:00", hasTime: true,
			reporters: []string{"서도윤", "채하람"}, emails: []string{"sports@gureum.example"}, dateline: "항구",
			first: "[항구=구름스포츠 서도윤·채하람 기자] 항구FC가", last: "이기는 데 집중하겠다\"고 말했다.",
			absent: []string{"결승골을 넣은 뒤 기뻐하고", "사진제공", "sports@", "기사제공", "©", "좋아요", "관련 뉴스", "홈런왕"}},
		// Daum (v.daum.net, 2024): og:site_name is the portal, the press is
		// og:article:author and the .link_cp logo; og:regDate; a summary
		// (sub-headline) and a figure inside the body section.
		{file: "daum-v.html", layout: "daum", enc: "utf-8", title: "“전세사기 피해 막는다”…임대인 체납 정보 열람 의무화",
			publisher: "한강일보", published: "2024-09-03T10:44+09:00", modified: "2024-09-03T11:20+09:00", hasTime: true,
			reporters: []string{"연하람", "도시우"}, emails: []string{"haram@hangang.example"}, dateline: "세종",
			first: "(세종=한강일보) 연하람·도시우 기자 = 앞으로", last: "잘 지켜지는지 점검하겠다\"고 말했다.",
			absent: []string{"임대인 동의 없이도 체납액 조회", "매물 안내문", "AD", "haram@", "Copyright", "어떻게 생각하시나요", "많이 본 뉴스", "요약보기"}},
		// Nate (news.nate.com/view), EUC-KR: press in a.medium, '기사전송'
		// and '최종수정' dates, section from the menu.
		{file: "nate.html", layout: "nate", enc: "euc-kr", title: "농어촌 버스 요금 1천원 단일화…내년 7월부터",
			publisher: "산들경제", published: "2024-09-03T10:44+09:00", modified: "2024-09-03T11:20+09:00", hasTime: true,
			reporters: []string{"권나래"}, emails: []string{"narae@sandeul.example"}, dateline: "전주", section: "사회",
			first: "(전주=산들경제) 권나래 기자 = 도내 농어촌", last: "다닐 수 있도록 하겠다\"고 말했다.",
			absent: []string{"버스를 기다리고", "[사진=", "narae@", "저작권자", "관련기사", "득남", "글자크기"}},
		// A Daum-style text dump (copied page text): no 'date' header, '입력
		// 2024. 9. 3. 10:44' metadata, button labels, a two-line summary, a
		// caption, an e-mail byline after the body (kept as its last line),
		// the publisher from the copyright line.
		{file: "dump-daum.txt", layout: "text-dump", title: "\"폐현수막이 장바구니로\"…구청 재활용 사업 3년째 흑자",
			publisher: "여울뉴스", published: "2024-09-03T10:44+09:00", modified: "2024-09-03T11:20+09:00", hasTime: true,
			reporters: []string{"연하람", "도시우"}, emails: []string{"haram@yeoul.example"}, dateline: "서울",
			first: "(서울=여울뉴스) 연하람·도시우 기자 = 서울의", last: "판로를 넓히겠다\"고 말했다.\nharam@yeoul.example",
			absent: []string{"지난해 판매 수익 1억2천만원\n", "재단하고 있다", "AD", "Copyright", "추천해요", "요약보기", "번역 설정", "많이 본 뉴스", "결혼"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(fixtures, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			var p *Page
			if strings.HasSuffix(tc.file, ".html") {
				p, err = FromHTML(b)
			} else {
				p, err = FromText(string(b))
			}
			if err != nil {
				t.Fatal(err)
			}
			check := func(what, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s: got %q; want %q", what, got, want)
				}
			}
			check("layout", p.Layout, tc.layout)
			check("encoding", p.Encoding, tc.enc)
			check("title", p.Title, tc.title)
			check("publisher", p.Publisher, tc.publisher)
			check("published", p.Published.Format("2006-01-02T15:04Z07:00"), tc.published)
			check("dateline", p.Dateline, tc.dateline)
			check("section", p.Section, tc.section)
			if tc.modified != "" {
				check("modified", p.Modified.Format("2006-01-02T15:04Z07:00"), tc.modified)
			}
			if tc.emails != nil && !slices.Equal(p.Emails, tc.emails) {
				t.Errorf("emails: got %q; want %q", p.Emails, tc.emails)
			}
			if p.HasTime != tc.hasTime {
				t.Errorf("HasTime: got %v; want %v", p.HasTime, tc.hasTime)
			}
			if !slices.Equal(p.Reporters, tc.reporters) {
				t.Errorf("reporters: got %q; want %q", p.Reporters, tc.reporters)
			}
			if !strings.HasPrefix(p.Body, tc.first) {
				t.Errorf("body starts %q; want prefix %q", p.Body[:min(len(p.Body), 80)], tc.first)
			}
			if !strings.HasSuffix(p.Body, tc.last) {
				t.Errorf("body ends %q; want suffix %q", p.Body[max(0, len(p.Body)-80):], tc.last)
			}
			for _, s := range tc.absent {
				if strings.Contains(p.Body, s) {
					t.Errorf("body contains %q", s)
				}
			}
			if strings.Contains(p.Body, "\n\n") || strings.TrimSpace(p.Body) != p.Body {
				t.Errorf("body has empty lines or outer space: %q", p.Body)
			}
			if len(p.Warnings) > 0 {
				t.Errorf("warnings: %q", p.Warnings)
			}
		})
	}
}

func TestPlainTextVerbatim(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(fixtures, "plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{
		string(b),
		"한 줄짜리 기사 본문이다.",
		"정부는 내년 예산을 3% 늘리기로 했다.\r\n기획재정부는 4일 이같이 밝혔다.\r\n",
		"  앞뒤 공백도 그대로 둔다.  \n\n\n",
		"◆ 소제목\n본문 첫 문장이 여기에 있다. 두 번째 문장도 있다.\n",
	}
	for _, in := range inputs {
		p, err := FromText(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if p.Layout != "text-plain" || p.Body != in {
			t.Errorf("%q: layout %q body %q; want text-plain, input verbatim", in, p.Layout, p.Body)
		}
	}
}

func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 5000) + "<p>깊은 곳에 있는 문장이다. 본문으로 읽힐 수도 있다.</p>" + strings.Repeat("</div>", 5000)
	deepB := "<html><body>" + strings.Repeat("<b><i>", 3000) + "굵게 기울여 쓴 문장이다." + "</body></html>"
	big := "<html><head><title>큰 페이지</title></head><body>" +
		strings.Repeat("<div class=\"item\"><a href=\"#\">링크 목록 항목</a></div>\n", 10<<20/50) + "</body></html>"
	nested := "<html><body>" + strings.Repeat(`<div class="article_body">본문 문장이 여기에 있다. 다른 문장도 있다.`, 500) + "</body></html>"
	tests := []struct {
		name    string
		in      []byte
		wantErr error
		warn    bool
		hint    string // a word the warnings must hold
	}{
		{"empty", nil, ErrEmpty, false, ""},
		{"spaces", []byte(" \n\t "), ErrEmpty, false, ""},
		{"binary", []byte("PK\x03\x04\x00\x00\x08\x00binary\x00\x01\x02"), ErrNotText, false, ""},
		{"invalid utf-8", []byte("<html><body><p>\xff\xfe\xfd 깨진 \xc3 바이트가 섞인 문장이다.</p></body></html>"), nil, true, "U+FFFD"},
		{"not html", []byte("그냥 텍스트 한 줄이다."), nil, true, "not look like HTML"},
		{"deep nesting", []byte(deep), nil, true, "parse error"},
		{"deep formatting", []byte(deepB), nil, true, "parse error"},
		{"10 MB page", []byte(big), nil, true, "4 MB"},
		// 500 nested body containers: only the outermost is read (this was
		// quadratic, found by FuzzFromHTML).
		{"nested containers", []byte(nested), nil, false, ""},
		{"truncated", []byte("<html><head><title>잘린 페이지</title></head><body><div id=\"dic_area\">본문이 중간에"), nil, true, "truncated"},
		{"login wall", []byte("<html><body><form><input name=id><input type=password></form><p>로그인이 필요합니다.</p></body></html>"), nil, true, "login"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			p, err := FromHTML(tc.in)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("err %v; want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err %v", err)
			}
			if tc.warn && len(p.Warnings) == 0 {
				t.Errorf("no warning; page %+v", p)
			}
			if !strings.Contains(strings.Join(p.Warnings, "; "), tc.hint) {
				t.Errorf("warnings %q lack %q", p.Warnings, tc.hint)
			}
			t.Logf("layout=%s warnings=%q body=%d bytes", p.Layout, p.Warnings, len(p.Body))
		})
	}
	// Text side.
	if _, err := FromText(""); !errors.Is(err, ErrEmpty) {
		t.Errorf("FromText(empty): %v", err)
	}
	if _, err := FromText("abc\x00def"); !errors.Is(err, ErrNotText) {
		t.Errorf("FromText(NUL): %v", err)
	}
	p, err := FromText("깨진 \xff 바이트가 있는 문장이다.")
	if err != nil || len(p.Warnings) == 0 || !strings.Contains(p.Body, "\uFFFD") {
		t.Errorf("FromText(invalid): %v %+v", err, p)
	}
	huge := strings.Repeat("메뉴\n", 3<<20) + "본문 문장이 하나 있다고 가정한 문장이다.\n"
	start := time.Now()
	if _, err := FromText(huge); err != nil {
		t.Errorf("FromText(huge): %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("FromText(huge) took %v", d)
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html></html>", true},
		{"\xef\xbb\xbf<html lang=ko>", true},
		{"<div>본문</div>", true},
		{"정부는 4일 <중요> 발표를 했다.", false},
		{"date 2025-09-04 본문 바로가기", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := LooksLikeHTML([]byte(tc.in)); got != tc.want {
			t.Errorf("LooksLikeHTML(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func TestDecodeCharsets(t *testing.T) {
	euckr, err := os.ReadFile(filepath.Join(fixtures, "euckr.html"))
	if err != nil {
		t.Fatal(err)
	}
	utf8Page := []byte("<html><head><meta charset=\"euc-kr\"></head><body><p>한글 본문</p></body></html>")
	noDecl := bytes.Replace(euckr, []byte("charset=euc-kr"), []byte("x=y"), 1)
	tests := []struct {
		name, enc, contains string
		in                  []byte
	}{
		{"euc-kr declared", "euc-kr", "전통시장", euckr},
		{"euc-kr undeclared", "euc-kr", "전통시장", noDecl},
		{"utf-8 despite stale meta", "utf-8", "한글 본문", utf8Page},
		{"utf-8 BOM", "utf-8", "한글", append([]byte("\xef\xbb\xbf"), []byte("<p>한글</p>")...)},
		{"utf-16le BOM", "utf-16le", "한글", []byte{0xFF, 0xFE, '<', 0, 'p', 0, '>', 0, 0x5c, 0xd5, 0x00, 0xae, '<', 0, '/', 0, 'p', 0, '>', 0}},
	}
	for _, tc := range tests {
		text, enc, _ := decodeHTML(tc.in)
		if enc != tc.enc || !strings.Contains(text, tc.contains) {
			t.Errorf("%s: enc %q, text has %q: %v", tc.name, enc, tc.contains, strings.Contains(text, tc.contains))
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		hasTime  bool
	}{
		{"2025-06-04T02:37:08+09:00", "2025-06-04T02:37:08+09:00", true},
		{"2025-05-15T20:00:52.000+0900", "2025-05-15T20:00:52+09:00", true},
		{"2020-01-02T03:04:05Z", "2020-01-02T12:04:05+09:00", true},
		{"2023-09-07 12:22:02", "2023-09-07T12:22:02+09:00", true},
		{"입력2025.09.04 09:59", "2025-09-04T09:59:00+09:00", true},
		{"기사입력 2016-03-02 오후 3:04", "2016-03-02T15:04:00+09:00", true},
		{"2020.05.01. 오전 7:44", "2020-05-01T07:44:00+09:00", true},
		{"2020.05.01. 오후 12:10", "2020-05-01T12:10:00+09:00", true},
		{"2020.05.01. 오전 12:10", "2020-05-01T00:10:00+09:00", true},
		{"2023. 6. 5. 08:30", "2023-06-05T08:30:00+09:00", true},
		{"2024년 3월 12일 14시 5분", "2024-03-12T14:05:00+09:00", true},
		{"date 2025-09-04", "2025-09-04T00:00:00+09:00", false},
		{"2021/04/09", "2021-04-09T00:00:00+09:00", false},
	}
	for _, tc := range tests {
		got, ht, ok := parseDate(tc.in)
		if !ok || got.Format(time.RFC3339) != tc.want || ht != tc.hasTime {
			t.Errorf("parseDate(%q) = %v %v %v; want %s %v", tc.in, got.Format(time.RFC3339), ht, ok, tc.want, tc.hasTime)
		}
	}
	for _, bad := range []string{"", "2025-13-01", "2025-02-31", "오늘", "1234-56-78"} {
		if _, _, ok := parseDate(bad); ok {
			t.Errorf("parseDate(%q) ok; want not a date", bad)
		}
	}
}

func TestReporters(t *testing.T) {
	tests := []struct {
		in       string
		want     []string
		dateline string
	}{
		{"제주=이성민 기자 minute@asiae.co.kr", []string{"이성민"}, "제주"},
		{"이성민기자", []string{"이성민"}, ""},
		{"홍길동·김철수 기자", []string{"홍길동", "김철수"}, ""},
		{"[서울=뉴시스]홍길동 기자 = 정부가", []string{"홍길동"}, "서울"},
		{"(세종=연합뉴스) 차병섭 기자 = 기획재정부는", []string{"차병섭"}, "세종"},
		{"[헤럴드경제=한지숙 기자] 경찰이", []string{"한지숙"}, ""},
		{"워싱턴=김하나 특파원", []string{"김하나"}, "워싱턴"},
		{"심경을 묻는 기자들에게는", nil, ""},
		{"사진 기자 협회", nil, ""},
		{"기자회견을 열었다", nil, ""},
	}
	for _, tc := range tests {
		p := &Page{}
		p.notePeople(tc.in)
		if !slices.Equal(p.Reporters, tc.want) || p.Dateline != tc.dateline {
			t.Errorf("%q: reporters %q dateline %q; want %q %q", tc.in, p.Reporters, p.Dateline, tc.want, tc.dateline)
		}
	}
}

func TestLineSignals(t *testing.T) {
	tests := []struct {
		line string
		want lineClass
	}{
		{"입력2025.09.04 09:59", lcMeta},
		{"date 2025-09-04 본문 바로가기", lcMeta},
		{"시계아이콘00분 51초 소요", lcMeta},
		{"<ⓒ경제 플랫폼, 예시경제(www.example.com) 무단전재 배포금지>", lcCopyright},
		{"Copyright ⓒ 예시일보. All rights reserved.", lcCopyright},
		{"많이 본 뉴스 !가장 많이 읽힌 뉴스", lcStop},
		{"원본보기 아이콘", lcDrop},
		{"AD", lcDrop},
		{"▶ 관련기사 모아보기", lcDrop},
		{"사진=예시부 제공", lcCaption},
		{"[사진=연합뉴스]", lcCaption},
		{"시민들이 거리를 걷고 있다. /연합뉴스", lcCaption},
		{"장관이 회의에서 발언하고 있다. 예시부", lcCaption},
		{"그는 \"미안하다\"고 짧게 말했다. 연합뉴스", lcOther},
		{"세종=강다온 기자 daon@example.com", lcByline},
		{"정부는 내년도 예산을 3% 늘리기로 했다고 밝혔다.", lcSentence},
		{"위원장은 기자들과 만나 \"끝까지 책임지겠다\"", lcSentence},
		{"산업부, 지역 분산에너지 특구 지정", lcOther},
	}
	for _, tc := range tests {
		if got := classify(fold(tc.line), false); got != tc.want {
			t.Errorf("classify(%q) = %d; want %d", tc.line, got, tc.want)
		}
	}
}

func TestTitleSuffix(t *testing.T) {
	h := &htmlPage{p: &Page{Publisher: "예시일보"}}
	tests := []struct{ in, want string }{
		{"정부, 예산 확대 : 네이버 뉴스", "정부, 예산 확대"},
		{"정부, 예산 확대 - 예시일보", "정부, 예산 확대"},
		{"정부, 예산 확대 | 예시일보", "정부, 예산 확대"},
		{"삼성 - LG 가전 경쟁 본격화", "삼성 - LG 가전 경쟁 본격화"},
	}
	for _, tc := range tests {
		if got := h.stripSite(tc.in); got != tc.want {
			t.Errorf("stripSite(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzFromHTML(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join(fixtures, "*.html"))
	for _, name := range names {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<html><meta charset=euc-kr><p>\xb0\xa1\xb3\xaa 다.</p>"))
	f.Add([]byte("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":1}</script>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := FromHTML(b)
		if err != nil {
			return
		}
		if !utf8Valid(p.Body) || !utf8Valid(p.Title) {
			t.Errorf("invalid UTF-8 in output")
		}
	})
}

func FuzzFromText(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	for _, name := range names {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("입력2025.09.04 09:59\n제목 줄\n본문 문장이 여기 있다.\nⓒ 예시")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := FromText(s)
		if err != nil {
			return
		}
		// (NULs are read as spaces and a lone CR as a line feed)
		if p.Layout == "text-plain" && utf8Valid(s) && p.Body != loneCRasLF(strings.ReplaceAll(s, "\x00", " ")) {
			t.Errorf("text-plain body differs from input")
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
