package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/kpolicy/kpolicy/extract"
)

// CSV kinds: one row per entity, per event, or per event argument.
const (
	CSVEntities = "entities"
	CSVEvents   = "events"
	CSVArgs     = "args"
)

// CSVHeaders are the stable column names of each CSV kind (documented in
// the README; add columns at the end, never rename).
var CSVHeaders = map[string][]string{
	CSVEntities: {"doc_id", "entity_id", "type", "name", "aliases", "role", "org", "mentions", "value", "min", "max", "approx", "currency", "unit", "grain", "from", "to", "first_start", "first_end", "kind"},
	CSVEvents:   {"doc_id", "event_id", "type", "label", "trigger", "confidence", "sentence", "start", "end", "participants", "amount", "date", "place", "name", "evidence"},
	CSVArgs:     {"doc_id", "event_id", "event_type", "role", "text", "entity_id", "name", "value", "min", "max", "approx", "currency", "unit", "grain"},
}

// CSVWriter writes documents as CSV rows of one kind.
type CSVWriter struct {
	kind  string
	w     *csv.Writer
	excel bool // guard the text cells that a spreadsheet would run as formulas
	row   []string
}

// NewCSVWriter writes the header row. With bom set the file is for Excel:
// it starts with a UTF-8 byte-order mark, so that Excel reads Hangul, and
// a text cell that Excel would take for a formula (=, +, -, @, a tab or a
// carriage return first: a page's text may hold =HYPERLINK(…), and the
// date --05-18 would be computed) gets an apostrophe first, which Excel
// shows as text and hides. Number cells are never changed.
func NewCSVWriter(out io.Writer, kind string, bom bool) (*CSVWriter, error) {
	if bom {
		if _, err := io.WriteString(out, "\ufeff"); err != nil {
			return nil, err
		}
	}
	c := &CSVWriter{kind: kind, w: csv.NewWriter(out), excel: bom}
	return c, c.w.Write(CSVHeaders[kind])
}

// write writes one row; text marks the columns that hold text (the others
// hold numbers, ids, offsets or flags kpolicy writes itself; -1 is none).
func (c *CSVWriter) write(cells []string, text ...int) error {
	if c.excel {
		c.row = append(c.row[:0], cells...)
		for _, i := range text {
			if i >= 0 {
				c.row[i] = excelText(c.row[i])
			}
		}
		cells = c.row
	}
	return c.w.Write(cells)
}

// excelText returns s with an apostrophe first when a spreadsheet would
// read s as a formula.
func excelText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// textValue is the column index of value when the value is text (a date,
// a duration), or -1 when it is a number, which is never guarded.
func textValue(v any, col int) int {
	if _, ok := v.(string); ok {
		return col
	}
	return -1
}

// Write adds the rows of one document.
func (c *CSVWriter) Write(d *extract.Document) error {
	id := d.Doc.ID
	switch c.kind {
	case CSVEntities:
		for _, e := range d.Entities {
			start, end := "", ""
			if len(e.Mentions) > 0 {
				start, end = strconv.Itoa(e.Mentions[0].Start), strconv.Itoa(e.Mentions[0].End)
			}
			v := e.ValueFields
			if err := c.write([]string{id, e.ID, e.Type, e.Name, strings.Join(e.Aliases, "|"), e.Role, e.Org,
				strconv.Itoa(len(e.Mentions)), anyString(v.Value), fptr(v.Min), fptr(v.Max), boolStr(v.Approx),
				v.Currency, v.Unit, v.Grain, v.From, v.To, start, end, v.Kind},
				0, 3, 4, 5, 6, textValue(v.Value, 8), 15, 16); err != nil {
				return err
			}
		}
	case CSVEvents:
		for _, v := range d.Events {
			var parts []string
			for _, role := range []string{"agent", "organizer", "party", "speaker", "person", "visitor", "participant", "partner", "recipient", "host"} {
				for _, a := range v.Args[role] {
					parts = append(parts, argLabel(a))
				}
			}
			if err := c.write([]string{id, v.ID, v.Type, v.Label, v.Trigger, strconv.FormatFloat(v.Confidence, 'f', -1, 64),
				strconv.Itoa(v.Sentence), strconv.Itoa(v.Start), strconv.Itoa(v.End), strings.Join(parts, "|"),
				joinValues(v.Args["amount"]), joinValues(append(v.Args["date"], v.Args["fiscal_year"]...)),
				joinLabels(v.Args["place"]), joinLabels(append(v.Args["name"], v.Args["subject"]...)), v.Evidence},
				0, 4, 9, 11, 12, 13, 14); err != nil { // amounts (10) are numbers
				return err
			}
		}
	default:
		for _, v := range d.Events {
			for _, role := range sortedRoles(v.Args) {
				for _, a := range v.Args[role] {
					f := a.ValueFields
					if err := c.write([]string{id, v.ID, v.Type, role, a.Text, a.Entity, a.Name, anyString(f.Value),
						fptr(f.Min), fptr(f.Max), boolStr(f.Approx), f.Currency, f.Unit, f.Grain},
						0, 4, 6, textValue(f.Value, 7)); err != nil {
						return err
					}
				}
			}
		}
	}
	return c.w.Error()
}

// Flush writes what is buffered.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

func sortedRoles(m map[string][]extract.Arg) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func argLabel(a extract.Arg) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}

func joinLabels(as []extract.Arg) string {
	var out []string
	for _, a := range as {
		out = append(out, argLabel(a))
	}
	return strings.Join(out, "|")
}

func joinValues(as []extract.Arg) string {
	var out []string
	for _, a := range as {
		if s := anyString(a.Value); s != "" {
			out = append(out, s)
		} else {
			out = append(out, a.Text)
		}
	}
	return strings.Join(out, "|")
}

// anyString renders a value exactly: numbers without exponents.
func anyString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return ""
}

func fptr(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return ""
}
