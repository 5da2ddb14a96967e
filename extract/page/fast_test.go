package page

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// slowPlain is the reference for plainFast: every line folded and
// classified, then looksLikeDump; the reporters, e-mails and dateline noted
// from the byline lines and the last three lines.
func slowPlain(scan string) (bool, *Page) {
	raw := strings.Split(scan, "\n")
	lines := make([]string, len(raw))
	count := map[string]int{}
	for i, r := range raw {
		lines[i] = fold(r)
		count[lines[i]]++
	}
	cls := make([]lineClass, len(lines))
	for i, l := range lines {
		cls[i] = classify(l, count[l] > 1)
	}
	p := &Page{}
	if looksLikeDump(lines, cls) {
		return false, p
	}
	for i, l := range lines {
		if cls[i] == lcByline || (i >= len(lines)-3 && runeLen(l) < 200) {
			p.notePeople(l)
		}
	}
	return true, p
}

func checkPlainFast(t *testing.T, s string) {
	t.Helper()
	if !utf8Valid(s) {
		return
	}
	want, wp := slowPlain(s)
	gp := &Page{}
	got := plainFast(gp, s)
	if got != want {
		t.Fatalf("plainFast(%q) = %v; the full classification says %v", s, got, want)
	}
	if got && (!slices.Equal(gp.Reporters, wp.Reporters) || !slices.Equal(gp.Emails, wp.Emails) || gp.Dateline != wp.Dateline) {
		t.Fatalf("plainFast(%q) notes %q %q %q; want %q %q %q", s, gp.Reporters, gp.Emails, gp.Dateline, wp.Reporters, wp.Emails, wp.Dateline)
	}
}

// TestPlainFast compares the one-pass decision with the full classification
// on the fixtures, the shared corpus texts, and each line of them alone and
// in small groups.
func TestPlainFast(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	for _, f := range []string{"../../testdata/articles/budget_forum.txt", filepath.Join(sharedDir, "corpus", "dev-news.jsonl")} {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ Text string }
			if strings.HasSuffix(f, ".jsonl") {
				if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Text != "" {
					texts = append(texts, rec.Text)
				}
				continue
			}
			texts = append(texts, sc.Text())
		}
		fh.Close()
	}
	extra := []string{
		"입력 2025.09.04 09:59", "[입력 2025-09-04]", "date: 2025-09-04", "3분 20초 소요", "ⓒ 예시일보", "Ⓒ 예시", "(C) 2025 X",
		"All Rights Reserved", "무단 전재", "재배포 금지", "AI 학습 활용 금지", "많이 본 뉴스", "공유", "가", "▶ 관련기사", "관련기사: x",
		"로그인이 필요합니다", "지금 무료로  구독하세요", "홍길동 기자", "홍길동 기자 hong@example.com", "(서울=연합뉴스) 홍길동 기자 =",
		"  \u00a0 ", "\u200b공유\ufeff", "본문  바로가기", "기사 본문을 확인해주세요",
	}
	for _, e := range extra {
		texts = append(texts, e, e+"\n"+strings.Repeat("긴 본문 문장이 여기에 이어진다고 한다.\n", 3))
	}
	for _, s := range texts {
		checkPlainFast(t, s)
		lines := strings.Split(s, "\n")
		for i := range lines {
			checkPlainFast(t, lines[i])
			checkPlainFast(t, strings.Join(lines[max(0, i-3):min(len(lines), i+4)], "\n"))
		}
	}
}

func FuzzPlainFast(f *testing.F) {
	f.Add("입력 2025.09.04 09:59\n제목 줄\n본문 문장이 여기 있다.\nⓒ 예시")
	f.Add("정부는 예산을 늘렸다고 밝혔다.\n홍길동 기자 hong@example.com")
	f.Add("공유\n닫기\n본문 문장이다.")
	f.Fuzz(func(t *testing.T, s string) { checkPlainFast(t, s) })
}

func TestPhraseIndex(t *testing.T) {
	var lines []string
	for _, k := range []phraseKind{kindStop, kindDrop} {
		for _, p := range phraseLists[k] {
			lines = append(lines, p.text, p.text+" 더", "앞 "+p.text, p.text[:len(p.text)/2])
		}
	}
	lines = append(lines, "", "가", "가나", "많이 본 뉴스 공유")
	for _, l := range lines {
		if got, want := phraseKindOf(l), phraseKindSlow(l); got != want {
			t.Errorf("phraseKindOf(%q) = %d; want %d", l, got, want)
		}
	}
}

// reportersSlow is reportersIn with the regexp over the whole line.
func reportersSlow(s string) (names []string, rest string) {
	for _, m := range reReporter.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[2], m[1]
		if start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:start]); isHangul(r) {
				continue
			}
		}
		if end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); isHangul(r) {
				continue
			}
		}
		for _, n := range reNameSep.Split(s[m[2]:m[3]], -1) {
			if validName(n) {
				names = append(names, n)
			}
		}
	}
	return names, reReporter.ReplaceAllString(s, "")
}

func checkReporters(t *testing.T, s string) {
	t.Helper()
	names, rest := reporterScan(s, true)
	wn, wr := reportersSlow(s)
	if !slices.Equal(names, wn) || rest != wr {
		t.Fatalf("reporterScan(%q) = %q, %q; want %q, %q", s, names, rest, wn, wr)
	}
}

func TestReporterScan(t *testing.T) {
	for _, s := range []string{"", "홍길동 기자", "(서울=연합뉴스) 홍길동 기자 = 본문", "홍길동·김철수 기자 a@b.kr", "김기자·이철수 기자",
		"x홍길동 기자", "가나다라마바기자", "홍길동 선임기자, 김철수 특파원 / 박영희 통신원", "기자회견 홍길동 기자들", "[예시일보 홍길동 기자]",
		"홍길동 ,김철수 ㆍ 박영희/이민수 기자", "a기자b특파원c통신원", "홍길동\t기자\n김철수 기자"} {
		checkReporters(t, s)
	}
}

func FuzzReporterScan(f *testing.F) {
	f.Add("(서울=연합뉴스) 홍길동·김철수 기자 = 본문 hong@example.com")
	f.Fuzz(func(t *testing.T, s string) { checkReporters(t, s) })
}

// foldRunes is foldAll rune by rune, as it was: the reference of FuzzFold.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if foldSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "가\u00a0나", "가\u200b", "\xff", "a\tb", "\u3000", "가나 다", "\xff\xfe 가", " \xff", "a\xff b", "가 \u00a0\xed\xa0\x80 나 ", "\ufffd \ufffd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := foldRunes(s)
		if got := foldAll(s); got != want {
			t.Fatalf("foldAll(%q) = %q; want %q", s, got, want)
		}
		if got := fold(s); got != want {
			t.Fatalf("fold(%q) = %q; want %q", s, got, want)
		}
	})
}

// validNameOld is validName as it was, rune by rune: its reference.
func validNameOld(n string) bool {
	n = strings.TrimSpace(n)
	l := runeLen(n)
	if l < 2 || l > 4 || notNames[n] || mediaSuffix(n) {
		return false
	}
	for _, r := range n {
		if !isHangul(r) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(n)
	return !strings.ContainsRune("는은을를의에서와과도만들", last)
}

func checkValidName(t *testing.T, n string) {
	t.Helper()
	if got, want := validName(n), validNameOld(n); got != want {
		t.Fatalf("validName(%q) = %v; want %v", n, got, want)
	}
}

func TestValidName(t *testing.T) {
	for _, n := range []string{"", "홍길동", " 홍길동\t", "홍", "홍길동전우", "사진", "예시일보", "김철수는", "A김", "김\xff", "김ㄱ", "\u3000김철\u00a0", "가나다라", "가나다라마"} {
		checkValidName(t, n)
	}
}

func FuzzValidName(f *testing.F) {
	for _, n := range []string{"홍길동", " 홍길동 ", "김철수는", "예시뉴스", "가\xff나"} {
		f.Add(n)
	}
	f.Fuzz(checkValidName)
}
