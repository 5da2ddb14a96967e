package named

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// morePersons finds people the title rule misses:
//
//   - a surname alone before 씨, 모씨 or a title (최씨, 김 위원장, 박 전 차관,
//     이모(45)씨) and a capital letter used for an anonymised person (A씨,
//     B군, C 교수): the mention is the surname or the letter;
//   - a name followed by an age in brackets (김철수(54), 존 스미스(47·변호사));
//   - a name after the occupation that introduces it (가수 싸이, 배우 한지민,
//     공격수 마르코 페트로비치);
//   - a name in Hangul before a title (케리 장관, 앙겔라 메르켈 총리),
//     without a surname.
func (r *Recognizer) morePersons(d *doc, known []ner.Mention) []ner.Mention {
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	add := func(m ner.Mention) {
		if !coveredBy(known, m.Start, m.End) {
			out = append(out, m)
		}
	}
	for _, m := range r.leaders(d, known) {
		add(m)
	}
	// the words the rules may find someone at (moreStartsOf): most words
	// pass none of their first tests, whose answers would go either way;
	// self marks those the rules that look at the word itself may take
	var buf [2 * 16]uint64
	sets := buf[:]
	n := (len(d.words) + 63) / 64
	if 2*n > len(sets) {
		sets = make([]uint64, 2*n)
	}
	self, cand := sets[:n], sets[n:2*n] // zero
	ts := r.moreStartsOf(d, d.tsBuf[:], self, cand)
	next := 0 // words before it were taken by a name
	text, words := d.text, d.words
	firsts := &r.shape.firsts
	var m ner.Mention // the person a rule found (bareSurname, agedName, beforeTitle)
	for x, cb := range cand {
		for ; cb != 0; cb &= cb - 1 {
			k := x<<6 | bits.TrailingZeros64(cb)
			wd := &words[k]
			c, i, we := wd.c, wd.s, wd.e
			if i < next || !(lex.IsHangul(c) || c >= 'A' && c <= 'Z') {
				continue
			}
			// each rule is called only when the word passes its first test:
			// a surname or letter, then the character after the word
			after := byte(0)
			if we < len(text) {
				after = text[we]
			}
			// the rules that look at the word itself, at the words marked
			// for them (the others fail their first tests)
			if self[x]&(1<<(k&63)) != 0 {
				// (the word's shape first: half the words start with a surname,
				// few are one syllable or go on with 모 or 씨)
				if c < utf8.RuneSelf || r.maybeBareSurname(d, i, we) && r.isSurname1(c) {
					if r.bareSurname(d, i, we, known, &m) {
						add(m)
						next = max(we, m.End) // 조 은 기자: the name takes the next word
						continue
					}
				}
				switch after {
				case '(':
					if r.agedName(d, i, we, &m) {
						add(m)
					}
					next = we
					continue
				case ' ':
					if r.occFirst != nil && !r.occFirst.has(c) || r.shape.occLast != nil && !r.shape.occLast.has(wd.lc) || !r.occSet.has(text[i:we]) {
						// not an occupation (afterOccupation's first test)
					} else if m, ok := r.afterOccupation(d, i, we); ok {
						add(m)
						we = max(we, m.End)
						next = we
						continue
					}
				}
			}
			if after == ' ' {
				// beforeTitle's first tests: a title may start one of the
				// next two words, and the word is two to six syllables ending
				// like a noun
				if ts.nextOrSecond(k) && wd.nr >= 2 && wd.nr <= 6 && wd.allH && nounEndingRune(wd.lc) {
					if r.beforeTitle(d, i, we, known, &ts, &m) {
						add(m)
						next = max(we, m.End)
						continue
					}
				}
				// nameThenOrg's: a title may start the second or third word
				// after (the third after 전 or 현)
				// (nameThenOrg needs a Korean name of three or four
				// syllables: a word that starts with a surname, and
				// isNameOf's cheapest noes before the titles after it)
				if ts.secondOrThird(k) && firsts.sur.has(c) && wd.allH && wd.nr >= 3 && wd.nr <= 4 && r.mayBeName(wd) {
					if ms := r.nameThenOrg(d, i, we, known, &ts); ms != nil {
						for _, m := range ms {
							add(m)
							we = max(we, m.End)
						}
					}
				}
			}
			next = we
		}
	}
	d.setPersonKeys(out)
	link(out, known)
	return out
}

// link gives a person named by the surname alone (최 장관) the identity of
// the one person of the document with that surname (and title, when it has
// one) found by full name (최민호 장관).
func link(out, known []ner.Mention) {
	// the known people, gathered once at the first person named by the
	// surname: most known mentions are no person
	var buf [32]int32
	var people []int32
	for k := range out {
		m := &out[k]
		if m.Rule != "person-surname" {
			continue
		}
		if people == nil {
			people = buf[:0]
			for j := range known {
				if known[j].Label == ner.PERSON {
					people = append(people, int32(j))
				}
			}
		}
		var found *ner.Mention
		for _, j := range people {
			p := &known[j]
			if !strings.HasPrefix(p.Name, m.Text) || oneRune(p.Name) {
				continue
			}
			if m.Role != "씨" && p.Role != "" && p.Role != m.Role {
				continue
			}
			if found != nil && found.Name != p.Name {
				found = nil
				break
			}
			found = p
		}
		if found != nil {
			out[k].Key, out[k].Name, out[k].Org = found.Key, found.Name, found.Org
		}
	}
}

// bareSurname matches a surname (or a capital letter) written alone before
// 씨, 모씨 or a title. The mention is the surname.
func (r *Recognizer) bareSurname(d *doc, i, we int, known []ner.Mention, m *ner.Mention) bool {
	text := d.text
	c, n := lex.Decode(text, i)
	letter := c < utf8.RuneSelf
	if !letter && !r.isSurname1(c) {
		return false
	}
	sur := text[i : i+n]
	if we-i > n+15 {
		return false // 김모씨에게서 at most: longer words are no bare surname
	}
	if afterQuoted(text, i) {
		return false // '피플'은 기자가: the particle of a quoted word
	}
	ok := r.bareSurnameRest(d, i, we, c, n, letter, sur, known, m)
	if ok && r.notNames.has(text[i:we]) {
		// 섭씨, 화씨; 김씨 only before a word of the clan (김씨 일가, 김씨
		// 왕조): a common surname and 씨 is a person elsewhere
		if m.Role != "씨" || !r.shape.commonSurnames.has(c) || clanAfter(text, we) {
			return false
		}
	}
	return ok
}

// afterQuoted reports whether text[i:] follows a closing quotation mark
// or bracket that closes a word ('피플'은, "카카오"는, (주)는): what starts
// there is that word's particle. An opening mark follows a space or
// starts the text ('김 기자').
func afterQuoted(text string, i int) bool {
	if i < 2 {
		return false
	}
	// the marks of more than one byte are E2 80 xx or E3 80 xx, xx up to
	// 9D: most words follow a syllable or a space, turned away by a byte
	if b := text[i-1]; b >= utf8.RuneSelf && (b > 0x9D || i < 3 || text[i-2] != 0x80) ||
		b < utf8.RuneSelf && b != '\'' && b != '"' && b != ')' && b != ']' {
		return false
	}
	q, n := utf8.DecodeLastRuneInString(text[:i])
	switch q {
	case '\'', '"', ')', ']', '’', '”', '」', '』', '》', '〉':
	default:
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return lex.IsWordRune(prev)
}

// bareSurnameRest is bareSurname after the cheap tests; the word is
// checked against not_names only when a person is found.
func (r *Recognizer) bareSurnameRest(d *doc, i, we int, c rune, n int, letter bool, sur string, known []ner.Mention, m *ner.Mention) bool {
	text := d.text
	if sur == "모" && i > 1 && text[i-1] == ' ' {
		// 윤 모씨: 모 stands for the given name
		if pc, _ := utf8.DecodeLastRuneInString(text[:i-1]); r.surnames.has(string(pc)) {
			return false
		}
	}
	if letter && we != i+n {
		// 'AB' or 'A3' is not a letter standing for a person
		if rest := text[i+n : we]; !r.letterSuffix(rest) {
			return false
		}
	}
	j := i + n
	// attached: 김씨는, 김모씨, 김모(45)씨, A씨, A군, A양
	if j < len(text) && text[j] != ' ' {
		rest := text[j:]
		if strings.HasPrefix(rest, "모(") || letter && strings.HasPrefix(rest, "(") {
			k := j + len("모")
			if letter {
				k = j
			}
			if e, ok := skipAge(text, k); ok {
				// 김모(16)군: with an age, 군 and 양 follow a surname too
				if w, ok := r.honorAt(d, e, true); ok {
					*m = r.surnamePerson(d, i, j, w)
					return true
				}
				// 신모(20) 이병, A(22) 일병: an age, then a title; 오모(17) 군:
				// then 씨, 군 or 양 apart
				if e+1 < len(text) && text[e] == ' ' {
					if w, ok := r.honorAt(d, e+1, true); ok {
						*m = r.surnamePerson(d, i, j, w)
						return true
					}
					if _, role, ok := r.titleAt(d, e+1, false); ok {
						*m = r.surnamePerson(d, i, j, role)
						return true
					}
				}
			}
			return false
		}
		if we == j+len("모") && strings.HasPrefix(rest, "모 ") {
			// 윤모 씨, 박모 씨(33), 김모 과장, 정모 한빛제약 회장
			k := we + 1
			if e, ok := skipAge(text, k); ok {
				// 정모 (41) 씨: the age apart too
				if e+1 < len(text) && text[e] == ' ' {
					e++
				}
				if w, ok := r.honorAt(d, e, true); ok {
					*m = r.surnamePerson(d, i, j, w)
					return true
				}
			}
			if strings.HasPrefix(text[k:], "씨") {
				if _, ok := d.endsWord(k + len("씨")); ok || strings.HasPrefix(text[k+len("씨"):], "(") {
					*m = r.surnamePerson(d, i, j, "씨")
					return true
				}
			}
			if _, role, ok := r.titleAt(d, k, false); ok {
				*m = r.surnamePerson(d, i, j, role)
				return true
			}
			if ne := d.wordEnd(k); ne > k && ne+1 < len(text) && text[ne] == ' ' {
				if _, role, ok := r.titleAt(d, ne+1, false); ok {
					*m = r.surnamePerson(d, i, j, role)
					return true
				}
			}
		}
		for _, h := range []string{"모씨", "씨"} {
			if strings.HasPrefix(rest, h) {
				if _, ok := d.endsWord(j + len(h)); ok {
					*m = r.surnamePerson(d, i, j, "씨")
					return true
				}
			}
		}
		if letter {
			if w, ok := r.honorAt(d, j, true); ok {
				*m = r.surnamePerson(d, i, j, w)
				return true
			}
		}
		return false
	}
	if j >= len(text) || text[j] != ' ' {
		return false
	}
	// apart: 김 씨, 김 모씨, 이 모(45)씨, 김 위원장, 박 전 차관, A 교수
	k := j + 1
	rest := text[k:]
	switch {
	case strings.HasPrefix(rest, "모씨") || strings.HasPrefix(rest, "모 씨") || strings.HasPrefix(rest, "씨"):
		e := k + len("씨")
		if strings.HasPrefix(rest, "모 씨") {
			e = k + len("모 씨")
		} else if strings.HasPrefix(rest, "모씨") {
			e = k + len("모씨")
		}
		if _, ok := d.endsWord(e); ok {
			*m = r.surnamePerson(d, i, j, "씨")
			return true
		}
		return false
	case strings.HasPrefix(rest, "모(") || strings.HasPrefix(rest, "씨("):
		if e, ok := skipAge(text, k+len("모")); ok {
			if w, ok := r.honorAt(d, e, letter); ok {
				*m = r.surnamePerson(d, i, j, w)
				return true
			}
			if _, ok := d.endsWord(e); ok && strings.HasPrefix(rest, "씨(") {
				*m = r.surnamePerson(d, i, j, "씨")
				return true
			}
		}
		return false
	}
	if lex.IsHangul(c) && r.shape.bareStop.has(c) || !lex.IsHangul(c) && r.bareStop.has(sur) {
		// 전 장관 is 'the former minister', 고 is 'the late': only 전 전 장관,
		// or 한 where no word before can modify it (stopSurname)
		if (sur != "전" || !strings.HasPrefix(rest, "전 ")) && !r.stopSurname(d, i, k, sur, known) {
			return false
		}
	}
	if !letter && sur != "이" && (strings.HasPrefix(rest, "군") || strings.HasPrefix(rest, "양")) {
		// 김 군은, 서 양이: a boy or girl by the surname (이 군 is 'this
		// county', 이 양 'this amount'; 전, 한, 양 and the others of
		// bare_surname_stop were turned away above)
		// with a particle or a mark after it: before a space 양 and 군 are
		// mostly 'both' and 'army' (등 양 기관)
		if e := k + len("군"); e < len(text) && text[e] != ' ' && text[e] != '\n' {
			if w, ok := r.honorAt(d, k, true); ok {
				*m = r.surnamePerson(d, i, j, w)
				return true
			}
		}
	}
	if !letter && sur != "이" && len(rest) > 4 && rest[3] == ' ' && r.shape.commonSurnames.has(c) {
		// 조 은 기자: a name of two syllables written apart, a common
		// surname and one syllable common in given names (not a
		// numeral: 김 두 선수; 1사단 내 채 상병: 내 is 'within')
		if g, ok := decode3(rest, 0); ok && (r.shape.givenFirst.has(g) || r.shape.givenLast.has(g)) && !spacedNotGiven.has(g) {
			if _, role, ok := r.titleAt(d, k+4, false); ok {
				*m = r.namedPerson(d, i, k+3, role, "person-title")
				return true
			}
		}
	}
	if strings.HasPrefix(rest, "전 ") || strings.HasPrefix(rest, "현 ") {
		k += len("전 ")
	}
	if e, role, ok := r.titleAt(d, k, letter); ok {
		if k == j+1 && sur == "이" && unitTitle(role) {
			return false // 이 선수, 이 기자: 'this player', 'this reporter'
		}
		*m = r.surnamePerson(d, i, j, role)
		if k == j+1 && !letter && unitTitle(role) {
			// 김 선수, 백 작가: the surname and the word together name
			// the person, as KLUE-NER marks them
			m.End, m.Text = e, text[i:e]
		}
		return true
	}
	if letter && k == j+1 {
		// A 여성, B 학생: a letter before a word for a person
		if we2 := d.wordEnd(k); we2 > k && letterNouns[text[k:d.trimEnd(k, we2, 1)]] {
			*m = r.surnamePerson(d, i, j, "")
			return true
		}
	}
	return false
}

// stopSurname reports whether 한 at i, a surname that is a word before
// titles too (한 의원: one lawmaker), is the surname before the title at
// k: the title is an office and carries a particle (한 위원장이), and 한
// opens the sentence or follows an organisation or a person that is the
// topic or subject of the clause (경찰은 한 위원장이). 'One' follows what
// modifies it (익명을 요구한 한 의원은, 민주당 한 의원은, 당시 한 선수가);
// the members of a body are mostly anonymous (한 위원은), players and
// reporters counted (한 선수가). (전 alone before a title stays 'former':
// 전 장관은 침묵했다.)
func (r *Recognizer) stopSurname(d *doc, i, k int, sur string, known []ner.Mention) bool {
	// what comes before first: most of these words follow a word that
	// modifies them (한 해, 한 번)
	if sur != "한" || !r.clauseOpensAt(d, i, known) {
		return false
	}
	w := d.wordAt(k)
	if w == nil || w.s != k {
		return false
	}
	e, role, ok := r.titleAt(d, k, false)
	if !ok || e == w.e {
		return false
	}
	te, vals, ok := r.titles.LongestAt(role, 0)
	return ok && te == len(role) && officeKind(vals[0]) && role != "위원"
}

// clauseOpensAt reports whether nothing before i can modify the word
// there: i opens the text, a line, a quotation or a sentence, or follows
// an organisation or a person and the topic's or subject's particle
// (경찰은 한 위원장이).
func (r *Recognizer) clauseOpensAt(d *doc, i int, known []ner.Mention) bool {
	text := d.text
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '\n', '"', '\'', '(':
		return true
	case ' ':
	default:
		q, _ := utf8.DecodeLastRuneInString(text[:i])
		return q == '“' || q == '‘'
	}
	if i < 2 {
		return false
	}
	if b := text[i-2]; b == '.' || b == '!' || b == '?' {
		return true // a new sentence
	}
	mk := startIndex(known, d.wordStartBefore(i-1))
	if mk < 0 || known[mk].End >= i-1 || known[mk].Label != ner.ORG && known[mk].Label != ner.PERSON {
		return false
	}
	switch text[known[mk].End : i-1] {
	case "은", "는", "이", "가":
		return true
	}
	return false
}

// letterNouns are the words for a person that follow a capital letter
// standing for someone unnamed (A 여성이, B 학생을).
var letterNouns = map[string]bool{"여성": true, "남성": true, "학생": true, "여학생": true, "남학생": true,
	"소녀": true, "소년": true, "어린이": true, "아동": true, "환자": true, "직원": true, "주민": true,
	"노인": true, "여아": true, "남아": true, "부부": true, "교사": true}

// unitTitle reports whether role is a word that makes one name with a
// bare surname before it (김 선수, 백 작가, 주 기자), unlike offices (김
// 장관).
func unitTitle(role string) bool {
	return len(role) == len("선수") && (role == "선수" || role == "작가" || role == "기자")
}

// maybeBareSurname is bareSurname's first test for a word that starts
// with a surname syllable: the syllable alone before a space, or followed
// in the word by 모 or 씨 (김모씨, 김씨는).
func (r *Recognizer) maybeBareSurname(d *doc, i, we int) bool {
	text := d.text
	j := i + len("김")
	if we == j {
		return j < len(text) && text[j] == ' '
	}
	if we < j+3 {
		return false
	}
	// 모 and 씨 by their bytes: EB AA A8, EC 94 A8 (one bounds check)
	b := text[j : j+3]
	return b[2] == 0xA8 && (b[0] == 0xEB && b[1] == 0xAA || b[0] == 0xEC && b[1] == 0x94)
}

// honorsAfterLetter are the honorifics after a capital letter standing for
// a person (A씨, B군, C양); the first follows a surname too.
var honorsAfterLetter = [...]string{"씨", "군", "양"}

// letterSuffix reports whether what follows a capital letter in the same
// word makes it a person: 씨, 군, 양 and their particles.
func (r *Recognizer) letterSuffix(rest string) bool {
	for _, h := range honorsAfterLetter {
		if p, ok := strings.CutPrefix(rest, h); ok && (p == "" || r.particles.Has(p)) {
			return true
		}
	}
	return false
}

// honorAt reports whether an honorific word ends at i's word: 씨 (and, for
// a letter, 군 and 양), with an optional particle.
func (r *Recognizer) honorAt(d *doc, i int, letter bool) (string, bool) {
	text := d.text
	for k, h := range honorsAfterLetter {
		if k > 0 && !letter {
			break
		}
		if strings.HasPrefix(text[i:], h) {
			if _, ok := d.endsWord(i + len(h)); ok {
				return h, true
			}
		}
	}
	return "", false
}

// skipAge skips an age in brackets at i: (45), (45·여), (23·여), (50.
// 杜德偉), (湯川遙菜·42); it returns the offset after the bracket.
func skipAge(text string, i int) (int, bool) {
	if !strings.HasPrefix(text[i:], "(") {
		return 0, false
	}
	end := strings.IndexByte(text[i:], ')')
	if end < 0 || end > 40 {
		return 0, false
	}
	inner := text[i+1 : i+end]
	if !hasAge(inner) {
		return 0, false
	}
	return i + end + 1, true
}

// hasAge reports whether the text inside brackets holds an age: one or two
// digits (or three up to 119) standing alone or separated by ·, ., , or
// a space from other words, optionally followed by 세 or 살.
func hasAge(inner string) bool {
	// the parts between separators, as strings.FieldsFunc gives them,
	// without the slice
	for len(inner) > 0 {
		part := inner
		if k, n := ageSep(inner); k >= 0 {
			part = inner[:k]
			inner = inner[k+n:]
		} else {
			inner = ""
		}
		if isAgePart(part) {
			return true
		}
	}
	return false
}

// isAgePart reports whether one part of the text in brackets after a
// name is an age: one to three digits of 1 to 119, with a full stop, 세
// or 살 after them.
func isAgePart(part string) bool {
	// 50. 杜德偉: a full stop ends the age; 4.4조원 is an amount, not an age
	p := strings.TrimSuffix(part, ".")
	p = strings.TrimSuffix(strings.TrimSuffix(p, "세"), "살")
	if p == "" || len(p) > 3 {
		return false
	}
	v := 0
	for _, d := range p {
		if d < '0' || d > '9' {
			return false
		}
		v = v*10 + int(d-'0')
	}
	return v >= 1 && v < 120
}

// ageSep returns the offset and the width of the first mark in s that
// separates the parts of the text in brackets after a name (45·여, 50,
// 변호사): a middle dot (C2 B7), a comma, a space or a slash; -1 for none.
// It is strings.IndexFunc by the runes, from the bytes: C2 is no
// continuation byte, so it starts the dot wherever it is followed by B7.
func ageSep(s string) (int, int) {
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case ',', ' ', '/':
			return j, 1
		case 0xC2:
			if j+1 < len(s) && s[j+1] == 0xB7 {
				return j, 2
			}
		}
	}
	return -1, 0
}

// titleAt matches a title at i, alone (교수, 위원장) or as the end of a
// word naming the office (공관위원장, 보안국장), followed by nothing or a
// particle. Honorifics count only when honor is set.
func (r *Recognizer) titleAt(d *doc, i int, honor bool) (end int, role string, ok bool) {
	// at a word start the answer is kept: most words are asked about
	// several times (after a name, before a name, two words on)
	if w := d.wordAt(i); w != nil && w.s == i {
		h := 0
		if honor {
			h = 1
		}
		m := &w.title[h]
		if *m == 0 {
			if !d.slow {
				r.titlesOfWord(d, w)
			} else {
				*m = -1
				if e, _, ok := r.titleAtSlow(d, i, honor); ok {
					*m = int32(e-i) + 1
				}
			}
		}
		if *m < 0 {
			return 0, "", false
		}
		e := i + int(*m) - 1
		return e, d.text[i:e], true
	}
	return r.titleAtSlow(d, i, honor)
}

func (r *Recognizer) titleAtSlow(d *doc, i int, honor bool) (end int, role string, ok bool) {
	text := d.text
	if i >= len(text) {
		return 0, "", false
	}
	if r.titles.HasPrefixAt(text, i) {
		r.titles.EachPrefix(text, i, func(e int, vals []string) bool {
			if _, ok2 := d.endsWord(e); ok2 && (vals[0] != "honor" || honor) {
				end, ok = e, true
				return false
			}
			return true
		})
		if ok {
			return end, text[i:end], true
		}
	}
	// a compound office: up to four syllables before a title of two or more
	c, w := lex.Decode(text, i)
	if !lex.IsWordRune(c) {
		return 0, "", false
	}
	if !d.slow {
		if e, ok := r.compoundTitle(d, i, i+w); ok {
			return e, text[i:e], true
		}
		return 0, "", false
	}
	for k, n := i+w, 0; k < len(text) && n < 4; n++ {
		c, w := lex.Decode(text, k)
		if !lex.IsWordRune(c) {
			break
		}
		if r.titles.HasPrefixAt(text, k) {
			r.titles.EachPrefix(text, k, func(e int, vals []string) bool {
				if vals[0] == "honor" || e-k < len("장관") {
					return true
				}
				if _, ok2 := d.endsWord(e); ok2 {
					end, ok = e, true
					return false
				}
				return true
			})
			if ok {
				return end, text[i:end], true
			}
		}
		k += w
	}
	return 0, "", false
}

// titlesOfWord fills both title memos of a word (with and without
// honorifics) as titleAtSlow would, from one backward look-up at each
// offset where a title in the word may end (the word's end, before each of
// its particles): a title starting the word, the longest, else a compound
// office (see compoundTitle).
func (r *Recognizer) titlesOfWord(d *doc, wd *word) {
	f := &r.shape.titles
	if !wd.held && !f.mayHold(d, wd) {
		wd.title = [2]int32{-1, -1}
		return
	}
	text := d.text
	// the runes' widths: 3 in a word of syllables
	width := func(i int) int {
		if wd.allH {
			return 3
		}
		_, w := lex.Decode(text, i)
		return w
	}
	k1 := wd.s + width(wd.s)
	kLast := k1 // the last of the four starts a compound's title may have
	for n := 1; n < 4 && k1 < wd.e; n++ {
		w := width(kLast)
		if kLast+w >= wd.e {
			break
		}
		kLast += w
	}
	anyEnd, plainEnd := -1, -1 // titles starting the word, with and without honorifics
	bestS, bestE := -1, -1     // compound offices
	for m := wd.pmask | 1; m != 0; {
		dist := bits.TrailingZeros64(m)
		m &^= 1 << uint(dist)
		end := wd.e - dist
		if end <= wd.s {
			break
		}
		if wd.allH && !f.mayEndSyl(text, wd.s, end) || !wd.allH && !f.mayEnd(text, wd.s, end) {
			continue // no title ends here: no walk
		}
		r.titlesRev.EachKeyBefore(text, end, wd.s, func(s int, vals []string) bool {
			switch {
			case s == wd.s:
				anyEnd = max(anyEnd, end)
				if vals[0] != "honor" {
					plainEnd = max(plainEnd, end)
				}
			case k1 < wd.e && s <= kLast && vals[0] != "honor" && end-s >= len("장관"):
				if bestS < 0 || s < bestS || s == bestS && end > bestE {
					bestS, bestE = s, end
				}
			}
			return true
		})
	}
	// a title holding a space has its first word end where the word does
	spaced := r.spacedTitles
	if lex.IsHangul(wd.lc) && !f.spacedLast.has(wd.lc) {
		spaced = nil
	}
	for _, t := range spaced {
		if t.word == wd.e-wd.s && strings.HasPrefix(text[wd.s:], t.text) {
			if e := wd.s + len(t.text); d.endsWordOK(e) {
				anyEnd = max(anyEnd, e)
				if t.kind != "honor" {
					plainEnd = max(plainEnd, e)
				}
			}
		}
		k := wd.e - t.word
		if t.word == 0 || k1 >= wd.e || k < k1 || k > kLast || !utf8.RuneStart(text[k]) || !strings.HasPrefix(text[k:], t.text) {
			continue
		}
		if e := k + len(t.text); t.kind != "honor" && e-k >= len("장관") && d.endsWordOK(e) {
			if bestS < 0 || k < bestS || k == bestS && e > bestE {
				bestS, bestE = k, e
			}
		}
	}
	memo := func(e int) int32 {
		if e < 0 {
			e = bestE
		}
		if e < 0 {
			return -1
		}
		return int32(e-wd.s) + 1
	}
	wd.title[0], wd.title[1] = memo(plainEnd), memo(anyEnd)
}

// compoundTitle is the search for a compound office of titleAtSlow: the
// title starts at one of the four syllables from k1 on in the word of i,
// the earliest wins, then the longest; it is two syllables or more, no
// honorific, and ends where a name may end. A title within the word ends
// at the word's end or before its particle: those are looked up
// backwards from there; titles holding a space forwards.
func (r *Recognizer) compoundTitle(d *doc, i, k1 int) (int, bool) {
	text := d.text
	wd := d.wordAt(i)
	if wd == nil || k1 >= wd.e {
		return 0, false
	}
	// the four start offsets allowed
	kLast := k1
	for n := 1; n < 4; n++ {
		_, w := lex.Decode(text, kLast)
		if kLast+w >= wd.e {
			break
		}
		kLast += w
	}
	bestS, bestE := -1, -1
	better := func(s, e int) {
		if bestS < 0 || s < bestS || s == bestS && e > bestE {
			bestS, bestE = s, e
		}
	}
	for m := wd.pmask | 1; m != 0; {
		dist := bits.TrailingZeros64(m)
		m &^= 1 << uint(dist)
		end := wd.e - dist
		if end-k1 < len("장관") {
			break
		}
		r.titlesRev.EachKeyBefore(text, end, k1, func(s int, vals []string) bool {
			if s <= kLast && vals[0] != "honor" && end-s >= len("장관") {
				better(s, end)
			}
			return true
		})
	}
	// a title holding a space starts inside this word only if its first
	// word ends where this word does
	for _, t := range r.spacedTitles {
		k := wd.e - t.word
		if t.word == 0 || k < k1 || k > kLast || !utf8.RuneStart(text[k]) || !strings.HasPrefix(text[k:], t.text) {
			continue
		}
		if e := k + len(t.text); t.kind != "honor" && e-k >= len("장관") && d.endsWordOK(e) {
			better(k, e)
		}
	}
	return bestE, bestS >= 0
}

func (r *Recognizer) surnamePerson(d *doc, s, e int, role string) ner.Mention {
	// the name is the surname until setPersonKeys adds the title or 씨
	sur := d.text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.PERSON, Text: sur, Name: sur,
		Role: role, Rule: "person-surname", Priority: 3}
}

// agedName matches a name followed by an age in brackets: a Korean name
// (김철수(54)), or a name in Hangul of one to three words ending right
// before the bracket (유세프 엘 카자르(27)).
func (r *Recognizer) agedName(d *doc, i, we int, m *ner.Mention) bool {
	text := d.text
	if we >= len(text) || text[we] != '(' {
		return false
	}
	if _, ok := skipAge(text, we); !ok {
		return false
	}
	word := text[i:we]
	if we-i == 6 && strings.HasSuffix(word, "모") && r.isSurname1(d.wordAt(i).c) {
		return false // 김모(45): bareSurname's
	}
	if i > 1 && text[i-1] == ' ' {
		// 박성호 조합원(34), 한지수 주무관(41): a Korean name of three
		// syllables or more before the word is the person, the word his
		// or her job (주민 한영동(61): 주민 is a word of two)
		if ps := d.wordStartBefore(i - 1); i-1-ps >= 9 && r.isNameAt(d, ps, i-1) && !(we-i == 9 && r.nameShaped(word)) {
			return false
		}
	}
	if r.isNameAt(d, i, we) {
		*m = r.namedPerson(d, i, we, "", "person-age")
		return true
	}
	if !r.foreignWord(word) || !hasForeignSyllable(word) && !looksForeign(word) && !r.foreignBefore(d, i) && !hanGloss(text, we) {
		// a common noun before an age (환자(63), 출생자(23세)) has no
		// syllable of a loanword, no transcribed word before it and no
		// spelling in Chinese characters
		return false
	}
	s := i
	for k := 0; k < 3 && s > 1 && text[s-1] == ' '; k++ {
		ps := d.wordStartBefore(s - 1)
		w := text[ps : s-1]
		if ps == s-1 || !nounEnding(w) && !nameLinks[w] {
			break
		}
		// a word with a syllable of loanwords (샤이마 알셰이크 카난) or
		// next to a link of foreign names (에우제비우 다 실바) is part of
		// the name
		if !(looksForeign(w) || nameLinks[w] || r.foreignWord(w) && (hasForeignSyllable(w) && !r.occSet.has(w) || nameLinks[text[s:d.wordEnd(s)]] || r.linkBefore(d, ps))) {
			break
		}
		s = ps
	}
	for s < i && nameLinks[text[s:d.wordEnd(s)]] {
		s = d.wordEnd(s) + 1 // a name does not start with 다 or 엘
	}
	*m = r.namedPerson(d, s, we, "", "person-age")
	return true
}

// foreignWord reports whether w can be (part of) a name in Hangul: two to
// six syllables, all Hangul, not a word known not to be a name.
func (r *Recognizer) foreignWord(w string) bool { return r.hangulName(w, 6) }

// hangulName reports whether w is two to max syllables, all Hangul, and
// no word known not to be a name.
func (r *Recognizer) hangulName(w string, max int) bool {
	// a Hangul syllable is three bytes: the length first, then the bytes
	// of each (without decoding the runes)
	n := len(w) / 3
	if len(w)%3 != 0 || n < 2 || n > max || !allSyllables(w) {
		return false
	}
	return !r.notNames.has(w) && !r.stemStop.has(w)
}

// allSyllables reports whether w is Hangul syllables only: lead bytes
// 0xEA to 0xED, each followed by two continuation bytes, for runes up to
// U+D7A3. len(w) is a multiple of 3.
func allSyllables(w string) bool {
	for i := 0; i+2 < len(w); i += 3 {
		b, b1, b2 := w[i], w[i+1], w[i+2]
		if b < 0xEA || b > 0xED || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
			return false
		}
		if c := rune(b&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); c < 0xAC00 || c > 0xD7A3 {
			return false
		}
	}
	return true
}

// nameLinks are the short words inside foreign names (엘, 다, 반, 폰, 드).
var nameLinks = map[string]bool{"엘": true, "알": true, "다": true, "데": true, "드": true, "반": true, "폰": true, "판": true, "빈": true, "르": true, "디": true, "두": true, "도": true}

func (r *Recognizer) namedPerson(d *doc, s, e int, role, rule string) ner.Mention {
	text := d.text
	name := text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.PERSON, Text: name, Name: name,
		Role: role, Rule: rule, Priority: 3} // the key: setPersonKeys
}

// afterOccupation matches a name after a word that introduces a person by
// occupation (가수 싸이가, 배우 한지민은, 공격수 마르코 페트로비치가): the next
// word, or up to three words of a name in Hangul, the last one carrying
// the particle.
func (r *Recognizer) afterOccupation(d *doc, i, we int) (ner.Mention, bool) {
	text := d.text
	occ := text[i:we]
	if we >= len(text) || text[we] != ' ' || !r.isOccupation(occ) {
		return ner.Mention{}, false
	}
	s := we + 1
	if r.occupations[occ] == "kin" {
		return r.kinName(d, occ, s)
	}
	end := -1
	for k, j := 0, s; k < 3 && j < len(text); k++ {
		c, _ := utf8.DecodeRuneInString(text[j:])
		if !lex.IsHangul(c) && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') {
			break
		}
		e := d.wordEnd(j)
		base := d.trimEnd(j, e, 1)
		if e < len(text) && text[e] == '(' || keepLa(text, base, e) {
			base = e // no particle before a bracket: 류더웨이(50); 클라라 측
		}
		word := text[j:base]
		if _, isOcc := r.occupations[word]; isOcc || nameEventWords.has(word) || !(r.isName(word) || r.foreignWord(word) || isLatinName(word)) {
			break
		}
		if k == 0 && r.occupations[occ] == "sport" && !isLatinName(word) && !r.transcribed(word) &&
			!(len(word) == 9 && r.isName(word) && r.givenShaped(word)) {
			break // 코치 성추행, 주장 완장, 수비수 부문: a common noun after a sports word
		}
		if k > 0 && (r.isName(text[s:e]) || !r.foreignWord(word) || r.titleWord(d, j)) {
			break
		}
		end = base
		if base < e || r.isName(word) || e >= len(text) || text[e] != ' ' {
			break // a particle or a Korean name ends the name
		}
		j = e + 1
	}
	if end < 0 {
		return ner.Mention{}, false
	}
	return r.namedPerson(d, s, end, occ, "person-occupation"), true
}

// kinName matches a given name after a word of kinship (occupations of
// kind kin): 아들 준혁 군은, 딸 세영 양의, 동생 지우 씨가. The child is
// mostly named by the given name alone, and only 군, 양 or 씨 after it
// makes the word a name (아들 부부, 딸 둘): a word of two or three
// syllables, without particle, then the honorific, alone or with its
// particle.
func (r *Recognizer) kinName(d *doc, occ string, s int) (ner.Mention, bool) {
	text := d.text
	e := d.wordEnd(s)
	if n := e - s; n < 6 || n > 9 || e+1 >= len(text) || text[e] != ' ' || !r.foreignWord(text[s:e]) {
		return ner.Mention{}, false
	}
	for _, h := range honorsAfterLetter {
		if strings.HasPrefix(text[e+1:], h) && d.endsWordOK(e+1+len(h)) {
			return r.namedPerson(d, s, e, occ, "person-occupation"), true
		}
	}
	return ner.Mention{}, false
}

// titleWord reports whether a title starts the word at i.
func (r *Recognizer) titleWord(d *doc, i int) bool {
	_, _, ok := r.titleAt(d, i, true)
	return ok
}

// isLatinName reports whether w is a name in Latin letters and digits
// that starts with a letter (PSY, 2NE1 does not: see occupations).
func isLatinName(w string) bool {
	if w == "" {
		return false
	}
	letters := 0
	for _, c := range w {
		switch {
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9' || c == '.' || c == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// beforeTitle matches a name in Hangul without a surname before a title of
// public office or business (케리 장관, 앙겔라 메르켈 총리): one or two
// words, none of them a known mention or a word that is not a name.
func (r *Recognizer) beforeTitle(d *doc, i, we int, known []ner.Mention, ts *titleStarts, m *ner.Mention) bool {
	text := d.text
	if we >= len(text) || text[we] != ' ' {
		return false
	}
	// the tests of the name word first (most words fail them), then the
	// title after it, or after the next word and that word's tests; titles
	// are kept by word, but most words need none looked up
	if wd := d.wordAt(i); wd.nr < 2 || wd.nr > 6 || !wd.allH || !nounEndingRune(wd.lc) {
		return false
	}
	// (four words in five fail these: the titles' look-ups after them;
	// foreignWord's tests of the length and the syllables are the word's
	// above: the word lists are left)
	w := text[i:we]
	if r.notNames.has(w) || r.stemStop.has(w) || coveredBy(known, i, we) || r.isNameAt(d, i, we) ||
		len(w) > 6 && r.shape.nounHeads.has(w[:6]) || // 중고차 시장, 개헌추진 의원
		len(w) > 6 && (orgEnds.has(lastRune(d, we)) || surnamePartBadEnds.has(lastRune(d, we)) || lastRune(d, we) == '점' || strings.HasSuffix(w, "노조")) { // 통합민주당 대표, 있도록, 가맹점 대표, 알바노조 위원장
		return false
	}
	// a foreign title is a whole title: it may be the next word or the
	// one after
	if j, ne := we+1, d.wordEnd(we+1); !r.mayOfficeAt(d, j, ts) &&
		!(ne > j && ne < len(text) && text[ne] == ' ' && r.mayOfficeAt(d, ne+1, ts)) {
		return false
	}
	if verbAdnominal(w) || len(w) >= 9 && subjectParticle(w) || r.shape.titles.has(w) {
		// 기울어진 의원: a verb's form before a noun; 회의록이 대통령: a
		// noun and its subject's 이; 총리 후보: a title before another
		return false
	}
	if i > 1 && text[i-1] == ' ' {
		// after a Korean name or 전/현 the word is the organisation: 김민호 전 한빛그룹 회장
		ps := d.wordStartBefore(i - 1)
		pw := text[ps : i-1]
		if pw == "전" || pw == "현" || r.isNameAt(d, ps, i-1) || len(pw) == 6 && strings.HasSuffix(pw, "모") && r.isSurname1(d.words[d.wid[ps]].c) {
			return false
		}
	}
	j := we + 1
	e := we
	if strings.HasPrefix(text[j:], "전 ") && looksForeign(w) {
		j += len("전 ") // 워포드 전 의원: a former office, after a name that looks transcribed
	}
	_, role, ok := r.titleAt(d, j, false)
	if !ok || !r.foreignTitle(role) {
		if j != we+1 {
			return false
		}
		ne := d.wordEnd(j)
		if ne == j || ne >= len(text) || text[ne] != ' ' {
			return false
		}
		next := text[j:ne]
		if !r.foreignWord(next) || !nounEnding(next) || coveredBy(known, j, ne) {
			return false
		}
		if !looksForeign(w) && !looksForeign(next) {
			return false
		}
		if _, role, ok = r.titleAt(d, ne+1, false); !ok || !r.foreignTitle(role) {
			return false
		}
		e = ne
	}
	*m = r.namedPerson(d, i, e, role, "person-foreign")
	return true
}

// orgEnds are the last syllables of names of bodies (민주당, 교육부,
// 사무국), which end no foreign person's name of three syllables or more.
var orgEnds = newSylSet("당부청원회단국처")

// nounEnding reports whether a word can end a name: it does not end in a
// particle or a verb ending (앞서, 마친, 확실해지자, 조형미를).
func nounEnding(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return nounEndingRune(last)
}

// nounEndingRune is nounEnding for a word ending in last.
func nounEndingRune(last rune) bool { return !notNounEnds.has(last) }

// notNounEnds holds the syllables of particleEnds and verbEnds (both
// syllables only), for one look-up.
var notNounEnds = func() (t sylBits) {
	for k := range t {
		t[k] = particleEnds.bits[k] | verbEnds.bits[k]
	}
	return t
}()

// nameThenOrg matches a Korean name, a word naming the organisation and a
// title (박정우 한빛제약 회장, 이서준 미래포럼 대표) when the organisation is
// not known: the name is a PERSON and the word between an ORG.
func (r *Recognizer) nameThenOrg(d *doc, i, we int, known []ner.Mention, ts *titleStarts) []ner.Mention {
	text := d.text
	if we >= len(text) || text[we] != ' ' {
		return nil
	}
	j := we + 1
	if strings.HasPrefix(text[j:], "전 ") || strings.HasPrefix(text[j:], "현 ") {
		j += len("전 ")
	}
	// the two words' places first, then whether a foreign title may
	// follow them, which most words do not
	ne := d.wordEnd(j)
	if ne == j || ne >= len(text) || text[ne] != ' ' || !r.mayOfficeAt(d, ne+1, ts) {
		return nil
	}
	if !r.isNameAt(d, i, we) || coveredBy(known, i, we) || utf8.RuneCountInString(text[i:we]) < 3 || coveredBy(known, j, ne) {
		return nil
	}
	if apposParticles.has(lastRune(d, we)) {
		// a name in apposition carries no particle: 상대로, 현장에 and
		// 정부를 before a noun and a title are a word and its case
		return nil
	}
	w := text[j:ne]
	if !(r.foreignWord(w) && nounEnding(w) || isLatinName(w)) || r.titleWord(d, j) {
		return nil
	}
	if _, role, ok := r.titleAt(d, ne+1, false); ok && r.foreignTitle(role) {
		if nounTitle(role) && !r.givenShaped(text[i:we]) {
			return nil // 수년간 장난감 시장: a market, not a mayor
		}
		org := ner.Mention{Start: j, End: ne, Label: ner.ORG, Text: w, Name: w, Rule: "org-apposition", Priority: 1}
		return []ner.Mention{r.namedPerson(d, i, we, role, "person-title"), org}
	}
	return nil
}

// foreignTitle reports whether a title is one that follows a foreign name
// without a surname: offices and positions, not honorifics or jobs that
// also follow common nouns (선수, 작가).
func (r *Recognizer) foreignTitle(role string) bool {
	e, vals, ok := r.titles.LongestAt(role, 0)
	return ok && e == len(role) && officeKind(vals[0])
}

// officeKind reports whether a title's kind is one of foreignTitle's.
func officeKind(kind string) bool {
	switch kind {
	case "gov", "pol", "foreign", "biz", "law":
		return true
	}
	return false
}

// officeTitles returns the titles of ws whose kind, the first given for
// them (the first value in the titles' trie), is an office's
// (officeKind).
func officeTitles(ws []rules.Word) []rules.Word {
	var out []rules.Word
	seen := map[string]bool{}
	for _, w := range ws {
		if !seen[w.Text] {
			seen[w.Text] = true
			if officeKind(w.Kind) {
				out = append(out, w)
			}
		}
	}
	return out
}

// personLists extends people to names listed with them: 손석희, 조국,
// 진중권; 장동건과 고소영; 박규리·한승연. Only words shaped like a Korean
// name join the list.
func (r *Recognizer) personLists(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	for k := range ms {
		m := &ms[k]
		if m.Label != ner.PERSON || oneRune(m.Text) || m.Rule == "person-foreign-given" {
			continue // a foreign name lists no Korean ones: 교체, 제이미 콜린스는
		}
		// forward: m, 이름 / m과 이름 / m·이름
		e := m.End
		for hop := 0; hop < 6; hop++ {
			j, ok := listNext(text, e)
			if !ok && e+1 < len(text) && (text[e] == 0xEC || text[e] == ' ' && text[e+1] == 0xEC) {
				// 씨 (EC 94 A8) after the name, apart or attached
				j, ok = listNext(text, skipHonor(text, e))
			}
			if !ok {
				break
			}
			we := d.wordEnd(j)
			base := d.trimEnd(j, we, 2)
			// after 와/과 only a Korean name: 공효진과 드라마 is no list
			if loose := text[j-1] == ' ' && text[j-2] == ','; !(loose || strings.HasPrefix(text[j-len("·"):], "·")) && !r.isName(text[j:base]) ||
				!r.listName(text[j:base]) || coveredBy(ms, j, base) {
				break
			}
			if base == we && we+1 < len(text) && text[we] == ' ' && !(base-j >= 9 && r.isName(text[j:base])) {
				// 지나 데이비스: a transcribed surname after a listed word
				// that is no full Korean name belongs to it (이영표
				// 토트넘: a club)
				if ne := d.wordEnd(we + 1); ne > we+1 {
					if nb := d.trimEnd(we+1, ne, 2); r.transcribed(text[we+1:nb]) && !coveredBy(ms, we+1, nb) {
						base, we = nb, ne
					}
				}
			}
			out = append(out, r.namedPerson(d, j, base, "", "person-list"))
			if base < we && !strings.HasPrefix(text[base:we], "과") && !strings.HasPrefix(text[base:we], "와") {
				break
			}
			e = base
		}
		// backward: 이름, m
		s := m.Start
		for hop := 0; hop < 6; hop++ {
			pe := s
			switch {
			case strings.HasSuffix(text[:pe], ", "):
				pe -= 2
			case strings.HasSuffix(text[:pe], "·"):
				pe -= len("·")
			default:
				pe = -1
			}
			if pe <= 0 {
				break
			}
			ps := d.wordStartBefore(pe)
			if text[ps:pe] == "씨" && ps > 1 && text[ps-1] == ' ' {
				pe = ps - 1 // 은지원 씨, 박재범: the name before 씨
				ps = d.wordStartBefore(pe)
			}
			// (a person starting at ps overlaps ps:pe, so coveredBy turns
			// it away: ms is sorted and free of overlaps)
			if ps == pe || !r.listName(text[ps:pe]) || coveredBy(ms, ps, pe) {
				break
			}
			out = append(out, r.namedPerson(d, ps, pe, "", "person-list"))
			s = ps
		}
	}
	d.setPersonKeys(out)
	return out
}

// listName reports whether a word listed with a person is a person too:
// a Korean name, a name that looks transcribed (레이디제인), or a given
// name of two common syllables (유빈, 혜림).
func (r *Recognizer) listName(w string) bool {
	if e, _, ok := r.titles.LongestAt(w, 0); ok && e == len(w) {
		return false // 황우여 대표, 김한길 대표: a title
	}
	if len(w) == 9 && r.shape.nounHeads.has(w[:6]) && !(r.shape.givenFirst.has(syl3(w, 3)) && r.shape.givenLast.has(syl3(w, 6))) {
		return false // 제작진, 의료진: a noun and its suffix (조세호 has a given name's syllables)
	}
	if r.isName(w) || r.transcribed(w) {
		return true
	}
	if len(w) != 6 || r.notNames.has(w) || r.occSet.has(w) {
		return false
	}
	c0, _ := decode3(w, 0)
	c1, _ := decode3(w, 3)
	return r.shape.givenFirst.has(c0) && r.shape.givenLast.has(c1)
}

// oneRune reports whether s holds fewer than two runes, as
// utf8.RuneCountInString(s) < 2: a string of more than four bytes holds
// two at least, counted without a walk.
func oneRune(s string) bool {
	return len(s) <= utf8.UTFMax && utf8.RuneCountInString(s) < 2
}

// skipHonor returns the offset after the honorific 씨 written at e,
// apart or attached, when a list goes on after it with a comma or a
// middle dot (은지원 씨, 버벌진트): e otherwise. (씨와 ends no list: 고현정
// 씨와 함께.)
func skipHonor(text string, e int) int {
	k := e
	if strings.HasPrefix(text[k:], " ") {
		k++
	}
	if !strings.HasPrefix(text[k:], "씨") {
		return e
	}
	k += len("씨")
	if !strings.HasPrefix(text[k:], ", ") && !strings.HasPrefix(text[k:], "·") {
		return e
	}
	return k
}

// listNext returns where the next item of a list starts after offset e:
// after ", ", "·", or a 와/과 attached to the previous item.
func listNext(text string, e int) (int, bool) {
	switch {
	case strings.HasPrefix(text[e:], ", "):
		return e + 2, true
	case strings.HasPrefix(text[e:], "·"):
		return e + len("·"), true
	case strings.HasPrefix(text[e:], "과 ") || strings.HasPrefix(text[e:], "와 "):
		return e + len("과 "), true
	}
	return 0, false
}

// leaders finds a person named before a country and an office: 마크 카니
// 캐나다 총리, 시진핑 중국 국가주석. The country is a gazetteer mention of
// kind=country; the name is one to three words in Hangul ending right
// before it, the first of them any name-like word, the others words that
// look like a transcription (or the short links of foreign names).
func (r *Recognizer) leaders(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	var out []ner.Mention
	for k := range known {
		m := &known[k]
		// a country between spaces, before a foreign title
		if m.Label != ner.PLACE || m.Start < 2 || text[m.Start-1] != ' ' ||
			m.End >= len(text) || text[m.End] != ' ' || !r.mayOfficeAt(d, m.End+1, nil) || !r.countries.has(m.Key) {
			continue
		}
		_, role, ok := r.titleAt(d, m.End+1, false)
		if !ok || !r.foreignTitle(role) {
			continue
		}
		pe := m.Start - 1
		ps := d.wordStartBefore(pe)
		w := text[ps:pe]
		if ps == pe || !(r.foreignWord(w) || r.isName(w)) || !nounEnding(w) || r.notNames.has(w) || coveredBy(known, ps, pe) {
			continue
		}
		s := ps
		for k := 0; k < 2 && s > 1 && text[s-1] == ' '; k++ {
			qs := d.wordStartBefore(s - 1)
			q := text[qs : s-1]
			// the word before may be the other half of the name (마크 카니,
			// 앙겔라 메르켈): any name-like word, short enough
			if qs == s-1 || r.notNames.has(q) || r.stemStop.has(q) || coveredBy(known, qs, s-1) || !nounEnding(q) ||
				!(r.foreignWord(q) && utf8.RuneCountInString(q) <= 4 || nameLinks[q]) || r.isOccupation(q) || r.titleWord(d, qs) {
				break
			}
			s = qs
		}
		if nameLinks[text[s:d.wordEnd(s)]] {
			continue // a name does not start with 엘, 다, 반
		}
		out = append(out, r.namedPerson(d, s, pe, role, "person-leader"))
	}
	return out
}

func (r *Recognizer) isOccupation(w string) bool {
	return r.occSet.has(w)
}

// foreignBefore reports whether a word before i (after a space) looks
// transcribed or links a foreign name (아유브 엘 카자니).
func (r *Recognizer) foreignBefore(d *doc, i int) bool {
	text := d.text
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	w := text[d.wordStartBefore(i-1) : i-1]
	return nameLinks[w] || r.transcribed(w)
}

// hanGloss reports whether the bracket opening at i holds Chinese
// characters: the spelling of the name before it (두더웨이(50. 杜德偉)).
func hanGloss(text string, i int) bool {
	end := strings.IndexByte(text[i:], ')')
	if end < 0 || end > 40 {
		return false
	}
	for _, c := range text[i : i+end] {
		if unicode.Is(unicode.Han, c) {
			return true
		}
	}
	return false
}

// apposParticles are the case particles of one syllable that end no
// Korean given name: a word ending in one before an organisation and a
// title (상대로 사건 경위) is a noun and its case, not a name in
// apposition.
var apposParticles = newSylSet("로에를을의와과는")

// verbAdnominal reports whether w ends like a verb's form before a noun
// made of the infinitive and 진 (기울어진, 알려진, 주어진, 만들어진): the
// syllable before 진 is one an infinitive ends with. No transcribed name
// ends so.
func verbAdnominal(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "진") {
		return false
	}
	return infinitiveEnds.has(lastRune2(w))
}

// lastRune2 returns the rune before the last one of w.
func lastRune2(w string) rune {
	_, n := utf8.DecodeLastRuneInString(w)
	c, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return c
}

// infinitiveEnds are the syllables that end a verb's infinitive (-어/-아
// and its contractions: 어, 려, 워, 해, 뤄, 쳐).
var infinitiveEnds = newSylSet("어아여려워와해혀뤄쳐져겨줘봐")

// linkBefore reports whether a link of foreign names (다, 반, 엘) is the
// word before the one starting at i.
func (r *Recognizer) linkBefore(d *doc, i int) bool {
	text := d.text
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	ps := d.wordStartBefore(i - 1)
	return ps < i-1 && nameLinks[text[ps:i-1]]
}

// subjectParticle reports whether w ends in 이 after a syllable with a
// final consonant: the subject's particle (회의록이, 사건이). Transcribed
// names put 이 after a vowel (마이, 케이); a short one may have it after
// a consonant (왕이): the callers ask it of longer words.
func subjectParticle(w string) bool {
	if !strings.HasSuffix(w, "이") || len(w) < 6 {
		return false
	}
	c := lastRune2(w)
	return lex.IsHangul(c) && (c-0xAC00)%28 != 0
}

// spacedNotGiven are the syllables that stand alone between a surname and
// a title as other words: numerals (두, 세, 한), 전, 현 and 고 (former,
// present, late), 모 (a hidden given name), 등 and 및.
var spacedNotGiven = newSylSet("두세한네전현고모등및각총부대")

// clanAfter reports whether a word for a family or a dynasty follows the
// space at i (김씨 일가, 김씨 왕조): a surname and 씨 name the clan there.
func clanAfter(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	rest := text[i+1:]
	for _, w := range [...]string{"일가", "왕조", "가문", "집안", "일족", "세습", "정권", "체제"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
