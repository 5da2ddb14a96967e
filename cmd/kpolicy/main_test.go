package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
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
