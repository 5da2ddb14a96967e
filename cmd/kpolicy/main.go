// Command kpolicy reads Korean news articles (HTML pages, text, JSONL
// records) and prints the organisations, people, places, amounts, dates and
// policy events it finds, as tables or as JSON.
//
// Usage:
//
//	kpolicy extract [flags] FILE...      extract entities and events
//	kpolicy rules check FILE...          validate rule files
//	kpolicy rules list                   show the loaded rules
//	kpolicy version
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	tuneGC(os.Getenv("GOGC"), os.Getenv("GOMEMLIMIT"))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// the first signal asks the run to stop at its next step; the
		// second ends the process, even one stuck in a read that never
		// returns (a pipe with no writer)
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

// gcPercent is the garbage collector's target for the command: the heap
// may grow to five times what is live before a collection, instead of
// twice. Extraction keeps little alive (a few MB per worker) but allocates
// its output for every document, so collections at the default pace cost
// about 5 % of a run. At 400, 1 GB of JSONL through extract -j 2 peaked
// at 95 MB resident (40 MB at 100), under the 200 MB the issue allows.
const gcPercent = 400

// memLimit is the command's soft limit on the Go heap. Below it, which is
// where a stream of news articles stays (under 100 MB), it changes
// nothing. A document near the size limit is another matter: live memory
// is some twenty times its size (its words, mentions and output), and at
// gcPercent the heap could grow five times that. A 19.6 MB text took
// 1.26 GB resident without the limit, and 522 MB with it in 18 % more time.
const memLimit = 512 << 20

// tuneGC sets gcPercent unless the user chose a pace with GOGC, and
// memLimit unless the user chose a limit with GOMEMLIMIT (the environment
// values, "" when unset); a value the user set is left to the runtime.
func tuneGC(gogc, gomemlimit string) {
	if gogc == "" {
		debug.SetGCPercent(gcPercent)
	}
	if gomemlimit == "" {
		debug.SetMemoryLimit(memLimit)
	}
}

// exitCode maps run's error to the process exit code: 0 fine, 1 some
// inputs failed, 2 usage error.
func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		return 2
	}
	return 1
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usage = `kpolicy — rule-based extraction of entities and policy events from Korean news

Usage:
  kpolicy extract [flags] FILE|DIR|- ...   entities and events of each article
  kpolicy inspect [--no-body] FILE|- ...   what was detected in a page (layout, dates, publisher…) and its clean body
  kpolicy rules check FILE...              validate rule files (gazetteer .tsv, word list .txt, events .yaml)
  kpolicy rules list [--rules FILE]        show what rules are loaded
  kpolicy eval --klue FILE [--errors N]    precision/recall/F1 on KLUE-NER-format annotated sentences
  kpolicy serve [--addr 127.0.0.1:8080]    serve extraction over HTTP (POST /v1/extract)
  kpolicy bench [-j N] [--docs N] [--html | --bodies] [--jsonl] [--cpuprofile FILE] [CORPUS]   throughput, allocations and peak memory of extraction
  kpolicy version                          print the version

Run 'kpolicy extract --help' for the extraction flags.
`

// run is the whole program, with its streams passed in so that tests can
// call it. An error that its command did not explain on stderr is printed
// there, so that no failure is silent.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	sw := &seenWriter{w: stderr}
	err := dispatch(ctx, args, stdin, stdout, sw)
	switch {
	case err == nil || sw.seen:
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "kpolicy: interrupted")
	default:
		fmt.Fprintf(stderr, "kpolicy: %v\n", err)
	}
	return err
}

// seenWriter tells whether anything was written through it.
type seenWriter struct {
	w    io.Writer
	seen bool
}

func (s *seenWriter) Write(b []byte) (int, error) {
	s.seen = s.seen || len(b) > 0
	return s.w.Write(b)
}

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"no command"}
	}
	switch args[0] {
	case "extract":
		return runExtract(ctx, args[1:], stdin, stdout, stderr)
	case "inspect":
		return runInspect(ctx, args[1:], stdin, stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "eval":
		return runEval(ctx, args[1:], stdout, stderr)
	case "bench":
		return runBench(ctx, args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, versionString())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "kpolicy: unknown command %q\n\n%s", args[0], usage)
	return usageError{"unknown command"}
}
