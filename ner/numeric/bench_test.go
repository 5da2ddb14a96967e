package numeric

import (
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner/internal/cputime"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// benchText is a made-up news article in the style of Korean policy news.
const benchText = `정부가 내년도 중소기업 지원 예산으로 총 3조4천억원을 편성했다. 올해 본예산 2조9870억원보다 약 13.8% 늘어난 규모다.
산업통상부는 9일 정부세종청사에서 브리핑을 열고 "수출 기업 1만2천 곳을 대상으로 물류비를 최대 500만원까지 지원하겠다"고 밝혔다.
지원 대상은 지난해 매출 1,200억원 이하 기업으로, 신청 기업 수는 전년 대비 21% 증가한 4,350개사로 집계됐다.
이번 계획에 따라 지역 거점 센터 17곳이 새로 문을 연다. 센터당 운영비는 연간 12억5천만원 안팎이며, 국비와 지방비가 절반씩 부담한다.
한편 해외 투자 유치 실적은 상반기 기준 미화 38억 달러로, 1년 전보다 4.2%p 낮아졌다. 유럽연합(EU)과의 협력 사업에는 3.5억 유로가 배정됐다.
부산항의 컨테이너 처리량은 1,980만TEU로 역대 최대를 기록했고, 선박 42척이 추가로 투입된다. 물동량은 약 4천300t 수준이다.
간담회에는 기업인 200여 명과 관계부처 공무원 30명이 참석했다. 참석자들은 금리 인하 폭이 0.25%포인트에 그쳐 체감 효과가 작다고 지적했다.
시는 2026년까지 공공임대주택 2만5천 가구를 공급하고, 청년 가구에는 월 20만 원의 주거비를 지급한다. 문의는 콜센터(1588-0000)로 하면 된다.
이 사업의 총사업비는 4,870억 원이며 이 가운데 1,460억 원은 민간 자본으로 조달한다. 사업 기간은 3년이다.
한국은행은 기준금리를 연 3.25%로 유지했다. 소비자물가 상승률은 2~3% 범위에서 움직일 것으로 내다봤다.
환율은 장중 1,384.5원까지 올랐다가 1,379원에 마감했다. 코스피는 1.2% 하락한 2,531.04로 거래를 마쳤다.
수산물 수출액은 3억2천만 달러로 집계됐으며, 김 수출만 1억 달러를 넘어섰다. 일본 수출은 120억 엔 규모다.
도는 올해 두 차례 추경을 통해 1천억원 이상을 추가로 확보했다. 이를 통해 소상공인 5천여 명에게 1인당 100만원씩 지급할 계획이다.
`

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat(benchText, 4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c0 := cputime.Now()
	for b.Loop() {
		Scan(text)
	}
	cputime.Report(b, c0, len(text))
}

func BenchmarkParseNumber(b *testing.B) {
	for b.Loop() {
		ParseNumber("2조1955억")
		ParseNumber("이천칠백삼십오만")
		ParseNumber("27,350,000")
	}
}

// BenchmarkScanNews runs Scan over the article texts of the shared
// development corpus (skipped when it is absent).
func BenchmarkScanNews(b *testing.B) {
	texts := testcorpus.News()
	if texts == nil {
		b.Skip("shared corpus absent")
	}
	testcorpus.Bench(b, texts, func(t string) { Scan(t) })
}
