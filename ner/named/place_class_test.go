package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

func TestNorthKoreanProvinces(t *testing.T) {
	runFindCases(t, []findCase{
		{"a province and a county in it", "미사일은 함경북도 길주에서 발사됐다.", []want{{ner.PLACE, "함경북도 길주", ""}}, nil},
		{"a province before a district name shared with Seoul", "공장은 황해북도 강동에 있다고 한다.", []want{{ner.PLACE, "황해북도 강동", "황해북도 강동"}}, []string{"강동"}},
		{"a short form", "평북 지역의 작황이 나쁘다.", []want{{ner.PLACE, "평북", "평안북도"}}, nil},
		{"a Seoul district alone keeps its name", "강동에서 집회가 열렸다.", []want{{ner.PLACE, "강동", "서울특별시 강동구"}}, nil},
	})
}

func TestAreaAfterPlace(t *testing.T) {
	runFindCases(t, []findCase{
		{"a new town after its city", "분당 신도시와 김포 신도시에 아파트가 선다.", []want{{ner.PLACE, "분당 신도시", ""}, {ner.PLACE, "김포 신도시", ""}}, []string{"김포"}},
		{"an industrial estate after its city", "업체는 광양 산업단지에 입주했다.", []want{{ner.PLACE, "광양 산업단지", ""}}, []string{"광양"}},
		{"a new town with no place before is none", "수도권 밖의 신도시 주민들이 모였다.", nil, []string{"신도시"}},
		{"a park still needs a sub-place", "서울 공원은 넓다.", []want{{ner.PLACE, "서울", ""}}, []string{"서울 공원"}},
	})
}

func TestHanjaGlossBeforeFeature(t *testing.T) {
	runFindCases(t, []findCase{
		{"a plateau glossed", "야크는 파미르(帕米爾)고원에서 자란다.", []want{{ner.PLACE, "파미르(帕米爾)고원", ""}}, []string{"파미르", "帕米爾"}},
		{"a peninsula glossed", "랴오둥(遼東)반도의 항구", []want{{ner.PLACE, "랴오둥(遼東)반도", ""}}, nil},
		{"an administrative unit still splits", "헤이룽장(黑龍江)성 하얼빈에서", []want{{ner.PLACE, "헤이룽장", ""}, {ner.PLACE, "黑龍江", ""}}, []string{"헤이룽장(黑龍江)성"}},
	})
}

func TestCommonNounsEndingLikeMountains(t *testing.T) {
	runFindCases(t, []findCase{
		{"fighters in the hills", "그는 항일빨치산 출신으로 알려졌다.", nil, []string{"항일빨치산", "빨치산"}},
		{"a kind of volcano", "섬에는 활화산과 휴화산이 있다.", nil, []string{"활화산", "휴화산"}},
		{"real mountains ending alike", "등산객이 태화산과 백화산, 지리산에 몰렸다.", []want{{ner.PLACE, "태화산", ""}, {ner.PLACE, "백화산", ""}, {ner.PLACE, "지리산", ""}}, nil},
	})
}

func TestCommonNounsEndingLikeOrgs(t *testing.T) {
	runFindCases(t, []findCase{
		{"an airline", "외국항공사와 저가항공사가 노선을 늘렸다.", nil, []string{"외국항공사", "저가항공사"}},
		{"a diplomat's post", "외교부는 주한 중국대사관 경제공사를 불렀다.", nil, []string{"경제공사"}},
		{"works", "터널 보수공사와 도로 확장공사가 끝났다.", nil, []string{"터널 보수공사", "보수공사", "확장공사"}},
		{"a kind of college", "그는 사립대학교 등록금을 냈다.", nil, []string{"사립대학교"}},
		{"corporations ending in 공사 stay", "한국수자원공사와 인천국제공항공사, 한국관광공사가 참여했다.", []want{{ner.ORG, "한국수자원공사", ""}, {ner.ORG, "인천국제공항공사", ""}, {ner.ORG, "한국관광공사", ""}}, nil},
		{"an airline's name stays", "아시아나항공과 진에어가 운항한다.", []want{{ner.ORG, "아시아나항공", ""}}, nil},
	})
}

func TestPlaceWrittenApartInOrgName(t *testing.T) {
	runFindCases(t, []findCase{
		{"a country apart before a university", "한국 교통대가 신입생을 뽑았다.", []want{{ner.ORG, "한국 교통대", "국립한국교통대학교"}}, []string{"PLACE:한국"}},
		{"and the university's college", "한국 교통대 철도대학 학생이 왔다.", []want{{ner.ORG, "한국 교통대 철도대학", ""}}, []string{"PLACE:한국"}},
		{"a city apart before its university", "서울 시립대 교수가 말했다.", []want{{ner.ORG, "서울 시립대", ""}}, []string{"PLACE:서울"}},
		{"a country before a company stays apart", "한국 삼성전자가 신제품을 냈다.", []want{{ner.PLACE, "한국", ""}, {ner.ORG, "삼성전자", ""}}, nil},
	})
}

func TestVenueAfterSubject(t *testing.T) {
	runFindCases(t, []findCase{
		{"a subject between a country and 에서", "한 미국 학생이 유튜브에서 영상을 봤다.", []want{{ner.PLACE, "미국", ""}}, []string{"미국 학생이 유튜브"}},
		{"a word ending in 가 after a final consonant stays", "부산 국제시장 상가에서 불이 났다.", []want{{ner.PLACE, "부산 국제시장 상가", ""}}, nil},
	})
}

func TestMoreCommonNounsEndingLikePlaces(t *testing.T) {
	runFindCases(t, []findCase{
		{"children and wards", "실종아동 가족이 격리병동을 찾았다.", nil, []string{"실종아동", "격리병동"}},
		{"a palace of a president and a tax settlement", "대통령궁 앞에서 연말정산 서류를 냈다.", nil, []string{"대통령궁", "연말정산"}},
		{"kinds of stadium", "행사는 보조경기장과 실내경기장에서 열린다.", nil, []string{"보조경기장", "실내경기장"}},
		{"a named stadium stays", "결승은 문수경기장에서 열린다.", []want{{ner.PLACE, "문수경기장", ""}}, nil},
		{"real places ending alike", "신당동과 경복궁, 금정산을 돌았다.", []want{{ner.PLACE, "신당동", ""}, {ner.PLACE, "경복궁", ""}, {ner.PLACE, "금정산", ""}}, nil},
	})
}

func TestBranches(t *testing.T) {
	runFindCases(t, []findCase{
		{"a union's branch", "금속노조 현대차지부가 파업을 결의했다.", []want{{ner.ORG, "현대차지부", ""}}, nil},
		{"a branch with a common word before is none", "각 지부와 관련 지부에 알렸다.", nil, []string{"각 지부", "관련 지부"}},
	})
}

func TestRiversAndStreams(t *testing.T) {
	runFindCases(t, []findCase{
		{"rivers and streams on their own", "폭우로 금호강과 섬진강, 홍제천이 불었다.", []want{{ner.PLACE, "금호강", ""}, {ner.PLACE, "섬진강", ""}, {ner.PLACE, "홍제천", ""}}, nil},
		{"health, the strongest, a recommendation", "정신건강과 역대최강, 국민추천, 사기충천", nil, []string{"정신건강", "역대최강", "국민추천", "사기충천"}},
		{"a lecture is no river's", "그는 인터넷강의 수강을 했다.", nil, []string{"인터넷강"}},
		{"a person with a name ending alike", "이영천 씨와 최동강 교수가 왔다.", []want{{ner.PERSON, "이영천", ""}, {ner.PERSON, "최동강", ""}}, []string{"PLACE:이영천", "PLACE:최동강"}},
		{"a neighbourhood before a market stays", "신당동 시장과 응암동에 갔다.", []want{{ner.PLACE, "신당동", ""}}, nil},
	})
}

func TestOrganisationBuildings(t *testing.T) {
	runFindCases(t, []findCase{
		{"a court's annex with its number", "시위대가 서울중앙지방법원 제2별관 앞에 모였다.", []want{{ner.PLACE, "서울중앙지방법원 제2별관", ""}}, []string{"ORG:서울중앙지방법원"}},
		{"a main hall, the place before joining", "행사는 서울 강남경찰서 본관에서 열렸다.", []want{{ner.PLACE, "서울 강남경찰서 본관", ""}}, nil},
		{"a part of the building after it is no venue", "국회 의원회관 옥상에서 소동이 났다.", []want{{ner.PLACE, "국회 의원회관", ""}}, []string{"국회 의원회관 옥상"}},
		{"an office's 청사 stays the office", "총리는 대통령실 청사에 도착했다.", nil, []string{"대통령실 청사"}},
	})
}

func TestSchools(t *testing.T) {
	runFindCases(t, []findCase{
		{"a high school with its city", "대구 경신고등학교가 우승했다.", []want{{ner.ORG, "대구 경신고등학교", ""}}, []string{"PLACE:대구"}},
		{"an elementary school", "인천 서림초등학교에서 행사가 열렸다.", []want{{ner.ORG, "인천 서림초등학교", ""}}, nil},
		{"a middle school alone", "대원중학교 학생들이 참가했다.", []want{{ner.ORG, "대원중학교", ""}}, nil},
		{"kinds of school are none", "일반고등학교와 사립중학교를 비교했다.", nil, []string{"일반고등학교", "사립중학교"}},
	})
}

// TestCountryBeforeAviation: a country before 항공 or 항공사 names its
// airline as often as its aviation (한국 항공 산업, 일본 항공사들): it
// stays a place, joined to nothing.
func TestCountryBeforeAviation(t *testing.T) {
	runFindCases(t, []findCase{
		{"aviation industry", "한국 항공 산업의 경쟁력이 커졌다.", []want{{ner.PLACE, "한국", ""}}, []string{"한국 항공"}},
		{"airlines of a country", "일본 항공사들이 노선을 늘렸다.", []want{{ner.PLACE, "일본", ""}}, []string{"일본 항공사"}},
		{"a country before an industry stays a place", "한국 항공산업이 컸다.", []want{{ner.PLACE, "한국", ""}}, nil},
	})
}

func TestCivicGroupsAndAcademies(t *testing.T) {
	runFindCases(t, []findCase{
		{"a civic alliance", "환경운동연대와 시민연대가 성명을 냈다.", []want{{ner.ORG, "환경운동연대", ""}, {ner.ORG, "시민연대", ""}}, nil},
		{"an academy", "공군사관학교 생도들이 행진했다.", []want{{ner.ORG, "공군사관학교", ""}}, nil},
		{"solidarity as a common noun", "국제 연대와 연대 책임을 강조했다.", nil, []string{"국제 연대", "연대"}},
	})
}
