package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/extract"
	"golang.org/x/net/html/charset"
)

// An audit of the command against inputs and flags a careless or hostile
// user may give (issue 8): each must end in a clear message naming what
// went wrong, never in silence, a hang or a run that eats all memory.

// docIDs returns the doc.id of each JSONL output line.
func docIDs(t *testing.T, out string) []string {
	t.Helper()
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var d struct{ Doc struct{ ID, Text string } }
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("output line is no JSON: %v\n%s", err, l)
		}
		ids = append(ids, d.Doc.ID)
	}
	return ids
}

func TestBadFlagValuesExplained(t *testing.T) {
	for _, tc := range []struct {
		args []string
		says string // what stderr must mention
	}{
		{[]string{"extract", "-j", "0", article}, "-j"},
		{[]string{"extract", "-j", "-3", article}, "-j"},
		{[]string{"extract", "-j", "10000000", article}, "-j"},
		{[]string{"bench", "-j", "10000000"}, "-j"},
		{[]string{"extract", "--input", "pdf", article}, "--input"},
		{[]string{"extract", "--time-budget", "-1s", article}, "--time-budget"},
		{[]string{"extract", "--max-size", "-1", article}, "--max-size"},
		{[]string{"extract", "--max-size", "9999999999", article}, "--max-size"},
		{[]string{"extract", "--min-confidence", "NaN", article}, "--min-confidence"},
		{[]string{"extract", "--min-confidence", "1.5", article}, "--min-confidence"},
		{[]string{"extract", "--types", "ORG,ORGS", article}, "ORGS"},
		{[]string{"extract", "--events", "budget,budjet", article}, "budjet"},
		{[]string{"extract", "--ext", ",", article}, "--ext"},
		{[]string{"bench", "--docs", "0"}, "--docs"},
		{[]string{"bench", "-j", "-1"}, "-j"},
		{[]string{"serve", "--max-body", "0"}, "--max-body"},
		{[]string{"serve", "--timeout", "0s"}, "--timeout"},
		{[]string{"eval"}, "--klue"},
	} {
		_, stderr, code := runCLI(t, "", tc.args...)
		if code != 2 {
			t.Errorf("%q: exit %d; want 2 (usage)", tc.args, code)
		}
		if !strings.Contains(stderr, tc.says) {
			t.Errorf("%q: stderr does not say what is wrong with %s:\n%s", tc.args, tc.says, stderr)
		}
	}
	// names the filter knows, in any case, are fine
	if _, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", "--types", "org,Money,DURATION", "--events", "Budget", article); code != 0 {
		t.Errorf("known filter names refused: exit %d\n%s", code, stderr)
	}
}

func TestFailuresNeverSilent(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing.tsv")
	for _, args := range [][]string{
		{"eval", "--klue", missing},
		{"extract", "--rules", missing, article},
		{"rules", "list", "--rules", missing},
	} {
		_, stderr, code := runCLI(t, "", args...)
		if code == 0 {
			t.Errorf("%q: exit 0", args)
		}
		if !strings.Contains(stderr, "nothing.tsv") {
			t.Errorf("%q: stderr does not name the missing file: %q", args, stderr)
		}
	}
}

// endless is a reader that never ends; it counts what was read of it.
type endless struct{ n int64 }

func (e *endless) Read(b []byte) (int, error) {
	if e.n > 256<<20 {
		return 0, errors.New("read far past the limit")
	}
	for i := range b {
		b[i] = "가나다 "[i%len("가나다 ")]
	}
	e.n += int64(len(b))
	return len(b), nil
}

func TestOversizeInputRefusedWithoutReadingItAll(t *testing.T) {
	src := &endless{}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"extract", "--max-size", "1", "-"}, src, &out, &errb)
	if exitCode(err) != 1 || !strings.Contains(errb.String(), "too large") {
		t.Fatalf("endless standard input: exit %d, stderr %q; want 1 and too large", exitCode(err), errb.String())
	}
	if src.n > 4<<20 {
		t.Errorf("read %d bytes of standard input for a limit of 1 MiB", src.n)
	}

	// a file over the limit is named with its size; a file within it in
	// the same run is still extracted
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("중기부는 예산을 편성했다. "), 1<<20/30+1000), 0o644)
	outS, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", "--max-size", "1", big, article)
	if code != 1 || !strings.Contains(stderr, "big.txt: input too large") || !strings.Contains(stderr, "--max-size") {
		t.Errorf("file over the limit: exit %d\n%s", code, stderr)
	}
	if n := len(docIDs(t, outS)); n != 1 {
		t.Errorf("%d documents written; want the one within the limit", n)
	}
	if _, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", "--max-size", "2", big); code != 0 {
		t.Errorf("--max-size 2 does not let a 1 MiB file through: exit %d\n%s", code, stderr)
	}
}

func TestJSONLOverlongLineSkippedAlone(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("가", 1<<20) + `"}`
	for _, last := range []string{"\n", ""} {
		in := `{"id":"a","text":"중기부는 예산을 편성했다."}` + "\n" + long + "\n" +
			`{"id":"c","text":"기재부는 회의를 열었다."}` + "\n" + long + last
		out, stderr, code := runCLI(t, in, "extract", "--format", "jsonl", "--max-size", "1", "-")
		if code != 1 {
			t.Errorf("exit %d; want 1", code)
		}
		// refused by the reader, which keeps no more of a line than the
		// limit allows, not after reading it whole
		for _, where := range []string{"-:2: input too large: line longer than", "-:4: input too large: line longer than"} {
			if !strings.Contains(stderr, where) {
				t.Errorf("stderr does not say %q:\n%s", where, stderr)
			}
		}
		if ids := docIDs(t, out); strings.Join(ids, ",") != "a,c" {
			t.Errorf("documents %q; want a and c", ids)
		}
	}
}

func TestDirectoryWithPipeDoesNotHang(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	b, _ := os.ReadFile(article)
	os.WriteFile(filepath.Join(dir, "a.txt"), b, 0o644)
	os.Symlink("a.txt", filepath.Join(dir, "link.txt"))
	os.Symlink(".", filepath.Join(dir, "loop"))
	type result struct {
		out, stderr string
		code        int
	}
	done := make(chan result, 1)
	go func() {
		out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", dir)
		done <- result{out, stderr, code}
	}()
	select {
	case r := <-done:
		if !strings.Contains(r.stderr, "pipe.txt: not a regular file") {
			t.Errorf("the pipe is not reported:\n%s", r.stderr)
		}
		if ids := docIDs(t, r.out); strings.Join(ids, ",") != "a,link" {
			t.Errorf("documents %q; want a and link", ids)
		}
	case <-time.After(time.Minute):
		t.Fatal("extract over a directory holding a FIFO hangs")
	}
}

func gz(t *testing.T, path string, b []byte) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestGzipInputsRead(t *testing.T) {
	dir := t.TempDir()
	b, _ := os.ReadFile(article)
	plain, _, _ := runCLI(t, "", "extract", "--format", "jsonl", article)
	var want struct{ Doc struct{ Text string } }
	json.Unmarshal([]byte(plain), &want)

	gz(t, filepath.Join(dir, "art.txt"), b) // compressed, without saying so
	gz(t, filepath.Join(dir, "recs.jsonl.gz"), []byte(`{"id":"r1","text":"중기부는 예산을 편성했다."}`+"\n"+`{"id":"r2","text":"기재부는 회의를 열었다."}`+"\n"))
	out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", filepath.Join(dir, "art.txt"), filepath.Join(dir, "recs.jsonl.gz"))
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if ids := docIDs(t, out); strings.Join(ids, ",") != "art,r1,r2" {
		t.Errorf("documents %q; want art, r1, r2", ids)
	}
	var got struct{ Doc struct{ Text string } }
	json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &got)
	if got.Doc.Text != want.Doc.Text {
		t.Errorf("the compressed article gives another text than the plain one")
	}

	// a gzip stream cut short is an error that says so
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(bytes.Repeat(b, 20))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "cut.txt"), buf.Bytes()[:buf.Len()/2], 0o644)
	_, stderr, code = runCLI(t, "", "extract", "--format", "jsonl", filepath.Join(dir, "cut.txt"))
	if code != 1 || !strings.Contains(stderr, "cut.txt: gzip") {
		t.Errorf("truncated gzip: exit %d\n%s", code, stderr)
	}
	// JSON Lines cut short inside a compressed stream: the records before
	// the cut are written, and the line cut is one gzip error, not also a
	// record that is no JSON
	var recs bytes.Buffer
	for i := range 400 {
		fmt.Fprintf(&recs, `{"id":"r%d","text":"%d번째 기사: 중소벤처기업부는 %d일 예산을 편성했다."}`+"\n", i, i, i%28+1)
	}
	buf.Reset()
	zw = gzip.NewWriter(&buf)
	zw.Write(recs.Bytes())
	zw.Close()
	os.WriteFile(filepath.Join(dir, "cut.jsonl.gz"), buf.Bytes()[:buf.Len()*2/3], 0o644)
	out, stderr, code = runCLI(t, "", "extract", "--format", "jsonl", filepath.Join(dir, "cut.jsonl.gz"))
	if n := len(docIDs(t, out)); code != 1 || n == 0 || n >= 400 || strings.Count(stderr, "cut.jsonl.gz:") != 1 ||
		!strings.Contains(stderr, "gzip: unexpected EOF") || strings.Contains(stderr, "not a JSON record") {
		t.Errorf("JSON Lines cut in a gzip stream: exit %d, %d documents\n%s", code, n, stderr)
	}
	// a compressed bomb is refused at the limit
	var bomb bytes.Buffer
	zw = gzip.NewWriter(&bomb)
	for range 8 {
		zw.Write(make([]byte, 1<<20))
	}
	zw.Close()
	os.WriteFile(filepath.Join(dir, "bomb.txt"), bomb.Bytes(), 0o644)
	_, stderr, code = runCLI(t, "", "extract", "--max-size", "1", filepath.Join(dir, "bomb.txt"))
	if code != 1 || !strings.Contains(stderr, "too large") {
		t.Errorf("gzip over the limit once decompressed: exit %d\n%s", code, stderr)
	}
}

func TestByteOrderMarkIsNoText(t *testing.T) {
	dir := t.TempDir()
	only := filepath.Join(dir, "bom.txt")
	os.WriteFile(only, []byte("\xef\xbb\xbf \n"), 0o644)
	_, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", only)
	if code != 1 || !strings.Contains(stderr, "empty") {
		t.Errorf("a file of a byte-order mark and a space: exit %d, stderr %q; want an empty input", code, stderr)
	}
	art := filepath.Join(dir, "art.txt")
	os.WriteFile(art, []byte("\xef\xbb\xbf중소벤처기업부는 예산을 2조원으로 편성했다.\n"), 0o644)
	out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", art)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var d struct {
		Doc      struct{ Text string }
		Entities []struct {
			Mentions []struct{ Start int }
		}
	}
	json.Unmarshal([]byte(out), &d)
	if strings.HasPrefix(d.Doc.Text, "\ufeff") || len(d.Entities) == 0 || d.Entities[0].Mentions[0].Start != 0 {
		t.Errorf("the byte-order mark is kept as text: %q, %+v", d.Doc.Text, d.Entities)
	}
}

func TestServeRecordWithTrailingValueRefused(t *testing.T) {
	s, _ := testServer(t, 1<<20, 2)
	for _, body := range []string{
		`{"id":"a","text":"중기부는 예산을 편성했다."} {"id":"b","text":"기재부는 회의를 열었다."}`,
		`{"id":"a","text":"중기부는 예산을 편성했다."}` + "\n" + `{"id":"b","text":"기재부는 회의를 열었다."}`,
		`{"id":"a","text":"중기부는 예산을 편성했다."} garbage`,
	} {
		rec := do(t, s, "POST", "/v1/extract", "application/json", body)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "x-ndjson") {
			t.Errorf("%q: %d %s; want 400 pointing to application/x-ndjson", body, rec.Code, rec.Body)
		}
	}
	// white space after the one record is fine
	if rec := do(t, s, "POST", "/v1/extract", "application/json", `{"id":"a","text":"중기부는 예산을 편성했다."}`+"\n\n"); rec.Code != http.StatusOK {
		t.Errorf("one record and a newline: %d %s", rec.Code, rec.Body)
	}
}

func TestServePlainTextCharset(t *testing.T) {
	s, _ := testServer(t, 1<<20, 2)
	text := "중소벤처기업부는 4일 예산을 2조원으로 편성했다."
	euckr, err := charsetEncode("euc-kr", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, ctype := range []string{"text/plain; charset=euc-kr", "text/plain; charset=EUC-KR", "text/plain"} {
		rec := do(t, s, "POST", "/v1/extract", ctype, string(euckr))
		var d struct{ Doc struct{ Text string } }
		json.Unmarshal(rec.Body.Bytes(), &d)
		if rec.Code != http.StatusOK || d.Doc.Text != text {
			t.Errorf("%s: %d, text %q; want %q", ctype, rec.Code, d.Doc.Text, text)
		}
	}
	if rec := do(t, s, "POST", "/v1/extract", "text/plain; charset=klingon", text); rec.Code != http.StatusUnsupportedMediaType || !strings.Contains(rec.Body.String(), "klingon") {
		t.Errorf("unknown charset: %d %s; want 415 naming it", rec.Code, rec.Body)
	}
}

func TestServeLinesCutByTimeLimitSaySo(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	s := newServer(x, 64<<20, 2, time.Nanosecond, log.New(io.Discard, "", 0))
	var body strings.Builder
	for range 50 {
		body.WriteString(`{"id":"r","text":"중기부는 4일 예산을 2조원으로 편성했다."}` + "\n")
	}
	rec := do(t, s, "POST", "/v1/extract", "application/x-ndjson", body.String())
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	var last struct {
		Error string
		Line  int
	}
	json.Unmarshal([]byte(lines[len(lines)-1]), &last)
	if len(lines) < 50 && (last.Line != len(lines) || !strings.Contains(last.Error, "not processed")) {
		t.Errorf("%d answers for 50 records, and the last does not say where the stream was cut: %s", len(lines), lines[len(lines)-1])
	}
}

func charsetEncode(name, s string) ([]byte, error) {
	e, _ := charset.Lookup(name)
	return e.NewEncoder().Bytes([]byte(s))
}

// A table goes to a terminal: text from a page (a title, a quote) must
// not carry escape sequences or bidirectional overrides to it.
func TestTableShowsNoControlCharacters(t *testing.T) {
	in := `{"id":"t","title":"제목\u001b]0;pwned\u0007\u001b[2J","published":"2025-09-04","text":"중소벤처기업부는 4일 \"예산\u001b[31m\u202e\"을 2조원으로 편성했다고 밝혔다.\u009b"}` + "\n"
	out, stderr, code := runCLI(t, in, "extract", "--format", "table", "-")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, r := range out {
		if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 || r == '\u202e' {
			t.Fatalf("the table holds control character %U:\n%q", r, out)
		}
	}
	if !strings.Contains(out, "제목") || !strings.Contains(out, "중소벤처기업부") {
		t.Errorf("the table lost the text around the controls:\n%s", out)
	}
}

// -o naming one of the inputs emptied it before it was read: the article
// was gone and the run wrote nothing. It is a usage error now, and so is
// a bad --format, which also emptied the -o file before being refused.
func TestOutputThatIsAnInputRefused(t *testing.T) {
	dir := t.TempDir()
	b, _ := os.ReadFile(article)
	victim := filepath.Join(dir, "art.txt")
	os.WriteFile(victim, b, 0o644)
	os.Symlink("art.txt", filepath.Join(dir, "link.txt"))
	for _, args := range [][]string{
		{"extract", "-o", victim, victim},
		{"extract", "-o", filepath.Join(dir, "link.txt"), dir},
		{"extract", "--format", "xml", "-o", victim, article},
	} {
		_, stderr, code := runCLI(t, "", args...)
		if code != 2 {
			t.Errorf("%q: exit %d; want 2\n%s", args, code, stderr)
		}
		if got, _ := os.ReadFile(victim); !bytes.Equal(got, b) {
			t.Fatalf("%q: the input file was overwritten (%d bytes left of %d)", args, len(got), len(b))
		}
	}
	// an output in a directory read is created after the directory is
	// listed, so it is not read as an input
	out := filepath.Join(dir, "out.jsonl")
	if _, stderr, code := runCLI(t, "", "extract", "-o", out, dir); code != 0 {
		t.Errorf("output inside the input directory: exit %d\n%s", code, stderr)
	}
	got, _ := os.ReadFile(out)
	if ids := docIDs(t, string(got)); strings.Join(ids, ",") != "art,link" {
		t.Errorf("documents %q; want art and link", ids)
	}
}

// inspect reads what extract reads: a gzip-compressed input, and a text
// whose byte-order mark is no text.
func TestInspectReadsAsExtractDoes(t *testing.T) {
	dir := t.TempDir()
	b, _ := os.ReadFile(article)
	gz(t, filepath.Join(dir, "art.txt.gz"), b)
	out, stderr, code := runCLI(t, "", "inspect", "--no-body", filepath.Join(dir, "art.txt.gz"))
	if code != 0 || !strings.Contains(out, "layout:") {
		t.Errorf("compressed article: exit %d\n%s%s", code, out, stderr)
	}
	bom := filepath.Join(dir, "bom.txt")
	os.WriteFile(bom, []byte("\xef\xbb\xbf\n"), 0o644)
	if _, stderr, code := runCLI(t, "", "inspect", bom); code != 1 || !strings.Contains(stderr, "empty") {
		t.Errorf("a byte-order mark alone: exit %d, %q; want an empty input", code, stderr)
	}
}

// An empty JSON Lines input fails nothing (exit 0: there was nothing to
// extract) but is not passed over in silence either.
func TestEmptyJSONLNoted(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "none.jsonl")
	os.WriteFile(empty, []byte("\n  \n"), 0o644)
	out, stderr, code := runCLI(t, "", "extract", "--format", "json", empty)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("exit %d, output %q; want 0 and []", code, out)
	}
	if !strings.Contains(stderr, "none.jsonl: warning: no records") {
		t.Errorf("stderr %q does not note the empty input", stderr)
	}
	if _, stderr, _ := runCLI(t, "", "extract", "--quiet", "--format", "json", empty); stderr != "" {
		t.Errorf("--quiet still notes: %q", stderr)
	}
}

// A body saved by an editor that starts it with a UTF-8 byte-order mark
// is read as the command line reads such a file.
func TestServeRecordAfterByteOrderMark(t *testing.T) {
	s, _ := testServer(t, 1<<20, 2)
	rec := `{"id":"a","text":"중기부는 예산을 편성했다."}`
	if r := do(t, s, "POST", "/v1/extract", "application/json", "\ufeff"+rec); r.Code != http.StatusOK {
		t.Errorf("application/json: %d %s", r.Code, r.Body)
	}
	r := do(t, s, "POST", "/v1/extract", "application/x-ndjson", "\ufeff"+rec+"\n"+rec+"\n")
	if strings.Contains(r.Body.String(), `"error"`) {
		t.Errorf("application/x-ndjson: %s", r.Body)
	}
	// a text body saved with a mark (Notepad's UTF-8) is read without it,
	// as the CLI reads such a file: the text starts at its first word
	for _, ctype := range []string{"text/plain", "text/plain; charset=utf-8"} {
		r = do(t, s, "POST", "/v1/extract", ctype, "\ufeff중기부는 예산을 편성했다.")
		var d struct {
			Doc struct{ Text string } `json:"doc"`
		}
		if err := json.Unmarshal(r.Body.Bytes(), &d); err != nil || d.Doc.Text != "중기부는 예산을 편성했다." {
			t.Errorf("%s: doc.text %q (%v); want it without the mark", ctype, d.Doc.Text, err)
		}
	}
}

// A client that sends its body slowly must not hold an extraction slot
// while it does: with one slot, a second client is still served.
func TestServeSlowBodyHoldsNoSlot(t *testing.T) {
	s, _ := testServer(t, 1<<20, 1)
	pr, pw := io.Pipe()
	slow := httptest.NewRequest("POST", "/v1/extract", pr)
	slow.Header.Set("Content-Type", "text/plain")
	done := make(chan int, 1)
	go func() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, slow)
		done <- rec.Code
	}()
	pw.Write([]byte("중기부는 ")) // and then nothing for a while
	time.Sleep(50 * time.Millisecond)
	if rec := do(t, s, "POST", "/v1/extract", "text/plain", "기재부는 4일 예산을 편성했다."); rec.Code != http.StatusOK {
		t.Errorf("while a body trickles in: %d %s; want 200", rec.Code, rec.Body)
	}
	pw.Write([]byte("예산을 편성했다."))
	pw.Close()
	if code := <-done; code != http.StatusOK {
		t.Errorf("the slow request: %d; want 200", code)
	}
}
