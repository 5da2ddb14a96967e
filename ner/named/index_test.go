package named

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// indexTexts are texts for checking the word index against the lex
// primitives it replaces: the example article, edge cases, and the news
// corpus when ../shared is there.
func indexTexts(t testing.TB) []string {
	texts := []string{
		"", "가", "A", " ", "김씨는", "한빛테크와 서울에서(주)", "\xff김\xe1\x80철수는 ", "3월 12일부터 ",
		"중기부는, 기재부의·과기정통부에서 경기도중 OECD는", "이성민기자는 최 장관과 김모(45)씨",
	}
	return append(texts, newsTexts(t)...)
}

func TestIndexMatchesLex(t *testing.T) {
	r := recognizer(t)
	for _, text := range indexTexts(t) {
		d := r.newDoc(text)
		for i := 0; i <= len(text); {
			if got, want := d.wordStart(i), lex.WordStart(text, i); got != want {
				t.Fatalf("%q: wordStart(%d) = %v; want %v", text, i, got, want)
			}
			if got, want := d.wordEnd(i), lex.WordEnd(text, i); got != want {
				t.Fatalf("%q: wordEnd(%d) = %v; want %v", text, i, got, want)
			}
			if got, want := d.wordStartBefore(i), lex.WordStartBefore(text, i); got != want {
				t.Fatalf("%q: wordStartBefore(%d) = %v; want %v", text, i, got, want)
			}
			gp, gok := d.endsWord(i)
			wp, wok := r.particles.EndsWord(text, i)
			if gp != wp || gok != wok {
				t.Fatalf("%q: endsWord(%d) = %q %v; want %q %v", text, i, gp, gok, wp, wok)
			}
			if i > 0 {
				for start := max(0, i-40); start < i; start++ {
					if !utf8.RuneStart(text[start]) {
						continue
					}
					for min := 1; min <= 3; min++ {
						if got, want := d.trimEnd(start, i, min), r.particles.TrimEnd(text, start, i, min); got != want {
							t.Fatalf("%q: trimEnd(%d, %d, %d) = %d; want %d", text, start, i, min, got, want)
						}
					}
				}
			}
			if w := d.wordAt(i); w != nil && w.s == i {
				word := text[w.s:w.e]
				first, _ := utf8.DecodeRuneInString(word)
				last, _ := utf8.DecodeLastRuneInString(word)
				allH := true
				for _, c := range word {
					allH = allH && lex.IsHangul(c)
				}
				if w.c != first || w.lc != last || int(w.nr) != utf8.RuneCountInString(word) || w.allH != allH {
					t.Fatalf("%q: word %q: got %q %q %d %v", text, word, w.c, w.lc, w.nr, w.allH)
				}
				for min := 1; min <= 3; min++ {
					for _, start := range []int{w.s, max(0, w.s-7), w.s + len(string(first))} {
						if got, want := d.trimWord(w, start, min), r.particles.TrimEnd(text, start, w.e, min); got != want {
							t.Fatalf("%q: trimWord(%q, %d, %d) = %d; want %d", text, word, start, min, got, want)
						}
					}
				}
			}
			if i == len(text) {
				break
			}
			_, n := lex.Decode(text, i)
			i += n
		}
		d.free()
	}
}

// TestTitlesOfWord checks the backward title look-up of every word against
// the forward one it replaces.
func TestTitlesOfWord(t *testing.T) {
	r := recognizer(t)
	texts := append(indexTexts(t), "공관위원장은 이사회 의장과 부이사회 의장이 김씨 최 씨 보안국장님 대표이사회 의장직")
	for _, text := range texts {
		d := r.newDoc(text)
		for k := range d.words {
			w := &d.words[k]
			r.titlesOfWord(d, w)
			for h, honor := range []bool{false, true} {
				d.slow = true // the forward search of the original code
				e, _, ok := r.titleAtSlow(d, w.s, honor)
				d.slow = false
				got := int(w.title[h])
				want := -1
				if ok {
					want = e - w.s + 1
				}
				if got != want {
					t.Fatalf("%q at %d (honor %v): got %d; want %d", text[w.s:w.e], w.s, honor, got, want)
				}
			}
		}
		d.free()
	}
}

// TestFindConcurrent runs Find from several goroutines (the doc buffers
// come from a pool) and compares with one at a time.
func TestFindConcurrent(t *testing.T) {
	r := recognizer(t)
	texts := indexTexts(t)
	want := make([][]ner.Mention, len(texts))
	for i, s := range texts {
		want[i] = r.Find(s, nil)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				for i, s := range texts {
					if got := r.Find(s, nil); !reflect.DeepEqual(got, want[i]) {
						errs <- fmt.Sprintf("text %d: got %d mentions; want %d", i, len(got), len(want[i]))
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

// The gazetteer's scan by words and the bytes that may start a key finds
// what the scan over every rune finds.
func TestGazetteerByWords(t *testing.T) {
	r := recognizer(t)
	texts := append(indexTexts(t), "(주)한빛테크와 미국시간으로 3일, 한국은행·기획재정부 \"산업통상자원부\"는",
		"㈜한빛 ㈜ ㈜㈜LG \xe3\x88㈜LG, ,㈜LG에서")
	texts = append(texts, "미국시간으로 3일 중국시각 일본시간보다 대한민국의 한국인과 중국인들")
	// keys that go on after their first word (gazScan.atWord leaves them
	// to at), a country before 시간 inside a longer word, a people
	texts = append(texts, "요르단강 서안에서 요르단강은 대한민국 국군과 대한민국 국회, 대한민국시간으로는 "+
		"한국희귀·필수의약품센터는 한국희귀 건국대학교 글로컬캠퍼스를 건국대학교에서 미국인들과 한국시각에")
	texts = append(texts, testcorpus.KLUE()...)
	for _, text := range texts {
		checkGazetteerByWords(t, r, text)
	}
}

// checkGazetteerByWords compares the gazetteer's scan by words (and its
// filters: the first two runes, gazMay) with the scan over every rune.
func checkGazetteerByWords(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	fast := gazScan{r: r, d: d}
	fast.scan()
	slow := gazScan{r: r, d: d}
	slow.scanRunes()
	d.free()
	if got, want := fmt.Sprint(fast.out, fast.cands), fmt.Sprint(slow.out, slow.cands); got != want {
		t.Fatalf("%q:\nby words %s\nby runes %s", text, got, want)
	}
}

func FuzzGazetteerByWords(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"미국시간으로 중국인들 대한상공회의소는", "(주)한빛테크와 한국은행·기획재정부", "서울특별시청에서 산업부의"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkGazetteerByWords(t, r, text)
	})
}

// A gazetteer with keys that start with no letter: a sign of three bytes
// and an ASCII one, on random texts; in a second gazetteer U+FFFD too
// (which stray bytes decode to), where scan is scanRunes; and in a third
// keys after more first bytes than gazScan.nextOdd looks for one by one.
func TestGazetteerOddKeys(t *testing.T) {
	entries := []rules.Entry{{Label: "ORG", Name: "㈜한빛"}, {Label: "ORG", Name: "(주)한빛"},
		{Label: "ORG", Name: "한빛"}, {Label: "PLACE", Name: "서울"}}
	pieces := []string{"㈜", "(주)", "한빛", "빛", "서울", "는", " ", "·", "\xe3\x88", "\x9c", "\xff", "A", "\uFFFD"}
	more := []rules.Entry{{Label: "ORG", Name: "[한빛]"}, {Label: "ORG", Name: "#서울"}, {Label: "ORG", Name: "-빛"}, {Label: "ORG", Name: "·한빛"}}
	for _, k := range []int{0, 1, 2} {
		fffd := k == 1
		p := &rules.Pack{Entries: entries}
		if fffd {
			p.Entries = append(p.Entries, rules.Entry{Label: "ORG", Name: "\uFFFD빛"})
		}
		if k == 2 {
			p.Entries = append(slices.Clip(entries), more...)
			pieces = append(pieces, "[", "]", "#", "-", "[한빛]")
		}
		r, err := New(p)
		if err != nil {
			t.Fatal(err)
		}
		if k == 2 && len(r.gazOddBytes) <= 4 {
			t.Fatalf("odd bytes %q: want more than 4", r.gazOddBytes)
		}
		if r.gazOdd == nil || r.gazOddRunes != fffd {
			t.Fatalf("odd keys: %v %v", r.gazOdd != nil, r.gazOddRunes)
		}
		rng := rand.New(rand.NewPCG(3, 4))
		for k := 0; k < 5000; k++ {
			text := ""
			for n := rng.IntN(10); n > 0; n-- {
				text += pieces[rng.IntN(len(pieces))]
			}
			d := r.newDoc(text)
			fast := gazScan{r: r, d: d}
			fast.scan()
			slow := gazScan{r: r, d: d}
			slow.scanRunes()
			d.free()
			if got, want := fmt.Sprint(fast.out), fmt.Sprint(slow.out); got != want {
				t.Fatalf("%q (U+FFFD key %v):\nby words %s\nby runes %s", text, fffd, got, want)
			}
		}
	}
}

// TestWordSize keeps the word index compact: every stage walks the words,
// and a word of 48 bytes (no padding between its fields) reads less memory.
func TestWordSize(t *testing.T) {
	if n := unsafe.Sizeof(word{}); n > 48 {
		t.Fatalf("word is %d bytes, want at most 48", n)
	}
}

// BenchmarkNewDocNews indexes the news texts of BenchmarkFindNews alone:
// the first stage of every Find.
func BenchmarkNewDocNews(b *testing.B) {
	r := recognizer(b)
	testcorpus.Bench(b, newsTexts(b), func(d string) { r.newDoc(d).free() })
}

// TestNewDocOracle compares the index with the one the loop before its
// inline syllables built (oldNewDoc), on the index texts and on random
// ones mixing syllables, other runes of three bytes, Latin, digits and
// broken UTF-8.
func TestNewDocOracle(t *testing.T) {
	r := recognizer(t)
	texts := indexTexts(t)
	pieces := []string{"가", "힣", "는", "에서", "美", "Ａ", "ㄱ", "A", "z", "9", " ", ",", "·", "\xea\xb0", "\x80", "\xed\xa0\x80", "é", "😀"}
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 3000; k++ {
		s := ""
		// some long enough for indexWords' four syllables at a time
		for n := rng.IntN(12) + k%3*rng.IntN(20); n > 0; n-- {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, text := range texts {
		checkNewDoc(t, r, text)
	}
}

// checkNewDoc compares the index of text with oldNewDoc's.
func checkNewDoc(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	got := fmt.Sprint(d.wid, d.words, d.slow)
	d.free()
	d = r.oldNewDoc(text)
	want := fmt.Sprint(d.wid, d.words, d.slow)
	if got != want {
		t.Fatalf("%q:\ngot  %s\nwant %s", text, got, want)
	}
}

// FuzzNewDoc compares the index with oldNewDoc on any bytes.
func FuzzNewDoc(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"중기부는, OECD의 3월부터", "\xea\xb0가\xed\xa0\x80美Ａ é😀 ㄱ·", "가나다라마", "A1 b2", "힣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkNewDoc(t, r, text)
	})
}

// oldNewDoc is newDoc as it was before the index took syllables with
// lex.HangulAt, kept as an oracle.
func (r *Recognizer) oldNewDoc(text string) *doc {
	d := new(doc)
	d.text, d.r = text, r
	d.wid = make([]int32, len(text)+1)
	d.slow = r.particles.MaxLen() > 63
	wid := d.wid
	for i := 0; i < len(text); {
		var c rune
		var n int
		var isWord bool
		if b := text[i]; b < 0x80 {
			if !asciiWord[b] {
				wid[i] = -1
				i++
				continue
			}
			c, n, isWord = rune(b), 1, true
		} else {
			c, n, isWord = oldClassify(text, i)
		}
		if !isWord {
			for k := i; k < i+n; k++ {
				wid[k] = -1
			}
			i += n
			continue
		}
		id := int32(len(d.words))
		w := word{s: i, c: c, allH: true}
		for {
			for k := i; k < i+n; k++ {
				wid[k] = id
			}
			w.nr++
			w.allH = w.allH && lex.IsHangul(c)
			w.lc = c
			i += n
			for i+2 < len(text) {
				b, b1, b2 := text[i], text[i+1], text[i+2]
				if b < 0xEA || b > 0xED || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
					break
				}
				h := rune(b&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
				if !lex.IsHangul(h) {
					break
				}
				wid[i], wid[i+1], wid[i+2] = id, id, id
				w.nr++
				w.lc = h
				i += 3
			}
			if i >= len(text) {
				break
			}
			if b := text[i]; b < 0x80 {
				if !asciiWord[b] {
					break
				}
				c, n = rune(b), 1
			} else if c, n, isWord = oldClassify(text, i); !isWord {
				break
			}
		}
		w.e = i
		if !lex.IsHangul(w.lc) || r.particles.MayEndWith(w.lc) {
			m, ok := r.particles.EndMask(text, w.s, w.e)
			if !ok {
				d.slow = true
			}
			w.pmask = m
		}
		d.words = append(d.words, w)
	}
	wid[len(text)] = -1
	return d
}

func oldClassify(text string, i int) (rune, int, bool) {
	if b := text[i]; b < 0x80 {
		return rune(b), 1, b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
	} else if b >= 0xEA && b <= 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
		if c := rune(b&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F); lex.IsHangul(c) {
			return c, 3, true
		}
	}
	c, n := lex.Decode(text, i)
	return c, n, lex.IsWordRune(c)
}

// TestFirstPairsOracle compares the lists of firstPairs with the filters
// gazScan.scan and weakRegions applied to every word before them.
func TestFirstPairsOracle(t *testing.T) {
	r := recognizer(t)
	texts := append(indexTexts(t), testcorpus.KLUE()...)
	for f := range r.weakForms {
		texts = append(texts, "대구, "+f+", 광주 등에서 "+f+"는 "+f)
	}
	for _, text := range texts {
		checkFirstPairs(t, r, text)
	}
}

func FuzzFirstPairs(f *testing.F) {
	r := recognizer(f)
	for _, s := range []string{"미국시간으로 중국인들 대한상공회의소는", "(주)한빛테크와 한국은행·기획재정부", "가 A1 힣힣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkFirstPairs(t, r, text)
	})
}

// checkFirstPairs compares firstPairs's lists with oldFirstPairs's.
func checkFirstPairs(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	defer d.free()
	r.firstPairs(d)
	gaz, weak := r.oldFirstPairs(d)
	if !slices.Equal(d.gazIdx, gaz) || !slices.Equal(d.weakIdx, weak) {
		t.Fatalf("%q: gazetteer %v, weak %v; want %v, %v", text, d.gazIdx, d.weakIdx, gaz, weak)
	}
}

// oldFirstPairs is the filters of the words as the gazetteer's scan and
// weakRegions asked them, each in its own walk over the words: an oracle.
func (r *Recognizer) oldFirstPairs(d *doc) (gaz, weak []int32) {
	text, words, pairs := d.text, d.words, r.gazPairs
	for k := range words {
		wd := &words[k]
		if wd.allH && wd.nr >= 2 && pairs != nil {
			if pairs.May(wd.c, syllable(text[wd.s+3:wd.s+6])) {
				gaz = append(gaz, int32(k))
			}
			continue
		}
		// the first test of mayAt
		may := true
		if i := wd.s; pairs != nil && wd.allH && wd.e < len(text) && text[wd.e] < 0x80 {
			may = pairs.May(wd.c, rune(text[wd.e]))
		} else if pairs != nil && !wd.allH && wd.c < 0x80 && i+1 < len(text) {
			if b := text[i+1]; b < 0x80 {
				may = pairs.May(wd.c, rune(b))
			} else if c := lex.HangulAt(text, i+1); c >= 0 {
				may = pairs.May(wd.c, c)
			}
		}
		if may {
			gaz = append(gaz, int32(k))
		}
	}
	for k := range words {
		wd := &words[k]
		if !r.weakFirst.has(wd.c) {
			continue
		}
		if wd.allH && wd.nr >= 2 {
			if h := weakPair(wd.c, syllable(text[wd.s+3:wd.s+6])); r.weakPairs[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
		}
		weak = append(weak, int32(k))
	}
	return gaz, weak
}

// TestBeforeLocalTimeH compares beforeLocalTimeH with beforeLocalTime on
// words of syllables before 시간 and 시각, at every length.
func TestBeforeLocalTimeH(t *testing.T) {
	r := recognizer(t)
	for _, stem := range []string{"미국", "중국", "일본", "한국", "영국", "프랑스", "가", "미", "대한민국", "뉴질랜드"} {
		for _, tail := range []string{"시간", "시각", "시간으로", "시각으로는", "시", "간", "시간시간", "으로시간"} {
			text := stem + tail
			for i := 0; i < len(text); i += 3 {
				for e := i + 3; e <= len(text); e += 3 {
					if got, want := r.beforeLocalTimeH(text, i, e), r.beforeLocalTime(text, i, e); got != want {
						t.Fatalf("%q [%d:%d]: %v; want %v", text, i, e, got, want)
					}
				}
			}
		}
	}
}

// TestGazetteerAtWord compares the scan by words with the scan over every
// rune on a small gazetteer made for gazScan.atWord's cases: a key that is
// also the first word of a longer one, keys ending inside a word and
// before particles, a country before 시간 inside a word, a people (인),
// two entries sharing a form.
func TestGazetteerAtWord(t *testing.T) {
	country := map[string]string{"kind": "country"}
	p := &rules.Pack{
		Entries: []rules.Entry{
			{Label: "ORG", Name: "한빛"}, {Label: "ORG", Name: "한빛 은행"}, {Label: "ORG", Name: "한빛은행"},
			{Label: "PLACE", Name: "가나", Attrs: country}, {Label: "PLACE", Name: "가나다", Attrs: country},
			{Label: "PLACE", Name: "미국", Attrs: country}, {Label: "PLACE", Name: "미국시"},
			{Label: "ORG", Name: "시간"}, {Label: "PLACE", Name: "광주"}, {Label: "ORG", Name: "광주", Attrs: map[string]string{"status": "former"}},
			{Label: "ORG", Name: "한·미"}, {Label: "ORG", Name: "은행"}, {Label: "ORG", Name: "가나시각"},
		},
		Lists: map[string][]rules.Word{"particles": {{Text: "은"}, {Text: "는"}, {Text: "의"}, {Text: "에서"}, {Text: "으로"}, {Text: "들"}, {Text: "인"}}},
	}
	// more first syllables, so that the trie has the filter of its first
	// two runes and the scan asks atWord
	for _, w := range strings.Fields("갑을 병정 무기 경신 임계 자축 인묘 진사 오미 신유 술해 동서 남북 상하 좌우 전후 내외") {
		p.Entries = append(p.Entries, rules.Entry{Label: "ORG", Name: w})
	}
	r, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if r.gazPairs == nil || r.gazWords == nil {
		t.Fatal("no filter of the first two runes: atWord is not asked")
	}
	pieces := []string{"한빛", "은행", "가나", "다", "미국", "시간", "시각", "으로", "은", "는", "의", "인", "들", "에서",
		"광주", "시", " ", " ", "·", "미", "A", "가"}
	rng := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 20000; k++ {
		text := ""
		for n := rng.IntN(12); n > 0; n-- {
			text += pieces[rng.IntN(len(pieces))]
		}
		checkGazetteerByWords(t, r, text)
	}
}
