package named

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// findCase is a sentence with the mentions it must and must not give.
type findCase struct {
	name string
	in   string
	want []want
	not  []string // texts that must be no mention; "PERSON:text" forbids one label only
}

func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	r := recognizer(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := r.Find(c.in, nil)
			for _, w := range c.want {
				ok := false
				for _, m := range got {
					if m.Label == w.label && m.Text == w.text && (w.name == "" || m.Name == w.name) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("missing %s %q (name %q) in %+v", w.label, w.text, w.name, got)
				}
			}
			for _, bad := range c.not {
				label := ""
				if l, rest, ok := strings.Cut(bad, ":"); ok && l == strings.ToUpper(l) && l != "" {
					label, bad = l, rest
				}
				for _, m := range got {
					if m.Text == bad && (label == "" || string(m.Label) == label) {
						t.Errorf("unexpected mention %s %q (rule %s)", m.Label, m.Text, m.Rule)
					}
				}
			}
		})
	}
}

func TestMorePersons(t *testing.T) {
	runFindCases(t, []findCase{
		{"surname with 씨 attached", "조사 결과 황씨는 귀가했다.", []want{{ner.PERSON, "황", "황씨"}}, nil},
		{"surname with 씨 apart", "인근 주민 남 씨가 신고했다.", []want{{ner.PERSON, "남", ""}}, nil},
		{"surname with 모 and age", "운전자 편모(61)씨가 다쳤다.", []want{{ner.PERSON, "편", ""}}, []string{"편모"}},
		{"surname 모 씨 apart", "피해자 석 모 씨는 진술했다.", []want{{ner.PERSON, "석", ""}}, []string{"모"}},
		{"surname and title", "노 의원은 반대했다.", []want{{ner.PERSON, "노", "노 의원"}}, nil},
		{"former title between", "염 전 차관이 출석했다.", []want{{ner.PERSON, "염", ""}}, []string{"전"}},
		{"전 as surname only before 전", "전 전 회장이 입장을 밝혔다. 전 장관은 침묵했다.", []want{{ner.PERSON, "전", ""}}, nil},
		{"전 alone is 'former'", "전 장관은 침묵했다.", nil, []string{"전"}},
		{"섭씨 is not a person", "기온이 섭씨 40도를 넘었다.", nil, []string{"섭"}},
		{"letter for a minor", "B군과 C양이 학교에 갔다.", []want{{ner.PERSON, "B", ""}, {ner.PERSON, "C", ""}}, nil},
		{"letter with age", "D(31·여)씨가 고소했다.", []want{{ner.PERSON, "D", ""}}, nil},
		{"letter and title", "E 교수는 말했다.", []want{{ner.PERSON, "E", ""}}, nil},
		{"name with age", "주민 탁영순(67)은 말했다.", []want{{ner.PERSON, "탁영순", ""}}, nil},
		{"foreign name with age", "용의자 마르코 벨로티(29)는 체포됐다.", []want{{ner.PERSON, "마르코 벨로티", ""}}, nil},
		{"no age, no person", "참가국(12개국)이 모였다.", nil, []string{"참가국"}},
		{"occupation before a name", "가수 루나가 무대에 올랐다.", []want{{ner.PERSON, "루나", ""}}, nil},
		{"occupation before a foreign name", "공격수 크리스티안 벤테케가 넣었다.", []want{{ner.PERSON, "크리스티안 벤테케", ""}}, nil},
		{"occupation before a common word", "선수 출신 해설가가 나섰다.", nil, []string{"출신"}},
		{"foreign name before an office", "트뤼도 총리는 회견을 열었다.", []want{{ner.PERSON, "트뤼도", ""}}, nil},
		{"two-word foreign name before an office", "데이비드 캐머런 총리가 방문했다.", []want{{ner.PERSON, "데이비드 캐머런", ""}}, nil},
		{"verb before an office is no name", "회담을 마친 총리는 떠났다.", nil, []string{"마친"}},
		{"name, unknown organisation, title", "민기철 한빛소재 대표는 말했다.", []want{{ner.PERSON, "민기철", ""}, {ner.ORG, "한빛소재", ""}}, nil},
		{"name, former, organisation, title", "채동하 전 국토교통부 장관이 말했다.", []want{{ner.PERSON, "채동하", ""}}, nil},
		{"compound office", "우진영 감사위원장이 사퇴했다.", []want{{ner.PERSON, "우진영", ""}}, nil},
		{"list of names", "패널로 노현정, 길은혜, 변상욱 교수가 나왔다.", []want{{ner.PERSON, "노현정", ""}, {ner.PERSON, "길은혜", ""}, {ner.PERSON, "변상욱", ""}}, nil},
		{"surname linked to the full name", "홍두식 회장은 웃었다. 홍 회장은 자리를 떴다.", []want{{ner.PERSON, "홍", "홍두식"}}, nil},
		{"a two-syllable word with a title attached is no name", "국회의원 10명이 서명했다.", nil, []string{"국회"}},
	})
}

func TestOrgsAndPlaces(t *testing.T) {
	runFindCases(t, []findCase{
		{"generic body", "정부는 대책을 내놨다.", []want{{ner.ORG, "정부", ""}}, nil},
		{"country and government", "독일 정부는 반대했다.", []want{{ner.ORG, "독일 정부", ""}}, []string{"독일"}},
		{"district and police station", "부산 해운대경찰서는 밝혔다.", []want{{ner.ORG, "부산 해운대경찰서", ""}}, nil},
		{"other organisation after a place stays apart", "호주 포테스큐 그룹은 협약을 맺었다.", []want{{ner.PLACE, "호주", "오스트레일리아"}}, nil},
		{"people, not a place", "일본인 관광객이 늘었다.", nil, []string{"일본"}},
		{"sports club", "두산 베어스가 우승했다. 첼시는 졌다.", []want{{ner.ORG, "두산 베어스", ""}, {ner.ORG, "첼시", ""}}, nil},
		{"league", "LPGA 투어에서 우승했다.", []want{{ner.ORG, "LPGA", ""}}, nil},
		{"broadcaster", "tvN 드라마가 인기다.", []want{{ner.ORG, "tvN", ""}}, nil},
	})
}

// FuzzOneRune checks oneRune against the count of runes.
func FuzzOneRune(f *testing.F) {
	for _, s := range []string{"", "김", "A", "김씨", "\xff", "\xff\xff", "\xf0\x9f\x98\x80", "ab"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneRune(s), utf8.RuneCountInString(s) < 2; got != want {
			t.Fatalf("oneRune(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestPersonListsHonor(t *testing.T) {
	runFindCases(t, []findCase{
		{"list goes on after 씨", "무대에는 김서윤, 한도윤 씨, 브라이언트, 슈바르츠가 올랐다.",
			[]want{{ner.PERSON, "한도윤", ""}, {ner.PERSON, "브라이언트", ""}, {ner.PERSON, "슈바르츠", ""}}, nil},
		{"list before a name and 씨", "심사위원은 크리스토퍼, 장하준 씨가 맡았다.",
			[]want{{ner.PERSON, "장하준", ""}, {ner.PERSON, "크리스토퍼", ""}}, nil},
		{"씨와 함께 is no list", "배우 윤서진 씨와 함께 공항에 도착했다.",
			[]want{{ner.PERSON, "윤서진", ""}}, []string{"함께"}},
		{"과 나란히 is no list", "가수 한도윤과 나란히 앉은 그는 웃었다.",
			[]want{{ner.PERSON, "한도윤", ""}}, []string{"나란히"}},
	})
}

func TestKinName(t *testing.T) {
	runFindCases(t, []findCase{
		{"son and 군", "두 사람은 지난해 아들 도현 군을 얻었다.",
			[]want{{ner.PERSON, "도현", ""}}, nil},
		{"daughter and 양 before a space", "영상에는 딸 하은 양 생전 모습이 담겼다.",
			[]want{{ner.PERSON, "하은", ""}}, nil},
		{"no honorific after the word", "아들 부부와 딸 둘이 함께 살고 있다.",
			nil, []string{"부부", "둘"}},
		{"a word starting with 양 after the name", "아들 가족 양측이 합의서에 서명했다.", nil, []string{"가족"}},
	})
}

func TestStopSurnameInContext(t *testing.T) {
	runFindCases(t, []findCase{
		{"한 opening the sentence", "한 위원장은 이날 기자회견을 열었다.",
			[]want{{ner.PERSON, "한", ""}}, nil},
		{"전 opening the sentence is 'former'", "전 의원이 올린 글이 화제가 됐다.", nil, []string{"전"}},
		{"after the subject of the clause", "검찰은 한 대표를 다시 소환했다.",
			[]want{{ner.PERSON, "한", ""}}, nil},
		{"one lawmaker, modified", "익명을 요구한 한 의원은 이렇게 말했다.", nil, []string{"한"}},
		{"one lawmaker after a party", "민주당 한 의원은 반대 입장을 밝혔다.", nil, []string{"한"}},
		{"one player, counted", "한 선수가 퇴장을 당했다.", nil, []string{"한", "한 선수"}},
		{"one member of a body", "한 위원은 회의에서 반대했다.", nil, []string{"한"}},
		{"title without particle", "한 의원 보좌관이 입건됐다.", nil, []string{"한"}},
		{"former after a name", "김대호 전 장관은 말했다.", []want{{ner.PERSON, "김대호", ""}}, []string{"전"}},
	})
}

func TestForeignNameFormerOffice(t *testing.T) {
	runFindCases(t, []findCase{
		{"transcribed name before 전 and an office", "이 사실은 슈타인마이어 전 장관 자신이 밝혔다.",
			[]want{{ner.PERSON, "슈타인마이어", ""}}, []string{"사실은"}},
		{"a word and its particle before a name", "그 사실은 크루거 의원이 공개했다.",
			[]want{{ner.PERSON, "크루거", ""}}, []string{"사실은"}},
		{"Korean word before 전", "우리 모임 전 회장은 말했다.", nil, []string{"모임"}},
	})
}
