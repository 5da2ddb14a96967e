package page

import (
	"slices"
	"strings"
	"testing"
)

// TestSignedLine: a line that ends the last paragraph with the reporter's
// byline glued on is article text with a byline, whatever the separator;
// a caption with a credit, a sentence that names a reporter and a bare
// byline are not.
func TestSignedLine(t *testing.T) {
	tests := []struct {
		line string
		want lineClass
	}{
		{"시의회는 다음 달 임시회를 열어 조례 개정안을 심의할 계획이다./나은솔 기자", lcSigned},
		{"시의회는 다음 달 임시회를 열어 조례 개정안을 심의할 계획이다. 나은솔 기자", lcSigned},
		{"시의회는 다음 달 임시회를 열어 조례 개정안을 심의할 계획이다.(나은솔 기자)", lcSigned},
		{"시의회는 다음 달 임시회를 열어 조례 개정안을 심의할 계획이다. [나은솔 기자]", lcSigned},
		{"시의회는 다음 달 임시회를 열어 조례 개정안을 심의할 계획이다. /나은솔 기자 eunsol@example.kr", lcSigned},
		{"시의회는 다음 달 임시회를 열어 조례 개정안을 심의할 계획이다. eunsol@example.kr", lcSigned},
		{"위원장은 \"주민 의견을 끝까지 듣겠다\"고 말했다. 춘천=나은솔·한결 기자", lcSigned},
		{"조합 측은 \"협상은 이번 주가 고비\"라고 말했다.” /나은솔 특파원", lcSigned},
		// captions stay captions
		{"참석자들이 개소식에서 테이프를 자르고 있다./나은솔 기자", lcCaption},
		{"시민들이 새로 문을 연 도서관을 둘러보는 모습./나은솔 기자", lcCaption},
		{"구청장이 주민 간담회에서 인사말을 하고 있다. /사진=나은솔 기자", lcCaption},
		{"군수가 지역 특산물 판매장을 찾아 상인들과 대화를 나눴다. /사진 제공=예시군", lcCaption},
		// a sentence that ends with its own period, bylines (a short text before
		// the name is a byline's rest)
		{"나은솔 기자는 현장에서 주민들의 이야기를 들었다고 전했다.", lcSentence},
		{"춘천=나은솔 기자 eunsol@example.kr", lcByline},
		{"짧은 문장이다./나은솔 기자", lcByline},
	}
	for _, tc := range tests {
		if got := classify(fold(tc.line), false); got != tc.want {
			t.Errorf("classify(%q) = %d; want %d", tc.line, got, tc.want)
		}
	}
}

// dumpWith is a scraped page around paragraphs: menus, a headline, an 입력
// line, then the paragraphs, then a copyright line and other headlines.
func dumpWith(paras ...string) string {
	return strings.Join(append(append([]string{"홈", "정치", "경제", "사회", "지역",
		"도의회, 내년 예산안 심사 착수", "입력 2025.10.14 10:20 수정 2025.10.14 11:05"}, paras...),
		"저작권자 © 예시일보 무단전재 및 재배포 금지", "많이 본 뉴스", "도청 앞 광장 새 단장", "가을 축제 개막"), "\n")
}

// TestSignedDump: the last paragraph of a dump keeps its sentence when the
// byline is glued on, and the byline still names the reporter, on a line of
// its own after the sentence.
func TestSignedDump(t *testing.T) {
	paras := []string{
		"도의회는 14일 상임위원회를 열고 내년도 본예산안에 대한 심사에 들어갔다.",
		"이번 예산안은 올해보다 4.2% 늘어난 규모로, 복지와 교통 분야 사업이 크게 늘었다.",
	}
	tests := []struct {
		last, sentence, byline string
		reporters              []string
	}{
		{"심사는 다음 달 초까지 이어지며 본회의 의결은 12월 중순으로 예정돼 있다./한가람 기자",
			"심사는 다음 달 초까지 이어지며 본회의 의결은 12월 중순으로 예정돼 있다.", "한가람 기자", []string{"한가람"}},
		{"도의회는 각 상임위의 심사 결과를 모아 예결특위로 넘길 예정이다. (춘천=한가람 기자)",
			"도의회는 각 상임위의 심사 결과를 모아 예결특위로 넘길 예정이다.", "(춘천=한가람 기자)", []string{"한가람"}},
		{"도의회는 각 상임위의 심사 결과를 모아 예결특위로 넘길 예정이다. 한가람·두리안 기자 garam@example.kr",
			"도의회는 각 상임위의 심사 결과를 모아 예결특위로 넘길 예정이다.", "한가람·두리안 기자 garam@example.kr", []string{"한가람", "두리안"}},
		// a caption's shape, right after the last paragraph: the end of the article
		{"도의회는 이번 심사에서 선심성 사업을 집중적으로 따져볼 방침을 세우고 있다./한가람 기자",
			"도의회는 이번 심사에서 선심성 사업을 집중적으로 따져볼 방침을 세우고 있다.", "한가람 기자", []string{"한가람"}},
	}
	for _, tc := range tests {
		p, err := FromText(dumpWith(append(paras[:2:2], tc.last)...))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Join(append(paras[:2:2], tc.sentence, tc.byline), "\n")
		if p.Layout != "text-dump" || p.Body != want {
			t.Errorf("%q: layout %s, body\n%s\nwant\n%s", tc.last, p.Layout, p.Body, want)
		}
		if !slices.Equal(p.Reporters, tc.reporters) {
			t.Errorf("%q: reporters %q; want %q", tc.last, p.Reporters, tc.reporters)
		}
		if len(p.Warnings) > 0 {
			t.Errorf("%q: warnings %q", tc.last, p.Warnings)
		}
	}
	// A caption with its credit before or inside the article stays out.
	caption := "도의원들이 상임위원회 회의실에서 예산안 설명을 듣고 있다./한가람 기자"
	p, _ := FromText(dumpWith(caption, paras[0], caption+" ", paras[1]))
	if want := strings.Join(paras, "\n"); p.Body != want {
		t.Errorf("captions: body\n%s\nwant\n%s", p.Body, want)
	}
}

// TestDumpLeftOut: sentence lines left out of the body are said when they
// are several and a good share of all of them (joined articles), not for a
// page's teaser or survey line.
func TestDumpLeftOut(t *testing.T) {
	one := dumpWith(
		"군은 올해 하반기 귀농 정착 지원 대상자 40가구를 선정했다고 15일 밝혔다.",
		"선정된 가구에는 주택 수리비와 영농 자재 구입비가 최대 1천만원까지 지원된다.",
		"군 관계자는 \"귀농 가구가 지역에 뿌리내리도록 돕겠다\"고 말했다.",
		"이 기사에 대해 어떻게 생각하시나요?")
	p, _ := FromText(one)
	if len(p.Warnings) > 0 {
		t.Errorf("one article: warnings %q", p.Warnings)
	}
	other := []string{
		"시는 노후 상수관 교체 공사를 다음 달부터 시작한다고 밝혔다.",
		"공사 구간은 시내 중심가 3.5km로, 야간에만 작업해 교통 불편을 줄인다.",
		"시는 공사 기간 단수 예정 지역에 미리 문자로 알릴 계획이라고 설명했다.",
		"사업비 52억원은 국비와 시비로 절반씩 마련했다고 시 관계자는 말했다.",
		"시는 내년에는 외곽 지역의 노후관도 차례로 바꿀 예정이다.",
	}
	joined := one + "\n\n" + dumpWith(other...)
	p, _ = FromText(joined)
	want := "text dump: 4 lines that read like article sentences were left out of the body (other articles or page furniture)"
	if !slices.Contains(p.Warnings, want) {
		t.Errorf("two articles: warnings %q; want %q", p.Warnings, want)
	}
}

// TestSignedParagraphInPage: in a page as in a dump, the last paragraph
// with the byline glued on keeps its sentence, and the byline follows it
// on a line of its own.
func TestSignedParagraphInPage(t *testing.T) {
	page := "<html><body><article>" +
		"<p>국토교통부는 올해 도로 보수 예산을 지난해보다 늘려 편성했다고 설명했다. 보수 대상은 전국의 국도 가운데 오래된 구간이다.</p>" +
		"<p>지방자치단체들은 사업 신청서를 이달 말까지 내야 한다. 국토부는 신청 구간의 교통량과 사고 기록을 함께 살핀다.</p>" +
		"<p>올해 예산은 지난해보다 12% 늘었다. 늘어난 예산의 절반은 교량 보강에 쓰인다.</p>" +
		"<p>국토부는 다음 달까지 사업 대상 지역을 모두 확정할 계획이다./임꺽정 기자</p></article></body></html>"
	p, err := FromHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Body, "모두 확정할 계획이다.\n임꺽정 기자") {
		t.Errorf("body ends %q; want the last sentence, then the byline", p.Body[max(0, len(p.Body)-120):])
	}
}
