package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kpolicy/kpolicy/extract"
)

// The readers below keep one input from taking more memory than the
// document limit allows: a file, standard input or a JSONL line past the
// limit is refused after reading just past it, never read whole first.

// tooLarge is the error of a document over the limit; n < 0 when its size
// is not known (more than limit bytes were seen).
func tooLarge(n int64, limit int) error {
	if n < 0 {
		return fmt.Errorf("%w: more than %d bytes (limit %d; --max-size raises it)", extract.ErrTooLarge, limit, limit)
	}
	return fmt.Errorf("%w: %d bytes (limit %d; --max-size raises it)", extract.ErrTooLarge, n, limit)
}

// readLimited reads r whole, or fails with tooLarge as soon as it holds
// more than limit bytes (no limit when limit <= 0).
func readLimited(r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > limit {
		return nil, tooLarge(-1, limit)
	}
	return b, nil
}

// lineLimit is the longest JSONL line read for a document limit: twice
// the limit (a record escapes its text, "\uac00" for 가), and at least
// one MiB more than it; no limit when limit <= 0.
func lineLimit(limit int) int {
	if limit <= 0 {
		return 0
	}
	return max(2*limit, limit+1<<20)
}

// errLongLine is the error of a JSONL line over lineLimit; the rest of the
// line is skipped and the next line read.
type errLongLine struct{ limit int }

func (e errLongLine) Error() string {
	return fmt.Sprintf("%v: line longer than %d bytes, skipped (--max-size raises the limit)", extract.ErrTooLarge, e.limit)
}

func (e errLongLine) Unwrap() error { return extract.ErrTooLarge }

// readLine reads one line with its newline, as br.ReadBytes('\n') does,
// but holds at most limit bytes of it (none when limit <= 0): a longer
// line is read to its end without being kept, and errLongLine returned.
// io.EOF comes with the last line when it has no newline.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		return br.ReadBytes('\n')
	}
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(line)+len(frag) > limit {
			// drop the rest of the line
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err == nil {
				err = errLongLine{limit}
			} else if err == io.EOF {
				err = errors.Join(errLongLine{limit}, io.EOF)
			}
			return nil, err
		}
		line = append(line, frag...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, err
		}
	}
}

// gzipMagic opens every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// maybeGunzip returns a reader of the decompressed bytes when br holds a
// gzip stream (gz true), and the name the input has without its .gz
// (page.html.gz is read as a page, archive.jsonl.gz as JSON Lines); else
// br and name.
func maybeGunzip(br *bufio.Reader, name string) (r *bufio.Reader, unzipped string, gz bool, err error) {
	head, _ := br.Peek(len(gzipMagic))
	if !bytes.Equal(head, gzipMagic) {
		return br, name, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, name, true, fmt.Errorf("gzip: %w", err)
	}
	if strings.EqualFold(filepath.Ext(name), ".gz") {
		name = name[:len(name)-len(".gz")]
	}
	return bufio.NewReaderSize(zr, 1<<20), name, true, nil
}

// gzipError names a broken compressed input as such (a gzip reader's own
// messages, "unexpected EOF" or "invalid checksum", do not).
func gzipError(gz bool, err error) error {
	if gz && err != nil && !errors.Is(err, extract.ErrTooLarge) {
		return fmt.Errorf("gzip: %w", err)
	}
	return err
}

// utf8BOM is stripped from the start of a text input: it marks the
// encoding (Notepad writes it) and is no character of the article.
var utf8BOM = []byte("\xef\xbb\xbf")

// regular reports whether the entry p met in a directory walk is a regular
// file, or a link to one. Anything else (a FIFO, a socket, a device) is
// not read: opening a FIFO waits for a writer forever.
func regular(p string, typ os.FileMode) (bool, error) {
	if typ.IsRegular() {
		return true, nil
	}
	if typ&os.ModeSymlink == 0 {
		return false, nil
	}
	st, err := os.Stat(p)
	if err != nil {
		return false, err
	}
	return st.Mode().IsRegular(), nil
}
