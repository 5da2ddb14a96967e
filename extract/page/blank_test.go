package page

import (
	"strings"
	"testing"
)

// FuzzBlank holds blank to strings.TrimSpace, which FromText asked before.
func FuzzBlank(f *testing.F) {
	for _, s := range []string{"", " ", "\t\n\v\f\r ", "\u00a0\u0085\u3000\u2028", "\u200b", " 국회는", "x", "\xff", " \xe3\x80", "\u1680 \u205f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Fatalf("blank(%q) = %v, want %v", s, got, want)
		}
	})
}
