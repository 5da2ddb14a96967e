package rules

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
	"go.yaml.in/yaml/v3"
)

// Labels are the entity labels a gazetteer row or a role may name.
var Labels = map[string]bool{"ORG": true, "PERSON": true, "PLACE": true, "DATE": true,
	"TIME": true, "MONEY": true, "PERCENT": true, "QUANTITY": true}

// EventTypes are the event types of the output schema with their roles.
var EventTypes = map[string][]string{
	"meeting":     {"organizer", "participant", "name", "date", "place"},
	"agreement":   {"party", "subject", "date", "place", "amount"},
	"budget":      {"agent", "amount", "change", "fiscal_year", "purpose"},
	"funding":     {"agent", "recipient", "amount", "purpose", "date"},
	"policy":      {"agent", "name", "date"},
	"statement":   {"speaker", "quote", "date"},
	"appointment": {"person", "position", "org", "date"},
	"legislation": {"agent", "name", "date"},
	"visit":       {"visitor", "host", "place", "date"},
	"launch":      {"agent", "name", "place", "date"},
	"investment":  {"agent", "partner", "amount", "date", "place"},
}

var roleSources = map[string]bool{"subject": true, "partner": true, "place": true, "quote": true,
	"name": true, "any": true, "object": true, "year": true, "speaker": true, "title": true,
	"at": true, "appointee": true, "org_of": true}

// Load reads every rule file below dir in fsys: gazetteer rows from .tsv
// files, word lists from .txt files and event rules from .yaml files.
// Problems are returned together as Errors, each with file and line.
func Load(fsys fs.FS, dir string) (*Pack, error) {
	p := &Pack{Lists: map[string][]Word{}}
	var errs Errors
	err := fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch path.Ext(name) {
		case ".tsv", ".txt", ".yaml", ".yml", ".jsonl":
		default:
			return nil
		}
		if t := d.Type(); !t.IsRegular() && t&fs.ModeSymlink == 0 {
			// a FIFO would be waited on forever
			errs = append(errs, &Error{Pos{name, 0}, "not a regular file (a pipe, socket or device): not read"})
			return nil
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		errs = append(errs, p.add(name, b)...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	errs = append(errs, p.Validate()...)
	if len(errs) > 0 {
		return p, errs
	}
	return p, nil
}

// LoadPath reads a user's rule file or folder from disk. A file's kind is
// told by its extension (.tsv gazetteer, .txt word list, .yaml events).
func LoadPath(p string) (*Pack, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return Load(os.DirFS(p), ".")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	pk := &Pack{Lists: map[string][]Word{}}
	switch filepath.Ext(p) {
	case ".tsv", ".txt", ".yaml", ".yml", ".jsonl":
	default:
		return nil, fmt.Errorf("%s: unknown rule file kind (want .tsv gazetteer, .txt word list, .jsonl patterns or .yaml event rules)", p)
	}
	errs := pk.add(p, b)
	errs = append(errs, pk.Validate()...)
	if len(errs) > 0 {
		return pk, errs
	}
	return pk, nil
}

func (p *Pack) add(name string, b []byte) Errors {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	switch path.Ext(filepath.ToSlash(name)) {
	case ".tsv":
		return p.addGazetteer(name, b)
	case ".txt":
		base := path.Base(filepath.ToSlash(name))
		return p.addList(strings.TrimSuffix(base, ".txt"), name, b)
	case ".jsonl":
		return p.addPatterns(name, b)
	default:
		return p.addEvents(name, b)
	}
}

// maxLine is the longest line of a rule file.
const maxLine = 1 << 20

// lines calls f with each non-comment, non-blank line and its number. A
// line it cannot read (longer than maxLine) is an error at that line: the
// lines after it are not read, and must not be dropped without a word.
func lines(name string, b []byte, f func(n int, line string)) *Error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64*1024), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f(n, line)
	}
	if err := sc.Err(); err != nil {
		msg := err.Error()
		if errors.Is(err, bufio.ErrTooLong) {
			msg = fmt.Sprintf("line longer than %d bytes: this line and the ones after it were not read", maxLine)
		}
		return &Error{Pos{name, n + 1}, msg}
	}
	return nil
}

// yamlLine finds the line number in a YAML error ("yaml: line 4: ...").
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

func (p *Pack) addGazetteer(name string, b []byte) Errors {
	var errs Errors
	lerr := lines(name, b, func(n int, line string) {
		pos := Pos{name, n}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 4 {
			errs = append(errs, &Error{pos, fmt.Sprintf("want name<TAB>label<TAB>aliases<TAB>attrs, got %d columns", len(cols))})
			return
		}
		for len(cols) < 4 {
			cols = append(cols, "")
		}
		e := Entry{Name: strings.TrimSpace(cols[0]), Label: strings.TrimSpace(cols[1]), Pos: pos}
		if e.Name == "" {
			errs = append(errs, &Error{pos, "empty name"})
			return
		}
		for _, a := range strings.Split(cols[2], ",") {
			if a = strings.TrimSpace(a); a != "" && a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if attrs := strings.TrimSpace(cols[3]); attrs != "" {
			e.Attrs = map[string]string{}
			for _, kv := range strings.Split(attrs, ";") {
				k, v, ok := strings.Cut(kv, "=")
				if !ok || strings.TrimSpace(k) == "" {
					errs = append(errs, &Error{pos, fmt.Sprintf("attribute %q is not key=value", kv)})
					continue
				}
				e.Attrs[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		p.Entries = append(p.Entries, e)
	})
	if lerr != nil {
		errs = append(errs, lerr)
	}
	return errs
}

func (p *Pack) addList(list, name string, b []byte) Errors {
	var errs Errors
	lerr := lines(name, b, func(n int, line string) {
		w, kind, _ := strings.Cut(line, "\t")
		w = strings.TrimSpace(w)
		if w == "" {
			errs = append(errs, &Error{Pos{name, n}, "empty word"})
			return
		}
		p.Lists[list] = append(p.Lists[list], Word{Text: w, Kind: strings.TrimSpace(kind), Pos: Pos{name, n}})
	})
	if lerr != nil {
		errs = append(errs, lerr)
	}
	return errs
}

func (p *Pack) addPatterns(name string, b []byte) Errors {
	var errs Errors
	lerr := lines(name, b, func(n int, line string) {
		var pt Pattern
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&pt); err != nil {
			errs = append(errs, &Error{Pos{name, n}, "pattern: " + err.Error()})
			return
		}
		if _, err := dec.Token(); err != io.EOF {
			errs = append(errs, &Error{Pos{name, n}, "pattern: more after the JSON object on this line (one pattern a line)"})
			return
		}
		pt.Pos = Pos{name, n}
		p.Patterns = append(p.Patterns, pt)
	})
	if lerr != nil {
		errs = append(errs, lerr)
	}
	return errs
}

func (p *Pack) addEvents(name string, b []byte) Errors {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		msg, line := err.Error(), 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = "yaml: " + msg[len(m[0]):]
		}
		return Errors{{Pos{name, line}, msg}}
	}
	if len(doc.Content) == 0 {
		return nil
	}
	seq := doc.Content[0]
	if seq.Kind != yaml.SequenceNode {
		return Errors{{Pos{name, seq.Line}, "an event rule file is a list of rules (- id: ...)"}}
	}
	var errs Errors
	for _, item := range seq.Content {
		var r EventRule
		if err := item.Decode(&r); err != nil {
			errs = append(errs, &Error{Pos{name, item.Line}, err.Error()})
			continue
		}
		r.Pos = Pos{name, item.Line}
		p.Events = append(p.Events, r)
	}
	return errs
}

// Validate checks the pack: known labels, event types and roles, rules
// with triggers, unique event rule ids.
func (p *Pack) Validate() Errors {
	var errs Errors
	for i := range p.Entries {
		e := &p.Entries[i]
		if !Labels[e.Label] {
			errs = append(errs, &Error{e.Pos, fmt.Sprintf("unknown label %q (want one of ORG, PERSON, PLACE, ...)", e.Label)})
		}
	}
	pids := map[string]Pos{}
	for i := range p.Patterns {
		pt := &p.Patterns[i]
		switch {
		case pt.ID == "":
			errs = append(errs, &Error{pt.Pos, "pattern without id"})
		case pids[pt.ID] != (Pos{}):
			errs = append(errs, &Error{pt.Pos, fmt.Sprintf("duplicate pattern id %q (first at %s)", pt.ID, pids[pt.ID])})
		default:
			pids[pt.ID] = pt.Pos
		}
		if pt.Disabled {
			continue
		}
		if !Labels[pt.Label] {
			errs = append(errs, &Error{pt.Pos, fmt.Sprintf("pattern %s: unknown label %q", pt.ID, pt.Label)})
		}
		if len(pt.Anchors) == 0 {
			errs = append(errs, &Error{pt.Pos, fmt.Sprintf("pattern %s: no anchors (a pattern runs only near its anchors)", pt.ID)})
		}
		for _, a := range pt.Anchors {
			if a == "" {
				errs = append(errs, &Error{pt.Pos, fmt.Sprintf("pattern %s: empty anchor", pt.ID)})
			}
		}
		if _, err := CompilePattern(pt.Regex); err != nil {
			errs = append(errs, &Error{pt.Pos, fmt.Sprintf("pattern %s: %v", pt.ID, err)})
		}
	}
	for list, kinds := range ListKinds {
		for _, w := range p.Lists[list] {
			if !contains(kinds, w.Kind) {
				errs = append(errs, &Error{w.Pos, fmt.Sprintf("%s: unknown kind %q of %q (want one of %s)", list, w.Kind, w.Text, strings.Join(quoteAll(kinds), ", "))})
			}
		}
	}
	seen := map[string]Pos{}
	for i := range p.Events {
		r := &p.Events[i]
		if r.ID == "" {
			errs = append(errs, &Error{r.Pos, "event rule without id"})
		} else if prev, ok := seen[r.ID]; ok {
			errs = append(errs, &Error{r.Pos, fmt.Sprintf("duplicate event rule id %q (first at %s)", r.ID, prev)})
		} else {
			seen[r.ID] = r.Pos
		}
		if r.Disabled {
			continue
		}
		roles, ok := EventTypes[r.Type]
		if !ok {
			errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: unknown event type %q", r.ID, r.Type)})
			continue
		}
		for _, t := range r.Suppresses {
			if _, ok := EventTypes[t]; !ok {
				errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: suppresses unknown event type %q", r.ID, t)})
			}
		}
		if len(r.Triggers) == 0 {
			errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: no triggers", r.ID)})
		}
		for role, spec := range r.Roles {
			if !contains(roles, role) {
				errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: role %q is not a role of %s (%s)", r.ID, role, r.Type, strings.Join(roles, ", "))})
			}
			for _, l := range spec.Labels {
				if !Labels[l] {
					errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: role %s: unknown label %q", r.ID, role, l)})
				}
			}
			for _, f := range spec.From {
				if !roleSources[f] {
					errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: role %s: unknown source %q", r.ID, role, f)})
				}
			}
		}
	}
	return errs
}

// ListKinds are the kinds the word lists whose second column selects a
// rule may hold ("" is a line without a kind); a word of another kind would
// be silently ignored, so Validate reports it.
var ListKinds = map[string][]string{
	"name_syllables":  {"surname", "given_first", "given_last", "particle", "province_end"},
	"country_context": {"team", "match", "act"},
	"organ_words":     {"organ", "unit", "newsroom"},
	"foreign_given":   {"", "short"},
	"place_suffixes":  {"strong", "chain", "area", "foreign", "venue", "loan"},
	"common_nouns":    {"", "name"},
	"class_nouns":     {"", "common", "head"},
	"rural_words":     {"near", "context", "stop"},
}

func quoteAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = fmt.Sprintf("%q", w)
	}
	return out
}

// MatchTimeout bounds every regexp2 match: a rule can never hang a run.
const MatchTimeout = 50 * time.Millisecond

// CompilePattern compiles a pattern's regex with kpolicy's options and the
// match timeout.
func CompilePattern(expr string) (*regexp2.Regexp, error) {
	if strings.TrimSpace(expr) == "" {
		return nil, fmt.Errorf("empty regex")
	}
	re, err := regexp2.Compile(expr, regexp2.None)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = MatchTimeout
	return re, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Merge layers q on top of p: gazetteer rows are added (a row with attr
// disabled=1 removes rows of the same name and label), word lists are
// extended (a word written -word removes it), and event rules replace
// rules of the same id (disabled: true removes one).
func (p *Pack) Merge(q *Pack) {
	for _, e := range q.Entries {
		if e.Attr("disabled") == "1" {
			out := p.Entries[:0]
			for _, x := range p.Entries {
				if x.Name != e.Name || x.Label != e.Label {
					out = append(out, x)
				}
			}
			p.Entries = out
			continue
		}
		p.Entries = append(p.Entries, e)
	}
	if p.Lists == nil {
		p.Lists = map[string][]Word{}
	}
	names := make([]string, 0, len(q.Lists))
	for n := range q.Lists {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, w := range q.Lists[n] {
			if strings.HasPrefix(w.Text, "-") && len(w.Text) > 1 {
				out := p.Lists[n][:0]
				for _, x := range p.Lists[n] {
					if x.Text != w.Text[1:] {
						out = append(out, x)
					}
				}
				p.Lists[n] = out
				continue
			}
			p.Lists[n] = append(p.Lists[n], w)
		}
	}
	p.Events = mergeByID(p.Events, q.Events, func(r EventRule) (string, bool) { return r.ID, r.Disabled })
	p.Patterns = mergeByID(p.Patterns, q.Patterns, func(r Pattern) (string, bool) { return r.ID, r.Disabled })
}

// mergeByID layers add on base: an item replaces the one of the same id,
// a new id is appended, and disabled items are dropped.
func mergeByID[T any](base, add []T, key func(T) (id string, disabled bool)) []T {
	for _, r := range add {
		id, _ := key(r)
		replaced := false
		for i := range base {
			if bid, _ := key(base[i]); bid == id {
				base[i] = r
				replaced = true
			}
		}
		if !replaced {
			base = append(base, r)
		}
	}
	out := base[:0]
	for _, r := range base {
		if _, disabled := key(r); !disabled {
			out = append(out, r)
		}
	}
	return out
}
