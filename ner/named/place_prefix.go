package named

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// placePrefixAt finds, in the word w, a country, city or region written
// at the start of a compound with one of the compound heads
// (place/compound_heads.txt), ending the word or
// before a particle: the place alone is the mention (or, before 팀, the
// country's team).
func (r *Recognizer) placePrefixAt(d *doc, w *word, known, out []ner.Mention) []ner.Mention {
	text := d.text
	if w.nr < 3 {
		return out
	}
	hs := r.headStart(d, w)
	if hs < 0 {
		return out
	}
	if !r.gaz.HasPrefixAt(text, w.s) {
		// the weak form first: its filter turns most words away
		if _, ok := r.weakForm(text[w.s:hs]); ok {
			if pe := r.regionPartEnd(d, w, hs); pe > 0 {
				return r.weakWithPart(d, w, hs, pe, known, out)
			}
		}
		return out
	}
	buf := r.gaz.PrefixesAt(text, w.s, d.gazBuf[:0]) // the gazetteer's buffer, free by now
	d.gazBuf = buf[:0]
	if pe := r.regionPartEnd(d, w, hs); pe > 0 {
		return r.regionWithPart(d, w, hs, pe, buf, known, out)
	}
	for _, m := range buf {
		if m.End != hs {
			continue
		}
		ref := m.Vals[0]
		if ref.entry.Label != "PLACE" || !placeKind(ref.entry.Attr("kind")) || coveredBy(known, w.s, w.e) {
			break
		}
		if e := r.teamWordEnd(d, m.End); e > 0 && r.countries.has(ref.key) {
			// 한국팀은, 일본대표팀이: the national team
			return append(out, ner.Mention{Start: w.s, End: e, Label: ner.ORG, Text: text[w.s:e],
				Key: d.concat("ORG:", text[w.s:e]), Name: text[w.s:e], Rule: "country-team", Priority: 1})
		}
		if r.compoundHeadAt(d, m.End) {
			return append(out, ner.Mention{Start: w.s, End: m.End, Label: ner.PLACE, Text: text[w.s:m.End],
				Key: ref.key, Name: ref.entry.Name, Rule: "place-prefix", Priority: 1})
		}
	}
	return out
}

// seaPartAt finds the south or north of an ocean or a sea written as one
// word (남인도양, 북태평양, 남대서양에서): a place, as the ocean is. w is a
// word that starts with 남 or 북 (clsNS, few); the name after the direction
// must end the word, or its stem before a particle.
func (r *Recognizer) seaPartAt(d *doc, w *word, known, out []ner.Mention) []ner.Mention {
	text, lasts := d.text, r.ctx.seaLasts
	if w.nr < 3 || !w.allH {
		return out
	}
	e := w.e
	if !lasts.has(w.lc) {
		if w.pmask == 0 && !d.slow {
			return out
		}
		if e = d.trimWord(w, w.s, 3); e == w.e || !lasts.has(sylBefore(text, e)) {
			return out
		}
	}
	i := w.s + len("남")
	if !r.gaz.HasPrefixAt(text, i) {
		return out
	}
	buf := r.gaz.PrefixesAt(text, i, d.gazBuf[:0]) // the gazetteer's buffer, free by now
	d.gazBuf = buf[:0]
	for _, m := range buf {
		if m.End != e {
			continue
		}
		if ref := m.Vals[0]; ref.entry.Label != "PLACE" || !seaKind(ref.entry.Attr("kind")) || coveredBy(known, w.s, e) {
			break
		}
		return append(out, ner.Mention{Start: w.s, End: e, Label: ner.PLACE, Text: text[w.s:e],
			Key: d.concat("PLACE:", text[w.s:e]), Name: text[w.s:e], Rule: "place-part", Priority: 1})
	}
	return out
}

// capitalCities finds the capital named after a country and 수도 (모로코
// 수도 라바트에, 나이지리아 수도 아부자에서, 칠레의 수도인 산티아고): a city,
// whatever its name, unless a common noun follows 수도 (capital_stop.txt:
// 일본 수도 이전, 수도 요금). It looks after every mention (a country is
// known after the text only by its key, a map look-up), with a compare
// or two each.
func (r *Recognizer) capitalCities(d *doc, ms, out []ner.Mention) []ner.Mention {
	text := d.text
	const capital = "수도"
	n := len(text) - len("의 수도인 ") // room for the longest form after a mention
	for k := range ms {
		// 수도 where it would start, first: a compare that almost
		// never holds, where the byte after a mention (a space or a
		// particle) would be a branch taken half the time
		i := ms[k].End
		var s int
		switch {
		case i > n:
			if i+len(" 수도 ") > len(text) || text[i:i+len(" 수도 ")] != " 수도 " {
				continue // near the end: the short form only
			}
			s = i + len(" 수도 ")
		case text[i+1:i+1+len(capital)] == capital:
			if text[i] != ' ' {
				continue
			}
			s = i + len(" 수도")
		case text[i+len("의 "):i+len("의 ")+len(capital)] == capital:
			if text[i:i+len("의 ")] != "의 " {
				continue
			}
			s = i + len("의 수도")
		default:
			continue
		}
		if s < len(text) && text[s] != ' ' {
			if s+len("인 ") > len(text) || text[s:s+len("인 ")] != "인 " {
				continue
			}
			s += len("인")
		}
		if s >= len(text) || text[s] != ' ' {
			continue
		}
		s++
		m := &ms[k]
		if !r.countries.has(m.Key) || k+1 < len(ms) && ms[k+1].Start < d.wordEnd(s) {
			continue // no country's, or the name is known
		}
		we := d.wordEnd(s)
		e := d.trimEnd(s, we, 2)
		if w := text[s:e]; !twoRunes(w) || !syllablesOrDigits(w) || r.ctx.capitalStop.has(w) {
			continue
		}
		out = append(out, ner.Mention{Start: s, End: e, Label: ner.PLACE, Text: text[s:e],
			Key: d.concat("PLACE:", text[s:e]), Name: text[s:e], Rule: "place-capital", Priority: 1})
	}
	return out
}

// seaKind reports whether a gazetteer kind is an ocean or a sea.
func seaKind(k string) bool { return k == "ocean" || k == "sea" }

// regionPartEnd returns where the region part (region_parts.txt: 동부,
// 내륙) that starts at hs, the head found at the end of the word w, ends:
// the word's end or its particle's start; 0 when the head is a compound
// head or the team words.
func (r *Recognizer) regionPartEnd(d *doc, w *word, hs int) int {
	parts := r.ctx.regionParts
	if e := w.e; parts.has(d.text[hs:e]) {
		return e
	}
	if e := d.trimWord(w, hs, 1); e < w.e && parts.has(d.text[hs:e]) {
		return e
	}
	return 0
}

// regionWithPart finds a region and its part written as one word, the
// part from hs to pe (남해동부 먼바다, 경기북부에, 전남동부내륙): the whole
// word is the place, as KLUE-NER marks it, as it is written apart
// (placeChains: 경북 북부 내륙). A second part may come between (동부 in
// 전남동부내륙). buf are the gazetteer's names that start the word.
func (r *Recognizer) regionWithPart(d *doc, w *word, hs, pe int, buf []lex.Match[*gazRef], known, out []ner.Mention) []ner.Mention {
	text := d.text
	for _, m := range buf {
		if m.End > hs || m.End < hs && !r.ctx.regionParts.has(text[m.End:hs]) {
			continue
		}
		ref := m.Vals[0]
		if ref.entry.Label != "PLACE" || coveredBy(known, w.s, pe) {
			break
		}
		if k := ref.entry.Attr("kind"); !placeKind(k) && k != "sea" {
			break
		}
		return append(out, ner.Mention{Start: w.s, End: pe, Label: ner.PLACE, Text: text[w.s:pe],
			Key: d.concat("PLACE:", text[w.s:pe]), Name: text[w.s:pe], Rule: "place-part", Priority: 1})
	}
	return r.weakWithPart(d, w, hs, pe, known, out)
}

// weakWithPart is regionWithPart for a region written in its weak form,
// which the gazetteer's trie does not hold (경기북부, 경기남부에): the part
// right after it.
func (r *Recognizer) weakWithPart(d *doc, w *word, hs, pe int, known, out []ner.Mention) []ner.Mention {
	text := d.text
	if wr, ok := r.weakForm(text[w.s:hs]); ok && wr != nil && !coveredBy(known, w.s, pe) {
		return append(out, ner.Mention{Start: w.s, End: pe, Label: ner.PLACE, Text: text[w.s:pe],
			Key: d.concat("PLACE:", text[w.s:pe]), Name: text[w.s:pe], Rule: "place-part", Priority: 1})
	}
	return out
}

// compoundHeadAt reports whether one of the compound heads starts at i and the
// word ends after it or after a particle.
func (r *Recognizer) compoundHeadAt(d *doc, i int) bool {
	rest := d.text[i:d.wordEnd(i)]
	for _, h := range r.ctx.compoundHeads {
		if p, ok := strings.CutPrefix(rest, h); ok && (p == "" || r.particles.Has(p) || p == "들" || r.particles.Has(strings.TrimPrefix(p, "들"))) {
			return true
		}
	}
	return false
}

// teamWordEnd returns where 팀 or 대표팀 written at i ends its word (before
// a particle), or 0.
func (r *Recognizer) teamWordEnd(d *doc, i int) int {
	rest := d.text[i:d.wordEnd(i)]
	for _, h := range []string{"대표팀", "팀"} {
		if p, ok := strings.CutPrefix(rest, h); ok && (p == "" || r.particles.Has(p)) {
			return i + len(h)
		}
	}
	return 0
}

// placeKind reports whether a gazetteer kind is a country, a city or a
// region.
func placeKind(k string) bool {
	switch k {
	case "country", "city", "sido", "sigungu", "gu", "state":
		return true
	}
	return false
}

// placeExtras are the places found after the first resolution: names
// glossed in hanja, capitals after their country, place names inside
// compounds, the parts of oceans and foreign venues, the last three in one
// pass over the words.
func (r *Recognizer) placeExtras(d *doc, ms []ner.Mention) []ner.Mention {
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	out = r.hanjaPlaces(d, ms, out)
	out = r.capitalCities(d, ms, out)
	venues := r.ctx.venueHeadFirst
	r.classify(d)
	words, cls := d.words, d.cls
	for _, k32 := range d.ofClass(clsHead | clsVenue | clsNS) {
		k := int(k32)
		w := &words[k]
		if cls[k]&clsNS != 0 { // 남인도양
			out = r.seaPartAt(d, w, ms, out)
		}
		// a word of three syllables or more in which a head may end
		if w.cls&clsHead != 0 && w.nr >= 3 && lex.IsHangul(w.c) {
			out = r.placePrefixAt(d, w, ms, out)
		}
		if venues.has(w.c) && k > 0 { // a venue head may start the word
			out = r.foreignVenueAt(d, k, ms, out)
		}
	}
	d.add = out[:0]
	return out
}

// weakListedAt reports whether the weak form (경기, 고양, 음성, 부여: a
// region's name that is an ordinary word too) written from i to e, in the
// word ending at we, is a region by a middle dot joining it to another
// region (인천·경기·경북, 괴산·음성에서, 부여·청양), by a region part
// after it (경기 내륙, 경기 북부 지역: placeChains joins the part) or by
// a place within it after it (경기 분당).
// weakRegions, which takes lists joined by commas, asks it for the weak
// forms it found; out are the regions it found before.
func (r *Recognizer) weakListedAt(d *doc, ms, out []ner.Mention, i, e, we int) bool {
	text := d.text
	const dot = "·"
	if i >= len(dot) && text[i-len(dot):i] == dot {
		// the region before the dot: one found earlier, or here
		b := i - len(dot)
		if n := len(out); n > 0 && out[n-1].End == b {
			return true
		}
		if j := sort.Search(len(ms), func(j int) bool { return ms[j].End >= b }); j < len(ms) && ms[j].End == b && listedRegion(&ms[j]) {
			return true
		}
	}
	if e != we {
		return false // a particle ends the list
	}
	if strings.HasPrefix(text[we:], dot) {
		return r.regionAfterDots(d, ms, we+len(dot))
	}
	if we+1 < len(text) && text[we] == ' ' {
		s := we + 1
		pe := d.wordEnd(s)
		if r.ctx.regionParts.has(text[s:pe]) || r.ctx.regionParts.has(text[s:d.trimEnd(s, pe, 1)]) {
			return true
		}
		// a place within it (경기 분당: weakParents takes its direct
		// children, 경기 성남시): placeChains joins them
		if j := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= s }); j < len(ms) && ms[j].Start == s && ms[j].Label == ner.PLACE {
			if wr, ok := r.weakForm(text[i:e]); ok && wr != nil {
				n := wr.entry.Name
				return len(ms[j].Name) > len(n) && ms[j].Name[len(n)] == ' ' && strings.HasPrefix(ms[j].Name, n)
			}
		}
	}
	return false
}

// regionAfterDots reports whether a region of ms starts at a, or after
// other weak forms each followed by a middle dot (화성·이천·여주: 화성 is
// listed with 여주 over 이천).
func (r *Recognizer) regionAfterDots(d *doc, ms []ner.Mention, a int) bool {
	text := d.text
	for range 4 {
		if j := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= a }); j < len(ms) && ms[j].Start == a {
			return listedRegion(&ms[j])
		}
		we := d.wordEnd(a)
		if _, ok := r.weakForm(text[a:we]); !ok || !strings.HasPrefix(text[we:], "·") {
			return false
		}
		a = we + len("·")
	}
	return false
}

// listedRegion reports whether m is a region of the gazetteer's that a
// weak form listed with it may follow or precede.
func listedRegion(m *ner.Mention) bool {
	return m.Label == ner.PLACE && strings.HasSuffix(m.Rule, "regions.tsv")
}

// addressLasts end the names of neighbourhoods and roads.
var addressLasts = newSylSet("동리가읍면로길")

// addressEnd returns where a lot number written after a neighbourhood or
// a road ends (서초동 1628-1번지, 황금동 산 18-7번지, 세종대로 209), or 0:
// KLUE-NER gives the address as one place.
func addressEnd(d *doc, m *ner.Mention) int {
	text := d.text
	if m.End+2 >= len(text) || text[m.End] != ' ' {
		return 0
	}
	last := lastRuneOf(m.Text)
	if !addressLasts.has(last) {
		return 0
	}
	i := m.End + 1
	if strings.HasPrefix(text[i:], "산 ") {
		i += len("산 ")
	}
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j == i {
		return 0
	}
	if j+1 < len(text) && text[j] == '-' && text[j+1] >= '0' && text[j+1] <= '9' {
		j++
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
	}
	j0 := j
	if strings.HasPrefix(text[j:], "번지") {
		j += len("번지")
	} else if last != '로' && last != '길' {
		return 0 // a bare number after a neighbourhood is a count
	}
	if _, ok := d.endsWord(j); !ok || j == j0 && j < len(text) && text[j] != ' ' && !d.endsWordOK(j) {
		return 0
	}
	return j
}

func firstSyllables(ws []string) *sylBits {
	t := new(sylBits)
	for _, w := range ws {
		c, _ := utf8.DecodeRuneInString(w)
		t.add(c)
	}
	return t
}

// headStart returns where one of the compound heads (or 팀, 대표팀) starts
// that ends the word w, before its particle or plural 들, at least two
// syllables into the word; or -1. Most words end in none and need no
// look-up in the gazetteer.
func (r *Recognizer) headStart(d *doc, w *word) int {
	text := d.text
	e := w.e
	headIdx, headLists := r.ctx.headIdx, r.ctx.headLists
	if lex.IsHangul(w.lc) && !headIdx.bits.has(w.lc) {
		if w.pmask == 0 && !d.slow {
			return -1
		}
		e = d.trimWord(w, w.s, 2)
		if e-w.s > 3 && text[e-3:e] == "들" {
			e -= 3
		}
		if e == w.e {
			return -1
		}
	}
	var last rune
	if w.allH {
		last = sylBefore(text, e)
	} else {
		last, _ = lex.DecodeLast(text, e)
	}
	k := headIdx.index(last)
	if k < 0 {
		return -1
	}
	for _, h := range headLists[k] {
		if s := e - len(h); s >= w.s+6 && text[s:e] == h {
			return s
		}
	}
	return -1
}

// headIndex groups compound heads and the team words by their last
// syllable, longest first; the index gives a syllable's list (-1 when no
// head ends in it).
func headIndex(compound []string) (*sylIndex, [][]string) {
	ws := append([]string{"대표팀", "팀"}, compound...)
	sort.Slice(ws, func(a, b int) bool { return len(ws[a]) > len(ws[b]) })
	byLast := map[rune][]string{}
	idx := new(sylIndex)
	for _, w := range ws {
		c, _ := utf8.DecodeLastRuneInString(w)
		byLast[c] = append(byLast[c], w)
		idx.bits.add(c)
	}
	idx.build()
	lists := make([][]string, len(byLast))
	for c, l := range byLast {
		lists[idx.index(c)] = l
	}
	return idx, lists
}

// foreignVenueAt finds a foreign place written as a transcribed or Latin
// name and a venue word apart, the venue word being d.words[k]
// (선라이프 스타디움에서).
func (r *Recognizer) foreignVenueAt(d *doc, k int, known, out []ner.Mention) []ner.Mention {
	text := d.text
	w, p := &d.words[k], &d.words[k-1]
	if p.e+1 != w.s || text[p.e] != ' ' {
		return out
	}
	x := r.ctx.venueHeadIdx.index(w.c)
	if x < 0 {
		return out
	}
	e := 0
	for _, h := range r.ctx.venueHeads[x] {
		if strings.HasPrefix(text[w.s:w.e], h) && d.endsWordOK(w.s+len(h)) {
			e = w.s + len(h)
			break
		}
	}
	if e == 0 {
		return out
	}
	prev := text[p.s:p.e]
	if !(looksForeign(prev) || looksLatin(prev)) || r.particles.Has(prev) || coveredBy(known, p.s, e) {
		return out
	}
	return append(out, ner.Mention{Start: p.s, End: e, Label: ner.PLACE, Text: text[p.s:e],
		Key: d.concat("PLACE:", text[p.s:e]), Name: text[p.s:e], Rule: "place-foreign-venue", Priority: 1})
}

// contextLists are the word lists of the context rules of places and
// organisations, read from the rule pack.
type contextLists struct {
	compoundHeads []string // place/compound_heads.txt
	headIdx       *sylIndex
	headLists     [][]string
	// place/foreign_venue_heads.txt, by first syllable (a Hangul one):
	// venueHeads[venueHeadIdx.index(first)], in the order of the file
	venueHeadFirst *sylBits
	// startFirst: the first syllables of the venue heads, 남 and 북 (the
	// first-rune classes of doc.cls, see startClass)
	startFirst   *sylBits
	venueHeadIdx *sylIndex
	venueHeads   [][]string
	// org/country_context.txt: team words, match words, state acts
	teamWords, matchWords, stateActs []string
	// org/organ_words.txt: a country's organs and an organisation's units
	// by their last syllable, and the newsroom words
	organIx, unitIx byLastRune
	newsroomUnits   []string
	// the last runes of every word unitAfter's tests may accept (the
	// organs, units and newsroom words, the divisions' 부, 단독 and
	// 전원합의체, a legislature's committee written short in 위): a word
	// ending in another is asked nothing
	unitEnds      *sylSet
	regionParts   *strSet  // place/region_parts.txt
	seaLasts      *sylBits // the last syllables of the gazetteer's oceans and seas
	capitalStop   *strSet  // place/capital_stop.txt
	buildings     *strSet  // place/building_words.txt
	buildingFirst *sylSet  // their first syllables, and 제 (제3별관)
	// org/common_nouns.txt: words ending like an organisation that are
	// common nouns, the ends that are names all the same (kind name), and
	// the longest of them in bytes
	orgCommon, orgCommonNames *strSet
	orgCommonMax              int
	orgCommonLast             *sylSet    // the last syllables of the common nouns
	hanjaUnits                []string   // place/hanja_units.txt
	rural                     ruralLists // place/rural_words.txt
	// the ends of the organisation suffixes (org/suffixes.txt); those of
	// the suffixes but the ones of one rune after a region only (서울고),
	// and the runes of these (regionBound): orgsOfWord asks the stem of
	// such a one before walking the trie
	orgEnds, orgEndsOther endFilter
	regionBound           *sylSet
	// the ends of the strong place suffixes (place/place_suffixes.txt,
	// kinds strong and venue): a word ending in none of them is no place
	// of its own
	strongEnds endFilter
	// endCls has, per Hangul syllable, the end bits (endOrg…) of the
	// lists with a word ending in it (see endClass), pairCls per hashed
	// pair of syllables (pairBit) the classes of the lists with a word of
	// two syllables or more ending in it
	endCls  *[0xD7A4 - 0xAC00]uint8
	pairCls *[1 << 12]uint8
	// oddLasts is set when a word of the lists ends in a rune that is no
	// syllable
	oddLasts bool
}

// newContextLists builds the lists of p; regions are the regions' forms
// (stemForms), which the suffixes bound to a region need.
func newContextLists(p *rules.Pack, regions map[string]bool) contextLists {
	var c contextLists
	for _, w := range p.List("compound_heads") {
		c.compoundHeads = append(c.compoundHeads, w.Text)
	}
	// the region parts end words as the compound heads do (경기북부,
	// 전남동부내륙): placePrefixAt tells them apart
	var parts []string
	for _, w := range p.List("region_parts") {
		// not those ending in a direction (영동, 이남): words ending in
		// 동, 서, 남 or 북 are too many (활동, 경찰서) for the few regions
		// written so (강원영동)
		if l, _ := utf8.DecodeLastRuneInString(w.Text); !strings.ContainsRune("동서남북", l) {
			parts = append(parts, w.Text)
		}
	}
	c.headIdx, c.headLists = headIndex(append(slices.Clip(c.compoundHeads), parts...))
	var venues []string
	for _, w := range p.List("foreign_venue_heads") {
		venues = append(venues, w.Text)
	}
	c.venueHeadFirst = firstSyllables(venues)
	c.startFirst = firstSyllables(append([]string{"남", "북"}, venues...))
	c.venueHeadIdx = new(sylIndex)
	c.venueHeadIdx.bits = *c.venueHeadFirst
	c.venueHeadIdx.build()
	for _, v := range venues {
		r, _ := utf8.DecodeRuneInString(v)
		if k := c.venueHeadIdx.index(r); k >= 0 {
			if k >= len(c.venueHeads) {
				c.venueHeads = append(c.venueHeads, make([][]string, k+1-len(c.venueHeads))...)
			}
			c.venueHeads[k] = append(c.venueHeads[k], v)
		}
	}
	var organs, units []string
	for _, w := range p.List("organ_words") {
		switch w.Kind {
		case "organ":
			organs = append(organs, w.Text)
		case "unit":
			units = append(units, w.Text)
		case "newsroom":
			c.newsroomUnits = append(c.newsroomUnits, w.Text)
		}
	}
	c.organIx, c.unitIx = indexByLast(organs), indexByLast(units)
	ends := []rune{'부', '독', '체', '위'}
	for _, w := range slices.Concat(organs, units, c.newsroomUnits) {
		l, _ := utf8.DecodeLastRuneInString(w)
		ends = append(ends, l)
	}
	c.unitEnds = newSylSet(string(ends))
	c.regionParts = wordSet(p.List("region_parts"))
	c.capitalStop = wordSet(p.List("capital_stop"))
	c.seaLasts = new(sylBits)
	for i := range p.Entries {
		if e := &p.Entries[i]; e.Label == "PLACE" && seaKind(e.Attr("kind")) {
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				if l, _ := utf8.DecodeLastRuneInString(f); lex.IsHangul(l) {
					c.seaLasts.add(l)
				}
			}
		}
	}
	c.buildings = wordSet(p.List("building_words"))
	firsts := []rune{'제'}
	for _, w := range p.List("building_words") {
		f, _ := utf8.DecodeRuneInString(w.Text)
		firsts = append(firsts, f)
	}
	c.buildingFirst = newSylSet(string(firsts))
	var common, names []rules.Word
	for _, w := range p.List("common_nouns") {
		if w.Kind == "name" {
			names = append(names, w)
		} else {
			common = append(common, w)
		}
		c.orgCommonMax = max(c.orgCommonMax, len(w.Text))
	}
	c.orgCommon, c.orgCommonNames = wordSet(common), wordSet(names)
	var lasts []rune
	for _, w := range common {
		l, _ := utf8.DecodeLastRuneInString(w.Text)
		lasts = append(lasts, l)
	}
	c.orgCommonLast = newSylSet(string(lasts))
	var sufs, others []string
	var bound []rune
	regionLasts := map[rune]bool{} // the last runes of the regions' forms
	for f := range regions {
		l, _ := utf8.DecodeLastRuneInString(f)
		regionLasts[l] = true
	}
	for _, w := range p.List("suffixes") {
		if regionBoundKind(w.Kind) && utf8.RuneCountInString(w.Text) == 1 {
			bound = append(bound, []rune(w.Text)[0])
			// a suffix of one rune after a region only (서울고): the
			// filter needs the rune before it to end a region's form,
			// or every word ending like it (먹고) would pass
			for l := range regionLasts {
				sufs = append(sufs, string(l)+w.Text)
			}
			continue
		}
		sufs, others = append(sufs, w.Text), append(others, w.Text)
	}
	c.orgEnds = newEndFilter(sufs)
	c.orgEndsOther, c.regionBound = newEndFilter(others), newSylSet(string(bound))
	var strong []string
	for _, w := range p.List("place_suffixes") {
		if w.Kind == "strong" || w.Kind == "venue" || w.Kind == "loan" {
			strong = append(strong, w.Text)
		}
	}
	c.strongEnds = newEndFilter(strong)
	c.endCls, c.pairCls = new([0xD7A4 - 0xAC00]uint8), new([1 << 12]uint8)
	heads := append(append([]string{"대표팀", "팀"}, c.compoundHeads...), parts...)
	for _, l := range []struct {
		ws  []string
		cls uint8
	}{{sufs, clsOrg}, {strong, clsStrong}, {heads, clsHead}} {
		for _, w := range l.ws {
			b, n := utf8.DecodeLastRuneInString(w)
			if !lex.IsHangul(b) {
				c.oddLasts = c.oddLasts || n > 0
				continue // endClassOther asks the filters
			}
			c.endCls[b-0xAC00] |= l.cls << 3
			if n == len(w) {
				c.endCls[b-0xAC00] |= l.cls // the word is the syllable
				continue
			}
			a, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
			c.pairCls[pairBit(a, b)] |= l.cls
		}
	}
	c.endCls['들'-0xAC00] |= endDeul
	// a word of syllables ending in 면 or 읍 goes to placeWords, for
	// ruralAt (classOfMixed asks the strong filter: a word with other
	// runes is none)
	for _, b := range []rune{'면', '읍'} {
		c.endCls[b-0xAC00] |= clsStrong
	}
	c.rural = newRuralLists(p.List("rural_words"))
	for _, w := range p.List("hanja_units") {
		c.hanjaUnits = append(c.hanjaUnits, w.Text)
	}
	for _, w := range p.List("country_context") {
		switch w.Kind {
		case "team":
			c.teamWords = append(c.teamWords, " "+w.Text)
		case "match":
			c.matchWords = append(c.matchWords, w.Text)
		case "act":
			c.stateActs = append(c.stateActs, w.Text)
		}
	}
	return c
}
