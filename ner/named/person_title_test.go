package named

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// checkTitleFacts checks the quick noes of titleFacts against the titles'
// trie at every offset of text: mayStart must not say no where a title
// starts (it may where r.titles.HasPrefixAt says no, and the other way
// round, since both only turn most offsets away before a walk),
// mayStartWord and mayStartIn must say what mayStart says,
// titleStartsOf what mayStart of the offices says (which must not say no
// where a title of office starts), mayHold must not say no where a word
// holds a title, and has must agree with the longest title.
func checkTitleFacts(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	f := &r.shape.titles
	d := r.newDoc(text)
	defer d.free()
	var buf [80]uint64
	ts := r.titleStartsOf(d, buf[:])
	valid := utf8.ValidString(text)
	dt := r.newDoc(text)
	defer dt.free()
	for i := 0; i <= len(text); i++ {
		if _, _, ok := r.titles.LongestAt(text, i); ok && !f.mayStart(text, i) {
			t.Fatalf("mayStart(%d) is false at %q; a title may start there", i, text[i:min(len(text), i+12)])
		}
		// mayOfficeAt must not say no where a title of office is (asked
		// on a doc of its own: titleAt keeps its answers in the words)
		if i < len(text) {
			if _, role, ok := r.titleAt(dt, i, false); ok && r.foreignTitle(role) && !r.mayOfficeAt(d, i, nil) {
				t.Fatalf("mayOfficeAt(%d) is false at %q; titleAt finds %q", i, text[i:min(len(text), i+12)], role)
			}
		}
		r.titles.EachPrefix(text, i, func(e int, vals []string) bool {
			if officeKind(vals[0]) && !r.shape.offices.mayStart(text, i) {
				t.Fatalf("offices.mayStart(%d) is false at %q; %q is an office", i, text[i:min(len(text), i+12)], text[i:e])
			}
			return true
		})
	}
	for k := range d.words {
		w := &d.words[k]
		want := f.mayStart(text, w.s)
		if got := f.mayStartWord(text, w); got != want {
			t.Fatalf("%q: mayStartWord(%q) = %v; mayStart says %v", text, text[w.s:w.e], got, want)
		}
		if got, want := ts.may[k>>6]&(1<<(k&63)) != 0, r.shape.offices.mayStartWord(text, w); got != want {
			t.Fatalf("%q: titleStartsOf(%q) = %v; mayStart says %v", text, text[w.s:w.e], got, want)
		}
		if w.allH {
			for i := w.s; i < w.e; i += 3 {
				if got, want := f.mayStartIn(text, w, i), f.mayStart(text, i); got != want {
					t.Fatalf("%q: mayStartIn(%q, %d) = %v; mayStart says %v", text, text[w.s:w.e], i, got, want)
				}
			}
		}
		mayAt := func(j int) bool { return j < len(d.words) && r.shape.offices.mayStart(text, d.words[j].s) }
		if got, want := ts.nextOrSecond(k), ts.odd || mayAt(k+1) || mayAt(k+2); got != want {
			t.Fatalf("%q: nextOrSecond(%q) = %v; want %v", text, text[w.s:w.e], got, want)
		}
		if got, want := ts.secondOrThird(k), ts.odd || mayAt(k+2) || mayAt(k+3); got != want {
			t.Fatalf("%q: secondOrThird(%q) = %v; want %v", text, text[w.s:w.e], got, want)
		}
		// titlesOfWord against the forward search it replaces (which
		// finds titles that it does not after a byte that is no UTF-8,
		// as it did before titleFacts: "\xecCEO")
		if !d.slow && valid {
			r.titlesOfWord(d, w)
			for h, honor := range []bool{false, true} {
				d.slow = true
				e, _, ok := r.titleAtSlow(d, w.s, honor)
				d.slow = false
				want := int32(-1)
				if ok {
					want = int32(e-w.s) + 1
				}
				if w.title[h] != want {
					t.Fatalf("%q: titlesOfWord(%q) (honor %v) = %d; want %d", text, text[w.s:w.e], honor, w.title[h], want)
				}
			}
		}
		// mayHold turns words away before titlesOfWord's look-ups
		if !d.slow && valid && !f.mayHold(d, w) {
			for _, honor := range []bool{false, true} {
				d.slow = true // the forward search of titleAtSlow
				_, _, ok := r.titleAtSlow(d, w.s, honor)
				d.slow = false
				if ok {
					t.Fatalf("%q: mayHold(%q) is false; titleAtSlow finds a title", text, text[w.s:w.e])
				}
			}
		}
		for s := w.s; s < w.e; s++ {
			if !utf8.RuneStart(text[s]) {
				continue
			}
			for e := s + 1; e <= w.e && e <= s+40; e++ {
				sub := text[s:e]
				le, _, ok := r.titles.LongestAt(sub, 0)
				if got, want := f.has(sub), ok && le == len(sub); got != want {
					t.Fatalf("has(%q) = %v; want %v", sub, got, want)
				}
			}
		}
	}
}

func TestTitleFacts(t *testing.T) {
	r := recognizer(t)
	texts := append(indexTexts(t),
		"김민준 장관, 장관은 대표이사 이사회 의장 CEO와 CFO 1차관 2차관은 12일 씨 군 양 님 PD는 P 2",
		"정하늘 중소벤처기업부 장관은 간담회를, 공관위원장 보안국장님 대통령실 국무총리")
	for _, text := range texts {
		checkTitleFacts(t, r, text)
	}
}

func FuzzTitleFacts(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"이성민 기자는", "CEO 장관 1차관", "국무총리실장 이사회 의장", "씨 양 P"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTitleFacts(t, r, text)
	})
}

// checkPersonsFilter checks that the first tests of persons (titleKeyIn,
// mayFollowName) turn away no word that personAt takes.
func checkPersonsFilter(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	known := d.resolve(r.gazetteer(d))
	got := append([]ner.Mention(nil), r.persons(d, known)...)
	d.free()
	d = r.newDoc(text)
	known = d.resolve(r.gazetteer(d))
	var want []ner.Mention
	for k := range d.words {
		w := &d.words[k]
		if !r.isSurname1(w.c) {
			continue
		}
		if m, ok := r.personAt(d, w.s, w.e, known); ok && !coveredBy(known, w.s, w.e) {
			want = append(want, m)
		}
	}
	d.free()
	setPersonKeys(want)
	if len(got) != 0 || len(want) != 0 {
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: persons found %v; personAt at every word finds %v", text, got, want)
		}
	}
	// mayFollowWord answers as mayFollowName at the offset after the word
	d = r.newDoc(text)
	defer d.free()
	known = d.resolve(r.gazetteer(d))
	orgs := orgPlaceWords(d, known, nil)
	for k := range d.words {
		if e := d.words[k].e; e < len(text) && text[e] == ' ' {
			if got, want := r.mayFollowWord(d, k, orgs), r.mayFollowName(d, e+1, orgs); got != want {
				t.Fatalf("%q: mayFollowWord(%d) = %v, mayFollowName(%d) = %v", text, k, got, e+1, want)
			}
		}
	}
}

// mayFollowName is mayFollowWord by the offset after the space, as
// persons asked before (the oracle of mayFollowWord).
func (r *Recognizer) mayFollowName(d *doc, j int, orgs []uint64) bool {
	text := d.text
	if strings.HasPrefix(text[j:], "전 ") || strings.HasPrefix(text[j:], "현 ") {
		j += len("전 ")
	}
	if j >= len(text) {
		return false
	}
	k := d.wid[j]
	if k < 0 || d.words[k].s != j || d.slow {
		return true // titleAt looks further
	}
	wd := &d.words[k]
	if wd.title[1] == 0 && !r.shape.titles.mayHold(d, wd) {
		wd.title = [2]int32{-1, -1} // as titlesOfWord would keep it
	}
	return wd.title[1] >= 0 || orgs[k>>6]&(1<<(k&63)) != 0
}

func TestPersonsFilter(t *testing.T) {
	r := recognizer(t)
	texts := append(indexTexts(t),
		"김민준 장관과 이서연 한빛전자 대표, 박지훈 전 통일부 장관은 최은지 씨와 정하늘기자를 만났다. 한성숙 중소벤처기업부 장관")
	for _, text := range texts {
		checkPersonsFilter(t, r, text)
	}
}

func FuzzPersonsFilter(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"김민준 장관은", "이서연 한빛전자 대표", "박지훈 전 통일부 장관", "정하늘기자는", "최은지 씨"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkPersonsFilter(t, r, text)
	})
}

// FuzzHangulName checks hangulName's byte test against the runes.
func FuzzHangulName(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"메르켈", "가", "가나다라마바사", "\xed\xa0\x80가", "가a나", "힣힣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		n, all := 0, true
		for _, c := range w {
			all = all && c >= 0xAC00 && c <= 0xD7A3
			n++
		}
		for max := 2; max <= 8; max++ {
			want := all && n >= 2 && n <= max && !r.notNames.has(w) && !r.stemStop.has(w)
			if got := r.hangulName(w, max); got != want {
				t.Fatalf("hangulName(%q, %d) = %v; want %v", w, max, got, want)
			}
		}
	})
}

func TestGeneralSecretary(t *testing.T) {
	runFindCases(t, []findCase{
		{"총비서 is a title", "김정은 총비서는 이날 열병식에 참석했다.", []want{{ner.PERSON, "김정은", ""}}, nil},
		{"the party is no name", "북한 김정은 노동당 위원장이 연설했다.", nil, []string{"PERSON:노동당"}},
	})
}
