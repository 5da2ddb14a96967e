package extract_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/kpolicy/kpolicy/extract"
)

// Extract a saved news page: the headline, the publication time and the
// body come from the page itself, whatever its encoding.
func ExampleExtractor_ExtractHTML() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	page := []byte(`<html><head><meta charset="utf-8">
<meta property="og:title" content="환경부, 탄소중립 포럼 개최">
<meta property="article:published_time" content="2025-05-20T09:00:00+09:00"></head>
<body><nav><a href="/">홈</a> <a href="/news">뉴스</a></nav>
<article itemprop="articleBody"><p>환경부는 20일 서울 중구 프레스센터에서 탄소중립 포럼을 열었다.</p>
<p>포럼에는 산업계와 학계 전문가 200여 명이 참석해 배출권 거래제 개편 방향과 중소기업 지원 방안을 논의했다.</p></article>
<footer>ⓒ 예시신문 무단전재 및 재배포 금지</footer></body></html>`)
	doc, err := x.ExtractHTML(context.Background(), page, "page.html")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Doc.Title)
	fmt.Println(doc.Doc.Published)
	for _, v := range doc.Events {
		fmt.Println(v.Type, v.Args["organizer"][0].Name, v.Args["date"][0].Value)
	}
	// Output:
	// 환경부, 탄소중립 포럼 개최
	// 2025-05-20T09:00:00+09:00
	// meeting 환경부 2025-05-20
}

// Extract a stream of JSONL records, one document per line, in order.
func ExampleExtractor_ExtractRecord() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	stream := strings.NewReader(`{"id":"a","published":"2025-02-03","text":"국토교통부는 3일 공공주택 5만 가구 공급 계획을 발표했다."}
{"id":"b","published":"2025-02-04","text":"해양수산부는 수산물 소비 촉진에 300억원을 투입한다."}
`)
	sc := bufio.NewScanner(stream)
	for sc.Scan() {
		var rec extract.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			log.Fatal(err)
		}
		doc, err := x.ExtractRecord(context.Background(), rec, "stream")
		if err != nil {
			log.Fatal(err)
		}
		for _, v := range doc.Events {
			fmt.Println(doc.Doc.ID, v.Type, v.Args["agent"][0].Name)
		}
	}
	// Output:
	// a policy 국토교통부
	// b funding 해양수산부
}

// Add your own rules at run time: here a gazetteer row for an organisation
// the default data does not know, with its short form.
func ExampleWithRules() {
	dir, err := os.MkdirTemp("", "kpolicy-rules")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	tsv := "# my organisations: name, label, aliases, attrs\n한빛미래연구재단\tORG\t한빛재단\tkind=foundation\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.tsv"), []byte(tsv), 0o644); err != nil {
		log.Fatal(err)
	}
	x, err := extract.New(extract.WithRules(dir))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.ExtractText(context.Background(), "한빛재단은 올해 장학금을 두 배로 늘렸다.", "2025-01-10", "")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == "ORG" {
			fmt.Println(e.Name, e.Aliases)
		}
	}
	// Output:
	// 한빛미래연구재단 [한빛재단]
}
