package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// countingWriter counts output lines.
type countingWriter struct{ lines atomic.Int64 }

func (c *countingWriter) Write(b []byte) (int, error) {
	c.lines.Add(int64(strings.Count(string(b), "\n")))
	return len(b), nil
}

// TestStreamMemoryStaysFlat pushes a large generated JSONL stream through
// a pipe into kpolicy extract and checks that the live heap does not grow
// with the length of the stream.
func TestStreamMemoryStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams a large input")
	}
	const records = 12000
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < records; i++ {
			fmt.Fprintf(pw, `{"id":"s%d","published":"2025-04-%02d","text":"행정안전부는 %d일 지방재정 대책 회의를 열고 %d억원을 투입하기로 했다. 김도윤 장관은 \"집행을 서두르겠다\"고 말했다. 이번 대책에는 전국 %d개 시군구가 참여한다."}`+"\n",
				i, i%28+1, i%28+1, i%900+10, i%200+20)
		}
		pw.Close()
	}()
	out := &countingWriter{}
	var peakEarly, peakLate uint64
	done := make(chan error, 1)
	go func() {
		done <- run(context.Background(), []string{"extract", "-j", "2", "--format", "jsonl", "-"}, pr, out, io.Discard)
	}()
	var ms runtime.MemStats
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			running = false
		case <-tick.C:
			runtime.ReadMemStats(&ms)
			n := out.lines.Load()
			switch {
			case n < records/5:
				peakEarly = max(peakEarly, ms.HeapAlloc)
			case n > records/2:
				peakLate = max(peakLate, ms.HeapAlloc)
			}
		}
	}
	if got := out.lines.Load(); got != records {
		t.Fatalf("%d documents written; want %d", got, records)
	}
	t.Logf("heap peak: first fifth %d MiB, second half %d MiB", peakEarly>>20, peakLate>>20)
	if peakEarly == 0 || peakLate == 0 {
		t.Skip("the run was too quick to sample")
	}
	if peakLate > 2*peakEarly+32<<20 {
		t.Errorf("heap grows with the stream: %d MiB early, %d MiB late", peakEarly>>20, peakLate>>20)
	}
	if peakLate > 200<<20 {
		t.Errorf("heap peak %d MiB exceeds 200 MiB", peakLate>>20)
	}
}
