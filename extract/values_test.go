package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// valueCase is one value expression of issue 3 inside a news-style
// sentence, run through the whole extractor against a document published
// on 2025-09-04 (a Thursday). The entity whose mention text is span must
// have type typ and exactly the value fields of want; Direction is only
// compared when want gives one.
type valueCase struct {
	name string
	text string
	span string
	typ  string
	want ValueFields
}

func fp(f float64) *float64 { return &f }

var moneyCases = []valueCase{
	{"조억 붙여쓰기", "중기부는 내년 예산으로 2조1955억원을 편성했다.", "2조1955억원", "MONEY", ValueFields{Value: 2195500000000.0, Currency: "KRW"}},
	{"조 띄어쓰기 쉼표", "도의 내년 살림살이는 1조 2,345억 원 규모로 짜였다.", "1조 2,345억 원", "MONEY", ValueFields{Value: 1234500000000.0, Currency: "KRW"}},
	{"천억", "공사는 노후 관로 교체에 3천억원을 쏟아붓는다.", "3천억원", "MONEY", ValueFields{Value: 300000000000.0, Currency: "KRW"}},
	{"소수 조", "정부가 반도체 생태계 펀드에 1.5조원을 넣기로 했다.", "1.5조원", "MONEY", ValueFields{Value: 1500000000000.0, Currency: "KRW"}},
	{"만 띄어 숫자", "1인당 환급액은 평균 5만 8200원으로 집계됐다.", "5만 8200원", "MONEY", ValueFields{Value: 58200.0, Currency: "KRW"}},
	{"천 숫자 만", "선정된 마을에는 최대 4천300만 원이 지급된다.", "4천300만 원", "MONEY", ValueFields{Value: 43000000.0, Currency: "KRW"}},
	{"쉼표 숫자", "새 검사 장비 한 대 값은 27,350,000원에 달한다.", "27,350,000원", "MONEY", ValueFields{Value: 27350000.0, Currency: "KRW"}},
	{"한글 수사", "주민들이 모은 성금은 이천칠백삼십오만원이었다.", "이천칠백삼십오만원", "MONEY", ValueFields{Value: 27350000.0, Currency: "KRW"}},
	{"천 백만 달러", "이 업체는 해외 투자자들로부터 7천 5백만 달러를 끌어왔다.", "7천 5백만 달러", "MONEY", ValueFields{Value: 75000000.0, Currency: "USD"}},
	{"만 천 달러", "첫 수출 물량의 계약가는 9만 4천 달러로 알려졌다.", "9만 4천 달러", "MONEY", ValueFields{Value: 94000.0, Currency: "USD"}},
	{"억 천만 엔", "도쿄 법인은 4억 2천만 엔의 손실을 냈다.", "4억 2천만 엔", "MONEY", ValueFields{Value: 420000000.0, Currency: "JPY"}},
	{"억 달러", "미국 현지 배터리 공장에 10억 달러가 들어간다.", "10억 달러", "MONEY", ValueFields{Value: 1000000000.0, Currency: "USD"}},
	{"달러 붙여쓰기", "이 앱의 연간 이용권은 49달러에 팔린다.", "49달러", "MONEY", ValueFields{Value: 49.0, Currency: "USD"}},
	{"소수 억 유로", "유럽 은행단이 3.5억 유로의 대출을 승인했다.", "3.5억 유로", "MONEY", ValueFields{Value: 350000000.0, Currency: "EUR"}},
	{"억 위안", "양국은 100억 위안 규모의 통화 스와프에 합의했다.", "100억 위안", "MONEY", ValueFields{Value: 10000000000.0, Currency: "CNY"}},
	{"원화 기호", "전시회 입장권은 ₩1,000에 판매된다.", "₩1,000", "MONEY", ValueFields{Value: 1000.0, Currency: "KRW"}},
	{"달러 기호", "북미 출시 가격은 $49로 정해졌다.", "$49", "MONEY", ValueFields{Value: 49.0, Currency: "USD"}},
	{"US$ billion", "이 조선사는 US$ 3.5 billion 규모의 선박 건조 계약을 따냈다.", "US$ 3.5 billion", "MONEY", ValueFields{Value: 3500000000.0, Currency: "USD"}},
	{"미화 억 달러", "정부는 미화 10억 달러 규모의 외평채를 발행했다.", "미화 10억 달러", "MONEY", ValueFields{Value: 1000000000.0, Currency: "USD"}},
	{"미화 맨 금액", "미화 5000만을 빼돌린 혐의를 받는다.", "미화 5000만", "MONEY", ValueFields{Value: 50000000.0, Currency: "USD"}},
	{"전각 숫자", "올해 추경 규모는 ２조원으로 잡혔다.", "２조원", "MONEY", ValueFields{Value: 2000000000000.0, Currency: "KRW"}},
	{"전각 쉼표", "수수료는 건당 １，５００원이다.", "１，５００원", "MONEY", ValueFields{Value: 1500.0, Currency: "KRW"}},
	{"계좌의 맨 금액", "범인은 피해자 계좌에 1억을 입금하라고 요구했다.", "1억", "MONEY", ValueFields{Value: 100000000.0, Currency: "KRW"}},
	{"연봉의 맨 만", "그의 연봉 5000만 가운데 절반이 세금이다.", "5000만", "MONEY", ValueFields{Value: 50000000.0, Currency: "KRW"}},
	// qualifiers
	{"약", "시는 도심 순환도로 건설에 약 3천억원을 쓸 계획이다.", "3천억원", "MONEY", ValueFields{Value: 300000000000.0, Currency: "KRW", Approx: true}},
	{"가량", "이번 사업에는 3천억원가량이 투입될 전망이다.", "3천억원", "MONEY", ValueFields{Value: 300000000000.0, Currency: "KRW", Approx: true}},
	{"여", "군은 복구비로 3천억여원을 요청했다.", "3천억여원", "MONEY", ValueFields{Value: 300000000000.0, Currency: "KRW", Approx: true}},
	{"대", "지역 업체들이 100억원대 공사를 나눠 맡는다.", "100억원", "MONEY", ValueFields{Value: 10000000000.0, Currency: "KRW", Approx: true}},
	{"물결 범위", "전체 사업비는 2조~3조원으로 추산된다.", "2조~3조원", "MONEY", ValueFields{Min: fp(2e12), Max: fp(3e12), Currency: "KRW"}},
	{"에서 범위", "업계는 피해액을 2조에서 3조원 사이로 본다.", "2조에서 3조원", "MONEY", ValueFields{Min: fp(2e12), Max: fp(3e12), Currency: "KRW"}},
	{"이상", "5000원 이상 결제하면 할인 쿠폰을 준다.", "5000원", "MONEY", ValueFields{Min: fp(5000), Currency: "KRW"}},
	{"초과", "건당 5000원 초과 거래에는 수수료가 붙는다.", "5000원", "MONEY", ValueFields{Min: fp(5000), Currency: "KRW"}},
	{"이하", "1만원 이하 소액 기부도 세액공제를 받는다.", "1만원", "MONEY", ValueFields{Max: fp(10000), Currency: "KRW"}},
	{"미만", "1만원 미만 거스름돈은 포인트로 적립된다.", "1만원", "MONEY", ValueFields{Max: fp(10000), Currency: "KRW"}},
	{"예산 맥락의 맨 금액", "교육청의 내년 예산은 2조1955억 규모로 확정됐다.", "2조1955억", "MONEY", ValueFields{Value: 2195500000000.0, Currency: "KRW"}},
	{"사업비 맥락의 맨 금액", "총사업비 1조 2,345억이 들어가는 공사다.", "1조 2,345억", "MONEY", ValueFields{Value: 1234500000000.0, Currency: "KRW"}},
}

var percentCases = []valueCase{
	{"퍼센트 기호", "조사 대상 가운데 45%가 제도 유지에 찬성했다.", "45%", "PERCENT", ValueFields{Value: 45.0, Unit: "%"}},
	{"퍼센트 낱말", "이번 선거의 투표율은 45퍼센트를 밑돌았다.", "45퍼센트", "PERCENT", ValueFields{Value: 45.0, Unit: "%"}},
	{"퍼센트포인트 %p", "청년 고용률이 3.5%p 떨어졌다.", "3.5%p", "PERCENT", ValueFields{Value: 3.5, Unit: "%p", Direction: "down"}},
	{"퍼센트포인트 낱말", "금통위는 기준금리를 0.25%포인트 올렸다.", "0.25%", "PERCENT", ValueFields{Value: 0.25, Unit: "%p", Direction: "up"}},
	{"범위", "연구원은 내년 성장률을 3~4%로 내다봤다.", "3~4%", "PERCENT", ValueFields{Min: fp(3), Max: fp(4), Unit: "%"}},
	{"전년 대비 증가", "1~8월 수출액은 전년 대비 12.3% 증가했다.", "12.3%", "PERCENT", ValueFields{Value: 12.3, Unit: "%", Direction: "up"}},
}

var quantityCases = []valueCase{
	{"명", "화재로 주민 16명이 대피했다.", "16명", "QUANTITY", ValueFields{Value: 16.0, Unit: "명"}},
	{"개국", "이번 회의에는 3개국 장관이 모였다.", "3개국", "QUANTITY", ValueFields{Value: 3.0, Unit: "개국"}},
	{"여 개", "박람회에 200여 개 기업이 부스를 차렸다.", "200여 개", "QUANTITY", ValueFields{Value: 200.0, Unit: "개", Approx: true}},
	{"t", "이 공장은 하루 4천300t의 폐기물을 처리한다.", "4천300t", "QUANTITY", ValueFields{Value: 4300.0, Unit: "t"}},
	{"가구", "택지지구에 2만5천 가구가 새로 입주한다.", "2만5천 가구", "QUANTITY", ValueFields{Value: 25000.0, Unit: "가구"}},
	{"대", "시는 내년까지 저상버스 300대 도입을 마친다.", "300대", "QUANTITY", ValueFields{Value: 300.0, Unit: "대"}},
	{"고유어 띄어쓰기", "소방당국은 두 곳에 인력을 보냈다.", "두 곳", "QUANTITY", ValueFields{Value: 2.0, Unit: "곳"}},
	{"고유어 붙여쓰기", "산불은 두곳에서 동시에 났다.", "두곳", "QUANTITY", ValueFields{Value: 2.0, Unit: "곳"}},
	{"고유어 차례", "당정은 세차례 협의를 거쳤다.", "세차례", "QUANTITY", ValueFields{Value: 3.0, Unit: "차례", Kind: "count"}},
	{"연령대", "20대 청년의 취업률이 올랐다.", "20대", "QUANTITY", ValueFields{Value: 20.0, Unit: "대", Kind: "age"}},
	{"순위", "시는 평가에서 전국 3위에 올랐다.", "3위", "QUANTITY", ValueFields{Value: 3.0, Unit: "위", Kind: "ordinal"}},
	{"나이 괄호", "주민 김모(67)씨가 처음 신고했다.", "67", "QUANTITY", ValueFields{Value: 67.0, Unit: "세", Kind: "age"}},
	{"차량 20대", "구는 전기차 20대를 관용차로 들였다.", "20대", "QUANTITY", ValueFields{Value: 20.0, Unit: "대"}},
	{"만대 판매", "이 차종은 출시 석 달 만에 1만대 판매를 넘겼다.", "1만대", "QUANTITY", ValueFields{Value: 10000.0, Unit: "대"}},
	{"전각 명", "이번 시험에 １２명이 합격했다.", "１２명", "QUANTITY", ValueFields{Value: 12.0, Unit: "명"}},
}

// Dates are resolved against the publication date 2025-09-04.
var dateCases = []valueCase{
	{"점 구분", "접수 마감일은 2025.09.04로 공고됐다.", "2025.09.04", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"점 띄어쓰기", "개정 조례는 2025. 9. 4. 공포됐다.", "2025. 9. 4.", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"ISO", "위원회는 2025-09-04 회의록을 공개했다.", "2025-09-04", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"기간 년간", "이 사업은 3년간 이어진다.", "3년간", "DURATION", ValueFields{Value: "P3Y", Grain: "year", Kind: "duration"}},
	{"기간 개월 동안", "공사는 6개월 동안 진행된다.", "6개월 동안", "DURATION", ValueFields{Value: "P6M", Grain: "month", Kind: "duration"}},
	{"기간 범위", "계약은 2~3년 단위로 갱신된다.", "2~3년", "DURATION", ValueFields{Value: "P2Y/P3Y", From: "P2Y", To: "P3Y", Grain: "year", Kind: "duration"}},
	{"지난 연도", "그는 지난 2019년 이 단체를 세웠다.", "지난 2019년", "DATE", ValueFields{Value: "2019", Grain: "year"}},
	{"년월일", "정부는 2025년 9월 4일 대책을 발표했다.", "2025년 9월 4일", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"월일", "협의회는 9월 4일 첫 회의를 열었다.", "9월 4일", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"일 당일", "구청은 4일 주민설명회를 열었다.", "4일", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"일 과거", "노조는 2일 파업 찬반투표를 진행했다.", "2일", "DATE", ValueFields{Value: "2025-09-02", Grain: "day"}},
	{"일 지난달", "시는 5일 시범사업 결과를 공개했다.", "5일", "DATE", ValueFields{Value: "2025-08-05", Grain: "day"}},
	{"일 예정", "공단은 10일 새 이사장 취임식을 열 예정이다.", "10일", "DATE", ValueFields{Value: "2025-09-10", Grain: "day"}},
	{"일 계획", "교육청은 22일 합격자를 발표할 계획이다.", "22일", "DATE", ValueFields{Value: "2025-09-22", Grain: "day"}},
	{"지난 일", "의회는 지난 19일 본회의에서 조례를 처리했다.", "지난 19일", "DATE", ValueFields{Value: "2025-08-19", Grain: "day"}},
	{"오는 일", "오는 15일 박람회가 막을 올린다.", "오는 15일", "DATE", ValueFields{Value: "2025-09-15", Grain: "day"}},
	{"이날", "장관은 이날 현장을 찾아 상인들을 만났다.", "이날", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"전날", "전날 내린 폭우로 도로 곳곳이 잠겼다.", "전날", "DATE", ValueFields{Value: "2025-09-03", Grain: "day"}},
	{"다음 날", "회담 결과는 다음 날 공개된다.", "다음 날", "DATE", ValueFields{Value: "2025-09-05", Grain: "day"}},
	{"올해", "올해 관광객 수가 처음으로 천만 명을 넘었다.", "올해", "DATE", ValueFields{Value: "2025", Grain: "year"}},
	{"지난해", "지난해 수출은 역대 최대를 기록했다.", "지난해", "DATE", ValueFields{Value: "2024", Grain: "year"}},
	{"작년", "작년 이맘때보다 방문객이 늘었다.", "작년", "DATE", ValueFields{Value: "2024", Grain: "year"}},
	{"내년", "내년 최저임금 심의가 시작됐다.", "내년", "DATE", ValueFields{Value: "2026", Grain: "year"}},
	{"내년도", "시는 내년도 예산안을 의회에 제출했다.", "내년도", "DATE", ValueFields{Value: "2026", Grain: "year"}},
	{"년도", "2026년도 국고보조사업 신청이 시작됐다.", "2026년도", "DATE", ValueFields{Value: "2026", Grain: "year"}},
	{"이달", "새 요금제는 이달 출시된다.", "이달", "DATE", ValueFields{Value: "2025-09", Grain: "month"}},
	{"지난달", "지난달 소비자물가가 다시 올랐다.", "지난달", "DATE", ValueFields{Value: "2025-08", Grain: "month"}},
	{"다음 달", "개정안은 다음 달 국무회의에 오른다.", "다음 달", "DATE", ValueFields{Value: "2025-10", Grain: "month"}},
	{"이번 주", "여야는 이번 주 협상을 재개한다.", "이번 주", "DATE", ValueFields{Value: "2025-09-01", Grain: "week", From: "2025-09-01", To: "2025-09-07"}},
	{"상반기", "상반기 신규 채용 규모가 줄었다.", "상반기", "DATE", ValueFields{Value: "2025-01-01/2025-06-30", Grain: "month", From: "2025-01-01", To: "2025-06-30"}},
	{"하반기", "하반기 경기 회복이 기대된다.", "하반기", "DATE", ValueFields{Value: "2025-07-01/2025-12-31", Grain: "month", From: "2025-07-01", To: "2025-12-31"}},
	{"분기", "1분기 영업이익이 두 배로 뛰었다.", "1분기", "DATE", ValueFields{Value: "2025-Q1", Grain: "quarter"}},
	{"연말", "새 청사는 연말 준공될 예정이다.", "연말", "DATE", ValueFields{Value: "2025-12", Grain: "month"}},
	{"연초", "연초 세운 수출 목표를 이미 넘어섰다.", "연초", "DATE", ValueFields{Value: "2025-01", Grain: "month"}},
	{"중순", "모집 공고는 3월 중순 나왔다.", "3월 중순", "DATE", ValueFields{Value: "2025-03-11/2025-03-20", Grain: "day", From: "2025-03-11", To: "2025-03-20"}},
	{"부터 까지", "축제는 9월 1일부터 5일까지 이어졌다.", "9월 1일부터 5일", "DATE", ValueFields{Value: "2025-09-01/2025-09-05", Grain: "day", From: "2025-09-01", To: "2025-09-05"}},
	{"물결 일", "집중 단속은 1~5일 진행됐다.", "1~5일", "DATE", ValueFields{Value: "2025-09-01/2025-09-05", Grain: "day", From: "2025-09-01", To: "2025-09-05"}},
	{"광복절", "광복절 경축식이 세종문화회관에서 열렸다.", "광복절", "DATE", ValueFields{Value: "2025-08-15", Grain: "day"}},
	{"개천절", "개천절 연휴에 고속도로 통행료가 면제된다.", "개천절", "DATE", ValueFields{Value: "2025-10-03", Grain: "day"}},
	{"한글날", "한글날 기념 행사가 광화문에서 열린다.", "한글날", "DATE", ValueFields{Value: "2025-10-09", Grain: "day"}},
	{"전각 날짜", "법안은 ２０２５년 ９월 ４일 국회를 통과했다.", "２０２５년 ９월 ４일", "DATE", ValueFields{Value: "2025-09-04", Grain: "day"}},
	{"삼일절 과거", "삼일절 기념식에는 독립유공자 후손이 참석했다.", "삼일절", "DATE", ValueFields{Value: "2025-03-01", Grain: "day"}},
	{"날짜와 시각", "본회의는 25일 오후 3시 열릴 예정이다.", "25일", "DATE", ValueFields{Value: "2025-09-25", Grain: "day"}},
}

var timeCases = []valueCase{
	{"오후 시", "본회의는 25일 오후 3시 열릴 예정이다.", "오후 3시", "TIME", ValueFields{Value: "15:00", Grain: "hour"}},
	{"오전 시 분", "시상식은 오전 9시 30분 시작됐다.", "오전 9시 30분", "TIME", ValueFields{Value: "09:30", Grain: "minute"}},
	{"시간 기간", "회의는 3시간 40분 동안 이어졌다.", "3시간 40분 동안", "DURATION", ValueFields{Value: "PT3H40M", Grain: "minute", Kind: "duration"}},
	{"쌍점", "장 마감 시각은 15:30이다.", "15:30", "TIME", ValueFields{Value: "15:30", Grain: "minute"}},
	{"앞자리 0", "속보는 09:59 처음 전해졌다.", "09:59", "TIME", ValueFields{Value: "09:59", Grain: "minute"}},
}

// absentCase is an expression that must give no entity of typ.
type absentCase struct {
	name string
	text string
	span string
	typ  string
}

var absentCases = []absentCase{
	{"수천억 원", "사업에 수천억 원이 들 것으로 보인다.", "수천억 원", "MONEY"},
	{"막대한 예산", "막대한 예산이 필요하다는 지적이 나온다.", "막대한 예산", "MONEY"},
	{"억 년", "지구의 나이는 45억 년을 넘는다.", "45억 년", "MONEY"},
	{"1955억 년", "그 별은 1955억 년 전에 생겼다는 가설이 있다.", "1955억", "MONEY"},
	{"연도는 수량이 아니다", "2025 지역혁신 박람회가 개막했다.", "2025", "QUANTITY"},
	{"연도와 년", "2025년 계획이 확정됐다.", "2025", "QUANTITY"},
	{"전화번호", "문의는 044-202-7114로 하면 된다.", "044-202-7114", "QUANTITY"},
	{"전화번호 돈 아님", "문의는 044-202-7114로 하면 된다.", "044-202-7114", "MONEY"},
	{"관객 만", "이 영화는 관객 500만을 넘겼다.", "500만", "MONEY"},
	{"백대 기업", "국내 100대 기업의 절반이 참여했다.", "100대", "QUANTITY"},
	{"사대 강국", "정부는 4대 강국 외교를 강화한다.", "4대", "QUANTITY"},
	{"한편", "한편 시는 대책을 내놨다.", "한편", "QUANTITY"},
	{"세명대", "세명대 연구팀이 결과를 발표했다.", "세명", "QUANTITY"},
	{"세배", "설날 아침 세배를 드렸다.", "세배", "QUANTITY"},
	{"기간 개월 동안 수량", "공사는 6개월 동안 진행된다.", "6개월", "QUANTITY"},
}

func runValueCases(t *testing.T, cases []valueCase) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.typ+"/"+c.name, func(t *testing.T) {
			if !strings.Contains(c.text, c.span) {
				t.Fatalf("span %q not in %q", c.span, c.text)
			}
			d, err := extractNoPanic(x, c.text)
			if err != nil {
				t.Fatal(err)
			}
			checkValueOffsets(t, d)
			e := entityWithMention(d, c.span)
			if e == nil {
				t.Fatalf("%q: no entity with the mention %q; got %s", c.text, c.span, listEntities(d))
			}
			if e.Type != c.typ {
				t.Fatalf("%q: %q is %s; want %s", c.text, c.span, e.Type, c.typ)
			}
			got := e.ValueFields
			if c.want.Direction == "" {
				got.Direction = ""
			}
			if g, w := fmtFields(got), fmtFields(c.want); g != w {
				t.Errorf("%q: %s %q\n got %s\nwant %s", c.text, c.typ, c.span, g, w)
			}
		})
	}
}

func TestValuesMoney(t *testing.T)    { runValueCases(t, moneyCases) }
func TestValuesPercent(t *testing.T)  { runValueCases(t, percentCases) }
func TestValuesQuantity(t *testing.T) { runValueCases(t, quantityCases) }
func TestValuesDate(t *testing.T)     { runValueCases(t, dateCases) }
func TestValuesTime(t *testing.T)     { runValueCases(t, timeCases) }

func TestValuesAbsent(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range absentCases {
		t.Run(c.typ+"/"+c.name, func(t *testing.T) {
			b := strings.Index(c.text, c.span)
			if b < 0 {
				t.Fatalf("span %q not in %q", c.span, c.text)
			}
			start := utf8.RuneCountInString(c.text[:b])
			end := start + utf8.RuneCountInString(c.span)
			d, err := extractNoPanic(x, c.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Entities {
				if e.Type != c.typ {
					continue
				}
				for _, m := range e.Mentions {
					if m.Start < end && start < m.End {
						t.Errorf("%q: %s %q found in %q; want none", c.text, c.typ, m.Text, c.span)
					}
				}
			}
		})
	}
}

// TestValuesJSONExact checks that large amounts and small fractions print
// as plain decimals in the JSON output, never in exponent form.
func TestValuesJSONExact(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(context.Background(), Input{
		Text:      "정부는 2조1955억원을 편성하고 지원 한도를 16.8조원으로 늘렸다. 금리는 0.25%p 내렸고, 사업비는 2조~3조원이다.",
		Published: "2025-09-04",
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"value":2195500000000`, `"value":16800000000000`, `"value":0.25`,
		`"min":2000000000000`, `"max":3000000000000`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	if strings.Contains(s, "e+") || strings.Contains(s, "e-0") {
		t.Errorf("exponent form in the JSON output: %s", s)
	}
}

// extractNoPanic runs the extractor on text published on 2025-09-04 and
// turns a panic into an error, so that one bad case does not stop the rest.
func extractNoPanic(x *Extractor, text string) (d *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return x.Extract(context.Background(), Input{Text: text, Published: "2025-09-04"})
}

func entityWithMention(d *Document, span string) *Entity {
	for i := range d.Entities {
		for _, m := range d.Entities[i].Mentions {
			if m.Text == span {
				return &d.Entities[i]
			}
		}
	}
	return nil
}

func listEntities(d *Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		texts := []string{}
		for _, m := range e.Mentions {
			texts = append(texts, m.Text)
		}
		fmt.Fprintf(&b, "\n  %s %q %s", e.Type, texts, fmtFields(e.ValueFields))
	}
	return b.String()
}

func fmtFields(f ValueFields) string {
	b, _ := json.Marshal(f)
	return string(b)
}

func checkValueOffsets(t *testing.T, d *Document) {
	t.Helper()
	runes := []rune(d.Doc.Text)
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("mention %q at %d:%d does not match the text", m.Text, m.Start, m.End)
			}
		}
	}
}

// TestKindedValuesAreNoArguments checks that a duration is an entity but
// never an event's date: 5년간 says how long, not when.
func TestKindedValuesAreNoArguments(t *testing.T) {
	x := newExtractor(t)
	d, err := x.Extract(context.Background(), Input{Text: "경기도는 5년간 청년 주거 지원에 1조원을 투입한다.", Published: "2025-09-04"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range d.Entities {
		if e.Type == "DURATION" && e.Kind == "duration" && e.Value == "P5Y" {
			found = true
		}
	}
	if !found {
		t.Errorf("no DURATION entity P5Y in %+v", d.Entities)
	}
	if len(d.Events) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range d.Events {
		for role, args := range ev.Args {
			for _, a := range args {
				if a.Kind != "" {
					t.Errorf("%s event: %s argument %q has kind %q", ev.Type, role, a.Text, a.Kind)
				}
			}
		}
	}
}

// TestBoxFloat checks that boxFloat boxes the float it is given, -0, NaN,
// the infinities and numbers past smallFloats included.
func TestBoxFloat(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, 2.5, 1023, 1024, -1, 1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(), 0.1, 7} {
		got, ok := boxFloat(f).(float64)
		if !ok || math.Float64bits(got) != math.Float64bits(f) {
			t.Errorf("boxFloat(%v) = %v", f, got)
		}
	}
}
