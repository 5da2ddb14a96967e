package named

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

// oldClassify is classify before it settled words with particles itself:
// classOf for every word but those of one end after a rune no list word
// ends with. Kept as an oracle.
func (r *Recognizer) oldClassify(d *doc) {
	tbl, odd := r.ctx.endCls, r.ctx.oddLasts
	for k := range d.words {
		w := &d.words[k]
		if k := uint(w.lc - 0xAC00); w.pmask == 0 && !d.slow && (k < uint(len(tbl)) && tbl[k] == 0 || k >= uint(len(tbl)) && !odd) {
			w.cls = clsDone
			continue
		}
		w.cls = r.classOf(d, w)
	}
}

// classOf finds the class of the word w of d, as classify did before it
// looked at the words of syllables itself. Kept for the oracle.
func (r *Recognizer) classOf(d *doc, w *word) uint8 {
	if d.slow {
		return clsDone | clsOrg | clsStrong | clsHead // a particle may be missing from pmask
	}
	if !w.allH {
		return r.classOfMixed(d, w)
	}
	text, ctx := d.text, &r.ctx
	cls := clsDone
	for m := w.pmask | 1; m != 0; m &= m - 1 {
		end := w.e - bits.TrailingZeros64(m)
		if end <= w.s {
			break
		}
		b := sylBefore(text, end)
		t := ctx.endCls[b-0xAC00]
		if t == 0 {
			continue // most ends
		}
		// a word of one syllable ends in b, or one of more in the pair a b
		cls |= t & (clsOrg | clsStrong | clsHead)
		if end-3 > w.s {
			a := sylBefore(text, end-3)
			cls |= ctx.pairCls[pairBit(a, b)] & (t >> 3)
			if t&endDeul != 0 && ctx.headIdx.bits.has(a) {
				cls |= clsHead // headStart looks before a plural 들
			}
		}
	}
	return cls
}

// TestClassifyOracle compares the words' classes with oldClassify's on the
// index texts and on random words of syllables that end org and place
// words, with and without particles.
func TestClassifyOracle(t *testing.T) {
	r := recognizer(t)
	texts := indexTexts(t)
	pieces := []string{"한빛", "테크", "전자", "공사", "협회", "센터", "시", "도", "구", "군", "역", "로", "들",
		"은", "는", "이", "가", "의", "에", "에서", "으로", "과", "와", "도", "만", " ", "A", "3", "·"}
	rng := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 5000; k++ {
		s := ""
		for n := rng.IntN(10); n > 0; n-- {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, text := range texts {
		d := r.newDoc(text)
		r.classify(d)
		checkOfClass(t, r, d)
		got := make([]uint8, len(d.words))
		for k := range d.words {
			got[k] = d.words[k].cls
		}
		r.oldClassify(d)
		for k := range d.words {
			if w := &d.words[k]; got[k] != w.cls {
				t.Fatalf("%q, word %q: class %b; want %b", text, text[w.s:w.e], got[k], w.cls)
			}
		}
		d.free()
	}
}

func FuzzClassify(f *testing.F) {
	r := recognizer(f)
	f.Add("한빛테크협회에서 시청들은 A3센터의 공사와")
	f.Fuzz(func(t *testing.T, text string) {
		d := r.newDoc(text)
		defer d.free()
		r.classify(d)
		checkOfClass(t, r, d)
		got := make([]uint8, len(d.words))
		for k := range d.words {
			got[k] = d.words[k].cls
		}
		r.oldClassify(d)
		for k := range d.words {
			if w := &d.words[k]; got[k] != w.cls {
				t.Fatalf("%q, word %q: class %b; want %b", text, text[w.s:w.e], got[k], w.cls)
			}
		}
	})
}

// checkOfClass compares d.cls with the words' classes and first runes,
// and ofClass with a walk over all the words, as the stages did before
// their candidate lists.
func checkOfClass(t *testing.T, r *Recognizer, d *doc) {
	t.Helper()
	if len(d.cls) != len(d.words) {
		t.Fatalf("%q: %d classes for %d words", d.text, len(d.cls), len(d.words))
	}
	for k := range d.words {
		w := &d.words[k]
		want := w.cls
		if r.ctx.venueHeadFirst.has(w.c) {
			want |= clsVenue
		}
		if w.c == '남' || w.c == '북' {
			want |= clsNS
		}
		if d.slow {
			want |= clsVenue | clsNS
		}
		if d.cls[k] != want {
			t.Fatalf("%q, word %q: doc class %b; want %b", d.text, d.text[w.s:w.e], d.cls[k], want)
		}
	}
	for _, mask := range []uint8{clsOrg, clsStrong, clsNS, clsHead | clsVenue, clsDone | clsOrg} {
		var want []int32
		for k := range d.words {
			if d.cls[k]&mask != 0 {
				want = append(want, int32(k))
			}
		}
		if got := d.ofClass(mask); !slices.Equal(got, want) {
			t.Fatalf("%q: ofClass(%b) = %v; want %v", d.text, mask, got, want)
		}
	}
}
