package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the CLI golden files in testdata/cli")

// TestCLIGolden runs every output format on the example articles and
// compares the output with testdata/cli/*.golden (regenerate with
// go test ./cmd/kpolicy -run TestCLIGolden -update).
func TestCLIGolden(t *testing.T) {
	inputs := []string{"../../testdata/articles/budget_forum.txt", "../../testdata/articles/mou_page.html"}
	cases := []struct {
		name string
		args []string
	}{
		{"table", []string{"--format", "table"}},
		{"json", []string{"--format", "json"}},
		{"jsonl", []string{"--format", "jsonl"}},
		{"csv-entities", []string{"--format", "csv", "--csv", "entities"}},
		{"csv-events", []string{"--format", "csv", "--csv", "events"}},
		{"csv-args", []string{"--format", "csv", "--csv", "args"}},
		{"filtered", []string{"--format", "jsonl", "--types", "ORG,MONEY", "--events", "budget", "--min-confidence", "0.5"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append(append([]string{"extract", "-j", "2"}, c.args...), inputs...)
			out, stderr, code := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden := filepath.Join("../../testdata/cli", c.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal([]byte(out), want) {
				t.Errorf("output differs from %s (run go test ./cmd/kpolicy -run TestCLIGolden -update and review the diff); first difference at line %d", golden, firstDiffLine(out, string(want)))
			}
		})
	}
}

func firstDiffLine(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return i + 1
		}
	}
	return min(len(al), len(bl)) + 1
}
