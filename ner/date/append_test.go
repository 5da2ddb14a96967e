package date

import (
	"reflect"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
)

// TestScanAppend checks that ScanAppend appends what Scan returns, after
// dst and without changing it, and returns dst unchanged when there is
// nothing.
func TestScanAppend(t *testing.T) {
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	texts := []string{
		"시는 지난 3월 2일부터 열흘간 접수를 받았고, 오는 ２０２６년 １월 오후 ３시에 발표한다.",
		"위원회는 이날 오전 회의를 열어 2025.09.04 의결했다. 3일간 이어진다.",
		"날짜가 없는 문장", "",
	}
	for _, text := range texts {
		want := Scan(text, ref)
		head := []ner.Mention{{Start: 1, End: 2, Label: ner.DATE, Text: "x"}}
		for _, dst := range [][]ner.Mention{nil, head, append(make([]ner.Mention, 0, 64), head...)} {
			n := len(dst)
			got := ScanAppend(dst, text, ref)
			if len(got) != n+len(want) {
				t.Fatalf("%.30q: %d mentions after %d; want %d", text, len(got)-n, n, len(want))
			}
			if n > 0 && !reflect.DeepEqual(got[:n], head) {
				t.Fatalf("%.30q: dst changed: %+v", text, got[:n])
			}
			if len(want) > 0 && !reflect.DeepEqual(got[n:], want) {
				t.Fatalf("%.30q: ScanAppend %+v; Scan %+v", text, got[n:], want)
			}
		}
	}
	if got := ScanAppend(nil, "날짜가 없는 문장", ref); got != nil {
		t.Fatalf("no mentions: %+v; want nil", got)
	}
	if got := Scan("날짜가 없는 문장", ref); got == nil || len(got) != 0 {
		t.Fatalf("Scan with no mentions: %#v; want empty, not nil", got)
	}
}
