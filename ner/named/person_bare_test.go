package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

func TestBarePersons(t *testing.T) {
	runFindCases(t, []findCase{
		{"subject with particle", "결승에서 최민호는 끝까지 집중력을 잃지 않았다.",
			[]want{{ner.PERSON, "최민호", ""}}, nil},
		{"object with particle", "마지막 홀에서 그는 한서연을 한 타 차로 따돌렸다.",
			[]want{{ner.PERSON, "한서연", ""}}, nil},
		{"before a bracket", "공격진에는 박지훈(수원)이 이름을 올렸다.",
			[]want{{ner.PERSON, "박지훈", ""}}, nil},
		{"in a list", "행사에는 김은경, 윤태호가 함께했다.",
			[]want{{ner.PERSON, "김은경", ""}, {ner.PERSON, "윤태호", ""}}, nil},
		{"noun and suffix", "출근길 지하철은 붐볐고 시청률도 올랐다.",
			nil, []string{"지하철", "시청률"}},
		{"two-syllable word and particle", "그는 자신의 정부는 다르다고 했다.",
			nil, []string{"자신의", "정부는"}},
		{"verb form", "시설을 이용해 운영한 업체가 적발됐다.",
			nil, []string{"이용해", "운영한"}},
		{"place suffix", "서초구 양재동 주민들이 모였다.",
			nil, []string{"서초구", "양재동"}},
		{"part of a foreign name", "크리스 마이아는 판정승을 거뒀다.",
			nil, []string{"마이아"}},
	})
}

func TestBarePersonsProvince(t *testing.T) {
	runFindCases(t, []findCase{
		{"province after its country", "중국 하남성 당국이 투자를 약속했다.", nil, []string{"하남성"}},
		{"material and suffix", "공장은 석회석과 전복용 사료를 만든다.", nil, []string{"석회석", "전복용"}},
	})
}

func TestBarePersonsRareSurname(t *testing.T) {
	// 편 is a surname, but too rare to make a name of a word by shape alone
	runFindCases(t, []findCase{
		{"rare surname", "방송사는 새 편성표를 공개했다.", nil, []string{"편성표"}},
	})
}
