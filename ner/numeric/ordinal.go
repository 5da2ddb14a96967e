package numeric

import (
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// The QUANTITY forms that are no numeral before a counter: ordinals led by
// 첫 or 제 (첫 번째, 첫째, 제35회, 제4차), 하나 standing alone (그중 하나),
// a native numeral before a noun (두 사람, 세 자녀) and an age in brackets
// after a name (김민수(45), 이모(38·여)). Their values carry Kind.

// ordinalCounters may follow 제N: 제35회, 제4차, 제9조, 제736호, 제20대 국회.
var ordinalCounters = []string{"회차", "차전", "회", "차", "조", "호", "대", "기", "항", "장", "절", "권", "편", "주", "공화국"}

// nounParticles are stripped from the noun after a native numeral, longest
// first: 두 사람에게 → 사람.
var nounParticles = []string{"에게서", "에게", "에서", "으로", "이라", "과의", "와의", "이다", "이", "가", "은", "는", "을", "를", "인",
	"의", "에", "와", "과", "도", "만", "로", "께"}

// nativeDeterminers are the native numerals that stand before a noun
// without a counter. 한 is left out: 한 관계자 is "a certain official".
var nativeDeterminers = []struct {
	w string
	n float64
}{{"두", 2}, {"세", 3}, {"네", 4}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}}

// wordLeadAt reads the forms above that start with a Hangul word at i (the
// start of a word). It is tried where no numeral before a counter matched.
func wordLeadAt(s string, i int, bx *boxes) (ner.Mention, bool) {
	if i > 0 && (isASCIIAlnum(s[i-1]) || s[i-1] == '~' || s[i-1] == '-') {
		return ner.Mention{}, false // 13~20세 피해자: 세 ends a number
	}
	r, n := decodeRune(s, i)
	switch r {
	case '첫':
		return firstAt(s, i, bx)
	case '제':
		return jeAt(s, i, bx)
	case '하':
		if hasPrefix(s[i:], "하나") && hanaEnds(s, i+len("하나")) {
			return kindMention(s, i, i+len("하나"), 1, "개", "count", bx), true
		}
	case '두', '세', '네':
		if i+n < len(s) && s[i+n] == ' ' {
			return nativeNounAt(s, i, bx)
		}
	case '다', '여', '일', '아':
		// 다섯, 여섯, 여덟, 일곱, 아홉: a second syllable, then a space
		if i+2*n < len(s) && s[i+2*n] == ' ' {
			return nativeNounAt(s, i, bx)
		}
	}
	return ner.Mention{}, false
}

// firstAt reads 첫 번째, 첫번째 and 첫째 (1, ordinal).
func firstAt(s string, i int, bx *boxes) (ner.Mention, bool) {
	p := i + len("첫")
	if hasPrefix(s[p:], " 번째") {
		p++
	}
	for _, w := range []string{"번째", "째"} {
		if hasPrefix(s[p:], w) && wordEnds(s, p+len(w), 0x80) {
			return kindMention(s, i, p+len(w), 1, w, "ordinal", bx), true
		}
	}
	return ner.Mention{}, false
}

// jeAt reads 제 + number + an ordinal counter: 제35회, 제 6회, 제4차.
func jeAt(s string, i int, bx *boxes) (ner.Mention, bool) {
	p := i + len("제")
	if p < len(s) && s[p] == ' ' {
		p++
	}
	q := p
	for q < len(s) && isDigit(s[q]) && q-p < 4 {
		q++
	}
	if q == p || q < len(s) && (isDigit(s[q]) || s[q] == '.' || s[q] == ',') {
		return ner.Mention{}, false
	}
	n := 0
	for _, c := range s[p:q] {
		n = n*10 + int(c-'0')
	}
	for _, w := range ordinalCounters {
		if hasPrefix(s[q:], w) && wordEnds(s, q+len(w), 0x80) {
			return kindMention(s, i, q+len(w), float64(n), w, "ordinal", bx), true
		}
	}
	return ner.Mention{}, false
}

// hanaEnds reports whether 하나 ends a word at p: the end, a non-letter,
// or a particle (하나를, 하나다, 하나로). 하나은행, 하나님 go on.
func hanaEnds(s string, p int) bool {
	if p >= len(s) {
		return true
	}
	r, _ := decodeRune(s, p)
	if !isHangul(r) {
		return r < 0x80 && !isASCIIAlnum(byte(r)) || r >= 0x80 && !isLetterish(r)
	}
	switch r {
	case '를', '가', '도', '다', '의', '씩', '만', '로', '에', '와', '뿐', '였', '라':
		return true
	}
	return false
}

func isLetterish(r rune) bool { return r >= 0x3130 && r <= 0x318F || r >= 0x4E00 && r <= 0x9FFF }

// nativeNounAt reads a native numeral, a space and a noun that is no
// counter: 두 사람, 세 자녀, 다섯 아이. The noun must end its word or take
// a particle, and be one to three syllables.
func nativeNounAt(s string, i int, bx *boxes) (ner.Mention, bool) {
	for _, d := range nativeDeterminers {
		if !hasPrefix(s[i:], d.w) {
			continue
		}
		p := i + len(d.w)
		if p >= len(s) || s[p] != ' ' {
			return ner.Mention{}, false
		}
		p++
		q := p
		for q < len(s) {
			r, n := decodeRune(s, q)
			if !isHangul(r) {
				break
			}
			q += n
		}
		word := s[p:q]
		if q < len(s) && isASCIIAlnum(s[q]) || word == "" {
			return ner.Mention{}, false
		}
		stem := word
		for _, pt := range nounParticles {
			if len(stem) > len(pt) && hasSuffix(stem, pt) {
				stem = stem[:len(stem)-len(pt)]
				break
			}
		}
		if k := utf8.RuneCountInString(stem); k < 1 || k > 3 || notNoun(stem) || timeNouns[stem] {
			return ner.Mention{}, false
		}
		return kindMention(s, i, p+len(stem), d.n, stem, "count", bx), true
	}
	return ner.Mention{}, false
}

// notNoun reports words after a native numeral that make it no count: verb
// and adverb forms (세 번, handled as a counter, is not here).
func notNoun(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	switch r {
	case '고', '서', '며', '면', '지', '게', '던', '는', '다', '요', '까', '니', '데', '록', '죠':
		return true // endings: 두고, 세며
	}
	return false
}

// kindMention builds the QUANTITY mention s[a:b] with value n, unit and kind.
func kindMention(s string, a, b int, n float64, unit, kind string, bx *boxes) ner.Mention {
	box := bx.get()
	box.f[0] = n
	box.v.Num, box.v.Unit, box.v.Kind = &box.f[0], unit, kind
	return ner.Mention{Start: a, End: b, Label: ner.QUANTITY, Text: s[a:b], Value: &box.v, Rule: kindRule(kind)}
}

// kindRule is "quantity." + kind without building the string for the
// kinds kindMention is given.
func kindRule(kind string) string {
	switch kind {
	case "ordinal":
		return "quantity.ordinal"
	case "age":
		return "quantity.age"
	case "count":
		return "quantity.count"
	}
	return "quantity." + kind
}

// ageAt reads an age in brackets after a name: 김민수(45), 이모(38·여),
// 정하나(가수·29). a is the numeral at its start, with no unit after it.
func ageAt(s string, a *amount, bx *boxes) (ner.Mention, bool) {
	st, e := a.start, a.n.end
	if st < 2 || e >= len(s) || e-st > 3 || a.val.s != 0 || a.val.m < 1 || a.val.m > 120 {
		return ner.Mention{}, false
	}
	switch s[e] {
	case ')', ',':
	default:
		if !hasPrefix(s[e:], "·") {
			return ner.Mention{}, false
		}
	}
	prev := s[st-1]
	switch {
	case prev == '(':
		// the name before the bracket: Hangul, Han or Latin letters
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s[:st-1], " "))
		if !(isHangul(r) || isLetterish(r) || r < 0x80 && isASCIIAlnum(byte(r)) && !isDigit(byte(r))) {
			return ner.Mention{}, false
		}
	case hasSuffix(s[:st], "·"):
		// (정하나·29): the bracket opens on this word, a few letters before
		k := strings.LastIndexByte(s[:st], '(')
		if k < 0 || st-k > 30 || strings.ContainsAny(s[k:st], ")\n") || s[e] != ')' {
			return ner.Mention{}, false
		}
	default:
		return ner.Mention{}, false
	}
	return kindMention(s, st, e, float64(a.val.m), "세", "age", bx), true
}

var (
	ageGroup     = unitDef{s: "대", kind: kQuantity, name: "대", vkind: "age"}
	assemblyTerm = unitDef{s: "대", kind: kQuantity, name: "대", vkind: "ordinal"}
)

// ageGroupUnit gives the unit of N0대: an age group (20대 여성, 30대가),
// or the term of an assembly or presidency (20대 국회, 19대 대선).
func ageGroupUnit(s string, p int) *unitDef {
	q := p
	if q < len(s) && s[q] == ' ' {
		q++
	}
	for _, w := range []string{"국회", "대선", "총선", "대통령", "의회", "지방선거", "국회의원"} {
		if hasPrefix(s[q:], w) {
			return &assemblyTerm
		}
	}
	return &ageGroup
}

// timeNouns after a native numeral make a duration (두 달, 세 해), which
// the date scanner reads.
var timeNouns = map[string]bool{"달": true, "해": true, "주": true, "날": true, "시간": true, "시": true, "살": true, "밤": true, "철": true}

// ordinalNext reports whether what follows 제 or 첫 at i can go on into an
// ordinal: a digit, a space, or 번째/째 (제35회, 제 6회, 첫 번째, 첫째).
func ordinalNext(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c == ' ' || isDigit(c) {
		return true
	}
	return hasPrefix(s[i:], "번째") || hasPrefix(s[i:], "째")
}
