package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// checkOffsets verifies that every mention and every evidence points at its
// own text in doc.text, counting code points.
func checkOffsets(t *testing.T, d *Document) {
	t.Helper()
	runes := []rune(d.Doc.Text)
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("entity %s mention %q at %d:%d does not match the text", e.ID, m.Text, m.Start, m.End)
			}
		}
	}
	for _, v := range d.Events {
		if v.Start < 0 || v.End > len(runes) || string(runes[v.Start:v.End]) != v.Evidence {
			t.Errorf("event %s evidence at %d:%d does not match the text", v.ID, v.Start, v.End)
		}
	}
}

// checkDocument verifies the invariants every document keeps: valid UTF-8
// text, every offset pointing at its own text, output that encodes as
// valid JSON.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Doc.Text) {
		t.Fatalf("doc.text is not valid UTF-8")
	}
	checkOffsets(t, d)
	b, err := json.Marshal(d)
	if err != nil || !json.Valid(b) {
		t.Fatalf("output is not valid JSON: %v", err)
	}
}

func TestGolden(t *testing.T) {
	x := newExtractor(t)
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	html, _ := filepath.Glob("../testdata/articles/*.html")
	files = append(files, html...)
	if len(files) == 0 {
		t.Fatal("no test articles in testdata/articles")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := x.Extract(context.Background(), Input{Source: filepath.Base(f), Raw: b})
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, d)
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("output differs from %s; run go test ./extract -update and review the diff", golden)
			}
		})
	}
}

// TestArticle checks what an analyst needs from the example article,
// independently of the golden file.
func TestArticle(t *testing.T) {
	x := newExtractor(t)
	b, err := os.ReadFile("../testdata/articles/budget_forum.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(context.Background(), Input{Source: "budget_forum.txt", Raw: b})
	if err != nil {
		t.Fatal(err)
	}
	if d.Doc.Published != "2025-11-12T14:20:00+09:00" {
		t.Errorf("published %q", d.Doc.Published)
	}
	if strings.Contains(d.Doc.Text, "많이 본 뉴스") || strings.Contains(d.Doc.Text, "무단전재") {
		t.Errorf("page furniture left in the text:\n%s", d.Doc.Text)
	}
	ent := func(typ, name string) *Entity {
		for i, e := range d.Entities {
			if e.Type == typ && (e.Name == name || containsStr(e.Aliases, name)) {
				return &d.Entities[i]
			}
		}
		return nil
	}
	for _, c := range []struct{ typ, name string }{
		{"ORG", "산업통상자원부"}, {"ORG", "산업부"}, {"ORG", "국제에너지기구"}, {"ORG", "IEA"},
		{"ORG", "한국가스공사"}, {"PERSON", "김정관"}, {"PLACE", "호주"}, {"PLACE", "독일"},
	} {
		if ent(c.typ, c.name) == nil {
			t.Errorf("missing %s %s", c.typ, c.name)
		}
	}
	if e := ent("ORG", "산업부"); e != nil && e.Name != "산업통상자원부" {
		t.Errorf("산업부 resolved to %q, not to the ministry named in the article", e.Name)
	}
	if e := ent("MONEY", "8,320억원"); e == nil || e.Value != 832000000000.0 || e.Currency != "KRW" {
		t.Errorf("MONEY 8,320억원: %+v", e)
	}
	byType := map[string]*Event{}
	for i, v := range d.Events {
		if byType[v.Type] == nil {
			byType[v.Type] = &d.Events[i]
		}
	}
	if v := byType["meeting"]; v == nil || len(v.Args["organizer"]) == 0 || v.Args["organizer"][0].Name != "산업통상자원부" ||
		len(v.Args["date"]) == 0 || v.Args["date"][0].Value != "2025-11-12" {
		t.Errorf("meeting event: %+v", v)
	}
	if v := byType["agreement"]; v == nil || len(v.Args["party"]) != 2 {
		t.Errorf("agreement event with two parties: %+v", v)
	}
	if v := byType["budget"]; v == nil || len(v.Args["amount"]) == 0 || v.Args["amount"][0].Value != 832000000000.0 ||
		len(v.Args["fiscal_year"]) == 0 || v.Args["fiscal_year"][0].Value != "2026" {
		t.Errorf("budget event: %+v", v)
	}
	if v := byType["statement"]; v == nil || v.Args["speaker"][0].Name != "김정관" || len(v.Args["quote"]) != 2 {
		t.Errorf("statement event: %+v", v)
	}
}

func TestRecordTextKeptVerbatim(t *testing.T) {
	x := newExtractor(t)
	text := "  국토교통부는 3일 주택 공급 대책을 발표했다.\n\n정부는 5만 가구를 공급한다.  "
	d, err := x.Extract(context.Background(), Input{ID: "r1", Text: text, Published: "2025-03-05"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Doc.Text != text {
		t.Errorf("doc.text %q; want the record text verbatim", d.Doc.Text)
	}
	if d.Doc.ID != "r1" || d.Doc.Published != "2025-03-05" {
		t.Errorf("id %q published %q", d.Doc.ID, d.Doc.Published)
	}
	checkOffsets(t, d)
}

func TestBadInput(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name string
		in   Input
	}{
		{"empty", Input{Raw: []byte{}}},
		{"spaces", Input{Raw: []byte(" \n\t ")}},
		{"binary", Input{Raw: []byte("\x00\x01\x02PK\x03\x04\x00\x00")}},
		{"bad date", Input{Text: "정부는 발표했다.", Published: "어제"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if d, err := x.Extract(context.Background(), c.in); err == nil {
				t.Errorf("no error; got a document with text %q", d.Doc.Text)
			}
		})
	}
	// invalid UTF-8 is repaired, not rejected
	d, err := x.Extract(context.Background(), Input{Raw: []byte("정부는 \xff\xfe 예산을 늘렸다.")})
	if err != nil {
		t.Fatalf("invalid UTF-8: %v", err)
	}
	if !utf8.ValidString(d.Doc.Text) {
		t.Errorf("doc.text is not valid UTF-8: %q", d.Doc.Text)
	}
}

func TestTooLarge(t *testing.T) {
	x, err := New(WithMaxSize(100))
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.Extract(context.Background(), Input{Text: strings.Repeat("가", 100)})
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("got %v; want a too-large error", err)
	}
}

func TestRefDate(t *testing.T) {
	x := newExtractor(t)
	d, err := x.Extract(context.Background(), Input{Text: "정부는 올해 예산을 늘렸다."})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) == 0 {
		t.Errorf("no warning for a document without a date")
	}
}

func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	raw, err := os.ReadFile("../testdata/articles/budget_forum.txt")
	if err != nil {
		b.Fatal(err)
	}
	d, err := x.Extract(context.Background(), Input{Raw: raw})
	if err != nil {
		b.Fatal(err)
	}
	// a longer article: the clean body repeated, as a plain-text record
	text := strings.Repeat(d.Doc.Text+"\n", 8)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), Input{Text: text, Published: "2025-11-12"}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTimeBudget(t *testing.T) {
	x, err := New(WithTimeBudget(time.Nanosecond))
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.Extract(context.Background(), Input{Text: strings.Repeat("정부는 예산을 늘렸다. ", 2000)})
	if !errors.Is(err, ErrTimeBudget) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v; want ErrTimeBudget wrapping DeadlineExceeded", err)
	}
	if _, err := New(WithTimeBudget(-time.Second)); err == nil {
		t.Error("a negative budget was accepted")
	}
}

func TestPanicIsTheDocumentsError(t *testing.T) {
	x := newExtractor(t)
	testHook = func() { panic("boom") }
	defer func() { testHook = nil }()
	_, err := x.Extract(context.Background(), Input{Text: "정부는 예산을 늘렸다."})
	if !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("got %v; want ErrInternal with the cause", err)
	}
	testHook = nil
	if _, err := x.Extract(context.Background(), Input{Text: "정부는 예산을 늘렸다."}); err != nil {
		t.Fatalf("the next document failed too: %v", err)
	}
}
