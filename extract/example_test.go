package extract_test

import (
	"context"
	"fmt"
	"log"

	"github.com/kpolicy/kpolicy/extract"
)

// Extract one article given as text with its publication date, and list
// the organisations and the budget it reports.
func Example() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{
		ID:        "example-1",
		Published: "2025-09-04",
		Text:      "중소벤처기업부는 내년도 R&D 예산으로 2조1955억원을 편성했다. 중기부는 4일 이 같은 계획을 밝혔다.",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range doc.Entities {
		switch e.Type {
		case "ORG":
			fmt.Println(e.Type, e.Name, e.Aliases)
		case "DATE":
			fmt.Println(e.Type, e.Mentions[0].Text, e.Value)
		case "MONEY":
			fmt.Printf("%s %s %.0f %s\n", e.Type, e.Mentions[0].Text, e.Value, e.Currency)
		}
	}
	for _, v := range doc.Events {
		fmt.Printf("%s %s %.0f\n", v.Type, v.Args["agent"][0].Name, v.Args["amount"][0].Value)
	}
	// Output:
	// ORG 중소벤처기업부 [중기부]
	// DATE 내년도 2026
	// MONEY 2조1955억원 2195500000000 KRW
	// DATE 4일 2025-09-04
	// budget 중소벤처기업부 2195500000000
}
