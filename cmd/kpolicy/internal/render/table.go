// Package render draws kpolicy documents as terminal tables.
package render

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Width is the terminal width the tables are fitted to.
const Width = 80

// Table writes a header line, an entities table and an events table for
// one document. Columns are measured in display cells, so Hangul lines up.
func Table(w io.Writer, d *extract.Document) error {
	title := d.Doc.Title
	if title == "" {
		title = "(no title)"
	}
	fmt.Fprintf(w, "■ %s\n", Shorten(title, Width-2))
	var meta []string
	if d.Doc.Published != "" {
		meta = append(meta, d.Doc.Published)
	}
	if d.Doc.Publisher != "" {
		meta = append(meta, d.Doc.Publisher)
	}
	if len(d.Doc.Reporters) > 0 {
		meta = append(meta, strings.Join(d.Doc.Reporters, ", ")+" 기자")
	}
	meta = append(meta, d.Doc.Source)
	fmt.Fprintf(w, "  %s\n", Shorten(strings.Join(meta, " · "), Width-2))
	for _, warn := range d.Warnings {
		fmt.Fprintf(w, "  ! %s\n", Shorten(warn, Width-4))
	}

	fmt.Fprintf(w, "\nEntities (%d)\n", len(d.Entities))
	ents := append([]extract.Entity(nil), d.Entities...)
	order := map[string]int{"ORG": 0, "PERSON": 1, "PLACE": 2, "DATE": 3, "TIME": 4, "MONEY": 5, "PERCENT": 6, "QUANTITY": 7, "DURATION": 8}
	sort.SliceStable(ents, func(a, b int) bool { return order[ents[a].Type] < order[ents[b].Type] })
	var rows [][]string
	for _, e := range ents {
		name := e.Name
		if e.Type == "PERSON" && (e.Role != "" || e.Org != "") {
			name += " (" + strings.TrimSpace(e.Org+" "+e.Role) + ")"
		}
		rows = append(rows, []string{e.Type, name, strings.Join(e.Aliases, ", "),
			strconv.Itoa(len(e.Mentions)), ValueString(e.ValueFields)})
	}
	if err := draw(w, []string{"type", "name", "aliases", "n", "value"}, rows, []int{8, 26, 16, 3, 22}, 1); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nEvents (%d)\n", len(d.Events))
	rows = rows[:0]
	for _, v := range d.Events {
		who := firstArgs(v, "agent", "organizer", "party", "speaker", "person", "visitor")
		amount := firstArgs(v, "amount", "change")
		when := firstArgs(v, "date", "fiscal_year")
		where := firstArgs(v, "place")
		rows = append(rows, []string{v.Type, who, amount, when, where, v.Evidence})
	}
	return draw(w, []string{"type", "who", "amount", "date", "place", "evidence"}, rows, []int{11, 12, 12, 10, 10, 40}, 5)
}

// draw fits the rows into Width display cells: each column is cut to its
// cap, and the flex column takes the room the others leave.
func draw(w io.Writer, header []string, rows [][]string, caps []int, flex int) error {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = Cells(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if n := min(Cells(c), caps[i]); n > widths[i] {
				widths[i] = n
			}
		}
	}
	used := 3*len(header) - 1 // separators and padding
	for i, n := range widths {
		if i != flex {
			used += n
		}
	}
	widths[flex] = max(min(widths[flex], Width-used), 8)
	for _, r := range rows {
		for i := range r {
			r[i] = Shorten(r[i], widths[i])
		}
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders:  tw.BorderNone,
			Settings: tw.Settings{Separators: tw.Separators{BetweenColumns: tw.On}},
		})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// firstArgs joins the arguments of the first role that has any.
func firstArgs(v extract.Event, roles ...string) string {
	for _, r := range roles {
		if as := v.Args[r]; len(as) > 0 {
			var parts []string
			for _, a := range as {
				s := a.Name
				if s == "" {
					s = a.Text
				}
				if r == "date" || r == "fiscal_year" {
					if str, ok := a.Value.(string); ok {
						s = str
					}
				}
				if r == "change" {
					s = ValueString(a.ValueFields)
				}
				parts = append(parts, s)
			}
			return strings.Join(parts, ", ")
		}
	}
	return ""
}

// ValueString renders a resolved value for people: 2,195,500,000,000 KRW,
// 45%, 2025-09-04.
func ValueString(v extract.ValueFields) string {
	var s string
	switch x := v.Value.(type) {
	case string:
		s = x
		if v.Grain != "" && v.Grain != "day" && v.Kind != "duration" {
			s += " (" + v.Grain + ")"
		}
	case float64:
		s = Number(x)
		switch {
		case v.Currency != "":
			s += " " + v.Currency
		case v.Unit == "%" || v.Unit == "%p":
			s += v.Unit
		case v.Unit != "":
			s += " " + v.Unit
		}
	case nil:
		switch {
		case v.Min != nil && v.Max != nil:
			s = Number(*v.Min) + "~" + Number(*v.Max)
		case v.Min != nil:
			s = "≥" + Number(*v.Min)
		case v.Max != nil:
			s = "≤" + Number(*v.Max)
		case v.From != "":
			s = v.From + "~" + v.To
		}
		if s != "" && v.Currency != "" {
			s += " " + v.Currency
		}
	}
	if v.Approx && s != "" {
		s = "약 " + s
	}
	return s
}

// Number formats f with thousands separators and no exponent.
func Number(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// Cells is the display width of s: two cells for Hangul, CJK and other
// wide characters, one for the rest.
func Cells(s string) int {
	n := 0
	for _, r := range s {
		n += runeCells(r)
	}
	return n
}

func runeCells(r rune) int {
	switch {
	case r < 0x1100:
		return 1
	case r <= 0x115F, // Hangul Jamo initials
		r >= 0x2E80 && r <= 0x303E,
		r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF,
		r >= 0x4E00 && r <= 0x9FFF,
		r >= 0xA960 && r <= 0xA97F,
		r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x1F300 && r <= 0x1FAFF,
		r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}

// Shorten cuts s to at most max display cells, ending it with … when cut.
// Line breaks and tabs become spaces, and characters a terminal would act
// on rather than show become U+FFFD (see printable).
func Shorten(s string, max int) string {
	s = strings.Map(printable, strings.Join(strings.Fields(s), " "))
	if Cells(s) <= max {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		w := runeCells(r)
		if n+w > max-1 {
			break
		}
		b.WriteRune(r)
		n += w
	}
	return b.String() + "…"
}

// printable maps the characters a terminal obeys instead of showing them
// to U+FFFD: C0 and C1 controls (an ESC in a scraped title could clear the
// screen or retitle the window), DEL, and the bidirectional overrides and
// isolates, which would reorder the rest of the line.
func printable(r rune) rune {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return utf8.RuneError
	}
	return r
}
