package numeric

import (
	"sort"
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
// NarrowMap does the same with a map of a few words instead of one per byte.
func Narrow(s string) (string, []int) {
	out, at := NarrowMap(s)
	if at == nil {
		return s, nil
	}
	pos := make([]int, len(out)+1)
	k := 0
	for i := range pos {
		for k < len(at) && at[k] < i {
			k++
		}
		pos[i] = i + 2*k
	}
	return out, pos
}

// NarrowMap is Narrow with a compact map: at lists, in ascending order,
// the offsets in the result of the characters replaced (each is three
// bytes in s and one in the result), and OrigOffset(at, i) is the offset
// in s of offset i of the result. at is nil when nothing is replaced.
func NarrowMap(s string) (string, []int) {
	var b strings.Builder
	var at []int
	i := 0 // s[:i] is in b
	// Every full-width form starts with the bytes EF BC (U+FF00–U+FF3F),
	// which are never inside another rune: copy the text between them whole.
	for p := 0; ; {
		k := strings.Index(s[p:], "\xef\xbc")
		if k < 0 {
			break
		}
		j := p + k
		r, sz := utf8.DecodeRuneInString(s[j:])
		p = j + sz
		c, ok := narrowRune(r)
		if !ok {
			continue
		}
		if at == nil {
			b.Grow(len(s))
		}
		b.WriteString(s[i:j])
		b.WriteByte(c)
		at = append(at, b.Len()-1)
		i = p
	}
	if at == nil {
		return s, nil
	}
	b.WriteString(s[i:])
	return b.String(), at
}

// OrigOffset maps offset i of a text narrowed by NarrowMap to the offset
// in the text as given.
func OrigOffset(at []int, i int) int {
	return i + 2*sort.SearchInts(at, i)
}
