package extract

import (
	"context"
	"testing"
)

// FuzzExtract runs the whole pipeline on arbitrary text and checks its
// invariants: no panic, offsets inside the text, each mention equal to the
// text it points at, output that encodes as JSON.
func FuzzExtract(f *testing.F) {
	f.Add("중소벤처기업부가 4일 제주에서 포럼을 열었다. 한성숙 장관은 \"좋다\"고 말했다.")
	f.Add("date 2025-09-04\n입력2025.09.04 09:59\n한편 중기부는 내년도 예산에 2조1955억원을 편성했다.\n<ⓒ 무단전재>")
	f.Add("<html><body><article><p>기재부는 1조 2,345억 원을 투입한다.</p></article></body></html>")
	f.Add("한·미·일 3.5%p 약 3천억원가량 9월 1일부터 5일까지")
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := x.Extract(context.Background(), Input{Text: s, Published: "2025-09-04"})
		if err != nil {
			return
		}
		checkDocument(t, d)
	})
}
