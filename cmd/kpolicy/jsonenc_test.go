package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/extract"
	"github.com/kpolicy/kpolicy/extract/eval"
	sjson "github.com/segmentio/encoding/json"
)

// sharedCorpus is ../shared/corpus seen from cmd/kpolicy.
const sharedCorpus = "../../../shared/corpus"

// devNewsDocs extracts the articles of ../shared/corpus/dev-news.jsonl, or
// returns nil when it is absent.
func devNewsDocs(tb testing.TB, x *extract.Extractor) []*extract.Document {
	tb.Helper()
	f, err := os.Open(filepath.Join(sharedCorpus, "dev-news.jsonl"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var docs []*extract.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		rec, err := decodeRecord(sc.Bytes())
		if err != nil {
			tb.Fatal(err)
		}
		d, err := x.ExtractRecord(context.Background(), rec, "dev-news")
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

// klueDocs extracts the KLUE-NER dev sentences of ../shared, or returns nil
// when they are absent.
func klueDocs(tb testing.TB, x *extract.Extractor) []*extract.Document {
	tb.Helper()
	f, err := os.Open(filepath.Join(sharedCorpus, "klue-ner", "klue-ner-news-dev.tsv"))
	if err != nil {
		return nil
	}
	defer f.Close()
	sents, err := eval.ReadKLUE(f)
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]*extract.Document, 0, len(sents))
	for _, s := range sents {
		d, err := x.Extract(context.Background(), extract.Input{ID: s.ID, Text: s.Text, Published: "2019-05-01"})
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkMarshal encodes the documents of dev-news as one JSONL line each
// (one iteration encodes all of them). Count its instructions with
// /work/cg.sh ./cmd/kpolicy BenchmarkMarshal 20 '*kpolicy.marshal'.
func BenchmarkMarshal(b *testing.B) {
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	docs := devNewsDocs(b, x)
	if docs == nil {
		b.Skip("no ../shared/corpus/dev-news.jsonl")
	}
	size := 0
	for _, d := range docs {
		out, err := marshal(d, "")
		if err != nil {
			b.Fatal(err)
		}
		size += len(out)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := marshal(d, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// stringSeeds are strings that need care: HTML characters, every kind of
// escape, U+2028 and U+2029 and their neighbours, 0xE2 starting other
// runes, invalid UTF-8 (stray continuation bytes, a surrogate, truncated
// runes), and lengths around the eight bytes appendString reads at once.
var stringSeeds = []string{
	"", "a", "R&D <b>", `"q" \ /`, "\x00\x01\x07\b\t\n\v\f\r\x1b\x1f\x7f",
	"\u2027\u2028\u2029\u202a …“”", "중기부는 4일\u2028밝혔다\u2029.", "\xe2\x80", "\xe2\x80\xa8",
	"\xff\xfe", "\xed\xa0\x80", "한\x80글", "abcdefg\xe2", "abcdefgh\"", "1234567\n", "\x80abcdefghijklmnop",
	"\ufffd\xef\xbf", "2조1955억원", "𝔸𝔹 \U0010ffff \xf4\x90\x80\x80",
}

// FuzzAppendString: appendString writes the bytes of segmentio's string
// encoder, a valid JSON string that decodes to s when s is valid UTF-8.
func FuzzAppendString(f *testing.F) {
	for _, s := range stringSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendString([]byte("x"), s)
		want, err := sjson.Append([]byte("x"), s, sjson.SortMapKeys)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
		var back string
		if err := json.Unmarshal(got[1:], &back); err != nil {
			t.Fatalf("%q: %s is no JSON string: %v", s, got[1:], err)
		}
		if utf8.ValidString(s) && back != s {
			t.Fatalf("%q: decodes to %q", s, back)
		}
	})
}

// fuzzDoc builds a document from fuzzed strings and numbers; the bits of
// shape choose which fields are set, nil, empty or full.
func fuzzDoc(s1, s2, s3 string, n1, n2 int, x1, x2, x3 float64, shape uint32) *extract.Document {
	bit := func(k int) bool { return shape>>k&1 != 0 }
	pick := func(k int, s string) string { // s or ""
		if bit(k) {
			return s
		}
		return ""
	}
	list := func(k int) []string { // nil, empty or two strings
		switch shape >> k & 3 {
		case 1:
			return []string{}
		case 2, 3:
			return []string{s1, s3}
		}
		return nil
	}
	values := []any{nil, x1, s2, "", 0.0, n1, []string{s3}}
	value := func(k int) extract.ValueFields {
		v := extract.ValueFields{Value: values[int(shape>>k&7)%len(values)], Approx: bit(k + 3),
			Currency: pick(k+4, s1), Unit: pick(k+5, s2), Grain: pick(k+4, s3), From: pick(k+6, s1),
			To: pick(k+7, s3), Direction: pick(k+5, s1), Kind: pick(k+6, s2)}
		if bit(k + 1) {
			v.Min = &x2
		}
		if bit(k + 2) {
			v.Max = &x3
		}
		return v
	}
	d := &extract.Document{Schema: s1, Warnings: list(0)}
	d.Doc = extract.DocInfo{ID: s2, Source: s3, URL: pick(2, s1), Title: pick(3, s2), Published: pick(4, s3),
		Publisher: pick(5, s1), Reporters: list(6), Dateline: pick(7, s2), Layout: pick(8, s3), Text: s1 + s2 + s3}
	switch shape >> 9 & 3 {
	case 1:
		d.Entities = []extract.Entity{}
	case 2, 3:
		var ms []extract.Mention
		if bit(11) {
			ms = []extract.Mention{{Text: s1, Start: n1, End: n2, Sentence: n1 - n2, Rule: pick(12, s2)}, {Text: s3}}
		} else if bit(12) {
			ms = []extract.Mention{}
		}
		d.Entities = []extract.Entity{
			{ID: s1, Type: s2, Name: s3, Aliases: list(13), Role: pick(14, s1), Org: pick(15, s2), Mentions: ms, ValueFields: value(16)},
			{ID: s3, ValueFields: value(20)},
		}
	}
	switch shape >> 24 & 3 {
	case 1:
		d.Events = []extract.Event{}
	case 2, 3:
		e := extract.Event{ID: s1, Type: s2, Label: s3, Trigger: s1, Sentence: n2, Evidence: s2, Start: n1, End: n2,
			Confidence: x1, Negated: bit(26), Rule: pick(27, s3)}
		if bit(28) {
			e.Args = map[string][]extract.Arg{}
			if bit(29) {
				e.Args[s1] = []extract.Arg{{Text: s2, Entity: pick(30, s3), Name: pick(31, s1), ValueFields: value(18)}, {Text: s3}}
				e.Args[s2] = nil
				e.Args[s3] = []extract.Arg{}
				e.Args["agent"] = []extract.Arg{{Text: s1, ValueFields: value(22)}}
				e.Args["time"] = []extract.Arg{{Text: s1, Name: s2}}
			}
		}
		d.Events = []extract.Event{e, {ID: s3, Args: map[string][]extract.Arg{"object": {{Text: s2}}}}}
	}
	return d
}

// FuzzMarshal: marshal writes a valid JSON line, the bytes of segmentio's
// encoder, for documents of fuzzed strings and numbers; appendDoc leaves
// only documents with values of other types or NaN and infinite numbers.
func FuzzMarshal(f *testing.F) {
	floats := []float64{0, math.Copysign(0, -1), 1, -2.5, 0.3, 1e-6, 9.99999e-7, 1e-7, 1.5e-300, 5e-324, 1e20,
		1e21, 123456789012345678901234.0, 2195500000000, math.MaxFloat64, -1e-9,
		1 << 53, 1<<53 - 1, -(1<<53 - 1), 1<<53 + 2, 1e15, 123456789012345678, -40, 0.5}
	for i, s := range stringSeeds {
		x := floats[i%len(floats)]
		f.Add(s, stringSeeds[(i+3)%len(stringSeeds)], "중소벤처기업부", i*1000-7, -i, x, -x, floats[(i+5)%len(floats)], uint32(i)*0x9E3779B9)
	}
	f.Add("a", "b", "c", math.MaxInt, math.MinInt, math.NaN(), 1.0, 2.0, uint32(0xffffffff))
	f.Add("a", "b", "c", 0, 0, 1.0, math.Inf(1), 2.0, uint32(0x30fc0600))
	f.Fuzz(func(t *testing.T, s1, s2, s3 string, n1, n2 int, x1, x2, x3 float64, shape uint32) {
		d := fuzzDoc(s1, s2, s3, n1, n2, x1, x2, x3, shape)
		got, err := marshal(d, "")
		want, wantErr := segmentioMarshal(d)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("error %v, segmentio says %v", err, wantErr)
		}
		if err != nil {
			return
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("differs from segmentio:\n got %s\nwant %s", got, want)
		}
		if !json.Valid(got) || got[len(got)-1] != '\n' || bytes.Count(got, []byte{'\n'}) != 1 {
			t.Fatalf("not one line of JSON: %q", got)
		}
		if _, ok := marshalLine(d); !ok && plain(d) {
			t.Fatalf("appendDoc leaves a document of strings and finite floats")
		}
	})
}

// plain tells whether appendDoc encodes d itself: its values are strings
// and floats, and its numbers finite.
func plain(d *extract.Document) bool {
	finite := func(f *float64) bool { return f == nil || !math.IsNaN(*f) && !math.IsInf(*f, 0) }
	fields := func(v *extract.ValueFields) bool {
		switch x := v.Value.(type) {
		case nil, string:
		case float64:
			if !finite(&x) {
				return false
			}
		default:
			return false
		}
		return finite(v.Min) && finite(v.Max)
	}
	for i := range d.Entities {
		if !fields(&d.Entities[i].ValueFields) {
			return false
		}
	}
	for i := range d.Events {
		if !finite(&d.Events[i].Confidence) {
			return false
		}
		for _, args := range d.Events[i].Args {
			for j := range args {
				if !fields(&args[j].ValueFields) {
					return false
				}
			}
		}
	}
	return true
}

// TestMarshalEveryField fills every exported field of a document, however
// deep, with a value that is not empty, and checks that appendDoc writes
// what segmentio writes: a field added to the schema and not to appendDoc
// fails here.
func TestMarshalEveryField(t *testing.T) {
	d := &extract.Document{}
	fill(reflect.ValueOf(d).Elem())
	if len(d.Events) == 0 || len(d.Events[0].Args) == 0 || d.Entities[0].Value == nil || d.Entities[0].Min == nil {
		t.Fatalf("fill left fields empty: %+v", d)
	}
	got, ok := marshalLine(d)
	want, err := segmentioMarshal(d)
	if err != nil || !ok {
		t.Fatalf("ok %v, segmentio error %v", ok, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("differs from segmentio:\n got %s\nwant %s", got, want)
	}
}

// fill sets v, and the exported fields, elements and values it holds, to
// values that are not empty.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + v.Type().Name())
	case reflect.Int:
		v.SetInt(12345)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float64:
		v.SetFloat(0.25)
	case reflect.Interface:
		v.Set(reflect.ValueOf(1.5e9))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0))
		fill(v.Index(1))
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for _, k := range []string{"theme", "agent"} {
			e := reflect.New(v.Type().Elem()).Elem()
			fill(e)
			v.SetMapIndex(reflect.ValueOf(k), e)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	default:
		panic("fill: no value for " + v.Type().String())
	}
}
