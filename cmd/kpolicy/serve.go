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
	"log"
	"mime"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract"
	"golang.org/x/net/html/charset"
)

const serveUsage = `Usage: kpolicy serve [flags]

Serves extraction over HTTP:
  POST /v1/extract   body by Content-Type:
                       application/json      one record {"id","url","title","published","text"|"html"}
                       application/x-ndjson  JSON Lines of records (also application/jsonl); answers JSON Lines
                       text/html             a saved page
                       text/plain            article text (?published=YYYY-MM-DD&id=...)
                     answers the kpolicy/v1 document object
  GET  /healthz      {"status":"ok"}

Flags:
`

type serveFlags struct {
	addr          string
	maxBodyMiB    int
	maxConcurrent int
	timeout       time.Duration
	rules         multiFlag
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f serveFlags
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "listen `address` (host:port)")
	fs.IntVar(&f.maxBodyMiB, "max-body", 20, "largest request body in `MiB`")
	fs.IntVar(&f.maxConcurrent, "max-concurrent", 2*runtime.NumCPU(), "extractions at once; more get 429")
	fs.DurationVar(&f.timeout, "timeout", 60*time.Second, "time limit of one request")
	fs.Var(&f.rules, "rules", "extra rule `FILE` or folder; repeatable")
	fs.Usage = func() { fmt.Fprint(stderr, serveUsage); fs.PrintDefaults() }
	rest, help, err := parseArgs(fs, args)
	if help || err != nil {
		return err
	}
	if len(rest) > 0 || f.maxBodyMiB < 1 || f.maxBodyMiB > maxSizeMiB || f.maxConcurrent < 1 || f.timeout <= 0 {
		fmt.Fprintf(stderr, "kpolicy serve: --max-body must be 1 to %d MiB (not %d), --max-concurrent at least 1 (not %d), --timeout above 0 (not %v), and no argument given (not %q)\n\n",
			maxSizeMiB, f.maxBodyMiB, f.maxConcurrent, f.timeout, rest)
		fs.Usage()
		return usageError{"serve: bad arguments"}
	}
	var opts []extract.Option
	for _, r := range f.rules {
		opts = append(opts, extract.WithRules(r))
	}
	opts = append(opts, extract.WithMaxSize(f.maxBodyMiB<<20))
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy serve: %v\n", err)
		return err
	}
	logger := log.New(stderr, "", log.LstdFlags)
	h := newServer(x, int64(f.maxBodyMiB)<<20, f.maxConcurrent, f.timeout, logger)
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy serve: %v\n", err)
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       f.timeout,
		WriteTimeout:      f.timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	logger.Printf("kpolicy %s listening on http://%s", extract.Version, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down: finishing requests in progress")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	logger.Printf("stopped")
	return nil
}

// server is the HTTP handler of kpolicy serve.
type server struct {
	x       *extract.Extractor
	maxBody int64
	slots   chan struct{} // extractions in progress
	reading chan struct{} // request bodies being received
	timeout time.Duration
	log     *log.Logger
	mux     *http.ServeMux
}

func newServer(x *extract.Extractor, maxBody int64, concurrent int, timeout time.Duration, logger *log.Logger) *server {
	s := &server{x: x, maxBody: maxBody, slots: make(chan struct{}, concurrent), timeout: timeout, log: logger, mux: http.NewServeMux(),
		reading: make(chan struct{}, max(16, 8*concurrent))}
	s.mux.HandleFunc("GET /healthz", s.health)
	s.mux.HandleFunc("POST /v1/extract", s.extract)
	s.mux.HandleFunc("/", s.unknown)
	return s
}

// endpoints are the methods each path answers, for unknown's messages.
var endpoints = map[string]string{"/healthz": "GET, HEAD", "/v1/extract": "POST"}

// unknown answers the requests no endpoint takes, in JSON like every
// other error (the mux's own answers are plain text): 405 with an Allow
// header for a known path, else 404 naming the endpoints.
func (s *server) unknown(w http.ResponseWriter, r *http.Request) {
	if allow, ok := endpoints[r.URL.Path]; ok {
		w.Header().Set("Allow", allow)
		httpError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s is not served: use %s", r.Method, r.URL.Path, allow))
		return
	}
	httpError(w, http.StatusNotFound, fmt.Sprintf("no endpoint %s: kpolicy serves POST /v1/extract and GET /healthz", r.URL.Path))
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) { w.status = code; w.ResponseWriter.WriteHeader(code) }
func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// ServeHTTP logs one line per request: method, path, status, bytes, time.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			s.log.Printf("panic serving %s %s: %v", r.Method, r.URL.Path, v)
			if sw.status == 0 {
				httpError(sw, http.StatusInternalServerError, "internal error")
			}
		}
		s.log.Printf("%s %s %d %dB %s", r.Method, r.URL.Path, sw.status, sw.bytes, time.Since(start).Round(time.Millisecond))
	}()
	s.mux.ServeHTTP(sw, r)
}

var served atomic.Int64

func (s *server) health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "version": extract.Version, "schema": extract.Schema, "served": served.Load()})
}

func (s *server) extract(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
	defer cancel()
	// The body is received before an extraction slot is taken: clients
	// that send their bodies slowly (two bytes a minute) held every slot
	// and turned all others away with 429 until the time limit. Bodies
	// being received have a pool of their own, larger, which bounds the
	// memory they take (its size times --max-body).
	select {
	case s.reading <- struct{}{}:
	default:
		w.Header().Set("Retry-After", "1")
		httpError(w, http.StatusTooManyRequests, "too many requests being received; retry shortly")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	<-s.reading
	if err == nil {
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		default:
			w.Header().Set("Retry-After", "1")
			httpError(w, http.StatusTooManyRequests, "too many extractions in progress; retry shortly")
			return
		}
	}
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", s.maxBody))
			return
		}
		httpError(w, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	q := r.URL.Query()
	switch ct {
	case "application/json":
		var rec extract.Record
		dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, utf8BOM)))
		if err := dec.Decode(&rec); err != nil {
			httpError(w, http.StatusBadRequest, "not a JSON record: "+err.Error())
			return
		}
		if _, err := dec.Token(); err != io.EOF {
			// a second record would be dropped without a word
			httpError(w, http.StatusBadRequest, "more than one JSON value in the body: send several records as application/x-ndjson")
			return
		}
		s.one(ctx, w, func() (*extract.Document, error) { return s.x.ExtractRecord(ctx, rec, "http") })
	case "application/x-ndjson", "application/jsonl", "application/jsonlines":
		s.lines(ctx, w, body)
	case "text/html", "application/xhtml+xml":
		in := extract.Input{ID: q.Get("id"), URL: q.Get("url"), Source: "http", Published: q.Get("published"), HTML: body}
		s.one(ctx, w, func() (*extract.Document, error) { return s.x.Extract(ctx, in) })
	case "text/plain", "":
		in := extract.Input{ID: q.Get("id"), URL: q.Get("url"), Source: "http", Published: q.Get("published")}
		switch text, err := plainText(body, params["charset"]); {
		case err != nil:
			httpError(w, http.StatusUnsupportedMediaType, err.Error())
			return
		case utf8.ValidString(text):
			// a byte-order mark (Notepad's UTF-8) is no part of the
			// text, as in a file the CLI reads
			in.Text = strings.TrimPrefix(text, "\ufeff")
		default:
			// no charset said, and no UTF-8: the extractor tells the
			// encoding (EUC-KR) as it does for a file
			in.Raw = body
		}
		s.one(ctx, w, func() (*extract.Document, error) { return s.x.Extract(ctx, in) })
	default:
		httpError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("unsupported Content-Type %q (want application/json, application/x-ndjson, text/html or text/plain)", ct))
	}
}

// plainText decodes a text/plain body by its charset parameter (none, or
// UTF-8: as it is).
func plainText(body []byte, cs string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(cs)) {
	case "", "utf-8", "utf8", "us-ascii":
		return string(body), nil
	}
	e, _ := charset.Lookup(cs)
	if e == nil {
		return "", fmt.Errorf("unknown charset %q", cs)
	}
	b, err := e.NewDecoder().Bytes(body)
	if err != nil {
		return "", fmt.Errorf("body is not in charset %q: %v", cs, err)
	}
	return string(b), nil
}

// one answers one document, or a 4xx/5xx error.
func (s *server) one(ctx context.Context, w http.ResponseWriter, f func() (*extract.Document, error)) {
	d, err := f()
	switch {
	case err == nil:
		served.Add(1)
		writeJSON(w, http.StatusOK, d)
	case errors.Is(err, context.DeadlineExceeded):
		httpError(w, http.StatusServiceUnavailable, "extraction timed out")
	case errors.Is(err, extract.ErrTooLarge):
		httpError(w, http.StatusRequestEntityTooLarge, err.Error())
	case errors.Is(err, extract.ErrInternal):
		s.log.Printf("internal error: %v", err)
		httpError(w, http.StatusInternalServerError, "internal error")
	default:
		httpError(w, http.StatusUnprocessableEntity, err.Error())
	}
}

// lines answers a JSONL body with one JSON line per record, in order; a
// bad record gets {"error": …, "line": N} in its place.
func (s *server) lines(ctx context.Context, w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	bw := bufio.NewWriter(w)
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), int(s.maxBody)+1)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var b []byte
		var err error
		if rec, derr := decodeRecord(bytes.TrimPrefix(line, utf8BOM)); derr != nil {
			b, err = marshalAny(map[string]any{"error": "not a JSON record: " + derr.Error(), "line": n})
		} else if d, xerr := s.x.ExtractRecord(ctx, rec, "http"); xerr != nil {
			b, err = marshalAny(map[string]any{"error": xerr.Error(), "line": n, "id": rec.ID})
		} else {
			served.Add(1)
			b, err = marshal(d, "")
		}
		if err != nil {
			return
		}
		bw.Write(b)
		if ctx.Err() != nil {
			// the answer is under way (200): the records left get one
			// error line that says so, not silence
			for sc.Scan() {
				n++
				if len(bytes.TrimSpace(sc.Bytes())) > 0 {
					b, _ = marshalAny(map[string]any{"error": fmt.Sprintf("request time limit (%v) reached: the records from line %d on were not processed", s.timeout, n), "line": n})
					bw.Write(b)
					break
				}
			}
			break
		}
	}
	if err := sc.Err(); err != nil {
		b, _ := marshalAny(map[string]any{"error": "reading the body: " + err.Error(), "line": n + 1})
		bw.Write(b)
	}
	bw.Flush()
}

func marshalAny(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var b []byte
	var err error
	if d, ok := v.(*extract.Document); ok {
		b, err = marshal(d, "")
	} else {
		b, err = marshalAny(v)
	}
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"encoding the answer failed"}`+"\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b)
}

func httpError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]any{"error": msg, "status": code})
}
