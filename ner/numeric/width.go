package numeric

import (
	"strings"
	"unicode/utf8"
)

// narrowRune maps the full-width forms that numbers are written with
// (２조, ３．５％, ＄４９, １，０００) to their ASCII forms.
func narrowRune(r rune) (byte, bool) {
	switch {
	case r >= '０' && r <= '９':
		return byte('0' + r - '０'), true
	}
	switch r {
	case '，':
		return ',', true
	case '．':
		return '.', true
	case '％':
		return '%', true
	case '＄':
		return '$', true
	case '－':
		return '-', true
	case '：':
		return ':', true
	case '／':
		return '/', true
	}
	return 0, false
}

// Narrow replaces the full-width digits and number signs of s (２조,
// ３．５％, ＄４９) by their ASCII forms. When nothing is replaced it
// returns s and a nil map. Otherwise pos maps each byte offset of the
// result, and its end, to the byte offset in s: pos has len(result)+1
// entries, and a span [a, b) of the result is s[pos[a]:pos[b]].
// Recognizers scan the narrow text and report spans of the original.
func Narrow(s string) (string, []int) {
	if !strings.Contains(s, "\xef\xbc") { // U+FF00–U+FF3F
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int, 0, len(s)+1)
	plain := func(from, to int) {
		b.WriteString(s[from:to])
		for k := from; k < to; k++ {
			pos = append(pos, k)
		}
	}
	changed := false
	// Every full-width form starts with the bytes EF BC, which are never
	// inside another rune: copy the text between them whole.
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "\xef\xbc")
		if j < 0 {
			plain(i, len(s))
			break
		}
		j += i
		plain(i, j)
		r, sz := utf8.DecodeRuneInString(s[j:])
		if c, ok := narrowRune(r); ok {
			b.WriteByte(c)
			pos = append(pos, j)
			changed = true
		} else {
			plain(j, j+sz)
		}
		i = j + sz
	}
	if !changed {
		return s, nil
	}
	pos = append(pos, len(s))
	return b.String(), pos
}
