package named

import (
	"strings"
	"testing"
)

// TestMayBeName checks that mayBeName says no only where isNameOf does:
// for every last syllable it turns away, after surnames of one and two
// syllables and common given-name syllables, and at the words of the
// test texts.
func TestMayBeName(t *testing.T) {
	r := recognizer(t)
	for n := 2; n <= 4; n++ {
		for c := rune(0xAC00); c <= 0xD7A3; c++ {
			if !notNameLast[n-2].has(c) {
				continue
			}
			for _, head := range []string{"김", "이", "남궁", "선우"} {
				rest := n - 1 - len([]rune(head))
				if rest < 0 {
					continue
				}
				w := head + strings.Repeat("민", rest) + string(c)
				first := []rune(w)[0]
				if r.isNameOf(w, n, first, c) {
					t.Fatalf("isNameOf(%q) is true; notNameLast holds %q for %d syllables", w, c, n)
				}
			}
		}
	}
	checked := 0
	for _, text := range personGateTexts(t) {
		d := r.newDoc(text)
		for k := range d.words {
			w := &d.words[k]
			if !w.allH || w.nr < 2 || w.nr > 4 || !r.isSurname1(w.c) && !r.surname2First.has(w.c) {
				continue
			}
			if !r.mayBeName(w) && r.isNameOf(text[w.s:w.e], int(w.nr), w.c, w.lc) {
				t.Fatalf("mayBeName(%q) is false; isNameOf says true", text[w.s:w.e])
			}
			checked++
		}
		d.free()
	}
	if checked == 0 {
		t.Fatal("no word checked")
	}
}

// FuzzMayBeName checks mayBeName against isNameOf on words of syllables
// that start names and end them or other words.
func FuzzMayBeName(f *testing.F) {
	r := recognizer(f)
	syls := []rune("김이박최정남궁선우황보제갈민서준연하늘지은모한록러의을를된던친는은가에도자")
	f.Add([]byte{0, 8, 9, 25})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 2 || len(b) > 4 {
			return
		}
		var sb strings.Builder
		for _, c := range b {
			sb.WriteRune(syls[int(c)%len(syls)])
		}
		text := sb.String() + " 장관"
		d := r.newDoc(text)
		defer d.free()
		w := &d.words[0]
		if !r.mayBeName(w) && r.isNameOf(text[w.s:w.e], int(w.nr), w.c, w.lc) {
			t.Fatalf("mayBeName(%q) is false; isNameOf says true", text[w.s:w.e])
		}
	})
}
