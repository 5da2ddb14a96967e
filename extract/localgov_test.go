package extract

import (
	"context"
	"strings"
	"testing"
)

// typeOf returns the type of the entity with a mention reading text.
func typeOf(d *Document, text string) string {
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Text == text {
				return e.Type
			}
		}
	}
	return ""
}

func TestLocalGovernments(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		text, name, want string
	}{
		{"통영시는 5일 관광 활성화 계획을 발표했다.", "통영시", "ORG"},
		{"기자단은 통영시를 찾았다.", "통영시", "PLACE"},
		{"거제시와 한빛제과가 부지 협약을 맺었다.", "거제시", "ORG"},
		{"김해시와 창원시, 국토교통부 등이 대책을 내놨다.", "김해시", "ORG"},
		{"투표율은 창원시가 가장 높았다.", "창원시", "PLACE"},
		{"밀양시와 부산 서부는 비가 오겠다.", "밀양시", "PLACE"},
	}
	for _, c := range cases {
		d, err := x.ExtractText(context.Background(), c.text, "", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := typeOf(d, c.name); got != c.want {
			t.Errorf("%s: %s is %q, want %s", c.text, c.name, got, c.want)
		}
	}
}

// TestIsAdministration compares isAdministration with the loop over the
// suffixes it replaces, on names of every length around the limit.
func TestIsAdministration(t *testing.T) {
	old := func(name string) bool {
		for _, suf := range []string{"시", "도", "군", "구"} {
			if strings.HasSuffix(name, suf) && len(name) > len(suf)+3 {
				return true
			}
		}
		return false
	}
	for _, name := range []string{"", "시", "a시", "ab시", "abc시", "서울시", "경남도", "고성군", "강남구", "서울", "제주",
		"전라남도", "시청", "구시", "x시y", "ab\xea\xb5\xac", "abcd\xea\xb5"} {
		if got, want := isAdministration(name), old(name); got != want {
			t.Errorf("isAdministration(%q) = %v; want %v", name, got, want)
		}
	}
}
