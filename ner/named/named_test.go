package named

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
	"github.com/kpolicy/kpolicy/rules"
)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	p, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

type want struct {
	label ner.Label
	text  string
	name  string // canonical name; "" means same as text
}

func TestFind(t *testing.T) {
	r := recognizer(t)
	cases := []struct {
		name string
		in   string
		want []want
		not  []string // texts that must not be mentions
	}{
		{"ministry short and full form", "기획재정부는 올해 예산을 확정했고 기재부 관계자는 설명했다.",
			[]want{{ner.ORG, "기획재정부", ""}, {ner.ORG, "기재부", "기획재정부"}}, nil},
		{"particles stripped", "과기정통부에서 발표한 자료와 환경부의 의견",
			[]want{{ner.ORG, "과기정통부", "과학기술정보통신부"}}, []string{"과기정통부에서"}},
		{"no match inside words", "대부분의 참가자가 경기도중 자리를 떴다.", nil, []string{"경기도", "부"}},
		{"international org with acronym", "경제협력개발기구(OECD)는 성장률 전망을 낮췄다.",
			[]want{{ner.ORG, "경제협력개발기구", ""}, {ner.ORG, "OECD", "경제협력개발기구"}}, nil},
		{"org by suffix written apart after a country", "영국 캐번디시 연구소 연구진이 방한했다.",
			[]want{{ner.PLACE, "영국", ""}, {ner.ORG, "캐번디시 연구소", ""}}, nil},
		{"org suffix after a common word is not a name", "관련 연구소와 해당 재단은 답하지 않았다.", nil, []string{"관련 연구소", "해당 재단"}},
		{"university attached", "스탠퍼드대학교 연구팀과 협력한다.", []want{{ner.ORG, "스탠퍼드대학교", ""}}, nil},
		{"person with org and title", "이다은 해양수산부 차관은 현장을 점검했다.",
			[]want{{ner.PERSON, "이다은", ""}, {ner.ORG, "해양수산부", ""}}, nil},
		{"two-syllable name with an organisation before the title", "조연 환경부 장관은 현장을 찾았다.",
			[]want{{ner.PERSON, "조연", ""}, {ner.ORG, "환경부", ""}}, nil},
		{"two-syllable word before a title alone is no name", "방송 기자들이 몰렸다.", nil, []string{"방송"}},
		{"person with attached title", "세종=김도윤기자 dykim@example.com", []want{{ner.PERSON, "김도윤", ""}}, nil},
		{"person found again without title", "박서준 교수는 발표했다. 박서준은 이어 질문에 답했다.",
			[]want{{ner.PERSON, "박서준", ""}, {ner.PERSON, "박서준", ""}}, nil},
		{"surname-and-title back reference", "최민호 국토교통부 장관이 방문했다. 최 장관은 공사 현장을 둘러봤다.",
			[]want{{ner.PERSON, "최민호", ""}, {ner.PERSON, "최", "최민호"}}, nil},
		{"common word before a title is no name", "신임 장관은 이번 회장과 만났다.", nil, []string{"신임", "이번"}},
		{"region chain", "경상북도 포항시에서 행사가 열렸다.", []want{{ner.PLACE, "경상북도 포항시", ""}}, nil},
		{"venue between region and 에서, joined to it", "서울 중구 롯데호텔에서 만찬이 열렸다.", []want{{ner.PLACE, "서울 중구 롯데호텔", ""}}, nil},
		{"country pair", "한·일 정상은 합의했다.", []want{{ner.PLACE, "한", "대한민국"}, {ner.PLACE, "일", "일본"}}, nil},
		{"a province's weak short form before its city", "회의는 경기 성남시에서 열렸다. 경기 결과는 나중에 나왔다.", []want{{ner.PLACE, "경기 성남시", "경기도 성남시"}}, []string{"경기"}},
		{"weak region forms in a list of regions", "도는 광양, 장흥, 곡성, 진도 등 4개 시군과 협약했다. 진도가 빠르다.", []want{{ner.PLACE, "곡성", "전라남도 곡성군"}, {ner.PLACE, "진도", "전라남도 진도군"}}, []string{"진도가"}},
		{"a weak region form before a place word", "공장은 곡성 겸면농공단지에 들어선다.", []want{{ner.PLACE, "곡성 겸면농공단지", ""}}, nil},
		{"a headline opening with a name and a quote", "박서연 “예산을 늘리겠다”\n본문이다.", []want{{ner.PERSON, "박서연", ""}}, nil},
		{"a title and a name in brackets after an organisation", "특허청(청장 김도윤)과 한빛재단(이사장 이수민)은 협약했다.", []want{{ner.PERSON, "김도윤", ""}, {ner.PERSON, "이수민", ""}}, nil},
		{"a leader's name before 정부", "문재인 정부는 출범했다. 한국 정부는 답했다.", []want{{ner.PERSON, "문재인", ""}}, []string{"한국"}},
		{"credits and datelines are no entities", "(서울=연합뉴스) 정부는 발표했다. 세종=김하늘 기자 사진/뉴스1", []want{{ner.PERSON, "김하늘", ""}}, []string{"연합뉴스", "뉴스1", "세종"}},
		{"a building after a region is its own place", "시장은 부산 연제구 부산시청사에서 회의를 열었다.", []want{{ner.PLACE, "부산 연제구", "부산광역시 연제구"}, {ner.PLACE, "부산시청사", ""}}, nil},
		{"a title word is not a name with a title", "한덕수 국무총리는 회의를 열었다.", []want{{ner.PERSON, "한덕수", ""}}, []string{"국무"}},
		{"the word before a prefixed ㈜ is no company", "협약에 따라 ㈜새봄물산은 공장을 짓는다.", []want{{ner.ORG, "새봄물산", ""}}, []string{"따라"}},
		{"company with (주)", "(주)한빛테크와 세림바이오㈜가 손잡았다.", []want{{ner.ORG, "한빛테크", ""}, {ner.ORG, "세림바이오", ""}}, nil},
		{"anonymised people", "경찰은 김모(52)씨와 A씨를 조사했다.", []want{{ner.PERSON, "김", "김씨"}, {ner.PERSON, "A", ""}}, nil},
		{"foreign leader before country and title", "마크 카니 캐나다 총리는 이날 회견을 열었다.", []want{{ner.PERSON, "마크 카니", ""}, {ner.PLACE, "캐나다", ""}}, nil},
		{"no foreign name from a time word", "이날 브라질 대통령은 도착했다.", nil, []string{"이날"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := r.Find(c.in, nil)
			for _, m := range got {
				if c.in[m.Start:m.End] != m.Text {
					t.Fatalf("mention %q at %d:%d does not match the text %q", m.Text, m.Start, m.End, c.in[m.Start:m.End])
				}
			}
			used := make([]bool, len(got))
			for _, w := range c.want {
				found := false
				for i, m := range got {
					if used[i] || m.Label != w.label || m.Text != w.text {
						continue
					}
					name := w.name
					if name == "" {
						name = w.text
					}
					if m.Name != name && !(w.label == ner.PLACE && name == w.text) {
						t.Errorf("%q: name %q; want %q", m.Text, m.Name, name)
					}
					used[i], found = true, true
					break
				}
				if !found {
					t.Errorf("missing %s %q in %+v", w.label, w.text, got)
				}
			}
			for _, bad := range c.not {
				for _, m := range got {
					if m.Text == bad {
						t.Errorf("unexpected mention %s %q", m.Label, m.Text)
					}
				}
			}
		})
	}
}

func TestPersonRoleAndOrg(t *testing.T) {
	r := recognizer(t)
	text := "정하늘 중소벤처기업부 장관은 간담회를 열었다."
	for _, m := range r.Find(text, nil) {
		if m.Label == ner.PERSON {
			if m.Text != "정하늘" || m.Role != "장관" || m.Org != "중소벤처기업부" {
				t.Fatalf("got %q role %q org %q", m.Text, m.Role, m.Org)
			}
			return
		}
	}
	t.Fatal("no person found")
}

func BenchmarkFind(b *testing.B) {
	r := recognizer(b)
	text := "산업통상자원부가 12일 부산 해운대구 벡스코에서 포럼을 열었다. 김정관 산업통상자원부 장관은 \"수소는 핵심\"이라고 말했다. 한국가스공사와 호주 포테스큐 그룹은 업무협약을 체결했다.\n"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Find(text, nil)
	}
}

// BenchmarkFindNews runs Find on whole articles, one call each, as the
// extractor does: the example article of testdata and, when ../shared is
// there, the real articles of the news corpus.
func BenchmarkFindNews(b *testing.B) {
	r := recognizer(b)
	testcorpus.Bench(b, newsTexts(b), func(d string) { r.Find(d, nil) })
}

func newsTexts(b testing.TB) []string {
	b.Helper()
	raw, err := os.ReadFile("../../testdata/articles/budget_forum.txt")
	if err != nil {
		b.Fatal(err)
	}
	return append([]string{string(raw)}, testcorpus.News()...)
}

// TestWeakPairsFilter checks that the filter of the weak forms' first two
// syllables turns no region away: weakRegions finds the same with every
// bit of it set.
func TestWeakPairsFilter(t *testing.T) {
	r := recognizer(t)
	open := *r
	for k := range open.weakPairs {
		open.weakPairs[k] = ^uint64(0)
	}
	texts := append(newsTexts(t), testcorpus.KLUE()...)
	// every weak form in a list of regions, before a place word and
	// with particles
	for f := range r.weakForms {
		texts = append(texts, "대구, "+f+", 광주 등에서 "+f+"는 "+f+" 농공단지와 "+f+"군은 "+f+"에서도 "+f)
	}
	found := 0
	for _, text := range texts {
		d := r.newDoc(text)
		ms := d.resolve(r.gazetteer(d))
		regions := r.weakRegions(d, ms)
		found += len(regions)
		got := fmt.Sprint(regions)
		want := fmt.Sprint(open.weakRegions(d, ms))
		d.free()
		if got != want {
			t.Fatalf("%q:\n got %s\nwant %s", text, got, want)
		}
	}
	if found == 0 {
		t.Fatal("no weak region found: the test tests nothing")
	}
}

// TestAppendFindReport: the names appended to a buffer are FindReport's,
// after what the buffer held, which stays as it was; a text with no name
// leaves the buffer as it is.
func TestAppendFindReport(t *testing.T) {
	r := recognizer(t)
	text := "산업통상자원부와 부산시는 해운대구에서 김민수 차관이 참석한 가운데 협약을 맺었다. 제작=한빛일보"
	want, _ := r.FindReport(text, nil)
	if len(want) < 3 {
		t.Fatalf("want several names to compare, got %v", want)
	}
	held := ner.Mention{Start: 0, End: 1, Label: ner.DATE, Text: "x"}
	for _, room := range []int{1, 64} { // growing, and fitting
		dst := append(make([]ner.Mention, 0, room), held)
		got, _ := r.AppendFindReport(dst, text, nil)
		if len(got) != 1+len(want) || got[0] != held {
			t.Fatalf("room %d: got %v, want %v after %v", room, got, want, held)
		}
		for i := range want {
			if got[1+i] != want[i] {
				t.Errorf("room %d: name %d is %+v, want %+v", room, i, got[1+i], want[i])
			}
		}
	}
	dst := []ner.Mention{held}
	if got, _ := r.AppendFindReport(dst, "그리고 또 그렇게 되었다.", nil); len(got) != 1 || got[0] != held {
		t.Errorf("a text without names: got %v, want the buffer unchanged", got)
	}
}

// TestRemoveInside compares removeInside with a filter into a new list,
// dropping none, some and all of the mentions.
func TestRemoveInside(t *testing.T) {
	var ms []ner.Mention
	for s := 0; s < 40; s += 4 {
		ms = append(ms, ner.Mention{Start: s, End: s + 3, Text: fmt.Sprint(s)})
	}
	for _, values := range [][]ner.Mention{nil, {{Start: 100, End: 110}}, {{Start: 0, End: 2}}, {{Start: 5, End: 6}, {Start: 30, End: 34}},
		{{Start: 38, End: 50}}, {{Start: 0, End: 50}}} {
		var want []ner.Mention
		for _, m := range ms {
			if !ner.Overlaps(values, m.Start, m.End) {
				want = append(want, m)
			}
		}
		got := removeInside(slices.Clone(ms), values)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("values %v:\ngot  %v\nwant %v", values, got, want)
		}
	}
}
