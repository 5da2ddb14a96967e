package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "tiny.tsv")
	data := "## t1\t<정부:OG>는\n정\tB-OG\n부\tI-OG\n는\tO\n"
	if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--klue", f, "--errors", "3"}, nil, &out, &errb); err != nil {
		t.Fatalf("eval: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "klue-ner: F1 1.000") {
		t.Fatalf("output:\n%s", out.String())
	}
	if err := run(context.Background(), []string{"eval"}, nil, &out, &errb); exitCode(err) != 2 {
		t.Fatalf("eval without a file: %v", err)
	}
}
