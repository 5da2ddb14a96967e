package named

import (
	"strings"
	"testing"
)

// isPositionSlow is the former isPosition (an oracle), which cut the
// suffixes of every word before comparing.
func isPositionSlow(w string) bool {
	for _, p := range []string{"에서", "에", "의"} {
		if b, ok := strings.CutSuffix(w, p); ok {
			w = b
			break
		}
	}
	switch w {
	case "앞", "뒤", "옆", "근처", "주변", "맞은편", "건너편", "앞쪽", "뒤쪽", "뒤편", "입구":
		return true
	}
	return false
}

func FuzzIsPosition(f *testing.F) {
	for _, s := range []string{"", "앞", "앞에서", "맞은편에서", "건너편의", "입구에", "앞으로", "주변에서", "근처의", "뒤편", "앞쪽에서", "옆", "\xec\x95", "광장에서"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isPosition(w), isPositionSlow(w); got != want {
			t.Fatalf("isPosition(%q) = %v; want %v", w, got, want)
		}
	})
}
