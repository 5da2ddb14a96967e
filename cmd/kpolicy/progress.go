package main

import (
	"io"
	"os"
	"sync"

	"github.com/schollz/progressbar/v3"
)

// progress shows how many documents are done, on standard error, only
// when it is a terminal and there is more than one input.
type progress struct {
	mu  sync.Mutex
	bar *progressbar.ProgressBar
}

func newProgress(stderr io.Writer, inputs []string, quiet bool) *progress {
	if quiet || len(inputs) < 2 || !isTerminal(stderr) {
		return nil
	}
	total := len(inputs)
	for _, in := range inputs {
		if in == "-" || len(in) > 6 && in[len(in)-6:] == ".jsonl" {
			total = -1 // records: the count is not known ahead
		}
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr.(*os.File)),
		progressbar.OptionSetDescription("extracting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func (p *progress) add() {
	p.mu.Lock()
	_ = p.bar.Add(1)
	p.mu.Unlock()
}

func (p *progress) finish() {
	p.mu.Lock()
	_ = p.bar.Finish()
	p.mu.Unlock()
}
