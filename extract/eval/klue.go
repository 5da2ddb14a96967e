// Package eval measures kpolicy's entities against annotated sentences.
//
// It reads KLUE-NER's own format (a "## id<TAB>tagged sentence" line, then
// one "CHAR<TAB>tag" line per character with B-/I- tags or O, a blank line
// between sentences), runs an extractor on each sentence and counts
// entities at the strict level of seqeval: a predicted entity is right only
// when its type and both of its ends equal a gold entity's.
//
// kpolicy's types are mapped to KLUE's six: PERSON→PS, ORG→OG, PLACE→LC,
// DATE→DT, TIME→TI, MONEY, PERCENT and QUANTITY→QT. DURATION has no KLUE
// tag of its own; KLUE counts lengths of time as DT (나흘) or TI (3시간), and
// Options.Durations maps them so.
package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kpolicy/kpolicy/extract"
)

// TypeMap maps kpolicy's entity types to KLUE-NER's tags.
var TypeMap = map[string]string{
	"PERSON": "PS", "ORG": "OG", "PLACE": "LC", "DATE": "DT", "TIME": "TI",
	"MONEY": "QT", "PERCENT": "QT", "QUANTITY": "QT",
}

// Span is an entity in a sentence: code-point offsets, end exclusive, and
// a KLUE type (PS, OG, LC, DT, TI, QT).
type Span struct {
	Start, End int
	Type       string
}

// Sentence is one annotated sentence.
type Sentence struct {
	ID   string
	Text string
	Gold []Span
}

// ReadKLUE reads sentences in KLUE-NER's format. Blocks without character
// lines (a file header) are skipped; a character line with an empty
// character stands for a space.
func ReadKLUE(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var id string
	var chars []string
	var tags []string
	flush := func() {
		if len(chars) > 0 {
			out = append(out, Sentence{ID: id, Text: strings.Join(chars, ""), Gold: spansOf(tags)})
		}
		id, chars, tags = "", nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "##"):
			if len(chars) > 0 {
				flush()
			}
			h := strings.TrimSpace(strings.TrimPrefix(line, "##"))
			if k := strings.IndexByte(h, '\t'); k >= 0 {
				id = h[:k]
			} else if id == "" {
				id = h
			}
		default:
			c, t := "", line
			if k := strings.LastIndexByte(line, '\t'); k >= 0 {
				c, t = line[:k], line[k+1:]
			}
			if t != "O" && !strings.HasPrefix(t, "B-") && !strings.HasPrefix(t, "I-") {
				// not KLUE-NER (an article given by mistake): say where,
				// rather than score its lines as sentences
				return nil, fmt.Errorf("line %d: want CHAR<TAB>TAG with a B-, I- or O tag, got %q", n, truncate(line, 40))
			}
			if c == "" {
				c = " "
			}
			chars = append(chars, c)
			tags = append(tags, t)
		}
	}
	flush()
	return out, sc.Err()
}

// truncate cuts s to at most n runes, marking the cut with ….
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

// spansOf turns per-character BIO tags into entities. An I- tag that does
// not continue an entity of its type starts one (as seqeval does).
func spansOf(tags []string) []Span {
	var out []Span
	start, typ := -1, ""
	for i, t := range append(tags, "O") {
		inside := strings.HasPrefix(t, "I-") && t[2:] == typ
		if start >= 0 && !inside {
			out = append(out, Span{start, i, typ})
			start = -1
		}
		if strings.HasPrefix(t, "B-") || strings.HasPrefix(t, "I-") && start < 0 {
			start, typ = i, t[2:]
		}
	}
	return out
}

// Options change how kpolicy's output is compared with KLUE's tags.
type Options struct {
	// Durations counts DURATION entities as KLUE does: DT, or TI for a
	// length of hours, minutes or seconds (an ISO 8601 value with a T).
	Durations bool
}

// tagOf is the KLUE tag of an entity, "" for none.
func (o Options) tagOf(e extract.Entity) string {
	if e.Type == "DURATION" {
		if !o.Durations {
			return ""
		}
		v, _ := e.Value.(string)
		if v == "" {
			v = e.From
		}
		if strings.Contains(v, "T") {
			return "TI"
		}
		return "DT"
	}
	return TypeMap[e.Type]
}

// Predict runs x on the sentence and returns its entities as KLUE spans
// (types without a KLUE tag are left out, duplicates merged).
func Predict(ctx context.Context, x *extract.Extractor, s Sentence) ([]Span, error) {
	return Options{}.Predict(ctx, x, s)
}

// Predict is the package's Predict with the options.
func (o Options) Predict(ctx context.Context, x *extract.Extractor, s Sentence) ([]Span, error) {
	doc, err := x.Extract(ctx, extract.Input{ID: s.ID, Text: s.Text})
	if err != nil {
		return nil, err
	}
	shift := 0
	if doc.Doc.Text != s.Text {
		shift = max(0, runeIndex(s.Text, doc.Doc.Text))
	}
	seen := map[Span]bool{}
	var out []Span
	for _, e := range doc.Entities {
		t := o.tagOf(e)
		if t == "" {
			continue
		}
		for _, m := range e.Mentions {
			sp := Span{m.Start + shift, m.End + shift, t}
			if !seen[sp] {
				seen[sp] = true
				out = append(out, sp)
			}
		}
	}
	sortSpans(out)
	return out, nil
}

// runeIndex is strings.Index counted in code points (-1 when absent).
func runeIndex(s, sub string) int {
	k := strings.Index(s, sub)
	if k < 0 {
		return -1
	}
	return len([]rune(s[:k]))
}

func sortSpans(ss []Span) {
	sort.Slice(ss, func(a, b int) bool {
		if ss[a].Start != ss[b].Start {
			return ss[a].Start < ss[b].Start
		}
		if ss[a].End != ss[b].End {
			return ss[a].End < ss[b].End
		}
		return ss[a].Type < ss[b].Type
	})
}

// Counts are the true positives, false positives and false negatives of
// one type.
type Counts struct{ TP, FP, FN int }

// PRF returns precision, recall and F1 (0 when undefined).
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Miss is a sentence whose prediction differs from its gold entities.
type Miss struct {
	Sentence Sentence
	Missed   []Span // gold, not predicted
	Spurious []Span // predicted, not gold
}

// Report is the result of an evaluation.
type Report struct {
	ByType    map[string]*Counts
	Sentences int
	Errors    []Miss // every sentence with a difference, in input order
}

// Total sums the counts over all types.
func (r *Report) Total() Counts {
	var t Counts
	for _, c := range r.ByType {
		t.TP += c.TP
		t.FP += c.FP
		t.FN += c.FN
	}
	return t
}

// Add scores one sentence's prediction.
func (r *Report) Add(s Sentence, pred []Span) {
	if r.ByType == nil {
		r.ByType = map[string]*Counts{}
	}
	r.Sentences++
	gold := map[Span]bool{}
	for _, g := range s.Gold {
		gold[g] = true
	}
	got := map[Span]bool{}
	for _, p := range pred {
		got[p] = true
	}
	m := Miss{Sentence: s}
	count := func(t string) *Counts {
		c := r.ByType[t]
		if c == nil {
			c = &Counts{}
			r.ByType[t] = c
		}
		return c
	}
	for g := range gold {
		if got[g] {
			count(g.Type).TP++
		} else {
			count(g.Type).FN++
			m.Missed = append(m.Missed, g)
		}
	}
	for p := range got {
		if !gold[p] {
			count(p.Type).FP++
			m.Spurious = append(m.Spurious, p)
		}
	}
	if len(m.Missed)+len(m.Spurious) > 0 {
		sortSpans(m.Missed)
		sortSpans(m.Spurious)
		r.Errors = append(r.Errors, m)
	}
}

// Run evaluates x on every sentence.
func Run(ctx context.Context, x *extract.Extractor, sents []Sentence) (*Report, error) {
	return Options{}.Run(ctx, x, sents)
}

// Run is the package's Run with the options.
func (o Options) Run(ctx context.Context, x *extract.Extractor, sents []Sentence) (*Report, error) {
	r := &Report{ByType: map[string]*Counts{}}
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pred, err := o.Predict(ctx, x, s)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.ID, err)
		}
		r.Add(s, pred)
	}
	return r, nil
}

// Write prints the table of precision, recall and F1 per type and
// overall, then up to errors sentences with their missed and spurious
// entities.
func (r *Report) Write(w io.Writer, errors int) {
	fmt.Fprintf(w, "%-7s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred")
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	line := func(name string, c Counts) {
		p, rc, f := c.PRF()
		fmt.Fprintf(w, "%-7s %6.3f %6.3f %6.3f %6d %6d\n", name, p, rc, f, c.TP+c.FN, c.TP+c.FP)
	}
	for _, t := range types {
		line(t, *r.ByType[t])
	}
	line("overall", r.Total())
	for i, m := range r.Errors {
		if i >= errors {
			break
		}
		fmt.Fprintf(w, "\n%s %s\n", m.Sentence.ID, m.Sentence.Text)
		fmt.Fprintf(w, "  missed:   %s\n", showSpans(m.Sentence.Text, m.Missed))
		fmt.Fprintf(w, "  spurious: %s\n", showSpans(m.Sentence.Text, m.Spurious))
	}
	p, rc, f := r.Total().PRF()
	fmt.Fprintf(w, "\nklue-ner: F1 %.3f (P %.3f R %.3f) on %d sentences\n", f, p, rc, r.Sentences)
}

func showSpans(text string, ss []Span) string {
	rs := []rune(text)
	parts := make([]string, 0, len(ss))
	for _, s := range ss {
		parts = append(parts, fmt.Sprintf("%s:%s", s.Type, string(rs[s.Start:s.End])))
	}
	return strings.Join(parts, "  ")
}
