package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/cmd/kpolicy/internal/render"
)

const article = "../../testdata/articles/budget_forum.txt"

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), exitCode(err)
}

func TestExtractJSONL(t *testing.T) {
	out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", article)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines; want 1", len(lines))
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["schema"] != "kpolicy/v1" {
		t.Errorf("schema %v", doc["schema"])
	}
	if strings.Contains(out, `\u0026`) {
		t.Errorf("HTML-escaped output")
	}
}

func TestExtractJSONObjectOrArray(t *testing.T) {
	out, _, code := runCLI(t, "", "extract", "--format", "json", article)
	if code != 0 || !strings.HasPrefix(out, "{") {
		t.Fatalf("one input: exit %d, output starts %q; want an object", code, out[:min(len(out), 10)])
	}
	out, _, code = runCLI(t, "", "extract", article, "--format", "json", article)
	if code != 0 || !strings.HasPrefix(out, "[") {
		t.Fatalf("two inputs: exit %d, output starts %q; want an array", code, out[:min(len(out), 10)])
	}
	var docs []map[string]any
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 2 {
		t.Fatalf("array of 2 documents: %v, %d", err, len(docs))
	}
}

func TestExtractTableAligned(t *testing.T) {
	out, stderr, code := runCLI(t, "", "extract", "--format", "table", article)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "산업통상자원부") || !strings.Contains(out, "Events") {
		t.Fatalf("table lacks content:\n%s", out)
	}
	// every line of one table has the same display width, at most 80
	width := -1
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, "│") && !strings.Contains(line, "┼") {
			width = -1
			continue
		}
		w := render.Cells(line)
		if w > render.Width {
			t.Errorf("line wider than %d cells (%d): %s", render.Width, w, line)
		}
		if width >= 0 && w != width {
			t.Errorf("misaligned line (%d cells, table %d): %s", w, width, line)
		}
		width = w
	}
}

func TestExtractStdinAndRecords(t *testing.T) {
	out, stderr, code := runCLI(t, "환경부는 4일 탄소중립 로드맵을 발표했다.", "extract", "--ref-date", "2025-06-10", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"2025-06-04"`) {
		t.Errorf("4일 not resolved against --ref-date: %s", out)
	}
	dir := t.TempDir()
	recs := filepath.Join(dir, "in.jsonl")
	os.WriteFile(recs, []byte(`{"id":"a","published":"2025-01-02","text":"기재부는 예산을 발표했다."}
not json
{"id":"b","text":""}
{"id":"c","url":"https://example.com/1","text":"국토부는 주택 공급 대책을 내놨다."}
`), 0o644)
	out, stderr, code = runCLI(t, "", "extract", recs)
	if code != 1 {
		t.Errorf("exit %d; want 1 for bad records", code)
	}
	if !strings.Contains(stderr, "in.jsonl:2") || !strings.Contains(stderr, "in.jsonl:3") {
		t.Errorf("bad records not named on stderr: %s", stderr)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d struct{ Doc struct{ ID string } }
		json.Unmarshal([]byte(line), &d)
		ids = append(ids, d.Doc.ID)
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("documents %v; want a,c in input order", ids)
	}
}

func TestExtractBadInputsOthersStillProcessed(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "binary.txt")
	badutf := filepath.Join(dir, "latin1.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02\x03PK\x00"), 0o644)
	os.WriteFile(badutf, []byte("정부는 \xff 예산을 늘렸다."), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", empty, article, binary, missing, badutf)
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	for _, f := range []string{empty, binary, missing} {
		if !strings.Contains(stderr, f) {
			t.Errorf("stderr does not name %s:\n%s", f, stderr)
		}
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 2 {
		t.Errorf("%d documents written; want 2 (the article and the repaired text)", n)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"extract"}, {"extract", "--format", "xml", article}, {"extract", "--ref-date", "2025/13/01", article}} {
		if _, _, code := runCLI(t, "", args...); code != 2 {
			t.Errorf("%q: exit %d; want 2", args, code)
		}
	}
	if out, _, code := runCLI(t, "", "version"); code != 0 || !strings.Contains(out, "kpolicy") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestRulesCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "mine.tsv")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(good, []byte("# my orgs\n한빛연구재단\tORG\t한빛재단\tkind=foundation\n"), 0o644)
	os.WriteFile(bad, []byte("- id: x\n  type: party\n  triggers: [열었다]\n"), 0o644)
	out, _, code := runCLI(t, "", "rules", "check", good)
	if code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("good file: %d %q", code, out)
	}
	_, stderr, code := runCLI(t, "", "rules", "check", bad)
	if code != 1 || !strings.Contains(stderr, "bad.yaml:1") || !strings.Contains(stderr, "party") {
		t.Errorf("bad file: %d %q", code, stderr)
	}
	// a user gazetteer is used by extract
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("한빛재단은 장학금을 지급했다."), 0o644)
	out, stderr, code = runCLI(t, "", "extract", "--rules", good, in)
	if code != 0 || !strings.Contains(out, `"name":"한빛연구재단"`) {
		t.Errorf("user rules not applied: %d %s %s", code, stderr, out)
	}
}

func TestParallelOrderAndDeterminism(t *testing.T) {
	dir := t.TempDir()
	recs := filepath.Join(dir, "many.jsonl")
	var b strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, `{"id":"r%02d","published":"2025-03-%02d","text":"기획재정부는 %d일 예산 %d억원을 편성했다. 김민수 차관은 \"집행을 서두르겠다\"고 말했다."}`+"\n", i, i%28+1, i%28+1, i+1)
	}
	os.WriteFile(recs, []byte(b.String()), 0o644)
	var outs []string
	for _, j := range []string{"1", "2", "7"} {
		out, stderr, code := runCLI(t, "", "extract", "-j", j, "--format", "jsonl", recs)
		if code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, code, stderr)
		}
		outs = append(outs, out)
		var ids []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var d struct{ Doc struct{ ID string } }
			json.Unmarshal([]byte(line), &d)
			ids = append(ids, d.Doc.ID)
		}
		for i, id := range ids {
			if id != fmt.Sprintf("r%02d", i) {
				t.Fatalf("-j %s: document %d is %s; output not in input order", j, i, id)
			}
		}
	}
	if outs[0] != outs[1] || outs[1] != outs[2] {
		t.Errorf("output differs between -j values")
	}
}

func TestDirectoriesGlobsAndExt(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("환경부는 예산을 늘렸다."), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("국토부는 대책을 내놨다."), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "c.md"), []byte("교육부는 발표했다."), 0o644)
	count := func(args ...string) int {
		out, stderr, code := runCLI(t, "", append([]string{"extract", "--format", "jsonl"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return strings.Count(out, "\n")
	}
	if n := count(dir); n != 2 {
		t.Errorf("directory: %d documents; want 2 (.txt files, recursively)", n)
	}
	if n := count("--ext", "md,txt", dir); n != 3 {
		t.Errorf("--ext md,txt: %d documents; want 3", n)
	}
	if n := count(filepath.Join(dir, "*.txt")); n != 1 {
		t.Errorf("glob: %d documents; want 1", n)
	}
	if _, stderr, code := runCLI(t, "", "extract", filepath.Join(dir, "*.pdf")); code != 1 || !strings.Contains(stderr, "no file matches") {
		t.Errorf("unmatched glob: exit %d, %q", code, stderr)
	}
}

func TestCSV(t *testing.T) {
	for kind, header := range render.CSVHeaders {
		out, stderr, code := runCLI(t, "", "extract", "--format", "csv", "--csv", kind, "--bom", article)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", kind, code, stderr)
		}
		if !strings.HasPrefix(out, "\ufeff"+strings.Join(header, ",")+"\n") {
			t.Errorf("%s: header %q", kind, strings.SplitN(out, "\n", 2)[0])
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
		if err != nil || len(rows) < 2 {
			t.Fatalf("%s: %d rows, %v", kind, len(rows), err)
		}
		if strings.Contains(out, "e+") {
			t.Errorf("%s: a number in exponent form", kind)
		}
	}
	if _, _, code := runCLI(t, "", "extract", "--format", "csv", "--csv", "people", article); code != 2 {
		t.Errorf("unknown --csv kind: exit %d; want 2", code)
	}
}

// A user's event rule file adds a rule at run time, and can replace or
// disable a default one by its id.
func TestUserEventRules(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("환경부는 2일 탄소중립 실천 서약식을 가졌다."), 0o644)
	rulesFile := filepath.Join(dir, "mine.yaml")
	os.WriteFile(rulesFile, []byte(`# a pledge ceremony held, reported as a meeting
- id: meeting.pledge
  type: meeting
  label: 회의·행사 개최
  triggers: [가졌다]
  requires: [서약식]
  roles:
    organizer: {labels: [ORG], from: [subject]}
    date: {labels: [DATE], from: [any], max: 1}
`), 0o644)
	out, _, _ := runCLI(t, "", "extract", "--format", "jsonl", "--ref-date", "2025-09-04", in)
	if strings.Contains(out, `"type":"meeting"`) {
		t.Fatalf("the default rules already find this meeting; the test needs another sentence")
	}
	out, stderr, code := runCLI(t, "", "extract", "--format", "jsonl", "--ref-date", "2025-09-04", "--rules", rulesFile, in)
	if code != 0 || !strings.Contains(out, `"rule":"meeting.pledge"`) || !strings.Contains(out, `"name":"환경부"`) {
		t.Fatalf("user event rule not applied: exit %d %s\n%s", code, stderr, out)
	}
	off := filepath.Join(dir, "off.yaml")
	os.WriteFile(off, []byte("- id: meeting.pledge\n  disabled: true\n"), 0o644)
	out, _, _ = runCLI(t, "", "extract", "--format", "jsonl", "--ref-date", "2025-09-04", "--rules", rulesFile, "--rules", off, in)
	if strings.Contains(out, "meeting.pledge") {
		t.Errorf("a disabled rule still fired")
	}
}

// TestTuneGC: without GOGC and GOMEMLIMIT the command collects at
// gcPercent under memLimit; what the user set is left to the runtime.
func TestTuneGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)
	origLimit := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(origLimit)
	tuneGC("", "")
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("without GOGC: GC percent %d, want %d", got, gcPercent)
	}
	if got := debug.SetMemoryLimit(math.MaxInt64); got != memLimit {
		t.Errorf("without GOMEMLIMIT: memory limit %d, want %d", got, memLimit)
	}
	tuneGC("50", "2GiB")
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=50 set by the user: GC percent changed to %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set by the user: memory limit changed to %d", got)
	}
}

func TestRulesHelp(t *testing.T) {
	for _, h := range []string{"--help", "-h", "help"} {
		out, stderr, code := runCLI(t, "", "rules", h)
		if code != 0 || !strings.Contains(out, "kpolicy rules check") || !strings.Contains(out, "kpolicy rules list") {
			t.Errorf("rules %s: code %d, out %q, stderr %q", h, code, out, stderr)
		}
	}
	if _, stderr, code := runCLI(t, "", "rules", "lint"); code == 0 || !strings.Contains(stderr, "unknown subcommand") {
		t.Errorf("rules lint: code %d, stderr %q", code, stderr)
	}
}
