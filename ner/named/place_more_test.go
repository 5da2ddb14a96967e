package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

func TestVenuesJoinTheirRegion(t *testing.T) {
	runFindCases(t, []findCase{
		{"a hall after its district", "대구 북구 엑스코에서 박람회가 열렸다.", []want{{ner.PLACE, "대구 북구 엑스코", ""}}, []string{"엑스코"}},
		{"a building named after its city stands alone", "회의는 대전 서구 대전시청사에서 열렸다.", []want{{ner.PLACE, "대전 서구", ""}, {ner.PLACE, "대전시청사", ""}}, nil},
		{"a bearing ends the place", "통영 욕지도 북서쪽 해상에서 어선이 좌초했다.", []want{{ner.PLACE, "통영 욕지도", ""}}, []string{"욕지도 북서쪽 해상", "통영 욕지도 북서쪽 해상"}},
	})
}

func TestOriginCountry(t *testing.T) {
	runFindCases(t, []findCase{
		{"made in a country", "노르웨이산 연어와 칠레산 포도가 들어왔다.", []want{{ner.PLACE, "노르웨이", ""}, {ner.PLACE, "칠레", ""}}, []string{"노르웨이산", "칠레산"}},
	})
}

func TestHanjaGlossedPlaces(t *testing.T) {
	runFindCases(t, []findCase{
		{"city and county glossed", "쓰촨성 청두(成都)시 피(郫)현에서 지진이 났다.", []want{{ner.PLACE, "쓰촨성 청두", ""}, {ner.PLACE, "成都", ""}}, nil},
		{"after a country, before a particle", "공장은 중국 샤먼(廈門)에 있다.", []want{{ner.PLACE, "중국 샤먼", ""}, {ner.PLACE, "廈門", ""}}, nil},
		{"a gloss before an organisation word", "화룬해운(華潤海運)공사 소속 선박이다.", []want{{ner.ORG, "화룬해운(華潤海運)공사", ""}}, nil},
		{"a person's gloss is no place", "회장 왕젠린(王健林) 씨가 말했다.", nil, []string{"왕젠린", "王健林"}},
	})
}

func TestPlacePrefixes(t *testing.T) {
	runFindCases(t, []findCase{
		{"a city's people and its film festival", "광주시민들이 대구국제영화제를 찾았다.", []want{{ner.PLACE, "광주", ""}, {ner.PLACE, "대구", ""}}, []string{"광주시민들이"}},
		{"a country's local time", "경기는 영국시각 밤에 열린다.", []want{{ner.PLACE, "영국", ""}}, nil},
		{"a people is no place", "독일인 관광객이 늘었다.", nil, []string{"독일"}},
	})
}

func TestRegionPartsAndAddresses(t *testing.T) {
	runFindCases(t, []findCase{
		{"a part of a province", "충북 북부 지역에 눈이 온다.", []want{{ner.PLACE, "충북 북부", ""}}, nil},
		{"a lot number", "본사는 대전 유성구 봉명동 551-3번지에 있다.", []want{{ner.PLACE, "대전 유성구 봉명동 551-3번지", ""}}, nil},
		{"a mountain lot", "그는 여수시 소라면 산 12-4번지 임야를 샀다.", []want{{ner.PLACE, "여수시 소라면 산 12-4번지", ""}}, nil},
		{"a count after a neighbourhood is no lot", "역삼동 3곳에서 공사가 열렸다.", []want{{ner.PLACE, "역삼동", ""}}, []string{"역삼동 3곳"}},
	})
}

func TestSportsAffiliation(t *testing.T) {
	runFindCases(t, []findCase{
		{"a club's city after a player", "감독은 김태호(울산)와 박진수(제주)를 뽑았다.", []want{{ner.ORG, "울산", "울산"}, {ner.ORG, "제주", "제주"}}, []string{"PLACE:울산", "PLACE:제주"}},
		{"a national side before a score", "안나 코바치(헝가리·15.2점)가 2위에 올랐다.", []want{{ner.ORG, "헝가리", ""}}, []string{"PLACE:헝가리"}},
		{"a nationality in brackets stays a place", "수상자는 마크 존슨(캐나다)이다.", []want{{ner.PLACE, "캐나다", ""}}, nil},
	})
}

func TestProvinceAfterCountry(t *testing.T) {
	runFindCases(t, []findCase{
		{"a Chinese province", "중국 후베이성에서 홍수가 났다.", []want{{ner.PLACE, "중국 후베이성", ""}}, nil},
		{"a Japanese prefecture", "일본 나라현의 사찰", []want{{ner.PLACE, "일본 나라현", ""}}, nil},
	})
}

func TestSubnationalDivisions(t *testing.T) {
	runFindCases(t, []findCase{
		{"a US state with and without 주", "미네소타주와 오하이오, 아칸소에서", []want{{ner.PLACE, "미네소타주", ""}, {ner.PLACE, "아칸소", ""}}, nil},
		{"a Chinese province and its city", "쓰촨성 청두에서 열렸다.", []want{{ner.PLACE, "쓰촨성 청두", ""}}, nil},
		{"a Japanese prefecture", "니가타현에 눈이 왔다.", []want{{ner.PLACE, "니가타현", ""}}, nil},
		{"a common word is no province", "파일을 저장하고 신장을 쟀다.", nil, []string{"저장", "신장"}},
	})
}

func TestForeignVenues(t *testing.T) {
	runFindCases(t, []findCase{
		{"a stadium after a transcribed name", "결승은 웸블리 스타디움에서 열린다.", []want{{ner.PLACE, "웸블리 스타디움", ""}}, nil},
		{"a shrine and a street", "메이지 신사와 샹젤리제 거리를 걸었다.", []want{{ner.PLACE, "샹젤리제 거리", ""}}, nil},
		{"a Latin name and a park", "경기는 AT&T 파크가 아닌 XYZ 파크에서 열렸다.", []want{{ner.PLACE, "XYZ 파크", ""}}, nil},
		{"a Korean word before is no name", "우리 동네 거리와 시민 광장", nil, []string{"동네 거리", "시민 광장"}},
	})
}

func TestWeakRegionsInDotLists(t *testing.T) {
	runFindCases(t, []findCase{
		{"a province between regions", "확진자는 부산과 울산·경기·전남에서 나왔다.", []want{{ner.PLACE, "경기", "경기도"}, {ner.PLACE, "전남", ""}}, nil},
		{"a city before and after a region", "화성·이천·여주에서 산사태 주의보가 내려졌다.", []want{{ner.PLACE, "화성", "경기도 화성시"}, {ner.PLACE, "이천", "경기도 이천시"}, {ner.PLACE, "여주", ""}}, nil},
		{"a county last in the list", "그는 충남 논산·계룡·부여에서 당선됐다.", []want{{ner.PLACE, "부여", "충청남도 부여군"}}, nil},
		{"a province and a part of it", "경기 북부 지역에 대설주의보가 내려졌다.", []want{{ner.PLACE, "경기 북부", ""}}, nil},
		{"a province before a district of one of its cities", "그는 경기 분당에 집을 샀다.", []want{{ner.PLACE, "경기 분당", ""}}, nil},
		{"a game before a city is no province", "축구 경기 서울 대표가 이겼다.", []want{{ner.PLACE, "서울", ""}}, []string{"경기 서울"}},
		{"ordinary words in a dot list", "예산·인력 문제와 음성·영상 자료, 경기·문화 행사", nil, []string{"예산", "음성", "경기"}},
		{"a weak form next to no region", "그는 고양·포항제철 견학을 마쳤다.", nil, []string{"고양"}},
	})
}

func TestRegionAndPartInOneWord(t *testing.T) {
	runFindCases(t, []findCase{
		{"a sea and its part", "서해중부 먼바다에 풍랑특보가 내려졌다.", []want{{ner.PLACE, "서해중부", ""}}, []string{"서해"}},
		{"a province and two parts", "충북북부내륙과 경남서부내륙에는 서리가 내리겠다.", []want{{ner.PLACE, "충북북부내륙", ""}, {ner.PLACE, "경남서부내륙", ""}}, nil},
		{"a province and a part before a particle", "충남북부에는 눈이 온다.", []want{{ner.PLACE, "충남북부", ""}}, nil},
		{"a province in its weak form and a part", "경기북부 지역과 경기남부에 눈이 온다.", []want{{ner.PLACE, "경기북부", ""}, {ner.PLACE, "경기남부", ""}}, nil},
		{"a police agency named after a part stays one", "경기남부경찰청이 수사한다.", []want{{ner.ORG, "경기남부경찰청", ""}}, []string{"PLACE:경기남부"}},
		{"an office named after a part is no place", "서울동부지검과 부산남부경찰서가 수사한다.", nil, []string{"PLACE:서울동부지검", "PLACE:부산남부경찰서", "PLACE:서울동부"}},
		{"a ministry ends in 부 alone", "행정안전부와 중앙정부가 나섰다.", nil, []string{"PLACE:행정안전부", "PLACE:중앙정부"}},
	})
}

func TestSouthOrNorthOfAnOcean(t *testing.T) {
	runFindCases(t, []findCase{
		{"the south of an ocean", "수색대는 남인도양에서 잔해를 찾았다.", []want{{ner.PLACE, "남인도양", ""}}, []string{"인도양"}},
		{"the north of an ocean before a noun", "북태평양 고기압이 세력을 넓혔다.", []want{{ner.PLACE, "북태평양", ""}}, nil},
		{"an alliance named after an ocean stays one", "북대서양조약기구 회원국이 모였다.", nil, []string{"PLACE:북대서양"}},
		{"a word of 남 and a sea is no sea", "남해안과 북한의 해역", nil, []string{"PLACE:남해안"}},
	})
}

func TestTranscribedIslandsAndSquares(t *testing.T) {
	runFindCases(t, []findCase{
		{"an island written together", "지진은 수마트라섬 서쪽 해역에서 일어났다.", []want{{ner.PLACE, "수마트라섬", ""}}, nil},
		{"an island before a particle", "관광객들이 세부 인근 카모테스섬에 고립됐다.", []want{{ner.PLACE, "카모테스섬", ""}}, nil},
		{"a square written together", "시위대는 트라팔가광장에 모였다.", []want{{ner.PLACE, "트라팔가광장", ""}}, nil},
		{"common islands and squares are none", "무인섬과 화산섬을 지나 시민광장에 닿았다.", nil, []string{"무인섬", "화산섬", "시민광장"}},
		{"a square after a station still joins it", "인천 부평역 광장에서 행사가 열렸다.", []want{{ner.PLACE, "인천 부평역 광장", ""}}, nil},
		{"a shore after a region is no venue", "주민들이 부산 해안가에서 쓰레기를 주웠다.", []want{{ner.PLACE, "부산", ""}}, []string{"부산 해안가"}},
	})
}

func TestCapitalAfterCountry(t *testing.T) {
	runFindCases(t, []findCase{
		{"a capital after its country", "회의는 말리 수도 바마코에서 열렸다.", []want{{ner.PLACE, "말리", ""}, {ner.PLACE, "바마코", ""}}, nil},
		{"a capital after 수도인", "부탄의 수도인 팀푸에 도착했다.", []want{{ner.PLACE, "팀푸", ""}}, nil},
		{"the capital's move is no city", "일본 수도 이전 논의가 다시 나왔다.", nil, []string{"이전"}},
		{"water rates are no city", "한국 수도 요금이 올랐다.", nil, []string{"요금"}},
		{"the text ends after 수도", "한국의 수도", []want{{ner.PLACE, "한국", ""}}, nil},
		{"the text ends after 수도인", "한국의 수도인", []want{{ner.PLACE, "한국", ""}}, nil},
		{"a capital ends the text", "모로코의 수도인 라바트", []want{{ner.PLACE, "라바트", ""}}, nil},
		{"no country before", "그는 수도 바마코를 떠났다.", nil, []string{"PLACE:바마코"}},
	})
}

func TestRailwayAndNumberedBridges(t *testing.T) {
	runFindCases(t, []findCase{
		{"a railway bridge", "열차가 당산철교 위에서 멈췄다.", []want{{ner.PLACE, "당산철교", ""}}, nil},
		{"a numbered bridge before a particle", "차량은 성산2교를 건너 우회했다.", []want{{ner.PLACE, "성산2교", ""}}, nil},
		{"a number alone before 교 is no bridge", "제1교 강의실과 초등1교시 수업", nil, []string{"제1교", "초등1교"}},
	})
}

func TestPlacesOfTheNews(t *testing.T) {
	runFindCases(t, []findCase{
		{"an island and North Korean sites", "독도 인근과 영변, 풍계리에서", []want{{ner.PLACE, "독도", ""}, {ner.PLACE, "영변", ""}, {ner.PLACE, "풍계리", ""}}, nil},
		{"a city and a district abroad", "소치에 이어 할리우드에서도 화제가 됐다.", []want{{ner.PLACE, "소치", ""}, {ner.PLACE, "할리우드", ""}}, nil},
		{"a short form of a Chinese prefecture", "연변 지역 동포들이 모였다.", []want{{ner.PLACE, "연변", "연변조선족자치주"}}, nil},
	})
}
