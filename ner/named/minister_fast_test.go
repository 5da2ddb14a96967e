package named

import (
	"strings"
	"testing"
)

// ministerTitleAheadSlow is the former ministerTitleAhead (an oracle):
// the minister's title (장관, 차관) that the words from i, joined by
// spaces and '·', reach within a few words, or "".
func ministerTitleAheadSlow(d *doc, i int) string {
	text := d.text
	for hop := 0; hop < 8 && i < len(text); hop++ {
		e := d.wordEnd(i)
		if e == i {
			return ""
		}
		for _, t := range []string{"장관", "차관"} {
			if strings.HasPrefix(text[i:e], t) {
				return t
			}
		}
		switch {
		case e < len(text) && text[e] == ' ':
			i = e + 1
		case strings.HasPrefix(text[e:], "·"):
			i = e + len("·")
		default:
			return ""
		}
	}
	return ""
}

func checkMinisterFast(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	defer d.free()
	for i := 0; i <= len(text); i++ {
		if got, want := ministerTitleAhead(d, i), ministerTitleAheadSlow(d, i); got != want {
			t.Fatalf("ministerTitleAhead(%q, %d) = %q; want %q", text, i, got, want)
		}
	}
}

func TestMinisterFast(t *testing.T) {
	r := recognizer(t)
	for _, text := range append(newsTexts(t),
		"사회적기업 '마리몬드'가 '청년 창업 지원 모임'과 ‘따옴표’를 썼다. '' \"더힐\"이 '가,나' 'a’ 김 법무·이 외교 장관과 차관보",
		"'", "'’", "\"\xe2", "'\xe2\x80\x99", "장관", "차관", "장", "국방·외교·통일 차관들") {
		checkMinisterFast(t, r, text)
	}
}

func FuzzMinisterFast(f *testing.F) {
	r := recognizer(f)
	fr := []string{"'", "\"", "’", "‘", "“", " ", ".", ",", "\n", "·", "모임", "재단", "회사", "마리몬드", "장관", "차관", "차관보", "장", "관", "법무", "외교", "가", "A", "\xe2", "\x80"}
	f.Add([]byte{0, 10, 1, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteString(fr[int(c)%len(fr)])
		}
		checkMinisterFast(t, r, sb.String())
	})
}
