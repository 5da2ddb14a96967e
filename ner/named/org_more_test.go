package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

func TestOrgSuffixesMore(t *testing.T) {
	runFindCases(t, []findCase{
		{"a two-syllable district before a police station", "마포경찰서는 수사에 나섰다.", []want{{ner.ORG, "마포경찰서", ""}}, nil},
		{"a provincial police agency", "부산지방경찰청이 단속을 벌였다.", []want{{ner.ORG, "부산지방경찰청", ""}}, nil},
		{"a generic police agency is no name", "전국 지방경찰청에 지시했다.", nil, []string{"지방경찰청"}},
		{"an entertainment agency", "JYP엔터테인먼트와 판타지오엔터테인먼트가 손잡았다.", []want{{ner.ORG, "JYP엔터테인먼트", ""}, {ner.ORG, "판타지오엔터테인먼트", ""}}, nil},
		{"a shipping line and a confectioner", "대한해운과 오리온제과가 발표했다.", []want{{ner.ORG, "대한해운", ""}, {ner.ORG, "오리온제과", ""}}, nil},
		{"kinds of food are no company", "건강식품과 냉동식품 판매가 늘었다.", nil, []string{"건강식품", "냉동식품"}},
		{"an art troupe", "시립무용예술단이 공연했다.", []want{{ner.ORG, "시립무용예술단", ""}}, nil},
	})
}

func TestUniversityParts(t *testing.T) {
	runFindCases(t, []findCase{
		{"a college of a university", "고려대 의과대학 연구진이 밝혔다.", []want{{ner.ORG, "고려대 의과대학", ""}}, []string{"의과대학"}},
		{"a university hospital", "경희대 한방병원에 입원했다.", []want{{ner.ORG, "경희대 한방병원", ""}}, nil},
	})
}
