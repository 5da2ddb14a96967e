package lex

import (
	"fmt"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTrieLongestFirst(t *testing.T) {
	tr := NewTrie[string]()
	tr.Add("중기", "a")
	tr.Add("중기부", "b")
	tr.Add("중소벤처기업부", "c")
	s := "중기부는 오늘"
	ms := tr.PrefixesAt(s, 0, nil)
	if len(ms) != 2 || s[:ms[0].End] != "중기부" || ms[0].Vals[0] != "b" || s[:ms[1].End] != "중기" {
		t.Fatalf("got %+v", ms)
	}
	if got := tr.PrefixesAt(s, 3, nil); len(got) != 0 {
		t.Fatalf("match in the middle of a key: %+v", got)
	}
}

func TestParticlesEndsWord(t *testing.T) {
	p := NewParticles([]string{"는", "에서", "의"})
	cases := []struct {
		s    string
		i    int
		want bool
		part string
	}{
		{"중기부는 밝혔다", len("중기부"), true, "는"},
		{"서귀포시에서 열린", len("서귀포시"), true, "에서"},
		{"경기도중 하나", len("경기도"), false, ""},
		{"APEC 회의", len("APEC"), true, ""},
		{"미국산 쇠고기", len("미국"), false, ""},
	}
	for _, c := range cases {
		part, ok := p.EndsWord(c.s, c.i)
		if ok != c.want || part != c.part {
			t.Errorf("EndsWord(%q, %d) = %q, %v; want %q, %v", c.s, c.i, part, ok, c.part, c.want)
		}
	}
}

func TestWordBounds(t *testing.T) {
	s := "대부분의 부처"
	if WordStart(s, len("대")) {
		t.Errorf("부 inside 대부분 starts a word")
	}
	if !WordStart(s, len("대부분의 ")) {
		t.Errorf("부처 after a space does not start a word")
	}
	if got := WordEnd(s, 0); s[:got] != "대부분의" {
		t.Errorf("WordEnd = %q", s[:got])
	}
	if got := WordStartBefore(s, len(s)); s[got:] != "부처" {
		t.Errorf("WordStartBefore = %q", s[got:])
	}
}

func TestTrimEnd(t *testing.T) {
	p := NewParticles([]string{"와", "과", "는", "에서", "에"})
	cases := []struct{ s, want string }{
		{"한빛테크와", "한빛테크"},
		{"세림바이오에서", "세림바이오"},
		{"세림바이오", "세림바이오"},
		{"가와", "가와"}, // too short once cut
	}
	for _, c := range cases {
		if got := c.s[:p.TrimEnd(c.s, 0, len(c.s), 2)]; got != c.want {
			t.Errorf("TrimEnd(%q) = %q; want %q", c.s, got, c.want)
		}
	}
}

// TestTrieFreezeResetBackward checks that a frozen trie, a trie reused
// after Reset and the backward walk find what a fresh trie finds.
func TestTrieFreezeResetBackward(t *testing.T) {
	keys := []string{"중기", "중기부", "중소벤처기업부", "기재부", "부", "A사", "㈜", "(주)", "한빛테크", "테크"}
	text := "중기부는 (주)한빛테크와 기재부, 중소벤처기업부 A사㈜ 부"
	fresh := NewTrie[int]()
	frozen := NewTrie[int]()
	reused := NewTrie[int]()
	for k := 0; k < 40; k++ { // enough first runes for the bit set
		reused.Add(string(rune('가'+k*7))+"다", -1)
	}
	reused.Reset()
	rev := NewTrie[int]()
	for i, k := range keys {
		fresh.Add(k, i)
		frozen.Add(k, i)
		reused.Add(k, i)
		rev.Add(Reverse(k), i)
	}
	frozen.Freeze()
	rev.Freeze()
	for i := 0; i < len(text); i++ {
		want := fmt.Sprint(fresh.PrefixesAt(text, i, nil), fresh.HasPrefixAt(text, i))
		for name, tr := range map[string]*Trie[int]{"frozen": frozen, "reused": reused} {
			if got := fmt.Sprint(tr.PrefixesAt(text, i, nil), tr.HasPrefixAt(text, i)); got != want {
				t.Fatalf("%s at %d: got %s; want %s", name, i, got, want)
			}
		}
		// backward: every key ending at i
		var got, wantB []string
		rev.EachKeyBefore(text, i, 0, func(s int, vals []int) bool {
			got = append(got, text[s:i])
			return true
		})
		for s := i; s >= 0; s-- {
			for _, k := range keys {
				if s+len(k) == i && text[s:i] == k {
					wantB = append(wantB, k)
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(wantB) {
			t.Fatalf("keys ending at %d: got %q; want %q", i, got, wantB)
		}
	}
}

func TestParticlesEndMask(t *testing.T) {
	small := []string{"는", "에서", "에서는", "의", "부터"}
	// more than 256 last syllables: the rank of lastH instead of lastIdx
	many := slices.Clone(small)
	for c := rune(0xAC00); len(many) < 400; c += 13 {
		many = append(many, string([]rune{'에', c}))
	}
	for _, words := range [][]string{small, many} {
		p := NewParticles(words)
		if (p.lastIdx == nil) != (len(words) > 256) {
			t.Fatalf("%d particles: lastIdx %v", len(words), p.lastIdx != nil)
		}
		checkEndMask(t, p, "서귀포시에서는 3월부터 중기부의")
		checkEndMask(t, p, "에각에가는 서울에갈 "+string([]rune{'에', 0xAC00 + 13*7})+"의")
	}
}

// checkEndMask compares the particle sequences EndMask reports at every
// word boundary of text with the set.
func checkEndMask(t *testing.T, p *Particles, text string) {
	t.Helper()
	for ws := 0; ws < len(text); ws++ {
		for we := ws; we <= len(text); we++ {
			if !utf8.RuneStart(text[ws]) || we < len(text) && !utf8.RuneStart(text[we]) {
				continue // the callers give word boundaries
			}
			m, ok := p.EndMask(text, ws, we)
			if !ok {
				t.Fatal("mask not ok")
			}
			for d := 1; d < 64; d++ {
				want := we-d >= ws && p.Has(text[we-d:we])
				if got := m&(1<<uint(d)) != 0; got != want {
					t.Fatalf("EndMask(%d, %d) bit %d = %v; want %v", ws, we, d, got, want)
				}
			}
		}
	}
}

// A large frozen trie checks the first two runes in HasPrefixAt: never a
// no where a key starts, and a no where only the first rune fits.
func TestHasPrefixAtPairs(t *testing.T) {
	tr := NewTrie[int]()
	for k := 0; k < 40; k++ { // enough first runes for the bit sets
		tr.Add(string(rune('가'+k*7))+"다라", k)
	}
	tr.Add("美", 100) // a key of one rune
	tr.Add("국립중앙박물관", 101)
	tr.Freeze()
	text := "국립중앙박물관과 국회의원, 美 대사관 " + string(rune('가'+7)) + "다라 " + string(rune('가'+7)) + "나"
	sawNo := false
	for i := 0; i < len(text); i++ {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		found := len(tr.PrefixesAt(text, i, nil)) > 0
		has := tr.HasPrefixAt(text, i)
		if found && !has {
			t.Fatalf("HasPrefixAt(%d) = false before %q", i, text[i:])
		}
		if r, _ := Decode(text, i); !has && tr.child(0, r) >= 0 {
			sawNo = true // the first rune starts a key, the second none
		}
	}
	if !sawNo {
		t.Fatal("the pair filter never said no")
	}
}

// EachKeyBefore on a trie large enough for its first-rune set: the same
// keys as a brute-force search, at every offset.
func TestEachKeyBeforeLarge(t *testing.T) {
	keys := []string{"장관", "차관", "위원장", "국장", "의원", "교수", "기자", "대표", "회장", "사장",
		"총리", "대사", "시장", "군수", "지사", "청장", "원장", "부장", "씨",
		"감독", "주임", "고문", "총재", "선생", "경찰", "대통령", "주석", "배우", "작가", "박사", "의장", "변호사"}
	rev := NewTrie[int]()
	for i, k := range keys {
		rev.Add(Reverse(k), i)
	}
	rev.Freeze()
	if rev.first == nil {
		t.Fatal("no first-rune set: the test needs more keys")
	}
	text := "김민수 장관은 공관위원장과 보안국장, 이 교수·기자 A씨에게 말했다"
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !utf8.RuneStart(text[i]) {
			continue
		}
		for lo := 0; lo <= i; lo += 3 {
			var got, want []string
			rev.EachKeyBefore(text, i, lo, func(s int, vals []int) bool {
				got = append(got, text[s:i])
				return true
			})
			for s := i; s >= lo; s-- {
				for _, k := range keys {
					if s+len(k) == i && text[s:i] == k {
						want = append(want, k)
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("keys ending at %d from %d: got %q; want %q", i, lo, got, want)
			}
		}
	}
}

// Keys added after Freeze are found: the root's Hangul index follows.
func TestTrieAddAfterFreeze(t *testing.T) {
	tr := NewTrie[int]()
	tr.Add("국토부", 1)
	tr.Add("환경부", 2)
	tr.Freeze()
	tr.Add("국방부", 3) // a syllable already at the root
	tr.Add("교육부", 4) // a new one, before the others
	tr.Add("힘", 5)
	text := "교육부와 국방부, 국토부, 환경부 힘"
	want := map[string]int{"교육부": 4, "국방부": 3, "국토부": 1, "환경부": 2, "힘": 5}
	found := 0
	for i := 0; i < len(text); i++ {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		for _, m := range tr.PrefixesAt(text, i, nil) {
			if want[text[i:m.End]] != m.Vals[0] {
				t.Fatalf("%q -> %v", text[i:m.End], m.Vals)
			}
			found++
		}
	}
	if found != len(want) {
		t.Fatalf("found %d keys; want %d", found, len(want))
	}
	tr.Reset()
	if tr.HasPrefixAt(text, 0) || len(tr.PrefixesAt(text, 0, nil)) != 0 {
		t.Fatal("a key left after Reset")
	}
}

// TestTrieResetReuse resets a trie after many keys, then after few, and
// checks that the nodes used by the first keys but not by the second ones
// hold nothing when they are taken again.
func TestTrieResetReuse(t *testing.T) {
	tr := NewTrie[int]()
	for i, k := range []string{"가나다라", "가나마", "나라", "다람쥐", "라디오"} {
		tr.Add(k, i)
	}
	tr.Reset()
	tr.Add("가", 10) // most nodes of the first keys stay unused
	tr.Reset()
	tr.Add("가나", 20)
	tr.Add("다", 30)
	for text, want := range map[string]string{"가나다라": "가나 [20]", "다람쥐": "다 [30]", "라디오": "", "나라": "", "가나마": "가나 [20]"} {
		got := ""
		for _, m := range tr.PrefixesAt(text, 0, nil) {
			got += fmt.Sprintf("%s %v;", text[:m.End], m.Vals)
		}
		if want != "" {
			want += ";"
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
}

// TestSingle64 compares the one-rune key tests that ask single64 first
// with single alone, on every rune below 1<<16 (and a few above).
func TestSingle64(t *testing.T) {
	for _, singles := range []string{"", "괌", "괌美AZ가힣"} {
		tr := NewTrie[int]()
		for k := 0; k < 40; k++ { // enough first runes for the bit sets
			tr.Add(string(rune('가'+k*7))+"다라", k)
		}
		for _, c := range singles {
			tr.Add(string(c), 1)
		}
		tr.Freeze()
		if singles != "" && tr.single == nil {
			t.Fatalf("%q: no single set", singles)
		}
		p := tr.StartPairs()
		for r := rune(0); r < 1<<16+200; r++ {
			want := tr.single != nil && tr.single.has(r)
			if got := tr.hasSingle(r); got != want {
				t.Fatalf("%q: hasSingle(%U) = %v", singles, r, got)
			}
			h := pairHash(r, 'x') >> p.shift
			wantMay := want || p.bits[h>>6]&(1<<(h&63)) != 0
			if got := p.May(r, 'x'); got != wantMay {
				t.Fatalf("%q: May(%U) = %v", singles, r, got)
			}
		}
	}
}

// TestMayHash checks that MayHash of the pair's hash answers as May.
func TestMayHash(t *testing.T) {
	tr := NewTrie[int]()
	for k, w := range []string{"한국", "한빛", "서울", "가", "G20", "3월"} {
		tr.Add(w, k)
	}
	for c := rune(0xAC00); c < 0xAC00+4000; c += 7 {
		tr.Add(string([]rune{c, c + 3, 'A'}), 1)
	}
	tr.Freeze()
	p := tr.StartPairs()
	if p == nil {
		t.Fatal("no pairs")
	}
	runes := []rune{'한', '국', '빛', '서', '울', '가', 'G', '2', '3', '월', ' ', 'A', 0xAC03, 0xAC00 + 70, 0xAC00 + 73}
	for _, a := range runes {
		for _, b := range runes {
			if got, want := p.MayHash(a, PairHash(a, b)), p.May(a, b); got != want {
				t.Fatalf("MayHash(%q, %q) = %v; May %v", a, b, got, want)
			}
		}
	}
}

// TestWordRuneTable checks IsWordRune against unicode.IsLetter and IsDigit
// on every rune (bmpWord answers below U+10000), and a few beyond.
func TestWordRuneTable(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := IsWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
