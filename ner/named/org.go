package named

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// orgPatterns finds organisation names by the word that ends them:
// attached (퍼듀대학교, 한국개발연구원) when the stem is long enough and not a
// common modifier, or written apart (프라운호퍼 연구소) when the word before
// looks like a proper noun: Latin letters, a loanword in Hangul, or a word
// right after a country.
func (r *Recognizer) orgPatterns(d *doc, known []ner.Mention) []ner.Mention {
	if r.sufForward || d.slow {
		return r.orgPatternsForward(d, known)
	}
	out := d.add[:0] // the stages' output buffer: Find copies it
	r.classify(d)
	words := d.words
	// most words end like no suffix, nor do they before a particle
	for _, k := range d.ofClass(clsOrg) {
		out = r.orgsOfWord(d, &words[k], known, out)
	}
	d.add = out[:0]
	return out
}

// orgsOfWord appends the organisations that end in the word w to out. A
// suffix must end where its word ends or before a particle: suffixes are
// looked up backwards from those ends, then tried as the forward scan
// did, leftmost first and, at one offset, longest first.
func (r *Recognizer) orgsOfWord(d *doc, w *word, known, out []ner.Mention) []ner.Mention {
	text := d.text
	type cand struct {
		s, e int
		suf  *suffix
	}
	var buf [4]cand
	cands := buf[:0]
	ends := &r.ctx.orgEnds
	for m := w.pmask | 1; m != 0; m &= m - 1 {
		dist := bits.TrailingZeros64(m)
		end := w.e - dist
		if end <= w.s {
			break
		}
		b := w.lc
		if dist > 0 && w.allH {
			b = sylBefore(text, end)
		} else if dist > 0 {
			b, _ = lex.DecodeLast(text, end)
		}
		if !ends.last.has(b) || !ends.mayEnd(text, w, end, b) {
			continue
		}
		if r.ctx.regionBound.has(b) && !r.boundMayEnd(d, w, end, b) {
			continue // 먹고, 광고: no 서울고, and no other suffix ends here
		}
		r.sufRev.EachKeyBefore(text, end, w.s, func(start int, vals []suffix) bool {
			if c, _ := lex.Decode(text, start); lex.IsHangul(c) {
				cands = append(cands, cand{start, end, &vals[0]})
			}
			return true
		})
	}
	if len(cands) > 1 {
		slices.SortFunc(cands, func(a, b cand) int {
			if a.s != b.s {
				return a.s - b.s
			}
			return b.e - a.e
		})
	}
	next := w.s
	for _, c := range cands {
		if c.s < next {
			continue
		}
		if start, ok := r.orgStart(d, c.s, *c.suf, known); ok {
			out = append(out, ner.Mention{
				Start: start, End: c.e, Label: ner.ORG, Text: text[start:c.e],
				Name: text[start:c.e], Rule: c.suf.rule, Priority: 1,
			})
			next = c.e
		}
	}
	return out
}

// boundMayEnd reports whether an organisation suffix may end at end of w,
// whose last rune b is that of a suffix of one rune after a region only
// (서울고: org/suffixes.txt, local and school-local): another suffix may
// end there, or the word before b is a region's form, or is with b
// (namedAfterStem's tests).
func (r *Recognizer) boundMayEnd(d *doc, w *word, end int, b rune) bool {
	other := &r.ctx.orgEndsOther
	if other.last.has(b) && other.mayEnd(d.text, w, end, b) {
		return true
	}
	i := end - utf8.RuneLen(b)
	return i > w.s && (r.regionForms.has(d.text[w.s:i]) || r.regionForms.has(d.text[w.s:end]))
}

// endFilter tells from the last two runes before an offset whether one
// of a list of words may end there: a quick no before the walk of their
// trie spelled backwards, which most words would start only to leave at
// its second step.
type endFilter struct {
	last   *sylSet    // the last runes of the words
	single *sylSet    // the words of one rune
	pairs  [64]uint64 // bit pairBit(a, b) set when a word ends in the runes a b
}

func newEndFilter(ws []string) endFilter {
	var last, single []rune
	f := endFilter{}
	for _, w := range ws {
		b, n := utf8.DecodeLastRuneInString(w)
		if n == 0 {
			continue
		}
		last = append(last, b)
		if n == len(w) {
			single = append(single, b)
			continue
		}
		a, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
		k := pairBit(a, b)
		f.pairs[k>>6] |= 1 << (k & 63)
	}
	f.last, f.single = newSylSet(string(last)), newSylSet(string(single))
	return f
}

// pairBit hashes two runes to one of 4096 bits.
func pairBit(a, b rune) uint32 { return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 20 }

// mayEnd reports whether a word of the list may end at end, inside the
// word w of text, b being the rune before end and the last rune of one of
// them: false only when none does.
func (f *endFilter) mayEnd(text string, w *word, end int, b rune) bool {
	if f.single.has(b) {
		return true
	}
	// a word of two runes or more ends in b: the rune before, when both
	// are syllables, must end one with it
	if !lex.IsHangul(b) {
		return true
	}
	if end-3 == w.s {
		return false // b starts the word: no room
	}
	var a rune
	if w.allH {
		a = sylBefore(text, end-3)
	} else {
		a, _ = lex.DecodeLast(text, end-3)
	}
	if !lex.IsHangul(a) {
		return true
	}
	return f.hasPair(a, b)
}

// hasPair reports whether a word of two runes or more may end in a b.
func (f *endFilter) hasPair(a, b rune) bool {
	k := pairBit(a, b)
	return f.pairs[k>>6]&(1<<(k&63)) != 0
}

// The classes of a word for the organisation and place stages, found once
// per text (by the first stage that asks) from the runes before its ends,
// the word's end and the start of each of its particles: each stage then
// looks at the words of its class alone.
const (
	clsDone   uint8 = 1 << iota // the class is known
	clsOrg                      // an organisation suffix may end there (orgPatterns)
	clsStrong                   // a strong place suffix may (placeWords)
	clsHead                     // a compound head may (headStart)
	// bits of doc.cls alone, from the word's first rune
	clsVenue // a foreign venue head may start the word (placeExtras)
	clsNS    // the word starts with 남 or 북 (interKorean)
)

// ofClass returns the indices of the words of d, in order, whose class
// in d.cls has a bit of mask (classify must have run): the stages visit
// those few words. The first call lists the words of any class (the
// bytes of d.cls read eight at a time), the others filter that list. The
// list is in d.idx, until the next call.
func (d *doc) ofClass(mask uint8) []int32 {
	if mask&clsDone != 0 {
		d.idx = d.scanClass(mask, d.idx[:0]) // every word has it
		return d.idx
	}
	if !d.classed {
		d.anyCls, d.classed = d.scanClass(^clsDone, d.anyCls[:0]), true
	}
	cls, idx := d.cls, d.idx[:0]
	for _, k := range d.anyCls {
		if cls[k]&mask != 0 {
			idx = append(idx, k)
		}
	}
	d.idx = idx
	return idx
}

// scanClass appends to idx the indices of the words whose class in d.cls
// has a bit of mask, reading the bytes of d.cls eight at a time.
func (d *doc) scanClass(mask uint8, idx []int32) []int32 {
	cls := d.cls
	m8 := uint64(mask) * 0x0101010101010101
	k := 0
	for ; len(cls) >= 8; cls, k = cls[8:], k+8 {
		for v := binary.LittleEndian.Uint64(cls) & m8; v != 0; {
			j := bits.TrailingZeros64(v) >> 3
			idx = append(idx, int32(k+j))
			v &^= 0xFF << (j * 8)
		}
	}
	for j, c := range cls {
		if c&mask != 0 {
			idx = append(idx, int32(k+j))
		}
	}
	return idx
}

// classify finds the class of every word of d, unless done: the first of
// the stages that look at the classes asks. A word of syllables is
// looked at in one pass over its ends (the word's end, then before each
// particle): most ends follow a syllable no list word ends in, one
// look-up in endCls.
func (r *Recognizer) classify(d *doc) {
	words := d.words
	if len(words) == 0 {
		d.cls, d.classed = d.cls[:0], false // not the last text's
		return
	}
	if words[0].cls != 0 {
		return
	}
	d.classed = false // ofClass lists the words of the new classes
	d.cls = slices.Grow(d.cls[:0], len(words))[:len(words)]
	dcls := d.cls[:len(words)]
	if d.slow {
		for k := range words {
			words[k].cls = clsDone | clsOrg | clsStrong | clsHead // a particle may be missing from pmask
			dcls[k] = words[k].cls | clsVenue | clsNS
		}
		return
	}
	text, ctx := d.text, &r.ctx
	tbl, odd := ctx.endCls, ctx.oddLasts
	// the classes of the words' first syllables (firstCls), for d.cls
	// and the person stages (personWords)
	fcls, wcls := r.firstCls, d.growWcls()
	wcls = wcls[:len(words)]
	d.wclsSet = true
	for k := range words {
		w := &words[k]
		fc := fcls.firstClass(w.c)
		wcls[k] = fc
		first := fc & clsStart // ctx.startClass
		if !w.allH {
			if k := uint(w.lc - 0xAC00); w.pmask == 0 && (k < uint(len(tbl)) && tbl[k] == 0 || k >= uint(len(tbl)) && !odd) {
				w.cls = clsDone // one end, after a rune that ends no word of the lists
			} else {
				w.cls = r.classOfMixed(d, w)
			}
			dcls[k] = w.cls | first
			continue
		}
		cls := clsDone
		end, b := w.e, w.lc
		for m := w.pmask &^ 1; ; m &= m - 1 {
			// a word of one syllable ends in b, or one of more in the pair a b
			if t := tbl[b-0xAC00]; t != 0 {
				cls |= t & (clsOrg | clsStrong | clsHead)
				if end-3 > w.s {
					a := sylBefore(text, end-3)
					cls |= ctx.pairCls[pairBit(a, b)] & (t >> 3)
					if t&endDeul != 0 && ctx.headIdx.bits.has(a) {
						cls |= clsHead // headStart looks before a plural 들
					}
				}
			}
			if m == 0 {
				break
			}
			if end = w.e - bits.TrailingZeros64(m); end <= w.s {
				break
			}
			b = sylBefore(text, end)
		}
		w.cls = cls
		dcls[k] = cls | first
	}
}

// classOfMixed is the class of w, a word that is not all syllables.
func (r *Recognizer) classOfMixed(d *doc, w *word) uint8 {
	text, ctx := d.text, &r.ctx
	cls := clsDone
	for m := w.pmask | 1; m != 0; m &= m - 1 {
		dist := bits.TrailingZeros64(m)
		end := w.e - dist
		if end <= w.s {
			break
		}
		b := w.lc
		if dist > 0 {
			b, _ = lex.DecodeLast(text, end)
		}
		t := ctx.endClass(b)
		if t&endOrg != 0 && ctx.orgEnds.mayEnd(text, w, end, b) {
			cls |= clsOrg
		}
		if t&endStrong != 0 && ctx.strongEnds.mayEnd(text, w, end, b) {
			cls |= clsStrong
		}
		if t&endHead != 0 {
			cls |= clsHead
		}
		if t&endDeul != 0 && end-3 > w.s {
			a, _ := lex.DecodeLast(text, end-3)
			if ctx.headIdx.bits.has(a) {
				cls |= clsHead
			}
		}
	}
	return cls
}

// The bits of contextLists.endCls: the lists with a word that ends in a
// syllable. A word of one syllable gives its list's class bit itself
// (clsOrg…); the bits of the lists with a word ending in it are those,
// shifted by 3 (as pairCls gives them).
const (
	endOrg    = clsOrg << 3    // organisation suffixes
	endStrong = clsStrong << 3 // strong place suffixes
	endHead   = clsHead << 3   // compound heads and team words
	endDeul   = 1 << 7         // the syllable is 들
)

// endClass returns the bits of endCls for the rune b.
func (c *contextLists) endClass(b rune) uint8 {
	if k := uint(b - 0xAC00); k < uint(len(c.endCls)) {
		return c.endCls[k]
	}
	return c.endClassOther(b)
}

// endClassOther is endClass for a rune that is no syllable.
func (c *contextLists) endClassOther(b rune) uint8 {
	t := uint8(0) // no head ends in it
	if c.orgEnds.last.has(b) {
		t |= endOrg
	}
	if c.strongEnds.last.has(b) {
		t |= endStrong
	}
	return t
}

// sylBefore returns the Hangul syllable that ends at byte offset i of
// text, which must be one (inside a word of syllables only).
func sylBefore(text string, i int) rune {
	t := text[i-3 : i] // one bounds check for the three bytes
	return rune(t[0]&0x0F)<<12 | rune(t[1]&0x3F)<<6 | rune(t[2]&0x3F)
}

// orgPatternsForward is orgPatterns trying every syllable of the text.
func (r *Recognizer) orgPatternsForward(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	var out []ner.Mention
	var buf []lex.Match[suffix]
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		if !lex.IsHangul(c) || !r.suffixes.HasPrefixAt(text, i) {
			i += n
			continue
		}
		buf = r.suffixes.PrefixesAt(text, i, buf)
		matched := false
		for _, m := range buf {
			if _, ok := d.endsWord(m.End); !ok {
				continue
			}
			suf := m.Vals[0]
			if start, ok := r.orgStart(d, i, suf, known); ok {
				out = append(out, ner.Mention{
					Start: start, End: m.End, Label: ner.ORG, Text: text[start:m.End],
					Name: text[start:m.End], Rule: suf.rule, Priority: 1,
				})
				i = m.End
				matched = true
				break
			}
		}
		if !matched {
			i += n
		}
	}
	return out
}

// orgStart returns where the name ending in the suffix at i starts.
func (r *Recognizer) orgStart(d *doc, i int, suf suffix, known []ner.Mention) (int, bool) {
	text := d.text
	ws := d.wordStartBefore(i)
	if ws < i { // attached: 퍼듀대학교
		stem := text[ws:i]
		if afterPlaceKind(suf.kind) {
			return r.namedAfterStem(d, ws, stem, suf)
		}
		if utf8.RuneCountInString(stem) < suf.minStem || r.stemStop.has(stem) || coveredBy(known, ws, i) {
			return 0, false
		}
		if suf.text == "위" && !committeeShort(stem) {
			return 0, false
		}
		if r.commonOrgNoun(text[ws : i+len(suf.text)]) {
			return 0, false // 저비용항공사, 정무공사: a kind of company or post
		}
		// a stem ending like a particle is a noun phrase (중기부의), but a
		// two-syllable stem is a name (종로경찰서, 마포구청)
		if r.hasParticleEnd(stem) && !looksForeign(stem) && utf8.RuneCountInString(stem) > 2 {
			return 0, false
		}
		return ws, true
	}
	// apart: the previous word, after exactly one space
	if i < 2 || text[i-1] != ' ' {
		return 0, false
	}
	if afterPlaceKind(suf.kind) {
		return 0, false // 구청, 대사관 alone: the office of a place written apart is an org chain
	}
	pe := i - 1
	ps := d.wordStartBefore(pe)
	if ps == pe {
		return 0, false
	}
	prev := text[ps:pe]
	if r.stemStop.has(prev) || coveredBy(known, ps, pe) || utf8.RuneCountInString(prev) < 2 {
		return 0, false
	}
	if r.hasParticleEnd(prev) && !looksLatin(prev) {
		return 0, false // 경찰서와 파출소, 마찬가지로 카드: the word before ends a phrase
	}
	if looksForeign(prev) || afterCountry(text, ps, known) {
		return ps, true
	}
	return 0, false
}

// afterPlaceKind reports whether a suffix of kind k names an organisation
// only after a place (org/suffixes.txt: local, school-local, embassy).
func afterPlaceKind(k string) bool {
	return regionBoundKind(k) || k == "embassy"
}

// regionBoundKind reports whether a suffix of kind k names an organisation
// only after a Korean region (local, school-local).
func regionBoundKind(k string) bool { return k == "local" || k == "school-local" }

// namedAfterStem returns where the organisation whose suffix suf follows
// the stem text[ws:ws+len(stem)] starts, for the suffixes that name an
// organisation only after a place (org/suffixes.txt):
//   - local: the office or council of a region (마포구청, 서울시청,
//     경기도의회), its stem the region's name or its name but the last
//     syllable, which the suffix starts with (마포 + 구청);
//   - school-local: a school named after its town (청송여고, 서울고);
//   - embassy: the embassy of a country (일본대사관), with the word of the
//     host country before it when there is one (주한 일본대사관,
//     주미일본대사관).
func (r *Recognizer) namedAfterStem(d *doc, ws int, stem string, suf suffix) (int, bool) {
	switch suf.kind {
	case "local":
		_, n := utf8.DecodeRuneInString(suf.text)
		if r.regionForms.has(stem) || r.regionForms.has(stem+suf.text[:n]) {
			return ws, true
		}
	case "school-local":
		if r.regionForms.has(stem) {
			return ws, true
		}
	case "embassy":
		if host := r.hostPrefix(stem); host > 0 && r.countryForms.has(stem[host:]) {
			return ws, true // 주미일본대사관
		}
		if !r.countryForms.has(stem) {
			return 0, false
		}
		// 주한 일본대사관: the host country written apart before it
		if text := d.text; ws >= 2 && text[ws-1] == ' ' {
			ps := d.wordStartBefore(ws - 1)
			if host := r.hostPrefix(text[ps : ws-1]); host > 0 && host == ws-1-ps {
				return ps, true
			}
		}
		return ws, true
	}
	return 0, false
}

// hostPrefix returns the length of 주 and a one-syllable country (주한,
// 주미, 주일) at the start of w, the country an embassy is in; 0 when w
// starts with none.
func (r *Recognizer) hostPrefix(w string) int {
	rest, ok := strings.CutPrefix(w, "주")
	if !ok || rest == "" {
		return 0
	}
	c, n := utf8.DecodeRuneInString(rest)
	if _, ok := r.abbr[c]; !ok {
		return 0
	}
	return len("주") + n
}

// commonOrgNoun reports whether the word w ends in a common noun that
// ends like an organisation (org/common_nouns.txt): an airline
// (저비용항공사), a diplomat's post (정무공사), works (보수공사), a kind of
// school (사립대학). A name ending the same way (한국석유공사) stays.
func (r *Recognizer) commonOrgNoun(w string) bool {
	c := &r.ctx
	if !c.orgCommonLast.has(lastRuneOf(w)) {
		return false // most names end in no syllable a common noun listed does
	}
	// each end of w of two runes or more, up to the longest listed: the
	// longest listed end decides (공항공사, a name, over 항공사)
	common := false
	for i := len(w); i > 0; {
		_, n := utf8.DecodeLastRuneInString(w[:i])
		i -= n
		if len(w)-i > c.orgCommonMax {
			break
		}
		if i < len(w)-n {
			if c.orgCommon.has(w[i:]) {
				common = true
			} else if c.orgCommonNames.has(w[i:]) {
				common = false
			}
		}
	}
	return common
}

// hasParticleEnd reports whether a word ends in a case particle, so that
// it is a noun phrase (중기부의) rather than a name's stem.
func (r *Recognizer) hasParticleEnd(w string) bool {
	return caseParticleEnds.has(lastRuneOf(w))
}

// coveredBy reports whether [s,e) overlaps a known mention; ms is sorted
// and free of overlaps.
func coveredBy(ms []ner.Mention, s, e int) bool {
	// ner.Overlaps without its closure: the first mention ending after s
	k := ner.EndsAfter(ms, s)
	return k < len(ms) && ms[k].Start < e
}

// startIndex is the index of the mention of ms (sorted by offset) that
// starts at s, or -1: ner.StartingAt without copying the mention.
func startIndex(ms []ner.Mention, s int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].Start < s {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(ms) && ms[lo].Start == s {
		return lo
	}
	return -1
}

// afterCountry reports whether the word at ps follows a country or region
// mention and a space (독일 프라운호퍼 연구소).
func afterCountry(text string, ps int, known []ner.Mention) bool {
	k := sort.Search(len(known), func(j int) bool { return known[j].End >= ps-1 })
	return k < len(known) && known[k].Label == ner.PLACE && known[k].End == ps-1 && text[ps-1] == ' '
}

// loanSyllables are syllables that are rare in Sino-Korean words and
// common in loanwords written in Hangul (프라운호퍼, 슈타인바이스, 스탠퍼드).
const loanSyllables = "프트스크즈르브드츠슈쉬퍼퍼포펠펜팩픽핀필헬헨흐크클트틴티텍톤툴빌벨브블뮌뮐랜랑렌로르리린링멘미츠바버베보비샤셔셸쇼슐쟈젠젤즈지칼캐컬케켈코콘쿠퀸"

// looksForeign reports whether w is written in Latin letters or looks like
// a loanword in Hangul: two or more syllables of which one is typical of
// transcriptions and none is a particle at the end.
func looksForeign(w string) bool {
	hangul, latin, loan := 0, 0, 0
	for _, c := range w {
		switch {
		case c < utf8.RuneSelf && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'):
			latin++
		case lex.IsHangul(c):
			hangul++
			if strongLoan.has(c) {
				loan += 2
			} else if loanSet.has(c) {
				loan++
			}
		}
	}
	if latin >= 2 && hangul == 0 {
		return true
	}
	return hangul >= 2 && loan >= 2
}

// looksLatin reports whether w is written in Latin letters only.
func looksLatin(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return w != ""
}

// wiNouns are common nouns ending in 위: a word ending in one of them
// (불법행위, 종합순위, 촛불시위) is no committee's short name.
var wiNouns = map[string]bool{
	"더위": true, "추위": true, "순위": true, "시위": true, "행위": true, "범위": true, "지위": true,
	"단위": true, "우위": true, "상위": true, "하위": true, "부위": true, "품위": true,
	"학위": true, "수위": true, "분위": true, "방위": true, "자위": true, "주위": true, "등위": true,
	"작위": true, "왕위": true, "고위": true, "본위": true, "정위": true, "경위": true, "권위": true,
}

// committeeShort reports whether a stem before 위 makes the short name of
// a committee (비대위, 공관위, 정무위, 언론중재위): the stem is written in
// Hangul, looks like no transcribed name (알리샤위), and its last syllable
// and 위 are no common noun.
func committeeShort(stem string) bool {
	last, n := utf8.DecodeLastRuneInString(stem)
	if n == 0 || !lex.IsHangul(last) || looksForeign(stem) {
		return false
	}
	return !wiNouns[string(last)+"위"]
}

// startClass returns the classes of doc.cls a word that starts with c
// has: clsVenue, clsNS.
func (c *contextLists) startClass(r rune) uint8 {
	cls := uint8(0)
	if c.venueHeadFirst.has(r) {
		cls |= clsVenue
	}
	if r == '남' || r == '북' {
		cls |= clsNS
	}
	return cls
}
