package extract

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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

// connectivesMap is the set isConnective's switch replaced: the oracle's.
var connectivesMap = map[string]bool{"한편": true, "또": true, "또한": true, "이어": true, "이에": true,
	"아울러": true, "특히": true, "이날": true, "앞서": true, "다만": true, "그러나": true,
	"하지만": true, "이와": true, "함께": true, "이번에": true, "최근": true, "현재": true}

func TestIsConnective(t *testing.T) {
	for w := range connectivesMap {
		if !isConnective(w) {
			t.Errorf("isConnective(%q) = false", w)
		}
	}
	for _, w := range []string{"", "한", "한편은", "또는", "이", "이어서", "최근에", "현재의", "정부는", "그리고"} {
		if isConnective(w) != connectivesMap[w] {
			t.Errorf("isConnective(%q) = %v", w, isConnective(w))
		}
	}
}

func bareWordRunes(w string) bool {
	switch w {
	case "이", "그", "이번", "해당", "각", "이날", "및", "등":
		return false
	}
	if connectivesMap[w] {
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

// mergeEventsMaps and sameHappeningMaps are mergeEvents and sameHappening
// as they were, on events whose roles are already in their Args: the
// oracles of the versions that read the roles of drafts and make the Args
// of the events kept only.
func mergeEventsMaps(evs []Event) []Event {
	groupOf := make([]int32, 0, len(evs))
	var firsts []int
	for i := range evs {
		placed := false
		for g, first := range firsts {
			if evs[first].Type != evs[i].Type {
				continue
			}
			for j := first; j < i; j++ {
				if groupOf[j] == int32(g) && sameHappeningMaps(evs[j], evs[i]) {
					groupOf = append(groupOf, int32(g))
					placed = true
					break
				}
			}
			if placed {
				break
			}
		}
		if !placed {
			groupOf = append(groupOf, int32(len(firsts)))
			firsts = append(firsts, i)
		}
	}
	out := make([]Event, 0, len(firsts))
	for g, first := range firsts {
		best := first
		for j := first + 1; j < len(evs); j++ {
			if groupOf[j] == int32(g) && evs[j].score > evs[best].score {
				best = j
			}
		}
		ev := evs[best]
		for j := first; j < len(evs); j++ {
			if j == best || groupOf[j] != int32(g) {
				continue
			}
			for role, args := range evs[j].Args {
				switch {
				case len(ev.Args[role]) == 0:
					ev.Args[role] = args
				case role == "quote" || isParticipant(role):
					ev.Args[role] = unionArgs(ev.Args[role], args)
				}
			}
		}
		out = append(out, ev)
	}
	return out
}

func sameHappeningMaps(a, b Event) bool {
	if na, nb := a.Args["name"], b.Args["name"]; len(na) > 0 && len(nb) > 0 {
		x, y := na[0].Text, nb[0].Text
		return strings.Contains(x, y) || strings.Contains(y, x)
	}
	namedInMaps := func(a, b Event) bool {
		na := a.Args["name"]
		if len(na) == 0 {
			return false
		}
		for role, args := range b.Args {
			if !isParticipantRole(role) {
				continue
			}
			for _, x := range args {
				if x.Name != "" && x.Name == na[0].Text {
					return true
				}
			}
		}
		return false
	}
	if namedInMaps(a, b) || namedInMaps(b, a) {
		return true
	}
	for role, args := range b.Args {
		if !isParticipantRole(role) {
			continue
		}
		for _, x := range args {
			if x.Entity != "" && hasEntity(a.Args[role], x.Entity) {
				return true
			}
		}
	}
	if b.Sentence-a.Sentence > 2 || b.Sentence < a.Sentence {
		return false
	}
	for role, args := range b.Args {
		for _, x := range args {
			if x.Entity == "" || !hasEntity(a.Args[role], x.Entity) {
				return false
			}
		}
	}
	return len(b.Args) > 0
}

// draftsOf reads events from bytes: per event a type, a sentence, a score
// and roles, each with arguments (an entity or a text; names that contain
// one another). It returns them as drafts and as events with their Args.
func draftsOf(data []byte) ([]draft, []Event) {
	roles := []string{"name", "organizer", "participant", "quote", "date", "amount", "agent", "place"}
	texts := []string{"포럼", "혁신 포럼", "2025년", "\"말\"", "포"}
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return int(b)
	}
	var ds []draft
	var evs []Event
	for len(data) > 0 && len(ds) < 80 {
		ev := Event{Type: []string{"meeting", "budget"}[next()%2], Sentence: next() % 6, Rule: "r"}
		ev.score = next() % 5
		var dr []draftRole
		ev.Args = map[string][]Arg{}
		for n, used := next()%4, 0; used < n; used++ {
			role := roles[next()%len(roles)]
			if ev.Args[role] != nil {
				continue // distinct roles, as build fills them
			}
			var args []Arg
			for k := next()%3 + 1; k > 0; k-- {
				if v := next(); v%2 == 0 {
					args = append(args, Arg{Text: texts[v/2%len(texts)]})
				} else {
					id := fmt.Sprintf("e%d", v/2%4)
					args = append(args, Arg{Text: id, Entity: id, Name: id})
				}
			}
			dr = append(dr, draftRole{role, slices.Clip(slices.Clone(args))})
			ev.Args[role] = slices.Clip(slices.Clone(args))
		}
		if len(dr) == 0 {
			continue // build keeps no event without a role
		}
		d := draft{ev: ev, roles: slices.Clip(dr)}
		d.ev.Args = nil
		ds, evs = append(ds, d), append(evs, ev)
	}
	return ds, evs
}

func checkMerge(t *testing.T, data []byte) {
	t.Helper()
	ds, evs := draftsOf(data)
	got, want := mergeEvents(ds), mergeEventsMaps(evs)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%v: merged\n%+v\nwant\n%+v", data, got, want)
	}
}

var mergeSeeds = [][]byte{
	{0, 1, 2, 2, 0, 1, 0, 3, 1, 5, 0, 1, 2, 2, 0, 1, 0, 3, 1, 5, 1, 0, 1, 1, 3, 1, 2},
	[]byte("meetings and budgets, merged by name, by participant, or restated nearby"),
}

func TestMergeAsMaps(t *testing.T) {
	for _, data := range mergeSeeds {
		checkMerge(t, data)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		data := make([]byte, r.IntN(120))
		for i := range data {
			data[i] = byte(r.IntN(8))
		}
		checkMerge(t, data)
	}
}

func FuzzMerge(f *testing.F) {
	for _, data := range mergeSeeds {
		f.Add(data)
	}
	f.Fuzz(checkMerge)
}

// skipParentheticalMarks is skipParenthetical as it was, testing each mark
// after every name: the oracle of the version that turns most names away
// with one table test.
func skipParentheticalMarks(text string, i, limit int) int {
	if i >= limit {
		return i
	}
	k := i
	if text[k] == ' ' {
		k++
	}
	if k < limit {
		switch text[k] {
		case "㈜"[0]:
			if strings.HasPrefix(text[k:limit], "㈜") {
				return k + len("㈜")
			}
		case '(':
			if strings.HasPrefix(text[k:limit], "(주)") {
				return k + len("(주)")
			}
		}
	}
	if text[i] != '(' {
		return i
	}
	j := strings.IndexByte(text[i:min(limit, i+60)], ')')
	if j < 0 {
		return i
	}
	return i + j + 1
}

func checkParenthetical(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		for limit := i; limit <= len(text) && limit <= i+80; limit++ {
			if got, want := skipParenthetical(text, i, limit), skipParentheticalMarks(text, i, limit); got != want {
				t.Errorf("%q: skipParenthetical(%d, %d) = %d, want %d", text, i, limit, got, want)
			}
		}
	}
}

var parenTexts = []string{
	"새봄식품㈜은 누리전자 (주)가 미래기술원(KAIST)에서 한결 (재단)과 ( 또 ㈝ (주 (",
	"\xe3(주)\xe3\x88\x9c ㈜ ((주)) 한빛(주",
}

func TestParentheticalAsMarks(t *testing.T) {
	for _, text := range parenTexts {
		checkParenthetical(t, text)
	}
}

func FuzzParenthetical(f *testing.F) {
	for _, text := range parenTexts {
		f.Add(text)
	}
	f.Fuzz(checkParenthetical)
}

// endsInVerbRunes is endsInVerb as it was, decoding every rune it trims
// with lex.DecodeLast: the oracle of the version that reads ASCII marks
// and a last Hangul syllable itself.
func endsInVerbRunes(s string) bool {
	for i := 0; i < 16 && s != ""; i++ {
		r, n := lex.DecodeLast(s, len(s))
		switch r {
		case ' ', '.', '?', '!', '…', '"', '\'', '”', '’', '」', '』', ')', ']':
			s = s[:len(s)-n]
			continue
		}
		break
	}
	last, _ := lex.DecodeLast(s, len(s))
	switch last {
	case '다', '요', '까', '죠', '오', '자':
		return true
	}
	return false
}

var verbTexts = []string{
	"회의를 개최했다.", "협약을 체결했습니다\"", "무엇일까?!)] ", "행사 개최", "예산 확정…”’」』.", "가자", "오",
	"다\xed\x95", "\xed\x95\x9c.", "요 . . . . . . . . . . . . . . . . . .", "했다 !!!!!!!!!!!!!!!!!", "é다", "𝔘다.",
}

func TestEndsInVerbAsRunes(t *testing.T) {
	for _, text := range verbTexts {
		for i := 0; i <= len(text); i++ {
			for _, s := range []string{text[:i], text[i:]} {
				if got, want := endsInVerb(s), endsInVerbRunes(s); got != want {
					t.Errorf("endsInVerb(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

func FuzzEndsInVerb(f *testing.F) {
	for _, text := range verbTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsInVerb(s), endsInVerbRunes(s); got != want {
			t.Errorf("endsInVerb(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestIsParticle compares isParticle with particles.Has for every Hangul
// syllable, and for words of several runes and stray bytes.
func TestIsParticle(t *testing.T) {
	x := newExtractor(t).events
	for c := rune(0xAC00); c <= 0xD7A3; c++ {
		if p := string(c); x.isParticle(p) != x.particles.Has(p) {
			t.Errorf("%q: isParticle %v, Has %v", p, x.isParticle(p), x.particles.Has(p))
		}
	}
	for _, p := range []string{"", "은", "에서", "에서부터는", "과의", "\xed\x95\x80", "\xea\xb0", "abc", "㈜", "등과"} {
		if x.isParticle(p) != x.particles.Has(p) {
			t.Errorf("%q: isParticle %v, Has %v", p, x.isParticle(p), x.particles.Has(p))
		}
	}
}
