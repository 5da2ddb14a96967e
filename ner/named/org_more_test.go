package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/rules"
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

func TestCountryAsActor(t *testing.T) {
	runFindCases(t, []findCase{
		{"a country as subject is the state", "이란은 협상 재개를 거부했다.", []want{{ner.ORG, "이란", ""}}, nil},
		{"a country with 측 is a side", "베트남 측 대표가 서명했다.", []want{{ner.ORG, "베트남", ""}}, nil},
		{"a country as a location stays a place", "대표단은 이란에서 돌아왔다.", []want{{ner.PLACE, "이란", ""}}, nil},
		{"qualified, it is the land", "오늘날의 베트남은 관광객이 많다.", []want{{ner.PLACE, "베트남", ""}}, nil},
		{"before a figure, a ranking", "조사에서 덴마크가 87%로 가장 높았다.", []want{{ner.PLACE, "덴마크", ""}}, nil},
		{"the formal name of Korea is the nation", "대한민국이 더 도약해야 한다.", []want{{ner.PLACE, "대한민국", ""}}, nil},
	})
}

func TestPlatformsAreMedia(t *testing.T) {
	runFindCases(t, []findCase{
		{"posting on a network is no organisation", "그는 인스타그램에 사진을 올리고 유튜브 영상도 공개했다.", nil, []string{"인스타그램", "유튜브"}},
		{"the company acting is one", "유튜브는 새 약관을 발표했다.", []want{{ner.ORG, "유튜브", ""}}, nil},
		{"the company's head", "트위터 CEO가 사임했다.", []want{{ner.ORG, "트위터", ""}}, nil},
	})
}

func TestOrgUnitChains(t *testing.T) {
	runFindCases(t, []findCase{
		{"a committee of the assembly", "국회 법제사법위원회는 법안을 넘겼다.", []want{{ner.ORG, "국회 법제사법위원회", ""}}, []string{"국회"}},
		{"a court division", "부산지법 형사합의5부는 징역형을 선고했다.", []want{{ner.ORG, "부산지법 형사합의5부", ""}}, nil},
		{"a single-judge bench", "대구지법 형사3단독은 벌금형을 내렸다.", []want{{ner.ORG, "대구지법 형사3단독", ""}}, nil},
		{"a branch court", "대전지법 천안지원에서 재판이 열렸다.", []want{{ner.ORG, "대전지법 천안지원", ""}}, nil},
		{"a body of a foreign state", "캐나다 연방 하원과 브라질 대법원, 필리핀 해군", []want{{ner.ORG, "캐나다 연방 하원", ""}, {ner.ORG, "브라질 대법원", ""}, {ner.ORG, "필리핀 해군", ""}}, nil},
		{"authorities written apart", "스페인 교통 당국은 운행을 멈췄다.", []want{{ner.ORG, "스페인 교통 당국", ""}}, nil},
		{"a ministry's building is a place", "회담은 파리 외무부 청사에서 열렸다.", nil, []string{"파리 외무부"}},
		{"government support is no unit", "정부 재정지원이 늘었다.", nil, []string{"정부 재정지원"}},
		{"a company's subsidiary abroad", "LG전자 인도법인은 상장을 추진한다.", []want{{ner.ORG, "LG전자 인도법인", ""}}, nil},
		{"a subsidiary before its head's title", "포스코 중국법인 사장이 바뀌었다.", []want{{ner.ORG, "포스코 중국법인", ""}}, []string{"포스코"}},
		{"a bank's branch", "하나은행 강남지점에서 횡령이 적발됐다.", []want{{ner.ORG, "하나은행 강남지점", ""}}, nil},
		{"a company's legal person is no unit", "한화 법인 명의로 샀다.", nil, []string{"한화 법인"}},
	})
}

func TestBanksCardsAndUnits(t *testing.T) {
	runFindCases(t, []findCase{
		{"a two-syllable bank", "하나은행과 하나카드가 제휴했다.", []want{{ner.ORG, "하나은행", ""}, {ner.ORG, "하나카드", ""}}, nil},
		{"kinds of banks and cards are no names", "시중은행과 저축은행, 신용카드 사용액", nil, []string{"시중은행", "저축은행", "신용카드"}},
		{"a newsroom of a broadcaster", "그는 SBS 보도국 기자였다.", []want{{ner.ORG, "SBS 보도국", ""}}, nil},
		{"a police box of a station", "부산 해운대경찰서 우동지구대는 밝혔다.", []want{{ner.ORG, "부산 해운대경찰서 우동지구대", ""}}, nil},
		{"a department of a university", "고려대 경제학과를 나온 교수", []want{{ner.ORG, "고려대 경제학과", ""}}, nil},
		{"a short committee of the assembly", "국회 환노위는 법안을 처리했다.", []want{{ner.ORG, "국회 환노위", ""}}, nil},
		{"a word ending a phrase is no stem", "해운대 경찰서와 소방서가 새로 지어진다.", nil, []string{"경찰서와 소방서"}},
	})
}

func TestNationalTeams(t *testing.T) {
	runFindCases(t, []findCase{
		{"a country's team in one word", "일본팀은 결승에 올랐다.", []want{{ner.ORG, "일본팀", ""}}, nil},
		{"a country before a goal", "슈팅이 스페인 골문을 갈랐다.", []want{{ner.ORG, "스페인", ""}}, nil},
		{"the opponent of a match", "대표팀은 이란과의 평가전에서 이겼다.", []want{{ner.ORG, "이란", ""}}, nil},
		{"a country as venue of a match stays a place", "경기는 이란에서 열렸다.", []want{{ner.PLACE, "이란", ""}}, nil},
	})
}

func TestNewsOutletsBySuffix(t *testing.T) {
	runFindCases(t, []findCase{
		{"a newspaper and a wire service", "요녕신문과 EFE통신이 보도했다.", []want{{ner.ORG, "요녕신문", ""}, {ner.ORG, "EFE통신", ""}}, nil},
		{"a Chinese news portal", "신랑넷은 전했다.", []want{{ner.ORG, "신랑넷", ""}}, nil},
		{"kinds of papers and networks are no names", "일간신문과 이동통신, 인터넷 보급", nil, []string{"일간신문", "이동통신", "인터넷"}},
		{"a state wire after a country is no name", "이란 관영 통신은 밝혔다.", nil, []string{"관영 통신"}},
	})
}

func TestCountryActs(t *testing.T) {
	runFindCases(t, []findCase{
		{"a state's act with 의", "시리아의 추가공격과 이란의 반발이 예상된다.", []want{{ner.ORG, "시리아", ""}, {ner.ORG, "이란", ""}}, nil},
		{"a country's land with 의", "이란의 수도는 테헤란이다.", []want{{ner.PLACE, "이란", ""}}, nil},
	})
}

func TestCommitteeShortNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"short committee names", "윤리위는 징계를 논의했고 선관위와 조직위가 답했다.", []want{{ner.ORG, "윤리위", ""}, {ner.ORG, "선관위", ""}, {ner.ORG, "조직위", ""}}, nil},
		{"common nouns ending in 위", "불법행위와 촛불시위, 종합순위, 사회적지위", nil, []string{"불법행위", "촛불시위", "종합순위", "사회적지위"}},
		{"a generic standing committee", "상임위에서 논의했다.", nil, []string{"상임위"}},
	})
}

func TestPairedStates(t *testing.T) {
	runFindCases(t, []findCase{
		{"two countries as the sides of a treaty", "독일과 폴란드 양국은 조약을 맺었다.", []want{{ner.ORG, "독일", ""}, {ner.ORG, "폴란드", ""}}, nil},
		{"two countries as places stay places", "독일과 폴란드를 여행했다.", []want{{ner.PLACE, "독일", ""}, {ner.PLACE, "폴란드", ""}}, nil},
	})
}

// TestCountryContextIsData checks that the words that make a country an
// actor come from org/country_context.txt: without the state acts of the
// list, a country before 의 and such a noun is a place again.
func TestCountryContextIsData(t *testing.T) {
	const text = "정부는 북한의 도발을 규탄하는 성명을 냈다."
	label := func(r *Recognizer) ner.Label {
		for _, m := range r.Find(text, nil) {
			if m.Text == "북한" {
				return m.Label
			}
		}
		return ""
	}
	if l := label(recognizer(t)); l != ner.ORG {
		t.Fatalf("북한 before 의 도발 is %q with the default lists, want ORG", l)
	}
	p, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	p = p.Clone()
	var kept []rules.Word
	for _, w := range p.Lists["country_context"] {
		if w.Kind != "act" {
			kept = append(kept, w)
		}
	}
	p.Lists["country_context"] = kept
	r, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if l := label(r); l != ner.PLACE {
		t.Errorf("북한 is %q without the state acts, want PLACE", l)
	}
}

func TestOfficesSchoolsAndEmbassiesAfterPlaces(t *testing.T) {
	runFindCases(t, []findCase{
		{"a district office by the district's short name", "성동구청은 주차 요금을 올렸다.", []want{{ner.ORG, "성동구청", ""}}, nil},
		{"a city hall and a provincial council", "대전시청 직원들이 충청남도의회를 찾았다.", []want{{ner.ORG, "대전시청", ""}, {ner.ORG, "충청남도의회", ""}}, nil},
		{"a county council", "고창군의회가 예산안을 깎았다.", []want{{ner.ORG, "고창군의회", ""}}, nil},
		{"a district office after its city", "대구 수성구청이 공고를 냈다.", []want{{ner.ORG, "대구 수성구청", ""}}, nil},
		{"viewing and wiretapping are no offices", "드라마 본방시청과 불법도청 논란", nil, []string{"본방시청", "불법도청"}},
		{"a stem that is no region", "공단시청 같은 말은 없다.", nil, []string{"공단시청"}},
		{"a school named after its town", "야구부는 순천고와 목포여고를 꺾었다.", []want{{ner.ORG, "순천고", ""}, {ner.ORG, "목포여고", ""}}, nil},
		{"a school after its province", "전남 곡성여중 학생들이 참가했다.", []want{{ner.ORG, "전남 곡성여중", ""}}, nil},
		{"a verb ending in 고 is no school", "그는 먹고 자고 일했다.", nil, []string{"먹고", "자고"}},
		{"an embassy written together", "시위대가 중국대사관 앞에 모였다.", []want{{ner.ORG, "중국대사관", ""}}, nil},
		{"an embassy with its host country apart", "주일 미국대사관은 성명을 냈다.", []want{{ner.ORG, "주일 미국대사관", ""}}, nil},
		{"an embassy with its host country attached", "주한프랑스대사관이 행사를 열었다.", []want{{ner.ORG, "주한프랑스대사관", ""}}, nil},
		{"a consulate", "상하이 주재 한국총영사관에 연락했다.", []want{{ner.ORG, "한국총영사관", ""}}, nil},
		{"an embassy of no country", "가짜대사관 사기가 적발됐다.", nil, []string{"가짜대사관"}},
	})
}

func TestCabinetLists(t *testing.T) {
	runFindCases(t, []findCase{
		{"ministers listed with their ministries short", "총리는 안도윤 국방·주하린 통일·백승재 환경부 장관을 불렀다.",
			[]want{{ner.PERSON, "안도윤", ""}, {ner.ORG, "국방", "국방부"}, {ner.PERSON, "주하린", ""}, {ner.ORG, "통일", "통일부"}, {ner.ORG, "환경부", ""}}, nil},
		{"ministries alone before a shared title", "교육·고용노동 차관이 합동 브리핑을 했다.", []want{{ner.ORG, "교육", "교육부"}, {ner.ORG, "고용노동", "고용노동부"}}, nil},
		{"fields of work are no ministries", "그는 법무·외교 분야의 전문가다.", nil, []string{"법무", "외교"}},
		{"a list with no ministry", "안보·경제 장관 회의가 열렸다.", nil, []string{"안보", "경제"}},
	})
}

func TestCabinetListPersonsCarryTheirMinistry(t *testing.T) {
	r := recognizer(t)
	ms := r.Find("총리는 안도윤 국방·주하린 통일부 장관을 불렀다.", nil)
	for _, m := range ms {
		if m.Label == ner.PERSON && m.Text == "안도윤" {
			if m.Org != "국방부" || m.Role != "장관" {
				t.Errorf("안도윤: org %q role %q; want 국방부, 장관", m.Org, m.Role)
			}
			return
		}
	}
	t.Errorf("no person 안도윤 in %+v", ms)
}

func TestOrganisationsInApposition(t *testing.T) {
	runFindCases(t, []findCase{
		{"a quoted name after its kind", "사회적기업 '나무그늘'은 수익의 절반을 기부한다.", []want{{ner.ORG, "나무그늘", ""}}, nil},
		{"a quoted name after a kind with the copula", "현지 전문매체인 '데일리포커스'가 보도했다.", []want{{ner.ORG, "데일리포커스", ""}}, nil},
		{"a quoted name after a compound kind", "결혼정보회사 \"듀오링크\"는 설문 결과를 내놨다.", []want{{ner.ORG, "듀오링크", ""}}, nil},
		{"a quoted name of two words", "게임 제작사 '블루 하버'가 신작을 냈다.", []want{{ner.ORG, "블루 하버", ""}}, nil},
		{"a quoted common word after a kind", "업체 '브랜드'를 키운다.", nil, []string{"브랜드"}},
		{"common words after a kind", "업체 관계자는 회사 측 입장을 전했다. 기업 이미지와 포털 뉴스, 회사 블로그", nil, []string{"관계자", "측", "이미지", "뉴스", "블로그"}},
		{"a quote after no kind", "그는 '나무그늘'이라고 불렀다.", nil, []string{"나무그늘"}},
		{"a quoted phrase ending in a body's word", "여야 의원 40명이 '기본소득 연구 모임'을 꾸렸고 정부는 '전세사기 대응 태스크포스'를 만들었다.",
			[]want{{ner.ORG, "기본소득 연구 모임", ""}, {ner.ORG, "전세사기 대응 태스크포스", ""}}, nil},
		{"a quoted phrase ending in an organisation suffix", "시민들은 '맑은하늘 환경재단'에 기부했다.", []want{{ner.ORG, "맑은하늘 환경재단", ""}}, nil},
		{"a quoted programme ending like a company", "배우는 '주말 연예통신'에 나왔다.", nil, []string{"주말 연예통신"}},
		{"a quoted phrase that only contains a head", "그는 '모임'이라는 말을 썼다.", nil, []string{"모임"}},
		{"a Korean common word after a kind is no name", "식품 업체 직원들이 항의했다.", nil, []string{"직원들"}},
	})
}

func TestForeignParties(t *testing.T) {
	runFindCases(t, []findCase{
		{"a party between a leader and his title", "김여정 노동당 부부장이 담화를 냈다.", []want{{ner.PERSON, "김여정", ""}, {ner.ORG, "노동당", ""}}, nil},
		{"parties of other countries", "일본 자민당과 영국 보수당, 중국공산당", []want{{ner.ORG, "자민당", ""}, {ner.ORG, "보수당", ""}, {ner.ORG, "중국공산당", ""}}, nil},
		{"a member of a party is no party", "그는 노동당원이었다.", nil, []string{"노동당", "노동당원"}},
	})
}
