package named

import (
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/rules"
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

func TestForeignGivenNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"given name and surname", "이날 무대에는 크리스 에반스가 깜짝 등장했다.",
			[]want{{ner.PERSON, "크리스 에반스", ""}}, nil},
		{"surname ending like a particle", "창업자 딕 하버트는 회장직에서 물러났다.",
			[]want{{ner.PERSON, "딕 하버트", ""}}, nil},
		{"particle 으로 after a consonant", "감독은 제리 콜먼으로 수비수를 바꿨다.",
			[]want{{ner.PERSON, "제리 콜먼", ""}}, nil},
		{"Latin initial", "조지 W. 부시 회고록이 번역돼 나왔다.",
			[]want{{ner.PERSON, "조지 W. 부시", ""}}, nil},
		{"Korean surname last", "결선에서 케이티 김은 높은 점수를 받았다.",
			[]want{{ner.PERSON, "케이티 김", ""}}, nil},
		{"Korean surname in the middle", "구호요원 줄리아 진 포터의 가족이 입장을 냈다.",
			[]want{{ner.PERSON, "줄리아 진 포터", ""}}, nil},
		{"honorific attached", "당국은 매슈 토드씨를 추방했다.",
			[]want{{ner.PERSON, "매슈 토드", ""}}, nil},
		{"short given name before a Korean noun", "영화의 키스 장면이 화제가 됐다.",
			nil, []string{"키스 장면"}},
		{"no list of Korean names from a foreign one", "어지럼증을 호소, 제이미 콜린스와 교체됐다.",
			nil, []string{"호소"}},
	})
}

func TestForeignNameAgain(t *testing.T) {
	runFindCases(t, []findCase{
		{"last word found again", "결승에서 크리스 하워스가 이겼다. 하워스는 챔피언 벨트를 지켰다.",
			[]want{{ner.PERSON, "크리스 하워스", ""}, {ner.PERSON, "하워스", "크리스 하워스"}}, nil},
		{"two particles after the surname", "그는 아내 제니퍼 로페즈와의 결혼을 발표했다.",
			[]want{{ner.PERSON, "제니퍼 로페즈", ""}}, []string{"제니퍼 로페즈와"}},
	})
}

func TestSurnameWithMo(t *testing.T) {
	runFindCases(t, []findCase{
		{"모 then 씨 apart", "업체 대표 윤모 씨가 입건됐다.", []want{{ner.PERSON, "윤", ""}}, []string{"윤모"}},
		{"모 then 씨 and age", "경찰은 박모 씨(41)를 불러 조사했다.", []want{{ner.PERSON, "박", ""}}, []string{"박모"}},
		{"모 then a title", "검찰은 국세청 김모 과장을 소환했다.", []want{{ner.PERSON, "김", ""}}, []string{"김모"}},
		{"모, an age and 군", "같은 반 이모(15)군이 다쳤다.", []want{{ner.PERSON, "이", ""}}, []string{"이모"}},
		{"모, an age and a rank", "파편에 다친 조모(21) 상병이 치료를 받았다.", []want{{ner.PERSON, "조", ""}}, []string{"조모"}},
		{"모, an organisation and a title", "검찰은 류모 한빛제약 회장을 불렀다.", []want{{ner.PERSON, "류", ""}}, []string{"류모"}},
	})
}

func TestMoreTitles(t *testing.T) {
	runFindCases(t, []findCase{
		{"general", "광장에 강감찬 장군 동상이 섰다.", []want{{ner.PERSON, "강감찬", ""}}, nil},
		{"head of a museum by surname", "박물관 측은 김 관장이 사의를 밝혔다고 전했다.", []want{{ner.PERSON, "김", ""}}, nil},
		{"rank after a surname", "부대는 임 병장을 체포했다.", []want{{ner.PERSON, "임", ""}}, nil},
		{"no compound with 비대위", "시기와 방법은 비대위에 맡겼다.", nil, []string{"방법은"}},
	})
}

func TestBarePersonsMoreSyllables(t *testing.T) {
	runFindCases(t, []findCase{
		{"name ending in 건", "시상식에는 한태건이 참석했다.", []want{{ner.PERSON, "한태건", ""}}, nil},
		{"name ending in 모", "가수 데뷔 20년을 맞은 송진모는 새 앨범을 냈다.", []want{{ner.PERSON, "송진모", ""}}, nil},
	})
}

func TestForeignSurnameBeforeOffice(t *testing.T) {
	runFindCases(t, []findCase{
		{"Japanese surname before 총리", "야당은 아베 총리의 발언을 비판했다.", []want{{ner.PERSON, "아베", ""}}, nil},
		{"loanword syllable before 총리", "정상회담에서 하퍼 총리는 협력을 약속했다.", []want{{ner.PERSON, "하퍼", ""}}, nil},
		{"election noun before 후보", "대선 후보 토론이 열렸다.", nil, []string{"대선"}},
		{"word and particle before a title", "간이 검사에서 양성이 나왔다.", nil, []string{"간이"}},
		{"Korean noun before 의원", "상원 의원 다수가 반대했다.", nil, []string{"상원"}},
		{"modifier before an office", "교육 부총리와 수석 대변인이 나왔다.", nil, []string{"교육", "수석"}},
		{"given name takes in a surname found by its title", "빌 클린턴 대통령 시절 합의가 있었다.",
			[]want{{ner.PERSON, "빌 클린턴", ""}}, []string{"클린턴"}},
	})
}

func TestSurnameAndUnitTitle(t *testing.T) {
	runFindCases(t, []findCase{
		{"surname and 선수", "부상에서 돌아온 박 선수는 두 골을 넣었다.", []want{{ner.PERSON, "박 선수", ""}}, nil},
		{"surname and 작가", "출판사는 윤 작가와 계약을 다시 맺었다.", []want{{ner.PERSON, "윤 작가", ""}}, nil},
		{"an office stays apart", "김 장관은 회의에 참석했다.", []want{{ner.PERSON, "김", ""}}, []string{"김 장관"}},
	})
}

func TestGlossedNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"Japanese name with characters and age", "인질 사토 다케시(佐藤健志·52) 씨의 가족이 호소했다.",
			[]want{{ner.PERSON, "사토 다케시", ""}, {ner.PERSON, "佐藤健志", ""}}, nil},
		{"Chinese name with characters and age", "법원은 피고인 왕리밍(王立明, 34세)에게 실형을 선고했다.",
			[]want{{ner.PERSON, "왕리밍", ""}, {ner.PERSON, "王立明", ""}}, nil},
		{"Chinese place with characters", "공장은 중국 광둥성 포산(佛山)에 들어선다.",
			[]want{{ner.PLACE, "중국 광둥성 포산", ""}, {ner.PLACE, "佛山", ""}}, []string{"PERSON:포산", "PERSON:佛山"}},
		{"Chinese province of three characters", "기업들은 흑룡강성(黑龍江)에 진출했다.", nil, []string{"흑룡강성", "黑龍江"}},
	})
}

func TestRealNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"stage name and real name with age", "멤버 소라(김소라·23)씨가 솔로로 데뷔했다.",
			[]want{{ner.PERSON, "소라", ""}, {ner.PERSON, "김소라", ""}}, nil},
		{"본명", "가수 별빛(본명 이은정·30)이 결혼한다.", []want{{ner.PERSON, "이은정", ""}}, nil},
		{"role and actor", "극 중 한지호(박서준)는 기자로 나온다.",
			[]want{{ner.PERSON, "한지호", ""}, {ner.PERSON, "박서준", ""}}, nil},
		{"event in brackets is no name", "김태호(평행봉)와 이준서(도마)가 메달을 땄다.", nil, []string{"평행봉"}},
	})
}

func TestAttachedTitleNeedsName(t *testing.T) {
	runFindCases(t, []findCase{
		{"office of a city", "그는 서울시장 출마를 접었다.", nil, []string{"PERSON:서울", "PERSON:서울시장"}},
		{"athlete compound", "프로 운동선수의 체납액이 늘었다.", nil, []string{"운동"}},
		{"noun and a title", "김철수 당시 선대본부장이 약속했다.", []want{{ner.PERSON, "김철수", ""}}, []string{"선대본"}},
		{"name with title attached", "이성민기자가 보도했다.", []want{{ner.PERSON, "이성민", ""}}, nil},
	})
}

func TestAgedCommonNouns(t *testing.T) {
	runFindCases(t, []findCase{
		{"patient with an age", "3번 환자(61·여)는 퇴원했다.", nil, []string{"환자"}},
		{"foreign name with an age", "용의자 유세프 엘 카자르(27)는 붙잡혔다.", []want{{ner.PERSON, "유세프 엘 카자르", ""}}, nil},
		{"name glossed after an age", "가수 류더웨이(50. 劉德偉)가 결혼했다.", []want{{ner.PERSON, "류더웨이", ""}}, nil},
	})
}

func TestListsWithLooserNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"given names after a group", "무대에는 김소연, 유빈, 혜림이 올랐다.",
			[]want{{ner.PERSON, "유빈", ""}, {ner.PERSON, "혜림", ""}}, nil},
		{"transcribed name in a list", "출연진은 박지훈, 크러쉬, 홍석천이다.",
			[]want{{ner.PERSON, "크러쉬", ""}}, nil},
		{"no loanword after 과", "배우 김서연은 송민호와 드라마 촬영을 했다.", nil, []string{"드라마"}},
		{"no title in a list", "이민정 대표, 김한수 대표가 만났다.", nil, []string{"대표"}},
	})
}

func TestForeignSurnameParts(t *testing.T) {
	runFindCases(t, []findCase{
		{"surname that is a city", "관중은 은퇴하는 앨런 휴스턴에게 박수를 보냈다.", []want{{ner.PERSON, "앨런 휴스턴", ""}}, nil},
		{"surname ending like a verb form", "보리스 옐친 대통령의 개혁을 다룬 책이 나왔다.", []want{{ner.PERSON, "보리스 옐친", ""}}, nil},
		{"long surname", "그는 발레리 크레스텐바움과 결혼했다.", []want{{ner.PERSON, "발레리 크레스텐바움", ""}}, nil},
	})
}

func TestJapaneseNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"family name first", "노벨상을 받은 무라카미 겐이치 교수가 강연했다.", []want{{ner.PERSON, "무라카미 겐이치", ""}}, nil},
		{"given name ending like a particle before a bracket", "관광객 이시카와 하루나(石川春菜·35) 씨가 구조됐다.",
			[]want{{ner.PERSON, "이시카와 하루나", ""}}, []string{"이시카와 하루"}},
	})
}

func TestNoNameBeforeTitleWithEnding(t *testing.T) {
	runFindCases(t, []findCase{
		{"verb connective", "역할을 하도록 정부 지원을 늘린다.", nil, []string{"하도록"}},
		{"adverb", "아울러 금감원 부원장에는 외부 인사가 왔다.", nil, []string{"아울러"}},
		{"noun and particle before a title", "외교부는 현지에 영사를 보냈다.", nil, []string{"현지에"}},
		{"noun and suffix before 시장", "그는 중고차 시장 동향을 분석했다.", nil, []string{"중고차"}},
		{"name ending in 은 before a title", "김정은 위원장이 연설했다.", []want{{ner.PERSON, "김정은", ""}}, nil},
	})
}

func TestSportsWordsAndNumbers(t *testing.T) {
	runFindCases(t, []findCase{
		{"common noun after 코치", "코치 성추행 의혹이 제기됐다.", nil, []string{"성추행"}},
		{"common noun after 주장", "그는 주장 완장을 찼다.", nil, []string{"완장"}},
		{"name after 투수", "그는 선발 투수 오세진을 상대로 안타를 쳤다.", []want{{ner.PERSON, "오세진", ""}}, nil},
		{"two candidates", "두 후보는 단일화에 합의했다.", nil, []string{"두"}},
	})
}

func TestFormerAfterOrganisation(t *testing.T) {
	runFindCases(t, []findCase{
		{"전 after the party", "행사에는 박상철 정의당 전 대표가 참석했다.", []want{{ner.PERSON, "박상철", ""}}, nil},
	})
}

func TestLetterPersons(t *testing.T) {
	runFindCases(t, []findCase{
		{"letter, age and rank", "부대 소속 C(21) 상병이 부대를 이탈했다.", []want{{ner.PERSON, "C", ""}}, nil},
		{"letter before a word for a person", "그는 호텔로 B 여성을 불렀다.", []want{{ner.PERSON, "B", ""}}, nil},
		{"letter before a thing", "A 등급을 받은 업체가 늘었다.", nil, []string{"A"}},
	})
}

func TestNoPersonFromCommonWordsBeforeTitles(t *testing.T) {
	runFindCases(t, []findCase{
		{"time word", "지난달 회장 선거가 끝났다.", nil, []string{"지난달"}},
		{"word ending in 의", "회의에서 제논의 대표 안건이 올랐다.", nil, []string{"제논의"}},
		{"after, not a surname", "선거 후 성남시장 자리가 비었다.", nil, []string{"후"}},
		{"party before a title", "그는 통합민주당 대표를 지냈다.", nil, []string{"통합민주당"}},
		{"verb form before a title", "일할 수 있도록 대표가 나섰다.", nil, []string{"있도록"}},
	})
}

// TestNameSyllablesAreData checks that the shape of a bare name comes from
// name_syllables.txt: with the given-name syllables of a name taken out of
// the list, the name is no longer found without a title.
func TestNameSyllablesAreData(t *testing.T) {
	const text = "결승에서 최민호는 끝까지 침착했다."
	if !hasPerson(recognizer(t).Find(text, nil), "최민호") {
		t.Fatal("최민호 not found with the default lists")
	}
	p, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	p = p.Clone()
	var kept []rules.Word
	for _, w := range p.Lists["name_syllables"] {
		if w.Kind == "given_last" {
			w.Text = strings.ReplaceAll(w.Text, "호", "")
		}
		kept = append(kept, w)
	}
	p.Lists["name_syllables"] = kept
	r, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if hasPerson(r.Find(text, nil), "최민호") {
		t.Error("최민호 found although 호 is no longer a given-name syllable")
	}
}

func hasPerson(ms []ner.Mention, name string) bool {
	for _, m := range ms {
		if m.Label == ner.PERSON && m.Text == name {
			return true
		}
	}
	return false
}

// TestPersonFirsts checks personFirsts against the sets it joins: bare
// must hold every syllable the stages' own first tests let through.
func TestPersonFirsts(t *testing.T) {
	r := recognizer(t)
	f := &r.shape.firsts
	for c := rune(0xAC00); c <= 0xD7A3; c++ {
		if (r.shape.givenStarts.has(c) || r.shape.commonSurnames.has(c) && r.isSurname1(c)) && !f.bare.has(c) {
			t.Errorf("bare lacks %c", c)
		}
		if sur := r.surname1.has(c) || r.surname2First.has(c); f.sur.has(c) != sur {
			t.Errorf("sur has %c: %v, want %v", c, !sur, sur)
		}
		if stop := r.bareStop.has(string(c)); r.shape.bareStop.has(c) != stop {
			t.Errorf("bareStop has %c: %v, want %v", c, !stop, stop)
		}
		if bs := r.shape.commonSurnames.has(c) && r.isSurname1(c); f.bareSur.has(c) != bs {
			t.Errorf("bareSur has %c: %v, want %v", c, !bs, bs)
		}
	}
}

func TestHonorNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"transcribed name, 씨 apart", "도쿄지법은 마쓰모토 씨가 계약을 어겼다고 판단했다.",
			[]want{{ner.PERSON, "마쓰모토", ""}}, nil},
		{"transcribed name, 씨 attached", "행사에는 클라크씨와 그의 가족이 참석했다.",
			[]want{{ner.PERSON, "클라크", ""}}, nil},
		{"two words of a transcribed name", "이번 소송은 브래들리 쿠퍼 씨의 변호인이 맡았다.",
			[]want{{ner.PERSON, "브래들리 쿠퍼", ""}}, nil},
		{"found again without 씨", "경찰은 슈나이더 씨를 불러 조사했다. 슈나이더는 혐의를 부인했다.",
			[]want{{ner.PERSON, "슈나이더", ""}}, nil},
		{"common words ending in 씨", "날씨가 풀리자 아저씨는 솜씨를 발휘해 마음씨 좋은 이웃에게 해바라기씨를 나눠줬다.",
			nil, []string{"날", "아저", "솜", "마음", "해바라기"}},
		{"initials spelt out", "에스케이씨 주가는 이날 3% 올랐다.", nil, []string{"에스케이"}},
	})
}

func TestBareNameInDol(t *testing.T) {
	runFindCases(t, []findCase{
		{"a given name ending in 돌", "결승에서 박영돌은 흑을 잡고 불계승을 거뒀다.",
			[]want{{ner.PERSON, "박영돌", ""}}, nil},
		{"a stone is no name", "마당의 조약돌을 모아 정원에 깔았다.", nil, []string{"조약돌"}},
	})
}
