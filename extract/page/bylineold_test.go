package page

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// reporterRunOld is reporterRun as it was: findReporters over the one
// stretch from the run of syllables, white space and separators before
// the first keyword to the end of the last keyword, and rest built with a
// strings.Builder. It is the reference of FuzzReporterRun.
func reporterRunOld(s string, k uint32, withRest bool) (names []string, rest string) {
	from, to := len(s), 0
	for _, w := range reporterKeywords {
		if k&w.key == 0 {
			continue
		}
		kw := w.kw
		i := strings.Index(s, kw)
		if i < 0 {
			continue
		}
		from = min(from, i)
		for {
			j := strings.Index(s[i+len(kw):], kw)
			if j < 0 {
				break
			}
			i += len(kw) + j
		}
		to = max(to, i+len(kw))
	}
walk:
	for from > 0 {
		switch {
		case hangulAt(s, from-3):
			from -= 3
		case strings.IndexByte(" \t\n\f\r,/", s[from-1]) >= 0:
			from--
		case strings.HasSuffix(s[:from], "·"):
			from -= len("·")
		case strings.HasSuffix(s[:from], "ㆍ"):
			from -= len("ㆍ")
		default:
			break walk
		}
	}
	var b strings.Builder
	last := 0
	var buf [4][4]int
	for _, m := range findReporters(s[from:to], buf[:0]) {
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		if withRest {
			if last == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:m[0]])
			last = m[1]
		}
		start, end := m[2], m[1]
		if start > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:start])
			if isHangul(r) {
				continue
			}
		}
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			if isHangul(r) {
				continue
			}
		}
		for _, n := range splitNames(s[m[2]:m[3]]) {
			if validName(n) {
				names = append(names, n)
			}
		}
	}
	if withRest {
		if last == 0 {
			return names, s
		}
		b.WriteString(s[last:])
		rest = b.String()
	}
	return names, rest
}

// bylineNamesOld is (*lineFacts).bylineNames as it was, over strings:
// the reference of FuzzBylineNames.
func bylineNamesOld(s string) (byline bool, names []string) {
	f := factsOf(s)
	if len(s) > 320 || f.runes() > 80 || f.endsSentence() {
		if f.keys&kwReporter == 0 {
			return false, nil
		}
		names, _ = reporterRunOld(s, f.keys, false)
		return false, names
	}
	var rest string
	if f.keys&kwReporter == 0 {
		rest = s
	} else {
		names, rest = reporterRunOld(s, f.keys, true)
	}
	if len(names) > 0 {
		if strings.IndexByte(rest, '@') >= 0 {
			rest = removeEmails(rest)
		}
		rest = trimDot(rest, " =[]()<>,/|\t")
		return runeLen(rest) <= 12, names
	}
	if !strings.Contains(s, "@") {
		return false, nil
	}
	rest = strings.TrimSpace(removeEmails(s))
	return rest != s && runeLen(strings.Trim(rest, " ()<>[],;/◎○●◆■▲▶☞※-")) <= 12, nil
}

// checkReporterRun holds reporterMatches to the regexp over the whole line,
// and reporterRun and bylineNames to their old selves.
func checkReporterRun(t *testing.T, s string) {
	t.Helper()
	k, _ := lineKeysN(s)
	var got [][]int
	for _, m := range reporterMatches(s, k, nil) {
		got = append(got, m[:])
	}
	if want := reReporter.FindAllStringSubmatchIndex(s, -1); len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("reporterMatches(%q) = %v; want %v", s, got, want)
	}
	if k&kwReporter != 0 {
		names := reporterScanK(s, k)
		if wn, _ := reporterRunOld(s, k, false); !slices.Equal(names, wn) {
			t.Fatalf("reporterScanK(%q) = %q; want %q", s, names, wn)
		}
	}
	by, names := bylineNames(s)
	if wb, wn := bylineNamesOld(s); by != wb || !slices.Equal(names, wn) {
		t.Fatalf("bylineNames(%q) = %v, %q; want %v, %q", s, by, names, wb, wn)
	}
}

var bylineSeeds = []string{
	"홍길동 기자 hong@example.com", "• 홍길동 기자", "(서울=여울뉴스) 도시우 기자 = 정부는 19일 예산안을 의결했다.",
	"대변인은 이날 기자들에게 밝혔다", "[여울경제 연하람기자] 수출이 늘었다", "세종=연하람 기자 ha@example.kr",
	"ab홍길동 기자@x.com", "홍길동 기자 a@b.kr, c@d.kr", "a@b.kr", "◎여울통신 a@x.kr", "홍길동 기자·", "· 홍길동 기자 ·",
	"회담 후 공동 기자회견서 결과 발표", "가나 기자기자 기자", "홍길동·김철수 기자 / 이영희 특파원", "마바가나·다라 기자",
	"사마바가나·다라 선임 기자", "가나 , 다라 / 마바 ㆍ 사아 기자", "홍길동 국제전문 기자 통신원 기자", "김 기자 기자 기자",
	" \t홍길동 \n기자", "가 홍길동 기자", "홍길 동 기자", "가나다라마 기자", "홍길동 기자기자", "x 홍길 기자 특파원", "홍길동 선임 기자a@b.kr",
	"홍길동기자홍길동기자 홍길동기자", "가나기자다라기자·마바 기자기자", "기자기자기자",
}

func TestReporterRun(t *testing.T) {
	for _, s := range append(append(bylineSeeds, reporterSeeds...), filterSeeds...) {
		checkReporterRun(t, s)
	}
	// random lines over the letters and bytes that matter
	alphabet := []string{"기", "자", "특", "파", "원", "통", "신", "선", "임", "수", "석", "전", "문", "국", "편", "가", "나",
		"다", "라", " ", "\t", "·", "ㆍ", ",", "/", "=", "[", "]", "a", "b", ".", "@", "x.kr", "\xff", "\xea"}
	rng := rand.New(rand.NewPCG(7, 8))
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := rng.IntN(24); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		checkReporterRun(t, b.String())
	}
	eachCorpusLine(func(l string) { checkReporterRun(t, l) })
}

func TestRunesAtMost(t *testing.T) {
	for _, s := range []string{"", "a", "가나다", "\xff\xfe", "가\xed\xa0\x80나", "0123456789ab", "0123456789abc", "가나다라마바사아자차카타", "가나다라마바사아자차카타파"} {
		for n := 0; n <= 14; n++ {
			if got, want := runesAtMost([]byte(s), n), utf8.RuneCountInString(s) <= n; got != want {
				t.Errorf("runesAtMost(%q, %d) = %v; want %v", s, n, got, want)
			}
		}
	}
}

func FuzzReporterRun(f *testing.F) {
	for _, s := range append(bylineSeeds, reporterSeeds...) {
		f.Add(s)
	}
	f.Fuzz(checkReporterRun)
}

// eachCorpusLine calls f with every line of the fixtures and of the shared
// pages and texts (when present), folded.
func eachCorpusLine(f func(string)) {
	for _, pat := range []string{filepath.Join(fixtures, "*"), filepath.Join(sharedDir, "corpus", "html", "*.html"),
		filepath.Join(sharedDir, "corpus", "dev-news.jsonl")} {
		files, _ := filepath.Glob(pat)
		for _, name := range files {
			b, _ := os.ReadFile(name)
			for _, l := range strings.Split(string(b), "\n") {
				var rec struct{ Text string }
				if strings.HasSuffix(name, ".jsonl") && json.Unmarshal([]byte(l), &rec) == nil {
					for _, t := range strings.Split(rec.Text, "\n") {
						f(fold(t))
					}
					continue
				}
				f(fold(l))
			}
		}
	}
}

// findEmails returns the e-mail addresses of s (nextEmail), as noteNames
// reads them: what FuzzEmails holds to the expression.
func findEmails(s string) []string {
	var out []string
	for start, end, ok := nextEmail(s, 0); ok; start, end, ok = nextEmail(s, end) {
		out = append(out, s[start:end])
	}
	return out
}

// copyrightPressOld is copyrightPress as it was, with strings.Split: the
// reference of FuzzCopyrightPress.
func copyrightPressOld(t string) string {
	if m := findCopyURL(t); m != nil {
		return m[1]
	}
	end := lastCopyMarkEnd(t)
	if end < 0 {
		return ""
	}
	rest := t[end:]
	if i := copyEndIndex(rest); i >= 0 {
		rest = rest[:i]
	}
	if r := strings.TrimLeft(rest, reSpace); r != "" && r[0] >= '0' && r[0] <= '9' { // reYears starts with digits
		rest = reYears.ReplaceAllString(rest, "")
	}
	// '경제를 읽는 눈, 예시경제': a slogan, then the name.
	segs := strings.Split(rest, ",")
	for i := len(segs) - 1; i >= 0; i-- {
		n := trimDot(fold(segs[i]), " .:-")
		if n == "" {
			continue
		}
		if runeLen(n) > 20 || strings.Count(n, " ") > 2 {
			return ""
		}
		// (a syllable has no case: a name that starts with one is none of
		// these)
		if !hangulAt(n, 0) {
			switch strings.ToLower(n) {
			case "by", "reserved", "all rights reserved":
				return ""
			}
		}
		return n
	}
	return ""
}

func checkCopyrightPress(t *testing.T, s string) {
	t.Helper()
	if got, want := copyrightPress(s), copyrightPressOld(s); got != want {
		t.Fatalf("copyrightPress(%q) = %q; want %q", s, got, want)
	}
}

var copyrightSeeds = []string{"ⓒ 여울경제, 무단전재 및 재배포 금지", "Copyright ⓒ 경제를 읽는 눈, 여울경제. All rights reserved.",
	"ⓒ 2024 여울신문", "ⓒ,,", "ⓒ , 가, ,", "(c) by", "저작권자 © 여울일보 (www.example.kr)", "ⓒ"}

func TestCopyrightPress(t *testing.T) {
	for _, s := range copyrightSeeds {
		checkCopyrightPress(t, s)
	}
	eachCorpusLine(func(l string) { checkCopyrightPress(t, l) })
}

func FuzzCopyrightPress(f *testing.F) {
	for _, s := range copyrightSeeds {
		f.Add(s)
	}
	f.Fuzz(checkCopyrightPress)
}

// TestNoteNames holds noteNames, which may take the slice of names as
// Reporters, to addUnique, and the names it took to what they were after
// more names are noted.
func TestNoteNames(t *testing.T) {
	lists := [][]string{nil, {}, {"홍길동"}, {"홍길동", "김철수"}, {"홍길동", "홍길동"}, {" 홍길동"}, {"홍길동", ""}, {"김철수", "이영희", "박민수"}}
	for _, a := range lists {
		for _, b := range lists {
			a0 := slices.Clone(a)
			a := append(make([]string, 0, 8), a...) // (room after the names)
			var p Page
			p.noteNames("", a)
			p.noteNames("", b)
			if want := addUnique(addUnique(nil, a0...), b...); !slices.Equal(p.Reporters, want) {
				t.Errorf("noteNames %q, %q: Reporters %q; want %q", a0, b, p.Reporters, want)
			}
			if !slices.Equal(a[:len(a0)], a0) || !slices.Equal(a[len(a0):cap(a)], make([]string, cap(a)-len(a0))) {
				t.Errorf("noteNames %q, %q changed the first names to %q", a0, b, a[:cap(a)])
			}
		}
	}
}
