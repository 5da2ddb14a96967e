package date

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
)

// An example line: the reference date (RFC 3339, a bare date read in
// Asia/Seoul's +09:00, or "" for none), the text, and every mention Scan
// must return, in order. label defaults to the file's (TIME for
// times.jsonl, DATE otherwise).
type example struct {
	Ref  string `json:"ref"`
	Text string `json:"text"`
	Want []struct {
		Text  string `json:"text"`
		Label string `json:"label"`
		Date  string `json:"date"`
		Grain string `json:"grain"`
		From  string `json:"from"`
		To    string `json:"to"`
		Kind  string `json:"kind"`
	} `json:"want"`
}

var kst = time.FixedZone("KST", 9*3600)

func parseRef(t *testing.T, s string) time.Time {
	t.Helper()
	switch len(s) {
	case 0:
		return time.Time{}
	case 10:
		r, err := time.ParseInLocation("2006-01-02", s, kst)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func runCorpus(t *testing.T, path string, label ner.Label) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var ex example
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		got := Scan(ex.Text, parseRef(t, ex.Ref))
		t.Run(ex.Text, func(t *testing.T) {
			if len(got) != len(ex.Want) {
				t.Fatalf("%s:%d: got %d mentions %v; want %d", path, line, len(got), texts(got), len(ex.Want))
			}
			for i, w := range ex.Want {
				g := got[i]
				wl := label
				if w.Label != "" {
					wl = ner.Label(w.Label)
				}
				gv := g.Value
				if g.Text != w.Text || g.Label != wl || gv.Date != w.Date || gv.Grain != w.Grain || gv.From != w.From || gv.To != w.To || gv.Kind != w.Kind {
					t.Errorf("%s:%d: got %s %q %+v; want %s %q date=%q grain=%q from=%q to=%q kind=%q",
						path, line, g.Label, g.Text, *gv, wl, w.Text, w.Date, w.Grain, w.From, w.To, w.Kind)
				}
			}
		})
	}
}

func texts(ms []ner.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, string(m.Label)+":"+m.Text)
	}
	return out
}

func TestDates(t *testing.T)    { runCorpus(t, "testdata/dates.jsonl", ner.DATE) }
func TestTimes(t *testing.T)    { runCorpus(t, "testdata/times.jsonl", ner.TIME) }
func TestNegative(t *testing.T) { runCorpus(t, "testdata/negative.jsonl", ner.DATE) }

// TestInvariants checks offsets, texts and overlaps on every example.
func TestInvariants(t *testing.T) {
	for _, p := range []string{"testdata/dates.jsonl", "testdata/times.jsonl", "testdata/negative.jsonl"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			var ex example
			if json.Unmarshal([]byte(l), &ex) == nil {
				checkInvariants(t, ex.Text, Scan(ex.Text, parseRef(t, ex.Ref)))
			}
		}
	}
}

func checkInvariants(t *testing.T, text string, ms []ner.Mention) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if m.Start < end || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("%q: bad span %d:%d (prev end %d)", text, m.Start, m.End, end)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("%q: Text %q != slice", text, m.Text)
		}
		if !isRuneStart(text, m.Start) || !isRuneStart(text, m.End) {
			t.Fatalf("%q: span %d:%d not on rune boundaries", text, m.Start, m.End)
		}
		if m.Value == nil || m.Value.Grain == "" || (m.Label != ner.DATE && m.Label != ner.TIME) {
			t.Fatalf("%q: bad mention %+v", text, m)
		}
		if err := checkValue(m.Label, m.Value); err != "" {
			t.Fatalf("%q: mention %q: %s: %+v", text, m.Text, err, *m.Value)
		}
		end = m.End
	}
}

// checkValue reports what is wrong with a resolved value: a date that is
// not ISO 8601 at its grain or not in the calendar (a year past 9999, a
// 31 September: an overflow gone unnoticed), a time off the clock, a range
// whose end comes before its start.
func checkValue(l ner.Label, v *ner.Value) string {
	okDate := func(s string) bool {
		if s == "" {
			return true
		}
		if v.Kind == "duration" {
			return isoDurationRE.MatchString(s) && strings.Contains(s, "T") == (l == ner.TIME)
		}
		if l == ner.TIME {
			if s == "24:00" {
				return true // the end of 저녁, 밤
			}
			for _, layout := range []string{"15:04", "15:04:05"} {
				if tm, err := time.Parse(layout, s); err == nil && tm.Format(layout) == s {
					return true
				}
			}
			return false
		}
		if len(s) == 7 && s[:2] == "--" && v.Kind == "name" {
			// a month and day of no year given (5·18 민주화운동): --05-18
			tm, err := time.Parse("2006-01-02", "2000"+s[1:])
			return err == nil && tm.Format("--01-02") == s
		}
		if len(s) == 7 && s[4] == '-' && s[5] == 'Q' {
			_, err := time.Parse("2006", s[:4])
			return err == nil && s[6] >= '1' && s[6] <= '4'
		}
		for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
			if tm, err := time.Parse(layout, s); err == nil && tm.Format(layout) == s {
				return true
			}
		}
		return false
	}
	for _, s := range []string{v.Date, v.From, v.To} {
		if !okDate(s) {
			return "malformed value " + s
		}
	}
	if (v.From == "") != (v.To == "") {
		return "half a range"
	}
	if v.From != "" && l == ner.DATE && v.From > v.To && v.Kind == "" {
		return "range ends before it starts"
	}
	if v.Num != nil || v.Currency != "" {
		return "a number on a date"
	}
	return ""
}

// isRuneStart reports whether i starts a rune as `for range` decodes s
// (a stray byte of invalid UTF-8 is a rune of its own).
func isRuneStart(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for k := range s {
		if k == i {
			return true
		}
		if k > i {
			break
		}
	}
	return false
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"4일 오후 3시", "2025. 9. 4.", "지난 19일", "1~5일", "'25년 하반기", "오후세시이십분",
		"3:20pm", "9월 1일부터 5일까지", "2025~2026년", "네시십오분전", "10월 첫째 주 토요일", "4pm CET",
		"２０２５년 ９월 ４일", "１５：３０", "매년 8월 16일부터 31일까지", "99999년 2월 31일", "9999년 12월 31일부터 1월 2일",
		"지난 99999999999년", "18446744073709551616일 후", "2025. 13. 45.", "25:61",
		"두 달 동안", "한 해", "몇 년간", "석 달", "넉 달간", "열 시간", "세 사람", "두  달",
		// the gates of what follows: a bare prefix, a numeral word, 여
		// after digits, a word after a duration's space
		"이번 예산안", "지난 주말", "다음으로", "오는 3일", "저번 겨울", "스무 해 동안", "열 두 시", "서열 2위",
		"10여년간", "20여 개월", "10여명", "7일 서울", "28일 동안", "3시간 반", "이해", "공개"} {
		f.Add(s, int64(1756947540))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		ref := time.Time{}
		if unix%7 != 0 {
			ref = time.Unix(unix%(1<<34), 0).In(kst)
		}
		checkInvariants(t, text, Scan(text, ref))
		checkGate(t, text, ref)
	})
}

// ExampleScan shows a sentence with a relative date and a time.
func ExampleScan() {
	ref := time.Date(2025, 9, 4, 9, 59, 0, 0, kst)
	for _, m := range Scan("시는 지난 19일 발표에 이어 25일 오후 3시 설명회를 연다.", ref) {
		fmt.Println(m.Label, m.Text, m.Value.Date)
	}
	// Output:
	// DATE 지난 19일 2025-08-19
	// DATE 25일 2025-09-25
	// TIME 오후 3시 15:00
}

// isoDurationRE matches the ISO 8601 durations Scan writes: P2Y8M, P1W,
// PT3H40M, PT1.5H.
var isoDurationRE = regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+(\.\d+)?H)?(\d+M)?(\d+S)?)?$`)
