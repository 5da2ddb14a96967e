package named

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// appositions finds the organisations named in straight quotes right after
// a word for their kind (org/class_nouns.txt: 사회적기업 '마리몬드', 미국
// 전문매체인 '더힐'이), or whose quoted name ends in a word for a body
// ('기본소득 연구 모임', '전세사기 대응 태스크포스'). A common word after
// the kind (회사 관계자, 업체 측) is not quoted, and the text is searched
// for quotes, which few sentences hold, not word by word. Left out, for
// what they cost on every text: unquoted names (결혼정보회사 비에나래는:
// telling them from common words needs a pass over every word), Latin
// glosses (인권단체 페멘(Femen)) and curly quotes (‘…’, “…”), which added
// 0.6 % each to the whole extraction.
func (r *Recognizer) appositions(d *doc, known []ner.Mention) []ner.Mention {
	if r.classNouns == nil {
		return nil
	}
	text := d.text
	var out []ner.Mention
	add := func(s, e int) {
		if coveredBy(out, s, e) {
			return
		}
		// the quoted name holds the shorter ones found in it ('맑은하늘
		// 환경재단' over 환경재단), and gives way to any that crosses it
		prio := 1
		if coveredBy(known, s, e) {
			if !insideOrgs(known, s, e) {
				return
			}
			prio = 2
		}
		name := text[s:e]
		out = append(out, ner.Mention{Start: s, End: e, Label: ner.ORG, Text: name, Name: name,
			Key: d.concat("ORG:", name), Rule: "org-apposition", Priority: prio})
	}
	for _, b := range []byte{'\'', '"'} {
		for i := 0; ; {
			k := strings.IndexByte(text[i:], b)
			if k < 0 {
				break
			}
			q := i + k
			i = q + 1
			s, e, ok := r.quotedName(text, q)
			if !ok {
				continue
			}
			if r.afterKind(d, q) || r.endsInQuotedHead(text[s:e]) {
				add(s, e)
			}
		}
	}
	if len(out) > 1 {
		slices.SortFunc(out, func(a, b ner.Mention) int { return a.Start - b.Start })
	}
	return out
}

// insideOrgs reports whether the mentions of ms (sorted) that overlap
// [s,e) are organisations within it.
func insideOrgs(ms []ner.Mention, s, e int) bool {
	for k := ner.EndsAfter(ms, s); k < len(ms) && ms[k].Start < e; k++ {
		if ms[k].Label != ner.ORG || ms[k].Start < s || ms[k].End > e {
			return false
		}
	}
	return true
}

// afterKind reports whether the word before i, after one space, is a word
// for a kind of organisation or ends in one (결혼정보회사), bare or with
// the copula 인 (전문매체인).
func (r *Recognizer) afterKind(d *doc, i int) bool {
	text := d.text
	if i < 7 || text[i-1] != ' ' {
		return false
	}
	ws := d.wordStartBefore(i - 1)
	w := text[ws : i-1]
	if len(w) < 6 || !allHangul(w) {
		return false
	}
	if strings.HasSuffix(w, "인") && len(w) >= 9 && !r.classNouns.has(w) {
		w = w[:len(w)-len("인")]
	}
	return r.classEnds.hasPair(sylBefore(w, len(w)-3), sylBefore(w, len(w))) && r.endsInClassNoun(w)
}

// endsInQuotedHead reports whether the quoted phrase q ends in a word
// that makes a quoted phrase an organisation's name (org/class_nouns.txt,
// kind head, and the suffixes of org/suffixes.txt): '개헌추진 의원 모임',
// '불법시위 대응 태스크포스', '서울 스터디센터'. The last word must be
// longer than the head, or follow another word.
func (r *Recognizer) endsInQuotedHead(q string) bool {
	return r.quotedHeads != nil && endsInSet(q, r.quotedHeads, r.quotedHeadMax, false)
}

// endsInClassNoun reports whether w is a noun of org/class_nouns.txt or
// ends in one (결혼정보회사).
func (r *Recognizer) endsInClassNoun(w string) bool {
	return endsInSet(w, r.classNouns, r.classMax, true)
}

// endsInSet reports whether w ends in a word of set, up to max bytes long
// and within w's last word; whole says whether w itself may be that word.
func endsInSet(w string, set *strSet, max int, whole bool) bool {
	for i := len(w); i > 0; {
		_, n := utf8.DecodeLastRuneInString(w[:i])
		i -= n
		if len(w)-i > max || w[i] == ' ' {
			break
		}
		if (i > 0 || whole) && set.has(w[i:]) {
			return true
		}
	}
	return false
}

// quotedName returns the name quoted at q: up to four words and 64
// bytes (about 20 syllables), no sentence sign inside, and no common
// word of org/class_nouns.txt.
func (r *Recognizer) quotedName(text string, q int) (int, int, bool) {
	var open int
	var closers []string
	switch {
	case text[q] == '\'':
		open, closers = 1, []string{"'", "’"}
	case text[q] == '"':
		open, closers = 1, []string{"\""}
	default:
		return 0, 0, false
	}
	s := q + open
	// the closing quote within 64 bytes: a long quotation (a speech) is
	// no name, and is not read to its end
	win := text[s:min(len(text), s+64+len("’"))]
	n := -1
	for _, c := range closers {
		if k := strings.Index(win, c); k >= 0 && (n < 0 || k < n) {
			n = k
		}
	}
	if n <= 0 {
		return 0, 0, false
	}
	spaces := 0
	for i := 0; i < n; i++ {
		switch win[i] {
		case ' ':
			spaces++
		case '\n', '\'', '"', '.', ',', 0xE2: // 0xE2 starts the curly quotes: no name holds one
			return 0, 0, false
		}
	}
	if spaces > 3 || r.classCommon.has(win[:n]) {
		return 0, 0, false
	}
	return s, s + n, true
}
