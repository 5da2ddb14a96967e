package rules

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A rule file that cannot be read to its end must say so at the line
// where reading stopped: the rows after it must not vanish in silence.
func TestRuleFileLineTooLongReported(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ file, body string }{
		{"mine.tsv", "한빛연구재단\tORG\n" + strings.Repeat("가", maxLine) + "\tORG\n한빛테크\tORG\n"},
		{"stop.txt", "하나\n" + strings.Repeat("x", maxLine+1) + "\n둘\n"},
		{"pat.jsonl", strings.Repeat(" ", maxLine+1) + "\n"},
	} {
		p := filepath.Join(dir, tc.file)
		os.WriteFile(p, []byte(tc.body), 0o644)
		_, err := LoadPath(p)
		if err == nil || !strings.Contains(err.Error(), "longer than") {
			t.Errorf("%s: %v; want an error about the long line", tc.file, err)
			continue
		}
		if want := tc.file + ":"; !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v does not name the file and line", tc.file, err)
		}
	}
}

func TestRuleFileErrorsAtTheirLine(t *testing.T) {
	dir := t.TempDir()
	yml := filepath.Join(dir, "ev.yaml")
	os.WriteFile(yml, []byte("- id: x\n  type: budget\n  triggers: [편성\n"), 0o644)
	_, err := LoadPath(yml)
	if err == nil || strings.Contains(err.Error(), ":0:") || strings.Contains(err.Error(), "yaml: yaml:") {
		t.Errorf("broken YAML: %v; want the line of the problem, said once", err)
	}
	pat := filepath.Join(dir, "p.jsonl")
	os.WriteFile(pat, []byte(`{"id":"p","label":"ORG","anchors":["테크"],"regex":"(?<name>[가-힣]+)테크"} {"id":"q"}`+"\n"), 0o644)
	if _, err := LoadPath(pat); err == nil || !strings.Contains(err.Error(), "p.jsonl:1") {
		t.Errorf("a second object on a pattern line: %v; want an error at line 1", err)
	}
}

// A pipe in a rule folder is reported, not waited on forever.
func TestRuleFolderWithPipe(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "wait.tsv"), 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "mine.tsv"), []byte("한빛연구재단\tORG\n"), 0o644)
	done := make(chan error, 1)
	go func() { _, err := LoadPath(dir); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "wait.tsv") {
			t.Errorf("%v; want an error naming the pipe", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("loading a rule folder with a FIFO hangs")
	}
}
