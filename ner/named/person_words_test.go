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

// TestBareCommonWords checks the common words of a name's shape that no
// title marks: a noun and its suffix (a head of noun_heads, or one given
// with its suffixes), a verb made a noun by -기, a noun and the quoting
// -라고, and a job between a name and an age. Names of the same shapes
// are still found.
func TestBareCommonWords(t *testing.T) {
	runFindCases(t, []findCase{
		{"noun and -성", "심사는 전문성과 공익성을 따졌다.", nil, []string{"전문성", "공익성"}},
		{"noun and -재", "문화재 보수에 예산이 들었다.", nil, []string{"문화재"}},
		{"suffixed noun given whole", "제도의 유연성을 높이고 이재민을 도왔다.", nil, []string{"유연성", "이재민"}},
		{"head of a suffixed noun still starts a name", "배우 유연석은 영화에 나왔다. 이재현은 연설했다.", []want{{ner.PERSON, "유연석", ""}, {ner.PERSON, "이재현", ""}}, nil},
		{"verb and -기 before 위해", "물을 마시기 위해 줄을 섰다.", nil, []string{"마시기"}},
		{"verb and -기 before 전", "집을 나서기 전에 확인했다.", nil, []string{"나서기"}},
		{"name in -기 still found", "가수 이승기는 귀국했다. 송중기와 함께 왔다.", []want{{ner.PERSON, "이승기", ""}, {ner.PERSON, "송중기", ""}}, nil},
		{"noun and -라고", "그는 문제 가운데 하나라고 말했다.", nil, []string{"하나라"}},
		{"name in 라 still found", "구하라는 노래했다.", []want{{ner.PERSON, "구하라", ""}}, nil},
		{"job between a name and an age", "노조원 박성호 조합원(34)이 다쳤다.", []want{{ner.PERSON, "박성호", ""}}, []string{"조합원"}},
		{"name with age still found", "주민 탁영순(67)은 말했다.", []want{{ner.PERSON, "탁영순", ""}}, nil},
	})
}

// TestTitlesThatAreNouns checks the titles that are common nouns too
// (시장 as a market, 경위 as the circumstances): a word before such a
// title is a name only with a given-name syllable.
func TestTitlesThatAreNouns(t *testing.T) {
	runFindCases(t, []findCase{
		{"noun before a market", "최근 수년간 장난감 시장이 커졌다.", nil, []string{"PERSON:장난감", "PERSON:수년간"}},
		{"mayor still found", "오세훈 시장은 회견을 열었다. 박원순 시장도 왔다.", []want{{ner.PERSON, "오세훈", ""}, {ner.PERSON, "박원순", ""}}, nil},
		{"officer still found", "담당 김정호 경위가 출동했다.", []want{{ner.PERSON, "김정호", ""}}, nil},
	})
}

// TestForeignNamesOfSeveralWords checks foreign names whose later words
// the rules cut: a transcribed surname after a listed given name, a short
// given name before a surname of syllables no Chinese character is read
// as, and the words before an age joined by a link (다, 반).
func TestForeignNamesOfSeveralWords(t *testing.T) {
	runFindCases(t, []findCase{
		{"listed given name and surname", "출연진은 김민정, 유나 브라운 등이다.", []want{{ner.PERSON, "유나 브라운", ""}}, []string{"PERSON:유나"}},
		{"listed Korean name before a club", "박지성, 이영표 토트넘 이적이 화제였다.", []want{{ner.PERSON, "이영표", ""}}, []string{"이영표 토트넘"}},
		{"short given name and surname", "존 레넌의 노래가 흘렀다.", []want{{ner.PERSON, "존 레넌", ""}}, nil},
		{"short given name before a common word", "존 속의 선수가 뛰었다.", nil, []string{"존 속"}},
		{"link inside a name with an age", "주앙 다 실바 모레이라(64)가 취임했다.", []want{{ner.PERSON, "주앙 다 실바 모레이라", ""}}, nil},
		{"link does not start a name", "그는 다 실바 모레이라(64)를 만났다.", []want{{ner.PERSON, "실바 모레이라", ""}}, nil},
		{"surname of a foreign name with an age", "골키퍼 출신 페헤이라(40)가 감독을 맡았다.", []want{{ner.PERSON, "페헤이라", ""}}, nil},
		{"common noun with an age", "환자(63)와 출생자(23세)가 있었다.", nil, []string{"환자", "출생자"}},
	})
}

// TestSurnameBeforeBoyOrGirl checks a surname apart before 군 or 양 and
// its particle: a boy or a girl; not 이 (this), the words of
// bare_surname_stop (양 군: both armies), nor before a space (등 양 기관).
func TestSurnameBeforeBoyOrGirl(t *testing.T) {
	runFindCases(t, []findCase{
		{"surname and 군", "피해 학생 최 군은 병원으로 옮겨졌다.", []want{{ner.PERSON, "최", "최 군"}}, nil},
		{"surname and 양", "실종된 윤 양이 무사히 돌아왔다.", []want{{ner.PERSON, "윤", "윤 양"}}, nil},
		{"this county", "이 군은 인구가 줄었다.", nil, []string{"PERSON:이"}},
		{"both armies", "양 군의 병력이 맞섰다.", nil, []string{"PERSON:양"}},
		{"both bodies", "원장 등 양 기관의 직원이 모였다.", nil, []string{"PERSON:등"}},
		{"county governor stays a title", "박 군수는 말했다.", []want{{ner.PERSON, "박", "박 군수"}}, nil},
	})
}

// TestNameEndingLikeParticleBeforeBracket checks a name whose last
// syllable is also a particle (은, 이, 도) before a bracket, where no
// particle stands; with a space after, the word is a noun and its
// particle.
func TestNameEndingLikeParticleBeforeBracket(t *testing.T) {
	runFindCases(t, []findCase{
		{"name in 은 before a bracket", "메달은 박서은(체조)과 이민호(수영)가 땄다.", []want{{ner.PERSON, "박서은", ""}}, nil},
		{"noun and particle", "국민은 정부를 믿었다.", nil, []string{"PERSON:국민은"}},
	})
}

// TestMoreCommonWordsBeforeTitles checks generic words for bodies before
// 대표, converbs in 해, a noun with its subject's 이 before an office,
// 이 before 선수 (this player), and listed nouns with a suffix; names of the same shapes are still found.
func TestMoreCommonWordsBeforeTitles(t *testing.T) {
	runFindCases(t, []findCase{
		{"generic body before a title", "그는 유통 회사 대표로 일했다.", nil, []string{"PERSON:회사"}},
		{"converb before an organisation and a title", "공연에 대해 한빛대 무용과 교수가 말했다.", nil, []string{"PERSON:대해"}},
		{"noun and subject particle before an office", "당시 녹취록이 대통령 기록물로 분류됐다.", nil, []string{"PERSON:녹취록이"}},
		{"this player", "이 선수는 결승에 올랐다.", nil, []string{"PERSON:이", "PERSON:이 선수"}},
		{"surname and player", "김 선수는 결승에 올랐다.", []want{{ner.PERSON, "김 선수", ""}}, nil},
		{"listed noun with a suffix", "방송사 사장과 제작진, 박소연은 고소됐다.", []want{{ner.PERSON, "박소연", ""}}, []string{"PERSON:제작진"}},
		{"listed name with a noun head", "출연자는 김지윤, 조세호, 박지윤이다.", []want{{ner.PERSON, "조세호", ""}}, nil},
	})
	r := recognizer(t)
	for w, want := range map[string]bool{"대해": false, "위해": false, "김해": false, "김하": true} {
		if got := r.isName(w); got != want {
			t.Errorf("isName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestForeignFamilyNameLinked checks that one word of a foreign name
// before a title (the family name of a Japanese name, written first) is
// the same person as the full name found in the text.
func TestForeignFamilyNameLinked(t *testing.T) {
	runFindCases(t, []findCase{
		{"family name before a title", "방한한 하토야마 유키오 일본 총리가 도착했다. 하토야마 총리는 회담을 열었다.",
			[]want{{ner.PERSON, "하토야마 유키오", "하토야마 유키오"}, {ner.PERSON, "하토야마", "하토야마 유키오"}}, nil},
	})
}

// TestNameWrittenApart checks a name of two syllables written apart
// before a title (조 은 기자, as bylines have it): a common surname and a
// given-name syllable; not a numeral (김 두 선수 is no name of 김 두), not
// a word that is no common surname (1사단 내 채 상병: the person is 채).
func TestNameWrittenApart(t *testing.T) {
	runFindCases(t, []findCase{
		{"byline apart", "글 = 한 윤 기자. 정 민 기자가 썼다.", []want{{ner.PERSON, "정 민", ""}}, nil},
		{"numeral between", "그 팀 박 두 선수가 뛰었다.", nil, []string{"박 두"}},
		{"within, then a surname", "1사단 내 채 상병이 숨졌다.", []want{{ner.PERSON, "채", ""}}, []string{"내 채"}},
	})
}

// TestForeignNameEnds checks where a foreign name ends: a name in 라
// before a space keeps its 라, a copula's 라고 does not; a loanword for an
// event or a pair after the name is no part of it.
func TestForeignNameEnds(t *testing.T) {
	runFindCases(t, []findCase{
		{"name in 라 before a space", "배우 산드라 측이 해명했다.", []want{{ner.PERSON, "산드라", ""}}, []string{"산드라 측"}},
		{"given name and surname in 라", "캐서린 스텔라 측은 말했다.", []want{{ner.PERSON, "캐서린 스텔라", ""}}, nil},
		{"tournament after a name", "그는 줄리아 밴더빌트 인비테이셔널에서 우승했다.", []want{{ner.PERSON, "줄리아 밴더빌트", ""}}, []string{"줄리아 밴더빌트 인비테이셔널"}},
		{"pair after a name", "가수 태민 커플이 화제다.", []want{{ner.PERSON, "태민", ""}}, []string{"태민 커플"}},
	})
}

// TestAgedForeignNameWords checks the words taken before an age: one with
// a syllable of loanwords is part of the name, a job is not.
func TestAgedForeignNameWords(t *testing.T) {
	runFindCases(t, []findCase{
		{"given name with one loanword syllable", "아이의 엄마 사미라 알하드 카림(31)은 다쳤다.", []want{{ner.PERSON, "사미라 알하드 카림", ""}}, nil},
		{"job before the name", "모델 캐서린 브라운(25)이 걸었다.", []want{{ner.PERSON, "캐서린 브라운", ""}}, []string{"모델 캐서린 브라운"}},
	})
}

// TestSurnameAndSsiWithoutParticle checks a common surname and 씨 with
// no particle (김씨 주장을): a person, unless a word of the clan follows
// (김씨 일가); 섭씨 stays no one.
func TestSurnameAndSsiWithoutParticle(t *testing.T) {
	runFindCases(t, []findCase{
		{"surname and 씨 before a noun", "법원은 김씨 요청을 기각했다.", []want{{ner.PERSON, "김", "김씨"}}, nil},
		{"the clan", "북한 김씨 일가의 권력이 이어졌다.", nil, []string{"PERSON:김"}},
		{"degrees", "기온이 섭씨 35도였다.", nil, []string{"섭"}},
	})
}

// TestHiddenNameWithAgeApart checks a surname with 모 and an age whose
// honorific, or the age itself, stands apart (윤모(16) 군, 한모 (52) 씨).
func TestHiddenNameWithAgeApart(t *testing.T) {
	runFindCases(t, []findCase{
		{"honorific apart after the age", "중학생 윤모(16) 군이 구조됐다.", []want{{ner.PERSON, "윤", "윤 군"}}, []string{"윤모"}},
		{"age apart", "경찰은 운전자 한모 (52) 씨를 입건했다.", []want{{ner.PERSON, "한", "한씨"}}, nil},
		{"honorific attached", "김모(16)군이 다쳤다.", []want{{ner.PERSON, "김", ""}}, nil},
	})
}

func TestWordsThatLookedLikeNames(t *testing.T) {
	runFindCases(t, []findCase{
		{"a verb's form in 난 before a title", "성실하기로 이름난 노교수 한 명이 강단에 섰다.", nil, []string{"이름난"}},
		{"a union before its chairman", "집회를 이끈 화물노조 위원장이 연행됐다.", nil, []string{"화물노조"}},
		{"a body's short name in 협", "회의에는 전대협 대표단이 참석했다.", nil, []string{"전대협"}},
		{"a loanword before a title", "그는 디지털 미디어 본부장으로 일했다.", nil, []string{"미디어"}},
		{"former after a name is no second mention", "전두환 전 대통령 측은 기록 열람을 신청했다.",
			[]want{{ner.PERSON, "전두환", ""}}, []string{"전 대통령"}},
		{"a surname and title again", "전재수 의원이 발의했다. 전 의원은 이어 설명했다.",
			[]want{{ner.PERSON, "전 의원", "전재수"}}, nil},
	})
}

func TestOccupationThatIsAWord(t *testing.T) {
	runFindCases(t, []findCase{
		{"admission, no poet", "피고인은 혐의 시인 여부를 밝히지 않았다.", nil, []string{"여부"}},
	})
}
