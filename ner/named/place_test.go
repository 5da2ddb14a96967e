package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

func TestPlaceWordsAndChains(t *testing.T) {
	runFindCases(t, []findCase{
		{"harbour after its county", "울릉 저동항에서 축제가 열렸다.", []want{{ner.PLACE, "울릉 저동항", ""}}, nil},
		{"district, neighbourhood", "대전 서구 둔산동 일대가 정전됐다.", []want{{ner.PLACE, "대전 서구 둔산동", ""}}, []string{"일대"}},
		{"station and square after a city", "수원 화서역 광장에 모였다.", []want{{ner.PLACE, "수원 화서역 광장", ""}}, nil},
		{"airport after a country", "태국 수완나품공항에 내렸다.", []want{{ner.PLACE, "태국 수완나품공항", ""}}, nil},
		{"foreign state after a country", "미국 네브래스카주에서 태어났다.", []want{{ner.PLACE, "미국 네브래스카주", ""}}, nil},
		{"station on its own", "승객들은 대곡역에서 내렸다.", []want{{ner.PLACE, "대곡역", ""}}, nil},
		{"mountain on its own", "등산객이 관악산을 올랐다.", []want{{ner.PLACE, "관악산", ""}}, nil},
		{"common nouns ending like places", "부동산 경기와 경제활동, 지역 학교 노동 문제", nil, []string{"부동산", "경제활동", "지역", "학교", "노동"}},
		{"no chain over a particle", "서울에 동대문역이 있다.", []want{{ner.PLACE, "서울", ""}, {ner.PLACE, "동대문역", ""}}, []string{"서울에 동대문역"}},
		{"sea and continent", "동해와 유럽을 잇는 항로", []want{{ner.PLACE, "동해", ""}, {ner.PLACE, "유럽", ""}}, nil},
		{"country time", "경기는 한국시간 새벽에 열린다.", []want{{ner.PLACE, "한국", "대한민국"}}, nil},
		{"a name ending like a neighbourhood, with an age", "주민 한영동(61)씨와 조창동(45·상인)씨가 나왔다.", []want{{ner.PERSON, "한영동", ""}, {ner.PERSON, "조창동", ""}}, nil},
		{"common nouns in -역 and -산", "카드 사용내역과 지출내역, 감염 확산과 무기징역, 연말 결산", nil, []string{"사용내역", "지출내역", "확산", "무기징역", "결산"}},
		{"party nominations are no streams", "여당은 전략공천과 단수공천을 두고 다퉜다.", nil, []string{"전략공천", "단수공천"}},
		{"stations and neighbourhoods that end like those nouns", "신논현역과 경주역, 성수동과 보수동", []want{{ner.PLACE, "신논현역", ""}, {ner.PLACE, "경주역", ""}, {ner.PLACE, "성수동", ""}, {ner.PLACE, "보수동", ""}}, nil},
		{"a venue before a noun of position", "경찰은 서울 광화문 앞에서 집회를 막았다.", []want{{ner.PLACE, "서울 광화문", ""}}, []string{"서울 광화문 앞"}},
		{"a market before its entrance", "상인들이 대구 서문시장 입구에 모였다.", []want{{ner.PLACE, "대구 서문시장", ""}}, nil},
		{"a venue before 맞은편의", "시위대는 부산 벡스코 맞은편의 공원으로 옮겼다.", []want{{ner.PLACE, "부산 벡스코", ""}}, nil},
		{"a neighbourhood with a note in brackets", "행사는 신당동(중구)에서 열렸다.", []want{{ner.PLACE, "신당동", ""}}, nil},
	})
}

func TestInterKorean(t *testing.T) {
	runFindCases(t, []findCase{
		{"남북 gives both states", "남북 관계가 풀렸다.", []want{{ner.ORG, "남", "대한민국"}, {ner.ORG, "북", "북한"}}, nil},
		{"북 with a particle and 측", "북은 거부했고 북측 대표단은 돌아갔다.", []want{{ner.ORG, "북", "북한"}}, nil},
		{"남측 but not 남은", "남측 인사와 남은 사람들", []want{{ner.ORG, "남", "대한민국"}}, []string{"남은"}},
		{"directions stay out", "태풍이 북으로 올라가 북쪽 해안에 닿았다.", nil, []string{"북"}},
	})
}

func TestPersonPrecision(t *testing.T) {
	runFindCases(t, []findCase{
		{"a title is no name in a list", "조민혁 교수, 변호사 등이 참석했다.", []want{{ner.PERSON, "조민혁", ""}}, []string{"변호사"}},
		{"two-syllable common noun before an office", "방송 기자가 질문했고 상원 의원이 답했다.", nil, []string{"방송", "상원"}},
		{"two-syllable given name with 씨", "정우 씨가 노래했다.", []want{{ner.PERSON, "정우", ""}}, nil},
		{"amount in brackets is no age", "성장 지원(3.7조원)을 늘린다.", nil, []string{"지원"}},
		{"candidate and police rank", "한지석 후보와 오태민 경사가 만났다.", []want{{ner.PERSON, "한지석", ""}, {ner.PERSON, "오태민", ""}}, nil},
		{"two-word name before country and office", "사토 겐타 일본 총리가 도착했다.", []want{{ner.PERSON, "사토 겐타", ""}}, nil},
		{"participle before a country and office", "방한한 일본 총리가 도착했다.", nil, []string{"방한한"}},
		{"a quoted word's particle is no surname", "잡지 '여울'은 기자가 쓴 글을 실었고 \"한빛\"은 기자를 뽑았다.", nil, []string{"은 기자", "은"}},
		{"a surname after an opening quote", "그는 '박 기자'가 옳다고 했다.", []want{{ner.PERSON, "박 기자", ""}}, nil},
	})
}
