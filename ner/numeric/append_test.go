package numeric

import (
	"reflect"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// TestScanAppend checks that ScanAppend appends what Scan returns, keeps
// what dst held, and leaves an empty result as dst.
func TestScanAppend(t *testing.T) {
	texts := []string{benchText, "공단은 올해 ２조１９５５억원을 배정했다. 참가 기업은 두 곳이다.", "숫자가 없는 문장", ""}
	for _, text := range texts {
		want := Scan(text)
		head := []ner.Mention{{Start: 1, End: 2, Label: ner.MONEY, Text: "x"}}
		for _, dst := range [][]ner.Mention{nil, head, append(make([]ner.Mention, 0, 64), head...)} {
			n := len(dst)
			got := ScanAppend(dst, text)
			if len(got) != n+len(want) {
				t.Fatalf("%.30q: %d mentions after %d; want %d", text, len(got)-n, n, len(want))
			}
			if n > 0 && !reflect.DeepEqual(got[:n], head) {
				t.Fatalf("%.30q: dst changed: %+v", text, got[:n])
			}
			if len(want) == 0 && len(got) == n {
				continue
			}
			if !reflect.DeepEqual(got[n:], want) {
				t.Fatalf("%.30q: ScanAppend %+v; Scan %+v", text, got[n:], want)
			}
		}
	}
	if got := ScanAppend(nil, "숫자가 없는 문장"); got != nil {
		t.Fatalf("no mentions: %+v; want nil", got)
	}
}
