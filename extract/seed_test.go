package extract

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestSeed runs the expectations of the article kpolicy was specified
// from (../shared/corpus/seed). It skips when ../shared is absent.
func TestSeed(t *testing.T) {
	raw, err := os.ReadFile("../../shared/corpus/seed/000_b1e14967caded7a2.txt")
	if err != nil {
		t.Skip("../shared corpus not present:", err)
	}
	d, err := newExtractor(t).Extract(context.Background(), Input{Source: "seed.txt", Raw: raw})
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, d)
	if !strings.HasPrefix(d.Doc.Published, "2025-09-04") {
		t.Errorf("published %q", d.Doc.Published)
	}
	if !containsStr(d.Doc.Reporters, "이성민") {
		t.Errorf("reporters %q", d.Doc.Reporters)
	}
	for _, s := range []string{"한 눈에 보는 오늘의 이슈", "김정은", "많이 본 뉴스"} {
		if strings.Contains(d.Doc.Text, s) {
			t.Errorf("boilerplate %q in doc.text", s)
		}
	}
	names := func(e Entity) []string {
		out := append([]string{e.Name}, e.Aliases...)
		for _, m := range e.Mentions {
			out = append(out, m.Text)
		}
		return out
	}
	has := func(typ, form string) *Entity {
		for i, e := range d.Entities {
			if e.Type != typ {
				continue
			}
			for _, n := range names(e) {
				if strings.Contains(n, form) {
					return &d.Entities[i]
				}
			}
		}
		return nil
	}
	if e := has("ORG", "중소벤처기업부"); e == nil || !containsStr(names(*e), "중기부") {
		t.Errorf("중소벤처기업부 and 중기부 are not one entity: %+v", e)
	}
	for _, f := range []string{"APEC", "중소기업기술정보진흥원", "프라운호퍼", "슈타인바이스", "퍼듀대"} {
		if has("ORG", f) == nil {
			t.Errorf("missing ORG %s", f)
		}
	}
	for _, f := range []string{"서귀포", "그랜드조선", "독일", "미국", "캐나다", "중국", "대만", "베트남"} {
		if has("PLACE", f) == nil {
			t.Errorf("missing PLACE %s", f)
		}
	}
	if p := has("PERSON", "한성숙"); p == nil || p.Name != "한성숙" || p.Role != "장관" {
		t.Errorf("PERSON 한성숙 장관: %+v", p)
	}
	if has("PERSON", "이성민") == nil {
		t.Errorf("missing PERSON 이성민")
	}
	for _, bad := range []string{"김정은", "푸틴", "볼보", "엔비디아"} {
		for _, e := range d.Entities {
			for _, n := range names(e) {
				if strings.Contains(n, bad) {
					t.Errorf("entity from a boilerplate headline: %s", n)
				}
			}
		}
	}
	values := map[string]bool{}
	for _, e := range d.Entities {
		switch v := e.Value.(type) {
		case float64:
			values[e.Type+":"+formatFloat(v)+":"+e.Currency+e.Unit] = true
		case string:
			values[e.Type+":"+v+":"+e.Grain] = true
		}
	}
	for _, want := range []string{"MONEY:2195500000000:KRW", "PERCENT:45:%", "DATE:2025-09-04:day", "DATE:2026:year", "DATE:2025:year"} {
		if !values[want] {
			t.Errorf("missing value %s", want)
		}
	}
	types := map[string]int{}
	for _, v := range d.Events {
		types[v.Type]++
	}
	for _, typ := range []string{"meeting", "agreement", "budget", "statement"} {
		if types[typ] == 0 {
			t.Errorf("no %s event", typ)
		}
	}
}
