package extract

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// eventEngine applies the event rules of a pack. It is built once and
// shared by all extractions.
type eventEngine struct {
	rules    []rules.EventRule
	triggers *lex.Trie[trigger] // matched at word starts
	attached *lex.Trie[trigger] // may also follow a noun inside a word (~체결)
	// trigKeys and attKeys hold the keys of triggers and attached, looked
	// up by their first two runes (a few compared, rather than a walk of
	// the trie); keysOK is false when a key is not valid UTF-8 or holds
	// U+FFFD, which the trie matches against any byte not valid in a text:
	// then lookAt walks the tries.
	trigKeys, attKeys keySet
	keysOK            bool
	// class holds what scan needs to know of each rune below U+10000:
	// whether it is a letter or digit, and which keys (triggers, attached
	// triggers, words) start with it; bigRunes is the union of the latter
	// for the runes past U+FFFF. pairs holds the same for the first two
	// runes of the keys, hashed (pairHash): visit looks a rune up only when
	// its pair with the next one starts a key, or it is a key of its own.
	// codes holds the pairs and the keys of one rune for skip, which
	// stops only where visit may have something to do.
	class     []uint8
	bigRunes  uint8
	pairs     []uint8
	codes     codeSet
	roleOrder [][]string         // per rule: its roles, those read by others (org_of) last
	specs     [][]rules.RoleSpec // per rule: the specs of roleOrder's roles
	labels    [][]uint16         // per rule: the labels of the specs (labelSet)
	sources   [][][]uint8        // per rule: the sources of the specs (sourceOf)
	required  [][]string         // per rule: its required roles
	// per rule: the types suppressed by the rules of its id (its own,
	// unless ids repeat)
	suppresses [][]string
	negations  []string
	heads      []string // trigger_heads.txt: nouns a bare noun trigger may modify (취지, 여부)
	particles  *lex.Particles
	// oneParticle has bit c-0xAC00 set when the Hangul syllable c alone
	// is a particle (은, 를, 에, most of those after a name): isParticle
	// answers for them with one bit test, not a hash of the string
	oneParticle [(0xD7A4-0xAC00)/64 + 1]uint64
	// the length in bytes of the longest particle sequence
	maxParticle int
	anaphora    []string // 두 기관, 양사: the group named before
	// words are the negations, the rules' requires, excludes and names,
	// and 라는, found in a sentence in one pass (scan, then findAt);
	// negIDs, requires, excludes, names and titled index them.
	words    *wordSet
	negIDs   []int32
	requires [][]int32 // per rule
	excludes [][]int32 // per rule
	names    [][]int32 // per rule: its Names
	titled   int32     // "라는 ", which may follow a title (nameArg)
	// clauseIDs: the words that may close a clause of an earlier happening
	// (후, 뒤, 이후: earlierClauseEnd reads the sentence for them only when
	// it holds one)
	clauseIDs []int32
	scratch   sync.Pool // of *buildScratch, reused across documents
}

type trigger struct {
	rule     int
	text     string
	attached bool // may follow a noun inside a word (협약체결)
	verb     bool // an inflected form of a verb in dictionary form (투자한)
}

func newEventEngine(p *rules.Pack, particles *lex.Particles) *eventEngine {
	e := &eventEngine{rules: p.Events, triggers: lex.NewTrie[trigger](), attached: lex.NewTrie[trigger](),
		trigKeys: newKeySet(), attKeys: newKeySet(), keysOK: true,
		class: slices.Clone(wordRunes()), pairs: make([]uint8, 1<<pairBits), particles: particles}
	e.codes.fast = fastReading
	for i, r := range p.Events {
		for _, t := range r.Triggers {
			for _, w := range expandList(p, t) {
				attached := strings.HasPrefix(w, "~")
				w = strings.TrimPrefix(w, "~")
				forms := conjugations(w)
				for _, form := range forms {
					t := trigger{rule: i, text: form, attached: attached, verb: len(forms) > 1}
					e.triggers.Add(form, t)
					e.trigKeys.add(form, t)
					e.addKey(form, cTrig)
					if attached {
						e.attached.Add(form, t)
						e.attKeys.add(form, t)
						if r, _ := utf8.DecodeRuneInString(form); r < 1<<16 {
							e.addKey(form, cAtt) // past U+FFFF, never looked up inside a word
						}
					}
				}
			}
		}
	}
	for _, r := range p.Events {
		order := roleOrder(r)
		specs := make([]rules.RoleSpec, len(order))
		var required []string
		for k, role := range order {
			specs[k] = r.Roles[role]
			if specs[k].Required {
				required = append(required, role)
			}
		}
		e.roleOrder = append(e.roleOrder, order)
		e.specs = append(e.specs, specs)
		labels := make([]uint16, len(specs))
		sources := make([][]uint8, len(specs))
		for k := range specs {
			labels[k] = labelSet(&specs[k])
			for _, from := range specs[k].From {
				sources[k] = append(sources[k], sourceOf[from])
			}
		}
		e.labels = append(e.labels, labels)
		e.sources = append(e.sources, sources)
		e.required = append(e.required, required)
		var sup []string
		for _, o := range p.Events {
			if o.ID == r.ID {
				sup = append(sup, o.Suppresses...)
			}
		}
		e.suppresses = append(e.suppresses, sup)
	}
	e.maxParticle = particles.MaxLen()
	if particles != nil {
		for c := rune(0xAC00); c <= 0xD7A3; c++ {
			if particles.MayEndWith(c) && particles.Has(string(c)) { // MayEndWith is exact for a syllable
				k := uint(c - 0xAC00)
				e.oneParticle[k>>6] |= 1 << (k & 63)
			}
		}
	}
	e.triggers.Freeze() // searched at every word of every text
	e.attached.Freeze()
	e.keysOK = e.trigKeys.longestFirst() && e.attKeys.longestFirst()
	for _, w := range p.List("negations") {
		e.negations = append(e.negations, w.Text)
	}
	for _, w := range p.List("trigger_heads") {
		e.heads = append(e.heads, w.Text)
	}
	for _, w := range p.List("group_anaphora") {
		e.anaphora = append(e.anaphora, w.Text)
	}
	e.scratch.New = func() any { return &buildScratch{found: make([]uint64, (len(e.words.words)+63)/64)} }
	e.words = newWordSet()
	for _, w := range e.negations {
		e.negIDs = append(e.negIDs, e.words.add(w))
	}
	e.titled = e.words.add("라는 ")
	for _, w := range [...]string{"후 ", "후,", "후에", "뒤 ", "뒤,", "뒤에", "이후"} {
		e.clauseIDs = append(e.clauseIDs, e.words.add(w))
	}
	for _, r := range p.Events {
		var req, exc []int32
		for _, w := range r.Requires {
			req = append(req, e.words.add(w))
		}
		for _, w := range r.Excludes {
			exc = append(exc, e.words.add(w))
		}
		var names []int32
		for _, w := range r.Names {
			names = append(names, e.words.add(w))
		}
		e.requires = append(e.requires, req)
		e.excludes = append(e.excludes, exc)
		e.names = append(e.names, names)
	}
	for _, w := range e.words.words {
		e.addKey(w, cFind) // the empty word is in every text: wordSet.always
	}
	return e
}

// addKey marks the first rune of key k (of kind cTrig, cAtt or cFind) in
// class or bigRunes, and its first two runes in pairs; a key of one rune
// (or not valid UTF-8) gets cOne, to be looked up wherever it may start.
func (e *eventEngine) addKey(k string, kind uint8) {
	if k == "" {
		return
	}
	e.codes.add(k, kind != cFind)
	r1, n := utf8.DecodeRuneInString(k)
	r2, _ := utf8.DecodeRuneInString(k[n:])
	if n == len(k) || !utf8.ValidString(k) {
		kind |= cOne
	} else {
		e.pairs[pairHash(r1, r2)] |= kind
	}
	if r1 < 1<<16 {
		e.class[r1] |= kind
	} else {
		e.bigRunes |= kind
	}
}

// pairBits is the size of eventEngine.pairs: 8 KB, a few percent of false
// positives for the few hundred pairs of the default rules.
const pairBits = 13

func pairHash(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> (32 - pairBits)
}

// The classes of a rune, bits of eventEngine.class.
const (
	cWord uint8 = 1 << iota // a letter or digit (lex.IsWordRune)
	cTrig                   // starts a trigger: looked up at a word start
	cAtt                    // starts an attached trigger: looked up inside a word
	cFind                   // starts a word of eventEngine.words
	cOne                    // is a key of one rune, or starts one not valid UTF-8
)

// wordRunes has cWord set for the runes below U+10000 that are letters
// or digits: every engine's class table starts as a copy.
var wordRunes = sync.OnceValue(func() []uint8 {
	t := make([]uint8, 1<<16)
	for r := range t {
		if lex.IsWordRune(rune(r)) {
			t[r] = cWord
		}
	}
	return t
})

// wordEnd is lex.WordEnd (where the word holding offset i of s ends),
// reading the class table rather than the Unicode tables.
func (x *eventEngine) wordEnd(s string, i int) int { return x.wordEndBefore(s, i, len(s)) }

// wordEndBefore is wordEnd reading the runes that start before stop
// only: it returns stop or more when the word goes on.
func (x *eventEngine) wordEndBefore(s string, i, stop int) int {
	for i < stop {
		c, n := rune(s[i]), 1
		switch {
		case c < utf8.RuneSelf:
		case uint32(c-0xEA) <= 0xED-0xEA && i+2 < len(s):
			u := s[i : i+3] // one bounds check for the two bytes after
			b1, b2 := u[1]^0x80, u[2]^0x80
			if b1|b2 >= 0x40 || (c == 0xED && b1 >= 0x20) {
				c, n = lex.Decode(s, i) // not valid: U+FFFD, of one byte
				break
			}
			c, n = (c&0x0F)<<12|rune(b1)<<6|rune(b2), 3
			if uint32(c-0xAC00) < 0xD7A4-0xAC00 {
				i += 3 // a Hangul syllable, a letter: the common case, without the table
				continue
			}
		default:
			c, n = lex.Decode(s, i)
		}
		if c < 1<<16 {
			if x.class[c]&cWord == 0 {
				break
			}
		} else if !lex.IsWordRune(c) {
			break
		}
		i += n
	}
	return i
}

// wordSet is a fixed set of words to look for in a text, all of them in
// one pass: at the runes that start words (eventEngine.scan tells them),
// only the words starting with that rune and the one after it are
// compared. It answers as strings.Contains would for each word.
type wordSet struct {
	words  []string
	ids    map[string]int32
	lists  [][]int32 // word ids by first two runes (pairKey)
	valid  []bool    // by word id: the word is valid UTF-8, not empty (index)
	always []int32   // empty words: contained in every text
	// table is a small open-addressing table from the first two runes to
	// their list (free where key is freeKey): a quarter full, most probes
	// end at the first place, which holds the key and its list together.
	table []wordSlot
	shift uint
}

// wordSlot is a place of wordSet.table.
type wordSlot struct {
	key  uint64
	list int32 // index in wordSet.lists
}

// pairKey is the key of wordSet's table for a word of first rune r and
// second rune next: next is -1 for a word of one rune or not valid UTF-8,
// looked for after every rune r.
func pairKey(r, next rune) uint64 { return uint64(uint32(r))<<32 | uint64(uint32(next)) }

// freeKey marks a free place of wordSet.keys: no rune is 0xFFFFFFFF.
const freeKey = ^uint64(0)

func newWordSet() *wordSet {
	ws := &wordSet{ids: map[string]int32{}}
	ws.rehash(64)
	return ws
}

func (ws *wordSet) probe(k uint64) uint32 {
	return uint32((k * 0x9E3779B97F4A7C15) >> ws.shift)
}

// rehash rebuilds the table with n (a power of two) places.
func (ws *wordSet) rehash(n int) {
	old := ws.table
	ws.table = make([]wordSlot, n)
	for i := range ws.table {
		ws.table[i].key = freeKey
	}
	ws.shift = uint(64 - bits.TrailingZeros(uint(n)))
	for _, e := range old {
		if e.key != freeKey {
			ws.put(e.key, e.list)
		}
	}
}

func (ws *wordSet) put(k uint64, slot int32) {
	mask := uint32(len(ws.table) - 1)
	h := ws.probe(k)
	for ws.table[h].key != freeKey {
		h = (h + 1) & mask
	}
	ws.table[h] = wordSlot{k, slot}
}

// list returns the ids of the words of key k (pairKey).
func (ws *wordSet) list(k uint64) []int32 {
	if l := ws.slot(k); l >= 0 {
		return ws.lists[l]
	}
	return nil
}

// slot returns the index in lists of the list of key k, or -1.
func (ws *wordSet) slot(k uint64) int32 {
	mask := uint32(len(ws.table) - 1)
	for h := ws.probe(k); ws.table[h].key != freeKey; h = (h + 1) & mask {
		if ws.table[h].key == k {
			return ws.table[h].list
		}
	}
	return -1
}

// add adds w (once) and returns its id.
func (ws *wordSet) add(w string) int32 {
	if id, ok := ws.ids[w]; ok {
		return id
	}
	id := int32(len(ws.words))
	ws.words = append(ws.words, w)
	ws.valid = append(ws.valid, w != "" && utf8.ValidString(w))
	ws.ids[w] = id
	if w == "" {
		ws.always = append(ws.always, id)
		return id
	}
	r, n := utf8.DecodeRuneInString(w)
	second := rune(-1)
	if n < len(w) && utf8.ValidString(w) {
		second, _ = utf8.DecodeRuneInString(w[n:])
	}
	k := pairKey(r, second)
	if l := ws.slot(k); l >= 0 {
		ws.lists[l] = append(ws.lists[l], id)
		return id
	}
	if 4*(len(ws.lists)+1) > len(ws.table) {
		ws.rehash(2 * len(ws.table))
	}
	ws.put(k, int32(len(ws.lists)))
	ws.lists = append(ws.lists, []int32{id})
	return id
}

// wordAt is a rune of a text at which a word of a wordSet may start.
type wordAt struct {
	i       int  // byte offset
	r, next rune // the rune, and the one after it (-1 when there is none)
	// one is false when no word of one rune (nor one not valid UTF-8)
	// starts with r: those, listed under pairKey(r, -1), are not looked up
	one bool
}

// findAt sets in found (a bit set sized for the words, cleared by the
// caller) the words of text[:end] that start at one of the offsets at; with
// at all the runes of text[start:end] that start words, the words that
// text[start:end] contains.
func (ws *wordSet) findAt(text string, end int, at []wordAt, found []uint64) {
	for _, id := range ws.always {
		found[id>>6] |= 1 << (id & 63)
	}
	for _, a := range at {
		ws.findList(text[a.i:end], ws.list(pairKey(a.r, a.next)), found)
		if a.next >= 0 && a.one {
			ws.findList(text[a.i:end], ws.list(pairKey(a.r, -1)), found)
		}
	}
}

// findList sets in found the words of ids that t starts with.
func (ws *wordSet) findList(t string, ids []int32, found []uint64) {
	for _, id := range ids {
		if found[id>>6]&(1<<(id&63)) == 0 && strings.HasPrefix(t, ws.words[id]) {
			found[id>>6] |= 1 << (id & 63)
		}
	}
}

// index returns the offset of the first occurrence of word id in
// text[from:end], as strings.Index would, or -1. at are the runes of the
// text that may start words (eventEngine.scan), in order: a word valid
// UTF-8 starts with a rune, and scan notes every rune that may start it,
// so only those are compared; one not valid (which may start inside a
// rune) is searched for.
func (ws *wordSet) index(text string, from, end int, id int32, at []wordAt) int {
	w := ws.words[id]
	if !ws.valid[id] {
		if k := strings.Index(text[from:end], w); k >= 0 {
			return from + k
		}
		return -1
	}
	r, n := utf8.DecodeRuneInString(w)
	next := rune(-1) // a word of one rune: any rune may follow it
	if n < len(w) {
		next, _ = utf8.DecodeRuneInString(w[n:])
	}
	for _, a := range at {
		// the rune first: most runes noted are not the word's, and the
		// test is then one not-taken branch a rune
		if a.r == r && a.i >= from && (next < 0 || a.next == next) && a.i+len(w) <= end && text[a.i:a.i+len(w)] == w {
			return a.i
		}
	}
	return -1
}

// has reports whether found holds id.
func has(found []uint64, id int32) bool { return found[id>>6]&(1<<(id&63)) != 0 }

// hasAny reports whether found holds one of ids.
func hasAny(found []uint64, ids []int32) bool {
	for _, id := range ids {
		if found[id>>6]&(1<<(id&63)) != 0 {
			return true
		}
	}
	return false
}

// conjugations turns a verb written in its dictionary form into the
// stems its inflections start with: 투자하다 → 투자하, 투자한, 투자할, 투자해,
// 투자했, 투자함; 확정되다 → 확정되, 확정된, 확정될, 확정돼, 확정됐, 확정됨. Other
// triggers stand as they are (a trigger matches at the start of a word, so
// 개최 also matches 개최했다).
func conjugations(w string) []string {
	if w == "" {
		return nil
	}
	if stem, ok := strings.CutSuffix(w, "하다"); ok && stem != "" {
		return []string{stem + "하", stem + "한", stem + "할", stem + "해", stem + "했", stem + "함"}
	}
	if stem, ok := strings.CutSuffix(w, "되다"); ok && stem != "" {
		return []string{stem + "되", stem + "된", stem + "될", stem + "돼", stem + "됐", stem + "됨"}
	}
	return []string{w}
}

// expandList turns "@name" into the words of list name.
func expandList(p *rules.Pack, w string) []string {
	if name, ok := strings.CutPrefix(w, "@"); ok {
		var out []string
		for _, x := range p.List(name) {
			out = append(out, x.Text)
		}
		return out
	}
	return []string{w}
}

// sentMention is a mention seen from a sentence: which particle follows it
// and whether it stands inside a quotation. It points at the document's
// mention (all of events) rather than copying its strings.
type sentMention struct {
	*ner.Mention
	entity   int    // index into the document's entities
	particle string // 은, 에서, ...
	after    int    // byte offset after the particle (or after the title)
	quoted   bool
}

// span is a quoted stretch of a sentence, inner text only.
type span struct {
	start, end int
	double     bool
}

// quoteMarks appends to out the offsets of the opening quotation marks of
// text (" ' “ ‘ 「 『), in order: findQuotes visits them rather than every
// rune of a sentence, and finds them with a few byte searches of the
// document.
func quoteMarks(text string, out []int) []int {
	from := len(out)
	for _, b := range []byte{'"', '\'', "“"[0], "「"[0]} { // “ ‘ and 「 『 share their first byte
		for i := 0; ; i++ {
			j := strings.IndexByte(text[i:], b)
			if j < 0 {
				break
			}
			i += j
			if b < utf8.RuneSelf || (b == "“"[0] && (strings.HasPrefix(text[i:], "“") || strings.HasPrefix(text[i:], "‘"))) ||
				(b == "「"[0] && (strings.HasPrefix(text[i:], "「") || strings.HasPrefix(text[i:], "『"))) {
				out = append(out, i)
			}
		}
	}
	slices.Sort(out[from:])
	return out
}

// findQuotes appends the quoted spans of s (offsets into the document) to
// out; marks are the document's quotation marks (quoteMarks).
func findQuotes(text string, s Sentence, marks []int, out []span) []span {
	k, _ := slices.BinarySearch(marks, s.Start)
	marks = marks[k:]
	within := false // a whole mark within the sentence
	for _, p := range marks {
		if p >= s.End {
			break
		}
		w := 1 // " or '
		if text[p] >= utf8.RuneSelf {
			w = 3
		}
		if p+w <= s.End {
			within = true
			break
		}
	}
	if !within {
		return out
	}
	i := s.Start // where the next span may open
	for _, p := range marks {
		if p >= s.End {
			break
		}
		if p < i {
			continue // inside the last span
		}
		c, n := utf8.DecodeRuneInString(text[p:])
		if c == '\'' && !lex.WordStart(text, p) {
			i = p + n
			continue
		}
		closeR := closingQuote(c)
		j := strings.IndexRune(text[p+n:s.End], closeR)
		if j <= 0 {
			i = p + n
			continue
		}
		out = append(out, span{start: p + n, end: p + n + j, double: c == '"' || c == '“'})
		i = p + n + j + utf8.RuneLen(closeR)
	}
	return out
}

// closingQuote returns the mark that closes an opening quotation mark, or 0.
func closingQuote(c rune) rune {
	switch c {
	case '"', '\'':
		return c
	case '“':
		return '”'
	case '‘':
		return '’'
	case '「':
		return '」'
	case '『':
		return '』'
	}
	return 0
}

func inSpans(sp []span, s, e int) bool {
	for _, q := range sp {
		if s >= q.start && e <= q.end {
			return true
		}
	}
	return false
}

// events finds the events of a document.
// The mentions are all, sorted by start, and entOf[k] is the index in ents
// of the entity of all[k].
func (x *eventEngine) events(bud clock, text string, sents []Sentence, all []*ner.Mention, entOf []int32, ents []Entity) ([]Event, error) {
	var cp countedParties // an agreement with companies counted, not named
	mi := 0
	mk := 0 // marks[mk:] are those from the sentence's start on
	sc := x.scratch.Get().(*buildScratch)
	defer x.scratch.Put(sc)
	defer sc.reset()
	buf, allHits, allAt, ends, fired, firedRules, found := sc.buf, sc.hits[:0], sc.at[:0], sc.ends[:0], sc.fired[:0], sc.firedRules[:0], sc.found
	out := sc.out[:0] // the events before merging
	defer func() {    // keep what grew
		sc.buf, sc.hits, sc.at, sc.ends, sc.fired, sc.firedRules, sc.out = buf, allHits, allAt, ends, fired, firedRules, out
	}()
	// the triggers and word starts of all the sentences first, in a loop
	// of their own: the code of scan stays in the instruction cache for
	// the whole document, rather than being fetched again after each
	// sentence's events (build's code alone is larger than the cache)
	for si, s := range sents {
		if si%64 == 63 {
			if err := bud.check(); err != nil {
				return nil, err
			}
		}
		allHits, allAt = x.scan(text, s, allHits, allAt, &buf)
		ends = append(ends, scanEnd{int32(len(allHits)), int32(len(allAt))})
	}
	// past the last sentence with a trigger, no event is built: the
	// subjects and groups of those sentences would never be read
	// (the first whose hits end where all do)
	last := -1
	if n := int32(len(allHits)); n > 0 {
		for last = 0; ends[last].hits < n; last++ {
		}
	}
	// the quotation marks up to that sentence's end: those past it are
	// never read (findQuotes reads a sentence's own)
	marks := sc.marks[:0]
	if last >= 0 {
		marks = quoteMarks(text[:sents[last].End], marks)
	}
	sc.marks = marks
	// the mentions of each sentence with triggers with their particles,
	// its subject group and its quotes first, in a loop of their own (as
	// the scan above): that code and build's each stay in the instruction
	// cache for the whole document, rather than taking turns at each
	// sentence. Those of the sentences without are read (ps.read) only when
	// a later sentence's events ask for them (the last subject, the last
	// group: ps.lastSubject, ps.lastGroup), which most documents do of a
	// few sentences, if any.
	ps := &sc.past
	ps.start(x, text, sents, all, entOf, marks)
	prevHits := int32(0)
	for si := range sents[:last+1] {
		s := &sents[si]
		if si%64 == 63 {
			if err := bud.check(); err != nil {
				return nil, err
			}
		}
		for mi < len(all) && all[mi].Start < s.Start {
			mi++
		}
		for mk < len(marks) && marks[mk] < s.Start {
			mk++
		}
		ps.parts = append(ps.parts, sentParts{mi: int32(mi), mk: int32(mk), unread: true})
		if ends[si].hits > prevHits {
			ps.read(si, true)
		}
		prevHits = ends[si].hits
	}
	var prev scanEnd // where the sentence's hits and starts begin
	for si, s := range sents[:last+1] {
		if si%64 == 63 {
			if err := bud.check(); err != nil {
				return nil, err
			}
		}
		hits, at := allHits[prev.hits:ends[si].hits], allAt[prev.at:ends[si].at]
		prev = ends[si]
		p := ps.parts[si]
		if p.unread {
			continue // no trigger: its subjects are read when asked (ps)
		}
		sc.starts = at // for nameArg (wordSet.index)
		sm := ps.sm[p.sm:p.smEnd:p.smEnd]
		var group []sentMention
		if p.hi > p.lo {
			group = sm[p.lo:p.hi:p.hi]
		}
		if len(hits) > 0 {
			clear(found)
			x.words.findAt(text, s.End, at, found)
		}
		if len(hits) > 0 && !hasAny(found, x.negIDs) {
			quotes := ps.quotes[p.quotes:p.qEnd:p.qEnd]
			ps.si = si // what build reads of the sentences before
			fired, firedRules = fired[:0], firedRules[:0]
			full := endsInVerb(s.Text) // a full sentence, not a headline or caption
			firstOfSentence := len(out)
			for _, h := range hits {
				r := &x.rules[h.tr.rule]
				if slices.Contains(fired, r.Type) || (inSpans(quotes, h.start, h.end) && r.Type != "statement") || !x.applies(h.tr.rule, full, found) {
					continue
				}
				we := x.wordEnd(text, h.start)
				if modifiesName(text, h, we, sm) {
					continue // 도착한 최하준 장관을…: the happening belongs to that name, not to this sentence's subject
				}
				if !h.tr.verb && (x.modifiesHead(text, h, we, s.End) || objectOfModifier(text, h, we, s.End)) {
					continue // 편성 취지를, 방한 이후, 방한을 환영하는 행사: the happening is only named (onlyNamed)
				}
				d, ok := x.build(text, r, h.tr, h.start, s, si, full, sm, group, quotes, ps, ents, sc)
				if !ok {
					continue
				}
				if we > h.start && we <= s.End {
					d.ev.Trigger = text[h.start:we] // the word as written: 투입한다, not the stem
				}
				out = append(out, d)
				fired = append(fired, r.Type)
				firedRules = append(firedRules, int32(h.tr.rule))
			}
			out = x.suppress(out, firstOfSentence, firedRules)
			if cp.need > 0 {
				cp.fill(si, group, out, ents)
			}
			if len(out) > firstOfSentence {
				cp = cp.open(text, sm, si, out, firstOfSentence)
			}
		}
	}
	leadDate(text, sents, all, entOf, ents, out)
	return mergeEvents(out), nil // copies out
}

// onlyNamed: a trigger names a happening the sentence does not report
// when it describes a name after it (modifiesName: 도착한 최하준 장관을…,
// the happening belongs to that name, not to the sentence's subject), or,
// written as a bare noun, modifies a noun of trigger_heads.txt
// (modifiesHead: 편성 취지를 고려해, the purpose, not a budget drawn up;
// 방한 이후, a point in time) or is the object of a clause about the noun
// after it (objectOfModifier: 방한을 환영하는 행사가 열렸다). events checks
// the three in turn.

// modifiesName reports whether the trigger is inflected as a modifier
// (-ㄴ/-는/-ㄹ: 도착한, 지원하는) of a person or organisation named right
// after it: the clause describes that name, and the sentence's subject is
// not the event's participant. we is where the trigger's word ends.
func modifiesName(text string, h triggerHit, we int, sm []sentMention) bool {
	if (we <= h.end && !h.tr.verb) || we >= len(text) || text[we] != ' ' {
		return false // a noun trigger (개관), or not followed by a word
	}
	last, _ := lex.DecodeLast(text[h.start:we], we-h.start)
	if !lex.IsHangul(last) {
		return false
	}
	if jong := (last - 0xAC00) % 28; jong != 4 && jong != 8 { // ㄴ, ㄹ
		return false
	}
	for _, m := range sm {
		if m.Start == we+1 && (m.Label == ner.PERSON || m.Label == ner.ORG) {
			return true
		}
	}
	return false
}

// modifiesHead reports whether a trigger written as a bare noun (편성,
// 체결: the word ends with it) is followed by one of the nouns of
// trigger_heads.txt (취지, 여부…), which it then modifies: 예산 편성
// 취지를 고려해 speaks of a purpose, 협약 체결 여부는 of a chance, and
// neither reports the happening. we is where the trigger's word ends, end
// where the sentence does.
func (x *eventEngine) modifiesHead(text string, h triggerHit, we, end int) bool {
	if we != h.end || h.tr.verb || we+1 >= end || text[we] != ' ' {
		return false // an inflected trigger (편성했다, 편성을), or no word after it
	}
	next := text[we+1 : end]
	for _, w := range x.heads {
		if strings.HasPrefix(next, w) {
			return true
		}
	}
	return false
}

// leadReach is how many sentences after the lead a meeting or visit
// without a date of its own may take the lead's.
const leadReach = 2

// leadDate gives the meetings and visits of out (the events of the
// document, before merging) that have no date the day of the lead, when
// they are reported in the headline, the lead or just after it: the lead
// states when the day's meeting or visit took place (…7일 청와대에서 열린
// 환영식에서…), and the headline and the sentences right after it speak of
// that day (정상회담 시작, …총리가 도착했다). The lead is the first full
// sentence with a day; its date is that day.
func leadDate(text string, sents []Sentence, all []*ner.Mention, entOf []int32, ents []Entity, out []draft) {
	want := false
	for i := range out {
		want = want || (out[i].ev.Type == "meeting" || out[i].ev.Type == "visit") && out[i].args("date") == nil
	}
	if !want {
		return // the common case: no sentence is looked at
	}
	// the lead: the first full sentence with a day, among the first three
	// (a line of boilerplate, 이 기사를 공유합니다, may come first); a
	// caption's credit after it (…이동하고 있다. [출처=연합]) keeps it full
	full := 0
	for si := range sents {
		s := sents[si]
		if !endsInVerb(s.Text) && !(strings.HasSuffix(s.Text, "]") && strings.Contains(s.Text, "다. ")) {
			continue
		}
		if full++; full > 3 {
			return
		}
		k := sort.Search(len(all), func(k int) bool { return all[k].Start >= s.Start })
		for ; k < len(all) && all[k].End <= s.End; k++ {
			m := all[k]
			if m.Label != ner.DATE || m.Value == nil || m.Value.Kind != "" || m.Value.Grain != "day" {
				continue
			}
			var a Arg
			pa := pendingArg{text: m.Text, entity: entOf[k], value: true}
			pa.fillArg(&a, ents)
			for i := range out {
				d := &out[i]
				if (d.ev.Type == "meeting" || d.ev.Type == "visit") && d.ev.Sentence <= si+leadReach && d.args("date") == nil {
					d.roles = append(d.roles, draftRole{"date", []Arg{a}}) // cut to its length: a copy
				}
			}
			return
		}
	}
}

// objectOfModifier reports whether a trigger written as a bare noun with
// the object particle is the object of a verb that modifies the noun after
// it (방한을 환영하는 행사, 협약 체결을 축하하는 자리, 예산 증액을 요구하는
// 목소리), or of 위해 (투자 유치를 위해: an aim): the clause describes that
// noun or the aim, and the happening is only named.
// we is where the trigger's word ends, end where the sentence does.
func objectOfModifier(text string, h triggerHit, we, end int) bool {
	if h.tr.verb || we != h.end+3 || we+1 >= end || text[we] != ' ' {
		return false // an inflected trigger, or not a noun with 을/를 (3 bytes) and a word after it
	}
	if p := text[h.end:we]; p != "을" && p != "를" {
		return false
	}
	next := text[we+1 : end]
	if strings.HasPrefix(next, "위해") || strings.HasPrefix(next, "위한") || strings.HasPrefix(next, "위하여") {
		return true // 투자 유치를 위해 박람회를 연다: the aim, not a happening
	}
	ve := strings.IndexByte(next, ' ')
	if ve < 0 {
		return false // the verb ends the sentence: 방한을 환영했다 has no noun to modify
	}
	return strings.HasSuffix(next[:ve], "하는") // 환영하는, 축하하는, 요구하는
}

// sentParts is where a sentence's mentions (past.sm) and quotes (past.quotes)
// are, in those of the document, and the bounds of its subject group among
// its mentions; unread until past.read reads them, from the mentions
// all[mi:] and the quotation marks marks[mk:] on.
type sentParts struct {
	sm, smEnd, quotes, qEnd, lo, hi int32
	mi, mk                          int32
	unread                          bool
}

// scanEnd is where the triggers (hits) and word starts (at) that scan
// found in a sentence end, in those of the document.
type scanEnd struct{ hits, at int32 }

// triggerHit is a trigger found in a sentence.
type triggerHit struct {
	start, end int
	tr         trigger
}

// scan reads the runes of sentence s once: it appends to hits the
// triggers found, in order (at a word start, or inside a word for the
// triggers that may be attached to a noun), and to at the runes that
// may start a word of x.words (for wordSet.findAt).
//
// A rune is looked at once the next one is read: only when the two may
// start a key (codeSet), or it may be a key alone. skip passes over the
// runes until then, noting those where only a word may start; visit
// decides whether, and for which kinds of keys, the others are looked up.
func (x *eventEngine) scan(text string, s Sentence, hits []triggerHit, at []wordAt, buf *[]lex.Match[trigger]) ([]triggerHit, []wordAt) {
	lim := min(s.End, len(text)-3) // skip reads four bytes from each rune
	var pc uint32                  // the code (codeOf) of the rune before
	pi := -1                       // its offset (none yet)
	for i := s.Start; ; {
		j, c, n, p, word := skip(&x.codes, text, i, lim, pc)
		if j > i {
			pc, pi = p, j-int(leads[uint8(p)].n)
		}
		if i = j; i >= s.End {
			break
		}
		var r rune
		switch n {
		case 0: // not decoded by skip
			r, n = lex.Decode(text, i)
			c = codeOf(r)
		case 3: // Hangul mostly: inline
			r = rune3(c)
		default:
			r = runeOf(c)
		}
		switch {
		case pi < 0: // the first rune: none before
		case word: // only a word of x.words may start at pi
			at = append(at, wordAt{pi, runeOf(pc), r, false})
		default:
			hits, at = x.visit(text, s, pi, runeOf(pc), r, hits, at, buf)
		}
		pc, pi = c, i
		i += n
	}
	if pi >= 0 && x.codes.one(pc) {
		hits, at = x.visit(text, s, pi, runeOf(pc), -1, hits, at, buf)
	}
	return hits, at
}

// visit looks up the keys that may start at offset i of sentence s, where
// rune r starts, the rune after being next (-1 at the end): triggers at a
// word start, attached triggers inside a word, words anywhere, each only
// where r may start one, and the two runes start one (pairs) unless r is
// a key alone (cOne).
func (x *eventEngine) visit(text string, s Sentence, i int, r, next rune, hits []triggerHit, at []wordAt, buf *[]lex.Match[trigger]) ([]triggerHit, []wordAt) {
	f := x.bigRunes
	if r < 1<<16 {
		f = x.class[r]
	}
	k, one := f&(cTrig|cAtt|cFind), f&cOne != 0
	if !one {
		if next < 0 {
			return hits, at
		}
		k &= x.pairs[pairHash(r, next)]
	}
	if k == 0 {
		return hits, at
	}
	// the kinds wanted here: a trigger at a word start, an attached one
	// inside a word, a word anywhere
	if x.wordBefore(text, s.Start, i) {
		k &^= cTrig
	} else {
		k &^= cAtt
	}
	if k == cFind {
		return hits, append(at, wordAt{i, r, next, one})
	}
	if k == 0 {
		return hits, at
	}
	return x.lookAt(text, s.End, i, r, next, k, one, hits, at, buf)
}

// wordBefore reports whether the rune that ends at offset i of text, read
// from start on, is a letter or digit (false at start).
func (x *eventEngine) wordBefore(text string, start, i int) bool {
	if i <= start {
		return false
	}
	if b := text[i-1]; b < utf8.RuneSelf {
		return x.class[b]&cWord != 0
	}
	if lex.HangulBefore(text, i) >= 0 && i-3 >= start {
		return true
	}
	r, _ := lex.DecodeLast(text[start:i], i-start)
	if r < 1<<16 {
		return x.class[r]&cWord != 0
	}
	return lex.IsWordRune(r)
}

// codeSet holds, for skip, the first two runes of the keys by a hash of
// their codes (codeOf), as a blocked Bloom filter: the first rune picks a
// word of 64 bits (codeWord), the second a bit in it (codeBit). pairs holds
// those of all the keys, trig those of the triggers, attached or not (2 KB
// each: about 1 % false positives for the few hundred pairs of the default
// rules). A key of one rune, or not valid UTF-8, sets all the bits of its
// first rune's word in both: it is looked up whatever follows it. One table
// and one test a rune find both kinds of keys.
type codeSet struct {
	pairs, trig [1 << codeWordBits]uint64
	fast        fastReads // read here, off the same base register as pairs
}

// fastReads is leads for the runes skip reads without a branch on their
// length, ASCII and those of three bytes (the others never match), as
// arrays of words: indexed by the first byte with no shift.
type fastReads struct{ mask, cmask, cwant [256]uint32 }

// fastReading is the fastReads of every codeSet (newCodeSet).
var fastReading = func() (f fastReads) {
	for b, l := range leads {
		f.mask[b], f.cmask[b], f.cwant[b] = l.mask, l.cmask, l.cwant
		if l.n != 1 && l.n != 3 {
			f.cwant[b] = 1
		}
	}
	return f
}()

const (
	codeWordBits = 8
	codeK1       = 0x9E3779B1
	codeK2       = 0x85EBCA77
)

// codeWord is the word of a codeSet for a key whose first rune's code is c.
func codeWord(c uint32) uint32 { return c * codeK1 >> (32 - codeWordBits) }

// codeBit is the bit in its word for a key whose second rune's code is c.
func codeBit(c uint32) uint64 { return 1 << (c * codeK2 >> (32 - 6)) }

// add adds key k, a trigger or not.
func (cs *codeSet) add(k string, trig bool) {
	if k == "" {
		return
	}
	r1, n := utf8.DecodeRuneInString(k)
	w, bit := codeWord(codeOf(r1)), ^uint64(0)
	if n < len(k) && utf8.ValidString(k) {
		r2, _ := utf8.DecodeRuneInString(k[n:])
		bit = codeBit(codeOf(r2))
	}
	cs.pairs[w] |= bit
	if trig || bit == ^uint64(0) { // a key alone is visited (its cOne), never only noted
		cs.trig[w] |= bit
	}
}

// one reports whether the rune of code c may be a key alone.
func (cs *codeSet) one(c uint32) bool { return cs.pairs[codeWord(c)] == ^uint64(0) }

// skip is the loop of scan over the runes from offset i of text that it
// decodes itself (of one to three bytes, valid, starting before lim, with
// four bytes to read from each), calling nothing. It stops at the first
// rune that, with the one before (of code pc), may start a key (or after a
// rune that may be a key alone), or that it does not decode; it returns its
// offset (lim or more when none), its code and length when it read it
// (else n is 0), the code of the rune before, and whether only a word of
// eventEngine.words may start there (cs.pairs, not cs.trig): most stops
// are those.
//
// A rune's code is its bytes as read (codeOf). ASCII and runes of three
// bytes (Hangul) are read without a branch on which they are: the code's
// mask and one test that the rune is one of those, valid, come from
// cs.fast by its first byte, and its length from the top bit of that byte
// (not from a table, so that the next rune's load waits for no other
// load). Korean text mixes the two (spaces, digits and punctuation between
// syllables): a branch on them was mispredicted at one rune in three.
// readRune reads the rest, out of the loop's way: runes of two bytes, and
// those skip leaves to scan.
func skip(cs *codeSet, text string, i, lim int, pc uint32) (_ int, c uint32, n int, _ uint32, word bool) {
	if i >= lim {
		return i, 0, 0, pc, false
	}
	_ = cs.pairs[0]      // the nil check of cs, once rather than at every rune
	t := text[i : lim+3] // the runes to read, and three bytes after the last
	for len(t) > 3 {
		v := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
		b := uint8(v)
		c, n = v&cs.fast.mask[b], 1+int(v>>6&2) // ASCII (top bit 0) or three bytes
		if v&cs.fast.cmask[b] != cs.fast.cwant[b] {
			if c, n = readRune(v); n == 0 {
				return lim + 3 - len(t), 0, 0, pc, false // not valid, or of four bytes: scan decodes it
			}
		}
		w, bit := codeWord(pc), codeBit(c)
		if cs.pairs[w]&bit != 0 {
			return lim + 3 - len(t), c, n, pc, cs.trig[w]&bit == 0
		}
		pc = c
		t = t[n&3:] // n <= 3 < len(t): no bounds check
	}
	return lim + 3 - len(t), 0, 0, pc, false
}

// readRune returns the code and length of the rune that starts v (read
// little-endian) as skip reads it (leads), or a length of 0 when it does
// not (four bytes, or not valid UTF-8): the way out of skip's loop for the
// runes of two bytes, apart so that the loop's registers are the fast
// path's.
//
//go:noinline
func readRune(v uint32) (c uint32, n int) {
	if l := &leads[uint8(v)]; v&l.cmask == l.cwant {
		return v & l.mask, int(l.n)
	}
	return 0, 0
}

// rune3 is runeOf for the code of a rune of three bytes.
func rune3(c uint32) rune { return rune(c&0x0F<<12 | c>>2&0xFC0 | c>>16&0x3F) } // c>>2&0xFC0 is (c>>8&0x3F)<<6

// runeOf is the rune of code c (codeOf).
func runeOf(c uint32) rune {
	switch {
	case c < utf8.RuneSelf:
		return rune(c)
	case c < 1<<16:
		return rune(c&0x1F)<<6 | rune(c>>8&0x3F)
	case c < 1<<24:
		return rune(c&0x0F)<<12 | rune(c>>8&0x3F)<<6 | rune(c>>16&0x3F)
	}
	return rune(c&0x07)<<18 | rune(c>>8&0x3F)<<12 | rune(c>>16&0x3F)<<6 | rune(c>>24&0x3F)
}

// leads tells, for each first byte of a rune, how skip reads the rune: the
// bits of its code (the first one to four bytes of v, read little-endian),
// the bits of v that must equal cwant for a valid rune (the continuation
// bytes' top bits, and the ranges of the second byte after E0 and ED), and
// its length. A byte that starts no rune skip reads has cwant 1, never met.
var leads = func() (t [256]struct{ mask, cmask, cwant, n uint32 }) {
	for b := range t {
		switch {
		case b < utf8.RuneSelf:
			t[b].mask, t[b].n = 0xFF, 1
		case b >= 0xC2 && b <= 0xDF:
			t[b].mask, t[b].cmask, t[b].cwant, t[b].n = 0xFFFF, 0xC000, 0x8000, 2
		case b == 0xE0: // E0 A0-BF: no overlong form
			t[b].mask, t[b].cmask, t[b].cwant, t[b].n = 0xFFFFFF, 0xC0E000, 0x80A000, 3
		case b == 0xED: // ED 80-9F: no surrogate
			t[b].mask, t[b].cmask, t[b].cwant, t[b].n = 0xFFFFFF, 0xC0E000, 0x808000, 3
		case b >= 0xE1 && b <= 0xEF:
			t[b].mask, t[b].cmask, t[b].cwant, t[b].n = 0xFFFFFF, 0xC0C000, 0x808000, 3
		default:
			t[b].cwant = 1
		}
	}
	return t
}()

// codeOf returns the code of rune r as skip reads it: its UTF-8 bytes,
// the first in the low bits.
func codeOf(r rune) uint32 {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	var c uint32
	for k := n - 1; k >= 0; k-- {
		c = c<<8 | uint32(b[k])
	}
	return c
}

// lookAt looks up at offset i of text, where rune r starts (next after
// it, -1 at the end), the keys of kinds k that end by end: triggers (cTrig
// or cAtt), appended to hits, and words (cFind), whose runes are appended
// to at. one tells whether r has cOne: else no key of one rune (nor one
// not valid UTF-8) starts with it.
func (x *eventEngine) lookAt(text string, end, i int, r, next rune, k uint8, one bool, hits []triggerHit, at []wordAt, buf *[]lex.Match[trigger]) ([]triggerHit, []wordAt) {
	if k&cFind != 0 {
		at = append(at, wordAt{i, r, next, one})
	}
	if k&(cTrig|cAtt) == 0 {
		return hits, at
	}
	if x.keysOK {
		ks := &x.trigKeys
		if k&cAtt != 0 {
			ks = &x.attKeys
		}
		return ks.find(text[i:end], i, r, next, one, hits), at
	}
	t := x.triggers
	if k&cAtt != 0 {
		t = x.attached
	}
	*buf = t.PrefixesAt(text, i, *buf)
	for _, m := range *buf {
		if m.End > end {
			continue
		}
		for _, tr := range m.Vals {
			hits = append(hits, triggerHit{start: i, end: m.End, tr: tr})
		}
	}
	return hits, at
}

// keySet holds the keys of a trie of triggers by their first two runes,
// as wordSet holds words, with the values of each: find answers as the
// trie's PrefixesAt does, for keys valid UTF-8 without U+FFFD.
type keySet struct {
	ws    *wordSet
	vals  [][]trigger  // by word id, in the order added
	lists [][]keyEntry // the lists of ws, longest first (made by longestFirst)
	// cuts and cut hold each list again in buckets by two bytes of its
	// keys after their shared runes (keyCut): the forms of a verb share
	// their first two runes and differ in the third (투자하, 투자한, 투자할),
	// and a lookup compares the keys of one bucket rather than a dozen
	cuts []keyCut
	cut  []keyEntry
}

// keyCut is where the buckets of a list of a keySet are in keySet.cut:
// the keys longer than p+2 bytes (p those of the runes a list's keys
// share) that may start a text t are those of bucket keyBucket(t[p+1],
// t[p+2]), with the shorter ones (which may start any text) in the order
// of the list. A text of p+2 bytes or less can start with the shorter
// keys only: all of the list is compared.
type keyCut struct {
	p      int32
	lo, hi [keyBuckets]uint16
}

const keyBuckets = 16

// keyBucket is the bucket of a key (or text) by the second and third
// bytes after those of its list's shared runes (a and b): for a third
// rune of Hangul, the two bytes that tell it from its neighbours. The
// multiplier puts the twelve endings of conjugations (하, 한, …, 됨) in
// twelve buckets.
func keyBucket(a, b byte) uint32 {
	return (uint32(a)<<8 | uint32(b)) * 0x8D88348B >> (32 - 4)
}

// keyEntry is a key of a keySet with its values.
type keyEntry struct {
	w    string
	vals []trigger
}

func newKeySet() keySet { return keySet{ws: newWordSet()} }

// add adds the value v of key w.
func (ks *keySet) add(w string, v trigger) {
	id := ks.ws.add(w)
	if int(id) == len(ks.vals) {
		ks.vals = append(ks.vals, nil)
	}
	ks.vals[id] = append(ks.vals[id], v)
}

// longestFirst sorts the lists of keys longest first, the order of find,
// and reports whether all the keys are valid UTF-8 without U+FFFD. The
// lists, their keys' bytes and their values are each laid out in one
// array, in the order find reads them: a lookup reads a few neighbouring
// cache lines. It makes the buckets (keyCut) too.
func (ks *keySet) longestFirst() bool {
	var keys strings.Builder
	var vals []trigger
	n := 0
	for _, l := range ks.ws.lists {
		slices.SortStableFunc(l, func(a, b int32) int { return len(ks.ws.words[b]) - len(ks.ws.words[a]) })
		for _, id := range l {
			keys.WriteString(ks.ws.words[id])
			vals = append(vals, ks.vals[id]...)
			n++
		}
	}
	all, entries := keys.String(), make([]keyEntry, 0, n)
	ks.lists = make([][]keyEntry, len(ks.ws.lists))
	for k, l := range ks.ws.lists {
		from := len(entries)
		for _, id := range l {
			w, v := len(ks.ws.words[id]), len(ks.vals[id])
			entries = append(entries, keyEntry{all[:w], vals[:v:v]})
			all, vals = all[w:], vals[v:]
		}
		ks.lists[k] = entries[from:len(entries):len(entries)]
	}
	ks.cutLists()
	for _, w := range ks.ws.words {
		if !utf8.ValidString(w) || strings.ContainsRune(w, utf8.RuneError) {
			return false
		}
	}
	return true
}

// cutLists makes the buckets of the lists (keyCut): for each list, its
// short keys, then each bucket that holds a long key, with the short keys
// among its long ones in the list's order; an empty bucket is the short
// keys alone.
func (ks *keySet) cutLists() {
	ks.cuts = make([]keyCut, len(ks.lists))
	ks.cut = ks.cut[:0]
	for k, l := range ks.lists {
		c := &ks.cuts[k]
		p := 0 // the bytes of the runes the keys share (those of pairKey)
		if len(l) > 0 {
			r, n := utf8.DecodeRuneInString(l[0].w)
			p = n
			if n < len(l[0].w) && ks.ws.slot(pairKey(r, -1)) != int32(k) {
				_, m := utf8.DecodeRuneInString(l[0].w[n:])
				p += m
			}
		}
		c.p = int32(p)
		short := func(e keyEntry) bool { return len(e.w) <= p+2 }
		lo := len(ks.cut)
		for _, e := range l {
			if short(e) {
				ks.cut = append(ks.cut, e)
			}
		}
		hi := len(ks.cut)
		for b := range uint32(keyBuckets) {
			c.lo[b], c.hi[b] = uint16(lo), uint16(hi)
			long := false
			for _, e := range l {
				long = long || !short(e) && keyBucket(e.w[p+1], e.w[p+2]) == b
			}
			if !long {
				continue
			}
			c.lo[b] = uint16(len(ks.cut))
			for _, e := range l {
				if short(e) || keyBucket(e.w[p+1], e.w[p+2]) == b {
					ks.cut = append(ks.cut, e)
				}
			}
			c.hi[b] = uint16(len(ks.cut))
		}
	}
	if len(ks.cut) > 1<<16 {
		panic("extract: too many trigger keys for keySet's buckets")
	}
}

// find appends to hits the keys that t (the text from offset i, where
// rune r starts, next after it or -1, to the end of the sentence) starts
// with, longest first: the keys of two runes or more, then the one of r
// alone, unless one is false (r has no cOne: no key of one rune, nor one
// not valid UTF-8, starts with it).
func (ks *keySet) find(t string, i int, r, next rune, one bool, hits []triggerHit) []triggerHit {
	hits = ks.findList(t, i, pairKey(r, next), hits)
	if next >= 0 && one {
		hits = ks.findList(t, i, pairKey(r, -1), hits)
	}
	return hits
}

// findList is find for the keys of one list (k, as pairKey): those of
// the bucket of t (keyCut) when t is long enough to have one.
func (ks *keySet) findList(t string, i int, k uint64, hits []triggerHit) []triggerHit {
	l := ks.ws.slot(k)
	if l < 0 {
		return hits
	}
	es := ks.lists[l]
	if c := &ks.cuts[l]; int(c.p)+2 < len(t) {
		b := keyBucket(t[c.p+1], t[c.p+2]) & (keyBuckets - 1)
		es = ks.cut[c.lo[b]:c.hi[b]]
	}
	for _, e := range es {
		// the last bytes first: the keys of a list share their first
		// runes, and the forms of a verb differ in their last (투자한, 투자할)
		if w := e.w; len(w) <= len(t) && t[len(w)-1] == w[len(w)-1] && t[:len(w)] == w {
			for _, tr := range e.vals {
				hits = append(hits, triggerHit{start: i, end: i + len(w), tr: tr})
			}
		}
	}
	return hits
}

// suppress removes, among the events of one sentence (out[from:], fired
// by the rules firedRules), those whose type another of them suppresses.
func (x *eventEngine) suppress(out []draft, from int, firedRules []int32) []draft {
	var room [8]string
	drop := room[:0]
	for _, ri := range firedRules {
		drop = append(drop, x.suppresses[ri]...)
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:from]
	for _, d := range out[from:] {
		if !slices.Contains(drop, d.ev.Type) {
			kept = append(kept, d)
		}
	}
	return kept
}

// applies reports whether rule ri may fire on a sentence (full when it
// ends in a verb, endsInVerb) whose words (x.words) are found: one of its
// required words is there and none of its excluded ones.
func (x *eventEngine) applies(ri int, full bool, found []uint64) bool {
	if x.rules[ri].Headline && full {
		return false
	}
	if len(x.requires[ri]) > 0 && !hasAny(found, x.requires[ri]) {
		return false
	}
	return !hasAny(found, x.excludes[ri])
}

// particleAfter returns the particle that follows a mention and the offset
// after it. For a person with a title (한성숙 중기부 장관은) the particle is
// read after the title.
func (x *eventEngine) particleAfter(text string, m ner.Mention, limit int) (string, int) {
	return x.particleAfterOf(text, &m, limit)
}

// particleAfterOf is particleAfter without the copy of the mention.
func (x *eventEngine) particleAfterOf(text string, m *ner.Mention, limit int) (string, int) {
	end := m.End
	if m.Label == ner.PERSON && m.Role != "" && !strings.HasSuffix(m.Text, m.Role) {
		// skip up to three words to the title
		j := end
		for k := 0; k < 4 && j < limit; k++ {
			for j < limit && text[j] == ' ' {
				j++
			}
			we := x.wordEnd(text, j)
			if we == j {
				break
			}
			if strings.HasPrefix(text[j:we], m.Role) {
				end = j + len(m.Role)
				break
			}
			j = we
		}
	}
	if end >= limit {
		return "", end
	}
	end = skipParenthetical(text, end, limit)
	if end >= limit {
		return "", end
	}
	if b := text[end]; b < utf8.RuneSelf && x.class[b]&cWord == 0 {
		return "", end // a space or a mark: no word, no particle
	}
	// most names are followed by a particle of one syllable and a space
	// (은 , 를 ): that word is told without the walk below (a syllable is
	// a letter, a space none; the word ends before stop when a particle
	// may be a syllable long)
	if end+3 < limit && text[end+3] == ' ' && x.maxParticle >= 3 {
		if c := lex.Hangul3(uint32(text[end])<<16 | uint32(text[end+1])<<8 | uint32(text[end+2])); c >= 0 {
			if k := uint(c - 0xAC00); x.oneParticle[k>>6]&(1<<(k&63)) != 0 {
				return text[end : end+3], end + 3
			}
			return "", end
		}
	}
	// the word is read no further than a particle may go: past it, no
	// particle (x.maxParticle bytes at most)
	stop := min(limit, end+x.maxParticle+1)
	we := x.wordEndBefore(text, end, stop)
	if we > limit {
		we = limit
	}
	if we == end || (we >= stop && stop < limit) {
		return "", end
	}
	if p := text[end:we]; x.isParticle(p) {
		return p, we
	}
	return "", end
}

// isParticle is x.particles.Has, a syllable read from oneParticle.
func (x *eventEngine) isParticle(p string) bool {
	if len(p) == 3 {
		if c := lex.Hangul3(uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2])); c >= 0 {
			k := uint(c - 0xAC00)
			return x.oneParticle[k>>6]&(1<<(k&63)) != 0
		}
	}
	return x.particles.Has(p)
}

// isPressRole reports the titles of the people who write the story.
func isPressRole(role string) bool {
	switch role {
	case "기자", "특파원", "객원기자", "인턴기자":
		return true
	}
	return false
}

// endsInVerb reports whether a sentence ends like a full sentence (…했다.,
// …합니다, …까?) rather than a headline or caption.
func endsInVerb(s string) bool {
	for i := 0; i < 16 && s != ""; i++ { // a bounded trim: a run of 100,000 quotes costs nothing
		if b := s[len(s)-1]; b < utf8.RuneSelf { // as lex.DecodeLast, without the call
			if !closingASCII[b] {
				return false // no verb ending
			}
			s = s[:len(s)-1]
			continue
		}
		if r := lex.HangulBefore(s, len(s)); r >= 0 {
			return verbEnding(r) // the common case: 다, after . or not
		}
		r, n := lex.DecodeLast(s, len(s))
		switch r {
		case '…', '”', '’', '」', '』':
			s = s[:len(s)-n]
			continue
		}
		return verbEnding(r)
	}
	last, _ := lex.DecodeLast(s, len(s))
	return verbEnding(last)
}

// closingASCII holds the ASCII marks endsInVerb trims from the end of a
// sentence.
var closingASCII = [utf8.RuneSelf]bool{' ': true, '.': true, '?': true, '!': true, '"': true, '\'': true, ')': true, ']': true}

// verbEnding reports the last syllables of a full sentence (…다, …요, …까).
func verbEnding(r rune) bool {
	switch r {
	case '다', '요', '까', '죠', '오', '자':
		return true
	}
	return false
}

// skipParenthetical returns the offset after a short parenthetical that
// follows a name (한국과학기술원(KAIST)은: the particle is read after it).
func skipParenthetical(text string, i, limit int) int {
	// most names are followed by a particle (a byte not in parenStarts):
	// one test, inline, turns them away
	if i >= limit || parenStarts[text[i]] == 0 {
		return i
	}
	return skipMarks(text, i, limit)
}

// skipMarks is skipParenthetical past its first test, out of line.
func skipMarks(text string, i, limit int) int {
	// a space must be followed by a mark: one table test, rather than a
	// test of each mark, turns the others away
	b1 := byte(0)
	if i+1 < limit {
		b1 = text[i+1]
	}
	if t := parenStarts[text[i]]; t&1|t>>1&parenStarts[b1]&1 == 0 {
		return i
	}
	k := i // the marks ㈜ and (주), after a space or not (새봄식품㈜은)
	if text[k] == ' ' {
		k++
	}
	if k < limit { // compared after their first byte
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

// parenStarts has bit 1 for the first bytes of the marks skipParenthetical
// looks for (㈜, and ( of (주) or of any parenthetical), and bit 2 for the
// space they may follow.
var parenStarts = func() (t [256]uint8) {
	t["㈜"[0]], t['('], t[' '] = 1, 1, 2
	return t
}()

func isSubject(p string) bool {
	switch p {
	case "은", "는", "이", "가", "께서", "께서는", "측은", "측이", "도", "이며":
		return true
	}
	return false
}

func isComitative(p string) bool {
	switch p {
	case "와", "과", "와의", "과의", "와도", "과도", "와는", "과는":
		return true
	}
	return false
}

func isPlaceParticle(p string) bool {
	switch p {
	case "에서", "에서의", "에서는", "에서도", "에선":
		return true
	}
	return false
}

func isObject(p string) bool { return p == "을" || p == "를" }

// labelBit returns the bit of label l in a labelSet: one of its own for
// each label of package ner, the same for all others.
func labelBit(l ner.Label) uint16 {
	switch l {
	case ner.ORG:
		return 1 << 0
	case ner.PERSON:
		return 1 << 1
	case ner.PLACE:
		return 1 << 2
	case ner.DATE:
		return 1 << 3
	case ner.TIME:
		return 1 << 4
	case ner.MONEY:
		return 1 << 5
	case ner.PERCENT:
		return 1 << 6
	case ner.QUANTITY:
		return 1 << 7
	case ner.DURATION:
		return 1 << 8
	}
	return 1 << 15
}

// labelSet returns the labels a spec takes as bits (labelBit): all of
// them when it names none; 0 when it names one not of package ner, to
// be compared by name (labelOK).
func labelSet(spec *rules.RoleSpec) uint16 {
	if len(spec.Labels) == 0 {
		return ^uint16(0)
	}
	var set uint16
	for _, l := range spec.Labels {
		b := labelBit(ner.Label(l))
		if b == 1<<15 {
			return 0
		}
		set |= b
	}
	return set
}

func labelOK(spec *rules.RoleSpec, l ner.Label) bool {
	if len(spec.Labels) == 0 {
		return true
	}
	for _, x := range spec.Labels {
		if x == string(l) {
			return true
		}
	}
	return false
}

// buildScratch holds buffers that build reuses across the events of a
// document.
type buildScratch struct {
	seen  []int    // entities already in the role being filled
	order []int32  // indices of the mentions, sorted by distance
	found []uint64 // the words (eventEngine.words) of the sentence
	// buffers of events, per sentence
	buf  []lex.Match[trigger]
	hits []triggerHit
	at   []wordAt // where words of eventEngine.words may start
	// hits and at hold those of all the sentences of the document; ends
	// tells, per sentence, where its own end, and starts are the
	// sentence's at
	ends   []scanEnd
	starts []wordAt
	fired  []string // the event types fired in the sentence
	// and the rules that fired them
	firedRules []int32
	marks      []int // the document's quotation marks
	others     []sentMention
	// the arguments of the event being built, role after role, and the
	// roles filled; an event kept gets them made into one array of Arg
	args   []pendingArg
	filled []roleArgs
	// the document's events before merging, and their roles; and the
	// last subject of each label
	out   []draft
	roles []draftRole
	// the sentences' mentions, quotes and groups (read as asked)
	past past
	// the room the arguments of the document's events are cut from (they
	// are the document's: a new room for each document)
	argRoom []Arg
}

// argsRoom returns room for n arguments of an event of the document, cut
// to its length: events share allocations, each twice the last (an Arg is
// over 200 bytes: a document with one small event takes a small one).
func (sc *buildScratch) argsRoom(n int) []Arg {
	if cap(sc.argRoom)-len(sc.argRoom) < n {
		sc.argRoom = make([]Arg, 0, max(n, 8, 2*cap(sc.argRoom)))
	}
	k := len(sc.argRoom)
	sc.argRoom = sc.argRoom[:k+n]
	return sc.argRoom[k : k+n : k+n]
}

// draft is an event built, before merging: its roles are listed rather
// than held in the map of Event.Args, made for the events merging keeps
// (a list is cheaper to make, to read and to merge).
type draft struct {
	ev    Event // its Args nil
	roles []draftRole
}

// draftRole is a role of a draft with its arguments.
type draftRole struct {
	role string
	args []Arg
}

// args returns the arguments of role, as d.ev.Args[role] would.
func (d *draft) args(role string) []Arg {
	if k := roleIndex(d.roles, role); k >= 0 {
		return d.roles[k].args
	}
	return nil
}

// roleIndex returns the index of role in roles, or -1.
func roleIndex(roles []draftRole, role string) int {
	for k := range roles {
		if roles[k].role == role {
			return k
		}
	}
	return -1
}

// roleArgs is a role filled with args[start:end] of buildScratch.args.
type roleArgs struct {
	role       string
	start, end int
}

// pendingArg is an argument of the event being built: an entity as
// mentioned (entity >= 0), or a text (a quote, a name). It holds one string
// where an Arg holds a dozen: cheap to append and to drop.
type pendingArg struct {
	text   string
	entity int32 // index into the document's entities, or -1
	value  bool  // the mention is a value's: the argument carries its fields
}

// fillArg sets in dst, zero (fresh room of argsRoom), the argument as
// output: only the fields it has are written, not a whole Arg copied.
func (a *pendingArg) fillArg(dst *Arg, ents []Entity) {
	dst.Text = a.text
	if a.entity < 0 {
		return
	}
	e := &ents[a.entity]
	dst.Entity = e.ID
	if a.value {
		dst.ValueFields = e.ValueFields
	} else {
		dst.Name = e.Name
	}
}

// argsOf returns the arguments of role in the roles filled so far.
func argsOf(args []pendingArg, filled []roleArgs, role string) []pendingArg {
	for _, f := range filled {
		if f.role == role {
			return args[f.start:f.end]
		}
	}
	return nil
}

// reset drops what the buffers point into (the last document's text), and
// keeps their room. hits, buf, fired and filled point into the engine's
// rules only (trigger texts, types, role names): they stay.
func (sc *buildScratch) reset() {
	sc.past.reset()
	clear(sc.others[:cap(sc.others)])
	clear(sc.args[:cap(sc.args)])
	if cap(sc.out) > 256 {
		sc.out = nil // a document of many events: not worth keeping and clearing for the next
	}
	clear(sc.out[:cap(sc.out)])
	if cap(sc.roles) > 1024 {
		sc.roles = nil
	}
	clear(sc.roles[:cap(sc.roles)])
	// the triggers and word starts of a long document's sentences: let
	// them go (they point into the rules only, and need no clearing)
	if cap(sc.hits) > maxKeptScans || cap(sc.at) > maxKeptScans || cap(sc.ends) > maxKeptSentences {
		sc.hits, sc.at, sc.ends = nil, nil, nil
	}
	sc.starts = nil
	sc.args, sc.filled, sc.out, sc.roles = sc.args[:0], sc.filled[:0], sc.out[:0], sc.roles[:0]
	sc.argRoom = nil // the last document's: not to be written again
}

// maxKeptScans is the most triggers, and word starts, of a document
// whose room a buildScratch keeps: those of a text of some 100 KB.
const maxKeptScans = 4096

// build fills the roles of rule r in sentence s (full when it ends in a
// verb, endsInVerb), whose mentions are sm and subject group is group
// (subjectGroup).
func (x *eventEngine) build(text string, r *rules.EventRule, tr trigger, h int, s Sentence, si int, full bool, sm, group []sentMention, quotes []span, before earlier, ents []Entity, sc *buildScratch) (draft, bool) {
	ev := Event{Type: r.Type, Label: r.Label, Trigger: tr.text, Sentence: si, Evidence: s.Text, Rule: r.ID}
	roles := x.roleOrder[tr.rule]
	specs, labels, sources := x.specs[tr.rule], x.labels[tr.rule], x.sources[tr.rule] // by role, as roles
	specs, labels, sources = specs[:len(roles)], labels[:len(roles)], sources[:len(roles)]
	ordered := false // sc.order holds the sentence's mentions by distance to the trigger
	cut := -2        // where a clause of an earlier happening ends (earlierClauseEnd); -2: not looked for
	subjects := group
	if len(subjects) == 0 && !full {
		subjects = headlineSubject(text, s, sm)
	}
	if len(subjects) == 0 {
		// the anaphor first: the last group is read from the sentences
		// before only then (both are asked, whichever first)
		if w, ok := x.groupAnaphor(text, s); ok {
			if lastGroup := before.lastGroup(); len(lastGroup) >= 2 {
				// 두 기관은 …: the group named before, written as the anaphor
				subjects = make([]sentMention, 0, len(lastGroup))
				for _, m := range lastGroup {
					named := *m.Mention
					named.Text = w
					m.Mention = &named
					subjects = append(subjects, m)
				}
			}
		}
	}
	var borrowed []string // roles filled from an earlier sentence
	fl, filled := filler{args: sc.args[:0], seen: sc.seen[:0]}, sc.filled[:0]
	defer func() { sc.args, sc.seen, sc.filled = fl.args[:0], fl.seen[:0], filled[:0] }() // keep what grew
	for k, role := range roles {
		fl.spec, fl.labels, fl.seen = &specs[k], labels[k], fl.seen[:0]
		start := len(fl.args) // this role's arguments are fl.args[start:]
		for _, from := range sources[k] {
			switch from {
			case srcSubject:
				for k := range subjects {
					fl.add(&subjects[k])
				}
				if len(subjects) == 0 && !x.ownSubject(text, s, sm) {
					for _, l := range fl.spec.Labels {
						if m, ok := before.lastSubject(l); ok {
							fl.add(&m)
							borrowed = append(borrowed, role)
							break
						}
					}
				}
			case srcPartner:
				for k, m := range sm {
					if isComitative(m.particle) && !m.quoted && !containsMention(subjects, m) {
						cs := coordinated(text, sm, k)
						for c := range cs {
							if !containsMention(subjects, cs[c]) {
								fl.add(&cs[c])
							}
						}
					}
				}
			case srcObject:
				for k := range sm {
					if m := &sm[k]; isObject(m.particle) && !m.quoted {
						fl.add(m)
					}
				}
			case srcPlace:
				for k, m := range sm {
					if !isPlaceParticle(m.particle) || m.quoted {
						continue
					}
					// the chain of places written before it (경상북도 포항시 한빛호텔에서)
					first := k
					for first > 0 && sm[first-1].Label == ner.PLACE && sm[first-1].particle == "" && sm[first-1].End+1 == sm[first].Start {
						first--
					}
					for c := first; c <= k; c++ {
						fl.add(&sm[c])
					}
				}
			case srcAt:
				// places where something is put: 진천 산업단지에 (locative 에)
				for k := range sm {
					if m := &sm[k]; (m.particle == "에" || m.particle == "에는") && !m.quoted {
						fl.add(m)
					}
				}
			case srcAppointee:
				// the people appointed: not the subject who appoints, unless
				// the verb is passive (임명됐다) or the subject is alone
				passive := strings.ContainsAny(tr.text, "된됐될돼")
				others := sc.others[:0]
				for _, m := range sm {
					if m.Label == ner.PERSON && !m.quoted && (passive || !containsMention(subjects, m)) {
						others = append(others, m)
					}
				}
				sc.others = others[:0] // keep what grew
				if len(others) == 0 {
					others = subjects
				}
				for k := range others {
					fl.add(&others[k])
				}

			case srcOrgOf:
				// the organisation of the people in the role "person"
				for _, a := range argsOf(fl.args, filled, "person") {
					ei := int(a.entity) // entity ids are unique: entityIndex(ents, ents[i].ID) is i
					if ei < 0 {
						ei = entityIndex(ents, "")
					}
					if org := ents[ei].Org; org != "" {
						for k := range sm {
							if m := &sm[k]; m.Label == ner.ORG && ents[m.entity].Name == org && !formerPost(text, m.Start) {
								fl.add(m)
							}
						}
					}
				}
			case srcAny:
				// nearest to the trigger first: the time or amount next to the
				// verb is the event's (…2017년 선정돼 2018년부터 투입 → 2018년)
				if !ordered {
					sc.order, ordered = byDistance(slices.Grow(sc.order[:0], len(sm)), sm, h), true
				}
				for _, k := range sc.order {
					if fl.spec.Max > 0 && len(fl.args)-start >= fl.spec.Max {
						break // the role is full: the arguments past its max are dropped
					}
					m := &sm[k]
					if m.End <= h && m.Value != nil && m.Value.Grain != "day" { // a value (entities have no Value)
						// a sum or a year before the trigger: is it in a clause of an
						// earlier happening (2020년 37억원 규모의 협약을 한 후, …
						// 투자한다)? A day is the sentence's (28일 공연을 마친 뒤
						// 찾았다). Looked for once, and only then: most values
						// before a trigger are days.
						if cut == -2 {
							cut = earlierClauseEnd(text, firstValueBefore(sm, h), h, hasAny(sc.found, x.clauseIDs))
						}
						if m.End <= cut {
							continue
						}
					}
					if !m.quoted || m.Label.IsValue() {
						fl.add(m)
					}
				}
			case srcYear:
				best := -1
				for k, m := range sm {
					if m.Label != ner.DATE || m.Value == nil || m.Value.Grain != "year" {
						continue
					}
					if best < 0 || strings.HasSuffix(m.Text, "도") || strings.HasPrefix(strings.TrimSpace(text[m.after:min(len(text), m.after+20)]), "예산") {
						best = k
					}
				}
				if best >= 0 {
					fl.add(&sm[best])
				}
			case srcSpeaker:
				if m, ok := speaker(sm, quotes); ok && !camp(text, &m) && !surnameOnly(&m, ents) {
					fl.add(&m)
				}
			case srcQuote:
				for _, q := range quotes {
					if q.double {
						fl.args = append(fl.args, pendingArg{text: text[q.start:q.end], entity: -1})
					}
				}
			case srcName:
				if a, ok := x.nameArg(text, tr.rule, s, quotes, sc.found, sc.starts); ok {
					fl.args = append(fl.args, pendingArg{text: a, entity: -1})
				}
			}
		}
		if fl.spec.Max > 0 && len(fl.args)-start > fl.spec.Max {
			fl.args = fl.args[:start+fl.spec.Max]
		}
		if len(fl.args) > start {
			filled = append(filled, roleArgs{role, start, len(fl.args)})
		}
	}
	// an event needs a participant or a value besides its name
	if len(filled) == 0 {
		return draft{}, false
	}
	args := fl.args
	for _, role := range x.required[tr.rule] {
		if len(argsOf(args, filled, role)) == 0 {
			return draft{}, false
		}
	}
	// the event is kept: its arguments, cut from one array, and its roles
	// from the document's list (cut to their length: merging appends)
	kept := sc.argsRoom(len(args))
	for i := range args {
		args[i].fillArg(&kept[i], ents)
	}
	from := len(sc.roles)
	for _, f := range filled {
		sc.roles = append(sc.roles, draftRole{f.role, kept[f.start:f.end:f.end]})
	}
	dr := sc.roles[from:len(sc.roles):len(sc.roles)]
	for _, f := range filled { // the roles of ev.Args
		switch role := f.role; {
		case isParticipant(role) && !slices.Contains(borrowed, role):
			ev.score += 3
		case role == "amount" || role == "quote":
			ev.score += 2
		case role == "name" || role == "purpose" || role == "subject":
			// descriptive: any sentence can name the thing
		default:
			ev.score++
		}
	}
	if full {
		ev.score++ // a full sentence states it better than a headline
	}
	conf := r.Confidence
	if conf == 0 {
		conf = 0.5
	}
	if len(borrowed) > 0 {
		conf -= 0.1 // a participant taken from an earlier sentence
	}
	if !full {
		conf -= 0.05 // a headline or caption states it less directly
	}
	conf += 0.08 * float64(len(filled)) // its roles (roleOrder's are distinct)
	if conf > 0.95 {
		conf = 0.95
	}
	ev.Confidence = float64(int(conf*100+0.5)) / 100
	return draft{ev, dr}, true
}

// filler fills a role of the event being built: add appends the mentions
// that may fill it (of its labels, once per entity) to args.
type filler struct {
	spec   *rules.RoleSpec
	labels uint16 // labelSet(spec)
	seen   []int  // the entities of the role's arguments
	args   []pendingArg
}

func (f *filler) add(m *sentMention) {
	ok := f.labels&labelBit(m.Label) != 0
	if f.labels == 0 {
		ok = labelOK(f.spec, m.Label) // a label not of package ner
	}
	if !ok || slices.Contains(f.seen, m.entity) {
		return
	}
	if m.Label == ner.PERSON && isPressRole(m.Role) {
		return // the reporter writes the story; never its agent
	}
	f.seen = append(f.seen, m.entity)
	f.args = append(f.args, pendingArg{text: m.Text, entity: int32(m.entity), value: m.Label.IsValue()})
}

// The sources of a role's fillers (rules.RoleSpec.From) as build reads
// them: a small number rather than a name, for a switch by table.
const (
	srcNone uint8 = iota // a source build does not know: it finds nothing
	srcSubject
	srcPartner
	srcObject
	srcPlace
	srcAt
	srcAppointee
	srcOrgOf
	srcAny
	srcYear
	srcSpeaker
	srcQuote
	srcName
)

var sourceOf = map[string]uint8{"subject": srcSubject, "partner": srcPartner, "object": srcObject,
	"place": srcPlace, "at": srcAt, "appointee": srcAppointee, "org_of": srcOrgOf, "any": srcAny,
	"year": srcYear, "speaker": srcSpeaker, "quote": srcQuote, "name": srcName}

// listParticles gives the names of a list closed by 등 the particle that
// follows it (통영, 거제, 남해 등 3개 시군과 → 과 for each; A, B 등을 → 을): the
// particle is read on the first word after 등 that carries one, within two
// words.
func (x *eventEngine) listParticles(text string, sm []sentMention, limit int) {
	for k := range sm {
		m := &sm[k]
		if m.particle != "" || !strings.HasPrefix(text[m.after:limit], " 등") {
			continue
		}
		j := m.after + len(" 등")
		p := ""
		if pe := x.wordEnd(text, j); pe > j {
			p = text[j:pe] // 등과, 등을
			if !x.isParticle(p) {
				p = ""
			}
		}
		for w := 0; p == "" && w < 2 && j < limit && text[j] == ' '; w++ {
			ws := j + 1
			we := x.wordEnd(text, ws)
			if we == ws {
				break
			}
			// the word's ending after a stem of at least one rune
			for c := ws; c < we; {
				_, n := utf8.DecodeRuneInString(text[c:])
				c += n
				if c < we && x.isParticle(text[c:we]) && isCaseParticle(text[c:we]) {
					p = text[c:we]
					break
				}
			}
			j = we
		}
		if p == "" {
			continue
		}
		for _, c := range coordinatedIdx(text, sm, k) {
			if sm[c].particle == "" {
				sm[c].particle = p
			}
		}
	}
}

// isCaseParticle reports the particles that mark a role, as opposed to
// endings that may close any word.
func isCaseParticle(p string) bool {
	return isComitative(p) || isSubject(p) || isObject(p) || isPlaceParticle(p) || p == "에" || p == "의"
}

// coordinated returns the mentions listed together with sm[k] (A와 B, C,
// D 및 E 등): the run of names joined by commas, 와/과, 및, · around it.
func coordinated(text string, sm []sentMention, k int) []sentMention {
	joined := func(a, b sentMention) bool { // a directly before b in a list
		if a.Label != b.Label && !(a.Label != ner.PLACE && b.Label != ner.PLACE) {
			return false
		}
		if a.after > b.Start { // a person whose title follows an organisation: 윤병세 외교부 장관과
			return false
		}
		gap := strings.TrimSpace(text[a.after:b.Start])
		return (gap == "" && (isComitative(a.particle) || a.particle == "")) || gap == "," || gap == "및" || gap == "·" || gap == "그리고"
	}
	lo, hi := k, k
	for lo > 0 && !sm[lo-1].quoted && joined(sm[lo-1], sm[lo]) {
		lo--
	}
	for hi+1 < len(sm) && !sm[hi+1].quoted && joined(sm[hi], sm[hi+1]) {
		hi++
	}
	return sm[lo : hi+1]
}

// coordinatedIdx returns the indices of the mentions listed with sm[k]
// before it (A, B, C 등): the run joined by commas, 및 or ·.
func coordinatedIdx(text string, sm []sentMention, k int) []int {
	out := []int{k}
	for j := k; j > 0; j-- {
		a, b := sm[j-1], sm[j]
		if a.quoted || a.Label != b.Label || a.after > b.Start {
			break
		}
		if gap := strings.TrimSpace(text[a.after:b.Start]); gap != "," && gap != "및" && gap != "·" {
			break
		}
		out = append(out, j-1)
	}
	return out
}

func entityIndex(ents []Entity, id string) int {
	for i := range ents {
		if ents[i].ID == id {
			return i
		}
	}
	return 0
}

// roleOrder lists a rule's roles in the order they are filled: sorted,
// with the roles that read other roles (org_of reads person) last.
func roleOrder(r rules.EventRule) []string {
	roles := make([]string, 0, len(r.Roles))
	for role := range r.Roles {
		roles = append(roles, role)
	}
	sort.Slice(roles, func(a, b int) bool {
		da, db := dependsOnRoles(r.Roles[roles[a]]), dependsOnRoles(r.Roles[roles[b]])
		if da != db {
			return !da
		}
		return roles[a] < roles[b]
	})
	return roles
}

// dependsOnRoles reports whether a role is filled from other roles.
func dependsOnRoles(spec rules.RoleSpec) bool {
	for _, f := range spec.From {
		if f == "org_of" {
			return true
		}
	}
	return false
}

// byDistance orders the mentions by their distance to the trigger at h,
// those before it winning ties; it keeps value mentions of one label in a
// stable order otherwise. It appends their indices in that order to buf.
//
// Each mention's distance is computed once and packed above its index
// into one int64 (a distance fits in 32 bits below offsets of 2^30), so a
// plain sort of the keys is the stable sort by distance.
func byDistance(buf []int32, sm []sentMention, h int) []int32 {
	var room [32]int64
	keys := room[:0]
	if len(sm) > len(room) {
		keys = make([]int64, 0, len(sm))
	}
	for k := range sm {
		m := &sm[k]
		d := 2*(m.Start-h) + 1
		if m.End <= h {
			d = 2 * (h - m.End)
		}
		if d != int(int32(d)) {
			return byDistanceStable(buf, sm, h) // offsets past 2^30
		}
		keys = append(keys, int64(d)<<32|int64(k))
	}
	if len(keys) == 0 {
		return buf
	}
	if len(keys) <= len(room) {
		// the mentions are by start: the keys of those before the trigger
		// mostly fall, and of those after it rise. Two such runs (a V)
		// merge in one pass, from the lowest key out, with fewer branches
		// to mispredict than a sort.
		p := 1 // keys[:p] fall
		for p < len(keys) && keys[p] < keys[p-1] {
			p++
		}
		q := p // keys[p:q] rise
		for q < len(keys) && keys[q] > keys[q-1] {
			q++
		}
		if q >= len(keys) {
			i, j := p-1, p
			for i >= 0 && j < len(keys) {
				if keys[i] < keys[j] {
					buf = append(buf, int32(keys[i]))
					i--
				} else {
					buf = append(buf, int32(keys[j]))
					j++
				}
			}
			for ; i >= 0; i-- {
				buf = append(buf, int32(keys[i]))
			}
			for _, key := range keys[j:] {
				buf = append(buf, int32(key))
			}
			return buf
		}
		// else a sentence's few mentions: an insertion sort, inline, rather
		// than the code of slices.Sort (the keys are distinct: any sort is
		// stable)
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
	} else {
		slices.Sort(keys)
	}
	for _, key := range keys {
		buf = append(buf, int32(key)) // the low 32 bits: the index
	}
	return buf
}

// byDistanceStable is byDistance by a stable sort, for distances past 32
// bits.
func byDistanceStable(buf []int32, sm []sentMention, h int) []int32 {
	dist := func(k int32) int {
		m := &sm[k]
		if m.End <= h {
			return 2 * (h - m.End)
		}
		return 2*(m.Start-h) + 1
	}
	for k := range sm {
		buf = append(buf, int32(k))
	}
	slices.SortStableFunc(buf, func(a, b int32) int { return cmp.Compare(dist(a), dist(b)) })
	return buf
}

func containsMention(ms []sentMention, m sentMention) bool {
	for _, x := range ms {
		if x.Start == m.Start {
			return true
		}
	}
	return false
}

// subjectGroupAt returns the subject of the sentence's main clause with the
// names coordinated with it (A와 B는, A, B 및 C가): the first unquoted
// subject-marked ORG or PERSON and those chained before it, as the bounds
// lo, hi of a part of sm (lo == hi when there is none).
func (x *eventEngine) subjectGroupAt(text string, sm []sentMention) (int32, int32) {
	for k, m := range sm {
		if m.quoted || !isSubject(m.particle) || (m.Label != ner.ORG && m.Label != ner.PERSON) {
			continue
		}
		lo := k // the group is sm[lo:k+1]
		for j := k - 1; j >= 0; j-- {
			p := &sm[j]
			if p.after < len(text) && text[p.after] == ')' && p.particle == "" {
				continue // 중소기업청(청장 김하늘)과 …: the head in brackets is not listed
			}
			if p.quoted || (p.Label != ner.ORG && p.Label != ner.PERSON) {
				break
			}
			if p.after > sm[lo].Start {
				break // p's title runs past the next name: an apposition, not a list
			}
			gap := strings.TrimSpace(text[p.after:sm[lo].Start])
			if !(isComitative(p.particle) && gap == "") && gap != "," && gap != "및" && gap != "·" {
				break
			}
			lo = j
		}
		return int32(lo), int32(k + 1)
	}
	return 0, 0
}

// headlineSubject is the subject of a headline or caption, which Korean
// writes without a particle: the entity that opens it (중기부 내년 예산안 …,
// 진주시, '…' 개관).
func headlineSubject(text string, s Sentence, sm []sentMention) []sentMention {
	if len(sm) == 0 || sm[0].quoted || (sm[0].Label != ner.ORG && sm[0].Label != ner.PERSON) {
		return nil
	}
	if strings.TrimSpace(text[s.Start:sm[0].Start]) != "" {
		return nil
	}
	if p := sm[0].particle; p != "" && !isSubject(p) {
		return nil
	}
	return sm[:1]
}

// groupAnaphor reports whether the sentence's subject is a word standing
// for the group named before (두 기관은, 양사는, 이들은), and returns it.
func (x *eventEngine) groupAnaphor(text string, s Sentence) (string, bool) {
	i, _, ok := x.openingWord(text, s)
	if !ok {
		return "", false
	}
	t := text[i:s.End]
	for _, a := range x.anaphora {
		// the first and last bytes first: a call of memequal for each
		// anaphor cost more than the rest of the test
		if len(t) >= len(a) && (a == "" || t[0] == a[0] && t[len(a)-1] == a[len(a)-1]) && t[:len(a)] == a {
			if p, ok := x.particles.EndsWord(text, i+len(a)); ok && isSubject(p) {
				return a, true
			}
		}
	}
	return "", false
}

// openingWord returns the first word of a sentence after the connectives
// it may open with (한편, 또, 이어 …: isConnective), within its first three
// words.
func (x *eventEngine) openingWord(text string, s Sentence) (start, end int, ok bool) {
	i := s.Start
	for k := 0; k < 3 && i < s.End; k++ {
		we := x.wordEnd(text, i)
		if we == i {
			return 0, 0, false
		}
		if !isConnective(text[i:we]) {
			return i, we, true
		}
		i = we + 1
	}
	return 0, 0, false
}

// isConnective reports the words a sentence may open with before its
// subject. (A switch, not a map: no hash of the word.)
func isConnective(w string) bool {
	switch w {
	case "한편", "또", "또한", "이어", "이에", "아울러", "특히", "이날", "앞서", "다만", "그러나",
		"하지만", "이와", "함께", "이번에", "최근", "현재":
		return true
	}
	return false
}

// ownSubject reports whether the sentence opens with a subject of its own
// that is not an entity (정부는, 업계는, 두 기관은): then the subject of an
// earlier sentence must not stand in for it.
func (x *eventEngine) ownSubject(text string, s Sentence, sm []sentMention) bool {
	i, we, ok := x.openingWord(text, s)
	if !ok {
		return false
	}
	last, _ := lex.DecodeLast(text[i:we], we-i)
	if last != '은' && last != '는' && last != '이' && last != '가' {
		return false
	}
	for _, m := range sm {
		if m.Start >= i && m.Start < we {
			return false
		}
	}
	return true
}

// speaker is the person quoted in a sentence: a subject-marked person, else
// the nearest person before the first double quote.
func speaker(sm []sentMention, quotes []span) (sentMention, bool) {
	for _, m := range sm {
		if m.Label == ner.PERSON && isSubject(m.particle) && !m.quoted {
			return m, true
		}
	}
	first := -1
	for _, q := range quotes {
		if q.double {
			first = q.start
			break
		}
	}
	var best sentMention
	ok := false
	for _, m := range sm {
		if m.Label == ner.PERSON && !m.quoted && (first < 0 || m.End <= first) {
			best, ok = m, true
		}
	}
	return best, ok
}

// nameArg finds the name of what the event is about: a quoted title that
// contains one of the rule's required words, else the noun phrase that ends
// in one (중소기업 혁신 네트워크 포럼).
//
// found tells the words (x.words) the sentence holds: a word it lacks is
// not looked for in it, nor in its quotes; starts are the runes of the
// sentence that may start them (for wordSet.index).
func (x *eventEngine) nameArg(text string, ri int, s Sentence, quotes []span, found []uint64, starts []wordAt) (string, bool) {
	r := &x.rules[ri]
	for _, q := range quotes {
		inner := text[q.start:q.end]
		if q.double && len(r.Requires) == 0 {
			continue
		}
		for _, id := range x.requires[ri] {
			if has(found, id) && x.words.index(text, q.start, q.end, id, starts) >= 0 {
				return inner, true
			}
		}
		for _, id := range x.names[ri] {
			if has(found, id) && x.words.index(text, q.start, q.end, id, starts) >= 0 {
				return inner, true
			}
		}
	}
	heads, headIDs := r.Names, x.names[ri]
	if len(heads) == 0 {
		heads, headIDs = r.Requires, x.requires[ri]
	}
	// a title given with (이)라는 before the head noun: 청년도약계좌라는 정책
	for off := s.Start; has(found, x.titled); {
		at := x.words.index(text, off, s.End, x.titled, starts)
		if at < 0 {
			break
		}
		off = at + len("라는 ")
		next := text[at+len("라는 ") : s.End]
		head := false
		for words := 0; words < 2 && !head && next != ""; words++ { // the head noun within two words
			for _, w := range heads {
				if strings.HasPrefix(next, w) {
					head = true
					break
				}
			}
			sp := strings.IndexByte(next, ' ')
			if sp < 0 {
				break
			}
			next = next[sp+1:]
		}
		if !head {
			continue
		}
		end := at
		if strings.HasSuffix(text[s.Start:end], "이") {
			end -= len("이")
		}
		start := tokenStart(text, end, s.Start)
		if end > start && !inSpans(quotes, start, end) {
			return strings.Trim(text[start:end], "'\"‘’“”"), true
		}
	}
	for hi, w := range heads {
		if !has(found, headIDs[hi]) {
			continue // not in the sentence
		}
		for off := s.Start; ; {
			abs := x.words.index(text, off, s.End, headIDs[hi], starts)
			if abs < 0 {
				break
			}
			off = abs + len(w)
			end := abs + len(w)
			if we := x.wordEnd(text, abs); we > end && !x.isParticle(text[end:we]) {
				continue // the word goes on (포럼장): not the name's head
			}
			if inSpans(quotes, abs, end) {
				continue
			}
			// extend left over bare words, separated by single spaces
			start := tokenStart(text, abs, s.Start)
			words := 0
			for start > s.Start+1 && words < 4 && text[start-1] == ' ' {
				ps := tokenStart(text, start-1, s.Start)
				prev := text[ps : start-1]
				if prev == "" || !bareWord(prev) {
					break
				}
				start = ps
				words++
			}
			if words == 0 {
				continue
			}
			return text[start:end], true
		}
	}
	return "", false
}

// tokenStart returns where the space-delimited token ending at i starts.
func tokenStart(text string, i, floor int) int {
	for i > floor {
		if b := text[i-1]; b < utf8.RuneSelf { // as lex.DecodeLast, without the call
			if b == ' ' || b == '\n' || b == '\t' || b == '(' || b == '\'' || b == '"' {
				break
			}
			i--
			continue
		}
		if lex.HangulBefore(text, i) >= 0 {
			i -= 3 // a Hangul syllable, inline: the common case
			continue
		}
		c, n := lex.DecodeLast(text, i)
		if c == '‘' || c == '“' {
			break
		}
		i -= n
	}
	return i
}

// bareWord reports whether w can be inside a name: no particle or verb
// ending, and not a determiner. (Each test may say no: the cheap ones
// come first.)
func bareWord(w string) bool {
	last, _ := lex.DecodeLast(w, len(w))
	switch last {
	case '은', '는', '이', '가', '을', '를', '의', '와', '과', '에', '로', '고', '며', '다', '서', '도', '해', '한', '던', '된', '일':
		return false
	}
	for _, c := range w {
		if c >= 0xAC00 && c <= 0xD7A3 {
			continue // a Hangul syllable: a letter
		}
		if !lex.IsWordRune(c) && c != '&' && c != '·' && c != '-' {
			return false
		}
	}
	switch w {
	case "이", "그", "이번", "해당", "각", "이날", "및", "등":
		return false
	}
	return !isConnective(w)
}

// isParticipantRole reports the roles that name who takes part in an
// event.
func isParticipantRole(role string) bool {
	switch role {
	case "organizer", "party", "agent", "speaker", "person", "visitor":
		return true
	}
	return false
}

// mergeEvents keeps one event per happening. Events of one type are the
// same happening when they share a name, or a participant (the same
// speaker, the same agent of a budget, the same parties of an MOU), or
// when the later one only restates entities of the earlier one nearby.
// The event with most roles filled stands for the group (the lead rather
// than the headline); the others add the roles it lacks, more
// participants, and more quotes. The events kept get their Args.
func mergeEvents(evs []draft) []Event {
	// groupOf[i] is the group of evs[i]; a group's events are those of its
	// number in the order of evs, and its first one opened it
	var room [64]int32
	groupOf := room[:0]
	if len(evs) > len(room) {
		groupOf = make([]int32, 0, len(evs))
	}
	var froom [16]int
	firsts := froom[:0] // per group: its first event
	for i := range evs {
		placed := false
		for g, first := range firsts {
			if evs[first].ev.Type != evs[i].ev.Type {
				continue
			}
			for j := first; j < i; j++ {
				if groupOf[j] == int32(g) && sameHappening(&evs[j], &evs[i]) {
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
			if groupOf[j] == int32(g) && evs[j].ev.score > evs[best].ev.score {
				best = j
			}
		}
		roles := evs[best].roles
		for j := first; j < len(evs); j++ {
			if j == best || groupOf[j] != int32(g) {
				continue
			}
			for _, r := range evs[j].roles {
				k := roleIndex(roles, r.role)
				switch {
				case k < 0:
					roles = append(roles, r) // roles is cut to its length: a copy
				case r.role == "quote" || isParticipant(r.role):
					roles[k].args = unionArgs(roles[k].args, r.args)
				}
			}
		}
		out = append(out, evs[best].ev) // the event is made in place, not copied twice
		ev := &out[len(out)-1]
		ev.Args = make(map[string][]Arg, len(roles))
		for _, r := range roles {
			ev.Args[r.role] = r.args
		}
	}
	return out
}

func isParticipant(role string) bool {
	switch role {
	case "participant", "host", "recipient", "partner":
		return true
	}
	return isParticipantRole(role)
}

func sameHappening(a, b *draft) bool {
	na, nb := a.args("name"), b.args("name")
	if len(na) > 0 && len(nb) > 0 {
		x, y := na[0].Text, nb[0].Text
		return strings.Contains(x, y) || strings.Contains(y, x)
	}
	// the thing one names is the other's participant (김해시, '한빛문화센터'
	// 개관 and, later, 한빛문화센터는 …에 문을 열었다)
	if (len(na) > 0 && namedIn(na[0].Text, b)) || (len(nb) > 0 && namedIn(nb[0].Text, a)) {
		return true
	}
	// b's roles (a few) rather than a lookup of each participant role:
	// whichever comes first, the answer is the same
	for _, r := range b.roles {
		if !isParticipantRole(r.role) {
			continue
		}
		for _, x := range r.args {
			if x.Entity != "" && hasEntity(a.args(r.role), x.Entity) {
				return true
			}
		}
	}
	// b restates a near it: its entity arguments are all in a, and it
	// brings no value a lacks (확대 편성된 예산은 … after the budget itself).
	if b.ev.Sentence-a.ev.Sentence > 2 || b.ev.Sentence < a.ev.Sentence {
		return false
	}
	for _, r := range b.roles {
		for _, x := range r.args {
			if x.Entity == "" || !hasEntity(a.args(r.role), x.Entity) {
				return false
			}
		}
	}
	return len(b.roles) > 0
}

// namedIn reports whether name, of a happening, is the name of an
// organisation among b's participants (a launch's centre, b's agent).
func namedIn(name string, b *draft) bool {
	for _, r := range b.roles {
		if !isParticipantRole(r.role) {
			continue
		}
		for _, x := range r.args {
			if x.Name == name {
				return true
			}
		}
	}
	return false
}

func hasEntity(as []Arg, id string) bool {
	for _, a := range as {
		if a.Entity == id {
			return true
		}
	}
	return false
}

func unionArgs(a, b []Arg) []Arg {
	for _, x := range b {
		dup := false
		for _, y := range a {
			if (x.Entity != "" && x.Entity == y.Entity) || (x.Entity == "" && x.Text == y.Text) {
				dup = true
				break
			}
		}
		if !dup {
			a = append(a, x)
		}
	}
	return a
}

// earlierClauseEnd returns where the last clause of an earlier happening
// that opens the sentence before the trigger at h ends, or -1: a clause
// closed by 후 or 이후 (투자 협약을 한 후, 협약 체결 후, 개관 이후), by
// 뒤 after a modifier (-ㄴ/-은: 협약을 맺은 뒤; 건물 뒤에 is a place), or
// by -며 and a comma (…사업을 추진했으며, 이번에 센터를 개관했다). words
// tells whether the sentence holds 후, 뒤 or 이후 at a word start at all. The dates and sums written in
// it are that happening's, not those of the event the trigger reports
// (…2020년 37억원 규모의 협약을 한 후, 추가로 투자한다).
func earlierClauseEnd(text string, from, h int, words bool) int {
	cut := -1
	// a clause joined by -며 and a comma (…사업을 추진했으며, 이번에 센터를
	// 개관했다) is a happening of its own too
	for i := from; i < h; {
		k := strings.IndexByte(text[i:h], ',') // commas are few
		if k < 0 {
			break
		}
		i += k + 1
		if i-1-len("며") >= from && text[i-1-len("며"):i-1] == "며" {
			cut = i
		}
	}
	if !words {
		return cut // the sentence has no 후, 뒤 nor 이후 at a word start (x.clauseIDs)
	}
	for i := from; i < h; {
		k := strings.IndexByte(text[i:h], ' ')
		if k < 0 {
			break
		}
		sp := i + k // the space before the word
		ws := sp + 1
		i = ws
		var we int
		switch {
		case strings.HasPrefix(text[ws:h], "후"):
			we = ws + len("후")
		case strings.HasPrefix(text[ws:h], "이후"):
			we = ws + len("이후")
		case strings.HasPrefix(text[ws:h], "뒤"):
			// after a modifier only: 협약을 맺은 뒤, not 건물 뒤에
			last, _ := lex.DecodeLast(text[:sp], sp)
			if !lex.IsHangul(last) || (last-0xAC00)%28 != 4 { // ㄴ
				continue
			}
			we = ws + len("뒤")
		default:
			continue
		}
		if strings.HasPrefix(text[we:h], "에") {
			we += len("에")
		}
		if we < h && text[we] != ' ' && text[we] != ',' {
			continue // a longer word: 후보, 후속, 뒤늦게, 이후에도
		}
		cut = max(cut, we)
	}
	return cut
}

// formerPost reports whether the organisation mentioned at start is written
// as a former post (신희영 전 대한적십자사 회장, 前 한빛은행장): the person
// left it, and it is not the organisation of their appointment.
func formerPost(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	return len(before) < start && (strings.HasSuffix(before, " 전") || strings.HasSuffix(before, "前"))
}

// camp reports whether the speaker is written as a person's side or aides
// (조 전 부사장 측은, 김 대표 측근은): someone speaks for the person, who
// is not quoted; often a press release that reports other happenings.
func camp(text string, m *sentMention) bool {
	return m.after < len(text) && strings.HasPrefix(text[m.after:], " 측")
}

// surnameOnly reports whether a person is known in the document only by
// surname and title (박 전 회장, with no full name anywhere): no named
// person, so a quote of theirs is no statement event. A surname linked to
// a full name written elsewhere (윤 대통령 → 윤석열) is named.
func surnameOnly(m *sentMention, ents []Entity) bool {
	if m.Rule != "person-surname" || m.entity < 0 || m.entity >= len(ents) {
		return false
	}
	n := ents[m.entity].Name
	return len(n) > len(m.Text) && n[len(m.Text)] == ' ' && n[:len(m.Text)] == m.Text && n[len(m.Text)+1:] == m.Role
}

// firstValueBefore returns where the first value mention that ends before
// h (a trigger's start) ends, or -1.
func firstValueBefore(sm []sentMention, h int) int {
	for k := range sm {
		if sm[k].End > h {
			break
		}
		if sm[k].Value != nil { // a value (entities have no Value)
			return sm[k].End
		}
	}
	return -1
}

// countedParties is an agreement signed with a number of companies or
// bodies that its sentence counts but does not name (4개 기업과 투자협약을
// 했다): the sentences after it name them one by one, each as the subject
// of what it will do (㈜한빛은 …에 85억원을 투자한다. 새봄식품은 …).
type countedParties struct {
	ev    int // index in the events of the agreement
	need  int // parties still to name; none: nothing is pending
	until int // the last sentence that may name one
}

// countedWindow is how many sentences after the agreement may name its
// counted parties.
const countedWindow = 10

// open starts looking for the counted parties of an agreement built in
// sentence si (out[from:]), if the sentence counts its partners.
func (cp countedParties) open(text string, sm []sentMention, si int, out []draft, from int) countedParties {
	for i := from; i < len(out); i++ {
		if out[i].ev.Type != "agreement" {
			continue
		}
		if n := countedPartners(text, sm); n > 0 {
			return countedParties{ev: i, need: n, until: si + countedWindow}
		}
	}
	return cp
}

// fill adds to the pending agreement, as parties, the organisations that
// are the subject of sentence si, a sentence with a trigger (it reports
// what the party does), that the agreement does not hold yet.
func (cp *countedParties) fill(si int, group []sentMention, out []draft, ents []Entity) {
	if cp.need <= 0 || si > cp.until || cp.ev >= len(out) {
		cp.need = 0
		return
	}
	d := &out[cp.ev]
	for k := range group {
		m := &group[k]
		if m.Label != ner.ORG || m.quoted || m.entity < 0 || cp.need <= 0 {
			continue
		}
		id := ents[m.entity].ID
		known := false
		for _, r := range d.roles {
			if isParticipant(r.role) && hasEntity(r.args, id) {
				known = true
			}
		}
		if known {
			continue
		}
		var a Arg
		pa := pendingArg{text: m.Text, entity: int32(m.entity)}
		pa.fillArg(&a, ents)
		if k := roleIndex(d.roles, "party"); k >= 0 {
			d.roles[k].args = append(d.roles[k].args, a) // cut to its length: a copy
		} else {
			d.roles = append(d.roles, draftRole{"party", []Arg{a}})
		}
		cp.need--
	}
}

// countedPartners returns the number of a group of companies or bodies
// written with the comitative among the mentions of a sentence (4개 기업과,
// 3개사와, 5개 기관과: a count in 개 or 개사), or 0.
func countedPartners(text string, sm []sentMention) int {
	for k := range sm {
		m := &sm[k]
		if m.Label != ner.QUANTITY || m.Value == nil || m.Value.Num == nil || (m.Value.Unit != "개" && m.Value.Unit != "개사") {
			continue
		}
		n := int(*m.Value.Num)
		if n < 2 || n > 20 || float64(n) != *m.Value.Num {
			continue
		}
		rest := text[m.End:min(len(text), m.End+16)]
		if m.Value.Unit == "개" {
			rest = strings.TrimPrefix(rest, " ")
			noun := false
			for _, w := range [...]string{"기업", "업체", "회사", "기관", "단체", "사"} {
				if r, ok := strings.CutPrefix(rest, w); ok {
					rest, noun = r, true
					break
				}
			}
			if !noun {
				continue
			}
		}
		if strings.HasPrefix(rest, "과") || strings.HasPrefix(rest, "와") {
			return n
		}
	}
	return 0
}
