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
	// the rule classes added for KLUE-NER: bare names, foreign names with an
	// age or characters, stage names, durations, ordinals, ages and counts
	f.Add("최민서는 결승에서 유세프 엘 카자르(27)를 꺾었다. 이시카와 하루나(石川春菜·35) 씨와 소라(김소라·23)씨도 왔다.")
	f.Add("공사는 2~3년간 이어지고 1박 2일 동안 세 차례 점검한다. 그는 첫 번째 경기에서 2위, 김모(45)씨는 20대였다.")
	f.Add("서울 송파구 롯데월드타워 앞에서 국회 정보위원회와 미국 연방 하원이 만났다. 한국팀은 브라질 골대를 노렸다.")
	// offices, schools and embassies after a place; subsidiaries; clubs;
	// ministries written short in a list of ministers
	f.Add("마포구청과 경기도의회, 청송여고, 주한 일본대사관, LG전자 인도법인 사장, 김태호(울산)가 왔다. 안도윤 국방·주하린 통일부 장관")
	f.Add("사회적기업 '나무그늘'과 '기본소득 연구 모임', 전문매체인 '더힐'이 '")
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
