package page

import (
	"bytes"
	_ "embed"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed phrases.txt
var phrasesTxt string

type phraseKind int

const (
	kindNone phraseKind = iota
	kindDrop
	kindStop
)

type phrase struct {
	op   byte // '=', '^', '*'
	text string
}

var phraseLists = parsePhrases(phrasesTxt)

func parsePhrases(src string) map[phraseKind][]phrase {
	out := map[phraseKind][]phrase{}
	kind := kindNone
	for _, ln := range strings.Split(src, "\n") {
		ln = strings.TrimRight(ln, "\r")
		t := strings.TrimSpace(ln)
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
			continue
		case t == "[drop]":
			kind = kindDrop
			continue
		case t == "[stop]":
			kind = kindStop
			continue
		}
		if kind == kindNone || len(ln) < 3 || ln[1] != ' ' {
			continue
		}
		op := ln[0]
		if op != '=' && op != '^' && op != '*' {
			continue
		}
		out[kind] = append(out[kind], phrase{op, fold(ln[2:])})
	}
	return out
}

// fold collapses whitespace (NBSP and other spaces included) and trims.
func fold(s string) string {
	if s == "" || folded(s) {
		return s
	}
	// most texts that are not folded only have spaces at their ends: those
	// are cut, not copied
	if t := strings.Trim(s, " "); len(t) < len(s) && (t == "" || folded(t)) {
		return t
	}
	return foldAll(s)
}

// foldAll is fold without its shortcut for text that is already folded.
// Runs of runes that are not white space are copied whole; an invalid byte
// becomes U+FFFD (as ranging over the string gives it).
func foldAll(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// the run of runes from i that are not white space, and the size
		// of the rune that ends it (0 at the end of s)
		j, size, invalid := i, 0, false
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
					size = 1
					break
				}
				j++
				continue
			}
			if hangulAt(s, j) {
				j += 3
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 {
				size, invalid = 1, true
				break
			}
			if foldSpace(r) {
				size = n
				break
			}
			j += n
		}
		if j > i || invalid {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
		}
		if invalid {
			b.WriteString("\uFFFD")
		} else if size > 0 {
			space = true
		}
		i = j + size
	}
	return b.String()
}

// appendFold appends fold(string(s)) to dst, which must be empty: the
// same loop over bytes (an invalid byte becomes U+FFFD, as ranging over a
// string gives it).
func appendFold(dst, s []byte) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				space = true
				continue
			}
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			i += size
			space = true
			continue
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

// phraseIndex holds the stock phrases by how they match: whole lines in a
// map, prefixes by their first rune, and the few 'contains' phrases in a list,
// so that a line costs a map look-up or two instead of a pass over every
// phrase.
type phraseIndex struct {
	exact    map[string]phraseKind
	prefix   map[rune][]kindPhrase
	anywhere []kindPhrase // '*' phrases, and '^' phrases without a first rune

	// For plainFast: the first runes of whole-line and prefix phrases; the
	// first word of each '*' phrase (folding never changes it) by its first
	// rune, as the rest of the word; always when a phrase matches any line.
	first     map[rune][]firstPhrase
	words     []runeWords  // few: a list is quicker than a map
	wordMask  [1024]uint64 // the keys of words below U+10000, as bits
	firstMask [1024]uint64 // the keys of first below U+10000, as bits
	always    bool

	// firstLists are the lists of first for its keys below U+10000, in
	// order; firstKeys marks those keys as bits, and firstRank[w] counts
	// the keys of the words of firstKeys before w (firstOf).
	firstLists [][]firstPhrase
	firstKeys  [1024]uint64
	firstRank  [1024]uint16
}

// firstPhrase is a phrase of phraseIndex.first, with a quick first test
// of a line that starts with its first rune (most such lines fail it: their
// second rune differs). head holds the bytes of the phrase after its first
// rune (from offset after) and before its first space, at most four, as a
// little-endian word, under mask; space is set when a space follows the
// first rune.
type firstPhrase struct {
	text       string
	after      int
	head, mask uint32
	space      bool
}

func newFirstPhrase(p string) firstPhrase {
	_, size := utf8.DecodeRuneInString(p)
	f := firstPhrase{text: p, after: size, space: size < len(p) && p[size] == ' '}
	for j := 0; j < 4 && size+j < len(p) && p[size+j] != ' '; j++ {
		f.head |= uint32(p[size+j]) << (8 * j)
		f.mask |= 0xFF << (8 * j)
	}
	return f
}

// matches reports whether fold(s) starts with the phrase, as
// foldedHasPrefix(s, f.text) does; s starts with a rune that is not white
// space. The bytes of s under mask must be head (no byte of a phrase is 0),
// and white space must follow the first rune when a space does in the
// phrase.
func (f *firstPhrase) matches(s string) bool {
	i := f.after
	if f.space {
		return i < len(s) && !startsRune[s[i]] && foldedHasPrefix(s, f.text)
	}
	var w uint32
	if i >= 0 && i+4 <= len(s) {
		w = uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
	} else {
		for j := 0; i+j < len(s); j++ {
			w |= uint32(s[i+j]) << (8 * j)
		}
	}
	return w&f.mask == f.head && foldedHasPrefix(s, f.text)
}

// runeWords are the first words of '*' phrases that start with r, as the
// rest of the word.
type runeWords struct {
	r     rune
	words []string
}

func (ix *phraseIndex) addWord(r rune, w string) {
	for i := range ix.words {
		if ix.words[i].r == r {
			ix.words[i].words = append(ix.words[i].words, w)
			return
		}
	}
	ix.words = append(ix.words, runeWords{r, []string{w}})
}

// wordsOf are the first words of '*' phrases that start with r, as the
// rest of the word.
func (ix *phraseIndex) wordsOf(r rune) []string {
	for i := range ix.words {
		if ix.words[i].r == r {
			return ix.words[i].words
		}
	}
	return nil
}

type kindPhrase struct {
	kind phraseKind
	text string
}

var phrases = indexPhrases(phraseLists)

func indexPhrases(lists map[phraseKind][]phrase) *phraseIndex {
	ix := &phraseIndex{exact: map[string]phraseKind{}, prefix: map[rune][]kindPhrase{},
		first: map[rune][]firstPhrase{}}
	for _, k := range []phraseKind{kindStop, kindDrop} {
		for _, p := range lists[k] {
			r, size := utf8.DecodeRuneInString(p.text)
			if p.op != '*' && r < 0x10000 {
				ix.firstMask[r>>6] |= 1 << (r & 63) // first gets an entry for r
			}
			switch p.op {
			case '=':
				if _, ok := ix.exact[p.text]; !ok {
					ix.exact[p.text] = k
				}
				ix.first[r] = append(ix.first[r], newFirstPhrase(p.text))
			case '^':
				if p.text == "" {
					ix.anywhere = append(ix.anywhere, kindPhrase{k, ""})
					ix.always = true
					continue
				}
				ix.prefix[r] = append(ix.prefix[r], kindPhrase{k, p.text})
				ix.first[r] = append(ix.first[r], newFirstPhrase(p.text))
			case '*':
				ix.anywhere = append(ix.anywhere, kindPhrase{k, p.text})
				if p.text == "" {
					ix.always = true
					continue
				}
				w, _, _ := strings.Cut(p.text[size:], " ")
				ix.addWord(r, w)
				if r < 0x10000 {
					ix.wordMask[r>>6] |= 1 << (r & 63)
				} else {
					ix.always = true
				}
			}
		}
	}
	for r := range rune(0x10000) {
		if r&63 == 0 {
			ix.firstRank[r>>6] = uint16(len(ix.firstLists))
		}
		if ps, ok := ix.first[r]; ok {
			ix.firstKeys[r>>6] |= 1 << (r & 63)
			ix.firstLists = append(ix.firstLists, ps)
		}
	}
	return ix
}

// firstOf is first[r], without a map look-up below U+10000: the rank of
// r among the keys of firstKeys.
func (ix *phraseIndex) firstOf(r rune) []firstPhrase {
	if r < 0 || r >= 0x10000 {
		return ix.first[r]
	}
	w, bit := ix.firstKeys[r>>6], uint64(1)<<(r&63)
	if w&bit == 0 {
		return nil
	}
	return ix.firstLists[int(ix.firstRank[r>>6])+bits.OnesCount64(w&(bit-1))]
}

// folded reports whether fold(s) == s: no white space but single ASCII
// spaces between words.
func folded(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		if c >= 0xEA && c <= 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && (c != 0xED || s[i+1] < 0xA0) {
			// three bytes from U+A000 to U+D7FF: no space among them
			prevSpace = false
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && (r < 0xAC00 || r > 0xD7A3) && (unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff') {
			return false
		}
		if r == utf8.RuneError {
			return false // fold writes U+FFFD for an invalid byte
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// phraseKindOf reports whether a (folded) line is a stock phrase; a stop
// phrase wins over a drop phrase.
func phraseKindOf(line string) phraseKind { return phraseKindK(line, kwAnywhere) }

// phraseKindK is phraseKindOf of a line with line keys k: the '*'
// phrases are looked for only when k has kwAnywhere.
func phraseKindK(line string, k uint32) phraseKind {
	best := kindNone
	note := func(k phraseKind) {
		if k == kindStop || best == kindNone {
			best = k
		}
	}
	if k, ok := phrases.exact[line]; ok {
		note(k)
	}
	if line != "" {
		r, _ := utf8.DecodeRuneInString(line)
		for _, p := range phrases.prefix[r] {
			if strings.HasPrefix(line, p.text) {
				note(p.kind)
			}
		}
	}
	if k&kwAnywhere == 0 {
		return best
	}
	for _, p := range phrases.anywhere {
		if strings.Contains(line, p.text) {
			note(p.kind)
		}
	}
	return best
}

// phraseKindSlow is phraseKindOf by a pass over every phrase (the reference
// the tests compare the index with).
func phraseKindSlow(line string) phraseKind {
	for _, k := range []phraseKind{kindStop, kindDrop} {
		for _, p := range phraseLists[k] {
			switch p.op {
			case '=':
				if line == p.text {
					return k
				}
			case '^':
				if strings.HasPrefix(line, p.text) {
					return k
				}
			case '*':
				if strings.Contains(line, p.text) {
					return k
				}
			}
		}
	}
	return kindNone
}

var (
	reCopyright  = regexp.MustCompile(`(?i)ⓒ|©|\(c\)\s*\S|copyright|all rights reserved|무단\s*(?:전재|복제|배포)|재배포\s*금지|재배포금지|AI\s*학습\s*(?:및\s*)?활용\s*금지`)
	reMetaLine   = regexp.MustCompile(`^(?:\[|\()?\s*(?:기사\s*)?(?:입력|최초\s*입력|기사입력|기사\s*전송|수정|최종\s*수정|업데이트|승인|등록|송고|게재|발행|작성)\s*(?:일시|시간|일)?\s*[:：]?\s*\d{4}\s*[.\-/년]`)
	reReadTime   = regexp.MustCompile(`^\S*\d+\s*분\s*\d+\s*초\s*소요$`)
	reCredit     = regexp.MustCompile(`^[\[\(<]?\s*(?:사진|그래픽|자료|영상|제공|출처|사진 출처|자료 사진)\s*[=:：/]`)
	reCreditTail = regexp.MustCompile(`[/=]\s*[가-힣A-Za-z0-9·&]{2,14}(?:\s*(?:제공|DB|기자|특파원))?\s*[\]\)]?$`)
	reBracketEnd = regexp.MustCompile(`[\[\(]\s*(?:사진|자료|그래픽|제공|출처)[^\]\)]*[\]\)]$`)
	reRelated    = regexp.MustCompile(`^(?:▶|☞|▷|■\s*관련|◆\s*관련|\[관련\s*기사\]|<관련\s*기사>|관련기사\s*[:：])`)
)

// sentenceEnd reports whether a line ends like a Korean sentence: 다. 요. 까?
// 죠. also before a closing quote or bracket.
func sentenceEnd(s string) bool {
	// by the bytes of the runes it looks for (the last rune of a string
	// ends with them exactly when it is one of them)
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	for i := 0; i < 3 && s != ""; i++ {
		n := closerSuffix(s)
		if n == 0 {
			break
		}
		s = strings.TrimRight(s[:len(s)-n], " ")
	}
	switch {
	case strings.HasSuffix(s, "…"):
		s = s[:len(s)-len("…")]
	case s != "" && (s[len(s)-1] == '.' || s[len(s)-1] == '?' || s[len(s)-1] == '!'):
		s = s[:len(s)-1]
	default:
		// '…다"' (quote without period) still ends a sentence.
		return false
	}
	for {
		if strings.HasSuffix(s, "…") {
			s = s[:len(s)-len("…")]
		} else if s != "" && (s[len(s)-1] == '.' || s[len(s)-1] == '?' || s[len(s)-1] == '!') {
			s = s[:len(s)-1]
		} else {
			break
		}
	}
	if s != "" && s[len(s)-1] < utf8.RuneSelf {
		c := s[len(s)-1]
		return c == ')' || c == '"' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return isHangul(r) || r == '”' || unicode.IsDigit(r)
}

// trimDot is strings.Trim(s, ascii+"·") for ASCII runes ascii, by bytes
// (the last rune of s is · exactly when s ends with its two bytes).
func trimDot(s, ascii string) string {
	for s != "" {
		if strings.IndexByte(ascii, s[0]) >= 0 {
			s = s[1:]
		} else if strings.HasPrefix(s, "·") {
			s = s[len("·"):]
		} else {
			break
		}
	}
	for s != "" {
		if strings.IndexByte(ascii, s[len(s)-1]) >= 0 {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "·") {
			s = s[:len(s)-len("·")]
		} else {
			break
		}
	}
	return s
}

// closerSuffix is the size of the closing quote or bracket s ends with
// (one of "'”’」』)]>), or 0.
func closerSuffix(s string) int {
	if s == "" {
		return 0
	}
	switch s[len(s)-1] {
	case '"', '\'', ')', ']', '>':
		return 1
	case "”"[2], "’"[2], "」"[2], "』"[2]: // the last bytes of the others
		for _, q := range []string{"”", "’", "」", "』"} {
			if strings.HasSuffix(s, q) {
				return len(q)
			}
		}
	}
	return 0
}

// endsLikeSentence is sentenceEnd plus '…다"' and '…다”' forms without a period.
func endsLikeSentence(s string) bool {
	if sentenceEnd(s) {
		return true
	}
	s = strings.TrimRight(s, " ")
	if s == "" || s[len(s)-1] != '"' && s[len(s)-1] != '\'' && s[len(s)-1] != "”"[2] && s[len(s)-1] != "’"[2] {
		return false // none of the endings below (by their last byte)
	}
	for _, suf := range []string{"다\"", "다”", "다'", "다’", "요\"", "요”"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func hasHangul(s string) bool {
	for _, r := range s {
		if isHangul(r) {
			return true
		}
	}
	return false
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func (f *lineFacts) isCaption() bool {
	s := f.s
	if isCredit(s) {
		return true
	}
	// reCreditTail holds / or =
	if !f.endsSentence() && f.keys&(kwSlash|kwEq) != 0 && isCreditTail(s) && f.runes() < 400 {
		// '… /연합뉴스', '…[사진=기관 제공]'
		i := strings.LastIndexAny(s, "/=")
		if i >= 0 {
			tail := strings.TrimSpace(s[i+1:])
			if !strings.Contains(tail, " ") || runeLen(tail) <= 10 {
				return true
			}
		}
	}
	if isBracketEnd(s) {
		return true
	}
	// A sentence and then a bare organisation or person name, no ending of its own.
	if !f.endsSentence() {
		if f.keys&kwMoseup != 0 && rePictureTail.MatchString(s) {
			return true
		}
		for _, sep := range []string{"다. ", "다.", "다 "} {
			if f.keys&(kwDaDot|kwDaSpace) == 0 {
				break // none of them is in s
			}
			i := strings.LastIndex(s, sep)
			if i <= 0 {
				continue
			}
			tail := strings.TrimSpace(s[i+len(sep):])
			// Captions describe a picture: '…발언하고 있다. 기관', '…모습. 기관'.
			// An agency credit after a reported sentence ('…말했다. 연합뉴스')
			// is the end of a body paragraph, not a caption.
			head := strings.TrimSpace(s[:i+len("다")])
			pictured := strings.HasSuffix(head, "있다") || strings.HasSuffix(head, "모습이다")
			if pictured && tail != "" && runeLen(tail) <= 15 && !strings.ContainsAny(tail, ".?!") && hasHangul(tail) && strings.Count(tail, " ") <= 1 {
				return true
			}
			break
		}
	}
	return false
}

// --- dates ---

var reDate = regexp.MustCompile(`(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*(?:일|\.)?\s*(?:\([월화수목금토일]\))?\s*(?:T|\s)*(?:(오전|오후|AM|PM|am|pm)\s*)?(?:(\d{1,2})\s*(?::|시)\s*(\d{1,2})(?:\s*분)?(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+\-]\d{2}:?\d{2})?)?`)

// parseDate reads the first date (and time) in s. Korean 오전/오후 forms and
// ISO forms with or without a zone are understood; no zone means Korea time.
func parseDate(s string) (t time.Time, hasTime, ok bool) {
	// reDate starts with four digits and has no anchor: the regexp need
	// only see the text from the first four digits in a row
	at := digits4At(s)
	if at < 0 {
		return time.Time{}, false, false
	}
	m := reDate.FindStringSubmatch(s[at:])
	if m == nil {
		return time.Time{}, false, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if y < 1980 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false, false
	}
	loc := kst
	hh, mm, ss := 0, 0, 0
	if m[5] != "" {
		hh, _ = strconv.Atoi(m[5])
		mm, _ = strconv.Atoi(m[6])
		if m[7] != "" {
			ss, _ = strconv.Atoi(m[7])
		}
		switch strings.ToLower(m[4]) {
		case "오후", "pm":
			if hh < 12 {
				hh += 12
			}
		case "오전", "am":
			if hh == 12 {
				hh = 0
			}
		}
		if hh > 23 || mm > 59 || ss > 59 {
			hh, mm, ss = 0, 0, 0
		} else {
			hasTime = true
		}
		if z := m[8]; z != "" && hasTime {
			if z == "Z" {
				loc = time.UTC
			} else {
				zz := strings.ReplaceAll(z[1:], ":", "")
				zh, _ := strconv.Atoi(zz[:2])
				zm, _ := strconv.Atoi(zz[2:])
				off := zh*3600 + zm*60
				if z[0] == '-' {
					off = -off
				}
				if off == 9*3600 {
					loc = kst
				} else {
					loc = time.FixedZone("", off)
				}
			}
		}
	}
	t = time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc)
	if t.Day() != d { // 2월 31일
		return time.Time{}, false, false
	}
	if loc != kst {
		t = t.In(kst)
	}
	return t, hasTime, true
}

// --- reporters, datelines ---

var (
	// reReporter specifies a reporter's name and title; findReporters
	// (reporter.go) matches it by hand, and the tests hold them equal.
	reReporter = regexp.MustCompile(`((?:[가-힣]{2,4}\s*[·,ㆍ/]\s*)*[가-힣]{2,4})\s*(?:선임|수석|전문|객원|인턴|수습|국제전문|편집위원)?\s*(?:기자|특파원|통신원)`)
	reDateline = regexp.MustCompile(`([가-힣]{1,8})\s*=\s*(?:[가-힣A-Za-z]+\s*\]?\s*)?((?:[가-힣]{2,4}\s*[·,ㆍ]\s*)*[가-힣]{2,4})\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원)`)
	reNameMail = regexp.MustCompile(`^([가-힣]{2,4})\s*\(?\s*[A-Za-z0-9._%+\-]+@`)
)

var notNames = map[string]bool{
	"사진": true, "영상": true, "취재": true, "기자": true, "온라인": true, "디지털": true, "편집": true,
	"뉴스": true, "통신": true, "연합": true, "특별": true, "기획": true, "전문": true, "인턴": true,
	"수습": true, "객원": true, "선임": true, "수석": true, "담당": true, "본사": true, "일보": true,
	"동영상": true, "그래픽": true, "데스크": true, "앵커": true, "현장": true, "종합": true, "정리": true,
	"지역": true, "국제": true, "정치": true, "경제": true, "사회": true, "문화": true, "스포츠": true,
	"이날": true, "당시": true, "해당": true, "관련": true, "모든": true, "여러": true, "다른": true,
	"한편": true, "이어": true, "또한": true, "묻는": true, "있는": true, "되는": true, "하는": true,
	"함께": true, "주재": true, "파견": true, "방송": true, "신문": true, "매체": true, "외신": true,
}

// mediaSuffix reports names that are outlets, not places or people.
func mediaSuffix(s string) bool {
	if len(s) < 3 {
		return false // (every suffix is Hangul)
	}
	switch s[len(s)-3:] { // the last syllables of the suffixes
	case "제", "보", "스", "문", "송", "신", "컴", "어", "널", "이", "리", "아", "합":
	default:
		return false
	}
	for _, suf := range []string{"경제", "일보", "뉴스", "신문", "방송", "통신", "닷컴", "미디어", "저널", "투데이", "타임스", "데일리", "코리아", "뉴시스", "연합"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func validName(n string) bool {
	if !hangulAt(n, 0) || !hangulAt(n, len(n)-3) {
		n = strings.TrimSpace(n) // (a name from syllable to syllable has no space to trim)
	}
	// two to four runes, all of them syllables (three bytes each)
	if len(n) < 6 || len(n) > 12 || len(n)%3 != 0 {
		return false
	}
	for i := 0; i < len(n); i += 3 {
		if !hangulAt(n, i) {
			return false
		}
	}
	if notNames[n] || mediaSuffix(n) {
		return false
	}
	// Words ending in verb/particle syllables are not names.
	switch n[len(n)-3:] { // the last syllable
	case "는", "은", "을", "를", "의", "에", "서", "와", "과", "도", "만", "들":
		return false
	}
	return true
}

// reportersIn finds '홍길동 기자', '홍길동·김철수 기자' and '[서울=뉴시스]홍길동 기자 ='
// forms in s; the name must start a word.
func reportersIn(s string) (names []string) {
	names, _ = reporterScan(s, false)
	return names
}

// reporterScan is reportersIn; with rest set it also returns s without every
// match of reReporter (as reReporter.ReplaceAllString(s, "") would), from
// the same matches.
func reporterScan(s string, withRest bool) (names []string, rest string) {
	if !strings.Contains(s, "기자") && !strings.Contains(s, "특파원") && !strings.Contains(s, "통신원") {
		return nil, s // most lines name no reporter
	}
	var buf [4][4]int // the matches of most lines, without an allocation
	ms := reporterMatches(s, kwReporter, buf[:0])
	names = reporterNames(s, ms)
	if !withRest || len(ms) == 0 {
		return names, s
	}
	var b strings.Builder
	b.Grow(len(s)) // (rest is shorter than s)
	last := 0
	for _, m := range ms {
		b.WriteString(s[last:m[0]])
		last = m[1]
	}
	b.WriteString(s[last:])
	return names, b.String()
}

// reporterScanK is reportersIn of a line with line keys k.
func reporterScanK(s string, k uint32) []string {
	if k&kwReporter == 0 {
		return nil
	}
	var buf [4][4]int
	return reporterNames(s, reporterMatches(s, k, buf[:0]))
}

// reporterKeywords are the keywords of reReporter, with their line keys.
var reporterKeywords = []struct {
	key uint32
	kw  string
}{{kwGija, "기자"}, {kwTeukpawon, "특파원"}, {kwTongsinwon, "통신원"}}

// reporterMatches appends to out the matches of reReporter in s, as
// FindAllStringSubmatchIndex gives them ([start, end, name start, name
// end]); k has the line keys of s (the keywords it lacks are not looked
// for). A match ends with a keyword and starts no earlier than
// reporterBack of that keyword, so findReporters need only read, for each
// keyword, the text from there to its end (windows that overlap are read
// as one): the same matches, for a few runes around each keyword instead of
// all the runes of a line.
func reporterMatches(s string, k uint32, out [][4]int) [][4]int {
	i, n := nextKeyword(s, 0, k)
	if i < 0 {
		return out
	}
	var run backRun
	from, ki, to := reporterBack(s, i, &run), i, i+n
	for {
		i, n = nextKeyword(s, to, k)
		back := 0
		if i >= 0 {
			if back = reporterBack(s, i, &run); back <= to {
				from, ki, to = min(from, back), -1, i+n // (two keywords)
				continue
			}
		}
		if m, ok := plainReporter(s, from, ki, to); ok {
			out = append(out, m)
		} else {
			first := len(out)
			out = findReporters(s[from:to], out)
			for j := first; j < len(out); j++ {
				for q := range out[j] {
					out[j][q] += from
				}
			}
		}
		if i < 0 {
			return out
		}
		from, ki, to = back, i, i+n
	}
}

// plainReporter matches the window s[from:to] of reporterMatches that
// holds one keyword, at ki (-1 when it holds more), in the most common form
// of a byline: white space, a name of two to four syllables, white space
// and the keyword (홍길동 기자). That is the one match there: no match starts
// with white space; at the name the regexp takes no group (no separator
// follows it), the whole name, the white space, no title (a keyword is
// none) and the keyword.
func plainReporter(s string, from, ki, to int) ([4]int, bool) {
	if ki < 0 {
		return [4]int{}, false
	}
	rs := from
	for rs < ki && isReSpace(s[rs]) {
		rs++
	}
	re := rs
	for re < ki && hangulAt(s, re) {
		re += 3
	}
	if n := (re - rs) / 3; n < 2 || n > 4 || re == ki {
		return [4]int{}, false
	}
	for q := re; q < ki; q++ {
		if !isReSpace(s[q]) {
			return [4]int{}, false
		}
	}
	return [4]int{rs, to, rs, re}, true
}

// nextKeyword finds the first keyword of reReporter (기자, 특파원, 통신원) in
// s at or after at, of those whose keys k has: where it starts and its
// length, or -1.
func nextKeyword(s string, at int, k uint32) (int, int) {
	i, n := -1, 0
	t := s[at:]
	for _, w := range reporterKeywords {
		if k&w.key != 0 {
			if j := strings.Index(t, w.kw); j >= 0 {
				i, n, t = at+j, len(w.kw), t[:j] // (a later one must come before it)
			}
		}
	}
	return i, n
}

// reporterBack is the earliest start of a match of reReporter that ends
// with the keyword at i. Backwards, a match is the keyword, white space, a
// title, white space, and the last name, with the title, the white space
// or both left out (so the name and title are in the run of syllables right
// before the keyword or in the two runs before that), then as many names as
// there are, each before white space, a separator and white space. A
// name may start inside its run of syllables only when it is the first.
// run is the run of syllables the last call walked back over first (see
// backRun).
func reporterBack(s string, i int, run *backRun) int {
	p := run.syllablesBack(s, i)
	p = syllablesBack(s, spaceBack(s, p))
	p = syllablesBack(s, spaceBack(s, p))
	for {
		q := spaceBack(s, p)
		n := sepBefore(s, q)
		if n == 0 {
			return p
		}
		p = syllablesBack(s, spaceBack(s, q-n))
	}
}

// syllablesBack is the start of the run of syllables that ends at p.
func syllablesBack(s string, p int) int {
	for hangulAt(s, p-3) {
		p -= 3
	}
	return p
}

// backRun is a run of syllables of a line that syllablesBack walked back
// over: syllablesBack(s, end) is start. reporterMatches walks back from
// each keyword of a line; a walk that reaches the end of the run before
// need not go over it again (in a line of syllables and keywords without
// a space, each walk would go back to the start of the line: the square
// of its length in all).
type backRun struct{ start, end int }

// syllablesBack is syllablesBack(s, p), and notes the run walked over.
func (r *backRun) syllablesBack(s string, p int) int {
	q := p
	if q != r.end {
		for hangulAt(s, q-3) {
			if q -= 3; q == r.end {
				break
			}
		}
	}
	if q == r.end {
		q = r.start
	}
	r.start, r.end = q, p
	return q
}

// spaceBack is the start of the white space (what \s matches) that ends at p.
func spaceBack(s string, p int) int {
	for p > 0 && isReSpace(s[p-1]) {
		p--
	}
	return p
}

// sepBefore is the size of the name separator (·, ㆍ, a comma, a slash)
// that ends at p, or 0.
func sepBefore(s string, p int) int {
	switch {
	case p < 1:
		return 0
	case s[p-1] == ',' || s[p-1] == '/':
		return 1
	case strings.HasSuffix(s[:p], "·"):
		return len("·")
	case strings.HasSuffix(s[:p], "ㆍ"):
		return len("ㆍ")
	}
	return 0
}

// reporterNames are the reporters the matches ms of reReporter in s name:
// the valid names of the matches that start and end a word.
func reporterNames(s string, ms [][4]int) (names []string) {
	for _, m := range ms {
		if hangulAt(s, m[2]-3) || hangulAt(s, m[1]) { // 기자들, 기자회견
			continue
		}
		group := s[m[2]:m[3]]
		if q, _ := sepIndex(group, 0); q < 0 {
			// one name (what splitNames gives, without its slice)
			if validName(group) {
				names = append(names, group)
			}
			continue
		}
		for _, n := range splitNames(group) {
			if validName(n) {
				names = append(names, n)
			}
		}
	}
	return names
}

// datelineIn returns the place of a '제주=이성민 기자' / '[서울=뉴시스]' dateline.
func datelineIn(s string) string {
	if !strings.Contains(s, "=") {
		return ""
	}
	if m := findDateline(s); m != nil && !mediaSuffix(m[1]) && runeLen(m[1]) <= 5 {
		return m[1]
	}
	if m := findAgencyLine(strings.TrimSpace(s)); m != nil && !mediaSuffix(m[1]) {
		return m[1]
	}
	return ""
}

// isBylineLine reports a short line that only names the reporters (and
// e-mails, dateline), not article text.
func isBylineLine(s string) bool {
	ok, _ := bylineNames(s)
	return ok
}

// bylineNames is isBylineLine, and the reporters named in s (reportersIn).
func bylineNames(s string) (byline bool, names []string) {
	f := factsOf(s)
	return f.bylineNames()
}

func (f *lineFacts) bylineNames() (byline bool, names []string) {
	s := f.s
	if f.keys&kwReporter == 0 {
		// no reporter: a byline line only if it is an e-mail line
		if strings.IndexByte(s, '@') < 0 || len(s) > 320 || f.runes() > 80 || f.endsSentence() {
			return false, nil
		}
		return emailLine(s), nil
	}
	var buf [4][4]int // the matches of most lines, without an allocation
	ms := reporterMatches(s, f.keys, buf[:0])
	names = reporterNames(s, ms)
	if len(s) > 320 || f.runes() > 80 || f.endsSentence() {
		return false, names
	}
	if len(names) > 0 {
		return shortRest(s, ms), names
	}
	if strings.IndexByte(s, '@') < 0 {
		return false, nil
	}
	return emailLine(s), nil
}

// bylineCut are the ASCII runes trimmed off the ends of what is left of a
// byline line (with ·).
const bylineCut = " =[]()<>,/|\t"

// shortRest reports whether what is left of s (at most 320 bytes) without
// the matches ms of reReporter, without its e-mail addresses and without
// the runes of bylineCut and · at its ends has at most 12 runes: what
// runeLen(trimDot(removeEmails(rest), bylineCut)) says of the rest of
// reporterScan, on the stack. Taking the matches out only joins text that
// a match separated: unless e-mail letters meet there, the e-mail addresses
// of the rest are those of s.
func shortRest(s string, ms [][4]int) bool {
	var buf [320]byte
	b := buf[:0]
	last := 0
	var prev byte // the last byte of the rest so far (of the text kept before the match at hand)
	joined := false
	start, end, ok := nextEmail(s, 0)
	for j := 0; j <= len(ms); j++ {
		m0, m1 := len(s), len(s) // (the text after the last match)
		if j < len(ms) {
			m0, m1 = ms[j][0], ms[j][1]
		}
		if m0 == last {
			last = m1
			continue
		}
		if emailByte(prev) && emailByte(s[last]) {
			joined = true
		}
		prev = s[m0-1]
		for ok && start < m0 {
			b = append(b, s[last:start]...)
			last = end
			start, end, ok = nextEmail(s, end)
		}
		b = append(b, s[last:m0]...)
		last = m1
	}
	if joined && strings.IndexByte(s, '@') >= 0 {
		// (never in bylines): the rest, as it was
		_, rest := reporterScan(s, true)
		return runeLen(trimDot(removeEmails(rest), bylineCut)) <= 12
	}
	return runesAtMost(trimDotBytes(b, bylineCut), 12)
}

// runesAtMost reports whether b holds at most n runes (as utf8.RuneCount
// counts them, which would copy b into a string).
func runesAtMost(b []byte, n int) bool {
	for i := 0; i < len(b); n-- {
		if n == 0 {
			return false
		}
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRune(b[i:])
		i += w
	}
	return true
}

// emailByte reports the bytes of e-mail addresses (nextEmail).
func emailByte(c byte) bool { return emailLocal(c) || c == '@' }

// trimDotBytes is trimDot of bytes.
func trimDotBytes(b []byte, ascii string) []byte {
	for len(b) > 0 {
		if strings.IndexByte(ascii, b[0]) >= 0 {
			b = b[1:]
		} else if len(b) >= 2 && b[0] == 0xC2 && b[1] == 0xB7 { // ·
			b = b[2:]
		} else {
			break
		}
	}
	for len(b) > 0 {
		if strings.IndexByte(ascii, b[len(b)-1]) >= 0 {
			b = b[:len(b)-1]
		} else if len(b) >= 2 && b[len(b)-2] == 0xC2 && b[len(b)-1] == 0xB7 {
			b = b[:len(b)-2]
		} else {
			break
		}
	}
	return b
}

// emailLine reports whether s (at most 320 bytes), a line that names no
// reporter, holds e-mail addresses and little else: 'hong@example.com',
// '◎공감언론 여울통신 a@x.kr, b@x.kr'.
func emailLine(s string) bool {
	var buf [320]byte
	b := buf[:0]
	last := 0
	for start, end, ok := nextEmail(s, 0); ok; start, end, ok = nextEmail(s, end) {
		b = append(b, s[last:start]...)
		last = end
	}
	b = bytes.TrimSpace(append(b, s[last:]...))
	return len(b) != len(s) && runesAtMost(bytes.Trim(b, " ()<>[],;/◎○●◆■▲▶☞※-"), 12)
}

// endsRune reports that s ends with a rune that is not white space: an
// ASCII one, or a syllable.
func endsRune(s string) bool {
	c := s[len(s)-1]
	return c > ' ' && c < utf8.RuneSelf || hangulAt(s, len(s)-3)
}

// distinctNames reports that names holds names, none of them twice, that
// addUnique takes as they are (trimmed).
func distinctNames(names []string) bool {
	for i, n := range names {
		if n == "" || !startsRune[n[0]] || !endsRune(n) || slices.Contains(names[:i], n) {
			return false
		}
	}
	return len(names) > 0
}

func addUnique(list []string, items ...string) []string {
	for _, it := range items {
		if it == "" || !startsRune[it[0]] || !endsRune(it) {
			it = strings.TrimSpace(it) // (most items are trimmed names)
		}
		if it == "" {
			continue
		}
		dup := false
		for _, x := range list {
			if x == it {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// notePeople records reporters, e-mails and a dateline seen in a line.
func (p *Page) notePeople(s string) { p.noteNames(s, reportersIn(s)) }

// noteNames is notePeople with the reporters of s already found.
func (p *Page) noteNames(s string, names []string) {
	if p.Reporters == nil && distinctNames(names) {
		// what addUnique would copy: the slice of names itself (no one
		// changes it; an append to Reporters copies it)
		p.Reporters = names[:len(names):len(names)]
	} else {
		p.Reporters = addUnique(p.Reporters, names...)
	}
	if !strings.Contains(s, "@") {
		if p.Dateline == "" {
			p.Dateline = datelineIn(s)
		}
		return
	}
	for start, end, ok := nextEmail(s, 0); ok; start, end, ok = nextEmail(s, end) { // (findEmails, without its slice)
		p.Emails = addUnique(p.Emails, strings.TrimRight(s[start:end], "."))
	}
	if p.Dateline == "" {
		p.Dateline = datelineIn(s)
	}
}

var (
	rePictureTail = regexp.MustCompile(`모습\.?\s+[가-힣A-Za-z]{2,15}$`)
	reNameSep     = regexp.MustCompile(`\s*[·,ㆍ/]\s*`) // splitNames splits by hand as this does
	reAgencyLine  = regexp.MustCompile(`^[\[\(]([가-힣]{1,5})\s*=\s*(?:연합뉴스|뉴시스|뉴스1|[가-힣]+)[\]\)]`)
)

// nextEmail finds the first e-mail address in s at or after from: the
// first match of [A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,} (reEmail
// of the tests), found by hand. That match is around the first @ with
// e-mail letters before it and, after it, a domain of letters, digits,
// dots and hyphens that holds a dot followed by two letters; it runs from
// the start of the letters to the end of the letters after the last such
// dot.
func nextEmail(s string, from int) (start, end int, ok bool) {
	for i := from; i < len(s); {
		j := strings.IndexByte(s[i:], '@')
		if j < 0 {
			return 0, 0, false
		}
		at := i + j
		i = at + 1
		start = at
		for start > from && emailLocal(s[start-1]) {
			start--
		}
		if start == at {
			continue
		}
		d := at + 1
		for d < len(s) && emailDomain(s[d]) {
			d++
		}
		for q := d - 3; q >= at+2; q-- {
			if s[q] == '.' && asciiLetter(s[q+1]) && asciiLetter(s[q+2]) {
				end = q + 3
				for end < d && asciiLetter(s[end]) {
					end++
				}
				return start, end, true
			}
		}
	}
	return 0, 0, false
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func emailDomain(c byte) bool {
	return asciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '-'
}

func emailLocal(c byte) bool {
	return emailDomain(c) || c == '_' || c == '%' || c == '+'
}

// removeEmails removes the e-mail addresses of s (nextEmail).
func removeEmails(s string) string {
	start, end, ok := nextEmail(s, 0)
	if !ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for ok {
		b.WriteString(s[last:start])
		last = end
		start, end, ok = nextEmail(s, end)
	}
	b.WriteString(s[last:])
	return b.String()
}
