package page

import (
	"strings"
	"unicode/utf8"
)

// findReporters is reReporter.FindAllStringSubmatchIndex(s, -1), by hand:
// each match as [start, end, name start, name end], appended to out. The regexp,
//
//	((?:H{2,4}\s*[·,ㆍ/]\s*)*H{2,4})\s*(?:TITLE)?\s*(?:기자|특파원|통신원)
//
// with H a Hangul syllable, is tried at each rune start as Go's regexp
// does (leftmost first, greedy, alternatives in order), but cheaply: white
// space before a separator, a title, a keyword or a name can only be taken
// whole, and a group of names must take its whole run of syllables (the
// separator follows), so the only choices left are how many groups to take
// (most first) and how many syllables the last name takes (4, 3, then 2).
// TestReporterMatch and FuzzReporterMatch compare it with the regexp.
func findReporters(s string, out [][4]int) [][4]int {
	for p := 0; p < len(s); {
		if reporterStart(s, p) {
			if m, ok := reporterAt(s, p); ok {
				out = append(out, m)
				p = m[1]
				continue
			}
		}
		if hangulAt(s, p) {
			p += 3
			continue
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
	}
	return out
}

// reporterStart is a cheap necessary condition for a match at p: it
// starts with two syllables, and its last name (or the first name of a
// group, which a separator follows) either ends right before a title or
// keyword inside the run of syllables from p, at the third to fifth
// syllable, or takes the whole run, two to four syllables, which white
// space and then a separator, a title or a keyword follow.
func reporterStart(s string, p int) bool {
	if !hangulAt(s, p) || !hangulAt(s, p+3) {
		return false
	}
	for q := p + 6; q <= p+12; q += 3 {
		if !hangulAt(s, q) {
			q = skipReSpace(s, q)
			return sepAt(s, q) > 0 || hangulAt(s, q) && tailFirst(s, q)
		}
		if tailFirst(s, q) {
			return true
		}
	}
	return false
}

// tailFirst reports whether the syllable at q is the first of a title
// or keyword (reporterTitles, reporterWords).
func tailFirst(s string, q int) bool {
	switch rune(s[q]&0x0F)<<12 | rune(s[q+1]&0x3F)<<6 | rune(s[q+2]&0x3F) {
	case '선', '수', '전', '객', '인', '국', '편', '기', '특', '통':
		return true
	}
	return false
}

var reporterTitles = []string{"선임", "수석", "전문", "객원", "인턴", "수습", "국제전문", "편집위원"}
var reporterWords = []string{"기자", "특파원", "통신원"}

// reporterAt matches reReporter at p exactly (anchored there).
func reporterAt(s string, p int) ([4]int, bool) {
	if !hangulAt(s, p) || !hangulAt(s, p+3) {
		return [4]int{}, false // every match starts with two syllables
	}
	// the groups of names with their separators, as many as there are
	ends := []int{p}
	for q := p; ; {
		e, n := hangulRun(s, q, 5)
		if n < 2 || n > 4 {
			break
		}
		e = skipReSpace(s, e)
		if sz := sepAt(s, e); sz > 0 {
			q = skipReSpace(s, e+sz)
			ends = append(ends, q)
			continue
		}
		break
	}
	for j := len(ends) - 1; j >= 0; j-- {
		q := ends[j]
		// the last name: 4, 3, then 2 syllables, as many as there are
		_, n := hangulRun(s, q, 4)
		for k := n; k >= 2; k-- {
			if end, ok := reporterTail(s, q+3*k); ok {
				return [4]int{p, end, p, q + 3*k}, true
			}
		}
	}
	return [4]int{}, false
}

// reporterTail matches \s*(?:TITLE)?\s*(?:기자|특파원|통신원) at p.
func reporterTail(s string, p int) (int, bool) {
	p = skipReSpace(s, p)
	if !hangulAt(s, p) {
		return 0, false
	}
	// The titles and keywords that start with the syllable at p (no
	// title is a prefix of another, so at most one of them is there and
	// their order does not matter).
	var t1, t2 string
	switch rune(s[p]&0x0F)<<12 | rune(s[p+1]&0x3F)<<6 | rune(s[p+2]&0x3F) {
	case '선':
		t1 = "선임"
	case '수':
		t1, t2 = "수석", "수습"
	case '전':
		t1 = "전문"
	case '객':
		t1 = "객원"
	case '인':
		t1 = "인턴"
	case '국':
		t1 = "국제전문"
	case '편':
		t1 = "편집위원"
	case '기', '특', '통':
		return reporterWord(s, p) // no title
	default:
		return 0, false
	}
	if !strings.HasPrefix(s[p:], t1) {
		t1 = t2
	}
	if t1 != "" && strings.HasPrefix(s[p:], t1) {
		if e, ok := reporterWord(s, skipReSpace(s, p+len(t1))); ok {
			return e, true
		}
	}
	return 0, false // (no keyword starts with the syllable of a title)
}

// reporterWord matches one of reporterWords at p.
func reporterWord(s string, p int) (int, bool) {
	if !hangulAt(s, p) {
		return 0, false
	}
	w := ""
	switch rune(s[p]&0x0F)<<12 | rune(s[p+1]&0x3F)<<6 | rune(s[p+2]&0x3F) {
	case '기':
		w = "기자"
	case '특':
		w = "특파원"
	case '통':
		w = "통신원"
	}
	if w != "" && strings.HasPrefix(s[p:], w) {
		return p + len(w), true
	}
	return 0, false
}

// hangulRun reads up to max Hangul syllables at p and returns where they
// end and how many there are.
func hangulRun(s string, p, max int) (int, int) {
	n := 0
	for n < max && hangulAt(s, p) {
		p += 3
		n++
	}
	return p, n
}

// hangulAt reports a Hangul syllable (three bytes) at p: what
// isHangul(utf8.DecodeRuneInString(s[p:])) says, without the call.
func hangulAt(s string, p int) bool {
	return p >= 0 && p+2 < len(s) && s[p]-0xEA <= 0xED-0xEA && s[p+2]&0xC0 == 0x80 &&
		syllables[int(s[p]&3)<<8|int(s[p+1])]&(1<<(s[p+2]&63)) != 0
}

// syllables marks the Hangul syllables by their three bytes c, c1, c2:
// bit c2&63 of syllables[(c&3)<<8|c1] (the lead bytes of Hangul, 0xEA to
// 0xED, differ in their last two bits; the entries of bytes c1 that are
// not continuation bytes stay empty).
var syllables = func() (t [1024]uint64) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		var b [3]byte
		utf8.EncodeRune(b[:], r)
		t[int(b[0]&3)<<8|int(b[1])] |= 1 << (b[2] & 63)
	}
	return t
}()

// skipReSpace skips what \s matches.
func skipReSpace(s string, p int) int {
	for p < len(s) && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\f' || s[p] == '\r') {
		p++
	}
	return p
}

// sepAt is the size of a name separator (·, ㆍ, a comma, a slash) at p, or 0.
func sepAt(s string, p int) int {
	if p >= len(s) {
		return 0
	}
	switch s[p] {
	case ',', '/':
		return 1
	}
	for _, sep := range []string{"·", "ㆍ"} {
		if strings.HasPrefix(s[p:], sep) {
			return len(sep)
		}
	}
	return 0
}
