package named

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// divisionRe matches a division of a court or a prosecutors' office:
// 형사합의21부, 민사3부, 가사4부, 제2형사단독, 형사5단독, 3부, 강력부.
var divisionRe = regexp.MustCompile(`^(제?[0-9]+)?(형사|민사|가사|행정|특허|강력|특수|공안|반부패)?(합의)?([0-9]+)?(부|단독)$`)

// isDivision reports whether w names a court or prosecution division.
func isDivision(w string) bool {
	if w == "전원합의체" {
		return true
	}
	if !strings.HasSuffix(w, "부") && !strings.HasSuffix(w, "단독") || utf8.RuneCountInString(w) < 2 {
		return false
	}
	return divisionRe.MatchString(w)
}

// byLastRune indexes words by their last rune, so that a word is tested
// only against the words that can end it.
type byLastRune map[rune][]string

func indexByLast(ws []string) byLastRune {
	ix := byLastRune{}
	for _, w := range ws {
		c, _ := utf8.DecodeLastRuneInString(w)
		ix[c] = append(ix[c], w)
	}
	return ix
}

// of returns the words that end in the last rune of w.
func (ix byLastRune) of(w string) []string {
	return ix[lastRuneOf(w)]
}

// isStateOrgan reports whether w names a body of the country before it
// (the organs of org/organ_words.txt).
func (r *Recognizer) isStateOrgan(w string) bool {
	nw := -1 // the runes of w, counted once when needed
	for _, o := range r.ctx.organIx.of(w) {
		if w == o {
			return true
		}
		if strings.HasSuffix(w, o) {
			if nw < 0 {
				nw = utf8.RuneCountInString(w)
			}
			if nw > utf8.RuneCountInString(o) && nw <= 7 {
				return true
			}
		}
	}
	return false
}

// isSubUnit reports whether w names a part of the organisation before it:
// a court division, or a unit or newsroom word of org/organ_words.txt.
func (r *Recognizer) isSubUnit(w string) bool {
	if isDivision(w) {
		return true
	}
	for _, u := range r.ctx.newsroomUnits {
		if w == u {
			return true
		}
	}
	for _, u := range r.ctx.unitIx.of(w) {
		if strings.HasSuffix(w, u) && len(w) > len(u) {
			return true
		}
	}
	return false
}

// unitAfter looks at the word after a mention m ending at end (and 연방
// before it, when fed is set) and, when accept says it names a body of m,
// returns where that word ends (before its particle) and how many of the
// mentions of rest (those after m) it covers; those must be
// organisations that end within it.
func (r *Recognizer) unitAfter(d *doc, end int, rest []ner.Mention, fed bool, accept func(string) bool) (int, int, bool) {
	text := d.text
	if end+1 >= len(text) || text[end] != ' ' {
		return 0, 0, false
	}
	s := end + 1
	if fed && strings.HasPrefix(text[s:], "연방 ") {
		s += len("연방 ")
	}
	if s >= len(text) || d.wid[s] < 0 {
		return 0, 0, false
	}
	// the word starts at s, after a space: its index entry answers the
	// end, the particles and the last rune
	wd := &d.words[d.wid[s]]
	we := wd.e
	e := d.trimWord(wd, s, 1)
	// accept says yes only to words ending in a rune of unitEnds: most
	// words after a mention are asked nothing
	ends, lc := r.ctx.unitEnds, wd.lc
	if e < we {
		lc = lastRuneBefore(text, s, e)
	}
	ok := ends.has(lc) && accept(text[s:e])
	if !ok && e < we && ends.has(wd.lc) && accept(text[s:we]) {
		e, ok = we, true // 미국법인 사장: 인 ends the unit's word, no particle
	}
	if !ok {
		// two words: 민방위 당국, 수사 당국
		if e != we || !strings.HasPrefix(text[we:], " 당국") || !accept("당국") {
			return 0, 0, false
		}
		s2 := we + 1
		e = d.trimEnd(s2, d.wordEnd(s2), 2)
		if text[s2:e] != "당국" {
			return 0, 0, false
		}
	}
	if strings.HasPrefix(text[e:], " 청사") {
		return 0, 0, false // 워싱턴 국무부 청사: the building, a place
	}
	n := 0
	for k := 0; k < len(rest) && rest[k].Start < e; k++ {
		if rest[k].Label != ner.ORG || rest[k].End > e {
			return 0, 0, false
		}
		n++
	}
	return e, n, true
}

// lastRuneBefore is the last rune of text[s:e] (RuneError when empty).
func lastRuneBefore(text string, s, e int) rune {
	if e-s >= 3 {
		if c := lex.HangulBefore(text, e); c >= 0 {
			return c
		}
	}
	c, _ := utf8.DecodeLastRuneInString(text[s:e])
	return c
}

// orgChain is the organisation text[s:e] made of several words.
func orgChain(d *doc, s, e int) ner.Mention {
	name := d.text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.ORG, Text: name, Name: name, Key: d.concat("ORG:", name),
		Rule: "org-chain", Priority: 2}
}

// hasAnySuffix reports whether w ends in one of sufs and is longer.
func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}
