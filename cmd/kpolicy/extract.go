package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kpolicy/kpolicy/cmd/kpolicy/internal/render"
	"github.com/kpolicy/kpolicy/extract"
)

const extractUsage = `Usage: kpolicy extract [flags] FILE|DIR|- ...

Reads each input and prints the entities and policy events it finds.
An input is a file (.html/.htm pages are parsed as HTML, .jsonl files hold one
record per line, anything else is text; HTML is also recognised by content),
a directory (its .html, .htm, .txt and .jsonl files, recursively), or - for
standard input.

A JSONL record is {"id","url","title","published","text"|"html"}.

Examples:
  kpolicy extract testdata/articles/budget.txt
  kpolicy extract --format json page.html -o page.json
  kpolicy extract --format jsonl archive.jsonl > out.jsonl
  cat article.txt | kpolicy extract --ref-date 2025-09-04 -

Flags:
`

type extractFlags struct {
	format     string
	output     string
	input      string
	refDate    string
	rules      multiFlag
	types      string
	events     string
	minConf    float64
	quiet      bool
	maxSizeMiB int
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var f extractFlags
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "", "output format: table, json or jsonl (default: table on a terminal, else jsonl)")
	fs.StringVar(&f.output, "o", "", "write the output to `FILE` instead of standard output")
	fs.StringVar(&f.input, "input", "auto", "input kind: auto, text, html or jsonl")
	fs.StringVar(&f.refDate, "ref-date", "", "reference date `YYYY-MM-DD` for documents that carry no date")
	fs.Var(&f.rules, "rules", "extra rule `FILE` or folder (gazetteer .tsv, word list .txt, events .yaml); repeatable")
	fs.StringVar(&f.types, "types", "", "keep only these entity types, e.g. ORG,MONEY")
	fs.StringVar(&f.events, "events", "", "keep only these event types, e.g. budget,agreement")
	fs.Float64Var(&f.minConf, "min-confidence", 0, "drop events below this confidence")
	fs.BoolVar(&f.quiet, "quiet", false, "print only errors on standard error, no summary")
	fs.IntVar(&f.maxSizeMiB, "max-size", 20, "largest input document in `MiB`")
	fs.Usage = func() {
		fmt.Fprint(stderr, extractUsage)
		fs.PrintDefaults()
	}
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "kpolicy extract: no input given (a file, a directory or - for standard input)")
		fs.Usage()
		return usageError{"no input"}
	}
	switch f.input {
	case "auto", "text", "html", "jsonl":
	default:
		return usageError{fmt.Sprintf("kpolicy extract: --input must be auto, text, html or jsonl, not %q", f.input)}
	}

	var opts []extract.Option
	if f.refDate != "" {
		t, err := time.ParseInLocation("2006-01-02", f.refDate, time.FixedZone("KST", 9*3600))
		if err != nil {
			fmt.Fprintf(stderr, "kpolicy extract: --ref-date %q is not a date YYYY-MM-DD\n", f.refDate)
			return usageError{"bad --ref-date"}
		}
		opts = append(opts, extract.WithRefDate(t))
	}
	for _, r := range f.rules {
		opts = append(opts, extract.WithRules(r))
	}
	opts = append(opts, extract.WithMaxSize(f.maxSizeMiB<<20))
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
		return err
	}

	out := stdout
	var file *os.File
	if f.output != "" {
		file, err = os.Create(f.output)
		if err != nil {
			fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
			return err
		}
		out = file
	}
	format := f.format
	if format == "" {
		format = "jsonl"
		if f.output == "" && isTerminal(stdout) {
			format = "table"
		}
	}
	w, err := newWriter(format, out)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
		return usageError{err.Error()}
	}
	filter := newFilter(f.types, f.events, f.minConf)

	failed := 0
	report := func(src string, err error) {
		failed++
		fmt.Fprintf(stderr, "kpolicy: %s: %v\n", src, err)
	}
	emit := func(d *extract.Document) error {
		filter.apply(d)
		return w.write(d)
	}
	files := expandInputs(inputs, report)
	for _, in := range files {
		if err := ctx.Err(); err != nil {
			break
		}
		if err := process(ctx, x, in, f.input, stdin, emit, report); err != nil {
			fmt.Fprintf(stderr, "kpolicy: writing output: %v\n", err)
			return err
		}
	}
	if err := w.close(); err != nil {
		fmt.Fprintf(stderr, "kpolicy: writing output: %v\n", err)
		return err
	}
	if file != nil {
		if err := file.Close(); err != nil {
			fmt.Fprintf(stderr, "kpolicy: %v\n", err)
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		if !f.quiet {
			fmt.Fprintf(stderr, "kpolicy: %d input(s) failed, %d document(s) written\n", failed, w.n)
		}
		return fmt.Errorf("%d input(s) failed", failed)
	}
	return nil
}

// parseInterspersed parses flags that may stand before, between or after
// the positional arguments (kpolicy extract a.txt --format json). "--"
// ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// expandInputs turns directories into the files they hold; missing paths
// are reported and skipped.
func expandInputs(args []string, report func(string, error)) []string {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			report(a, errors.Unwrap(err))
			continue
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(p, err)
				return nil
			}
			if d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".html", ".htm", ".txt", ".jsonl":
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			report(a, err)
		}
		sort.Strings(files)
		if len(files) == 0 {
			report(a, errors.New("directory holds no .html, .htm, .txt or .jsonl files"))
		}
		out = append(out, files...)
	}
	return out
}

// process reads one input and emits its documents.
func process(ctx context.Context, x *extract.Extractor, src, kind string, stdin io.Reader, emit func(*extract.Document) error, report func(string, error)) error {
	var r io.Reader
	if src == "-" {
		r = stdin
	} else {
		fh, err := os.Open(src)
		if err != nil {
			report(src, errors.Unwrap(err))
			return nil
		}
		defer fh.Close()
		r = fh
	}
	ext := strings.ToLower(filepath.Ext(src))
	if kind == "jsonl" || (kind == "auto" && ext == ".jsonl") {
		return processJSONL(ctx, x, src, r, emit, report)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		report(src, err)
		return nil
	}
	in := extract.Input{Source: src}
	switch {
	case kind == "html" || (kind == "auto" && (ext == ".html" || ext == ".htm")):
		in.HTML = b
	case kind == "text":
		in.Text = string(b)
	default:
		in.Raw = b
	}
	d, err := x.Extract(ctx, in)
	if err != nil {
		report(src, err)
		return nil
	}
	return emit(d)
}

func processJSONL(ctx context.Context, x *extract.Extractor, src string, r io.Reader, emit func(*extract.Document) error, report func(string, error)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	for {
		if err := ctx.Err(); err != nil {
			return nil
		}
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			if err := processRecord(ctx, x, src, line, b, emit, report); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			report(src, err)
			return nil
		}
	}
}

func processRecord(ctx context.Context, x *extract.Extractor, src string, line int, b []byte, emit func(*extract.Document) error, report func(string, error)) error {
	where := fmt.Sprintf("%s:%d", src, line)
	if len(strings.TrimSpace(string(b))) == 0 {
		return nil
	}
	var rec extract.Record
	if err := json.Unmarshal(b, &rec); err != nil {
		report(where, fmt.Errorf("not a JSON record: %v", err))
		return nil
	}
	if rec.ID == "" {
		rec.ID = fmt.Sprintf("%s#%d", strings.TrimSuffix(filepath.Base(src), filepath.Ext(src)), line)
	}
	d, err := x.ExtractRecord(ctx, rec, src)
	if err != nil {
		report(where, err)
		return nil
	}
	return emit(d)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// writer writes documents in one format.
type writer struct {
	format  string
	w       *bufio.Writer
	n       int
	pending []byte // json: the first document, written as an object if it stays alone
}

func newWriter(format string, w io.Writer) (*writer, error) {
	switch format {
	case "table", "json", "jsonl":
	default:
		return nil, fmt.Errorf("unknown --format %q (want table, json or jsonl)", format)
	}
	return &writer{format: format, w: bufio.NewWriterSize(w, 64<<10)}, nil
}

func (w *writer) write(d *extract.Document) error {
	defer func() { w.n++ }()
	switch w.format {
	case "table":
		if w.n > 0 {
			fmt.Fprintln(w.w)
		}
		if err := render.Table(w.w, d); err != nil {
			return err
		}
		return w.w.Flush()
	case "jsonl":
		b, err := marshal(d, "")
		if err != nil {
			return err
		}
		_, err = w.w.Write(b)
		return err
	default: // json: one object, or an array when there are several documents
		b, err := marshal(d, "  ")
		if err != nil {
			return err
		}
		b = bytes.TrimRight(b, "\n")
		switch w.n {
		case 0:
			w.pending = b
			return nil
		case 1:
			w.w.WriteString("[\n  ")
			w.w.Write(w.pending)
			w.pending = nil
		}
		w.w.WriteString(",\n  ")
		_, err = w.w.Write(b)
		return err
	}
}

// marshal encodes d as JSON without HTML escaping (R&D stays R&D), on one
// line ending in a newline, or indented when indent is set.
func marshal(d *extract.Document, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(indent, "  ")
	}
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (w *writer) close() error {
	if w.format == "json" {
		switch w.n {
		case 0:
			w.w.WriteString("[]\n")
		case 1: // a lone document is an object; re-indent it to the top level
			var buf bytes.Buffer
			if err := json.Indent(&buf, w.pending, "", "  "); err != nil {
				return err
			}
			w.w.Write(buf.Bytes())
			w.w.WriteByte('\n')
		default:
			w.w.WriteString("\n]\n")
		}
	}
	return w.w.Flush()
}
