package page

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sharedDir is the shared read-only data, next to the project root.
const sharedDir = "../../../shared"

type goldPage struct {
	File           string   `json:"file"`
	Title          string   `json:"title"`
	Published      string   `json:"published"`
	Publisher      string   `json:"publisher"`
	Reporters      []string `json:"reporters"`
	BodyFirst      string   `json:"body_first"`
	BodyLast       string   `json:"body_last"`
	MustNotContain []string `json:"must_not_contain"`
}

// judge scores a page the way ../shared/checks/html_eval.py does: title
// exact (whitespace folded), published to the minute, body starts with
// body_first (within 200 characters) and ends with body_last (within 200),
// no must_not_contain string, every gold reporter found; and, beyond the
// Python check, the publisher exactly as gold names it (when it does).
func judge(p *Page, g goldPage) map[string]bool {
	text := fold(p.Body)
	rs := []rune(text)
	ok := map[string]bool{}
	ok["title"] = fold(p.Title) == fold(g.Title)
	pub := ""
	if !p.Published.IsZero() {
		pub = p.Published.Format("2006-01-02T15:04")
	}
	ok["published"] = g.Published == "" || (len(g.Published) >= 16 && pub == g.Published[:16])
	first, last := fold(g.BodyFirst), fold(g.BodyLast)
	i := runeIndex(text, first)
	j := runeLastIndex(text, last)
	ok["body_first"] = i >= 0 && i < 200
	ok["body_last"] = j >= 0 && j >= i && len(rs)-(j+len([]rune(last))) < 200
	ok["no_boilerplate"] = true
	for _, s := range g.MustNotContain {
		if strings.Contains(text, fold(s)) {
			ok["no_boilerplate"] = false
		}
	}
	ok["publisher"] = g.Publisher == "" || fold(p.Publisher) == fold(g.Publisher)
	ok["reporters"] = true
	for _, r := range g.Reporters {
		if !slices.Contains(p.Reporters, r) {
			ok["reporters"] = false
		}
	}
	return ok
}

func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return len([]rune(s[:i]))
}

func runeLastIndex(s, sub string) int {
	i := strings.LastIndex(s, sub)
	if i < 0 {
		return -1
	}
	return len([]rune(s[:i]))
}

func TestSharedHTMLCorpus(t *testing.T) {
	dir := filepath.Join(sharedDir, "corpus", "html")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("shared corpus absent: %v", err)
	}
	defer f.Close()
	var golds []goldPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldPage
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		golds = append(golds, g)
	}
	full := 0
	for _, g := range golds {
		t.Run(g.File, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, g.File))
			if err != nil {
				t.Fatal(err)
			}
			p, err := FromHTML(b)
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			ok := judge(p, g)
			var wrong []string
			score := 0
			for _, k := range []string{"title", "published", "body_first", "body_last", "no_boilerplate", "reporters", "publisher"} {
				if ok[k] {
					score++
				} else {
					wrong = append(wrong, k)
				}
			}
			t.Logf("%s: %d/7 layout=%s enc=%s title=%q published=%s publisher=%q reporters=%q body=%d runes",
				g.File, score, p.Layout, p.Encoding, p.Title, p.Published.Format("2006-01-02T15:04:05Z07:00"),
				p.Publisher, p.Reporters, len([]rune(p.Body)))
			if len(wrong) > 0 {
				body := []rune(p.Body)
				head, tail := body, body
				if len(head) > 120 {
					head = head[:120]
				}
				if len(tail) > 120 {
					tail = tail[len(tail)-120:]
				}
				t.Errorf("wrong %v\nbody head %q\nbody tail %q", wrong, string(head), string(tail))
				return
			}
			full++
		})
	}
	t.Logf("html: %d/%d pages fully right", full, len(golds))
}

func TestSharedSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "seed", "000_b1e14967caded7a2.txt"))
	if err != nil {
		t.Skipf("shared seed absent: %v", err)
	}
	p, err := FromText(string(b))
	if err != nil {
		t.Fatal(err)
	}
	// The expectations are read from the page's own structure, not copied
	// from it: the headline is the line before the reporter and 입력
	// lines, the body runs from the first sentence after them to the
	// byline, and the short lines under the share buttons are summaries.
	raw := strings.Split(string(b), "\n")
	idx := func(pred func(string) bool) int {
		for i, l := range raw {
			if pred(strings.TrimSpace(l)) {
				return i
			}
		}
		return -1
	}
	meta := idx(func(l string) bool { return strings.HasPrefix(l, "입력2025") })
	byline := idx(func(l string) bool { return strings.HasPrefix(l, "제주=") && strings.Contains(l, "기자") })
	first := -1
	for i := meta + 1; meta >= 0 && i < len(raw); i++ {
		if l := strings.TrimSpace(raw[i]); strings.HasSuffix(l, "다.") && len([]rune(l)) > 60 {
			first = i
			break
		}
	}
	if meta < 0 || byline < 0 || first < 0 {
		t.Fatalf("the seed's structure changed: meta %d byline %d first %d", meta, byline, first)
	}
	headline := ""
	for i := meta - 1; i >= 0 && headline == ""; i-- {
		if l := strings.TrimSpace(raw[i]); l != "" && !strings.HasSuffix(l, "기자") {
			headline = l
		}
	}
	var summaries []string // short lines just before the first sentence
	for i := first - 1; i > meta && len(summaries) < 3; i-- {
		if l := strings.TrimSpace(raw[i]); l != "" && len([]rune(l)) < 30 {
			summaries = append(summaries, l)
		}
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"layout text-dump", p.Layout == "text-dump"},
		{"published 2025-09-04T09:59+09:00", p.HasTime && p.Published.Format(timeMinute) == "2025-09-04T09:59+09:00"},
		{"reporter 이성민", slices.Contains(p.Reporters, "이성민")},
		{"dateline 제주", p.Dateline == "제주"},
		{"title is the headline line", p.Title == headline},
		{"body has 2조1955억원", strings.Contains(p.Body, "2조1955억원")},
		{"body starts with the first sentence", strings.HasPrefix(p.Body, strings.TrimSpace(raw[first]))},
		{"body ends with the byline", strings.HasSuffix(p.Body, "\n"+strings.TrimSpace(raw[byline]))},
	}
	bads := append([]string{"많이 본 뉴스", "한 눈에 보는 오늘의 이슈", "원본보기", "AD\n", "발언하고 있다", "무단전재", "글자크기"}, summaries...)
	for _, bad := range bads {
		checks = append(checks, struct {
			name string
			ok   bool
		}{"body lacks " + bad, !strings.Contains(p.Body, bad)})
	}
	// nothing after the byline (the page's other headlines) is in the body
	for _, l := range raw[byline+1:] {
		if l = strings.TrimSpace(l); len([]rune(l)) > 15 && strings.Contains(p.Body, l) {
			checks = append(checks, struct {
				name string
				ok   bool
			}{"body lacks the line after the byline " + l, false})
		}
	}
	score := 0
	for _, c := range checks {
		if c.ok {
			score++
		} else {
			t.Errorf("seed: %s: failed", c.name)
		}
	}
	t.Logf("seed: %d/%d checks; layout=%s title=%q published=%v reporters=%q dateline=%q body=%d runes",
		score, len(checks), p.Layout, p.Title, p.Published, p.Reporters, p.Dateline, len([]rune(p.Body)))
}

const timeMinute = "2006-01-02T15:04Z07:00"
