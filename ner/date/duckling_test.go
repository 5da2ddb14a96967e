package date

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
)

const ducklingTSV = "../../../shared/corpus/peers/duckling-ko-time.tsv"

// duckAtGrain mirrors peers_eval.py's at_grain.
func duckAtGrain(iso, grain string) string {
	y, mo, d := iso[:4], iso[5:7], iso[8:10]
	switch grain {
	case "year":
		return y
	case "quarter":
		q := (int(mo[0]-'0')*10 + int(mo[1]-'0') - 1) / 3
		return y + "-Q" + string(rune('1'+q))
	case "month":
		return y + "-" + mo
	case "week", "day":
		return y + "-" + mo + "-" + d
	}
	return ""
}

// duckOK mirrors peers_eval.py's time_ok.
func duckOK(ms []ner.Mention, exp map[string]string) bool {
	g := exp["grain"]
	switch g {
	case "hour", "minute", "second":
		key := exp["value"]
		for _, k := range []string{"from", "after", "before"} {
			if key == "" {
				key = exp[k]
			}
		}
		want := key[11:16]
		for _, m := range ms {
			if m.Label == ner.TIME && strings.HasPrefix(m.Value.Date, want) {
				return true
			}
		}
		return false
	}
	if v, ok := exp["value"]; ok {
		want := duckAtGrain(v, g)
		for _, m := range ms {
			if m.Label == ner.DATE && m.Value.Date == want && m.Value.Grain == g {
				return true
			}
		}
		return false
	}
	if f, ok := exp["from"]; ok {
		to, err := time.Parse("2006-01-02", exp["to"][:10])
		if err != nil {
			return false
		}
		to = to.AddDate(0, 0, -1)
		for _, m := range ms {
			if m.Label == ner.DATE && m.Value.From == f[:10] && m.Value.To == to.Format("2006-01-02") {
				return true
			}
		}
	}
	return false
}

// TestDuckling runs Duckling's Korean time examples (a peer's own corpus)
// the way ../shared/checks/peers_eval.py judges them. Target: 205/226.
func TestDuckling(t *testing.T) {
	f, err := os.Open(ducklingTSV)
	if err != nil {
		t.Skip("Duckling corpus not present:", err)
	}
	defer f.Close()
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("", -2*3600))
	ok, n := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		text, js, _ := strings.Cut(line, "\t")
		var raw map[string]any
		if err := json.Unmarshal([]byte(js), &raw); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		exp := map[string]string{}
		for k, v := range raw {
			if s, isStr := v.(string); isStr {
				exp[k] = s
			}
		}
		n++
		ms := ner.Resolve(Scan(text, ref))
		if duckOK(ms, exp) {
			ok++
		} else if testing.Verbose() {
			var got []string
			for _, m := range ms {
				b, _ := json.Marshal(m.Value)
				got = append(got, string(m.Label)+" "+m.Text+" "+string(b))
			}
			t.Logf("miss %s\twant %s\tgot %v", text, js, got)
		}
	}
	t.Logf("duckling time: %d/%d", ok, n)
	if ok < 205 {
		t.Errorf("duckling time: %d/%d, want >= 205", ok, n)
	}
}
