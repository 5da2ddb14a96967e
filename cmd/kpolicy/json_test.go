package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/extract"
	sjson "github.com/segmentio/encoding/json"
)

// stdMarshal is what marshal wrote before it used segmentio/encoding.
func stdMarshal(d *extract.Document) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// segmentioMarshal is what marshal wrote before appendDoc, and still writes
// for the documents appendDoc leaves: the oracle of appendDoc.
func segmentioMarshal(d *extract.Document) ([]byte, error) {
	b, err := sjson.Append(nil, d, sjson.SortMapKeys)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// TestMarshalSameAsSegmentio: appendDoc writes the bytes of the generic
// encoder for the example articles and, when ../shared is there, the
// dev-news articles and the KLUE-NER dev sentences.
func TestMarshalSameAsSegmentio(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := exampleDocs(t, x)
	shared := append(devNewsDocs(t, x), klueDocs(t, x)...)
	t.Logf("%d example documents, %d from ../shared/corpus", len(docs), len(shared))
	for i, d := range append(docs, shared...) {
		line, ok := marshalLine(d)
		if !ok {
			t.Fatalf("document %d (%s): appendDoc leaves it to the generic encoder", i, d.Doc.ID)
		}
		want, err := segmentioMarshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(line, want) {
			t.Errorf("document %d (%s) differs from segmentio:\n got %s\nwant %s", i, d.Doc.ID, line, want)
		}
	}
}

// exampleDocs extracts the example articles of testdata.
func exampleDocs(t *testing.T, x *extract.Extractor) []*extract.Document {
	t.Helper()
	var docs []*extract.Document
	paths, _ := filepath.Glob("../../testdata/articles/*")
	for _, p := range paths {
		if filepath.Ext(p) != ".txt" && filepath.Ext(p) != ".html" {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := x.Extract(context.Background(), extract.Input{Raw: b, Source: p})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) < 2 || len(docs[0].Events) == 0 {
		t.Fatalf("want the example articles with events, got %d documents", len(docs))
	}
	return docs
}

// TestMarshalSameAsStd: the JSONL encoding of documents is byte for byte
// encoding/json's, for real extractions (events with their args map, value
// fields, floats) and for strings that need care: HTML characters, control
// characters, U+2028, invalid UTF-8.
func TestMarshalSameAsStd(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := exampleDocs(t, x)
	odd := &extract.Document{Schema: "x", Warnings: []string{"R&D <b> \"q\" \\ \x01 \u2028 \u2029 \xff\xfe 한글 \t\n"}}
	odd.Doc.Title = "A&B <중기부> \xed\xa0\x80"
	odd.Entities = []extract.Entity{{ID: "e1", Name: "2조1955억원", Type: "MONEY"}}
	docs = append(docs, odd)
	for i, d := range docs {
		got, err := marshal(d, "")
		if err != nil {
			t.Fatal(err)
		}
		if want := stdMarshal(d); !bytes.Equal(got, want) {
			t.Errorf("document %d: marshal differs from encoding/json:\n got %s\nwant %s", i, got, want)
		}
	}
}

// recordCases are JSONL lines, good and bad, that decodeRecord must read as
// encoding/json does.
var recordCases = []string{
	`{"id":"a1","url":"https://news.example/1","title":"예산 편성","published":"2025-09-04T10:00:00+09:00","text":"중기부는 4일 …"}`,
	`{"id":"a","text":"ab` + "\xff" + `cd` + "\xed\xa0\x80" + `z"}`,
	`{"id":"a","text":"\ud800x\udc00\ud83d\ude00 \u0000\t\n \"q\" \\ \/"}`,
	`{"id":"a","id":"b","text":"t"}`,
	`{"id":null,"text":"t"}`,
	`{"ID":"a","Text":"t","HTML":"<p>x</p>"}`,
	`{"id":"a","extra":{"x":[1,2.5e3,{"y":null}],"z":true},"text":"t"}`,
	`{"id":5,"text":"t"}`,
	`{"id":"a","text":"t"} junk`,
	`{"id":"a","text":"t"`,
	`[1,2]`,
	`"text"`,
	`{"id":"a",}`,
	`{"id":"a" "text":"t"}`,
	`{"text":"\x"}`,
	`{"text":"\u12"}`,
	``,
	`null`,
	// what recordFast reads, and what it leaves to the others
	`{"id":"k1","text":"\uc911\uae30\ubd80\ub294 4\uc77c \ud83d\ude00 \u00e9\u0000","title":"\"인용\" \/ 제목\r\n\b\f\t"}`,
	` { "id" : "s" , "source" : {"a":[true,false,null,-0.5e-3,1E+2,0,[]],"b":{}} , "n" : -12 , "text" : "본문" } `,
	`{"id":"a","Text":"t"}`,
	`{"id":"a","tExt":"t","text":"u"}`,
	`{"id":"a","published":20250904,"text":"t"}`,
	`{"id":"a","text":"t","n":01}`,
	`{"id":"a","text":"t","n":1.}`,
	`{"id":"a","text":"t","n":-}`,
	`{"id":"a","text":"t","x":tru}`,
	`{"id":"a","text":"\ud83d"}`,
	`{"id":"a","text":"\ude00\ud83d"}`,
	`{"id":"a","text":"\ud83d\u0041"}`,
	`{"id":"a","text":"tab	inside"}`,
	`{"id":"a","te\u0078t":"t"}`,
	`{"id":"a","publiſhed":"2025-01-02","text":"t"}`,
	`{"id":"a","text":"t",}`,
	`{"id":"a","text":"t"}}`,
	`{}`,
	`{"url":null,"html":"<p>가</p>"}`,
}

// TestRecordFastTakesUsualRecords checks that the fast path reads the
// records it is for (the decoders after it would give the same answer, so
// the oracle alone cannot tell it was used).
func TestRecordFastTakesUsualRecords(t *testing.T) {
	var usual []string
	for _, c := range recordCases {
		if strings.Contains(c, `"k1"`) || strings.Contains(c, `"source"`) || strings.Contains(c, "a1") {
			usual = append(usual, c)
		}
	}
	if len(usual) != 3 {
		t.Fatalf("%d usual records among the cases; want 3", len(usual))
	}
	for _, line := range append(usual, `{}`, `{"url":null,"html":"<p>가</p>"}`) {
		if _, ok := recordFast([]byte(line)); !ok {
			t.Errorf("%s: left to the slow decoders", line)
		}
	}
	for _, line := range []string{`{"id":"a","Text":"t"}`, `{"id":5,"text":"t"}`, `{"text":"ab` + "\xff" + `"}`, `{"id":"a","text":"\ud83d"}`, `{"id":"a"} x`} {
		if _, ok := recordFast([]byte(line)); ok {
			t.Errorf("%s: read by the fast path, which must leave it", line)
		}
	}
}

func TestDecodeRecordSameAsStd(t *testing.T) {
	for _, c := range recordCases {
		checkDecode(t, []byte(c))
	}
}

func checkDecode(t *testing.T, line []byte) {
	t.Helper()
	var want extract.Record
	wantErr := json.Unmarshal(line, &want)
	got, err := decodeRecord(line)
	switch {
	case (err == nil) != (wantErr == nil):
		t.Errorf("%q: error %v, encoding/json says %v", line, err, wantErr)
	case err != nil && err.Error() != wantErr.Error():
		t.Errorf("%q: error %q, want encoding/json's %q", line, err, wantErr)
	case err == nil && !reflect.DeepEqual(got, want):
		t.Errorf("%q: got %+q, want %+q", line, got, want)
	}
}

func FuzzDecodeRecord(f *testing.F) {
	for _, c := range recordCases {
		f.Add([]byte(c))
	}
	f.Fuzz(checkDecode)
}
