package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/kpolicy/kpolicy/extract"
	"github.com/kpolicy/kpolicy/extract/page"
	sjson "github.com/segmentio/encoding/json"
)

// job is one document to extract, numbered in input order.
type job struct {
	seq   int
	where string // what stderr names on failure: path, or path:line
	in    extract.Input
	rec   []byte // a JSONL line, parsed by the worker
	src   string
	line  int
	err   error  // an input that failed before extraction (unreadable file)
	warn  string // a note on an input that is no failure (no records in it)
}

// outcome is a job's result.
type outcome struct {
	seq   int
	where string
	doc   *extract.Document
	out   []byte // the document as prepare encoded it, if prepare is set
	err   error
	warn  string
	line  int // the JSONL line (0: the document of a file)
}

// pipeline reads the inputs, extracts with workers and hands the results
// to emit in input order. At most window documents are in flight, so a
// stream of any length runs in constant memory. prepare, when set, runs in
// the worker after extraction (filtering and encoding a document take as
// long as a third of extracting it, so they run in parallel too, not in
// the one goroutine that writes); its bytes reach emit.
type pipeline struct {
	x       *extract.Extractor
	kind    string // auto, text, html, jsonl
	workers int
	stdin   io.Reader
	maxSize int // largest document in bytes (0: no limit); reading stops past it
	prepare func(*extract.Document) ([]byte, error)
	emit    func(*extract.Document, []byte) error
	report  func(where string, err error)
	warn    func(where, msg string) // a note that is no failure; nil: none
	onDone  func()                  // called once per finished document (progress)
	ids     idSet                   // the documents' ids so far, for warn
}

// idSet remembers the ids of a run, so that a repeated id is noted:
// output joined back to its input by id would mix the two records (two
// files of one name in different folders get the same id, and so do
// records that give one). It keeps a 64-bit hash of each id in an open
// table that grows to maxIDSlots (16 MB) and no further, so that a stream
// of any length runs in bounded memory: past 7/8 of that (1.8 million
// documents) a new id takes the place of an old one, and a repeat of an
// id that old may go unnoticed (lossy says so). Two ids taken for one by
// their hashes are as likely as not after 2^32 documents.
type idSet struct {
	seed    maphash.Seed
	slots   []uint64 // hash|1 of each id, 0 where free
	used    int
	repeats int  // repeated ids noted (the first maxIDNotes) or counted
	lossy   bool // an id took an old one's place
}

// maxIDNotes is how many repeated ids are noted one by one; the rest are
// counted in one note at the end of the run.
const maxIDNotes = 10

const maxIDSlots = 1 << 21 // the table's largest size

// add reports whether the set had id, and adds it.
func (s *idSet) add(id string) bool {
	if s.slots == nil {
		s.seed, s.slots = maphash.MakeSeed(), make([]uint64, 1<<12)
	}
	if s.used >= len(s.slots)/4*3 && len(s.slots) < maxIDSlots {
		s.grow()
	}
	h := maphash.String(s.seed, id) | 1
	home := s.home(h)
	for i := home; ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			if s.used >= len(s.slots)/8*7 {
				// full: the id takes its home slot's place, which leaves
				// every other hash where its probe finds it
				s.slots[home], s.lossy = h, true
				return false
			}
			s.slots[i] = h
			s.used++
			return false
		}
	}
}

// home is the first slot h may take.
func (s *idSet) home(h uint64) int { return int(h>>1) & (len(s.slots) - 1) }

// grow doubles the table and puts the hashes back.
func (s *idSet) grow() {
	old := s.slots
	s.slots = make([]uint64, 2*len(old))
	for _, h := range old {
		if h == 0 {
			continue
		}
		i := s.home(h)
		for s.slots[i] != 0 {
			i = (i + 1) & (len(s.slots) - 1)
		}
		s.slots[i] = h
	}
}

// check notes o's document's id when an earlier document had it.
func (p *pipeline) checkID(o outcome) {
	if p.warn == nil || o.doc == nil || !p.ids.add(o.doc.Doc.ID) {
		return
	}
	p.ids.repeats++
	if p.ids.repeats <= maxIDNotes {
		why := ""
		if o.line == 0 {
			why = " (a file's id is its name without the extension)"
		}
		p.warn(o.where, fmt.Sprintf("id %q is also the id of an earlier document%s: output joined back by id would mix the two", o.doc.Doc.ID, why))
	}
}

// noteRepeats notes how many repeated ids were not noted one by one.
func (p *pipeline) noteRepeats() {
	if p.warn == nil {
		return
	}
	if n := p.ids.repeats - maxIDNotes; n > 0 {
		p.warn("ids", fmt.Sprintf("%d more documents had an id an earlier one had (the first %d were noted)", n, maxIDNotes))
	}
	if p.ids.lossy {
		p.warn("ids", "the run had too many documents for all their ids to be remembered: an id repeated far from its first use may have gone unnoted")
	}
}

func (p *pipeline) run(ctx context.Context, inputs []string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := 4 * p.workers
	tokens := make(chan struct{}, window)
	jobs := make(chan job, window)
	results := make(chan outcome, window)

	go func() {
		defer close(jobs)
		seq := 0
		send := func(j job) bool {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, src := range inputs {
			if !p.produce(ctx, src, send) {
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- p.work(ctx, j)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]outcome{}
	next := 0
	var werr error
	for r := range results {
		pending[r.seq] = r
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if werr != nil {
				continue // drain after a write error
			}
			if o.warn != "" {
				if p.warn != nil {
					p.warn(o.where, o.warn)
				}
				continue
			}
			if o.err != nil {
				p.report(o.where, o.err)
			} else if err := p.emit(o.doc, o.out); err != nil {
				werr = err
				cancel()
			} else {
				p.checkID(o)
			}
			if p.onDone != nil {
				p.onDone()
			}
		}
	}
	if werr == nil && ctx.Err() == nil {
		p.noteRepeats()
	}
	return werr
}

// produce turns one input into jobs; it returns false when the run stops.
func (p *pipeline) produce(ctx context.Context, src string, send func(job) bool) bool {
	var r io.Reader
	if src == "-" {
		r = p.stdin
	} else {
		fh, err := os.Open(src)
		if err != nil {
			return send(job{where: src, err: unwrapPath(err)})
		}
		defer fh.Close()
		r = fh
	}
	br, name, gz, err := maybeGunzip(bufio.NewReaderSize(r, 1<<20), src)
	if err != nil {
		return send(job{where: src, err: err})
	}
	ext := strings.ToLower(filepath.Ext(name))
	if p.kind == "jsonl" || (p.kind == "auto" && (ext == ".jsonl" || src == "-" && startsWithBrace(br))) {
		limit := lineLimit(p.maxSize)
		lines := 0 // not blank
		for line := 1; ; line++ {
			if ctx.Err() != nil {
				return false
			}
			b, err := readLine(br, limit)
			where := fmt.Sprintf("%s:%d", src, line)
			var long errLongLine
			if err != nil && !errors.Is(err, io.EOF) && !errors.As(err, &long) {
				// a read error (a gzip stream cut short): the part of the
				// line read is no record, and the error says why
				if len(b) > 0 {
					err = fmt.Errorf("%w (the %d bytes of the line read before it are left out)", err, len(b))
				}
				return send(job{where: where, err: gzipError(gz, err)})
			}
			if len(bytes.TrimSpace(b)) > 0 {
				lines++
				if !send(job{where: where, rec: b, src: src, line: line}) {
					return false
				}
			}
			if errors.As(err, &long) {
				lines++
				if !send(job{where: where, err: long}) {
					return false
				}
			}
			if errors.Is(err, io.EOF) {
				if lines == 0 {
					return send(job{where: src, warn: "no records: the JSON Lines input has no line that is not blank"})
				}
				return true
			}
		}
	}
	b, err := p.readDoc(src, br, gz)
	if err != nil {
		return send(job{where: src, err: gzipError(gz, err)})
	}
	in := extract.Input{Source: src}
	switch {
	case p.kind == "html" || (p.kind == "auto" && (ext == ".html" || ext == ".htm")):
		in.HTML = b // a page's byte-order mark tells its encoding
	case p.kind == "text":
		in.Text = string(bytes.TrimPrefix(b, utf8BOM))
	default:
		if t := bytes.TrimPrefix(b, utf8BOM); !page.LooksLikeHTML(t) {
			b = t
		}
		in.Raw = b
	}
	return send(job{where: src, in: in})
}

// readDoc reads one document's bytes, up to the size limit: a regular
// file over it is refused by its size, unread.
func (p *pipeline) readDoc(src string, r io.Reader, gz bool) ([]byte, error) {
	if !gz && src != "-" && p.maxSize > 0 {
		if st, err := os.Stat(src); err == nil && st.Mode().IsRegular() && st.Size() > int64(p.maxSize) {
			return nil, tooLarge(st.Size(), p.maxSize)
		}
	}
	return readLimited(r, p.maxSize)
}

// startsWithBrace reports whether the stream's first non-space byte is '{':
// standard input holding JSON Lines rather than an article.
func startsWithBrace(br *bufio.Reader) bool {
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return false
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n':
			continue
		case 0xEF: // a byte-order mark before the record
			continue
		case 0xBB, 0xBF:
			continue
		default:
			return c == '{' && err == nil
		}
	}
	return false
}

// work extracts one job. A panic inside one document is reported for that
// document and never stops the run.
func (p *pipeline) work(ctx context.Context, j job) (o outcome) {
	o = outcome{seq: j.seq, where: j.where, line: j.line}
	defer func() {
		if v := recover(); v != nil {
			o.doc, o.err = nil, fmt.Errorf("internal error (please report it): %v\n%s", v, firstLines(debug.Stack(), 12))
		}
	}()
	if j.err != nil || j.warn != "" {
		o.err, o.warn = j.err, j.warn
		return o
	}
	if j.rec != nil {
		rec, err := decodeRecord(bytes.TrimPrefix(j.rec, []byte("\ufeff")))
		if err != nil {
			o.err = fmt.Errorf("not a JSON record: %v", err)
			return o
		}
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("%s#%d", strings.TrimSuffix(filepath.Base(j.src), filepath.Ext(j.src)), j.line)
		}
		o.doc, o.err = p.x.ExtractRecord(ctx, rec, j.src)
		return p.prepared(o)
	}
	o.doc, o.err = p.x.Extract(ctx, j.in)
	return p.prepared(o)
}

// prepared runs prepare on a successful outcome.
func (p *pipeline) prepared(o outcome) outcome {
	if o.err == nil && p.prepare != nil {
		o.out, o.err = p.prepare(o.doc)
	}
	return o
}

// decodeRecord decodes one JSONL line. Records as they are usually written
// are read by recordFast; the rest by segmentio/encoding, about three
// times as fast as encoding/json, with the same results (invalid UTF-8
// becomes U+FFFD in both; TestDecodeRecordSameAsStd); a line it refuses
// goes to encoding/json, whose error message is the one reported
// (segmentio's quotes the rest of the line, which may be megabytes) and
// which has the last word on what a record is.
func decodeRecord(line []byte) (extract.Record, error) {
	if rec, ok := recordFast(line); ok {
		return rec, nil
	}
	var rec extract.Record
	if sjson.Unmarshal(line, &rec) == nil {
		return rec, nil
	}
	rec = extract.Record{}
	err := json.Unmarshal(line, &rec)
	return rec, err
}

func firstLines(b []byte, n int) string {
	lines := strings.SplitN(string(b), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// unwrapPath drops the "open PATH:" prefix of a path error, since the
// report names the path already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
