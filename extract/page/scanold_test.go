package page

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// Byte classes of plainRunOld.
const (
	rcStopOld   = iota // anything else: the slow path of scanLine
	rcSpaceOld         // an ASCII space
	rcASCIIOld         // ASCII, not white space, none of the runes of scanMask
	rcHangulOld        // the lead byte of a Hangul syllable
	rcDigitOld         // an ASCII digit
)

var runClassOld = func() (t [256]uint8) {
	for c := 0x21; c < 0x7f; c++ {
		if scanMask[c>>6]&(1<<(c&63)) == 0 {
			t[c] = rcASCIIOld
		}
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = rcDigitOld
	}
	t[' '] = rcSpaceOld
	for c := 0xEA; c <= 0xED; c++ {
		t[c] = rcHangulOld
	}
	return t
}()

// plainRunOld reads, from i, the runes of line that scanLine would only
// count: plain syllables (plainSyllables), ASCII spaces, ASCII runes of
// no case of scanLine, and digits once the folded line has more than 24
// runes (a digit after that is no sign of metadata). n is the runes of the
// folded line so far and space tells white space pending at i; it returns
// where the runes end, the runes of the folded line then (a space counts
// once a rune follows it), whether white space is pending, single unless
// two spaces came in a row, and whether it read a syllable.
func plainRunOld(line string, i, n int, space bool) (end, m int, spaceAfter, single, hangul bool) {
	single = true
	for uint(i) < uint(len(line)) {
		c := line[i]
		if c-0xEA <= 0xED-0xEA { // the lead byte of a syllable
			if uint(i+2) >= uint(len(line)) {
				break
			}
			u := line[i : i+3] // one bounds check for the two bytes after
			c2 := u[2]
			if plainSyllables[int(c&3)<<8|int(u[1])]&(1<<(c2&63)) == 0 || c2&0xC0 != 0x80 {
				break
			}
			if space {
				n++
				space = false
			}
			n++
			hangul = true
			i += 3
			continue
		}
		switch runClassOld[c] {
		case rcSpaceOld:
			single = single && !space
			space = true
			i++
			continue
		case rcDigitOld:
			if n < 24 {
				return i, n, space, single, hangul
			}
		case rcASCIIOld:
		default:
			return i, n, space, single, hangul
		}
		if space {
			n++
			space = false
		}
		n++
		i++
	}
	return i, n, space, single, hangul
}

// scanLineOld is scanLine as it was, with plainRun for the plain runes:
// the reference of FuzzScanLineOld.
func scanLineOld(line string) lineScan {
	var k uint64
	if phrases.always {
		k |= kwAnywhere
	}
	n, i := 0, 0
	var firstRune rune
	// white space before the first rune, and the first rune
	for i < len(line) {
		r, size, bits := scanRune(line, i)
		k |= bits
		if bits&scSpace != 0 {
			k |= scNotFolded
			i += size
			continue
		}
		n, firstRune = 1, r
		next := line[i+size:]
		switch {
		case phrases.always || r == '▶' || r == '☞' || r == '▷':
			k |= scSuspect
		case r == '관' || r == '■' || r == '◆' || r == '<' || r == '[':
			// related-article markers: 관련기사, ■ 관련, [관련 기사], <관련 기사>
			if strings.HasPrefix(strings.TrimLeftFunc(next, foldSpace), "련") ||
				strings.HasPrefix(strings.TrimLeftFunc(next, foldSpace), "관련") {
				k |= scSuspect
			}
		}
		if r >= 0x10000 || phrases.firstMask[r>>6]&(1<<(r&63)) != 0 {
			for _, p := range phrases.first[r] {
				if foldedHasPrefix(line[i:], p.text) {
					k |= scSuspect
					break
				}
			}
		}
		if r >= 0xAC00 && r <= 0xD7A3 {
			k |= kwHangul
		}
		if r < 0x10000 && scanMask[r>>6]&(1<<(r&63)) != 0 {
			k = scanCase(r, next, n, k)
		}
		i += size
		break
	}
	space := false
	for i < len(line) {
		c := line[i]
		if cl := runClassOld[c]; cl == rcSpaceOld || cl == rcASCIIOld || cl == rcDigitOld && n >= 24 ||
			cl == rcHangulOld && i+2 < len(line) && plainSyllables[int(c&3)<<8|int(line[i+1])]&(1<<(line[i+2]&63)) != 0 && line[i+2]&0xC0 == 0x80 {
			// most runes: plain syllables, spaces and ASCII, none of the
			// runes looked at below; counted as the path below would
			j, m, sp, single, hangul := plainRunOld(line, i, n, space)
			if j > i {
				i, n, space = j, m, sp
				if !single {
					k |= scNotFolded
				}
				if hangul {
					k |= kwHangul
				}
				continue
			}
		}
		r, size, bits := scanRune(line, i)
		k |= bits &^ scSpace
		if bits&scSpace != 0 {
			if c != ' ' || space {
				k |= scNotFolded
			}
			space = true
			i += size
			continue
		}
		if space {
			n++
			space = false
		}
		n++
		i += size
		if r >= 0xAC00 && r <= 0xD7A3 {
			k |= kwHangul
		}
		if r < 0x10000 && scanMask[r>>6]&(1<<(r&63)) != 0 {
			k = scanCase(r, line[i:], n, k)
		}
	}
	if space {
		k |= scNotFolded // trailing white space
	}
	if k&scDigitEarly != 0 && metaFirstRune(firstRune) || k&scEndsSoyo != 0 {
		k |= scSuspect
	}
	return lineScan{n: n, keys: uint32(k), suspect: k&scSuspect != 0,
		// isBylineLine takes lines of at most 80 runes
		byline: k&scByline != 0 && n <= 80, bad: k&scBad != 0, folded: k&scNotFolded == 0}
}

func FuzzScanLineOld(f *testing.F) {
	for _, s := range []string{"정부는 예산안을 발표했다.", "입력 2025.09.04", "홍길동 기자 hong@example.com", "가 나  다\t라", "무단 전재", "가\xff나 다", "가나다 ", "ⓒ 예시",
		"있다 \u00a0", "했다.  다\u3000모습", "(C) 2025", "로그인이 필요", " 공유", "관 련기사", "1234567890123456789012345 2025 기자", "\xed\xa0\x80가", "가\x00나", "\v가 \x1b\x01", "  가  나 다   ", " a  b\u00a0", "가 \xff  나 ",
		"다1 2다. 다가 3", "입력 2025 다 1", "가나다라마바사아자차카타파하가나다라마바사 12다 34"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := scanLine(s), scanLineOld(s)
		if got.ctl != strings.ContainsFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != 0x1b
		}) {
			t.Fatalf("scanLine(%q).ctl = %v", s, got.ctl)
		}
		got.ctl = false
		if got.oddSpace != strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && foldSpace(r) }) {
			t.Fatalf("scanLine(%q).oddSpace = %v", s, got.oddSpace)
		}
		if l := foldAll(s); got.fold(s) != l {
			t.Fatalf("scanLine(%q).fold = %q; want %q", s, got.fold(s), l)
		}
		got.oddSpace, got.repeatSpace = false, false
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scanLine(%q) = %+v; want %+v", s, got, want)
		}
	})
}

// foldedHasPrefixOld is foldedHasPrefix as it was, byte by byte: the
// reference of FuzzFoldedHasPrefix.
func foldedHasPrefixOld(s, p string) bool {
	for p != "" {
		if p[0] == ' ' {
			t := strings.TrimLeftFunc(s, foldSpace)
			if len(t) == len(s) {
				return false
			}
			s, p = t, p[1:]
			continue
		}
		if s == "" || s[0] != p[0] {
			return false
		}
		s, p = s[1:], p[1:]
	}
	return true
}

func FuzzFoldedHasPrefix(f *testing.F) {
	for _, c := range [][2]string{{"많이 본 뉴스", "많이 본 뉴스"}, {"많이  본\u00a0뉴스 더", "많이 본 뉴스"}, {"많이본 뉴스", "많이 본 뉴스"}, {"a ", "a "}, {"a", "a "}, {"a  b", "a  b"}, {"", ""}, {" x", " x"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, p string) {
		if got, want := foldedHasPrefix(s, p), foldedHasPrefixOld(s, p); got != want {
			t.Fatalf("foldedHasPrefix(%q, %q) = %v; want %v", s, p, got, want)
		}
	})
}

// endsLikeSentenceOld and mediaSuffixOld are endsLikeSentence and
// mediaSuffix as they were: the references of FuzzLineEnds.
func endsLikeSentenceOld(s string) bool {
	if sentenceEnd(s) {
		return true
	}
	s = strings.TrimRight(s, " ")
	for _, suf := range []string{"다\"", "다”", "다'", "다’", "요\"", "요”"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func mediaSuffixOld(s string) bool {
	for _, suf := range []string{"경제", "일보", "뉴스", "신문", "방송", "통신", "닷컴", "미디어", "저널", "투데이", "타임스", "데일리", "코리아", "뉴시스", "연합"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func FuzzLineEnds(f *testing.F) {
	for _, s := range []string{"말했다.", "말했다\"", "했다” ", "요’", "예시일보", "예시뉴스", "연합", "홍길동", "", "다", "\x9d", "'", "가나다라\"  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsLikeSentence(s), endsLikeSentenceOld(s); got != want {
			t.Fatalf("endsLikeSentence(%q) = %v; want %v", s, got, want)
		}
		if got, want := mediaSuffix(s), mediaSuffixOld(s); got != want {
			t.Fatalf("mediaSuffix(%q) = %v; want %v", s, got, want)
		}
	})
}

// TestCaseFollow holds caseFollow to scanCase: after a syllable with an
// entry, scanCase learns nothing unless one of its followers comes next.
func TestCaseFollow(t *testing.T) {
	others := []string{"", " ", "  다", "\t", ".", "a", "1", "\xea", "\xea\xb0", "·", "ⓒ", "\u3000"}
	checked := 0
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		f := caseFollow[r-0xAC00]
		if f == 0 {
			continue
		}
		checked++
		nexts := others
		for x := rune(0xAC00); x <= 0xD7A3; x++ {
			if s := string(x); !followedBy(s, caseFollowers[f]) {
				nexts = append(nexts[:len(others):len(others)], s, s+"포원", s+" 가")
				for _, next := range nexts {
					for _, n := range []int{1, 30} {
						if k := scanCase(r, next, n, 0); k != 0 {
							t.Fatalf("scanCase(%q, %q) = %#x; caseFollow says nothing", r, next, k)
						}
					}
				}
			}
		}
	}
	if checked < 8 {
		t.Fatalf("caseFollow has %d syllables", checked)
	}
}

// TestScanLinePieces holds scanLine to scanLineOld on random lines made of
// the syllables of scanMask (with and without what follows them in their
// cases), plain syllables, digits, marks and white space: the runes
// plainRunes reads on or stops at.
func TestScanLinePieces(t *testing.T) {
	pieces := []string{"다", "다.", "다 ", "다\"", "기", "기자", "로", "로그인", "무", "무단", "재", "재배포", "소", "소요", "학", "학습",
		"모", "모습", "통", "통신원", "특", "특파원", "가", "나라", "했", "정부", " ", "  ", "\t", "\u00a0", ".", ",", "1", "2025", "a",
		"(c)", "(", "ⓒ", "@", "=", "관련", "▶", "\xff", "\xea\xb8", "\xed\xa0\x80", "입력", "기사"}
	rng := rand.New(rand.NewPCG(8, 4))
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got, want := scanLine(s), scanLineOld(s)
		got.ctl, got.oddSpace, got.repeatSpace = false, false, false
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scanLine(%q) = %+v; want %+v", s, got, want)
		}
	}
}

// FuzzFirstPhrase holds firstPhrase.matches to foldedHasPrefix of its
// phrase, for every phrase of phrases.first and lines that start with its
// first rune.
func FuzzFirstPhrase(f *testing.F) {
	for _, s := range []string{"", " ", "시각 주요뉴스", " 시각  주요뉴스", "\u00a0기사의 댓글", "독하기", "쇄", "번 정부는", "미지", "\t", "자 프로필", "자  프로필 더"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for r, ps := range phrases.first {
			line := string(r) + s
			for _, p := range ps {
				if got, want := p.matches(line), foldedHasPrefix(line, p.text); got != want {
					t.Fatalf("matches(%q) of %q = %v; want %v", line, p.text, got, want)
				}
			}
		}
	})
}

// TestFirstOf holds phraseIndex.firstOf to the map it stands for, for
// every rune below U+10000 and a few above.
func TestFirstOf(t *testing.T) {
	for r := rune(0); r < 0x10100; r++ {
		if got, want := phrases.firstOf(r), phrases.first[r]; !reflect.DeepEqual(got, want) {
			t.Fatalf("firstOf(%q) = %v; want %v", r, got, want)
		}
	}
}
