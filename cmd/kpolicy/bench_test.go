package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestBench runs kpolicy bench on tiny corpora and checks the fields it
// prints (never the figures: no timing assertions).
func TestBench(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "c.jsonl")
	os.WriteFile(jsonl, []byte(`{"id":"a","published":"2025-09-04","text":"중소벤처기업부는 내년도 예산을 2조1955억원으로 편성했다고 4일 밝혔다."}
{"id":"b","html":"<html><body><div id=\"dic_area\">정부는 오는 10월 제주에서 포럼을 연다. 한성숙 장관은 \"좋다\"고 말했다.</div></body></html>"}
`), 0o644)
	fields := []string{"corpus", "documents", "bytes", "workers", "build", "elapsed", "throughput", "documents/s",
		"allocs/doc", "alloc-bytes/doc", "peak-heap", "peak-rss", "errors"}
	for _, tc := range []struct {
		name string
		args []string
		docs string
	}{
		{"jsonl", []string{"bench", "-j", "2", "--docs", "6", jsonl}, "6"},
		{"html", []string{"bench", "--html", "--docs", "3", jsonl}, "3"},
		{"missing", []string{"bench", "-j", "1", "--docs", "2", filepath.Join(dir, "none")}, ""},
		{"generated", []string{"bench", "-j", "1", "--docs", "2"}, "2"}, // no ../shared from cmd/kpolicy
		{"dir", []string{"bench", "--docs", "4", "../../testdata/articles"}, "4"},
		{"encoded", []string{"bench", "--jsonl", "--docs", "4", jsonl}, "4"},
		{"bodies", []string{"bench", "--bodies", "--docs", "4", jsonl}, "4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runCLI(t, "", tc.args...)
			if tc.docs == "" { // a corpus that does not exist is an error
				if code != 1 || !strings.Contains(stderr, "none") {
					t.Errorf("exit %d, stderr %q; want 1 naming the corpus", code, stderr)
				}
				return
			}
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, f := range fields {
				if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(f) + `: \S`).MatchString(out) {
					t.Errorf("no %q field in:\n%s", f, out)
				}
			}
			if !strings.Contains(out, "documents: "+tc.docs+"\n") || !strings.Contains(out, "errors: 0\n") {
				t.Errorf("output:\n%s\nstderr: %s", out, stderr)
			}
			if cleaned := strings.Contains(out, "as the article text the cleaner leaves)"); cleaned != slices.Contains(tc.args, "--bodies") {
				t.Errorf("--bodies in %v, but the corpus line names the cleaned text: %v", tc.args, cleaned)
			}
			if encoded := strings.Contains(out, "output: jsonl encoded\n"); encoded != slices.Contains(tc.args, "--jsonl") {
				t.Errorf("--jsonl in %v, but \"output: jsonl encoded\" printed: %v", tc.args, encoded)
			}
			t.Log("\n" + out)
		})
	}
	if _, _, code := runCLI(t, "", "bench", "--docs", "0"); code != 2 {
		t.Errorf("--docs 0: exit %d; want 2", code)
	}
	for _, bad := range [][]string{{"--count", "0"}, {"--time", "0s"}, {"--time", "-1s"}, {"-j", "0"}, {"--docs", "-3"}} {
		if _, stderr, code := runCLI(t, "", append([]string{"bench"}, append(bad, jsonl)...)...); code != 2 || !strings.Contains(stderr, bad[0]+" must") {
			t.Errorf("bench %v: exit %d, stderr %q; want 2 naming %s", bad, code, stderr, bad[0])
		}
	}
	// without --docs: whole passes over the two documents for --time; with
	// --count the median of the runs, each listed
	out, stderr, code := runCLI(t, "", "bench", "-j", "1", "--time", "30ms", jsonl)
	if code != 0 {
		t.Fatalf("--time: exit %d: %s", code, stderr)
	}
	m := regexp.MustCompile(`(?m)^documents: (\d+)$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no documents field:\n%s", out)
	}
	if n, _ := strconv.Atoi(m[1]); n < 2 || n%2 != 0 {
		t.Errorf("--time: %d documents; want whole passes over 2 documents", n)
	}
	out, stderr, code = runCLI(t, "", "bench", "-j", "1", "--time", "10ms", "--count", "3", jsonl)
	if code != 0 {
		t.Fatalf("--time --count: exit %d: %s", code, stderr)
	}
	if !regexp.MustCompile(`(?m)^runs: 3\nthroughput: [0-9.]+ MB/s \(median of 3 runs; [0-9.]+ [0-9.]+ [0-9.]+\)$`).MatchString(out) {
		t.Errorf("--count 3: no median of the three runs in:\n%s", out)
	}
	if _, _, code := runCLI(t, "", "bench", "--bodies", "--html", jsonl); code != 2 {
		t.Errorf("--bodies --html: exit %d; want 2", code)
	}
	prof := filepath.Join(dir, "cpu.prof")
	if _, stderr, code := runCLI(t, "", "bench", "-j", "1", "--docs", "3", "--cpuprofile", prof, jsonl); code != 0 {
		t.Fatalf("--cpuprofile: exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("--cpuprofile wrote no profile: %v", err)
	}
}

// TestJSONLLineNotJSON (issue 8): a JSONL line that is not JSON fails
// alone — exit 1, the line named on stderr — and the other records are
// still written, as valid JSON.
func TestJSONLLineNotJSON(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "mixed.jsonl")
	os.WriteFile(f, []byte(`{"id":"a","text":"중기부는 예산을 2조원으로 늘렸다."}
{"id":"b","text": this is not json
{"id":"c","text":"기재부는 3일 회의를 열었다."}
`), 0o644)
	out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", "-j", "2", f)
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	if !strings.Contains(stderr, "mixed.jsonl:2") {
		t.Errorf("stderr does not name line 2:\n%s", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d documents written; want 2:\n%s", len(lines), out)
	}
	for i, l := range lines {
		var d struct{ Doc struct{ ID string } }
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if want := []string{"a", "c"}[i]; d.Doc.ID != want {
			t.Errorf("document %d is %q; want %q", i+1, d.Doc.ID, want)
		}
	}
}
