package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

func TestRuralPlaces(t *testing.T) {
	runFindCases(t, []findCase{
		{"a township and its village", "군수는 봉평면 창동리 침수 현장을 둘러봤다.", []want{{ner.PLACE, "봉평면 창동리", ""}}, nil},
		{"a village with a particle", "불은 금산면 용화리에서 났다.", []want{{ner.PLACE, "금산면 용화리", ""}}, nil},
		{"a town and its village", "환자는 장흥읍 덕제리에 산다.", []want{{ner.PLACE, "장흥읍 덕제리", ""}}, nil},
		{"a township and 일대", "폭우로 산내면 일대가 잠겼다.", []want{{ner.PLACE, "산내면", ""}}, []string{"산내면 일대"}},
		{"a verb-like stem before a village in a place", "산사태는 산내면 신기리에서 일어났다.", []want{{ner.PLACE, "산내면 신기리", ""}}, nil},
		{"names ending like common words", "상전면 주민들과 서화면 이장이 만났다.", []want{{ner.PLACE, "상전면", ""}, {ner.PLACE, "서화면", ""}}, nil},
		{"toward a township", "귀농 가구가 청운면으로 몰리고 있다.", []want{{ner.PLACE, "청운면", ""}}, nil},
		{"a township's people", "상동면 주민들은 반대 집회를 열었다.", []want{{ner.PLACE, "상동면", ""}}, nil},
		{"a town with a particle", "행사는 진접읍에서 열린다.", []want{{ner.PLACE, "진접읍", ""}}, nil},
		{"a township after its county joins it", "영월군 상동면 주민들이 모였다.", []want{{ner.PLACE, "영월군 상동면", ""}}, []string{"상동면"}},
	})
}

func TestRuralPlacesNotVerbsNorNouns(t *testing.T) {
	runFindCases(t, []findCase{
		{"conditionals", "통계청에 따르면 물가가 오르면 소비가 준다. 이렇게 되면 우리 모두 손해다.", nil,
			[]string{"따르면", "오르면", "되면", "PLACE:따르면 물가가"}},
		{"a conditional before its people", "조사에 따르면 주민들은 이전을 원했다.", nil, []string{"따르면"}},
		{"a conditional before a noun in 리", "예산을 줄이면 일자리가 준다. 이러면 차라리 포기하겠다.", nil,
			[]string{"줄이면 일자리", "줄이면", "이러면 차라리"}},
		{"a conditional before a bare word in 리", "그를 보내면 도우리 팀이 진다. 이러면 차라리 낫다.", nil, []string{"보내면 도우리", "보내면", "이러면"}},
		{"aspects and dishes before 으로", "점심은 짜장면으로 때웠고 협상은 새국면으로 접어들었다. 안전면에 신경 쓰고 성능면을 따졌다. 한쪽면으로 기울었다.", nil,
			[]string{"짜장면", "새국면", "안전면", "성능면", "한쪽면"}},
		{"a direction", "수원방면 주민들이 몰렸다.", nil, []string{"수원방면"}},
		{"an aspect", "가격면에서 유리하고 성능면에서도 앞선다.", nil, []string{"가격면", "성능면"}},
		{"common nouns in 리", "관리와 처리, 요리와 거리, 먹거리와 볼거리가 늘었다.", nil,
			[]string{"관리", "처리", "요리", "거리", "먹거리", "볼거리"}},
		{"a verb before a modifier", "회의를 만들면 일대 혼란이 온다. 그를 보내면 일대 전환이다.", nil, []string{"만들면", "보내면"}},
		{"a verb-like stem before its place word", "서하면 일대가 잠겼고 고서면 면사무소가 문을 닫았다.", []want{{ner.PLACE, "서하면", ""}, {ner.PLACE, "고서면", ""}}, nil},
	})
}
