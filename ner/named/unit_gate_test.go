package named

import (
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/rules"
)

// checkUnitEnds fails when a test of unitAfter accepts w although its last
// rune is not in unitEnds: the gate would have turned it away.
func checkUnitEnds(t *testing.T, r *Recognizer, w string) {
	t.Helper()
	legislature := strings.HasSuffix(w, "위") // orgChains' short committees
	if !(r.isStateOrgan(w) || r.isSubUnit(w) || legislature) {
		return
	}
	for _, e := range []int{len(w), len(w) + 2} {
		// also inside a text, where the bytes before w are another word's
		text := "국회 " + w
		if e > len(w) {
			text += "가 "
		}
		s, end := len("국회 "), len("국회 ")+len(w)
		if !r.ctx.unitEnds.has(lastRuneBefore(text, s, end)) {
			t.Errorf("unitEnds lacks the last rune of %q, which unitAfter accepts", w)
		}
	}
}

func TestUnitEnds(t *testing.T) {
	r := recognizer(t)
	p, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "전원합의체", "형사합의21부", "제2형사단독", "3부", "정보위", "미국법인", "판매법인", "강남지점"}
	for _, w := range p.List("organ_words") {
		words = append(words, w.Text, "서울"+w.Text, w.Text+"인")
	}
	for _, w := range words {
		checkUnitEnds(t, r, w)
	}
}

func FuzzUnitEnds(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"", "형사3부", "보도국", "정보위", "미국법인", "지청", "a부", "\xed\x9e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkUnitEnds(t, r, w)
	})
}

// unitAfterSlow is the former unitAfter (an oracle), which asked accept
// about every word after a mention; orgChainsCopy uses it.
func (r *Recognizer) unitAfterSlow(d *doc, end int, rest []ner.Mention, fed bool, accept func(string) bool) (int, int, bool) {
	text := d.text
	if end+1 >= len(text) || text[end] != ' ' {
		return 0, 0, false
	}
	s := end + 1
	if fed && strings.HasPrefix(text[s:], "연방 ") {
		s += len("연방 ")
	}
	we := d.wordEnd(s)
	if we == s {
		return 0, 0, false
	}
	e := d.trimEnd(s, we, 1)
	ok := accept(text[s:e])
	if !ok && e < we && accept(text[s:we]) {
		e, ok = we, true // 미국법인 사장: 인 ends the unit's word, no particle
	}
	if !ok {
		// two words: 민방위 당국, 수사 당국
		if e != we || !strings.HasPrefix(text[we:], " 당국") || !accept("당국") {
			return 0, 0, false
		}
		s2 := we + 1
		e = d.trimEnd(s2, d.wordEnd(s2), 2)
		if text[s2:e] != "당국" {
			return 0, 0, false
		}
	}
	if strings.HasPrefix(text[e:], " 청사") {
		return 0, 0, false // 워싱턴 국무부 청사: the building, a place
	}
	n := 0
	for k := 0; k < len(rest) && rest[k].Start < e; k++ {
		if rest[k].Label != ner.ORG || rest[k].End > e {
			return 0, 0, false
		}
		n++
	}
	return e, n, true
}
