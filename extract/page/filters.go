package page

import (
	"strings"
	"unicode/utf8"
)

// Cheap necessary conditions in front of the line regexps. Most lines of a
// page match none of them, and an unanchored regexp costs a backtracking
// pass over the line; each function here first checks something every
// match of its regexp holds (a keyword, a first or last character) and
// runs the regexp only then. TestLineFilters and FuzzLineFilters check
// that each gives the answer of its regexp alone.

// reSpace is what \s matches in a regexp.
const reSpace = " \t\n\f\r"

// trimSpaceLeft is strings.TrimLeft(s, reSpace) without building the set.
func trimSpaceLeft(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return s[i:]
}

// isDateHeader is reDateHeader.MatchString(s): a match starts with
// 'date' after white space.
func isDateHeader(s string) bool {
	return strings.HasPrefix(trimSpaceLeft(s), "date") && reDateHeader.MatchString(s)
}

// isMetaLine is reMetaLine.MatchString(s): a match starts with one of the
// labels (after an optional bracket and white space) and holds four digits.
func isMetaLine(s string) bool {
	t := s
	if t != "" && (t[0] == '[' || t[0] == '(') {
		t = t[1:]
	}
	t = trimSpaceLeft(t)
	if len(t) < 3 || t[0] < 0xEA || t[0] > 0xEC { // the labels are Hangul from 가 to 작
		return false
	}
	for _, w := range metaLabels {
		if strings.HasPrefix(t, w) {
			return hasDigits4(s) && reMetaLine.MatchString(s)
		}
	}
	return false
}

// metaLabels are the words a match of reMetaLine starts with.
var metaLabels = []string{"기사", "입력", "최초", "수정", "최종", "업데이트", "승인", "등록", "송고", "게재", "발행", "작성"}

// isReadTime is reReadTime.MatchString(s): a match ends with 소요.
func isReadTime(s string) bool { return strings.HasSuffix(s, "소요") && reReadTime.MatchString(s) }

// isRelated is reRelated.MatchString(s): a match starts with one of its
// first runes.
func isRelated(s string) bool {
	if s == "" || s[0] != '[' && s[0] != '<' && s[0] != "▶"[0] && s[0] != "관"[0] {
		return false // (▶, ☞, ▷, ■ and ◆ share their first byte)
	}
	for _, p := range []string{"▶", "☞", "▷", "■", "◆", "[", "<", "관"} {
		if strings.HasPrefix(s, p) {
			return reRelated.MatchString(s)
		}
	}
	return false
}

// isCredit is reCredit.MatchString(s): a match starts with one of the
// credit words, after an optional bracket and white space.
func isCredit(s string) bool {
	t := s
	if t != "" && (t[0] == '[' || t[0] == '(' || t[0] == '<') {
		t = t[1:]
	}
	t = trimSpaceLeft(t)
	if len(t) < 6 || t[0] != "사"[0] && t[0] != "그"[0] {
		return false // (사진, 자료, 영상, 제공 and 출처 share their first byte)
	}
	// the one credit word (사진, 그래픽, 자료, 영상, 제공, 출처) that starts
	// with the first syllable of t
	w := ""
	switch t[:3] {
	case "사":
		w = "사진"
	case "그":
		w = "그래픽"
	case "자":
		w = "자료"
	case "영":
		w = "영상"
	case "제":
		w = "제공"
	case "출":
		w = "출처"
	}
	return w != "" && strings.HasPrefix(t, w) && reCredit.MatchString(s)
}

// isCreditTail is reCreditTail.MatchString(s): a match starts with / or
// = and holds no other (nor does it end before the end of s), so it starts
// at the last of them: the regexp need only see s from there.
func isCreditTail(s string) bool {
	i := strings.LastIndexAny(s, "/=")
	return i >= 0 && reCreditTail.MatchString(s[i:])
}

// isBracketEnd is reBracketEnd.MatchString(s): a match ends the line with
// a closing bracket.
func isBracketEnd(s string) bool {
	return s != "" && (s[len(s)-1] == ']' || s[len(s)-1] == ')') && reBracketEnd.MatchString(s)
}

// isPictureTail is rePictureTail.MatchString(s): a match holds 모습.
func isPictureTail(s string) bool {
	return strings.Contains(s, "모습") && rePictureTail.MatchString(s)
}

// findDateline is reDateline.FindStringSubmatch(s): a match holds = and
// ends with 기자 or 특파원.
func findDateline(s string) []string {
	eq := strings.IndexByte(s, '=')
	if eq < 0 || !datelineEq(s, eq) {
		return nil
	}
	to := -1
	for _, kw := range []string{"기자", "특파원"} {
		if i := strings.LastIndex(s, kw); i >= 0 {
			to = max(to, i+len(kw))
		}
	}
	if to <= eq {
		return nil // a match ends with its keyword after its =
	}
	// A match starts with Hangul and white space right before an =: the
	// leftmost one no earlier than the run of them before the first =.
	// The regexp need only see the text from there to the last keyword.
	from := eq
	for from > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:from])
		if !isHangul(r) && !strings.ContainsRune(reSpace, r) {
			break
		}
		from -= size
	}
	return matchDateline(s[from:to])
}

// matchDateline is reDateline.FindStringSubmatch(s) by hand: the leftmost
// match, and in it the submatches the regexp prefers (it tries the
// greedy choices first and backs off the same way). Only the runs of
// syllables and of letters leave the regexp a choice: each white-space
// run is followed by something that is not white space, so it is taken
// whole.
func matchDateline(s string) []string {
	for p := 0; p < len(s); p++ {
		if !hangulAt(s, p) {
			continue // (a syllable always starts a rune of the regexp)
		}
		// ([가-힣]{1,8})\s*=\s*: all of the run of syllables, or none
		q, n := p, 0
		for n <= 8 && hangulAt(s, q) {
			q, n = q+3, n+1
		}
		if e := skipReSpace(s, q); n <= 8 && e < len(s) && s[e] == '=' {
			if g2, g2e, end, ok := datelineAfterEq(s, skipReSpace(s, e+1)); ok {
				return []string{s[p:end], s[p:q], s[g2:g2e]}
			}
		}
		p += 2 // (the bytes of the syllable)
	}
	return nil
}

// datelineAfterEq matches the rest of reDateline at q, after its =:
// (?:[가-힣A-Za-z]+\s*\]?\s*)? then the names (group 2) and the title.
func datelineAfterEq(s string, q int) (g2, g2e, end int, ok bool) {
	// the optional word (an agency), its longest run first
	e := q
	for {
		if hangulAt(s, e) {
			e += 3
		} else if e < len(s) && asciiLetter(s[e]) {
			e++
		} else {
			break
		}
	}
	for e > q {
		n := skipReSpace(s, e)
		if n < len(s) && s[n] == ']' {
			n = skipReSpace(s, n+1)
		}
		if g2e, end, ok := datelineNames(s, n); ok {
			return n, g2e, end, true
		}
		// one rune back (a letter is one byte, a syllable three)
		if asciiLetter(s[e-1]) {
			e--
		} else {
			e -= 3
		}
	}
	g2e, end, ok = datelineNames(s, q)
	return q, g2e, end, ok
}

// datelineNames matches ((?:[가-힣]{2,4}\s*[·,ㆍ]\s*)*[가-힣]{2,4}) and
// the title after it at p: one more name and separator first, then the
// last name, its longest first.
func datelineNames(s string, p int) (g2e, end int, ok bool) {
	n := 0
	for n <= 4 && hangulAt(s, p+3*n) {
		n++
	}
	if n >= 2 && n <= 4 {
		q := skipReSpace(s, p+3*n)
		sep := 0
		switch {
		case q < len(s) && s[q] == ',':
			sep = 1
		case strings.HasPrefix(s[q:], "·"):
			sep = len("·")
		case strings.HasPrefix(s[q:], "ㆍ"):
			sep = len("ㆍ")
		}
		if sep > 0 {
			if g2e, end, ok := datelineNames(s, skipReSpace(s, q+sep)); ok {
				return g2e, end, true
			}
		}
	}
	for n = min(n, 4); n >= 2; n-- {
		if end, ok := datelineTitle(s, p+3*n); ok {
			return p + 3*n, end, true
		}
	}
	return 0, 0, false
}

// datelineTitle matches \s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원) at q.
func datelineTitle(s string, q int) (end int, ok bool) {
	q = skipReSpace(s, q)
	for _, t := range [...]string{"선임", "수석", "객원", "인턴"} {
		if strings.HasPrefix(s[q:], t) {
			if end, ok := datelineKeyword(s, skipReSpace(s, q+len(t))); ok {
				return end, true
			}
			break // (no other title starts the same way)
		}
	}
	return datelineKeyword(s, q)
}

// datelineKeyword matches 기자|특파원 at q.
func datelineKeyword(s string, q int) (end int, ok bool) {
	switch {
	case strings.HasPrefix(s[q:], "기자"):
		return q + len("기자"), true
	case strings.HasPrefix(s[q:], "특파원"):
		return q + len("특파원"), true
	}
	return 0, false
}

// datelineEq reports whether an = at or after eq can be the = of a match
// of reDateline: between it and the keyword after it (기자, 특파원), a
// match holds only syllables, ASCII letters, white space, ] and name
// separators (·, ㆍ, a comma).
func datelineEq(s string, eq int) bool {
	for eq >= 0 {
		k := -1
		for _, kw := range []string{"기자", "특파원"} {
			if i := strings.Index(s[eq:], kw); i >= 0 && (k < 0 || i < k) {
				k = i
			}
		}
		if k < 0 {
			return false // no keyword after this = nor after the next
		}
		ok := true
		for p, end := eq+1, eq+k; p < end && ok; {
			switch c := s[p]; {
			case hangulAt(s, p):
				p += 3
			case asciiLetter(c) || isReSpace(c) || c == ']' || c == ',':
				p++
			case strings.HasPrefix(s[p:], "·"):
				p += len("·")
			case strings.HasPrefix(s[p:], "ㆍ"):
				p += len("ㆍ")
			default:
				ok = false
			}
		}
		if ok {
			return true
		}
		next := strings.IndexByte(s[eq+1:], '=')
		if next < 0 {
			return false
		}
		eq += 1 + next
	}
	return false
}

// splitNames is reNameSep.Split(s, -1) (names joined by ·, ㆍ, a comma or
// a slash), without the regexp when s holds no separator.
func splitNames(s string) []string {
	if s == "" {
		return []string{""}
	}
	var out []string
	beg := 0 // the start of the current name
	for p := 0; p < len(s); {
		q, n := sepIndex(s, p)
		if q < 0 {
			break
		}
		// the match takes the white space before and after the separator
		a := q
		for a > p && isReSpace(s[a-1]) {
			a--
		}
		b := skipReSpace(s, q+n)
		out = append(out, s[beg:a])
		beg, p = b, b
	}
	return append(out, s[beg:])
}

// sepIndex finds the first name separator (·, ㆍ, a comma, a slash) at or
// after p: its index and size, or -1.
func sepIndex(s string, p int) (int, int) {
	for i := p; i < len(s); i++ {
		switch s[i] {
		case ',', '/':
			return i, 1
		case 0xC2:
			if strings.HasPrefix(s[i:], "·") {
				return i, len("·")
			}
		case 0xE3:
			if strings.HasPrefix(s[i:], "ㆍ") {
				return i, len("ㆍ")
			}
		}
	}
	return -1, 0
}

// findAgencyLine is reAgencyLine.FindStringSubmatch(s): a match starts
// with a bracket.
func findAgencyLine(s string) []string {
	if s == "" || s[0] != '[' && s[0] != '(' {
		return nil
	}
	return reAgencyLine.FindStringSubmatch(s)
}

// hasDigits4 reports four ASCII digits in a row.
func hasDigits4(s string) bool { return digits4At(s) >= 0 }

// digits4At is where the first four ASCII digits in a row start, or -1.
func digits4At(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if n++; n == 4 {
				return i - 3
			}
		} else {
			n = 0
		}
	}
	return -1
}

// containsFoldASCII reports whether s holds w (lower-case ASCII) in any
// ASCII case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		k := 1
		for k < len(w) && (s[i+k]|0x20 == w[k] || w[k] == ' ' && s[i+k] == ' ') {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// findCopyURL is reCopyURL.FindStringSubmatch(s): a match holds ( and
// then www. or http.
func findCopyURL(s string) []string {
	k := strings.IndexByte(s, '(')
	if k < 0 || !strings.Contains(s[k:], "www.") && !strings.Contains(s[k:], "http") {
		return nil
	}
	return reCopyURL.FindStringSubmatch(s)
}

// Line keys: what the line tests look for inside a line, found in one
// pass over it instead of a strings.Contains each (which, for a Hangul
// word in Korean text, stops at nearly every rune).
const (
	kwMudan      = 1 << iota // 무단
	kwJaebaepo               // 재배포
	kwHakseup                // 학습
	kwGija                   // 기자
	kwTeukpawon              // 특파원
	kwTongsinwon             // 통신원
	kwMoseup                 // 모습
	kwCircC                  // ⓒ
	kwCircCapC               // Ⓒ
	kwCopy                   // ©
	kwACac                   // an ASCII a, A, c or C
	kwParenC                 // (c or (C
	kwSlash                  // /
	kwEq                     // =
	kwHangul                 // a Hangul syllable
	kwAnywhere               // the first word of a '*' stock phrase
	kwDaDot                  // 다.
	kwDaSpace                // 다 followed by a space
	kwReporter   = kwGija | kwTeukpawon | kwTongsinwon
)

// lineKeysN is lineKeys and the number of runes of s (as
// utf8.RuneCountInString counts them).
func lineKeysN(s string) (k uint32, n int) {
	if phrases.always {
		k |= kwAnywhere
	}
	for i := 0; i < len(s); {
		n++
		c := s[i]
		if c < utf8.RuneSelf {
			if phrases.wordMask[c>>6]&(1<<(c&63)) != 0 && anywhereWord(rune(c), s[i+1:]) {
				k |= kwAnywhere
			}
			k |= keywordOf(rune(c), "")
			if c == '(' && i+1 < len(s) && (s[i+1] == 'c' || s[i+1] == 'C') {
				k |= kwParenC
			}
			i++
			continue
		}
		var r rune
		size := 3
		if i+2 < len(s) && c >= 0xE1 && c <= 0xEF && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && (c != 0xED || s[i+1] < 0xA0) {
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r >= 0xAC00 && r <= 0xD7A3 {
			k |= kwHangul
		}
		if r >= 0x10000 || keyMask[r>>6]&(1<<(r&63)) == 0 {
			continue
		}
		rest := s[i:]
		if phrases.wordMask[r>>6]&(1<<(r&63)) != 0 && anywhereWord(r, rest) {
			k |= kwAnywhere
		}
		k |= keywordOf(r, rest)
		if r == '다' && rest != "" {
			if rest[0] == '.' {
				k |= kwDaDot
			} else if rest[0] == ' ' {
				k |= kwDaSpace
			}
		}
	}
	return k, n
}

// keywordOf returns the line key of the word that rune r starts when next
// follows it, 0 for none: what lineKeysN and scanLine both look for (each
// looks for a few more things of its own).
func keywordOf(r rune, next string) uint32 {
	switch r {
	case 'a', 'A', 'c', 'C':
		return kwACac
	case '/':
		return kwSlash
	case '=':
		return kwEq
	case 'ⓒ':
		return kwCircC
	case 'Ⓒ':
		return kwCircCapC
	case '©':
		return kwCopy
	case '무':
		if strings.HasPrefix(next, "단") {
			return kwMudan
		}
	case '재':
		if strings.HasPrefix(next, "배포") {
			return kwJaebaepo
		}
	case '학':
		if strings.HasPrefix(next, "습") {
			return kwHakseup
		}
	case '모':
		if strings.HasPrefix(next, "습") {
			return kwMoseup
		}
	case '기':
		if strings.HasPrefix(next, "자") {
			return kwGija
		}
	case '특':
		if strings.HasPrefix(next, "파원") {
			return kwTeukpawon
		}
	case '통':
		if strings.HasPrefix(next, "신원") {
			return kwTongsinwon
		}
	}
	return 0
}

// anywhereWord reports whether rest, after the rune r, continues the
// first word of a '*' stock phrase that starts with r.
func anywhereWord(r rune, rest string) bool {
	for _, w := range phrases.wordsOf(r) {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// lineFacts are what the tests of classify ask of a line more than once,
// each computed once.
type lineFacts struct {
	s    string
	keys uint32
	n    int  // runes; -1 until asked
	ends int8 // endsLikeSentence: 0 until asked, 1 true, -1 false
}

func factsOf(s string) lineFacts {
	k, n := lineKeysN(s)
	return lineFacts{s: s, keys: k, n: n}
}

// keyMask marks, as bits, the runes below U+10000 that lineKeysN looks
// at past the first byte: the first runes of the key words and of the
// first words of '*' stock phrases.
var keyMask = func() *[1024]uint64 {
	m := phrases.wordMask
	for _, r := range "무재학기특통모다ⓒⒸ©" {
		m[r>>6] |= 1 << (r & 63)
	}
	return &m
}()

func (f *lineFacts) runes() int {
	if f.n < 0 {
		f.n = runeLen(f.s)
	}
	return f.n
}

func (f *lineFacts) endsSentence() bool {
	if f.ends == 0 {
		f.ends = -1
		if endsLikeSentence(f.s) {
			f.ends = 1
		}
	}
	return f.ends > 0
}

// copyrightHint is strings.ContainsAny(s, "ⓒ©cCaA") or 무단 or 재배포, the
// first test of isCopyrightLine.
func (f *lineFacts) copyrightHint() bool {
	return f.keys&(kwACac|kwCircC|kwCopy|kwMudan|kwJaebaepo) != 0
}

// copyrightSign holds for every match of reCopyright: ⓒ (or Ⓒ, which
// (?i) takes too), ©, (c, copyright or all right in any ASCII case (no
// other rune folds to their letters), 무단, 재배포 or 학습 (AI 학습).
func (f *lineFacts) copyrightSign() bool {
	if f.keys&(kwCircC|kwCircCapC|kwCopy|kwParenC|kwMudan|kwJaebaepo|kwHakseup) != 0 {
		return true
	}
	return f.keys&kwACac != 0 && (containsFoldASCII(f.s, "copyright") || containsFoldASCII(f.s, "all right"))
}

// copyrightMatch is reCopyright.MatchString(f.s), by hand for the usual
// copyright lines: a ⓒ, Ⓒ or © (which (?i)ⓒ and © match alone),
// copyright in any ASCII case, 무단 and 재배포 with what must follow them. The
// regexp runs only for the alternatives left, and only when the line
// holds what each of them needs: (c, all right, 학습.
func (f *lineFacts) copyrightMatch() bool {
	s, k := f.s, f.keys
	switch {
	case k&(kwCircC|kwCircCapC|kwCopy) != 0:
		return true
	case k&kwMudan != 0 && followedAt(s, "무단", "전재", "복제", "배포"):
		return true
	case k&kwJaebaepo != 0 && followedAt(s, "재배포", "금지"):
		return true
	case k&kwACac != 0 && containsFoldASCII(s, "copyright"):
		return true
	case k&(kwParenC|kwHakseup) != 0 || k&kwACac != 0 && containsFoldASCII(s, "all right"):
		return reCopyright.MatchString(s)
	}
	return false
}

// followedAt reports an occurrence of w in s followed, after white space
// (\s*), by one of next.
func followedAt(s, w string, next ...string) bool {
	for i := strings.Index(s, w); i >= 0; {
		j := skipReSpace(s, i+len(w))
		for _, n := range next {
			if strings.HasPrefix(s[j:], n) {
				return true
			}
		}
		k := strings.Index(s[i+len(w):], w)
		if k < 0 {
			break
		}
		i += len(w) + k
	}
	return false
}

// lastCopyMarkEnd is the end of the last match of reCopyMark in s, or -1:
// its alternatives are literals (ⓒ, which (?i) extends to Ⓒ, ©, (c),
// copyright in any ASCII case, 저작권자) no two of which can overlap, so
// the last match is the last occurrence of any of them.
func lastCopyMarkEnd(s string) int {
	start, end := -1, -1
	take := func(i, n int) {
		if i > start {
			start, end = i, i+n
		}
	}
	for _, w := range []string{"ⓒ", "Ⓒ", "©", "저작권자"} {
		if i := lastIndexOf(s, w); i >= 0 {
			take(i, len(w))
		}
	}
	// (c) needs a (, copyright a c or C
	if strings.IndexByte(s, '(') >= 0 {
		if i := lastIndexFoldASCII(s, "(c)"); i >= 0 {
			take(i, len("(c)"))
		}
	}
	if strings.IndexByte(s, 'c') >= 0 || strings.IndexByte(s, 'C') >= 0 {
		if i := lastIndexFoldASCII(s, "copyright"); i >= 0 {
			take(i, len("copyright"))
		}
	}
	return end
}

// lastIndexOf is strings.LastIndex(s, w) for a w that cannot overlap
// itself, found forwards (a fast search, and most lines hold no w).
func lastIndexOf(s, w string) int {
	i := strings.Index(s, w)
	if i < 0 {
		return -1
	}
	for {
		j := strings.Index(s[i+len(w):], w)
		if j < 0 {
			return i
		}
		i += len(w) + j
	}
}

// lastIndexFoldASCII is the last index of w (lower-case ASCII letters and
// punctuation) in s in any ASCII case of its letters, or -1.
func lastIndexFoldASCII[T string | []byte](s T, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		k := 0
		for k < len(w) && (s[i+k] == w[k] || w[k] >= 'a' && w[k] <= 'z' && s[i+k] == w[k]-0x20) {
			k++
		}
		if k == len(w) {
			return i
		}
	}
	return -1
}

// pressNoiseHint holds for every string rePressNoise matches in: each of
// its alternatives holds one of these (the ASCII ones in any case).
func pressNoiseHint(s string) bool {
	for _, w := range []string{"바로", "홈", "로고", "메인으로", "(주)", "㈜"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return containsFoldASCII(s, "logo") || containsFoldASCII(s, ", inc") || containsFoldASCII(s, "co., ltd")
}

// validUTF8 is utf8.ValidString, faster on Hangul: ASCII and the
// three-byte sequences of the Basic Multilingual Plane (but the surrogate
// range) are checked inline, the others by decoding them (an invalid
// byte decodes as RuneError of size 1).
func validUTF8(s string) bool {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if i+2 < len(s) && c >= 0xE1 && c <= 0xEF && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && (c != 0xED || s[i+1] < 0xA0) {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// copyEndIndex is where the first match of reCopyEnd starts in s, or -1:
// the least of the first places of its alternatives, 무단, 재배포, one of
// <>(&|[], a white space, a colon and a white space, a dot before a white
// space or at the end, and in any case www. and all rights (with ſ, which
// (?i) takes for s).
func copyEndIndex(s string) int {
	best := -1
	take := func(i int) {
		if i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	take(strings.Index(s, "무단"))
	take(strings.Index(s, "재배포"))
	take(strings.IndexAny(s, "<>(&|[]"))
	for i := 0; i < len(s) && (best < 0 || i < best); i++ {
		c := s[i]
		switch {
		case c == '.':
			if i+1 == len(s) || isReSpace(s[i+1]) {
				take(i)
			}
		case isReSpace(c):
			if i+2 < len(s) && s[i+1] == ':' && isReSpace(s[i+2]) {
				take(i)
			}
		case c|0x20 == 'w':
			if i+3 < len(s) && s[i+1]|0x20 == 'w' && s[i+2]|0x20 == 'w' && s[i+3] == '.' {
				take(i)
			}
		case c|0x20 == 'a':
			if allRightsAt(s, i) {
				take(i)
			}
		}
	}
	return best
}

// allRightsAt reports (?i)all\s*rights at i.
func allRightsAt(s string, i int) bool {
	if i+3 > len(s) || s[i+1]|0x20 != 'l' || s[i+2]|0x20 != 'l' {
		return false
	}
	j := skipReSpace(s, i+3)
	if j+5 > len(s) {
		return false
	}
	for k, c := range []byte("right") {
		if s[j+k]|0x20 != c {
			return false
		}
	}
	j += 5
	return j < len(s) && s[j]|0x20 == 's' || strings.HasPrefix(s[j:], "ſ")
}

func isReSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
