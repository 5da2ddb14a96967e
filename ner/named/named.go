// Package named finds organisations, people and places: gazetteer look-up in
// one pass over the text, organisation names by their suffix (연구소, 재단,
// 대학교), people by surname and title, places by region chains, venues and
// country pairs (한·미), and a document-level pass that finds again, without
// their context, the names already found once.
package named

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/ner/matcher"
	"github.com/kpolicy/kpolicy/rules"
)

// Recognizer finds ORG, PERSON and PLACE mentions. It is immutable after
// New and safe for concurrent use.
type Recognizer struct {
	gaz       *lex.Trie[*gazRef]
	particles *lex.Particles

	suffixes    *lex.Trie[suffix]
	stemStop    *strSet
	surnames    *strSet
	titles      *lex.Trie[string]
	notNames    *strSet
	abbr        map[rune]string
	venueSuffix *lex.Trie[string]
	venueStop   *strSet
	patterns    *matcher.Matcher
	occupations map[string]string // words that introduce a person's name (가수, 배우)
	occSet      *strSet           // the keys of occupations, for a quick no
	occFirst    *sylBits          // first syllables of occupations
	bareStop    *strSet           // surname syllables that are also words before a title (전, 고)
	countries   *strSet           // keys of the gazetteer's countries (kind=country)
	surname1    *sylBits          // one-syllable surnames
	// first syllables of two-syllable surnames
	surname2First *sylBits
	// the sets of first syllables the person stages ask at every word,
	// by syllable (personWords)
	firstCls *firstCls
	placeSuf map[rune][]placeSuffix // place_suffixes.txt by last syllable, longest first
	// placeSuf for Hangul syllables: placeSufLists[placeSufIdx.index(last)]
	placeSufIdx   sylIndex
	placeSufLists [][]placeSuffix
	// sufRev holds the organisation suffixes spelled backwards, so that
	// they are looked up from the end of each word; sufForward is set when
	// a suffix holds a rune that is no letter or digit and the forward scan
	// over every syllable must be kept.
	sufRev     *lex.Trie[suffix]
	sufForward bool
	// titles spelled backwards, for offices compounded with their title
	// (공관위원장), and the titles that hold a space (이사회 의장)
	titlesRev    *lex.Trie[string]
	spacedTitles []spacedTitle
	placeStop    *strSet
	// weakParent maps a region to the forms of its parent region that are
	// ordinary words elsewhere (경기 for 경기도): before the region they are
	// the parent (경기 성남시), nowhere else.
	weakParent map[string][]string
	// weakParentEnds holds the last syllables of weakParent's forms: the
	// word before most regions ends with none of them, and no map look-up
	// is needed (nil when a form ends with no syllable)
	weakParentEnds *sylBits
	// weakForms maps a region's forms that are ordinary words elsewhere
	// (a county whose short name is also a common noun) to the region; they
	// count only in a list of regions or before a place word.
	weakForms map[string]*weakRegion
	weakSet   *strSet  // the keys of weakForms, for a quick no
	weakFirst *sylBits // first syllables of the weak forms
	// weakPairs has bit weakPair(a, b) set for the first two runes a b
	// of every weak form: a word that starts with two syllables names one
	// (whole or before a particle) only when its bit is set
	weakPairs [weakPairWords]uint64
	// gazOdd[b] is set when a gazetteer key starts with a rune that is no
	// letter or digit and whose first byte is b (㈜): names are then looked
	// for between words too, at those bytes
	gazOdd *[256]bool
	// gazOddBytes lists the bytes of gazOdd: most texts hold none of
	// them, and the scan looks between words only where one is
	gazOddBytes []byte
	// gazOddRunes is set when such a key starts with U+FFFD, which a stray
	// byte decodes to: every rune is then tried (scanRunes)
	gazOddRunes bool
	// gazWords holds the gazetteer's keys of one word and the first words
	// of the others (that hold a space or a sign): a name the gazetteer
	// finds at a word start is one of them, the whole word or the word
	// before a particle (or before 시간 or 시각, for a country: localTime),
	// so that the scan walks the trie only where one is (gazMay). nil
	// when a key is no valid UTF-8.
	gazWords *strSet
	// gazSlots is parallel to gazWords.slots: the values of the key the
	// slot's word is (nil for none), and whether it is the first word of a
	// key that holds a space or a sign, so that a word's name is known
	// from the slot gazMay finds (gazScan.atWord) without a walk
	gazSlots []gazSlot
	gazPairs *lex.Pairs // the filter of the keys' first two runes
	// countryFirst holds the first syllables of the countries' keys, and
	// countryOdd is set when one starts with another rune: the words where
	// gazMay looks for 시간 and 시각
	countryFirst *sylBits
	countryOdd   bool
	// regionForms holds the names and forms of the Korean regions (시도,
	// 시군구, 일반구: 서울특별시, 서울시, 마포구, 마포) and countryForms
	// those of the countries: the stems an office (마포구청, 서울시의회),
	// a school (청송여고) or an embassy (일본대사관) is named after
	regionForms  *strSet
	countryForms *strSet
	// ministryStems maps a ministry's name but its last syllable 부 to it
	// (법무 → 법무부): lists of ministers write them so (cabinetLists)
	ministryStems map[string]*gazRef
	// the first and the last runes of the stems: a word next to a '·'
	// that starts or ends otherwise is not looked up
	ministryFirst, ministryLast *sylSet
	// classNouns holds the words for a kind of organisation that name one
	// after them (org/class_nouns.txt: 결혼정보회사 비에나래), classEnds
	// the filter of their last two runes and classMax the longest in bytes
	// (appositions)
	classNouns *strSet
	classEnds  endFilter
	classMax   int
	// classCommon: loanwords that follow them as common nouns (기업 이미지)
	classCommon *strSet
	// quotedHeads are the words that make a quoted phrase ending in one an
	// organisation ('개헌추진 의원 모임'), quotedHeadMax the longest in bytes
	quotedHeads   *strSet
	quotedHeadMax int
	// the word lists of the people found by shape (person_bare.go)
	shape shapeLists
	// the word lists of the context rules of places and organisations
	ctx contextLists
}

// gazSlot is what gazScan.atWord knows of a word of gazWords.
type gazSlot struct {
	vals  []*gazRef // the values of the key (the trie's), nil when no key
	multi bool      // the first word of a key that goes on after a space or a sign
}

// weakRegion is the region a weak form names, with the key and rule of
// its mentions.
type weakRegion struct {
	entry     *rules.Entry
	key, rule string
}

type gazRef struct {
	entry *rules.Entry
	key   string
	rule  string // "gazetteer:" and the file
	// for pick: the forms of the parent region, and a former name
	parents []string
	former  bool
}

// spacedTitle is a title that holds a space or other non-letter: its
// first word is text[:word].
type spacedTitle struct {
	text string
	word int
	kind string // of its first entry
}

type suffix struct {
	text    string
	kind    string
	minStem int    // in runes
	rule    string // "org-suffix:" and the text
}

// New builds a recognizer from a rule pack; it fails only on a pattern
// that does not compile.
func New(p *rules.Pack) (*Recognizer, error) {
	pm, err := matcher.New(p.Patterns)
	if err != nil {
		return nil, err
	}
	r := &Recognizer{
		gaz:         lex.NewTrie[*gazRef](),
		suffixes:    lex.NewTrie[suffix](),
		sufRev:      lex.NewTrie[suffix](),
		stemStop:    wordSet(p.List("stems_stop")),
		surnames:    wordSet(p.List("surnames")),
		titles:      lex.NewTrie[string](),
		notNames:    wordSet(p.List("not_names")),
		abbr:        map[rune]string{},
		venueSuffix: lex.NewTrie[string](),
		venueStop:   wordSet(p.List("venue_stop")),
		patterns:    pm,
		occupations: map[string]string{},
		bareStop:    wordSet(p.List("bare_surname_stop")),
		weakParent:  map[string][]string{},
		weakForms:   map[string]*weakRegion{},
		weakFirst:   new(sylBits),
	}
	r.shape = newShapeLists(p)
	regionForms, countryForms := stemForms(p)
	r.regionForms, r.countryForms = newStrSet(regionForms), newStrSet(countryForms)
	r.ctx = newContextLists(p, regionForms)
	r.surname1, r.surname2First = new(sylBits), new(sylBits)
	for _, s := range r.surnames.slots { // "" (an empty slot) adds nothing
		if c, n := utf8.DecodeRuneInString(s); n == len(s) && lex.IsHangul(c) {
			r.surname1.add(c)
		} else if lex.IsHangul(c) {
			r.surname2First.add(c)
		}
	}
	r.placeSuf = map[rune][]placeSuffix{}
	r.placeStop = wordSet(p.List("place_stop"))
	for _, w := range p.List("place_suffixes") {
		last, _ := utf8.DecodeLastRuneInString(w.Text)
		r.placeSuf[last] = append(r.placeSuf[last], placeSuffix{text: w.Text, kind: w.Kind})
	}
	for last, ps := range r.placeSuf {
		sort.Slice(ps, func(a, b int) bool { return len(ps[a].text) > len(ps[b].text) })
		r.placeSufIdx.bits.add(last)
	}
	r.placeSufIdx.build()
	for last, ps := range r.placeSuf {
		if k := r.placeSufIdx.index(last); k >= 0 {
			if k >= len(r.placeSufLists) {
				r.placeSufLists = append(r.placeSufLists, make([][]placeSuffix, k+1-len(r.placeSufLists))...)
			}
			r.placeSufLists[k] = ps
		}
	}
	occ := map[string]bool{}
	for _, w := range p.List("occupations") {
		r.occupations[w.Text] = w.Kind
		occ[w.Text] = true
	}
	r.occSet = newStrSet(occ)
	r.occFirst = new(sylBits)
	occOdd := false
	for w := range occ {
		if c, _ := utf8.DecodeRuneInString(w); lex.IsHangul(c) {
			r.occFirst.add(c)
		} else {
			occOdd = true
		}
	}
	if occOdd {
		r.occFirst = nil // an occupation that starts with no syllable: ask the set
	}
	var parts []string
	for _, w := range p.List("particles") {
		parts = append(parts, w.Text)
	}
	r.particles = lex.NewParticles(parts)
	weak := map[string][]string{}
	for i := range p.Entries {
		if e := &p.Entries[i]; e.Label == "PLACE" && e.Attr("weak") != "" {
			weak[e.Name] = strings.Split(e.Attr("weak"), ",")
			if e.Attr("kind") == "sigungu" || e.Attr("kind") == "sido" {
				for _, f := range weak[e.Name] {
					if c, _ := utf8.DecodeRuneInString(f); lex.IsHangul(c) {
						r.weakFirst.add(c)
					}
					if _, dup := r.weakForms[f]; dup {
						r.weakForms[f] = nil // two regions share it: never guess
					} else {
						r.weakForms[f] = &weakRegion{entry: e, key: "PLACE:" + e.Name, rule: "gazetteer:" + e.Pos.File}
					}
				}
			}
		}
	}
	weakKeys := make(map[string]bool, len(r.weakForms))
	for f := range r.weakForms {
		weakKeys[f] = true
		if c, n := utf8.DecodeRuneInString(f); n < len(f) {
			c2, _ := utf8.DecodeRuneInString(f[n:])
			h := weakPair(c, c2)
			r.weakPairs[h>>6] |= 1 << (h & 63)
		}
	}
	r.weakSet = newStrSet(weakKeys)
	for i := range p.Entries {
		if e := &p.Entries[i]; e.Label == "PLACE" && len(weak[e.Attr("parent")]) > 0 {
			r.weakParent[e.Name] = weak[e.Attr("parent")]
		}
	}
	r.weakParentEnds = new(sylBits)
	for _, forms := range r.weakParent {
		for _, f := range forms {
			if c, _ := utf8.DecodeLastRuneInString(f); lex.IsHangul(c) {
				r.weakParentEnds.add(c)
			} else {
				r.weakParentEnds = nil // "" or no syllable: ask the map
				break
			}
		}
		if r.weakParentEnds == nil {
			break
		}
	}
	gazWords, countries, multi := map[string]bool{}, map[string]bool{}, map[string]bool{}
	var refs []*gazRef
	for i := range p.Entries {
		e := &p.Entries[i]
		if e.Attr("ambiguous") == "1" {
			continue
		}
		ref := &gazRef{entry: e, key: e.ID(), rule: "gazetteer:" + e.Pos.File, former: e.Attr("status") == "former"}
		if p := e.Attr("parent"); p != "" {
			ref.parents = parentForms(p)
		}
		if e.Attr("kind") == "country" {
			countries[ref.key] = true
		}
		refs = append(refs, ref)
		r.addGaz(e.Name, ref, gazWords, multi)
		for _, a := range gazForms(e) {
			r.addGaz(a, ref, gazWords, multi)
		}
	}
	r.countries = newStrSet(countries) // asked at each place mention
	r.ministryStems = ministryStems(refs)
	var firsts, lasts []rune
	for stem := range r.ministryStems {
		f, _ := utf8.DecodeRuneInString(stem)
		l, _ := utf8.DecodeLastRuneInString(stem)
		firsts, lasts = append(firsts, f), append(lasts, l)
	}
	r.ministryFirst, r.ministryLast = newSylSet(string(firsts)), newSylSet(string(lasts))
	var kinds, commons []rules.Word
	heads := map[string]bool{}
	for _, w := range p.List("class_nouns") {
		switch w.Kind {
		case "common":
			commons = append(commons, w)
		case "head":
			heads[w.Text] = true
		default:
			kinds = append(kinds, w)
		}
	}
	for _, w := range p.List("suffixes") {
		// a programme or a product may end like a company ('섹션TV
		// 연예통신'); a company quoted after its kind is found so
		if !afterPlaceKind(w.Kind) && w.Kind != "company" && utf8.RuneCountInString(w.Text) >= 2 {
			heads[w.Text] = true
		}
	}
	for h := range heads {
		r.quotedHeadMax = max(r.quotedHeadMax, len(h))
	}
	r.quotedHeads = newStrSet(heads)
	if len(kinds) > 0 {
		var texts []string
		for _, w := range kinds {
			texts = append(texts, w.Text)
			r.classMax = max(r.classMax, len(w.Text))
		}
		r.classNouns, r.classEnds = wordSet(kinds), newEndFilter(texts)
		r.classCommon = wordSet(commons)
	}
	if !gazWords[""] { // "": a key that is no valid UTF-8
		r.gazWords = newStrSetBits(gazWords, gazWordBits)
	}
	// the forms of the countries (and of any entry keyed like one: pick
	// may choose it)
	r.countryFirst = new(sylBits)
	for _, ref := range refs {
		if !countries[ref.key] {
			continue
		}
		for _, f := range append([]string{ref.entry.Name}, gazForms(ref.entry)...) {
			if c, _ := utf8.DecodeRuneInString(f); lex.IsHangul(c) {
				r.countryFirst.add(c)
			} else {
				r.countryOdd = true
			}
		}
	}
	for _, w := range p.List("suffixes") {
		min := 2
		switch w.Kind {
		case "center", "bank", "hospital", "group":
			min = 3
		}
		suf := suffix{text: w.Text, kind: w.Kind, minStem: min, rule: "org-suffix:" + w.Text}
		r.suffixes.Add(w.Text, suf)
		r.sufRev.Add(lex.Reverse(w.Text), suf)
		for _, c := range w.Text {
			if !lex.IsWordRune(c) {
				r.sufForward = true
			}
		}
	}
	r.titlesRev = lex.NewTrie[string]()
	for _, w := range p.List("titles") {
		r.titles.Add(w.Text, w.Kind)
		spaced := -1
		for k, c := range w.Text {
			if !lex.IsWordRune(c) {
				spaced = k
				break
			}
		}
		if spaced >= 0 {
			if !slices.ContainsFunc(r.spacedTitles, func(t spacedTitle) bool { return t.text == w.Text }) {
				r.spacedTitles = append(r.spacedTitles, spacedTitle{text: w.Text, word: spaced, kind: w.Kind})
			}
		} else {
			r.titlesRev.Add(lex.Reverse(w.Text), w.Kind)
		}
	}
	for _, w := range p.List("country_abbr") {
		rr, n := utf8.DecodeRuneInString(w.Text)
		if n == len(w.Text) && w.Kind != "" {
			r.abbr[rr] = w.Kind
		}
	}
	for _, w := range p.List("venue_suffixes") {
		r.venueSuffix.Add(w.Text, w.Text)
	}
	// the tries searched at every word: their first step a table look-up
	r.gaz.Freeze()
	r.gazPairs = r.gaz.StartPairs()
	if set := r.gazWords; set != nil {
		// the values as the frozen trie holds them (PrefixesAt gives them)
		r.gazSlots = make([]gazSlot, len(set.slots))
		var buf []lex.Match[*gazRef]
		for h, w := range set.slots {
			if w == "" {
				continue
			}
			if buf = r.gaz.PrefixesAt(w, 0, buf); len(buf) > 0 && buf[0].End == len(w) {
				r.gazSlots[h].vals = buf[0].Vals
			}
			r.gazSlots[h].multi = multi[w]
		}
	}
	r.titles.Freeze()
	r.titlesRev.Freeze()
	r.suffixes.Freeze()
	r.sufRev.Freeze()
	r.venueSuffix.Freeze()
	r.firstCls = r.newFirstCls()
	return r, nil
}

// gazWordBits bounds the filter of gazWords to 64 KB (the 7,000 first
// words of the 20,000 keys take 32 KB): a few percent of false yeses, each
// sent to the map.
const gazWordBits = 19

// stemForms returns the names and forms of the Korean regions (시도,
// 시군구, 일반구) and of the countries in the gazetteer of p: the stems
// of the suffixes that name an organisation only after a place
// (namedAfterStem).
func stemForms(p *rules.Pack) (regions, countries map[string]bool) {
	regions, countries = map[string]bool{}, map[string]bool{}
	for i := range p.Entries {
		e := &p.Entries[i]
		var forms map[string]bool
		switch e.Attr("kind") {
		case "country":
			forms = countries
		case "sido", "sigungu", "gu":
			if e.Label == "PLACE" {
				forms = regions
			}
		}
		if forms == nil || e.Attr("ambiguous") == "1" {
			continue
		}
		forms[e.Name] = true
		for _, a := range gazForms(e) {
			forms[a] = true
		}
		// a weak form (곡성, 경기: a common word too) is no stem to
		// doubt before a suffix (곡성여중, 경기고)
		for _, a := range strings.Split(e.Attr("weak"), ",") {
			if a != "" {
				forms[a] = true
			}
		}
	}
	return regions, countries
}

// gazForms returns the aliases of e that are gazetteer keys: one-syllable
// forms (美, 中) count only in context.
func gazForms(e *rules.Entry) []string {
	var forms []string
	for _, a := range e.Aliases {
		if utf8.RuneCountInString(a) >= 2 {
			forms = append(forms, a)
		}
	}
	return forms
}

// addGaz adds a gazetteer key, and its first word to words ("" for a key
// that is no valid UTF-8) and, when the key goes on after it, to multi.
func (r *Recognizer) addGaz(key string, ref *gazRef, words, multi map[string]bool) {
	first := key
	for k, c := range key {
		if !lex.IsWordRune(c) {
			first = key[:k] // "" for a key that starts between words (gazOdd)
			break
		}
	}
	if first != "" {
		words[first] = true
		if first != key {
			multi[first] = true
		}
	}
	if !utf8.ValidString(key) {
		words[""] = true
	}
	if c, _ := utf8.DecodeRuneInString(key); key != "" && !lex.IsWordRune(c) {
		if r.gazOdd == nil {
			r.gazOdd = new([256]bool)
		}
		if !r.gazOdd[key[0]] {
			r.gazOddBytes = append(r.gazOddBytes, key[0])
		}
		r.gazOdd[key[0]] = true
		if c == utf8.RuneError {
			r.gazOddRunes = true
			for b := 0x80; b < 0x100; b++ {
				r.gazOdd[b] = true // any byte that is no ASCII may decode to it
			}
		}
	}
	r.gaz.Add(key, ref)
}

// isSurname1 reports whether c is a one-syllable surname.
func (r *Recognizer) isSurname1(c rune) bool { return r.surname1.has(c) }

func wordSet(ws []rules.Word) *strSet {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w.Text] = true
	}
	return newStrSet(m)
}

// Find returns the ORG, PERSON and PLACE mentions of text, without overlaps,
// sorted by offset. Value mentions already found (dates, money) are passed
// in so that names are not found inside them.
func (r *Recognizer) Find(text string, values []ner.Mention) []ner.Mention {
	ms, _ := r.FindReport(text, values)
	return ms
}

// FindReport is Find that also returns the rules of the pattern rules it
// gave up in text after they ran out of their match timeout twice (see
// matcher.AppendFindDropped): their mentions there may be missing.
func (r *Recognizer) FindReport(text string, values []ner.Mention) (names []ner.Mention, dropped []string) {
	return r.AppendFindReport(nil, text, values)
}

// AppendFindReport is FindReport appending the names to dst, for a caller
// that keeps a buffer of mentions (dst grows only when they do not fit).
func (r *Recognizer) AppendFindReport(dst []ner.Mention, text string, values []ner.Mention) (names []ner.Mention, dropped []string) {
	d := r.newDoc(text)
	defer d.free()
	d.dropped = nil
	ms := r.gazetteer(d)
	ms = appendSome(ms, r.orgPatterns(d, ms))
	ms = appendSome(ms, r.countryPairs(d))
	ms = appendSome(ms, r.interKorean(d))
	ms = appendSome(ms, r.patternMentions(d))
	ms = removeInside(ms, values)
	d.cand = ms[:0] // the candidates' buffer, for the next text
	ms = d.resolve(ms)
	ms = d.resolveWith(ms, r.cabinetLists(d, ms))
	ms = d.resolveWith(ms, r.appositions(d, ms))
	ms = d.resolveWith(ms, r.placeWords(d, ms))
	r.weakParents(d, ms)
	ms = d.resolveWith(ms, r.weakRegions(d, ms))
	ms = d.resolveWith(ms, r.placeExtras(d, ms))
	ms = r.placeChains(d, ms)
	ms = r.orgChains(d, ms)
	ms = d.resolveWith(ms, r.venues(d, ms))
	ms = d.resolveWith(ms, r.persons(d, ms))
	ms = d.resolveWith(ms, r.morePersons(d, ms))
	ms = d.resolveWith(ms, r.barePersons(d, ms))
	ms = d.resolveWith(ms, r.personLists(d, ms))
	ms = d.resolveWith(ms, r.contextPersons(d, ms))
	ms = d.resolveWith(ms, r.again(d, ms, values))
	ms = r.contextLabels(d, ms)
	dropped, d.dropped = d.dropped, nil
	if len(ms) == 0 {
		return dst, dropped
	}
	// ms may be a buffer of d: copied to dst, then filtered there
	n := len(dst)
	dst = append(dst, ms...)
	return dst[:n+len(dropCredits(text, dst[n:]))], dropped
}

// appendSome is append(ms, add...), which copies even nothing: most
// stages find nothing in most texts.
func appendSome(ms, add []ner.Mention) []ner.Mention {
	if len(add) == 0 {
		return ms
	}
	return append(ms, add...)
}

// weakParents widens a region to the weak form of its parent written just
// before it (경기 성남시: 경기 is a game elsewhere, the province here). The
// mentions stay sorted and free of overlaps: the word before is no mention.
func (r *Recognizer) weakParents(d *doc, ms []ner.Mention) {
	text := d.text
	for k := range ms {
		m := &ms[k]
		if m.Label != ner.PLACE || m.Start < 2 || text[m.Start-1] != ' ' {
			continue // the tests without the map first
		}
		if ends := r.weakParentEnds; ends != nil && !ends.has(lex.HangulBefore(text, m.Start-1)) {
			continue // the word before ends like no parent's form
		}
		forms := r.weakParent[m.Name]
		if len(forms) == 0 {
			continue
		}
		ws := lex.WordStartBefore(text, m.Start-1)
		if k > 0 && ms[k-1].End > ws {
			continue
		}
		for _, f := range forms {
			if text[ws:m.Start-1] == f {
				m.Start = ws
				m.Text = text[ws:m.End]
				m.Rule = "place-chain"
				break
			}
		}
	}
}

// weakRegions finds regions written in a form that is an ordinary word
// elsewhere (a county named like a common noun) where the context says
// region: listed with other regions (A, B, C 등) or followed by a place
// word (C 농공단지).
func (r *Recognizer) weakRegions(d *doc, ms []ner.Mention) []ner.Mention {
	if len(r.weakForms) == 0 {
		return nil
	}
	text := d.text
	isRegion := func(m ner.Mention) bool {
		return m.Label == ner.PLACE && strings.HasSuffix(m.Rule, "regions.tsv")
	}
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	words := d.words
	// the words a weak form may start: its first syllable, and the first
	// two, the word and the word before its particles (two runes at
	// least) start with
	r.firstPairs(d)
	for _, k := range d.weakIdx {
		wd := &words[k]
		i, we := wd.s, wd.e
		w, e := text[i:we], we
		entry, ok := r.weakForm(w)
		if !ok {
			if cut := d.trimWord(wd, i, 2); cut < we {
				w, e = text[i:cut], cut
				entry, ok = r.weakForm(w)
			}
		}
		if ok && entry != nil && !coveredBy(ms, i, e) {
			listed := false
			// a region just before, joined by a comma (or one found here)
			if i >= 2 && strings.HasSuffix(text[:i], ", ") {
				if k := sort.Search(len(ms), func(j int) bool { return ms[j].End >= i-2 }); k < len(ms) && ms[k].End == i-2 && isRegion(ms[k]) {
					listed = true
				}
				if n := len(out); n > 0 && out[n-1].End == i-2 {
					listed = true
				}
			}
			// a list going on: C, D 등 — the next word is a region
			if !listed && e == we && strings.HasPrefix(text[we:], ", ") {
				nx := we + 2
				if k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= nx }); k < len(ms) && ms[k].Start == nx && isRegion(ms[k]) {
					listed = true
				}
			}
			// followed by a place word: C 농공단지
			if !listed && e == we && we+1 < len(text) && text[we] == ' ' {
				ne := d.trimEnd(we+1, d.wordEnd(we+1), 2)
				if kind, stem := r.placeSuffixOf(text[we+1 : ne]); kind != "" && stem != "" {
					listed = true
				}
			}
			listed = listed || r.weakListedAt(d, ms, out, i, e, we) // 인천·경기·경북, 경기 북부
			if listed {
				out = append(out, ner.Mention{Start: i, End: e, Label: ner.PLACE, Text: text[i:e],
					Key: entry.key, Name: entry.entry.Name, Rule: entry.rule, Priority: 1})
			}
		}
	}
	d.add = out[:0]
	return out
}

// weakPairWords is the size of Recognizer.weakPairs: 4,096 bits.
const weakPairWords = 64

// weakPair hashes two runes to a bit of Recognizer.weakPairs: the high
// bits of lex.PairHash, which firstPairs computes once for both filters.
func weakPair(a, b rune) uint32 { return lex.PairHash(a, b) >> (32 - 12) }

// weakForm is r.weakForms[w], behind the filter of weakSet.
func (r *Recognizer) weakForm(w string) (*weakRegion, bool) {
	if !r.weakSet.has(w) {
		return nil, false
	}
	e, ok := r.weakForms[w]
	return e, ok
}

// patternMentions runs the regexp2 pattern rules. Names of things must end
// where their word ends (or before a particle); people are keyed by name.
func (r *Recognizer) patternMentions(d *doc) []ner.Mention {
	text := d.text
	found, dropped := r.patterns.AppendFindDropped(d.pat[:0], text, nil)
	d.dropped = dropped
	out := found[:0]
	for _, m := range found {
		switch m.Label {
		case ner.PERSON:
			m.Key = d.concat("PERSON:", m.Name)
		default:
			if _, ok := d.endsWord(m.End); !ok {
				continue
			}
			if e := d.trimEnd(m.Start, m.End, 2); e < m.End {
				m.End = e
				m.Text, m.Name = text[m.Start:e], text[m.Start:e]
			}
		}
		out = append(out, m)
	}
	d.pat = out[:0] // Find copies the mentions
	return out
}

// removeInside drops mentions that overlap a value mention.
func removeInside(ms, values []ner.Mention) []ner.Mention {
	if len(values) == 0 {
		return ms
	}
	// the mentions before the first one dropped stay where they are, not
	// copied onto themselves (most texts drop none)
	k := 0
	for k < len(ms) && !ner.Overlaps(values, ms[k].Start, ms[k].End) {
		k++
	}
	out := ms[:k]
	for i := k + 1; i < len(ms); i++ {
		if m := &ms[i]; !ner.Overlaps(values, m.Start, m.End) {
			out = append(out, *m)
		}
	}
	return out
}

// gazetteer finds dictionary names at word starts, longest first, whose
// word ends with nothing or a particle. A form shared by several entries
// (산업부 for the ministry before and after a rename, 광주 for two cities)
// goes to the entry the document names unambiguously elsewhere, else to
// the one pick chooses.
func (r *Recognizer) gazetteer(d *doc) []ner.Mention {
	g := gazScan{r: r, d: d, out: d.cand[:0], cands: d.gazAlt[:0], buf: d.gazBuf[:0]}
	g.scan()
	d.gazAlt, d.gazBuf = g.cands, g.buf
	out, cands := g.out, g.cands
	if !g.amb {
		return out
	}
	if d.sure == nil {
		d.sure = map[string]bool{}
	}
	// the doc's map, emptied after use rather than freed: a pooled doc
	// keeps its buckets, and no key outlives the text
	sure := d.sure
	defer clear(sure)
	for k, m := range out {
		if cands[k] == nil {
			sure[m.Key] = true
		}
	}
	for k, alt := range cands {
		if alt == nil || sure[out[k].Key] {
			continue
		}
		for _, ref := range alt {
			if sure[ref.key] {
				out[k].Key, out[k].Name, out[k].Label = ref.key, ref.entry.Name, ner.Label(ref.entry.Label)
				break
			}
		}
	}
	return out
}

// gazScan is the gazetteer's pass over a text: the names found, in the
// doc's buffers.
type gazScan struct {
	r     *Recognizer
	d     *doc
	out   []ner.Mention
	cands [][]*gazRef // the candidates of out[k] when ambiguous, else nil
	buf   []lex.Match[*gazRef]
	amb   bool // some cands[k] is not nil
}

// scan looks for names where the rune before is no letter or digit, and
// not at the end of another name nor inside it: at every word start, and
// between words at the bytes that start a key (gazOdd), the only offsets
// there where one may start. It walks the words the filter of the first
// two runes lets through (candidates): last is the end of the last name
// found, and an offset p is looked at when p > last (and, between words,
// the byte before p is in no word).
func (g *gazScan) scan() {
	r, text, words := g.r, g.d.text, g.d.words
	if r.gazOddRunes {
		g.scanRunes()
		return
	}
	last := -1
	// the first odd byte not looked at yet (or before a word's start,
	// inside the word before, until the next word looks again),
	// len(text) for none: a gap without one finds no name, and most
	// texts hold none
	nextOdd := len(text)
	if r.gazOdd != nil {
		nextOdd = g.nextOdd(0)
	}
	pairs := r.gazPairs
	r.firstPairs(g.d)
	for _, k := range g.d.gazIdx {
		wd := &words[k]
		i := wd.s
		if nextOdd < i {
			last, nextOdd = g.gapsBefore(i, last, nextOdd)
		}
		if i <= last {
			continue // inside the last name, or at its end
		}
		if wd.allH && wd.nr >= 2 && pairs != nil {
			// the filter of the first two runes said yes
			if e := g.atWord(wd); e >= 0 {
				last = e
			}
		} else if g.mayAt(wd) {
			if e := g.at(i); e >= 0 {
				last = e
			}
		}
	}
	if len(words) > 0 {
		// the gaps before the words after the last candidate
		last, nextOdd = g.gapsBefore(words[len(words)-1].s, last, nextOdd)
	}
	gap := 0 // the byte after the last word follows a letter
	if len(words) > 0 {
		gap = words[len(words)-1].e + 1
	}
	if nextOdd < len(text) && gap < len(text) {
		g.scanGap(gap, len(text), last)
	}
}

// firstPairs fills the doc's lists of the words where the gazetteer
// (gazIdx) and weakRegions (weakIdx) may find a name, by the filters of
// the words' first two runes: most words of two syllables or more are
// turned away by both. One loop without calls for both stages, whose
// variables stay in registers; the lists hold for r alone (pairsBy).
func (r *Recognizer) firstPairs(d *doc) {
	if d.pairsBy == r {
		return
	}
	d.pairsBy = r
	words, text, pairs := d.words, d.text, r.gazPairs
	// as long as words, filled by index: an append's growth would be a
	// call in the loop
	gaz, weak := slices.Grow(d.gazIdx[:0], len(words))[:len(words)], slices.Grow(d.weakIdx[:0], len(words))[:len(words)]
	ng, nw := 0, 0
	weakFirst := r.weakFirst // empty without weak forms
	for k := range words {
		wd := &words[k]
		if !wd.allH || wd.nr < 2 {
			// mayAt's filter of the first two runes where they are at
			// hand: a syllable alone before a space or a sign, an ASCII
			// letter or digit before ASCII or a syllable
			may := true
			if pairs != nil {
				if wd.allH {
					if e := wd.e; e < len(text) && text[e] < 0x80 {
						may = pairs.May(wd.c, rune(text[e]))
					}
				} else if i := wd.s; wd.c < 0x80 && i+1 < len(text) {
					if b := text[i+1]; b < 0x80 {
						may = pairs.May(wd.c, rune(b))
					} else if c := lex.HangulAt(text, i+1); c >= 0 {
						may = pairs.May(wd.c, c)
					}
				}
			}
			if may {
				gaz[ng] = int32(k)
				ng++
			}
			if weakFirst.has(wd.c) {
				weak[nw] = int32(k)
				nw++
			}
			continue
		}
		// the two filters hash the first two runes alike (weakPair)
		h := lex.PairHash(wd.c, syllable(text[wd.s+3:wd.s+6]))
		if pairs == nil || pairs.MayHash(wd.c, h) {
			gaz[ng] = int32(k)
			ng++
		}
		// the pair filter first: a set bit is rarer than a weak form's
		// first syllable, and the filter is small
		if h >>= 32 - 12; r.weakPairs[h>>6]&(1<<(h&63)) != 0 && weakFirst.has(wd.c) {
			weak[nw] = int32(k)
			nw++
		}
	}
	d.gazIdx, d.weakIdx = gaz[:ng], weak[:nw]
}

// gapsBefore looks for names between the words that start before i, where
// the odd byte at nextOdd or after is, as a walk over every word would:
// at each word j whose start comes after nextOdd, in the gap before it
// (from the byte after the word before), then nextOdd moves to the first
// odd byte at j's start or after. It returns last and nextOdd then.
func (g *gazScan) gapsBefore(i, last, nextOdd int) (int, int) {
	words := g.d.words
	for nextOdd < i {
		// the first word that starts after nextOdd
		j := sort.Search(len(words), func(j int) bool { return words[j].s > nextOdd })
		s := words[j].s
		gap := 0
		if j > 0 {
			gap = words[j-1].e + 1
		}
		if gap < s {
			last = g.scanGap(gap, s, last)
		}
		nextOdd = g.nextOdd(s)
	}
	return last, nextOdd
}

// nextOdd returns the offset of the first byte of gazOdd in the text at i
// or after, or the text's length when there is none.
func (g *gazScan) nextOdd(i int) int {
	text, bs := g.d.text, g.r.gazOddBytes
	if len(bs) > 4 {
		odd := g.r.gazOdd
		for ; i < len(text) && !odd[text[i]]; i++ {
		}
		return i
	}
	next := len(text)
	for _, b := range bs {
		if k := strings.IndexByte(text[i:next], b); k >= 0 {
			next = i + k
		}
	}
	return next
}

// mayAt reports whether a name may start at the word wd: its first two
// runes start a key (a word in five), and then the word is one, or its
// first word (gazMay).
func (g *gazScan) mayAt(wd *word) bool {
	r, text, i := g.r, g.d.text, wd.s
	next := rune(-1) // the rune after the first syllable
	if wd.allH {
		if wd.nr >= 2 {
			next = syllable(text[i+3 : i+6])
		} else if wd.e < len(text) && text[wd.e] < 0x80 {
			next = rune(text[wd.e])
		}
	} else if pairs := r.gazPairs; pairs != nil && wd.c < 0x80 && i+1 < len(text) {
		// an ASCII letter or digit (3월, G20) followed by ASCII or a
		// syllable: the filter of the first two runes without a decode
		if b := text[i+1]; b < 0x80 {
			return pairs.May(wd.c, rune(b)) && r.gazMay(g.d, wd)
		}
		if c := lex.HangulAt(text, i+1); c >= 0 {
			return pairs.May(wd.c, c) && r.gazMay(g.d, wd)
		}
	}
	var may bool
	if next < 0 {
		may = r.gaz.HasPrefixAt(text, i)
	} else if pairs := r.gazPairs; pairs != nil {
		may = pairs.May(wd.c, next)
	} else {
		may = r.gaz.MayStartWith(wd.c, next)
	}
	return may && r.gazMay(g.d, wd)
}

// scanGap looks for names at the bytes of text[from:to], between words,
// that may start a key (gazOdd), after last, the end of the last name
// found; it returns the end of the last name then.
func (g *gazScan) scanGap(from, to, last int) int {
	odd, text := g.r.gazOdd, g.d.text
	for p := max(from, last+1); p < to; p++ {
		if odd[text[p]] && g.r.gaz.HasPrefixAt(text, p) {
			if e := g.at(p); e >= 0 {
				last, p = e, e // p > e is next
			}
		}
	}
	return last
}

// gazMay reports whether the gazetteer may find a name at the start of the
// word w: its first word is a key of gazWords (or the first word of a
// key), whole or before a particle, or a country's key before 시간 or 시각
// (localTime). at finds none where it reports false.
func (r *Recognizer) gazMay(d *doc, w *word) bool {
	set := r.gazWords
	if set == nil || d.slow {
		return true // the filter is off, or the particles are not in pmask
	}
	// the word and the word before each particle (bit 0: the whole word),
	// through the filter of the set inline
	text, i, e := d.text, w.s, w.e
	for m := w.pmask | 1; m != 0; m &= m - 1 {
		c := e - bits.TrailingZeros64(m)
		if c <= i {
			break // the particles from here on take the whole word
		}
		x := text[i:c]
		if key := strKey(x); set.bloom[key>>set.shift>>6]&(1<<(key>>set.shift&63)) != 0 && set.in(x, key) {
			return true
		}
	}
	if e-i >= 7 && (lex.IsHangul(w.c) && r.countryFirst.has(w.c) || !lex.IsHangul(w.c) && r.countryOdd) {
		if w.allH {
			return r.beforeLocalTimeH(text, i, e)
		}
		return r.beforeLocalTime(text, i, e)
	}
	return false
}

// beforeLocalTimeH is beforeLocalTime for a word of syllables: 시간 and
// 시각 start at a syllable (their first byte is none of the bytes that
// continue one), so only the offsets of syllables are looked at.
func (r *Recognizer) beforeLocalTimeH(text string, i, e int) bool {
	p := max(i+1, e-12)
	if k := (p - i) % 3; k != 0 {
		p += 3 - k // the first syllable's offset at p or after
	}
	for ; p <= e-6; p += 3 {
		if t := text[p : p+6]; (t == "시간" || t == "시각") && r.gazWords.has(text[i:p]) {
			return true
		}
	}
	return false
}

// beforeLocalTime reports whether a key of gazWords ends the word
// text[i:e] before 시간 or 시각 and at most 6 bytes (미국시간으로, localTime).
func (r *Recognizer) beforeLocalTime(text string, i, e int) bool {
	for p := max(i+1, e-12); p <= e-6; p++ {
		if t := text[p : p+6]; (t == "시간" || t == "시각") && r.gazWords.has(text[i:p]) {
			return true
		}
	}
	return false
}

// scanRunes is scan trying every rune that follows no letter or digit, for
// a gazetteer with a key that starts with U+FFFD: a stray byte decodes to
// it, and may follow the first byte of a sequence.
func (g *gazScan) scanRunes() {
	text := g.d.text
	check := true
	for i := 0; i < len(text); {
		if check && g.r.gaz.HasPrefixAt(text, i) {
			if e := g.at(i); e >= 0 {
				i, check = e, false
				continue
			}
		}
		if w := g.d.wordAt(i); w != nil {
			i, check = w.e, false // no name starts inside a word
			continue
		}
		_, n := lex.Decode(text, i)
		i += n
		check = true
	}
}

// at finds the longest name at i, adds it and returns its end, or -1.
func (g *gazScan) at(i int) int {
	r, d, text := g.r, g.d, g.d.text
	g.buf = r.gaz.PrefixesAt(text, i, g.buf)
	for _, m := range g.buf {
		part, ok := d.endsWord(m.End)
		ref := pick(m.Vals, text, i)
		if !ok && !(r.countries.has(ref.key) && localTime(d, m.End)) {
			continue
		}
		if ref.entry.Label == "PLACE" && strings.HasPrefix(part, "인") {
			continue // 중국인, 미국인들: a people, not the place
		}
		g.add(i, m.End, ref, m.Vals)
		return m.End
	}
	return -1
}

// add adds the name text[i:end] of ref, one of vals.
func (g *gazScan) add(i, end int, ref *gazRef, vals []*gazRef) {
	e := ref.entry
	g.out = append(g.out, ner.Mention{
		Start: i, End: end, Label: ner.Label(e.Label), Text: g.d.text[i:end],
		Key: ref.key, Name: e.Name, Rule: ref.rule, Priority: 2,
	})
	var alt []*gazRef
	if len(vals) > 1 {
		alt = vals
		g.amb = true
	}
	g.cands = append(g.cands, alt)
}

// atWord is at(wd.s) for a word of syllables that gazMay lets through,
// and -1 for one it turns away. A name at a word's start is a key that
// ends where the word does or before a particle, or goes on after it
// (the word is the first of the key's words), or a country's before 시간
// or 시각 (localTime): when the last two cannot be, the names are the
// keys among the word and the words before its particles, which gazMay's
// walk over them finds in gazWords, longest first as at tries them, with
// the values of their slots. Else at walks the trie.
func (g *gazScan) atWord(wd *word) int {
	r, d := g.r, g.d
	set := r.gazWords
	if set == nil || d.slow {
		return g.at(wd.s) // gazMay says yes
	}
	text, i, e := d.text, wd.s, wd.e
	found := false // a word of gazWords seen: the rest as at would
	for m := wd.pmask | 1; m != 0; m &= m - 1 {
		c := e - bits.TrailingZeros64(m)
		if c <= i {
			break // the particles from here on take the whole word
		}
		x := text[i:c]
		key := strKey(x)
		if set.bloom[key>>set.shift>>6]&(1<<(key>>set.shift&63)) == 0 {
			continue
		}
		h := set.slot(x, key)
		if h < 0 {
			continue
		}
		if !found {
			if c == e && r.gazSlots[h].multi || timeInWord(text, i, e) {
				return g.at(i)
			}
			found = true
		}
		vals := r.gazSlots[h].vals
		if vals == nil {
			continue // the first word of keys that go on, not one
		}
		ref := vals[0]
		if len(vals) > 1 {
			ref = pick(vals, text, i)
		}
		if ref.entry.Label == "PLACE" && strings.HasPrefix(text[c:e], "인") {
			continue // 중국인, 미국인들: a people, not the place
		}
		g.add(i, c, ref, vals)
		return c
	}
	// gazMay's test of a country's key before 시간 or 시각, for a word
	// of syllables
	if !found && e-i >= 7 && r.countryFirst.has(wd.c) && r.beforeLocalTimeH(text, i, e) {
		return g.at(i)
	}
	return -1
}

// timeInWord reports whether the word of syllables text[i:e] ends with 시간
// or 시각 after a syllable, and at most two more (localTime): a key may end
// before them and still be a name.
func timeInWord(text string, i, e int) bool {
	// e-12 is a syllable's offset, as i+3 is
	for p := max(i+3, e-12); p <= e-6; p += 3 {
		if t := text[p : p+6]; t == "시간" || t == "시각" {
			return true
		}
	}
	return false
}

// slot returns the index of w's slot in t.slots, from its key, or -1
// when w (not "") is not in the set: in with the place it finds.
func (t *strSet) slot(w string, key uint32) int {
	slots := t.slots
	mask := uint32(len(slots) - 1)
	for h := key * strSlot >> t.slotShift; ; h = (h + 1) & mask {
		s := slots[h]
		if s == w {
			return int(h)
		}
		if s == "" {
			return -1
		}
	}
}

// pick chooses among entries sharing a surface form: an entry whose parent
// region is named just before wins (경기도 광주시), then a current entry
// over a former one, then the first loaded.
func pick(refs []*gazRef, text string, i int) *gazRef {
	if len(refs) == 1 {
		return refs[0]
	}
	before := strings.TrimRight(text[max(0, i-40):i], " ")
	for _, ref := range refs {
		for _, form := range ref.parents {
			if strings.HasSuffix(before, form) {
				return ref
			}
		}
	}
	for _, ref := range refs {
		if !ref.former {
			return ref
		}
	}
	return refs[0]
}

// parentForms gives the forms a parent region is written in before its
// child: 경기도 for 경기도, 제주 for 제주특별자치도, 서울 for 서울특별시.
func parentForms(p string) []string {
	forms := []string{p}
	for _, suf := range []string{"특별자치도", "특별자치시", "특별시", "광역시", "도"} {
		if strings.HasSuffix(p, suf) && len(p) > len(suf) {
			stem := strings.TrimSuffix(p, suf)
			forms = append(forms, stem, stem+"시", stem+"도")
			break
		}
	}
	return forms
}
