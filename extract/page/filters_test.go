package page

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var reDigits4 = regexp.MustCompile(`\d{4}`)

// checkFilters compares each prefiltered match of filters.go with its
// regexp alone.
func checkFilters(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want bool
	}{
		{"dateHeader", isDateHeader(s), reDateHeader.MatchString(s)},
		{"metaLine", isMetaLine(s), reMetaLine.MatchString(s)},
		{"readTime", isReadTime(s), reReadTime.MatchString(s)},
		{"related", isRelated(s), reRelated.MatchString(s)},
		{"credit", isCredit(s), reCredit.MatchString(s)},
		{"creditTail", isCreditTail(s), reCreditTail.MatchString(s)},
		{"bracketEnd", isBracketEnd(s), reBracketEnd.MatchString(s)},
		{"pictureTail", isPictureTail(s), rePictureTail.MatchString(s)},
	} {
		if c.got != c.want {
			t.Fatalf("%s(%q) = %v; the regexp says %v", c.name, s, c.got, c.want)
		}
	}
	f := factsOf(s)
	if got, want := f.copyrightHint(), strings.ContainsAny(s, "ⓒ©cCaA") || strings.Contains(s, "무단") || strings.Contains(s, "재배포"); got != want {
		t.Fatalf("copyrightHint(%q) = %v; want %v", s, got, want)
	}
	if reCopyright.MatchString(s) && !f.copyrightSign() {
		t.Fatalf("copyrightSign(%q) is false on a copyright line", s)
	}
	if got, want := f.copyrightMatch(), reCopyright.MatchString(s); got != want {
		t.Fatalf("copyrightMatch(%q) = %v; the regexp says %v", s, got, want)
	}
	for _, c := range []struct {
		bit  uint32
		want bool
	}{
		{kwMudan, strings.Contains(s, "무단")}, {kwJaebaepo, strings.Contains(s, "재배포")}, {kwHakseup, strings.Contains(s, "학습")},
		{kwGija, strings.Contains(s, "기자")}, {kwTeukpawon, strings.Contains(s, "특파원")}, {kwTongsinwon, strings.Contains(s, "통신원")},
		{kwMoseup, strings.Contains(s, "모습")}, {kwCircC, strings.Contains(s, "ⓒ")}, {kwCircCapC, strings.Contains(s, "Ⓒ")},
		{kwCopy, strings.Contains(s, "©")}, {kwACac, strings.ContainsAny(s, "aAcC")}, {kwParenC, strings.Contains(s, "(c") || strings.Contains(s, "(C")},
		{kwSlash, strings.Contains(s, "/")}, {kwEq, strings.Contains(s, "=")}, {kwHangul, hasHangul(s)},
		{kwDaDot, strings.Contains(s, "다.")}, {kwDaSpace, strings.Contains(s, "다 ")},
	} {
		if got := f.keys&c.bit != 0; got != c.want {
			t.Fatalf("lineKeys(%q) bit %#x = %v; want %v", s, c.bit, got, c.want)
		}
	}
	if got, want := phraseKindK(s, f.keys), phraseKindOf(s); got != want {
		t.Fatalf("phraseKindK(%q) = %v; want %v", s, got, want)
	}
	if got, want := f.runes(), runeLen(s); got != want {
		t.Fatalf("runes(%q) = %d; want %d", s, got, want)
	}
	for _, cut := range []string{" .:-", " .,:-|", " =[]()<>,/|\t"} {
		if got, want := trimDot(s, cut), strings.Trim(s, cut+"·"); got != want {
			t.Fatalf("trimDot(%q, %q) = %q; want %q", s, cut, got, want)
		}
	}
	if got, want := sentenceEnd(s), sentenceEndOld(s); got != want {
		t.Fatalf("sentenceEnd(%q) = %v; want %v", s, got, want)
	}
	if got, want := f.endsSentence(), endsLikeSentence(s); got != want {
		t.Fatalf("endsSentence(%q) = %v; want %v", s, got, want)
	}
	if got, want := findCopyURL(s), reCopyURL.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("findCopyURL(%q) = %q; want %q", s, got, want)
	}
	want := -1
	if loc := reCopyMark.FindAllStringIndex(s, -1); loc != nil {
		want = loc[len(loc)-1][1]
	}
	if got := lastCopyMarkEnd(s); got != want {
		t.Fatalf("lastCopyMarkEnd(%q) = %d; want %d", s, got, want)
	}
	if rePressNoise.MatchString(s) && !pressNoiseHint(s) {
		t.Fatalf("pressNoiseHint(%q) is false on a match", s)
	}
	if r := strings.TrimLeft(s, reSpace); reYears.MatchString(s) && (r == "" || r[0] < '0' || r[0] > '9') {
		t.Fatalf("reYears matches %q", s)
	}
	if got, want := findDateline(s), reDateline.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("findDateline(%q) = %q; want %q", s, got, want)
	}
	if _, n := classifyNames(s, false); n.known && len(n.names)+len(reportersIn(s)) > 0 && !reflect.DeepEqual(n.names, reportersIn(s)) {
		t.Fatalf("classifyNames(%q) names %q; reportersIn gives %q", s, n.names, reportersIn(s))
	}
	for _, w := range []string{"<html", "</body", "(c)", "copyright"} {
		if got, want := lastIndexFoldASCII(s, w) >= 0, strings.Contains(strings.ToLower(s), w); got != want {
			t.Fatalf("lastIndexFoldASCII(%q, %q) >= 0 is %v; want %v", s, w, got, want)
		}
	}
	want = -1
	if loc := reCopyEnd.FindStringIndex(s); loc != nil {
		want = loc[0]
	}
	if got := copyEndIndex(s); got != want {
		t.Fatalf("copyEndIndex(%q) = %d; want %d", s, got, want)
	}
	d := -1
	if loc := reDigits4.FindStringIndex(s); loc != nil {
		d = loc[0]
	}
	if got := digits4At(s); got != d {
		t.Fatalf("digits4At(%q) = %d; want %d", s, got, d)
	}
	if d >= 0 && !reflect.DeepEqual(reDate.FindStringSubmatch(s), reDate.FindStringSubmatch(s[d:])) {
		t.Fatalf("reDate on %q finds otherwise from its first four digits", s)
	}
	if got, want := validUTF8(s), utf8.ValidString(s); got != want {
		t.Fatalf("validUTF8(%q) = %v; want %v", s, got, want)
	}
	if got, want := splitNames(s), reNameSep.Split(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("splitNames(%q) = %q; want %q", s, got, want)
	}
	if got, want := findAgencyLine(s), reAgencyLine.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("findAgencyLine(%q) = %q; want %q", s, got, want)
	}
}

// sentenceEndOld is sentenceEnd as it was, rune by rune: its reference.
func sentenceEndOld(s string) bool {
	s = strings.TrimRight(s, " \t")
	for i := 0; i < 3 && s != ""; i++ {
		r, n := utf8.DecodeLastRuneInString(s)
		if strings.ContainsRune("\"'”’」』)]>", r) {
			s = strings.TrimRight(s[:len(s)-n], " ")
			continue
		}
		break
	}
	r, n := utf8.DecodeLastRuneInString(s)
	if r != '.' && r != '?' && r != '!' && r != '…' {
		return false
	}
	s = s[:len(s)-n]
	s = strings.TrimRight(s, ".?!…")
	r, _ = utf8.DecodeLastRuneInString(s)
	return isHangul(r) || r == ')' || r == '"' || r == '”' || unicode.IsDigit(r)
}

var filterSeeds = []string{
	"date: 2025-09-04T10:00:00+09:00", " date=2025-9-4", "입력 2025.09.04 10:00", "[기사입력 2025-09-04]", "(수정 2025년 9월)",
	"3분 20초 소요", "▶ 관련기사", "■ 관련", "[관련 기사]", "<관련 기사>", "관련기사: 뭐", "사진=연합뉴스", "[사진 출처 = 기관]",
	"(자료 사진) :", "행사에서 발언하고 있다. /연합뉴스", "행사 모습. 중소벤처기업부", "참석자들 [사진=기관 제공]", "(사진 제공=기관)",
	"[서울=뉴시스] 홍길동 기자 =", "Copyright ⓒ 예시경제 All rights reserved", "ALL RIGHTſ", "Ⓒ 한겨레", "(C) 2025",
	"AI 학습 및 활용 금지", "Copyright (C) 2025 ⓒ 예시 저작권자 ©", "COPYRIGHT(c)", "예시(주) 로고 바로 가기", "Example, Inc. LOGO", "Co., Ltd.", "  2024-2025 예시", "\xe1무단\xed\xa0\x80기자", "모\xff습", "학\xeb습", "·가·", "\xc2·", "·\xb7", " .·- 예시 ·.", "[(가)]·\t", "\xff·", "·\xc2", "했다.", "했다…", "했다.\t ", "했다.” ", "했다.')\"", "1.", "１.", "(가).", ".", "…", "했다!?…", "\xe2\x80\x9d", "\xf0\xe2\x80\x9d.", "다\xff.", "」』>", "'.", "(서울=예시뉴스) 김하나 기자 =", "서울=예시 Ab] 김하나·이두리 선임 기자", "가=나(다) 기자", "=기자", "가 = 나 = 다.기자", "무단 전재", "무단횡단 무단\t복제", "무단무단배포", "재배포는 재배포\n금지", "재배포금지", "(c) ", "(C)\t가", "(c)", "ai 학습 및  활용금지", "AI학습활용 금지", "\u0130I \u0131i \u212a", "재배포 금지", "예시경제(www.example.com)", "한겨레 (https://x.kr)", "(제주=연합뉴스) 이성민 기자", "[부산=뉴스1]", "제주=이성민 특파원", "기자 세종=강다온 기자", "가 = 나 = 다 기자 = 라 기자", "서울 =\t김 기자", "\xea서울=김철수 기자", "홍길동·김철수 기자", "가,나/다ㆍ라", " ·가", "가· ", "가  ,  나", "·", ",,", "가 나", " , ", "\xc2·\xe3ㆍ", " 여울뉴스. All rights reserved. 무단", "ALL\tRIGHTſ", "allrights", "WwW.x", "a : b", "끝.", "x.y", "a\f:\rb", "all right", "al", "<HTML><BoDy>", "\x1c/HTML", "<\x0fbody", "</Html", "\xe2\x84\xaaopyright", "\xed\xa0\x80", "\xe0\x80\x80", "가\xef\xbf", "\xf0\x9f\x98\x80가", "\xc3\xa9", "가나\xea\xb0", "지금 로그인 후 이용 가능", "무료로 구독하세요", "기사 본문을 확인해주세요", "", "=", "]", "모습",
}

func TestLineFilters(t *testing.T) {
	var files []string
	for _, pat := range []string{filepath.Join(fixtures, "*"), filepath.Join(sharedDir, "corpus", "html", "*.html"),
		filepath.Join(sharedDir, "corpus", "dev-news.jsonl")} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	lines := append([]string{}, filterSeeds...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, l, fold(l))
			// JSONL records keep their lines in \n escapes
			for _, x := range strings.Split(l, `\n`) {
				lines = append(lines, fold(x))
			}
		}
	}
	for _, l := range lines {
		checkFilters(t, l)
	}
}

func FuzzLineFilters(f *testing.F) {
	for _, s := range filterSeeds {
		f.Add(s)
	}
	f.Fuzz(checkFilters)
}

// isBinarySlow is isBinary byte by byte (the reference for its word loop).
func isBinarySlow(head string) bool {
	head = strings.TrimRight(head, "\x00")
	if len(head) > 8192 {
		head = head[:8192]
	}
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return false
	}
	ctl, nul := 0, 0
	for i := 0; i < len(head); i++ {
		c := head[i]
		if c == 0 {
			nul++
		} else if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return nul*20 > len(head) || ctl+nul > 8 && (ctl+nul)*20 > len(head)
}

func TestIsBinaryWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte{0, 1, 7, 0x1b, '\n', '\t', 0x1f, 0x20, 'a', 0x7f, 0x80, 0xea, 0xff, 0xfe}
	for k := 0; k < 20000; k++ {
		b := make([]byte, rng.IntN(300))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = byte(0x20 + rng.IntN(0xe0))
			}
		}
		if got, want := isBinary(string(b)), isBinarySlow(string(b)); got != want {
			t.Fatalf("isBinary(%q) = %v; want %v", b, got, want)
		}
	}
}

func checkReporterMatch(t *testing.T, s string) {
	t.Helper()
	var got [][]int
	for _, m := range findReporters(s, nil) {
		got = append(got, m[:])
	}
	want := reReporter.FindAllStringSubmatchIndex(s, -1)
	if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("findReporters(%q) = %v; want %v", s, got, want)
	}
}

var reporterSeeds = []string{
	"홍길동 기자", "홍길동기자", "김선임기자", "홍길동 선임기자", "가나다라마 기자", "가나·다라마바사 기자", "가나·다라기자·마바사아자차 기자",
	"가나·다기자·라마 기자", "연하람·도시우 기자", "(서울=여울뉴스) 연하람·도시우 기자 = 서울", "이성민 특파원", "김 통신원", "홍길동 국제전문기자",
	"홍길동 편집위원", "가나 , 다라 / 마바 ㆍ 사아 기자", "기자", "기자회견", "홍길동 기자들", "가\xff나다 기자", "가나\t\n기자", "가나\v기자",
	"홍길동·김철수·이영희·박민수 기자", "가나·", "가나다라·마바 인턴 기자", "수습기자 홍길동", "가나 수습 기자",
}

func TestReporterMatch(t *testing.T) {
	for _, s := range append(reporterSeeds, filterSeeds...) {
		checkReporterMatch(t, s)
	}
	// random strings over the letters that matter
	alphabet := []string{"기", "자", "특", "파", "원", "통", "신", "선", "임", "수", "석", "전", "문", "객", "인", "턴", "습",
		"국", "제", "편", "집", "위", "가", "나", " ", "\t", "\v", "·", "ㆍ", ",", "/", "=", "a", "\xff", "\xea"}
	rng := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := rng.IntN(16); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		checkReporterMatch(t, b.String())
	}
	for _, pat := range []string{filepath.Join(fixtures, "*"), filepath.Join(sharedDir, "corpus", "html", "*.html"),
		filepath.Join(sharedDir, "corpus", "dev-news.jsonl")} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, _ := os.ReadFile(f)
			for _, l := range strings.Split(string(b), "\n") {
				checkReporterMatch(t, l)
			}
		}
	}
}

func FuzzReporterMatch(f *testing.F) {
	for _, s := range reporterSeeds {
		f.Add(s)
	}
	f.Fuzz(checkReporterMatch)
}

// checkMatchDateline holds matchDateline equal to the regexp it replaces,
// on any text (findDateline only hands it a narrowed one).
func checkMatchDateline(t *testing.T, s string) {
	if got, want := matchDateline(s), reDateline.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("matchDateline(%q) = %q; want %q", s, got, want)
	}
}

// datelineTokens are the pieces random datelines are made of: every choice
// of the regexp (syllable runs of each length, letters, separators,
// brackets, titles, keywords) and a few bytes that break them.
var datelineTokens = []string{"서울", "=", " ", "  ", "\t", "연합뉴스", "뉴시스", "AP", "x", "]", "[", "·", "ㆍ", ",", "/",
	"홍길동", "김", "이순신", "남궁민수", "독고영재아", "기자", "특파원", "선임", "수석", "객원", "인턴", "기", "자", "특파",
	"제주특별자치도서귀포", "\xea", "\xed\xa0\x80", "é", "1", "\n", "원"}

func TestMatchDatelineRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	for k := 0; k < 200000; k++ {
		var b strings.Builder
		for n := 1 + rng.IntN(14); n > 0; n-- {
			b.WriteString(datelineTokens[rng.IntN(len(datelineTokens))])
			if k%2 == 1 && n%3 == 0 {
				// most of these hold a dateline, or nearly
				b.WriteString([]string{"=", "기자", "특파원", "홍길동", " "}[rng.IntN(5)])
			}
		}
		checkMatchDateline(t, b.String())
	}
	for _, s := range filterSeeds {
		checkMatchDateline(t, s)
	}
}

func FuzzMatchDateline(f *testing.F) {
	for _, s := range []string{"제주=홍길동 기자", "(서울=연합뉴스) 이순신 김 선임기자", "[부산=뉴시스]남궁민수·홍길동 특파원",
		"서울=홍길동기자", "워싱턴=AP 김철수 수석 기자 ", "서울 = 김가나, 이다라ㆍ박마바 인턴 기자들"} {
		f.Add(s)
	}
	f.Fuzz(checkMatchDateline)
}

// TestReporterTailLists holds the switches of reporterTail and reporterWord
// to reporterTitles and reporterWords, with and without white space.
func TestReporterTailLists(t *testing.T) {
	for _, w := range reporterWords {
		for _, s := range []string{w, " \t" + w + "들"} {
			if e, ok := reporterTail(s, 0); !ok || e != strings.Index(s, w)+len(w) {
				t.Fatalf("reporterTail(%q) = %d, %v", s, e, ok)
			}
		}
		for _, ti := range reporterTitles {
			s := ti + " " + w
			if e, ok := reporterTail(s, 0); !ok || e != len(s) {
				t.Fatalf("reporterTail(%q) = %d, %v", s, e, ok)
			}
			if _, ok := reporterTail(ti+"가"+w, 0); ok {
				t.Fatalf("reporterTail(%q) matches", ti+"가"+w)
			}
		}
	}
}

// TestTrimmedShortcut holds the shortcut of addUnique: a string that
// starts with startsRune and ends with endsRune is its own TrimSpace.
func TestTrimmedShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"홍", "길동", " ", "\u3000", "\u00a0", "\u2028", "\x85", "\xea", "\xb0", "\xea\xb0", "a", "\t", "·", "\u200b", "\ufeff", "\x7f"}
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := 1 + rng.IntN(5); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if s := b.String(); startsRune[s[0]] && endsRune(s) && strings.TrimSpace(s) != s {
			t.Fatalf("TrimSpace(%q) = %q", s, strings.TrimSpace(s))
		}
	}
}
