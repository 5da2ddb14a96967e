package extract

import (
	"cmp"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract/page"
	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/date"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/ner/named"
	"github.com/kpolicy/kpolicy/ner/numeric"
	"github.com/kpolicy/kpolicy/rules"
)

// Input is one document to extract from. Set HTML for a page, Text for
// plain text or a scraped dump, or Raw when the kind is not known (HTML is
// then recognised by its content). A UTF-8 byte-order mark at the start of
// Text or Raw is no part of the document's text (offsets count from after
// it); Raw in UTF-16, with its mark or without, is decoded.
type Input struct {
	ID     string // stable id; derived from Source when empty
	Source string // path, URL or "-"
	URL    string
	Title  string // overrides the title found in the page
	// Published overrides the publication time found in the page:
	// RFC 3339, "2006-01-02 15:04", or a date "2006-01-02".
	Published string
	HTML      []byte
	Text      string
	Raw       []byte
}

// Record is one line of a JSONL input: an article with its metadata, given
// as text or as HTML.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
}

// ErrNoContent is returned for a record with neither text nor html.
var ErrNoContent = errors.New(`record has neither "text" nor "html"`)

// ExtractRecord extracts one record. Its text, when it has no page
// furniture, is kept verbatim as the document text. A record with both
// html and text is read from its html (with a warning).
func (x *Extractor) ExtractRecord(ctx context.Context, r Record, source string) (*Document, error) {
	in := Input{ID: r.ID, Source: source, URL: r.URL, Title: r.Title, Published: r.Published}
	switch {
	case r.HTML != "":
		in.HTML = []byte(r.HTML)
	case r.Text != "":
		in.Text = r.Text
	default:
		return nil, ErrNoContent
	}
	doc, err := x.Extract(ctx, in)
	if err == nil && r.HTML != "" && r.Text != "" {
		doc.Warnings = append(doc.Warnings, `record has both "html" and "text": the html was read`)
	}
	return doc, err
}

// ExtractHTML extracts one saved HTML page (any encoding).
func (x *Extractor) ExtractHTML(ctx context.Context, page []byte, source string) (*Document, error) {
	return x.Extract(ctx, Input{Source: source, HTML: page})
}

// ExtractText extracts plain article text or a scraped text dump;
// published (RFC 3339 or YYYY-MM-DD) may be empty.
func (x *Extractor) ExtractText(ctx context.Context, text, published, source string) (*Document, error) {
	return x.Extract(ctx, Input{Source: source, Text: text, Published: published})
}

// Errors for input that holds no article. Test with errors.Is.
var (
	ErrEmpty    = page.ErrEmpty
	ErrNotText  = page.ErrNotText
	ErrTooLarge = errors.New("input too large")
	ErrBadDate  = errors.New("bad publication date")
	// ErrTimeBudget is returned when a document takes longer than the
	// time budget (WithTimeBudget); it wraps context.DeadlineExceeded.
	ErrTimeBudget = errors.New("time budget exceeded")
	// ErrInternal is returned when extraction met a bug on a document; the
	// message carries the cause. Other documents are not affected.
	ErrInternal = errors.New("internal error")
)

// Option configures an Extractor.
type Option func(*config) error

type config struct {
	pack       *rules.Pack
	extra      []string
	refDate    time.Time
	maxSize    int
	timeBudget time.Duration
}

// WithRefDate sets the reference date for documents that carry none, so
// that relative dates (4일, 올해) can be resolved.
func WithRefDate(t time.Time) Option {
	return func(c *config) error { c.refDate = t; return nil }
}

// WithRules layers a user's rule file or folder (gazetteer .tsv, word list
// .txt, event rules .yaml) on top of the default rules.
func WithRules(path string) Option {
	return func(c *config) error { c.extra = append(c.extra, path); return nil }
}

// WithPack replaces the default rules with p.
func WithPack(p *rules.Pack) Option {
	return func(c *config) error { c.pack = p; return nil }
}

// WithTimeBudget bounds the time one document may take (default 30 s; 0
// for none). A document over budget gives ErrTimeBudget.
func WithTimeBudget(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return fmt.Errorf("time budget %v is negative", d)
		}
		c.timeBudget = d
		return nil
	}
}

// WithMaxSize sets the largest input accepted, in bytes (default 20 MB).
func WithMaxSize(n int) Option {
	return func(c *config) error { c.maxSize = n; return nil }
}

// Extractor turns news articles into entities and events. It is immutable
// after New and safe for concurrent use.
type Extractor struct {
	cfg    config
	pack   *rules.Pack
	named  *named.Recognizer
	events *eventEngine
}

// New compiles the rules and returns an Extractor.
func New(opts ...Option) (*Extractor, error) {
	cfg := config{maxSize: 20 << 20, timeBudget: 30 * time.Second}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	p := cfg.pack
	if p == nil {
		def, err := rules.Default()
		if err != nil {
			return nil, fmt.Errorf("default rules: %w", err)
		}
		p = def
	}
	if len(cfg.extra) > 0 {
		p = p.Clone()
		for _, path := range cfg.extra {
			q, err := rules.LoadPath(path)
			if err != nil {
				return nil, err
			}
			p.Merge(q)
		}
	}
	var parts []string
	for _, w := range p.List("particles") {
		parts = append(parts, w.Text)
	}
	nr, err := named.New(p)
	if err != nil {
		return nil, err
	}
	x := &Extractor{cfg: cfg, pack: p, named: nr}
	x.events = newEventEngine(p, lex.NewParticles(parts))
	return x, nil
}

// Pack returns the rules the extractor uses.
func (x *Extractor) Pack() *rules.Pack { return x.pack }

// Extract reads one document and returns its entities and events.
func (x *Extractor) Extract(ctx context.Context, in Input) (doc *Document, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer func() {
		// a bug met by one document is that document's error, never a
		// crash of the batch or the service around it
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrInternal, v)
		}
	}()
	// read at the checks: no timer or context of its own per document
	bud := clock{ctx: ctx, limit: x.cfg.timeBudget}
	if bud.limit > 0 {
		bud.start = time.Since(clockBase)
	}
	var pg page.Page // read in place: the Page of a text is not allocated
	if err := x.page(in, &pg); err != nil {
		return nil, err
	}
	doc = &Document{Schema: Schema, Entities: []Entity{}, Events: []Event{}}
	if len(pg.Warnings) > 0 {
		doc.Warnings = append(doc.Warnings, pg.Warnings...)
	}
	info := &doc.Doc
	info.Source = in.Source
	info.URL = in.URL
	info.Title = pg.Title
	if in.Title != "" {
		info.Title = in.Title
	}
	info.Publisher = pg.Publisher
	info.Reporters = pg.Reporters
	info.Dateline = pg.Dateline
	info.Layout = pg.Layout
	info.Text = pg.Body
	if pg.Layout == "text-dump" && pg.Title != "" && !strings.HasPrefix(pg.Body, pg.Title) {
		// a scraped page's headline is part of its article: its names and
		// events count (진주시, '…센터' 개관), so it opens the text
		info.Text = pg.Title + "\n" + pg.Body
	}
	info.ID = in.ID
	if info.ID == "" {
		info.ID = deriveID(in)
	}
	ref := time.Time{}
	switch {
	case in.Published != "":
		if day := strings.TrimSpace(in.Published); len(day) == len("2006-01-02") {
			if t, ok := parseDay(day); ok {
				// the common case of records: a date alone, which
				// formatTime would write as it is (FuzzParseDay)
				ref, info.Published = t, day
				break
			}
		}
		t, hasTime, err := ParseTime(in.Published)
		if err != nil {
			return nil, fmt.Errorf("%w: %q", ErrBadDate, in.Published)
		}
		ref = t
		info.Published = formatTime(t, hasTime)
	case !pg.Published.IsZero():
		ref = pg.Published
		info.Published = formatTime(pg.Published, pg.HasTime)
	case !x.cfg.refDate.IsZero():
		ref = x.cfg.refDate
		doc.Warnings = append(doc.Warnings, "no publication date: relative dates resolved against --ref-date "+ref.Format("2006-01-02"))
	default:
		doc.Warnings = append(doc.Warnings, "no publication date: relative dates left unresolved")
	}
	if !ref.IsZero() && info.Published != "" {
		// the document's own date (--ref-date is the user's choice)
		ref = x.plausibleRef(doc, ref)
	}
	// the first check is analyse's, after the sentences, numbers and
	// dates (quick passes over the text): each check reads the clock
	if err := x.analyse(bud, doc, ref); err != nil {
		return nil, err
	}
	return doc, nil
}

// The years a publication date of news can have: from the first Korean
// newspaper (한성순보, 1883) to well past any archive of today. A date
// outside them is a placeholder of the data (0001-01-01, Go's and SQL's
// zero; 9999-12-31, "no end"), not the day the article appeared.
const firstNewsYear, lastNewsYear = 1883, 2200

// plausibleRef returns the publication date ref to resolve relative
// dates against, saying so in doc's warnings when it is doubtful: one
// outside firstNewsYear-lastNewsYear is not used (--ref-date is, when
// given), and the Unix epoch (1970-01-01, what a missing timestamp
// becomes) is used but named. doc.Doc.Published keeps what the input said.
func (x *Extractor) plausibleRef(doc *Document, ref time.Time) time.Time {
	pub := doc.Doc.Published
	if y := ref.Year(); y < firstNewsYear || y > lastNewsYear {
		w := fmt.Sprintf("publication date %s is outside %d-%d, a placeholder rather than a date: ", pub, firstNewsYear, lastNewsYear)
		if !x.cfg.refDate.IsZero() {
			doc.Warnings = append(doc.Warnings, w+"relative dates resolved against --ref-date "+x.cfg.refDate.Format("2006-01-02"))
			return x.cfg.refDate
		}
		doc.Warnings = append(doc.Warnings, w+"relative dates left unresolved")
		return time.Time{}
	}
	if ref.Unix() == 0 || strings.HasPrefix(pub, "1970-01-01") {
		doc.Warnings = append(doc.Warnings, "publication date "+pub+" is the Unix epoch, what a missing timestamp often becomes: relative dates resolved against it")
	}
	return ref
}

// clock is the time budget of one document: the caller's context, and
// the time budget (none when zero) counted from start.
type clock struct {
	ctx   context.Context
	start time.Duration // time.Since(clockBase) when the document came
	limit time.Duration
}

// clockBase is a time with a monotonic reading that the clocks of
// documents count from: time.Since(clockBase) reads the monotonic clock
// alone, where time.Now reads the wall clock too.
var clockBase = time.Now()

// check reports a spent time budget or a cancelled context as a typed
// error.
func (c clock) check() error {
	switch err := c.ctx.Err(); {
	case err == nil:
		if c.limit > 0 && time.Since(clockBase)-c.start >= c.limit { // one read of the monotonic clock
			return fmt.Errorf("%w: %w", ErrTimeBudget, context.DeadlineExceeded)
		}
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w: %w", ErrTimeBudget, err)
	default:
		return err
	}
}

// page turns the input into clean article text and metadata, in pg (a
// zero Page).
func (x *Extractor) page(in Input, pg *page.Page) error {
	size := len(in.HTML) + len(in.Text) + len(in.Raw)
	if x.cfg.maxSize > 0 && size > x.cfg.maxSize {
		return fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, size, x.cfg.maxSize)
	}
	var p *page.Page // a page of HTML
	var err error
	switch {
	case in.HTML != nil:
		p, err = page.FromHTML(in.HTML)
	case in.Raw != nil:
		if !page.LooksLikeHTML(in.Raw) && utf8.Valid(in.Raw) && !page.LooksLikeUTF16(in.Raw) {
			return pg.ReadText(strings.TrimPrefix(string(in.Raw), utf8BOM))
		}
		// FromHTML decodes legacy encodings and UTF-16 (ASCII alone in
		// UTF-16 is valid UTF-8 too) and replaces bad bytes
		p, err = page.FromHTML(in.Raw)
	default:
		if !page.LooksLikeHTML(in.Text) {
			return pg.ReadText(strings.TrimPrefix(in.Text, utf8BOM))
		}
		p, err = page.FromHTML([]byte(in.Text))
	}
	if err == nil {
		*pg = *p
	}
	return err
}

// utf8BOM, UTF-8's byte-order mark, is no part of a text that starts
// with it (Windows tools write it).
const utf8BOM = "\xef\xbb\xbf"

func deriveID(in Input) string {
	src := in.URL
	if src == "" {
		src = in.Source
	}
	if src == "" || src == "-" {
		h := sha1.Sum(append([]byte(in.Text), in.Raw...))
		return "doc-" + hex.EncodeToString(h[:6])
	}
	if in.URL == "" {
		base := filepath.Base(src)
		return strings.TrimSuffix(base, filepath.Ext(base))
	}
	h := sha1.Sum([]byte(src))
	return "url-" + hex.EncodeToString(h[:6])
}

// kst is Korea Standard Time, the zone of dates that give none.
var kst = time.FixedZone("KST", 9*60*60)

// ParseTime reads a publication time: RFC 3339, "2006-01-02 15:04[:05]",
// "2006-01-02T15:04[:05]", "2006.01.02 15:04" or a date alone. Times
// without a zone are Korea time. hasTime is false for a date alone.
func ParseTime(s string) (t time.Time, hasTime bool, err error) {
	s = strings.TrimSpace(s)
	if t, ok := parseDay(s); ok {
		return t, false, nil // the common case of records: a date alone
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true, nil
		}
	}
	norm := strings.NewReplacer(".", "-", "/", "-").Replace(s)
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02T15:04"} {
		if t, err := time.ParseInLocation(layout, norm, kst); err == nil {
			return t, true, nil
		}
	}
	if t, err := time.ParseInLocation("2006-01-02", norm, kst); err == nil {
		return t, false, nil
	}
	return time.Time{}, false, fmt.Errorf("cannot read %q as a date", s)
}

func formatTime(t time.Time, hasTime bool) string {
	if !hasTime {
		if y, m, d := t.Date(); y >= 0 && y <= 9999 {
			// what t.Format("2006-01-02") writes, without reading a layout
			b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
				byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
			return string(b[:])
		}
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// parseDay reads s as YYYY-MM-DD in Korean time, as
// time.ParseInLocation("2006-01-02", s, kst) does, without reading a
// layout or normalising through time.Date: every record of a news archive
// carries such a date.
func parseDay(s string) (time.Time, bool) {
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	// the digits, each a byte from 0 to 9 if it is one
	d0, d1, d2, d3, d5, d6, d8, d9 := s[0]-'0', s[1]-'0', s[2]-'0', s[3]-'0', s[5]-'0', s[6]-'0', s[8]-'0', s[9]-'0'
	if max(d0, d1, d2, d3, d5, d6, d8, d9) > 9 {
		return time.Time{}, false
	}
	y := int(d0)*1000 + int(d1)*100 + int(d2)*10 + int(d3)
	m, d := int(d5)*10+int(d6), int(d8)*10+int(d9)
	if m < 1 || m > 12 || d < 1 || d > date.DaysIn(y, m) {
		return time.Time{}, false // 02-30, 04-31, 2025-02-29
	}
	// midnight in Korea, 9 hours before midnight UTC of that day: the
	// Time time.Date would build (no monotonic reading, zone kst)
	return time.Unix(date.CivilDays(y, m, d)*86400-9*60*60, 0).In(kst), true
}

// analyse runs the recognizers and the event rules on doc.Doc.Text.
// testHook, when set by a test, runs at the start of analyse.
var testHook func()

func (x *Extractor) analyse(bud clock, doc *Document, ref time.Time) error {
	if testHook != nil {
		testHook()
	}
	text := doc.Doc.Text
	sc := analyseScratches.Get().(*analyseScratch)
	defer sc.put()
	sc.sents = appendSentences(sc.sents[:0], text)
	sents := sc.sents
	sc.nums = numeric.ScanAppend(sc.nums[:0], text)
	sc.dates = date.ScanAppend(sc.dates[:0], text, ref)
	values, dates := sc.nums, sc.dates
	if len(values)+len(dates) > 1 {
		// resolved from both lists: they are not joined first
		sc.values = ner.ResolvePairAppend(sc.values[:0], values, dates)
		values = sc.values
	} else {
		if len(dates) > 0 {
			sc.nums = append(sc.nums, dates...)
		}
		values = sc.nums
	}
	durations(values)
	anchorSameDay(values)
	if err := bud.check(); err != nil {
		return err
	}
	var dropped []string
	sc.names, dropped = x.named.AppendFindReport(sc.names[:0], text, values)
	names := sc.names
	for _, rule := range dropped {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("rule %s ran out of its match timeout (%v) twice and was not applied to the rest of the text", rule, rules.MatchTimeout))
	}
	x.localGovernments(text, names)
	if err := bud.check(); err != nil {
		return err
	}
	sc.all = mergeByStart(sc.all[:0], values, names)
	return x.assembleWith(bud, doc, sents, sc.all, ref, &sc.group)
}

// analyseScratch holds analyse's buffers between documents, one pooled
// value for all: the mentions are copied into the document's entities
// and events, so the buffers are free again when analyse returns.
type analyseScratch struct {
	nums   []ner.Mention // the numbers, as numeric.ScanAppend finds them
	dates  []ner.Mention // the dates and times, as date.ScanAppend finds them
	names  []ner.Mention // the names, as named's AppendFindReport finds them
	values []ner.Mention
	all    []*ner.Mention // the mentions of values and names, by start
	sents  []Sentence
	group  groupScratch // assemble's
}

var analyseScratches = sync.Pool{New: func() any { return new(analyseScratch) }}

// put clears the buffers (they must not keep a document's strings alive)
// and returns them to the pool.
func (sc *analyseScratch) put() {
	// past their lengths, the buffers were cleared before
	clear(sc.nums)
	clear(sc.dates)
	clear(sc.names)
	clear(sc.values)
	clear(sc.all)
	clear(sc.sents)
	sc.nums, sc.dates, sc.names, sc.values, sc.all = sc.nums[:0], sc.dates[:0], sc.names[:0], sc.values[:0], sc.all[:0]
	sc.sents = sc.sents[:0]
	if cap(sc.sents) > maxKeptSentences {
		sc.sents = nil // a large document's: let them go
	}
	sc.group.reset()
	analyseScratches.Put(sc)
}

// maxKeptSentences is the most sentences an analyseScratch keeps room
// for: those of a text of some 400 KB.
const maxKeptSentences = 4096

// mergeByStart appends to dst the mentions of a and b (pointers to
// them: a mention is large, and assemble only reads them) ordered by
// Start, stably: at equal starts a's mentions come first, each list in its
// own order. The recognizers return their mentions in order, so this is a
// merge; lists out of order are sorted.
func mergeByStart(dst []*ner.Mention, a, b []ner.Mention) []*ner.Mention {
	w := len(dst)
	all := slices.Grow(dst, len(a)+len(b))[:w+len(a)+len(b)]
	if !sortedByStart(a) || !sortedByStart(b) {
		for k := range a {
			all[w+k] = &a[k]
		}
		for k := range b {
			all[w+len(a)+k] = &b[k]
		}
		slices.SortStableFunc(all[w:], func(x, y *ner.Mention) int { return cmp.Compare(x.Start, y.Start) })
		return all
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].Start < a[i].Start {
			all[w] = &b[j]
			j++
		} else {
			all[w] = &a[i]
			i++
		}
		w++
	}
	for ; i < len(a); i, w = i+1, w+1 {
		all[w] = &a[i]
	}
	for ; j < len(b); j, w = j+1, w+1 {
		all[w] = &b[j]
	}
	return all
}

// sortedByStart reports whether ms is sorted by Start, as
// slices.IsSortedFunc would, without a call of a comparison per mention.
func sortedByStart(ms []ner.Mention) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].Start < ms[k-1].Start {
			return false
		}
	}
	return true
}

// assemble groups the mentions (all, sorted by start) of doc.Doc.Text into
// entities, finds the events, and sets both on doc. It leaves all as it is.
func (x *Extractor) assemble(bud clock, doc *Document, sents []Sentence, all []ner.Mention, ref time.Time) error {
	gs := groupScratches.Get().(*groupScratch)
	defer putGroupScratch(gs)
	return x.assembleWith(bud, doc, sents, mentionPtrs(all), ref, gs)
}

// mentionPtrs returns pointers to the mentions of ms, in order.
func mentionPtrs(ms []ner.Mention) []*ner.Mention {
	ps := make([]*ner.Mention, len(ms))
	for k := range ms {
		ps[k] = &ms[k]
	}
	return ps
}

// assembleWith is assemble for pointers to the mentions, in the room of
// gs, which it leaves to be reset.
func (x *Extractor) assembleWith(bud clock, doc *Document, sents []Sentence, all []*ner.Mention, ref time.Time, gs *groupScratch) error {
	text := doc.Doc.Text
	ents, entOf := group(all, gs)
	if ref.IsZero() && unresolvedDate(all) {
		doc.Warnings = append(doc.Warnings, "relative dates without a reference date have no value")
	}
	// the code-point offsets of the mentions and of the events' sentences
	// are read from one count of the text's runes
	gs.runes = indexRunes(gs.runes, text)
	idx := runeIndex{s: text, marks: gs.runes}
	si := 0 // the last sentence starting at or before the mention (else 0)
	for k, m := range all {
		for si+1 < len(sents) && sents[si+1].Start <= m.Start {
			si++
		}
		e := &ents[entOf[k]]
		e.Mentions = append(e.Mentions, Mention{Text: m.Text, Start: idx.at(m.Start), End: idx.at(m.End), Sentence: si, Rule: m.Rule})
	}
	evs, err := x.events.events(bud, text, sents, all, entOf, ents)
	if err != nil {
		return err
	}
	for i := range evs {
		evs[i].ID = numberedID(eventIDs, "v", i)
		s := sents[evs[i].Sentence]
		evs[i].Start, evs[i].End = idx.at(s.Start), idx.at(s.End)
	}
	if ents == nil {
		ents = []Entity{}
	}
	if evs == nil {
		evs = []Event{}
	}
	doc.Entities = ents
	doc.Events = evs
	return nil
}

// unresolvedDate reports whether a DATE of ms has no value.
func unresolvedDate(ms []*ner.Mention) bool {
	for _, m := range ms {
		if m.Label == ner.DATE && m.Value != nil && m.Value.Date == "" && m.Value.From == "" {
			return true
		}
	}
	return false
}

// sameDayWord reports whether w refers to the day of the story's main
// event, which the lead usually gives (28일 밝혔다 … 이날 회의에서).
func sameDayWord(w string) bool {
	switch w {
	case "이날", "당일", "이날도":
		return true
	}
	return false
}

// anchorSameDay resolves 이날 to the last day-grain date written out before
// it in the document; with none, it keeps the publication date.
func anchorSameDay(values []ner.Mention) {
	var anchor *ner.Value
	for i := range values {
		m := &values[i]
		if m.Label != ner.DATE || m.Value == nil {
			continue
		}
		if sameDayWord(m.Text) {
			if anchor != nil {
				v := *anchor
				m.Value = &v
			}
			continue
		}
		// a date in an event's name (Kind "name": 5·18 민주화운동) is no
		// day of the story
		if m.Value.Grain == "day" && m.Value.Date != "" && m.Value.Kind == "" && hasDigit(m.Text) {
			anchor = m.Value
		}
	}
}

// hasDigit reports whether s holds an ASCII digit (a byte of one never
// occurs inside another rune).
func hasDigit(s string) bool {
	for i := range len(s) {
		if s[i]-'0' <= 9 {
			return true
		}
	}
	return false
}

// localGovernments turns a region written as an administration (서울시,
// 전라남도, 진주시, 강남구) into an ORG where it acts: as the subject of its
// sentence (경상남도는 … 협약을 맺었다), joined by 와/과 or a comma to the
// subject (양주시와 한빛제과가 …, 고성군과 통영시, 해수부 등이 …), or opening a
// headline (성남시, …). Where the region is only a place (고성군을 방문했다)
// or the subject of a ranking (세종시가 가장 낮았다) it stays a PLACE. One
// acting mention makes the whole entity an organisation.
func (x *Extractor) localGovernments(text string, ms []ner.Mention) {
	var acting map[string]bool // made for the first acting region
	admin := func(m *ner.Mention) bool {
		return m.Label == ner.PLACE && strings.HasPrefix(m.Rule, "gazetteer:") && isAdministration(m.Text)
	}
	for k := range ms {
		m := &ms[k] // read only: the labels change below, after the loop
		if m.Label != ner.PLACE || !admin(m) {
			continue
		}
		p, pe := x.events.particleAfterOf(text, m, len(text))
		lineStart := m.Start == 0 || text[m.Start-1] == '\n'
		if lineStart && strings.HasPrefix(text[m.End:], ",") {
			acting = setTrue(acting, m.Key)
			continue
		}
		// follow a coordination (A와 B, C 등이) to its last member
		last, lp, le := m, p, pe
		for j := k + 1; j < len(ms) && j <= k+4; j++ {
			gap := text[last.End:ms[j].Start]
			if !(gap == lp+" " && (lp == "와" || lp == "과")) && gap != ", " && gap != "·" {
				break
			}
			last = &ms[j]
			lp, le = x.events.particleAfterOf(text, last, len(text))
		}
		if lp == "" && strings.HasPrefix(text[last.End:], " 등") {
			lp, le = x.events.particleAfter(text, ner.Mention{Start: last.End + 1, End: last.End + len(" 등")}, len(text))
		}
		// the members share the act when the last is a body too
		coordinated := last.Start == m.Start || last.Label == ner.ORG || admin(last)
		if isSubject(lp) && coordinated && !ranking(text, le) {
			acting = setTrue(acting, m.Key)
		}
	}
	if len(acting) == 0 {
		return // as in most documents
	}
	for i := range ms {
		if ms[i].Label == ner.PLACE && acting[ms[i].Key] {
			ms[i].Label = ner.ORG
			ms[i].Key = "ORG:" + ms[i].Name
		}
	}
}

// setTrue sets set[k], making set if it is nil, and returns it.
func setTrue(set map[string]bool, k string) map[string]bool {
	if set == nil {
		set = map[string]bool{}
	}
	set[k] = true
	return set
}

// ranking reports whether the words after a subject ending at i rank it
// (가장 높았다, 가장 많았고): a figure about the region, not its act.
func ranking(text string, i int) bool {
	return strings.HasPrefix(strings.TrimLeft(text[min(i, len(text)):], " "), "가장")
}

// isAdministration reports whether a region name is written as its
// administration: 서울시, 경남도, 성남시, 고성군, 강남구 (not 서울, 제주).
func isAdministration(name string) bool {
	if len(name) <= len("시")+3 {
		return false
	}
	switch name[len(name)-len("시"):] {
	case "시", "도", "군", "구":
		return true
	}
	return false
}

// groupScratch holds what group needs only while it runs, and entOf and
// the rune index of assemble, reset once done with (analyse keeps one in
// its scratch); a document then costs no map or index of its own.
type groupScratch struct {
	// byName holds the entities of names by their key, else label:name
	// (or label:text): two mentions share an entity exactly when those
	// strings are equal (a key "ORG:"+name meets an ORG of that name
	// found by a pattern)
	byName nameTable
	buf    []byte // room for a label:name
	// byValue holds the entities of the value mentions without a key
	byValue valueTable
	first   []int32 // per entity: its first mention
	count   []int32 // per entity: its number of mentions
	entOf   []int32
	runes   []int32 // the document's runeIndex marks
}

var groupScratches = sync.Pool{New: func() any { return new(groupScratch) }}

// putGroupScratch resets gs and puts it back in groupScratches.
func putGroupScratch(gs *groupScratch) {
	gs.reset()
	groupScratches.Put(gs)
}

// reset drops what gs points into (the last document's strings) and keeps
// its room for the next.
func (gs *groupScratch) reset() {
	if gs.byName.len() > maxKeptNames || gs.byValue.len() > maxKeptNames {
		// a large document's tables would cost every later document its
		// room: let them go
		*gs = groupScratch{}
		return
	}
	gs.byName.reset()
	gs.byValue.reset()
	gs.first, gs.count, gs.entOf = gs.first[:0], gs.count[:0], gs.entOf[:0]
	if cap(gs.runes) > maxKeptRunes {
		gs.runes = nil
	}
}

// maxKeptNames is the most names, and values, whose room a groupScratch
// keeps: a news article has a few dozen.
const maxKeptNames = 1024

// maxKeptRunes is the most runeIndex marks a groupScratch keeps room for:
// those of a text of 256 KB.
const maxKeptRunes = 16 << 10

// entityIDs are the ids of the first entities (e1, e2, …) and eventIDs
// those of the first events (v1, v2, …), made once.
var entityIDs, eventIDs = makeIDs("e", 512), makeIDs("v", 128)

func makeIDs(prefix string, n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = prefix + strconv.Itoa(i+1)
	}
	return ids
}

// numberedID returns prefix+(i+1), from ids when it holds it.
func numberedID(ids []string, prefix string, i int) string {
	if i < len(ids) {
		return ids[i]
	}
	return prefix + strconv.Itoa(i+1)
}

// group merges mentions into entities: one per gazetteer id or name, one
// per distinct value. Entities are numbered in order of first mention;
// entOf[k] is the entity of all[k], held in gs. Each entity's Mentions has
// room for exactly its mentions, cut from one array, and so has its
// Aliases.
func group(all []*ner.Mention, gs *groupScratch) (ents []Entity, entOf []int32) {
	entOf = slices.Grow(gs.entOf[:0], len(all))[:len(all)]
	first, count := gs.first[:0], gs.count[:0]
	for k, m := range all {
		i, ok := gs.entityOf(m, int32(len(first)))
		if !ok {
			first = append(first, int32(k))
			count = append(count, 0)
		}
		count[i]++
		entOf[k] = i
	}
	gs.first, gs.count, gs.entOf = first, count, entOf
	ents = make([]Entity, len(first))
	room := make([]Mention, 0, len(all))
	for i, k := range first {
		m := all[k]
		n := int(count[i])
		// filled in place: an Entity is large
		e := &ents[i]
		e.ID, e.Type, e.Name, e.Mentions = numberedID(entityIDs, "e", i), string(m.Label), m.Name, room[len(room):len(room):len(room)+n]
		first[i] = int32(len(room)) // from here on: the entity's offset in room
		room = room[:len(room)+n]
		if e.Name == "" {
			e.Name = m.Text
		}
		if m.Value != nil {
			setValueFields(&e.ValueFields, m.Label, m.Value)
		}
	}
	// an entity has at most as many aliases as mentions: its room for
	// them is where its mentions are in room
	var aliasRoom []string
	for k, m := range all {
		i := entOf[k]
		e := &ents[i]
		if m.Text != e.Name && !containsStr(e.Aliases, m.Text) {
			if e.Aliases == nil {
				if aliasRoom == nil {
					aliasRoom = make([]string, len(all))
				}
				off := first[i]
				e.Aliases = aliasRoom[off : off : off+count[i]]
			}
			e.Aliases = append(e.Aliases, m.Text)
		}
		// most mentions have no role: that test first is all but always
		// right
		if m.Role != "" && e.Role == "" {
			e.Role = m.Role
		}
		if m.Org != "" && e.Org == "" {
			e.Org = m.Org
		}
	}
	return ents, entOf
}

// entityOf returns the entity of mention m, and whether it was known
// before; a new one is entity next.
func (gs *groupScratch) entityOf(m *ner.Mention, next int32) (int32, bool) {
	if m.Key == "" && m.Value != nil {
		fp := valueFingerprint(m.Label, m.Value)
		if i, ok := gs.byValue.find(m.Label, m.Value, fp); ok {
			return i, true
		}
		gs.byValue.add(m.Label, m.Value, fp, next)
		return next, false
	}
	// the name's key: its key, else label:name (or text), looked up
	// without building the string
	if key := m.Key; key != "" {
		h := nameHash(key)
		if i, ok := findName(&gs.byName, key, h); ok {
			return i, true
		}
		gs.byName.add(key, h, next)
		return next, false
	}
	name := m.Name
	if name == "" {
		name = m.Text
	}
	gs.buf = append(append(append(gs.buf[:0], m.Label...), ':'), name...)
	h := nameHash(gs.buf)
	if i, ok := findName(&gs.byName, gs.buf, h); ok {
		return i, true
	}
	gs.byName.add(string(gs.buf), h, next)
	return next, false
}

// floatKey returns the bits a number is compared by (every NaN alike, 0
// apart from -0, as Value.Key writes them), and whether it is set.
func floatKey(p *float64) (uint64, bool) {
	switch {
	case p == nil:
		return 0, false
	case *p != *p:
		return math.Float64bits(math.NaN()), true
	}
	return math.Float64bits(*p), true
}

// sameValue reports whether the values a and b of mentions labelled la
// and lb are one: whether their labels and the fields of ner.Value.Key are
// equal (valueKeyOf(la, a) == valueKeyOf(lb, b) in the tests), field
// by field without building the keys.
func sameValue(la ner.Label, a *ner.Value, lb ner.Label, b *ner.Value) bool {
	if a.Approx != b.Approx || !sameFloat(a.Num, b.Num) || !sameFloat(a.Min, b.Min) || !sameFloat(a.Max, b.Max) {
		return false
	}
	return la == lb && a.Date == b.Date && a.Unit == b.Unit && a.Kind == b.Kind && a.Currency == b.Currency &&
		a.Grain == b.Grain && a.From == b.From && a.To == b.To
}

func sameFloat(p, q *float64) bool {
	x, okx := floatKey(p)
	y, oky := floatKey(q)
	return x == y && okx == oky
}

// valueFingerprint mixes the fields of a value in which values mostly
// differ (the numbers, the last bytes of the dates, the lengths of the
// strings): values with equal keys have equal fingerprints.
func valueFingerprint(l ner.Label, v *ner.Value) uint64 {
	num, _ := floatKey(v.Num)
	lo, _ := floatKey(v.Min)
	hi, _ := floatKey(v.Max)
	f := num ^ bits.RotateLeft64(lo, 21) ^ bits.RotateLeft64(hi, 42)
	f ^= tail8(v.Date) ^ bits.RotateLeft64(tail8(v.From), 13) ^ bits.RotateLeft64(tail8(v.To), 29)
	f += uint64(len(l)) | uint64(len(v.Kind))<<8 | uint64(len(v.Currency))<<16 | uint64(len(v.Unit))<<24 |
		uint64(len(v.Grain))<<32
	return f
}

// tail8 reads the last eight bytes of s as a word (its length if shorter).
func tail8(s string) uint64 {
	if len(s) < 8 {
		return uint64(len(s))
	}
	return word(s[len(s)-8:])
}

// durations gives the date scanner's lengths of time (Kind "duration",
// found as DATE or TIME so that they compete with the points in time they
// overlap) their own type, DURATION: a DATE or TIME value is always a
// calendar date or a clock time.
func durations(ms []ner.Mention) {
	for i := range ms {
		if v := ms[i].Value; v != nil && v.Kind == "duration" {
			ms[i].Label = ner.DURATION
		}
	}
}

// setValueFields sets f (zero) to the fields of value v of a mention
// labelled l.
func setValueFields(f *ValueFields, l ner.Label, v *ner.Value) {
	f.Min, f.Max, f.Approx, f.Currency, f.Unit = v.Min, v.Max, v.Approx, v.Currency, v.Unit
	f.Grain, f.From, f.To, f.Direction, f.Kind = v.Grain, v.From, v.To, v.Direction, v.Kind
	switch l {
	case ner.DATE, ner.TIME, ner.DURATION:
		switch {
		case v.Date != "":
			f.Value = v.Date
		case (l == ner.DATE || l == ner.DURATION) && v.From != "" && v.To != "":
			f.Value = v.From + "/" + v.To // an ISO 8601 interval: 2016-08-28/2016-08-31
		}
	default:
		if v.Num != nil {
			f.Value = boxFloat(*v.Num)
		}
	}
}

// smallFloats holds the whole numbers 0 to 1023 as float64 in an
// interface: about half the numbers of an article are those (counts,
// ranks, percents), and one taken from here needs no allocation of its
// own.
var smallFloats = func() (t [1024]any) {
	for i := range t {
		t[i] = float64(i)
	}
	return t
}()

// boxFloat returns f in an interface, from smallFloats when it holds it
// (not -0, whose bits are not those of 0).
func boxFloat(f float64) any {
	if i := int(f); uint(i) < uint(len(smallFloats)) && math.Float64bits(float64(i)) == math.Float64bits(f) {
		return smallFloats[i]
	}
	return f
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// runeIndex converts byte offsets of a text into code-point offsets in a
// few instructions: it keeps the count of code points before every 16th
// byte, and counts the continuation bytes (10xxxxxx) of the two words at
// the mark before the offset at once.
type runeIndex struct {
	s     string
	marks []int32 // marks[k]: code points before byte 16k
}

// lanes01 has a one in each byte: a multiple of it adds up the bytes of a
// word into its top byte.
const lanes01 = 0x0101010101010101

// contLanes has a one in each byte of w that is a continuation byte
// (10xxxxxx), else a zero.
func contLanes(w uint64) uint64 { return (w &^ (w << 1)) >> 7 & lanes01 }

// beforeMasks[d] keeps the first d bytes of two words read little-endian.
var beforeMasks = func() (t [16][2]uint64) {
	for d := range t {
		for k := range d {
			t[d][k/8] |= 0xFF << (8 * (k % 8))
		}
	}
	return t
}()

// indexRunes returns the marks of s's runeIndex, in marks' room.
func indexRunes(marks []int32, s string) []int32 {
	marks = slices.Grow(marks[:0], len(s)/16+1)[:len(s)/16+1]
	marks[0] = 0
	n := int32(0)
	for k := 1; k < len(marks); k++ {
		// sixteen bytes less those that continue a rune: at most 2 a
		// lane, so the lanes' sum fits the top byte
		b := s[16*k-16 : 16*k]
		n += 16 - int32((contLanes(word(b[:8]))+contLanes(word(b[8:])))*lanes01>>56)
		marks[k] = n
	}
	return marks
}

// at returns the number of code points before byte offset b (a rune
// boundary).
func (r *runeIndex) at(b int) int {
	k := uint(b) / 16
	n := int(r.marks[k])
	p := int(16 * k)
	if p+16 <= len(r.s) {
		// the bytes of the two words before b, chosen by masks rather
		// than a branch on which word b falls in: the first word's d
		// bytes, or all of them and the second's d-8 (from a table:
		// shifts by 8*d, which may be 64 or more, cost a test each)
		w := r.s[p : p+16]
		d := b & 15
		m := &beforeMasks[d]
		c0 := contLanes(word(w[:8])) & m[0]
		c1 := contLanes(word(w[8:])) & m[1]
		return n + d - int((c0+c1)*lanes01>>56)
	}
	for ; p < b; p++ {
		if utf8.RuneStart(r.s[p]) {
			n++
		}
	}
	return n
}

// word reads the eight bytes of b (little-endian) as one load.
func word(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
