package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract/page"
)

const inspectUsage = `Usage: kpolicy inspect [flags] FILE|- ...

Shows what was detected in each saved page or text dump — layout, encoding,
headline, publication and modification times, publisher, section, reporters,
e-mails, dateline, warnings — and the clean article body, so that you can see
why a page comes out wrong. .html/.htm files and input that looks like HTML
are read as HTML pages (any encoding); anything else is text. - reads
standard input.

Examples:
  kpolicy inspect page.html
  kpolicy inspect --no-body saved/*.html
  curl -s https://example.com/a | kpolicy inspect -

Flags:
`

// maxInspectBytes is the most that is read of one input.
const maxInspectBytes = 64 << 20

func runInspect(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "auto", "input kind: auto, text or html")
	noBody := fs.Bool("no-body", false, "show the detected fields only, not the body")
	fs.Usage = func() {
		fmt.Fprint(stderr, inspectUsage)
		fs.PrintDefaults()
	}
	files, help, err := parseArgs(fs, args)
	if help || err != nil {
		return err
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "kpolicy inspect: no input given (a file or - for standard input)")
		fs.Usage()
		return usageError{"no input"}
	}
	switch *input {
	case "auto", "text", "html":
	default:
		return usageError{fmt.Sprintf("kpolicy inspect: --input must be auto, text or html, not %q", *input)}
	}

	w := bufio.NewWriter(stdout)
	failed := 0
	for i, f := range files {
		if ctx.Err() != nil {
			break
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		p, err := inspectOne(f, *input, stdin)
		if err != nil {
			failed++
			fmt.Fprintf(w, "== %s\nerror:      %v\n", f, err)
			if err := w.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(stderr, "kpolicy: %s: %v\n", f, err)
			continue
		}
		writeInspect(w, f, p, !*noBody)
		if err := w.Flush(); err != nil {
			fmt.Fprintf(stderr, "kpolicy: writing output: %v\n", err)
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed", failed)
	}
	return nil
}

// inspectOne reads one input and finds its article.
func inspectOne(src, kind string, stdin io.Reader) (*page.Page, error) {
	var r io.Reader
	if src == "-" {
		r = stdin
	} else {
		st, err := os.Stat(src)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		if st.IsDir() {
			return nil, errors.New("is a directory (inspect takes files)")
		}
		fh, err := os.Open(src)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		defer fh.Close()
		r = fh
	}
	br, name, gz, err := maybeGunzip(bufio.NewReader(r), src)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(br, maxInspectBytes+1))
	if err != nil {
		return nil, gzipError(gz, err)
	}
	truncated := len(b) > maxInspectBytes
	if truncated {
		b = b[:maxInspectBytes]
	}
	var p *page.Page
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case kind == "html" || (kind == "auto" && (ext == ".html" || ext == ".htm" || page.LooksLikeHTML(b))):
		p, err = page.FromHTML(b)
	default:
		p, err = page.FromText(string(bytes.TrimPrefix(b, utf8BOM)))
	}
	switch {
	case errors.Is(err, page.ErrEmpty):
		return nil, errors.New("empty input: nothing to read")
	case errors.Is(err, page.ErrNotText):
		return nil, errors.New("binary content, not a page or text")
	case err != nil:
		return nil, err
	}
	if truncated {
		p.Warnings = append(p.Warnings, fmt.Sprintf("input longer than %d MiB: only the first %d MiB were read", maxInspectBytes>>20, maxInspectBytes>>20))
	}
	return p, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// writeInspect prints the detected fields, then the body between markers.
func writeInspect(w io.Writer, src string, p *page.Page, body bool) {
	field := func(name, v string) {
		if v == "" {
			v = "-"
		}
		fmt.Fprintf(w, "%-11s %s\n", name+":", v)
	}
	fmt.Fprintf(w, "== %s\n", src)
	field("layout", p.Layout)
	field("encoding", p.Encoding)
	field("title", p.Title)
	field("published", formatPublished(p.Published, p.HasTime))
	field("modified", formatPublished(p.Modified, true))
	field("publisher", p.Publisher)
	field("section", p.Section)
	field("reporters", strings.Join(p.Reporters, ", "))
	field("e-mails", strings.Join(p.Emails, ", "))
	field("dateline", p.Dateline)
	if len(p.Warnings) == 0 {
		field("warnings", "")
	}
	for _, warn := range p.Warnings {
		field("warning", warn)
	}
	paras := 0
	if p.Body != "" {
		paras = strings.Count(strings.TrimRight(p.Body, "\n"), "\n") + 1
	}
	field("body", fmt.Sprintf("%d characters, %d lines", utf8.RuneCountInString(p.Body), paras))
	if body {
		fmt.Fprintln(w, "--- body")
		if p.Body != "" {
			fmt.Fprint(w, p.Body)
			if !strings.HasSuffix(p.Body, "\n") {
				fmt.Fprintln(w)
			}
		}
		fmt.Fprintln(w, "--- end")
	}
}

// formatPublished gives RFC 3339 with the page's offset (+09:00 for Korea
// time), or the date alone when the page shows no time.
func formatPublished(t time.Time, hasTime bool) string {
	switch {
	case t.IsZero():
		return ""
	case !hasTime:
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}
