package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("document.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("document.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestOutputMatchesJSONSchema validates real output, the example articles
// and texts that fill every value kind, against the published schema.
func TestOutputMatchesJSONSchema(t *testing.T) {
	s := compiledSchema(t)
	x := newExtractor(t)
	var inputs []Input
	files, _ := filepath.Glob("../testdata/articles/*")
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, Input{Source: f, Raw: b})
	}
	inputs = append(inputs,
		Input{Text: "2조~3조원, 약 3천억원가량, 5000원 이상, 3.5%p, 200여 개 기업, 상반기, 오후 3시 30분, 9월 1일부터 5일까지.", Published: "2025-09-04"},
		Input{Text: "날짜 없는 글: 올해 예산은 늘었다."})
	for _, in := range inputs {
		d, err := x.Extract(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s: output does not match the schema: %v", in.Source, err)
		}
	}
}

// TestSchemaNamesEveryField fails when a JSON field is added to the Go
// types without being declared in the schema.
func TestSchemaNamesEveryField(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(JSONSchema(), &schema); err != nil {
		t.Fatal(err)
	}
	defs := schema["$defs"].(map[string]any)
	props := func(m map[string]any) map[string]any { return m["properties"].(map[string]any) }
	check := func(typ reflect.Type, declared map[string]any, where string) {
		for _, name := range jsonFields(typ) {
			if _, ok := declared[name]; !ok {
				t.Errorf("%s: field %q is not in the schema", where, name)
			}
		}
	}
	check(reflect.TypeOf(Document{}), props(schema), "document")
	check(reflect.TypeOf(DocInfo{}), props(props(schema)["doc"].(map[string]any)), "doc")
	check(reflect.TypeOf(Entity{}), props(defs["entity"].(map[string]any)), "entity")
	check(reflect.TypeOf(Mention{}), props(defs["mention"].(map[string]any)), "mention")
	check(reflect.TypeOf(Event{}), props(defs["event"].(map[string]any)), "event")
	check(reflect.TypeOf(Arg{}), props(defs["arg"].(map[string]any)), "arg")
}

// jsonFields lists the JSON names of a struct's exported fields, embedded
// structs included.
func jsonFields(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, name)
	}
	return out
}
