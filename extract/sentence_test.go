package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "정부는 예산을 늘렸다. 야당은 반대했다.", []string{"정부는 예산을 늘렸다.", "야당은 반대했다."}},
		{"decimal", "성장률은 2.5%로 낮아졌다. 물가는 3.1% 올랐다.", []string{"성장률은 2.5%로 낮아졌다.", "물가는 3.1% 올랐다."}},
		{"date with dots", "입력 2025.09.04 09:59 기사가 나왔다.", []string{"입력 2025.09.04 09:59 기사가 나왔다."}},
		{"quote with inner period", "김 장관은 \"수출이 늘었다. 하반기도 기대된다\"며 \"지원을 넓히겠다\"고 말했다. 회의는 끝났다.",
			[]string{"김 장관은 \"수출이 늘었다. 하반기도 기대된다\"며 \"지원을 넓히겠다\"고 말했다.", "회의는 끝났다."}},
		{"date with dots and spaces", "회의는 2025. 9. 4. 열렸다. 끝났다.", []string{"회의는 2025. 9. 4. 열렸다.", "끝났다."}},
		{"question", "무엇이 달라지나? 세 가지가 바뀐다.", []string{"무엇이 달라지나?", "세 가지가 바뀐다."}},
		{"ellipsis", "협상은 길어졌다… 결론은 다음 주다.", []string{"협상은 길어졌다…", "결론은 다음 주다."}},
		{"closing quote kept", "그는 \"끝까지 가겠다.\" 이어 자리를 떴다.", []string{"그는 \"끝까지 가겠다.\"", "이어 자리를 떴다."}},
		{"lines and bullets", "▲ 첫째 과제\n▲ 둘째 과제\n\n본문이 이어진다.", []string{"▲ 첫째 과제", "▲ 둘째 과제", "본문이 이어진다."}},
		{"polite endings", "참여해 주세요. 감사합니다!", []string{"참여해 주세요.", "감사합니다!"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(c.in) {
				if c.in[s.Start:s.End] != s.Text {
					t.Fatalf("span %d:%d is %q, not %q", s.Start, s.End, c.in[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}

func FuzzSentenceSplit(f *testing.F) {
	f.Add("정부는 2.5% 늘렸다. \"좋다.\" 끝…")
	f.Add("\"열린 따옴표. 닫히지 않음\n다음 줄.")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range SplitSentences(s) {
			if x.Start < prev || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad sentence %+v in %q", x, s)
			}
			if strings.TrimSpace(s[prev:x.Start]) != "" {
				t.Fatalf("gap %q before sentence %d", s[prev:x.Start], x.Start)
			}
			prev = x.End
		}
		if strings.TrimSpace(s[prev:]) != "" {
			t.Fatalf("text after the last sentence: %q", s[prev:])
		}
	})
}
