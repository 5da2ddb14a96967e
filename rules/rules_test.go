package rules

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLoads(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Entries) < 1000 || len(p.Events) < 4 || len(p.Patterns) == 0 {
		t.Errorf("default pack too small: %d entries, %d events, %d patterns", len(p.Entries), len(p.Events), len(p.Patterns))
	}
	for _, l := range []string{"particles", "titles", "surnames", "suffixes", "quote_verbs", "negations"} {
		if len(p.List(l)) == 0 {
			t.Errorf("list %q is empty", l)
		}
	}
	types := map[string]bool{}
	for _, r := range p.Events {
		types[r.Type] = true
	}
	for _, typ := range []string{"meeting", "agreement", "budget", "statement"} {
		if !types[typ] {
			t.Errorf("no rule for %s", typ)
		}
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	fsys := fstest.MapFS{
		"r/orgs.tsv":            {Data: []byte("# comment\n한빛재단\tORG\t\n빈칸\tTEAM\t\n한\t둘\t셋\t넷\t다섯\n")},
		"r/ev.yaml":             {Data: []byte("- id: a\n  type: budget\n  triggers: [편성]\n- id: a\n  type: party\n  triggers: []\n")},
		"r/p.jsonl":             {Data: []byte("# patterns\n{\"id\":\"x\",\"label\":\"ORG\",\"anchors\":[\"a\"],\"regex\":\"(\"}\n{\"id\":\"y\",\"label\":\"ORG\",\"regex\":\"a\",\"bogus\":1}\n")},
		"r/titles.txt":          {Data: []byte("장관\tgov\n")},
		"r/country_context.txt": {Data: []byte("# a kind misspelt\n위협\tacts\n도발\tact\n")},
		"r/readme.md":           {Data: []byte("ignored")},
		"r/gaz/more.tsv":        {Data: []byte("x\tORG\ta,b\tkey\n")},
	}
	_, err := Load(fsys, "r")
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("got %v; want Errors", err)
	}
	msg := err.Error()
	for _, want := range []string{"r/orgs.tsv:3", "TEAM", "r/orgs.tsv:4", "columns", "r/ev.yaml:4", "duplicate", "party",
		"r/p.jsonl:2", "r/p.jsonl:3", "bogus", "r/gaz/more.tsv:1", "key=value", "r/country_context.txt:2", `"acts"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors lack %q:\n%s", want, msg)
		}
	}
}

// TestListKindsChecked: a misspelt kind in a list whose kind column
// selects a rule is reported with its file and line (the word would do
// nothing).
func TestListKindsChecked(t *testing.T) {
	fsys := fstest.MapFS{
		"r/place_suffixes.txt": {Data: []byte("역\tstrong\n신도시\tarae\n")},
		"r/common_nouns.txt":   {Data: []byte("항공사\n공항공사\tnames\n")},
		"r/rural_words.txt":    {Data: []byte("일대\tnear\n이장\tcontxt\n")},
	}
	_, err := Load(fsys, "r")
	if err == nil {
		t.Fatal("no error for misspelt kinds")
	}
	for _, want := range []string{"r/place_suffixes.txt:2", `"arae"`, "r/common_nouns.txt:2", `"names"`, "r/rural_words.txt:2", `"contxt"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q:\n%s", want, err)
		}
	}
}

func TestMerge(t *testing.T) {
	base := &Pack{
		Entries:  []Entry{{Name: "가나재단", Label: "ORG"}, {Name: "다라시", Label: "PLACE"}},
		Lists:    map[string][]Word{"titles": {{Text: "장관"}, {Text: "군"}}},
		Events:   []EventRule{{ID: "a", Type: "budget", Triggers: []string{"편성"}}, {ID: "b", Type: "meeting", Triggers: []string{"개최"}}},
		Patterns: []Pattern{{ID: "p", Label: "ORG", Anchors: []string{"x"}, Regex: "x"}},
	}
	user := &Pack{
		Entries:  []Entry{{Name: "가나재단", Label: "ORG", Attrs: map[string]string{"disabled": "1"}}, {Name: "마바연구소", Label: "ORG"}},
		Lists:    map[string][]Word{"titles": {{Text: "-군"}, {Text: "단장"}}},
		Events:   []EventRule{{ID: "a", Type: "budget", Triggers: []string{"확정"}}, {ID: "b", Disabled: true}},
		Patterns: []Pattern{{ID: "p", Disabled: true}},
	}
	p := base.Clone()
	p.Merge(user)
	var names []string
	for _, e := range p.Entries {
		names = append(names, e.Name)
	}
	if strings.Join(names, ",") != "다라시,마바연구소" {
		t.Errorf("entries %v", names)
	}
	var titles []string
	for _, w := range p.List("titles") {
		titles = append(titles, w.Text)
	}
	if strings.Join(titles, ",") != "장관,단장" {
		t.Errorf("titles %v", titles)
	}
	if len(p.Events) != 1 || p.Events[0].Triggers[0] != "확정" {
		t.Errorf("events %+v", p.Events)
	}
	if len(p.Patterns) != 0 {
		t.Errorf("patterns %+v", p.Patterns)
	}
	if len(base.Entries) != 2 || len(base.Events) != 2 {
		t.Errorf("Merge changed the base pack through the clone")
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("한빛\tORG\t한\tkind=x\n", "- id: a\n  type: budget\n  triggers: [편성]\n", `{"id":"p","label":"ORG","anchors":["a"],"regex":"a+"}`)
	f.Fuzz(func(t *testing.T, tsv, yml, jsonl string) {
		fsys := fstest.MapFS{"d/a.tsv": {Data: []byte(tsv)}, "d/b.yaml": {Data: []byte(yml)}, "d/c.jsonl": {Data: []byte(jsonl)}, "d/w.txt": {Data: []byte(tsv)}}
		p, err := Load(fsys, "d")
		if err == nil && p == nil {
			t.Fatal("no pack and no error")
		}
	})
}
