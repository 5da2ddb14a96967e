package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// TestPersonCommonWordClasses checks the classes of common words that
// looked like a name before a title: a noun and its case before an
// organisation and a title, a converb before 전 and an honorific, a shop
// in -점, a verb's form in -어진, a title before a title, and an
// honorific after a place. The names of the same shapes are still found.
func TestPersonCommonWordClasses(t *testing.T) {
	runFindCases(t, []findCase{
		{"noun and case before a word and a title", "검찰은 피해자 가족을 상대로 당시 경위를 물었다.", nil, []string{"상대로", "당시"}},
		{"noun and 에 before a word and a title", "그는 사고 현장에 소방 대장과 함께 갔다.", nil, []string{"현장에"}},
		{"name in apposition still found", "민기철 한빛소재 대표는 말했다.", []want{{ner.PERSON, "민기철", ""}}, nil},
		{"converb before 전 and 군", "언론 보도를 인용해 전 군의 행적을 전했다.", nil, []string{"인용해"}},
		{"name before 전 and a title still found", "채동하 전 장관이 말했다.", []want{{ner.PERSON, "채동하", ""}}, nil},
		{"name before 군 still found", "피해 학생 최민호 군이 진술했다.", []want{{ner.PERSON, "최민호", ""}}, nil},
		{"shop before a title", "인근 편의점 점장과 가맹점 대표가 만났다.", nil, []string{"편의점", "가맹점"}},
		{"shop before a compound title", "백화점 주차장에서 불이 났다.", nil, []string{"백화점"}},
		{"passive form before a title", "반대로 돌아선 의원과 찬성으로 기울어진 의원이 맞섰다.", nil, []string{"기울어진"}},
		{"title before a title", "그는 총리 후보로 거론됐고 대통령 후보 토론에 나섰다.", nil, []string{"PERSON:총리", "PERSON:대통령"}},
		{"foreign name before a title still found", "트뤼도 총리는 회견을 열었다.", []want{{ner.PERSON, "트뤼도", ""}}, nil},
		{"honorific after a place", "수색에 나선 미국 군·경이 도착했다.", nil, []string{"PERSON:나선"}},
		{"name before 씨 still found", "목격자 한지선 씨가 신고했다.", []want{{ner.PERSON, "한지선", ""}}, nil},
	})
}

// TestVerbAdnominal checks the verb forms in -어진 that end no name.
func TestVerbAdnominal(t *testing.T) {
	for w, want := range map[string]bool{"기울어진": true, "알려진": true, "이뤄진": true, "주어진": true,
		"만들어진": true, "셰진": false, "스펜진": false, "진": false, "라진": false} {
		if got := verbAdnominal(w); got != want {
			t.Errorf("verbAdnominal(%q) = %v, want %v", w, got, want)
		}
	}
}
