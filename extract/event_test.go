package extract

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// eventCase is one sentence (or short text) and the event it must or must
// not produce.
type eventCase struct {
	name string
	text string
	typ  string
	want map[string][]string // role -> names or texts that must be among its args ("" entries: role must be filled)
	none bool                // the text must produce no event of typ
	not  map[string][]string // role -> names or texts that must not be among its args
}

func argStrings(as []Arg) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Text, a.Name)
		if s, ok := a.Value.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func runEventCases(t *testing.T, cases []eventCase) {
	x := newExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Extract(context.Background(), Input{Text: c.text, Published: "2025-09-04"})
			if err != nil {
				t.Fatal(err)
			}
			var found *Event
			for i, v := range d.Events {
				if v.Type == c.typ {
					found = &d.Events[i]
					break
				}
			}
			if c.none {
				if found != nil {
					t.Fatalf("unexpected %s event: %+v", c.typ, found.Args)
				}
				return
			}
			if found == nil {
				t.Fatalf("no %s event in %q (events: %+v)", c.typ, c.text, d.Events)
			}
			for role, wants := range c.want {
				got := argStrings(found.Args[role])
				for _, w := range wants {
					ok := false
					for _, g := range got {
						if g == w || (w == "" && g != "") {
							ok = true
						}
					}
					if !ok {
						t.Errorf("role %s: want %q among %q", role, w, got)
					}
				}
			}
			for role, nots := range c.not {
				got := argStrings(found.Args[role])
				for _, w := range nots {
					if slices.Contains(got, w) {
						t.Errorf("role %s: %q must not be among %q", role, w, got)
					}
				}
			}
		})
	}
}

func TestEventsCore(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "meeting held with organizer, date, place and name",
			text: "행정안전부는 4일 세종시 정부세종청사에서 '지방소멸 대응 전략 회의'를 개최했다.", typ: "meeting",
			want: map[string][]string{"organizer": {"행정안전부"}, "date": {"2025-09-04"}, "name": {"지방소멸 대응 전략 회의"}}},
		{name: "meeting in the passive",
			text: "탄소중립 정책 토론회가 2일 국회에서 열렸다.", typ: "meeting", want: map[string][]string{"date": {"2025-09-02"}}},
		{name: "no meeting without an event noun",
			text: "그는 문을 열고 들어왔다.", typ: "meeting", none: true},
		{name: "cancelled meeting",
			text: "환경부는 기후 포럼을 열 계획이었으나 일정이 무산됐다.", typ: "meeting", none: true},
		{name: "agreement between two named parties",
			text: "한국전력공사와 서울대학교는 3일 에너지 신기술 공동연구 업무협약을 체결했다.", typ: "agreement",
			want: map[string][]string{"party": {"한국전력공사", "서울대학교"}, "date": {"2025-09-03"}}},
		{name: "agreement with a partner marked by 과",
			text: "국토교통부는 한국토지주택공사와 주택 공급 협약을 맺었다.", typ: "agreement",
			want: map[string][]string{"party": {"국토교통부", "한국토지주택공사"}}},
		{name: "regions listed with 등 … 과 join an agreement as its places",
			text: "경상남도는 4일 통영, 거제, 남해 등 3개 시군과 함께 해양관광 협약을 체결했다.", typ: "agreement",
			want: map[string][]string{"place": {"통영", "거제", "남해"}}},
		{name: "agreement not signed",
			text: "두 회사는 끝내 협약을 체결하지 못했다.", typ: "agreement", none: true},
		{name: "investment by a company written with ㈜ after its name",
			text: "새봄식품㈜은 진천 산업단지에 120억원을 투자해 공장을 짓는다.", typ: "investment",
			want: map[string][]string{"agent": {"새봄식품"}, "amount": {"120억원"}}},
		{name: "partners with a person whose title follows an organisation",
			text: "정부는 윤가람 외교부 장관과 한빛 대사가 참석한 가운데 포럼을 열었다.", typ: "meeting",
			want: map[string][]string{"participant": {"윤가람"}}},
		{name: "subject whose title follows an organisation",
			text: "윤가람 외교부 장관과 한빛재단은 협약을 체결했다.", typ: "agreement",
			want: map[string][]string{"party": {"한빛재단"}}},
		{name: "the two parties named before, as 두 기관",
			text: "한국도로공사와 서울대학교가 공동연구를 시작했다. 두 기관은 5일 연구센터 설립 협약을 체결했다.", typ: "agreement",
			want: map[string][]string{"party": {"한국도로공사", "서울대학교", "두 기관"}}},
		{name: "funding in a headline that ends on the noun",
			text: "중소벤처기업부, 창업기업 500곳에 최대 1억원 지원\n\n본문이 이어진다.", typ: "funding",
			want: map[string][]string{"agent": {"중소벤처기업부"}, "amount": {"1억원"}}},
		{name: "no funding from a headline without an amount",
			text: "정부, 청년 창업 지원\n\n본문이 이어진다.", typ: "funding", none: true},
		{name: "budget drawn up with amount, change and fiscal year",
			text: "보건복지부는 내년도 예산에 올해보다 8.2% 늘어난 125조원을 편성했다.", typ: "budget",
			want: map[string][]string{"agent": {"보건복지부"}, "amount": {"125조원"}, "change": {"8.2%"}, "fiscal_year": {"2026"}}},
		{name: "budget word without a budget action",
			text: "예산 문제는 다음 달 다시 논의된다.", typ: "budget", none: true},
		{name: "statement with speaker and quote",
			text: "김하늘 환경부 장관은 \"폐기물 감축 목표를 반드시 지키겠다\"고 말했다.", typ: "statement",
			want: map[string][]string{"speaker": {"김하늘"}, "quote": {"폐기물 감축 목표를 반드시 지키겠다"}}},
		{name: "no statement without a named speaker",
			text: "업계에서는 \"규제가 너무 많다\"는 불만이 나왔다.", typ: "statement", none: true},
	})
}

func TestEventsOtherTypes(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "policy announced", text: "고용노동부는 3일 청년 일자리 종합대책을 발표했다.", typ: "policy",
			want: map[string][]string{"agent": {"고용노동부"}, "date": {"2025-09-03"}}},
		{name: "a policy named with 라는", text: "국토교통부는 3일 내집마련디딤돌이라는 지원 사업을 발표했다.", typ: "policy",
			want: map[string][]string{"name": {"내집마련디딤돌"}}},
		{name: "policy still planned", text: "교육부는 내년부터 늘봄학교 확대 방안을 추진할 예정이다.", typ: "policy",
			want: map[string][]string{"agent": {"교육부"}}},
		{name: "no policy from a plan word alone", text: "계획은 아직 알려지지 않았다.", typ: "policy", none: true},
		{name: "appointment", text: "대통령은 2일 박서윤 국토교통부 차관을 임명했다.", typ: "appointment",
			want: map[string][]string{"person": {"박서윤"}, "org": {"국토교통부"}}},
		{name: "ministers appointed in a list, each with a ministry", text: "대통령은 안도윤 국방·주하린 통일·백승재 환경·이서진 교육부 장관을 임명했다.", typ: "appointment",
			want: map[string][]string{"person": {"안도윤", "주하린", "백승재", "이서진"}, "org": {"국방", "통일", "환경", "교육부"}}},
		{name: "no appointment without a person", text: "후보자 지명 절차가 늦어지고 있다.", typ: "appointment", none: true},
		{name: "legislation passed", text: "국회는 1일 본회의를 열어 전세사기 특별법 개정안을 가결했다.", typ: "legislation",
			want: map[string][]string{"agent": {"국회"}, "date": {"2025-09-01"}}},
		{name: "a bill's noun alone is no legislation event", text: "개정안은 세 가지 내용을 담고 있다.", typ: "legislation", none: true},
		{name: "visit", text: "최하준 외교부 장관이 2일 베트남을 방문했다.", typ: "visit",
			want: map[string][]string{"visitor": {"최하준"}, "place": {"베트남"}}},
		{name: "a visit in a modifier belongs to the name it modifies",
			text: "한빛나 시장은 2일 시청에 도착한 최하준 장관을 맞았다.", typ: "visit", none: true},
		{name: "no visit without a visitor", text: "관광객 방문이 늘었다.", typ: "visit", none: true},
		{name: "launch of a centre", text: "성남시는 2일 판교에 창업지원센터를 개소했다.", typ: "launch",
			want: map[string][]string{"agent": {"성남시"}}},
		{name: "a factory built is no launch", text: "한빛화학은 울산에 공장을 신설한다.", typ: "launch", none: true},
		{name: "investment", text: "세림전자는 구미에 500억원을 투자한다.", typ: "investment",
			want: map[string][]string{"agent": {"세림전자"}, "amount": {"500억원"}}},
		{name: "funding", text: "해양수산부는 어업인 지원에 300억원을 투입한다.", typ: "funding",
			want: map[string][]string{"agent": {"해양수산부"}, "amount": {"300억원"}}},
	})
}

func TestEventsReporterIsNeverAgent(t *testing.T) {
	x := newExtractor(t)
	d, err := x.Extract(context.Background(), Input{Text: "김민지 기자는 \"현장은 조용했다\"고 전했다.", Published: "2025-09-04"})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range d.Events {
		for _, a := range v.Args["speaker"] {
			if strings.Contains(a.Text, "김민지") {
				t.Errorf("the reporter is a speaker: %+v", v)
			}
		}
	}
}

// The Extractor is shared by goroutines (dashboards, -j workers): results
// must be the same as alone.
func TestConcurrentUse(t *testing.T) {
	x := newExtractor(t)
	text := "중소벤처기업부는 4일 내년도 예산으로 2조1955억원을 편성했다. 한성숙 장관은 \"집중하겠다\"고 말했다."
	want, err := x.Extract(context.Background(), Input{Text: text, Published: "2025-09-04"})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				d, err := x.Extract(context.Background(), Input{Text: text, Published: "2025-09-04"})
				if err != nil || len(d.Entities) != len(want.Entities) || len(d.Events) != len(want.Events) {
					errs <- "different result under concurrency"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

// TestWordSetAsContains checks that a wordSet asked at every rune finds
// exactly the words strings.Contains finds, with words that share a first rune, overlap,
// start inside another word, and texts with invalid UTF-8.
func TestWordSetAsContains(t *testing.T) {
	words := []string{"취소", "취소됐", "무산", "산업", "않았", "못했", "MOU", "U+", "", "개최", "최종"}
	ws := newWordSet()
	for _, w := range words {
		ws.add(w)
	}
	if ws.add("무산") != 2 {
		t.Fatal("a word added twice must keep its id")
	}
	texts := []string{
		"", "행사가 취소됐다", "협상은 끝내 무산됐다", "산업부는 회의를 개최했다", "최종 합의에 이르지 못했다",
		"양사가 MOU를 맺었다", "MO", "U+2000 문자", "\xed\x95취소\xff무산", "개최최종", "않았다고 밝혔다",
	}
	for _, s := range texts {
		found := make([]uint64, 1)
		var at []wordAt // every rune: findAt turns away those that start no word
		for i := 0; i < len(s); {
			r, n := lex.Decode(s, i)
			next := rune(-1)
			if i+n < len(s) {
				next, _ = lex.Decode(s, i+n)
			}
			at = append(at, wordAt{i, r, next, true})
			i += n
		}
		ws.findAt(s, len(s), at, found)
		for id, w := range ws.words {
			got := found[id>>6]&(1<<(id&63)) != 0
			if want := strings.Contains(s, w); got != want {
				t.Errorf("find(%q) word %q: got %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestEventsEarlierHappening: a happening named only as the time after
// which, or as the object of a clause about something else, gives no event
// and lends the event no values.
func TestEventsEarlierHappening(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "values of a clause closed by 후 belong to the earlier agreement",
			text: "한빛식품은 2021년 3월 50억원 규모의 협약을 맺은 후, 같은 부지에 공장을 새로 짓기 위해 투자한다.", typ: "investment",
			want: map[string][]string{"agent": {"한빛식품"}},
			not:  map[string][]string{"amount": {"50억원"}, "date": {"2021-03"}}},
		{name: "values after the 뒤 clause are the event's",
			text: "누리전자는 지난해 협약을 체결한 뒤 청주 산업단지에 80억원을 투자한다.", typ: "investment",
			want: map[string][]string{"agent": {"누리전자"}, "amount": {"80억원"}},
			not:  map[string][]string{"date": {"2024"}}},
		{name: "the day of the sentence stays before 뒤",
			text: "김하늘 시장은 2일 개막식을 마친 뒤 세종시를 방문했다.", typ: "visit",
			want: map[string][]string{"visitor": {"김하늘"}, "date": {"2025-09-02"}}},
		{name: "a place written with 뒤 is no clause",
			text: "누리전자는 청사 뒤 부지에 2일 80억원을 투자했다.", typ: "investment",
			want: map[string][]string{"amount": {"80억원"}, "date": {"2025-09-02"}}},
		{name: "a visit named as a point in time",
			text: "정상이 이 광장을 찾은 것은 지난 3월 프랑스 대통령의 방한 이후 처음이다.", typ: "visit", none: true},
		{name: "a centre's opening named as a point in time",
			text: "한빛문화센터는 개관 이래 관람객 10만명을 맞았다.", typ: "launch", none: true},
		{name: "a visit as the object of a modifier clause",
			text: "이어 시청 광장에서 마크롱 대통령 방한을 환영하는 만찬이 열렸다.", typ: "visit", none: true},
		{name: "a visit as the object of the sentence's verb stays",
			text: "마크롱 대통령은 3일 방한을 시작했다.", typ: "visit",
			want: map[string][]string{"visitor": {"마크롱"}}},
	})
}

// TestEventsFormerAndUnnamed: an organisation written as a former post is
// not the appointment's, and a person known only by surname and title, or
// their side, is not quoted as a named person.
func TestEventsFormerAndUnnamed(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a former post is not the appointment's organisation",
			text: "한빛전자는 새 대표로 이정민 전 삼성전자 사장을 영입했다.", typ: "appointment",
			want: map[string][]string{"person": {"이정민"}},
			not:  map[string][]string{"org": {"삼성전자"}}},
		{name: "a present post stays the appointment's organisation",
			text: "대통령은 3일 최하준 국토교통부 장관에 대한 임명안을 재가했다.", typ: "appointment",
			want: map[string][]string{"person": {"최하준"}, "org": {"국토교통부"}}},
		{name: "a person's side is not the person quoted",
			text: "김하늘 회장 측은 \"재단 설립을 마쳤다\"고 밝혔다.", typ: "statement", none: true},
		{name: "a surname and title alone is no named speaker",
			text: "박 회장은 \"재단 설립을 마쳤다\"고 밝혔다.", typ: "statement", none: true},
		{name: "a surname linked to the full name is named",
			text: "박하늘 회장은 4일 기자들과 만났다. 박 회장은 \"재단 설립을 마쳤다\"고 밝혔다.", typ: "statement",
			want: map[string][]string{"speaker": {"박하늘"}}},
	})
}

// TestEventsBillContent: a sentence about what a bill provides reports no
// meeting or funding, only the bill.
func TestEventsBillContent(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a bill that has committees meet",
			text: "개정안은 매달 첫째 주에 소위원회를 열고 공청회를 개최하도록 했다.", typ: "meeting", none: true},
		{name: "a bill that has the state fund",
			text: "법안은 국가가 지방자치단체에 매년 500억원을 지원하도록 했다.", typ: "funding", none: true},
		{name: "a committee that meets is a meeting",
			text: "국토교통위원회는 4일 소위원회를 열고 공청회를 개최했다.", typ: "meeting",
			want: map[string][]string{"organizer": {"국토교통위원회"}}},
	})
}

// TestEventsCountedParties: an agreement with companies counted but not
// named takes as parties the companies that the next sentences name as
// the subjects of their parts.
func TestEventsCountedParties(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "companies named after the agreement that counts them",
			text: "경상북도는 2일 구미, 포항 등 2개 시와 함께 3개 기업과 150억원 규모의 투자협약을 체결했다. " +
				"협약에 따라 ㈜한빛소재는 구미 국가산업단지에 60억원을 투자해 공장을 신설한다. " +
				"날씨는 맑았다. 새봄식품은 포항 블루밸리산업단지에 50억원을 투자해 공장을 증설한다. " +
				"누리화학은 40억원을 투자해 연구소를 짓는다.", typ: "agreement",
			want: map[string][]string{"party": {"경상북도", "한빛소재", "새봄식품", "누리화학"}}},
		{name: "no more parties than counted",
			text: "구미시는 2개 기업과 투자협약을 체결했다. 새봄식품은 60억원을 투자한다. 누리화학은 40억원을 투자한다. " +
				"산업통상자원부는 내년 예산에 100억원을 편성했다.", typ: "agreement",
			want: map[string][]string{"party": {"구미시", "새봄식품", "누리화학"}},
			not:  map[string][]string{"party": {"산업통상자원부"}}},
		{name: "an agreement with its partner named takes none after it",
			text: "구미시는 새봄식품과 투자협약을 체결했다. 누리화학은 40억원을 투자한다.", typ: "agreement",
			want: map[string][]string{"party": {"구미시", "새봄식품"}},
			not:  map[string][]string{"party": {"누리화학"}}},
	})
	if n := countedPartners("4개 기업과 협약", []sentMention{{Mention: &ner.Mention{Label: ner.QUANTITY, Start: 0, End: len("4개"), Value: &ner.Value{Num: ptr(4.0), Unit: "개"}}}}); n != 4 {
		t.Errorf("countedPartners: got %d, want 4", n)
	}
	for _, s := range []string{"4개 시군과 협력해", "4개 기업이"} {
		m := sentMention{Mention: &ner.Mention{Label: ner.QUANTITY, Start: 0, End: len("4개"), Value: &ner.Value{Num: ptr(4.0), Unit: "개"}}}
		if n := countedPartners(s, []sentMention{m}); n != 0 {
			t.Errorf("countedPartners(%q): got %d, want 0", s, n)
		}
	}
}

// TestEventsHeadsInBrackets: bodies listed with their heads in brackets
// (산림청(청장 김하늘)과 …은) are all the subject.
func TestEventsHeadsInBrackets(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "both bodies of a list with heads in brackets",
			text: "산림청(청장 김하늘)과 한국임업진흥원(원장 박바다)은 숲가꾸기 사업의 추경 예산이 120억원 편성되면서 4일 공고를 냈다.", typ: "budget",
			want: map[string][]string{"agent": {"산림청", "한국임업진흥원"}},
			not:  map[string][]string{"agent": {"김하늘", "박바다"}}},
	})
}

// TestEventsLeadDate: a meeting or visit of the headline or right after
// the lead takes the day the lead gives, when it has none of its own.
func TestEventsLeadDate(t *testing.T) {
	lead := "이재명 대통령, 시진핑 주석과 회담 시작\n\n이 기사를 공유합니다\n\n" +
		"이재명 대통령과 시진핑 국가주석이 1일 경주 화백컨벤션센터에서 열린 환영식에서 악수하고 있다. [사진=연합]\n\n" +
		"국빈 방한한 시진핑 국가주석이 경주 화백컨벤션센터에 도착했다.\n\n"
	runEventCases(t, []eventCase{
		{name: "the headline's meeting takes the lead's day",
			text: lead, typ: "meeting", want: map[string][]string{"date": {"2025-09-01"}}},
		{name: "a visit right after the lead takes its day",
			text: lead, typ: "visit", want: map[string][]string{"date": {"2025-09-01"}}},
		{name: "a visit far from the lead takes none",
			text: "한빛시는 1일 축제를 열었다. 관객이 많았다. 날이 맑았다. 비는 없었다. 바람도 약했다. 김하늘 장관이 시청에 도착했다.",
			typ:  "visit", not: map[string][]string{"date": {"2025-09-01"}}},
		{name: "a meeting with a date keeps its own",
			text: "한빛시는 1일 시민들과 만났다. 산업부는 3일 세종에서 간담회를 개최했다.", typ: "meeting",
			want: map[string][]string{"date": {"2025-09-03"}}, not: map[string][]string{"date": {"2025-09-01"}}},
	})
}

// TestEventsAimAndSameThing: a happening written as an aim (…를 위해) is
// none; a launch named in the headline and reported later with the centre
// as subject is one event, without the year of an earlier clause.
func TestEventsAimAndSameThing(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an investment written as the aim of a fair",
			text: "한빛시는 투자 유치를 위해 4일 박람회를 개최했다.", typ: "investment", none: true},
		{name: "a meeting as the aim of a visit",
			text: "김하늘 장관은 회담 개최를 위한 준비를 점검했다.", typ: "meeting", none: true},
	})
	x := newExtractor(t)
	d, err := x.Extract(context.Background(), Input{Published: "2025-09-04",
		Text: "김해시, '새봄문화센터' 개관\n\n새봄문화센터는 주민 편의를 위해 지어졌다.\n\n" +
			"새봄문화센터는 2022년부터 국비 30억원을 들여 광장 조성 사업을 추진했으며, 이번에 새봄문화센터를 개관했다.\n"})
	if err != nil {
		t.Fatal(err)
	}
	var launches []Event
	for _, e := range d.Events {
		if e.Type == "launch" {
			launches = append(launches, e)
		}
	}
	if len(launches) != 1 {
		t.Fatalf("want one launch, got %+v", launches)
	}
	if got := argStrings(launches[0].Args["agent"]); !slices.Contains(got, "새봄문화센터") || !slices.Contains(got, "김해시") {
		t.Errorf("the launch's agents: want the centre and the city, got %q", got)
	}
	if got := argStrings(launches[0].Args["date"]); slices.Contains(got, "2022") {
		t.Errorf("the launch took the year of the earlier clause: %q", got)
	}
}

func ptr[T any](v T) *T { return &v }

// TestEventsAppointmentTwoDays: a list of appointments made on two days
// gives both.
func TestEventsAppointmentTwoDays(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "two days of a list of appointments",
			text: "대통령은 지난 2일 최하준 국토교통부 장관에 대한 임명안을 재가한 데 이어 전날 김하늘 해양수산부 장관에 대한 임명안을 재가했다.",
			typ:  "appointment",
			want: map[string][]string{"person": {"최하준", "김하늘"}, "date": {"2025-09-02", "2025-09-03"}}},
	})
}
