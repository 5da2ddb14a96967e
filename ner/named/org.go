package named

import (
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
func (r *Recognizer) orgPatterns(text string, known []ner.Mention) []ner.Mention {
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
			if _, ok := r.particles.EndsWord(text, m.End); !ok {
				continue
			}
			suf := m.Vals[0]
			if start, ok := r.orgStart(text, i, suf, known); ok {
				out = append(out, ner.Mention{
					Start: start, End: m.End, Label: ner.ORG, Text: text[start:m.End],
					Name: text[start:m.End], Rule: "org-suffix:" + suf.text, Priority: 1,
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
func (r *Recognizer) orgStart(text string, i int, suf suffix, known []ner.Mention) (int, bool) {
	ws := lex.WordStartBefore(text, i)
	if ws < i { // attached: 퍼듀대학교
		stem := text[ws:i]
		if utf8.RuneCountInString(stem) < suf.minStem || r.stemStop[stem] || coveredBy(known, ws, i) {
			return 0, false
		}
		if r.hasParticleEnd(stem) && !looksForeign(stem) {
			return 0, false
		}
		return ws, true
	}
	// apart: the previous word, after exactly one space
	if i < 2 || text[i-1] != ' ' {
		return 0, false
	}
	pe := i - 1
	ps := lex.WordStartBefore(text, pe)
	if ps == pe {
		return 0, false
	}
	prev := text[ps:pe]
	if r.stemStop[prev] || coveredBy(known, ps, pe) || utf8.RuneCountInString(prev) < 2 {
		return 0, false
	}
	if looksForeign(prev) || afterCountry(text, ps, known) {
		return ps, true
	}
	return 0, false
}

// hasParticleEnd reports whether a word ends in a case particle, so that
// it is a noun phrase (중기부의) rather than a name's stem.
func (r *Recognizer) hasParticleEnd(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("의을를은는에와과로", last)
}

// coveredBy reports whether [s,e) overlaps a known mention; ms is sorted
// and free of overlaps.
func coveredBy(ms []ner.Mention, s, e int) bool { return ner.Overlaps(ms, s, e) }

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
			if strings.ContainsRune("프트스크즈르브드츠슈쉬", c) {
				loan += 2
			} else if strings.ContainsRune(loanSyllables, c) {
				loan++
			}
		}
	}
	if latin >= 2 && hangul == 0 {
		return true
	}
	return hangul >= 2 && loan >= 2
}
