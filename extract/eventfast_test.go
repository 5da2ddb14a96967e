package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// checkByDistance compares byDistance with the stable sort it replaces
// (byDistanceStable, the code before) on mentions built from spans: pairs
// of bytes give a start and a length.
func checkByDistance(t *testing.T, spans []byte, h int, scale int) {
	t.Helper()
	var sm []sentMention
	for i := 0; i+1 < len(spans); i += 2 {
		start := int(spans[i]) * scale
		sm = append(sm, sentMention{Mention: &ner.Mention{Start: start, End: start + int(spans[i+1]%16)*scale}})
	}
	got := byDistance(nil, sm, h*scale)
	want := byDistanceStable(nil, sm, h*scale)
	if !slices.Equal(got, want) {
		t.Errorf("spans %v, h %d, scale %d: %v, want %v", spans, h, scale, got, want)
	}
}

func TestByDistanceAsStable(t *testing.T) {
	for _, scale := range []int{1, 3, 1 << 29, 1 << 31} {
		checkByDistance(t, []byte{10, 2, 10, 2, 3, 4, 20, 0, 12, 5, 9, 1, 11, 0}, 10, scale)
		checkByDistance(t, []byte("the mentions of a long sentence, more than thirty-two of them, each a span of bytes"), 100, scale)
	}
}

func FuzzByDistance(f *testing.F) {
	f.Add([]byte{10, 2, 10, 2, 3, 4, 20, 0}, uint8(10), false)
	f.Fuzz(func(t *testing.T, spans []byte, h uint8, big bool) {
		scale := 1
		if big {
			scale = 1 << 30
		}
		checkByDistance(t, spans, int(h), scale)
	})
}

// particleAfterWhole is particleAfterOf as it was, reading the whole word
// after the mention before asking whether it is a particle: the oracle of
// the version that reads no further than the longest particle.
func particleAfterWhole(x *eventEngine, text string, m *ner.Mention, limit int) (string, int) {
	end := m.End
	if end >= limit {
		return "", end
	}
	end = skipParenthetical(text, end, limit)
	we := x.wordEnd(text, end)
	if we > limit {
		we = limit
	}
	if we == end {
		return "", end
	}
	if p := text[end:we]; x.particles.Has(p) {
		return p, we
	}
	return "", end
}

// checkParticleAfter compares particleAfterOf with particleAfterWhole for
// a mention ending at every offset of text, with every limit after it; and
// wordEndBefore with wordEnd.
func checkParticleAfter(t *testing.T, x *eventEngine, text string) {
	t.Helper()
	for end := 0; end <= len(text); end++ {
		for limit := end; limit <= len(text); limit++ {
			m := &ner.Mention{Label: ner.ORG, Start: 0, End: end}
			gp, ga := x.particleAfterOf(text, m, limit)
			wp, wa := particleAfterWhole(x, text, m, limit)
			if gp != wp || ga != wa {
				t.Errorf("%q, end %d, limit %d: %q %d, want %q %d", text, end, limit, gp, ga, wp, wa)
			}
			we, got := x.wordEnd(text, end), x.wordEndBefore(text, end, limit)
			if (we < limit && got != we) || (we >= limit && got < limit) {
				t.Errorf("%q: wordEndBefore(%d, %d) = %d; wordEnd %d", text, end, limit, got, we)
			}
		}
	}
}

var particleTexts = []string{
	"한빛연구원은 새봄식품㈜은 누리전자 (주)가 미래기술원(KAIST)에서부터는 발표했다",
	"시청에서도, 구청으로부터 한결재단과의 협약 \xed\x95은 𝔘는 끝",
}

func TestParticleAfterAsWhole(t *testing.T) {
	x := newExtractor(t).events
	for _, text := range particleTexts {
		checkParticleAfter(t, x, text)
	}
}

func FuzzParticleAfter(f *testing.F) {
	for _, text := range particleTexts {
		f.Add(text)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 200 {
			return // every end and limit: quadratic
		}
		checkParticleAfter(t, x.events, text)
	})
}

// tokenStartRunes and bareWordRunes are tokenStart and bareWord as they
// were, decoding every rune with lex.DecodeLast and asking the Unicode
// tables: the oracles of the versions that read ASCII bytes and Hangul
// syllables themselves.
func tokenStartRunes(text string, i, floor int) int {
	for i > floor {
		c, n := lex.DecodeLast(text, i)
		if c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '\'' || c == '"' || c == '‘' || c == '“' {
			break
		}
		i -= n
	}
	return i
}

func bareWordRunes(w string) bool {
	switch w {
	case "이", "그", "이번", "해당", "각", "이날", "및", "등":
		return false
	}
	if connectives[w] {
		return false
	}
	last, _ := lex.DecodeLast(w, len(w))
	if strings.ContainsRune("은는이가을를의와과에로고며다서도해한던된일", last) {
		return false
	}
	for _, c := range w {
		if !lex.IsWordRune(c) && c != '&' && c != '·' && c != '-' {
			return false
		}
	}
	return true
}

// checkTokens compares tokenStart and bareWord with their oracles at
// every offset of text and on every piece of it.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		for _, floor := range []int{0, i / 2, i} {
			if got, want := tokenStart(text, i, floor), tokenStartRunes(text, i, floor); got != want {
				t.Errorf("%q: tokenStart(%d, %d) = %d, want %d", text, i, floor, got, want)
			}
		}
		for j := i + 1; j <= len(text) && j <= i+24; j++ {
			if w := text[i:j]; bareWord(w) != bareWordRunes(w) {
				t.Errorf("bareWord(%q) = %v", w, !bareWordRunes(w))
			}
		}
	}
}

var tokenTexts = []string{
	"지역 상생 협력 포럼을 (한결재단)\t'청년 도약' “새봄 계획” ‘누리’ R&D·AI-허브 이번 각 및 등 한편 이날",
	"서울시가 개최한 \xed\x95 𝔘포럼 é 3년 ０",
}

func TestTokensAsRunes(t *testing.T) {
	for _, text := range tokenTexts {
		checkTokens(t, text)
	}
	for c := rune(0xAC00); c <= 0xD7A3; c++ {
		if !lex.IsWordRune(c) {
			t.Fatalf("%c is not a word rune: bareWord may not pass it", c)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, text := range tokenTexts {
		f.Add(text)
	}
	f.Fuzz(checkTokens)
}

// TestLabelSetAsLabelOK checks that the bits of labelSet and labelBit
// answer as labelOK, which compares the names.
func TestLabelSetAsLabelOK(t *testing.T) {
	names := []string{"ORG", "PERSON", "PLACE", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "DURATION", "EVENT", ""}
	specs := []rules.RoleSpec{{}}
	for _, a := range names {
		specs = append(specs, rules.RoleSpec{Labels: []string{a}})
		for _, b := range names {
			specs = append(specs, rules.RoleSpec{Labels: []string{a, b}})
		}
	}
	for _, spec := range specs {
		set := labelSet(&spec)
		for _, l := range append(names, "org", "WORK") {
			got := set&labelBit(ner.Label(l)) != 0
			if set == 0 {
				continue // compared by name
			}
			if want := labelOK(&spec, ner.Label(l)); got != want {
				t.Errorf("labels %q, label %q: %v, want %v", spec.Labels, l, got, want)
			}
		}
	}
}

// validOddKeys is an engine whose keys are all valid UTF-8, so that lookAt
// finds them in its keySets (oddKeys walks the tries): keys of one rune,
// past U+FFFF, attached, and keys that are prefixes of others.
func validOddKeys() *eventEngine {
	p := &rules.Pack{
		Lists: map[string][]rules.Word{"negations": {{Text: "않았"}}},
		Events: []rules.EventRule{{
			ID:       "odd",
			Triggers: []string{"𝔘체결", "체", "체결", "체결식", "~𝔙협약", "~결", "~협약", "~협약체결", "개최하다", "개최"},
			Requires: []string{"법", "𝔘", "지 않", "체결"},
		}, {
			ID:       "again",
			Triggers: []string{"체결", "~결", "𝔙"},
		}},
	}
	return newEventEngine(p, nil)
}

func TestScanValidOddKeys(t *testing.T) {
	x := validOddKeys()
	if !x.keysOK || oddKeys().keysOK {
		t.Fatalf("keysOK = %v for valid keys, %v for keys not valid", x.keysOK, oddKeys().keysOK)
	}
	if d, err := New(); err != nil || !d.events.keysOK {
		t.Fatalf("the default rules' keys are looked up in the tries (%v)", err)
	}
	for _, text := range append(oddTexts, scanTexts...) {
		checkScan(t, x, text)
	}
}

func FuzzScanValidOddKeys(f *testing.F) {
	for _, text := range append(oddTexts, scanTexts...) {
		f.Add(text)
	}
	x := validOddKeys()
	f.Fuzz(func(t *testing.T, text string) { checkScan(t, x, text) })
}
