package eval

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/extract"
)

// a two-sentence file in KLUE-NER's format, written for this test
const sample = "## a file header line\n\n" +
	"## s1\t<홍길동:PS> 씨가 <서울:LC>에 갔다\n" +
	"홍\tB-PS\n길\tI-PS\n동\tI-PS\n \tO\n씨\tO\n가\tO\n \tO\n서\tB-LC\n울\tI-LC\n에\tO\n\n" +
	"## s2\t<3일:DT>\n3\tB-DT\n일\tI-DT\n"

func TestReadKLUE(t *testing.T) {
	ss, err := ReadKLUE(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 || ss[0].ID != "s1" || ss[0].Text != "홍길동 씨가 서울에" {
		t.Fatalf("got %+v", ss)
	}
	want := []Span{{0, 3, "PS"}, {7, 9, "LC"}}
	if len(ss[0].Gold) != 2 || ss[0].Gold[0] != want[0] || ss[0].Gold[1] != want[1] {
		t.Fatalf("gold %+v; want %+v", ss[0].Gold, want)
	}
}

func TestSpansOfStrayInside(t *testing.T) {
	// an I- tag of another type starts a new entity, as seqeval does
	got := spansOf([]string{"B-PS", "I-OG", "I-OG", "O"})
	if len(got) != 2 || got[0] != (Span{0, 1, "PS"}) || got[1] != (Span{1, 3, "OG"}) {
		t.Fatalf("got %+v", got)
	}
}

func TestReportStrict(t *testing.T) {
	var r Report
	s := Sentence{ID: "x", Text: "홍길동 씨가 서울에", Gold: []Span{{0, 3, "PS"}, {7, 9, "LC"}}}
	r.Add(s, []Span{{0, 3, "PS"}, {7, 10, "LC"}}) // the place is one character too long
	tot := r.Total()
	if tot.TP != 1 || tot.FP != 1 || tot.FN != 1 {
		t.Fatalf("got %+v", tot)
	}
	if p, rc, f := tot.PRF(); p != 0.5 || rc != 0.5 || f != 0.5 {
		t.Fatalf("P %v R %v F %v", p, rc, f)
	}
	var b strings.Builder
	r.Write(&b, 5)
	if !strings.Contains(b.String(), "klue-ner: F1 0.500") || !strings.Contains(b.String(), "LC:서울에") {
		t.Fatalf("output:\n%s", b.String())
	}
}

// TestDurationsOption checks that a length of time is left out of the
// comparison by default and counted as KLUE's DT or TI with Durations.
func TestDurationsOption(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	s := Sentence{ID: "d", Text: "공사는 3년간 이어지고 점검은 2시간 걸린다."}
	has := func(ss []Span, sp Span) bool {
		for _, x := range ss {
			if x == sp {
				return true
			}
		}
		return false
	}
	plain, err := Predict(context.Background(), x, s)
	if err != nil {
		t.Fatal(err)
	}
	if has(plain, Span{4, 7, "DT"}) || has(plain, Span{17, 20, "TI"}) {
		t.Errorf("durations counted without the option: %v", plain)
	}
	with, err := Options{Durations: true}.Predict(context.Background(), x, s)
	if err != nil {
		t.Fatal(err)
	}
	if !has(with, Span{4, 7, "DT"}) || !has(with, Span{17, 20, "TI"}) {
		t.Errorf("durations not counted as DT 3년간 and TI 2시간: %v", with)
	}
}

// TestKLUEDevFloors runs the evaluation over the shared KLUE-NER dev
// sentences (skipped when ../shared is absent) and fails when a score falls
// below the floor it has reached, so that a rule change that loses entities
// shows in go test.
func TestKLUEDevFloors(t *testing.T) {
	f, err := os.Open("../../../shared/corpus/klue-ner/klue-ner-news-dev.tsv")
	if err != nil {
		t.Skip("../shared KLUE-NER data not present:", err)
	}
	defer f.Close()
	sents, err := ReadKLUE(f)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), x, sents)
	if err != nil {
		t.Fatal(err)
	}
	_, _, f1 := rep.Total().PRF()
	t.Logf("KLUE-NER dev F1 %.3f on %d sentences", f1, len(sents))
	if f1 < 0.78 {
		t.Errorf("overall F1 %.3f fell below 0.78", f1)
	}
	for typ, c := range rep.ByType {
		if _, _, f := c.PRF(); f < 0.70 {
			t.Errorf("%s F1 %.3f fell below 0.70", typ, f)
		}
	}
}
