package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kpolicy/kpolicy/extract"
)

// defaultBenchCorpus is read when no corpus is named and it exists (run
// from the project root).
const defaultBenchCorpus = "../shared/corpus/dev-news.jsonl"

const benchUsage = `Usage: kpolicy bench [-j N] [--docs N | --time D] [--count N] [--html | --bodies] [--jsonl] [--rules FILE] [--cpuprofile FILE] [CORPUS]

Runs the extractor over a corpus held in memory and prints throughput
(MB/s, documents/s), allocations per document, peak memory and the time to
build the extractor. CORPUS is a JSONL file of records, a directory of
.txt/.html/.jsonl files, or one file; by default ` + defaultBenchCorpus + `
when present, else a generated article.

Every distinct document is first extracted once, untimed (a warm-up: the
scratch buffers grow, the caches fill). Then the corpus is run over in
whole passes until --time has gone by, as go test -bench does; with --docs
it is replicated (or cut) to that many documents instead. With --count N
the timed run is made N times and the throughput printed is their median,
each run's figure listed after it: the speed of a shared machine drifts
from one minute to the next.

With --jsonl each document is also encoded as the JSONL line that kpolicy
extract writes, so the figure is that of extract's output (reading the
input and writing the bytes aside). With --bodies each document is first
cleaned, and the run is over the article text the cleaner leaves (plain
article text: no menus, bylines or page furniture).
`

// benchDoc is one document of the benchmark corpus.
type benchDoc struct {
	in   extract.Input
	size int
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, benchUsage); fs.PrintDefaults() }
	workers := fs.Int("j", runtime.NumCPU(), "workers")
	docs := fs.Int("docs", 0, "documents to extract (the corpus is replicated or cut to this); 0: whole passes over the corpus for --time")
	minTime := fs.Duration("time", time.Second, "without --docs, how long each timed run lasts at least")
	count := fs.Int("count", 1, "timed runs; the throughput printed is their median")
	asHTML := fs.Bool("html", false, "feed every document as an HTML page (text is wrapped in a page)")
	asJSONL := fs.Bool("jsonl", false, "also encode every document as extract's JSONL output line")
	bodies := fs.Bool("bodies", false, "run over the article text the cleaner leaves of each document (plain article text)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the extraction to `file` (for go tool pprof)")
	var ruleFiles multiFlag
	fs.Var(&ruleFiles, "rules", "add a rule file or folder (repeatable)")
	rest, help, err := parseArgs(fs, args)
	if help {
		return nil
	}
	if err != nil {
		return usageError{err.Error()}
	}
	docsSet := false
	fs.Visit(func(f *flag.Flag) { docsSet = docsSet || f.Name == "docs" })
	var bad string
	switch {
	case *workers < 1 || *workers > maxWorkers:
		bad = fmt.Sprintf("-j must be 1 to %d (not %d)", maxWorkers, *workers)
	case docsSet && *docs < 1 || *docs < 0:
		bad = fmt.Sprintf("--docs must be at least 1 (not %d)", *docs)
	case *count < 1:
		bad = fmt.Sprintf("--count must be at least 1 (not %d)", *count)
	case *minTime <= 0:
		bad = fmt.Sprintf("--time must be more than 0 (not %v)", *minTime)
	case len(rest) > 1:
		bad = fmt.Sprintf("at most one corpus is read (not %d)", len(rest))
	}
	if bad != "" {
		fmt.Fprintf(stderr, "kpolicy bench: %s\n\n", bad)
		fs.Usage()
		return usageError{"bench: " + bad}
	}
	if *bodies && *asHTML {
		fmt.Fprintln(stderr, "kpolicy bench: --bodies and --html exclude each other")
		return usageError{"bench: --bodies and --html exclude each other"}
	}
	source := ""
	if len(rest) == 1 {
		source = rest[0]
	} else if _, err := os.Stat(defaultBenchCorpus); err == nil {
		source = defaultBenchCorpus
	}
	corpus, err := loadBenchCorpus(source, *asHTML)
	if err == nil && len(corpus) == 0 {
		err = fmt.Errorf("no documents in %s", source)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy bench: %v\n", err)
		return err
	}
	if source == "" {
		source = "generated article"
	}

	var opts []extract.Option
	for _, r := range ruleFiles {
		opts = append(opts, extract.WithRules(r))
	}
	runtime.GC()
	t0 := time.Now()
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kpolicy bench: %v\n", err)
		return err
	}
	build := time.Since(t0)
	if *bodies {
		if corpus, err = articleBodies(ctx, x, corpus); err != nil {
			fmt.Fprintf(stderr, "kpolicy bench: %v\n", err)
			return err
		}
	}

	// The warm-up: every distinct document once, untimed, so that the
	// timed runs measure the steady state a long batch runs in.
	for _, d := range corpus {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		x.Extract(ctx, d.in) // errors are counted in the timed runs
	}

	// Peak memory: the heap sampled while extracting, and the resident set
	// high-water mark of the process where the system reports it.
	var peakHeap atomic.Uint64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peakHeap.Load() {
				peakHeap.Store(ms.HeapInuse)
			}
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
		}
	}()

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			close(stopSampling)
			fmt.Fprintf(stderr, "kpolicy bench: %v\n", err)
			return err
		}
		defer f.Close()
	}
	var total benchRun
	var rates []float64
	for range *count {
		r := runBenchOnce(ctx, x, corpus, *workers, *docs, *minTime, *asJSONL)
		if ctx.Err() != nil {
			break
		}
		total.add(r)
		rates = append(rates, float64(r.bytes)/1e6/r.elapsed.Seconds())
	}
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	close(stopSampling)
	<-sampled
	if err := ctx.Err(); err != nil {
		return err
	}

	n := float64(total.docs)
	secs := total.elapsed.Seconds()
	distinct, pages := 0, 0
	for _, d := range corpus {
		distinct += d.size
		if d.in.HTML != nil {
			pages++
		}
	}
	kind := "text"
	switch {
	case *asHTML:
		kind = "html, text wrapped in pages"
	case *bodies:
		kind = "the article text the cleaner leaves"
	case pages == len(corpus):
		kind = "html"
	case pages > 0:
		kind = fmt.Sprintf("text and %d html pages", pages)
	}
	fmt.Fprintf(stdout, "corpus: %s (%d distinct documents, %.2f MB, as %s)\n", source, len(corpus), float64(distinct)/1e6, kind)
	fmt.Fprintf(stdout, "documents: %d\n", total.docs/int64(*count))
	fmt.Fprintf(stdout, "bytes: %d\n", total.bytes/int64(*count))
	fmt.Fprintf(stdout, "workers: %d (GOMAXPROCS %d)\n", *workers, runtime.GOMAXPROCS(0))
	if *asJSONL {
		fmt.Fprintf(stdout, "output: jsonl encoded\n")
	}
	fmt.Fprintf(stdout, "build: %.1f ms\n", float64(build.Microseconds())/1000)
	fmt.Fprintf(stdout, "elapsed: %.3f s\n", secs/float64(*count))
	if *count > 1 {
		fmt.Fprintf(stdout, "runs: %d\n", *count)
		fmt.Fprintf(stdout, "throughput: %.2f MB/s (median of %d runs; %s)\n", median(rates), *count, formatRates(rates))
	} else {
		fmt.Fprintf(stdout, "throughput: %.2f MB/s\n", rates[0])
	}
	fmt.Fprintf(stdout, "documents/s: %.1f\n", n/secs)
	fmt.Fprintf(stdout, "allocs/doc: %.0f\n", float64(total.mallocs)/n)
	fmt.Fprintf(stdout, "alloc-bytes/doc: %.0f\n", float64(total.allocBytes)/n)
	fmt.Fprintf(stdout, "peak-heap: %.1f MB\n", float64(peakHeap.Load())/1e6)
	if rss, ok := peakRSS(); ok {
		fmt.Fprintf(stdout, "peak-rss: %.1f MB\n", float64(rss)/1e6)
	} else {
		fmt.Fprintf(stdout, "peak-rss: unknown\n")
	}
	fmt.Fprintf(stdout, "errors: %d\n", total.failed)
	if total.firstErr != "" {
		fmt.Fprintf(stderr, "kpolicy bench: first error: %s\n", total.firstErr)
	}
	return nil
}

// benchRun is what one timed run did.
type benchRun struct {
	docs, bytes, failed int64
	elapsed             time.Duration
	mallocs, allocBytes uint64
	firstErr            string
}

func (t *benchRun) add(r benchRun) {
	t.docs += r.docs
	t.bytes += r.bytes
	t.failed += r.failed
	t.elapsed += r.elapsed
	t.mallocs += r.mallocs
	t.allocBytes += r.allocBytes
	if t.firstErr == "" {
		t.firstErr = r.firstErr
	}
}

// runBenchOnce is one timed run: docs documents taken in turn from the
// corpus, or (docs 0) whole passes over it until minTime has gone by.
func runBenchOnce(ctx context.Context, x *extract.Extractor, corpus []benchDoc, workers, docs int, minTime time.Duration, asJSONL bool) benchRun {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var next, done, bytesDone, failed atomic.Int64
	var firstErr atomic.Value
	var stop atomic.Bool
	start := time.Now()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if docs > 0 && i >= docs || ctx.Err() != nil {
					return
				}
				// without --docs: stop at the end of a pass once the time is up
				if docs == 0 && i > 0 && i%len(corpus) == 0 && time.Since(start) >= minTime {
					stop.Store(true)
				}
				if docs == 0 && stop.Load() {
					return
				}
				d := corpus[i%len(corpus)]
				doc, err := x.Extract(ctx, d.in)
				if err == nil && asJSONL {
					_, err = marshal(doc, "")
				}
				if err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("%s: %v", d.in.Source, err))
				}
				bytesDone.Add(int64(d.size))
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	r := benchRun{elapsed: time.Since(start), docs: done.Load(), bytes: bytesDone.Load(), failed: failed.Load()}
	runtime.ReadMemStats(&after)
	r.mallocs, r.allocBytes = after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc
	if e, ok := firstErr.Load().(string); ok {
		r.firstErr = e
	}
	return r
}

// median of xs (left in their order).
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// formatRates lists the runs' figures in the order they ran.
func formatRates(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.FormatFloat(x, 'f', 2, 64)
	}
	return strings.Join(parts, " ")
}

// articleBodies replaces every document of corpus by the article text the
// extractor's cleaner leaves of it, with its publication date.
func articleBodies(ctx context.Context, x *extract.Extractor, corpus []benchDoc) ([]benchDoc, error) {
	out := make([]benchDoc, 0, len(corpus))
	for _, d := range corpus {
		doc, err := x.Extract(ctx, d.in)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.in.Source, err)
		}
		in := extract.Input{ID: doc.Doc.ID, Source: d.in.Source, Published: doc.Doc.Published, Text: doc.Doc.Text}
		out = append(out, benchDoc{in: in, size: len(in.Text)})
	}
	return out, nil
}

// peakRSS is the resident-set high-water mark of the process (VmHWM in
// /proc/self/status; unknown elsewhere).
func peakRSS() (uint64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb * 1024, err == nil
		}
	}
	return 0, false
}

// loadBenchCorpus reads the documents of a JSONL file, a directory or one
// file; with no source, a generated article.
func loadBenchCorpus(source string, asHTML bool) ([]benchDoc, error) {
	var out []benchDoc
	add := func(in extract.Input) {
		if asHTML && in.HTML == nil {
			in.HTML = []byte(wrapHTML(in.Title, in.Text))
			in.Text = ""
		}
		out = append(out, benchDoc{in: in, size: len(in.Text) + len(in.HTML)})
	}
	if source == "" {
		add(extract.Input{Source: "generated", Text: benchArticle, Published: "2025-09-04"})
		return out, nil
	}
	st, err := os.Stat(source)
	if err != nil {
		return nil, err
	}
	files := []string{source}
	if st.IsDir() {
		files = nil
		for _, ext := range []string{".txt", ".html", ".htm", ".jsonl"} {
			m, _ := filepath.Glob(filepath.Join(source, "*"+ext))
			files = append(files, m...)
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		switch strings.ToLower(filepath.Ext(f)) {
		case ".jsonl":
			sc := bufio.NewScanner(bytes.NewReader(data))
			sc.Buffer(nil, 64<<20)
			for line := 1; sc.Scan(); line++ {
				if len(bytes.TrimSpace(sc.Bytes())) == 0 {
					continue
				}
				var r extract.Record
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					return nil, fmt.Errorf("%s:%d: %v", f, line, err)
				}
				in := extract.Input{ID: r.ID, Source: fmt.Sprintf("%s:%d", f, line), URL: r.URL, Title: r.Title, Published: r.Published, Text: r.Text}
				if r.HTML != "" {
					in.HTML, in.Text = []byte(r.HTML), ""
				}
				add(in)
			}
		case ".html", ".htm":
			add(extract.Input{Source: f, HTML: data})
		default:
			add(extract.Input{Source: f, Raw: data})
		}
	}
	return out, nil
}

// wrapHTML puts an article text into a plain news page, paragraphs as <p>.
func wrapHTML(title, text string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(title))
	b.WriteString("</title></head><body><nav><a href=\"/\">홈</a> <a href=\"/politics\">정치</a> <a href=\"/economy\">경제</a></nav>\n<article><div class=\"article_body\">\n")
	for _, p := range strings.Split(text, "\n") {
		if strings.TrimSpace(p) != "" {
			b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	b.WriteString("</div></article><footer>ⓒ 예시일보 무단전재 및 재배포 금지</footer></body></html>\n")
	return b.String()
}

// benchArticle is a made-up policy news article (used when no corpus is
// at hand).
const benchArticle = `중소벤처기업부는 내년도 예산을 2조1955억원 규모로 편성했다고 4일 밝혔다. 올해 본예산보다 약 13.8% 늘어난 규모다.
한성숙 중기부 장관은 이날 정부세종청사에서 열린 브리핑에서 "수출 중소기업 1만2천 곳의 물류비를 최대 500만원까지 지원하겠다"고 말했다.
중기부는 오는 10월 제주에서 지역 혁신 포럼을 열고 기술보증기금, 중소벤처기업진흥공단과 업무협약을 체결할 예정이다.
지원 대상은 지난해 매출 1,200억원 이하 기업으로, 신청 기업 수는 전년 대비 21% 증가한 4,350개사로 집계됐다.
이번 계획에 따라 지역 거점 센터 17곳이 새로 문을 연다. 센터당 운영비는 연간 12억5천만원 안팎이며, 국비와 지방비가 절반씩 부담한다.
한편 산업통상자원부는 9월 1일부터 5일까지 부산에서 투자 유치 설명회를 개최한다.
세종=홍길동 기자 hong@example.com`
