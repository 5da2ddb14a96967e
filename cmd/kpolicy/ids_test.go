package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRepeatedIDsNoted checks that a document whose id an earlier one had
// is noted on standard error (its output is unchanged), one note each up
// to maxIDNotes and a count of the rest, and that distinct ids and
// --quiet give no note.
func TestRepeatedIDsNoted(t *testing.T) {
	dir := t.TempDir()
	var recs strings.Builder
	fmt.Fprintln(&recs, `{"id":"a-1","text":"시청은 예산을 발표했다."}`)
	fmt.Fprintln(&recs, `{"id":"a-2","text":"구청은 계획을 밝혔다."}`)
	for range maxIDNotes + 3 {
		fmt.Fprintln(&recs, `{"id":"a-1","text":"군청도 발표했다."}`)
	}
	jsonl := filepath.Join(dir, "recs.jsonl")
	os.WriteFile(jsonl, []byte(recs.String()), 0o644)
	// two files of one name in two folders: both take the name as id
	for _, sub := range []string{"seoul", "busan"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "notice.txt"), []byte("시는 사업을 발표했다.\n"), 0o644)
	}
	unique := filepath.Join(dir, "unique.jsonl")
	os.WriteFile(unique, []byte(`{"id":"u1","text":"가"}`+"\n"+`{"id":"u2","text":"가"}`+"\n"+`{"text":"가"}`+"\n"+`{"text":"가"}`+"\n"), 0o644)

	runIt := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		if err := run(context.Background(), append([]string{"extract", "--format", "jsonl"}, args...), strings.NewReader(""), &out, &errb); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errb.String())
		}
		return strings.Count(out.String(), "\n"), errb.String()
	}
	n, stderr := runIt(jsonl)
	if n != maxIDNotes+5 {
		t.Errorf("%d documents written; want %d (a repeated id drops nothing)", n, maxIDNotes+5)
	}
	if got := strings.Count(stderr, `id "a-1" is also the id of an earlier document`); got != maxIDNotes {
		t.Errorf("%d notes of the repeated id; want %d:\n%s", got, maxIDNotes, stderr)
	}
	if !strings.Contains(stderr, "3 more documents had an id") {
		t.Errorf("no count of the repeats past the notes:\n%s", stderr)
	}
	if strings.Contains(stderr, `"a-2"`) {
		t.Errorf("a distinct id was noted:\n%s", stderr)
	}

	_, stderr = runIt(filepath.Join(dir, "seoul", "notice.txt"), filepath.Join(dir, "busan", "notice.txt"))
	if !strings.Contains(stderr, `id "notice" is also the id of an earlier document (a file's id`) {
		t.Errorf("files of one name: no note\n%s", stderr)
	}
	if _, stderr = runIt(unique); strings.Contains(stderr, "is also the id") {
		t.Errorf("distinct ids (given and made from line numbers) noted:\n%s", stderr)
	}
	if _, stderr = runIt("--quiet", jsonl); strings.Contains(stderr, "is also the id") || strings.Contains(stderr, "more documents") {
		t.Errorf("--quiet still noted:\n%s", stderr)
	}
}

// TestIDSet checks the id table: exact below its capacity (across its
// growth), bounded and marked lossy past it, never a repeat for a new id.
func TestIDSet(t *testing.T) {
	var s idSet
	const n = 300_000
	for i := range n {
		if s.add(fmt.Sprintf("doc-%d", i)) {
			t.Fatalf("doc-%d: a new id taken for a repeat", i)
		}
	}
	for i := range n {
		if !s.add(fmt.Sprintf("doc-%d", i)) {
			t.Fatalf("doc-%d: a repeat not found after %d ids", i, n)
		}
	}
	if s.lossy || s.used != n {
		t.Errorf("lossy %v, used %d; want exact with %d ids", s.lossy, s.used, n)
	}
	if testing.Short() {
		return
	}
	for i := n; i < maxIDSlots; i++ {
		if s.add(fmt.Sprintf("doc-%d", i)) {
			t.Fatalf("doc-%d: a new id taken for a repeat", i)
		}
	}
	if !s.lossy || len(s.slots) != maxIDSlots || s.used > maxIDSlots/8*7 {
		t.Errorf("past capacity: lossy %v, %d slots, %d used; want lossy, %d slots, at most %d used", s.lossy, len(s.slots), s.used, maxIDSlots, maxIDSlots/8*7)
	}
	if !s.add(fmt.Sprintf("doc-%d", maxIDSlots-1)) {
		t.Error("the last id added is not found")
	}
}
