package numeric

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// narrowSlow is Narrow rune by rune (the reference for the fast one).
func narrowSlow(s string) (string, []int) {
	var b strings.Builder
	var pos []int
	changed := false
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if c, ok := narrowRune(r); ok {
			b.WriteByte(c)
			pos = append(pos, i)
			changed = true
			i += sz
			continue
		}
		b.WriteString(s[i : i+sz])
		for k := 0; k < sz; k++ {
			pos = append(pos, i+k)
		}
		i += sz
	}
	if !changed {
		return s, nil
	}
	return b.String(), append(pos, len(s))
}

func FuzzNarrow(f *testing.F) {
	for _, s := range []string{"", "２조１９５５억원", "３．５％", "＄４９", "１，０００", "\xef\xbc", "\xef\xbc\xff", "\xf0\x9f\xef\xbc\x90", "Ａ１", "가２나"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gp := Narrow(s)
		want, wp := narrowSlow(s)
		if got != want || !slices.Equal(gp, wp) {
			t.Fatalf("Narrow(%q) = %q %v; want %q %v", s, got, gp, want, wp)
		}
		out, at := NarrowMap(s)
		if out != got || (at == nil) != (gp == nil) {
			t.Fatalf("NarrowMap(%q) = %q %v; Narrow gives %q %v", s, out, at, got, gp)
		}
		for i, p := range gp {
			if o := OrigOffset(at, i); o != p {
				t.Fatalf("%q: OrigOffset(%d) = %d; want %d", s, i, o, p)
			}
		}
	})
}
