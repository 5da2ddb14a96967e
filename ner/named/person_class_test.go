package named

import (
	"testing"

	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
)

// TestFirstClass checks firstCls against the sets it is built from and
// ctx.startClass, for every rune.
func TestFirstClass(t *testing.T) {
	r := recognizer(t)
	sets := [...]struct {
		set *sylBits
		bit uint8
	}{
		{r.surname1, clsSur1}, {&r.shape.firsts.bare, clsBare}, {&r.shape.firsts.bareSur, clsBareSur},
		{&r.shape.offices.first, clsOfficeFirst}, {&r.shape.offices.single, clsOfficeOne},
	}
	for c := rune(-1); c <= 0x10FFFF+1; c++ {
		got := r.firstCls.firstClass(c)
		var want uint8
		for _, s := range sets {
			if s.set.has(c) {
				want |= s.bit
			}
		}
		if r.ctx.startFirst.has(c) {
			want |= r.ctx.startClass(c)
		}
		if got != want {
			t.Fatalf("firstClass(%U) = %08b, want %08b", c, got, want)
		}
	}
}

// TestPersonWords checks the words' classes and bits of personWords
// against the tests persons and barePersons asked of every word.
func TestPersonWords(t *testing.T) {
	r := recognizer(t)
	texts := append(newsTexts(t), testcorpus.KLUE()...)
	texts = append(texts, "", "(", "김(", "김 (", "(김)", "이(李)씨", "가나다", "A(b) 김모씨")
	for _, text := range texts {
		for pass := range 3 { // from the doc's buffers after the first; after classify the last
			d := r.newDoc(text)
			if pass == 2 {
				r.classify(d)
			}
			d.personWords(r.firstCls)
			if len(d.wcls) != len(d.words) || len(d.surW) != (len(d.words)+63)/64 || len(d.bareW) != len(d.surW) {
				t.Fatalf("%q: lengths %d %d %d for %d words", text, len(d.wcls), len(d.surW), len(d.bareW), len(d.words))
			}
			for k := range d.words {
				w := &d.words[k]
				paren := w.e < len(text) && text[w.e] == '('
				if got, want := d.wcls[k]&^clsParen, r.firstCls.firstClass(w.c); got != want {
					t.Fatalf("%q word %d: class %08b, want %08b", text, k, got, want)
				}
				if got := d.wcls[k]&clsParen != 0; got != paren {
					t.Fatalf("%q word %d: paren %v, want %v", text, k, got, paren)
				}
				if got, want := d.surW[k>>6]>>(k&63)&1 != 0, r.isSurname1(w.c); got != want {
					t.Fatalf("%q word %d (%q): surW %v, want %v", text, k, text[w.s:w.e], got, want)
				}
				if got, want := d.bareW[k>>6]>>(k&63)&1 != 0, r.shape.firsts.bare.has(w.c) || paren; got != want {
					t.Fatalf("%q word %d (%q): bareW %v, want %v", text, k, text[w.s:w.e], got, want)
				}
			}
			for k := len(d.words); k < 64*len(d.surW); k++ {
				if d.surW[k>>6]>>(k&63)&1 != 0 || d.bareW[k>>6]>>(k&63)&1 != 0 {
					t.Fatalf("%q: bit %d set past the %d words", text, k, len(d.words))
				}
			}
			d.free()
		}
	}
}
