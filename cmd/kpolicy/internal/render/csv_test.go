package render

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/extract"
)

// formulaDoc holds text a spreadsheet would run: a name and a quote that
// open with signs of a formula, a date of a named event (--05-18) and a
// negative number, which must stay a number.
func formulaDoc() *extract.Document {
	d := &extract.Document{}
	d.Doc.ID = "=cmd|' /C calc'!A0"
	d.Entities = []extract.Entity{
		{ID: "e1", Type: "ORG", Name: "=HYPERLINK(\"http://x\")", Aliases: []string{"+연구소"}},
		{ID: "e2", Type: "DATE", Name: "5·18", ValueFields: extract.ValueFields{Value: "--05-18", Kind: "name"}},
		{ID: "e3", Type: "PERCENT", Name: "-3%", ValueFields: extract.ValueFields{Value: -3.0}},
	}
	d.Events = []extract.Event{{ID: "v1", Type: "statement", Evidence: "@김하늘 장관은 말했다",
		Args: map[string][]extract.Arg{"speaker": {{Text: "-김하늘", Name: "-김하늘"}}}}}
	return d
}

func readCSV(t *testing.T, kind string, bom bool) [][]string {
	t.Helper()
	var b bytes.Buffer
	w, err := NewCSVWriter(&b, kind, bom)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(formulaDoc()); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

func TestCSVForExcelGuardsFormulas(t *testing.T) {
	ents := readCSV(t, CSVEntities, true)
	if got := ents[0][0]; got != "'=cmd|' /C calc'!A0" {
		t.Errorf("doc id %q: want an apostrophe first", got)
	}
	if got := ents[0][3]; got != "'=HYPERLINK(\"http://x\")" {
		t.Errorf("name %q: want an apostrophe first", got)
	}
	if got := ents[0][4]; got != "'+연구소" {
		t.Errorf("aliases %q: want an apostrophe first", got)
	}
	if got := ents[1][8]; got != "'--05-18" {
		t.Errorf("date value %q: want an apostrophe first", got)
	}
	if got := ents[2][8]; got != "-3" {
		t.Errorf("number value %q: a number stays as it is", got)
	}
	evs := readCSV(t, CSVEvents, true)
	if got := evs[0][14]; got != "'@김하늘 장관은 말했다" {
		t.Errorf("evidence %q: want an apostrophe first", got)
	}
	if got := evs[0][9]; got != "'-김하늘" {
		t.Errorf("participants %q: want an apostrophe first", got)
	}
	args := readCSV(t, CSVArgs, true)
	if got := args[0][4]; got != "'-김하늘" {
		t.Errorf("arg text %q: want an apostrophe first", got)
	}
}

func TestCSVWithoutBOMKeepsText(t *testing.T) {
	ents := readCSV(t, CSVEntities, false)
	if got := ents[0][3]; got != "=HYPERLINK(\"http://x\")" {
		t.Errorf("name %q: plain CSV (pandas, DuckDB) keeps the text as it is", got)
	}
	if got := ents[1][8]; got != "--05-18" {
		t.Errorf("date value %q: plain CSV keeps it", got)
	}
}
