package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// robustCases are pathological documents (issue 8). Each must give an
// error or a document with valid offsets and JSON, for that document only.
var robustCases = []struct {
	name string
	in   Input
}{
	{"100k digits", Input{Text: strings.Repeat("1", 100000)}},
	{"100k digits in a sentence", Input{Text: "예산은 " + strings.Repeat("9", 100000) + "원이다."}},
	{"digit groups", Input{Text: strings.Repeat("1,234,", 20000) + "원"}},
	{"unit chain", Input{Text: strings.Repeat("1조", 30000) + "원"}},
	{"1 MB line without spaces", Input{Text: strings.Repeat("가나다라마바사아자차", 1<<20/30)}},
	{"1 MB ascii line", Input{Text: strings.Repeat("x", 1<<20)}},
	{"10k nested tags", Input{HTML: []byte(strings.Repeat("<div>", 10000) + "<p>중기부는 2조원을 편성했다.</p>" + strings.Repeat("</div>", 10000))}},
	{"10k nested spans as text", Input{Text: strings.Repeat("<span>", 10000) + "중기부"}},
	{"NUL bytes", Input{Text: "중기부는\x00 예산을\x00 편성했다."}},
	{"NUL bytes html", Input{HTML: []byte("<html><body><p>중기부\x00</p></body></html>")}},
	{"100k middle dots", Input{Text: strings.Repeat("·", 100000)}},
	{"100k quotes", Input{Text: strings.Repeat("\"", 100000)}},
	{"100k curly quotes", Input{Text: strings.Repeat("“", 50000) + strings.Repeat("”", 50000)}},
	{"repeated particles", Input{Text: strings.Repeat("은는이가을를의에서", 20000)}},
	{"repeated names and particles", Input{Text: strings.Repeat("중기부는 ", 20000)}},
	{"repeated quote verbs", Input{Text: strings.Repeat("\"좋다\"고 말했다. ", 10000)}},
	{"repeated dates", Input{Text: strings.Repeat("2025년 9월 4일 ", 20000)}},
	{"repeated percents", Input{Text: strings.Repeat("3.5%p ", 30000)}},
	{"many short lines", Input{Text: strings.Repeat("메뉴\n", 200000)}},
	{"1 MB of sentence ends", Input{Text: strings.Repeat("다. ", 1<<20/5)}},
	{"invalid UTF-8", Input{Text: strings.Repeat("\xff\xfe가", 10000)}},
	{"control characters", Input{Text: strings.Repeat("\x01\x02\x03가", 1000)}},
}

func TestRobustPathological(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range robustCases {
		t.Run(tc.name, func(t *testing.T) {
			checkRobust(t, x, tc.in)
		})
	}
	// The extractor is unharmed: an ordinary article still comes out whole.
	d, err := x.Extract(context.Background(), Input{Text: "중소벤처기업부는 내년도 예산을 2조1955억원으로 편성했다고 4일 밝혔다.", Published: "2025-09-04"})
	if err != nil || len(d.Entities) == 0 {
		t.Fatalf("after the pathological inputs: %v, %+v", err, d)
	}
}

// checkRobust extracts in with a generous deadline (a hang, not a speed
// threshold) and checks the result.
func checkRobust(t *testing.T, x *Extractor, in Input) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	type result struct {
		d   *Document
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		d, err := x.Extract(ctx, in)
		done <- result{d, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(3 * time.Minute):
		t.Fatalf("no result after 3 minutes: the extraction hangs")
	}
	if r.err != nil {
		known := []error{ErrEmpty, ErrNotText, ErrTooLarge, ErrTimeBudget, ErrInternal}
		ok := false
		for _, k := range known {
			ok = ok || errors.Is(r.err, k)
		}
		if !ok {
			t.Errorf("error %v is none of the typed errors", r.err)
		}
		if errors.Is(r.err, ErrInternal) {
			t.Errorf("a bug: %v", r.err)
		}
		t.Logf("%v: error %v", time.Since(start), r.err)
		return
	}
	d := r.d
	checkDocument(t, d)
	t.Logf("%v: %d bytes of text, %d entities, %d events, warnings %q", time.Since(start), len(d.Doc.Text), len(d.Entities), len(d.Events), d.Warnings)
}

// TestRobustTimeBudget: a document over its time budget gives
// ErrTimeBudget for that document only.
func TestRobustTimeBudget(t *testing.T) {
	x, err := New(WithTimeBudget(time.Nanosecond))
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.Extract(context.Background(), Input{Text: strings.Repeat("중소벤처기업부는 내년도 예산을 2조1955억원으로 편성했다. ", 2000)})
	if !errors.Is(err, ErrTimeBudget) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v; want ErrTimeBudget wrapping context.DeadlineExceeded", err)
	}
	// A cancelled caller context is the caller's error, not a budget.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, Input{Text: "중기부"}); !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeBudget) {
		t.Fatalf("cancelled: %v", err)
	}
}

// TestRobustBudgetInsideStages needs the stages themselves (page cleaning,
// scanners, events) to give up when the budget is spent, not only the
// checks between them.
func TestRobustBudgetInsideStages(t *testing.T) {
	// a long document far over its budget stops with ErrTimeBudget (the
	// stages check the deadline, the event stage every 64 sentences)
	x, err := New(WithTimeBudget(2 * time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("중기부는 4일 예산 3천억원을 편성했다. 한성숙 장관은 \"늘리겠다\"고 말했다. ", 20000)
	_, err = x.Extract(context.Background(), Input{Text: text, Published: "2025-09-04"})
	if !errors.Is(err, ErrTimeBudget) {
		t.Fatalf("got %v; want ErrTimeBudget", err)
	}
}

// TestRobustRuleTimeout: a user's pattern rule that backtracks without
// end is given up in the document after running out of its match timeout
// (tried twice), the document says so in a warning, and everything else
// is still found.
func TestRobustRuleTimeout(t *testing.T) {
	dir := t.TempDir()
	rule := `{"id":"user.slow","label":"ORG","anchors":["재단"],"regex":"([가-힣]+)+재단X","before":40}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "slow.jsonl"), []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(WithRules(dir))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("가", 39) + "재단은 3일 서울에서 포럼을 열었다. " + strings.Repeat("나", 39) + "재단도 참석했다."
	doc, err := x.ExtractText(context.Background(), text, "2025-06-02", "")
	if err != nil {
		t.Fatal(err)
	}
	warned := 0
	for _, w := range doc.Warnings {
		if strings.Contains(w, "pattern:user.slow") && strings.Contains(w, "timeout") {
			warned++
		}
	}
	if warned != 1 {
		t.Errorf("warnings %q: want one naming the rule", doc.Warnings)
	}
	dates := 0
	for _, e := range doc.Entities {
		if e.Type == "DATE" {
			dates++
		}
	}
	if dates != 1 {
		t.Errorf("entities %+v: the date must still be found", doc.Entities)
	}
}
