package numeric

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

const peersDir = "../../../shared/corpus/peers/"

type peerRow struct {
	text string
	want map[string]any
}

func readPeers(t *testing.T, name string) []peerRow {
	t.Helper()
	f, err := os.Open(peersDir + name)
	if err != nil {
		t.Skipf("peer corpus absent: %v", err)
	}
	defer f.Close()
	var rows []peerRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		text, exp, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad row %q", line)
		}
		var want map[string]any
		if err := json.Unmarshal([]byte(exp), &want); err != nil {
			t.Fatalf("bad row %q: %v", line, err)
		}
		rows = append(rows, peerRow{text, want})
	}
	return rows
}

// TestDucklingNumber runs ParseNumber on Duckling's Korean number examples
// (target: 95 %).
func TestDucklingNumber(t *testing.T) {
	rows := readPeers(t, "duckling-ko-number.tsv")
	ok := 0
	for _, r := range rows {
		want := r.want["value"].(float64)
		got, err := ParseNumber(r.text)
		if err == nil && got == want {
			ok++
			continue
		}
		t.Logf("miss: %q: got %v, %v; want %v", r.text, got, err, want)
	}
	t.Logf("duckling number: %d/%d pass", ok, len(rows))
	if float64(ok) < 0.95*float64(len(rows)) {
		t.Errorf("duckling number: %d/%d pass; want >= 95%%", ok, len(rows))
	}
}

// TestDucklingMoney runs Scan on Duckling's Korean money examples, judged
// like ../shared/checks/peers_eval.py: some MONEY mention with the right
// currency and value/min/max (target: 48/49).
func TestDucklingMoney(t *testing.T) {
	rows := readPeers(t, "duckling-ko-money.tsv")
	ok := 0
	for _, r := range rows {
		ms := Scan(r.text)
		if moneyOK(ms, r.want) {
			ok++
			continue
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.Text+" "+fmtValue(m.Value))
		}
		t.Logf("miss: %q: want %v; got %v", r.text, r.want, got)
	}
	t.Logf("duckling money: %d/%d pass", ok, len(rows))
	if ok < 48 {
		t.Errorf("duckling money: %d/%d pass; want >= 48", ok, len(rows))
	}
}

func moneyOK(ms []ner.Mention, want map[string]any) bool {
	for _, m := range ms {
		if m.Label != ner.MONEY || m.Value.Currency != want["currency"] {
			continue
		}
		good := true
		for k, p := range map[string]*float64{"value": m.Value.Num, "min": m.Value.Min, "max": m.Value.Max} {
			w, has := want[k]
			if !has {
				continue
			}
			if p == nil || math.Abs(*p-w.(float64)) >= 1e-6 {
				good = false
			}
		}
		if good {
			return true
		}
	}
	return false
}
