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
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kpolicy/kpolicy/cmd/kpolicy/internal/render"
	"github.com/kpolicy/kpolicy/extract"
	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/rules"
	sjson "github.com/segmentio/encoding/json"
)

const extractUsage = `Usage: kpolicy extract [flags] FILE|DIR|- ...

Reads each input and prints the entities and policy events it finds.
An input is a file (.html/.htm pages are parsed as HTML, .jsonl files hold one
record per line, anything else is text; HTML is also recognised by content),
a directory (its .html, .htm, .txt and .jsonl files, recursively), or - for
standard input. gzip-compressed inputs are decompressed (archive.jsonl.gz).

A JSONL record is {"id","url","title","published","text"|"html"}.

Examples:
  kpolicy extract testdata/articles/budget_forum.txt
  kpolicy extract --format json page.html -o page.json
  kpolicy extract -j 4 --format jsonl archive.jsonl > out.jsonl
  kpolicy extract --format csv --csv events --bom saved-pages/ -o events.csv
  kpolicy extract --types ORG,MONEY --events budget --min-confidence 0.6 articles/
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
	workers    int
	timeBudget time.Duration
	exts       string
	csvKind    string
	bom        bool
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var f extractFlags
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "", "output format: table, json, jsonl or csv (default: table on a terminal, else jsonl)")
	fs.StringVar(&f.csvKind, "csv", "args", "with --format csv: one row per entity, event or event argument (`kind`: entities, events or args)")
	fs.BoolVar(&f.bom, "bom", false, "with --format csv, for Excel: start with a UTF-8 byte-order mark and put ' before text cells Excel would run as formulas (=, +, -, @)")
	fs.StringVar(&f.output, "o", "", "write the output to `FILE` instead of standard output")
	fs.StringVar(&f.input, "input", "auto", "input kind: auto, text, html or jsonl")
	fs.StringVar(&f.refDate, "ref-date", "", "reference date `YYYY-MM-DD` for documents that carry no date")
	fs.Var(&f.rules, "rules", "extra rule `FILE` or folder (gazetteer .tsv, word list .txt, events .yaml); repeatable")
	fs.StringVar(&f.types, "types", "", "keep only these entity types, e.g. ORG,MONEY")
	fs.StringVar(&f.events, "events", "", "keep only these event types, e.g. budget,agreement")
	fs.Float64Var(&f.minConf, "min-confidence", 0, "drop events below this confidence")
	fs.BoolVar(&f.quiet, "quiet", false, "print only errors on standard error, no summary")
	fs.IntVar(&f.maxSizeMiB, "max-size", 20, "largest input document in `MiB` (0: no limit)")
	fs.IntVar(&f.workers, "j", runtime.NumCPU(), "extract with `N` workers (output stays in input order)")
	fs.DurationVar(&f.timeBudget, "time-budget", 30*time.Second, "most time one document may take (0: no limit)")
	fs.StringVar(&f.exts, "ext", ".html,.htm,.txt,.jsonl", "file `extensions` read from directories")
	fs.Usage = func() {
		fmt.Fprint(stderr, extractUsage)
		fs.PrintDefaults()
	}
	inputs, help, err := parseArgs(fs, args)
	if help || err != nil {
		return err
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "kpolicy extract: no input given (a file, a directory or - for standard input)")
		fs.Usage()
		return usageError{"no input"}
	}
	if err := f.check(); err != nil {
		fmt.Fprintln(stderr, err)
		return err
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
	opts = append(opts, extract.WithMaxSize(f.maxSize()))
	opts = append(opts, extract.WithTimeBudget(f.timeBudget))
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
		return err
	}
	if err := f.checkEvents(x.Pack()); err != nil {
		fmt.Fprintln(stderr, err)
		return err
	}

	format := f.format
	if format == "" {
		format = "jsonl"
		if f.output == "" && isTerminal(stdout) {
			format = "table"
		}
	}
	if _, err := newWriter(format, io.Discard, f.csvKind, false); err != nil {
		fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
		return usageError{err.Error()}
	}

	failed := 0
	report := func(src string, err error) {
		failed++
		fmt.Fprintf(stderr, "kpolicy: %s: %v\n", src, err)
	}
	// the inputs are listed before the output is created: a new output
	// file in a directory read is no input, and an existing one that is
	// must not be emptied before it is read
	files := expandInputs(inputs, f.exts, report)
	out := stdout
	var file *os.File
	if f.output != "" {
		if in := sameFile(f.output, files); in != "" {
			err := usageError{fmt.Sprintf("kpolicy extract: -o %s is also an input (%s): writing would destroy it; choose another output", f.output, in)}
			fmt.Fprintln(stderr, err)
			return err
		}
		file, err = os.Create(f.output)
		if err != nil {
			fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
			return err
		}
		out = file
	}
	w, err := newWriter(format, out, f.csvKind, f.bom)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy extract: %v\n", err)
		return usageError{err.Error()}
	}
	filter := newFilter(f.types, f.events, f.minConf)
	prepare := func(d *extract.Document) ([]byte, error) {
		filter.apply(d)
		return w.encode(d)
	}
	pl := &pipeline{x: x, kind: f.input, workers: f.workers, stdin: stdin, maxSize: f.maxSize(),
		prepare: prepare, emit: w.write, report: report}
	if !f.quiet {
		pl.warn = func(where, msg string) { fmt.Fprintf(stderr, "kpolicy: %s: warning: %s\n", where, msg) }
	}
	if bar := newProgress(stderr, files, f.quiet); bar != nil {
		pl.onDone = bar.add
		defer bar.finish()
	}
	if err := pl.run(ctx, files); err != nil {
		fmt.Fprintf(stderr, "kpolicy: writing output: %v\n", err)
		return err
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

// check reports a flag value that cannot be meant (a usage error, which
// says which flag and why): one given by mistake must not silently turn
// into no limit, or filter everything out.
func (f *extractFlags) check() error {
	bad := func(format string, a ...any) error {
		return usageError{"kpolicy extract: " + fmt.Sprintf(format, a...)}
	}
	switch {
	case f.workers < 1 || f.workers > maxWorkers:
		return bad("-j must be 1 to %d workers, not %d", maxWorkers, f.workers)
	case f.maxSizeMiB < 0:
		return bad("--max-size must be a number of MiB, 0 for no limit, not %d", f.maxSizeMiB)
	case f.maxSizeMiB > maxSizeMiB:
		return bad("--max-size %d is more than %d MiB (0 for no limit)", f.maxSizeMiB, maxSizeMiB)
	case f.timeBudget < 0:
		return bad("--time-budget must not be negative (0 for no limit), not %v", f.timeBudget)
	case math.IsNaN(f.minConf) || f.minConf < 0 || f.minConf > 1:
		return bad("--min-confidence must be between 0 and 1, not %v", f.minConf)
	}
	switch f.input {
	case "auto", "text", "html", "jsonl":
	default:
		return bad("--input must be auto, text, html or jsonl, not %q", f.input)
	}
	if strings.Trim(f.exts, ", ") == "" {
		return bad("--ext names no extension (give e.g. .html,.txt)")
	}
	var types []string
	for _, l := range ner.Labels {
		types = append(types, string(l))
	}
	if err := checkNames("--types", f.types, strings.ToUpper, types); err != nil {
		return bad("%v", err)
	}
	return nil
}

// checkEvents reports an --events name that no loaded event rule has
// (the default ones and the user's).
func (f *extractFlags) checkEvents(p *rules.Pack) error {
	var types []string
	for t := range rules.EventTypes {
		types = append(types, t)
	}
	for _, r := range p.Events {
		types = append(types, r.Type)
	}
	if err := checkNames("--events", f.events, strings.ToLower, types); err != nil {
		return usageError{"kpolicy extract: " + err.Error()}
	}
	return nil
}

// checkNames reports the first name of a comma-separated list (as the
// filter reads it: normalised by norm) that is not one of known.
func checkNames(flagName, list string, norm func(string) string, known []string) error {
	for _, name := range sortedKeys(set(list, norm)) {
		if !slices.Contains(known, name) {
			known = slices.Clone(known)
			slices.Sort(known)
			known = slices.Compact(known)
			return fmt.Errorf("%s: unknown name %q (known: %s)", flagName, name, strings.Join(known, ", "))
		}
	}
	return nil
}

// maxWorkers is the most -j allows: each worker holds its own buffers and
// keeps four documents in flight, so -j 10000000 took 800 MB and ten
// seconds to extract one article.
const maxWorkers = 1024

// maxSizeMiB is the largest --max-size (1 TiB): more overflows no int,
// and means no limit as 0 does.
const maxSizeMiB = 1 << 20

// maxSize is the document limit in bytes (0: no limit).
func (f *extractFlags) maxSize() int { return f.maxSizeMiB << 20 }

// sameFile returns the input that is the file at path (the same file by
// any name or link), or "" when none is or path does not exist.
func sameFile(path string, inputs []string) string {
	st, err := os.Stat(path)
	if err != nil {
		return ""
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
			return in
		}
	}
	return ""
}

// parseArgs parses a subcommand's flags and returns its other arguments.
// help is true when -h/--help printed the usage; a bad flag is a usage
// error.
func parseArgs(fs *flag.FlagSet, args []string) (rest []string, help bool, err error) {
	rest, err = parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, true, nil
	case err != nil:
		return nil, false, usageError{err.Error()}
	}
	return rest, false, nil
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

// expandInputs turns directories into the files they hold (those with one
// of the extensions, recursively, sorted) and glob patterns into the files
// they match; missing paths are reported and skipped.
func expandInputs(args []string, exts string, report func(string, error)) []string {
	want := map[string]bool{}
	for _, e := range strings.Split(exts, ",") {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			if !strings.HasPrefix(e, ".") {
				e = "." + e
			}
			want[e] = true
		}
	}
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			if strings.ContainsAny(a, "*?[") {
				matches, gerr := filepath.Glob(a)
				if gerr != nil || len(matches) == 0 {
					report(a, errors.New("no file matches this pattern"))
					continue
				}
				out = append(out, expandInputs(matches, exts, report)...)
				continue
			}
			report(a, unwrapPath(err))
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
			if d.IsDir() || !want[strings.ToLower(filepath.Ext(p))] {
				return nil
			}
			switch ok, err := regular(p, d.Type()); {
			case err != nil:
				report(p, unwrapPath(err))
			case ok:
				files = append(files, p)
			default:
				if st, err := os.Stat(p); err != nil || !st.IsDir() {
					report(p, errors.New("not a regular file (a pipe, socket or device), skipped"))
				}
			}
			return nil
		})
		if err != nil {
			report(a, err)
		}
		sort.Strings(files)
		if len(files) == 0 {
			report(a, fmt.Errorf("directory holds no %s files", exts))
		}
		out = append(out, files...)
	}
	return out
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
	csv     *render.CSVWriter
	n       int
	pending []byte // json: the first document, written as an object if it stays alone
}

func newWriter(format string, w io.Writer, csvKind string, bom bool) (*writer, error) {
	wr := &writer{format: format, w: bufio.NewWriterSize(w, 64<<10)}
	switch format {
	case "table", "json", "jsonl":
	case "csv":
		if _, ok := render.CSVHeaders[csvKind]; !ok {
			return nil, fmt.Errorf("unknown --csv %q (want entities, events or args)", csvKind)
		}
		c, err := render.NewCSVWriter(wr.w, csvKind, bom)
		if err != nil {
			return nil, err
		}
		wr.csv = c
	default:
		return nil, fmt.Errorf("unknown --format %q (want table, json, jsonl or csv)", format)
	}
	return wr, nil
}

// encode returns d as the JSON that write puts out for the json and jsonl
// formats, nil for the others. It reads only w.format, so workers call it
// in parallel.
func (w *writer) encode(d *extract.Document) ([]byte, error) {
	switch w.format {
	case "jsonl":
		return marshal(d, "")
	case "json":
		b, err := marshal(d, "  ")
		return bytes.TrimRight(b, "\n"), err
	}
	return nil, nil
}

// write writes d, or enc when encode has made it already.
func (w *writer) write(d *extract.Document, enc []byte) error {
	defer func() { w.n++ }()
	switch w.format {
	case "csv":
		if err := w.csv.Write(d); err != nil {
			return err
		}
		return w.csv.Flush()
	case "table":
		if w.n > 0 {
			fmt.Fprintln(w.w)
		}
		if err := render.Table(w.w, d); err != nil {
			return err
		}
		return w.w.Flush()
	}
	b := enc
	if b == nil {
		var err error
		if b, err = w.encode(d); err != nil {
			return err
		}
	}
	if w.format == "jsonl" {
		_, err := w.w.Write(b)
		return err
	}
	// json: one object, or an array when there are several documents
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
	_, err := w.w.Write(b)
	return err
}

// marshal encodes d as JSON without HTML escaping (R&D stays R&D), on one
// line ending in a newline, or indented when indent is set. The one-line
// form, written for every document of a JSONL stream, is appendDoc's
// (jsonenc.go), which writes the same bytes as encoding/json (map keys
// sorted; TestMarshalSameAsStd) several times as fast. A document that
// appendDoc leaves, one with a value of an unexpected type or a NaN, goes
// through segmentio/encoding, as all did before.
func marshal(d *extract.Document, indent string) ([]byte, error) {
	if indent == "" {
		if d != nil {
			if line, ok := marshalLine(d); ok {
				return line, nil
			}
		}
		b, err := sjson.Append(make([]byte, 0, 8<<10), d, sjson.SortMapKeys)
		if err != nil {
			return nil, err
		}
		return append(b, '\n'), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, "  ")
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (w *writer) close() error {
	if w.csv != nil {
		if err := w.csv.Flush(); err != nil {
			return err
		}
	}
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
