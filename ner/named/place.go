package named

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// countryPairs finds one-syllable country abbreviations joined by a middle
// dot (한·미, 한·미·일, 미·중 간): each syllable is a PLACE mention.
func (r *Recognizer) countryPairs(d *doc) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: Find copies it
	for i := d.firstDot(); i >= 0; {
		// walk left to the start of the run
		s := i
		for {
			c, n := utf8.DecodeLastRuneInString(text[:s])
			if _, ok := r.abbr[c]; !ok || n == 0 {
				break
			}
			s -= n
			if s >= len("·") && strings.HasSuffix(text[:s], "·") {
				s -= len("·")
				continue
			}
			break
		}
		// collect syllable·syllable·... from s: where each starts (the
		// mentions are made only for a run that is kept)
		var buf [8]int
		run := buf[:0]
		j := s
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			if _, ok := r.abbr[c]; !ok {
				break
			}
			run = append(run, j)
			j += n
			if strings.HasPrefix(text[j:], "·") {
				j += len("·")
				continue
			}
			break
		}
		last := j
		if strings.HasSuffix(text[:last], "·") {
			run = nil
		}
		if len(run) >= 2 && d.wordStart(s) {
			if _, ok := d.endsWord(last); ok || strings.HasPrefix(text[last:], " ") {
				for _, j := range run {
					c, n := utf8.DecodeRuneInString(text[j:])
					name := r.abbr[c]
					out = append(out, ner.Mention{Start: j, End: j + n, Label: ner.PLACE, Text: text[j : j+n],
						Key: d.concat("PLACE:", name), Name: name, Rule: "country-pair", Priority: 1})
				}
			}
		}
		next := strings.Index(text[max(last, i+len("·")):], "·")
		if next < 0 {
			break
		}
		i = max(last, i+len("·")) + next
	}
	d.add = out[:0]
	return out
}

// placeChains merges a region followed by its sub-region (제주도 서귀포시,
// 서울 강남구) into one PLACE mention, and extends it by the words after it
// that name a smaller place (통영 욕지도, 서울 서초구 서초동, 인천 부평역
// 광장): KLUE-NER and kpolicy both give the whole chain as one place.
//
// It works in place: a chain is written over the first of its mentions,
// and a mention that joins none stays where it is, not copied.
func (r *Recognizer) placeChains(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	j := 0 // ms[:j] are the mentions given, none after ms[i] read yet
	for i := 0; i < len(ms); i, j = i+1, j+1 {
		if p := &ms[i]; p.Label != ner.PLACE || p.Rule == "country-pair" {
			if j < i {
				ms[j] = *p
			}
			continue
		}
		m, grown := ms[i], false
		sub := false // the last element was a sub-place word
		for {
			if i+1 < len(ms) {
				nx := &ms[i+1]
				if nx.Label == ner.PLACE && nx.Start == m.End+1 && text[m.End] == ' ' && nx.Rule != "country-pair" && nx.Rule != "place-venue" {
					// the key is built whole and the name is its end: one
					// string
					var key string
					if len(nx.Name) > len(m.Name) && nx.Name[len(m.Name)] == ' ' && strings.HasPrefix(nx.Name, m.Name) {
						key = d.concat("PLACE:", nx.Name) // 제주특별자치도 서귀포시 already names its region
					} else if strings.IndexByte(nx.Name, ' ') >= 0 {
						// 평안남도 강동: the name the gazetteer gives the
						// word (서울특별시 강동구) names another region
						key = d.concat("PLACE:", m.Name, " ", nx.Text)
					} else {
						key = d.concat("PLACE:", m.Name, " ", nx.Name)
					}
					sub = nx.Rule == "place-word" // 화서역 (광장)
					m = ner.Mention{Start: m.Start, End: nx.End, Label: ner.PLACE, Text: text[m.Start:nx.End],
						Name: key[len("PLACE:"):], Key: key, Rule: "place-chain", Priority: 2}
					grown = true
					i++
					continue
				}
			}
			e, ok := r.subPlace(d, m.End, sub, ms, i+1, m.Key, ms[i].Key)
			if !ok {
				break
			}
			key := d.concat("PLACE:", m.Name, text[m.End:e])
			m = ner.Mention{Start: m.Start, End: e, Label: ner.PLACE, Text: text[m.Start:e],
				Name: key[len("PLACE:"):], Key: key, Rule: "place-chain", Priority: 2}
			grown, sub = true, true
		}
		if e := addressEnd(d, &m); e > m.End && (i+1 >= len(ms) || ms[i+1].Start >= e) {
			key := d.concat("PLACE:", m.Name, text[m.End:e])
			m = ner.Mention{Start: m.Start, End: e, Label: ner.PLACE, Text: text[m.Start:e],
				Name: key[len("PLACE:"):], Key: key, Rule: "place-chain", Priority: 2}
			grown = true
		}
		if grown || j < i {
			ms[j] = m
		}
	}
	return ms[:j]
}

type placeSuffix struct{ text, kind string }

// subPlace reports whether the word after the place ending at end names a
// smaller place within it, and where that name ends (before a particle).
// ms[next:] are the mentions after the place: a word they cover is no
// sub-place.
// key and lastKey are the keys of the chain so far and of its last
// mention: when one is a country's, a province or prefecture of it (중국
// 산시성, 일본 나라현) may have any stem.
func (r *Recognizer) subPlace(d *doc, end int, afterSub bool, ms []ner.Mention, next int, key, lastKey string) (int, bool) {
	text := d.text
	if end >= len(text) || text[end] != ' ' || d.wordEnd(end) != end {
		return 0, false // the place carries a particle: the chain ends
	}
	s := end + 1
	we := d.wordEnd(s)
	if we == s || next < len(ms) && ms[next].Start < we {
		return 0, false
	}
	for _, e := range [2]int{we, d.trimEnd(s, we, 1)} {
		if _, ok := d.endsWord(e); !ok {
			continue
		}
		if r.ctx.regionParts.has(text[s:e]) {
			return e, true // 강원 영서, 경북 북동 산간, 지바현 북부
		}
		kind, stem := r.placeSuffixOf(text[s:e])
		switch {
		case kind == "":
			continue
		case stem == "":
			if afterSub && (kind == "chain" || kind == "loan") && utf8.RuneCountInString(text[s:e]) >= 2 {
				return e, true // 부평역 광장
			}
			if kind == "area" {
				return e, true // 과천 신도시: the area named after the place
			}

		case kind == "foreign":
			afterCountry := r.countries.has(key) || r.countries.has(lastKey)
			if looksForeign(stem) || afterCountry && utf8.RuneCountInString(stem) >= 2 {
				return e, true
			}
		case kind == "venue":
			continue // a building stands apart from the region before it
		default:
			return e, true
		}
	}
	return 0, false
}

// placeSuffixOf returns the kind of the place suffix that ends w and the
// stem before it, or "" when w does not end like a place or is a common
// noun (place_stop.txt). A stem is Hangul or digits (영동1교).
func (r *Recognizer) placeSuffixOf(w string) (kind, stem string) {
	return r.placeSuffixOfLast(w, lastRuneOf(w))
}

// strongSuffix is the part of placeSuffixOfLast that placeWords needs
// first: the suffix that ends w is a strong one with a stem of two
// syllables or more (the stop lists are tested after).
func (r *Recognizer) strongSuffix(w string, last rune) bool {
	var sufs []placeSuffix
	if lex.IsHangul(last) {
		if k := r.placeSufIdx.index(last); k >= 0 {
			sufs = r.placeSufLists[k]
		}
	} else {
		sufs = r.placeSuf[last]
	}
	for _, suf := range sufs {
		if st, ok := strings.CutSuffix(w, suf.text); ok {
			if st != "" && !twoRunes(st) && len(suf.text) <= 3 {
				continue
			}
			return (suf.kind == "strong" || suf.kind == "venue" || suf.kind == "loan") && twoRunes(st)
		}
	}
	return false
}

// twoRunes reports whether s holds two runes or more, as
// utf8.RuneCountInString(s) >= 2 does, without counting them all.
func twoRunes(s string) bool {
	if s == "" {
		return false
	}
	_, n := lex.Decode(s, 0)
	return n < len(s)
}

// placeSuffixOfLast is placeSuffixOf for w ending in last.
func (r *Recognizer) placeSuffixOfLast(w string, last rune) (kind, stem string) {
	var sufs []placeSuffix
	if lex.IsHangul(last) {
		k := r.placeSufIdx.index(last)
		if k < 0 {
			return "", ""
		}
		sufs = r.placeSufLists[k]
	} else {
		sufs = r.placeSuf[last]
	}
	if len(sufs) == 0 || r.placeStop.has(w) || r.venueStop.has(w) {
		return "", ""
	}
	if !syllablesOrDigits(w) {
		return "", ""
	}
	// the last two or three syllables may be a common word: 경제활동,
	// 항일빨치산
	if n := utf8.RuneCountInString(w); n > 2 {
		_, a := utf8.DecodeLastRuneInString(w)
		_, b := utf8.DecodeLastRuneInString(w[:len(w)-a])
		if r.placeStop.has(w[len(w)-a-b:]) {
			return "", ""
		}
		if n > 3 {
			_, c := utf8.DecodeLastRuneInString(w[:len(w)-a-b])
			if r.placeStop.has(w[len(w)-a-b-c:]) {
				return "", ""
			}
		}
	}
	for _, suf := range sufs {
		if st, ok := strings.CutSuffix(w, suf.text); ok {
			if st != "" && utf8.RuneCountInString(st) < 2 && len(suf.text) <= 3 {
				continue // 노동, 학교: a one-syllable stem before a one-syllable suffix
			}
			return suf.kind, st
		}
	}
	return "", ""
}

// syllablesOrDigits reports whether every rune of w is a Hangul syllable
// or an ASCII digit, read from the bytes.
func syllablesOrDigits(w string) bool {
	for i := 0; i < len(w); {
		if b := w[i]; b >= '0' && b <= '9' {
			i++
			continue
		}
		if lex.HangulAt(w, i) < 0 {
			return false
		}
		i += 3
	}
	return true
}

// placeWords finds, on their own, words that end in a strong place suffix
// (김포공항, 서울역, 팔달산, 연희동, 히말라야산맥) with a stem of two
// syllables or more.
func (r *Recognizer) placeWords(d *doc, known []ner.Mention) []ner.Mention {
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	r.classify(d)
	words := d.words
	// most words end like no strong place suffix, nor do they before a
	// particle
	for _, k := range d.ofClass(clsStrong) {
		if wd := &words[k]; lex.IsHangul(wd.c) {
			out = r.placeWordAt(d, wd, known, out)
		}
	}
	d.add = out[:0]
	return out
}

// placeWordAt appends to out the place the word wd is, when it ends, or
// its stem before a particle does, in a strong place suffix.
func (r *Recognizer) placeWordAt(d *doc, wd *word, known, out []ner.Mention) []ner.Mention {
	text := d.text
	i, we := wd.s, wd.e
	// the word, then the word without its particle (a known mention
	// covering the word is tested last, as it is seldom needed)
	for k := 0; k < 2; k++ {
		e := we
		if k == 1 {
			if wd.pmask == 0 && !d.slow {
				break // no particle to cut
			}
			if e = d.trimWord(wd, i, 2); e == we {
				break // the same word again
			}
		}
		// the word's end, or a cut before its particles, ends a name
		// on the index; only the slow path needs asking
		if d.slow && !d.endsWordOK(e) {
			continue
		}
		// most words do not end like a strong place suffix
		last := wd.lc
		if e != we {
			last, _ = lex.DecodeLast(text, e)
		}
		if ends := &r.ctx.strongEnds; !ends.last.has(last) || !ends.mayEnd(text, wd, e, last) {
			if e-i == 9 && ruralEnds.has(last) && wd.allH {
				// 온정면 덕산리, 산내면 일대, 진접읍에서
				if m, ok := r.ruralAt(d, wd, e, last); ok && !coveredBy(known, m.Start, m.End) {
					return append(out, m)
				}
			}
			continue
		}
		if !r.strongSuffix(text[i:e], last) {
			continue // the full test below would say no as well
		}
		if last == '강' && text[e:we] == "의" {
			continue // 무료강의, 치료강의: a lecture far more often than a river's
		}
		kind, stem := r.placeSuffixOfLast(text[i:e], last)
		if (kind == "strong" || kind == "venue" || kind == "loan" && looksForeign(stem)) && utf8.RuneCountInString(stem) >= 2 {
			if coveredBy(known, i, we) {
				break
			}
			if e == we && (r.agedKoreanName(d, i, we) || r.personBeforeCue(d, i, we)) {
				break // 김성동(54), 김영천 씨: a person, not a 동 or a stream
			}
			w := text[i:e]
			if c := r.originCountry(text, i, e); c != nil {
				// 체코산 무기, 일본산 수산물: a product's country of origin
				return append(out, ner.Mention{Start: i, End: e - len("산"), Label: ner.PLACE,
					Text: text[i : e-len("산")], Key: c.key, Name: c.entry.Name, Rule: c.rule, Priority: 1})
			}
			rule := "place-word"
			if kind == "venue" {
				rule = "place-venue" // a building: never joined to the region before it
			}
			return append(out, ner.Mention{Start: i, End: e, Label: ner.PLACE, Text: w, Name: w,
				Key: d.concat("PLACE:", w), Rule: rule, Priority: 1})
		}
	}
	return out
}

// agedKoreanName reports whether text[i:we] is a Korean name followed by
// an age in brackets (김성동(54), 박정리(61·농민)): a place has no age,
// however its last syllable reads (동, 리, 면 end places and given names).
func (r *Recognizer) agedKoreanName(d *doc, i, we int) bool {
	if we >= len(d.text) || d.text[we] != '(' {
		return false
	}
	_, aged := skipAge(d.text, we)
	return aged && r.isNameAt(d, i, we)
}

// personCues are the words that, written after a name, make it a
// person's and no place's: 씨 and the titles no place is written before.
var personCues = []string{"씨", "교수", "기자", "선수", "감독"}

// personBeforeCue reports whether text[i:we] is a Korean name followed by
// one of the personCues (김영천 씨가, 박용강 교수는): a place ending like
// the name (신당동, 양재천) is not written so.
func (r *Recognizer) personBeforeCue(d *doc, i, we int) bool {
	text := d.text
	if we+1 >= len(text) || text[we] != ' ' {
		return false
	}
	cue := false
	for _, c := range personCues {
		if rest, ok := strings.CutPrefix(text[we+1:d.wordEnd(we+1)], c); ok && (rest == "" || r.particles.Has(rest)) {
			cue = true
			break
		}
	}
	return cue && r.isNameAt(d, i, we)
}

// originCountry returns the country of text[i:e] when the word is a
// country's name and 산 (made in: 체코산, 이탈리아산), else nil.
func (r *Recognizer) originCountry(text string, i, e int) *gazRef {
	if !strings.HasSuffix(text[i:e], "산") {
		return nil
	}
	end, vals, ok := r.gaz.LongestAt(text[:e-len("산")], i)
	if !ok || end != e-len("산") {
		return nil
	}
	for _, v := range vals {
		if r.countries.has(v.key) {
			return v
		}
	}
	return nil
}

// venues finds the name of a venue: the words between a region and 에서
// (서귀포시 그랜드조선 제주에서 → 그랜드조선 제주), or a word ending in a
// venue word (롯데호텔, 벡스코 컨벤션홀) right after a region.
func (r *Recognizer) venues(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: resolveWith copies it
	defer func() { d.add = out[:0] }()
	for k := range ms {
		m := &ms[k]
		if m.Label != ner.PLACE || m.End >= len(text) || text[m.End] != ' ' || m.Rule == "org-building" {
			continue // a building is no region of a venue (법원 별관 옥상에서)
		}
		if _, ok := d.endsWord(m.End); !ok {
			continue
		}
		// up to three words after the region
		s := m.End + 1
		j := s
		for k := 0; k < 3 && j < len(text); k++ {
			we := d.wordEnd(j)
			if we == j {
				break
			}
			word := text[j:we]
			if isDirection(word) {
				// 통영 욕지도 남서쪽 해상에서: the place is the words
				// before the direction, when they end like a place
				if j > s {
					lw := text[d.wordStartBefore(j-1) : j-1]
					kind, _ := r.placeSuffixOf(lw)
					island := strings.HasSuffix(lw, "도") && utf8.RuneCountInString(lw) >= 3 // 거문도 남쪽
					if (kind != "" || island) && r.venueOK(d, s, j-1, ms) {
						out = append(out, r.venue(d, m, s, j-1))
					}
				}
				break
			}
			if isPosition(word) {
				// 서울 광화문 앞에서, 벡스코 옆 광장에서: the venue is
				// the words before the position, not the position
				if j > s && r.venueOK(d, s, j-1, ms) {
					out = append(out, r.venue(d, m, s, j-1))
				}
				break
			}
			if base, ok := strings.CutSuffix(word, "에서"); ok && base != "" {
				if hasDigit(base) || isContest(base) {
					break
				}
				if e := j + len(base); r.venueOK(d, s, e, ms) {
					out = append(out, r.venue(d, m, s, e))
				}
				break
			}
			if r.venueStop.has(word) || !isBareNoun(word) || hasDigit(word) || isContest(word) || subjectMarked(word) {
				break
			}
			if vs := r.venueSuffixEnd(d, j, we); vs > 0 {
				if _, ok := d.endsWord(vs); ok && r.venueOK(d, s, vs, ms) {
					out = append(out, r.venue(d, m, s, vs))
					break
				}
			}
			if we >= len(text) || text[we] != ' ' {
				break
			}
			j = we + 1
		}
	}
	return out
}

// venue returns the venue [s,e) joined to the region before it (서울
// 송파구 롯데월드타워, 상암 보조경기장), as KLUE-NER gives a place inside a
// region, unless the venue's name already names a region (정부서울청사).
func (r *Recognizer) venue(d *doc, region *ner.Mention, s, e int) ner.Mention {
	text := d.text
	var key string
	if r.namesRegion(text[s:e]) {
		key = d.concat("PLACE:", text[s:e])
	} else {
		key = d.concat("PLACE:", region.Name, text[region.End:e]) // the region's canonical name
		s = region.Start
	}
	return ner.Mention{Start: s, End: e, Label: ner.PLACE, Text: text[s:e], Key: key,
		Name: key[len("PLACE:"):], Rule: "venue", Priority: 1}
}

// namesRegion reports whether a region or country of the gazetteer is
// written in w (정부서울청사, 부산시청사, 국립부산과학관).
func (r *Recognizer) namesRegion(w string) bool {
	for i, c := range w {
		if !lex.IsHangul(c) || !r.gaz.HasPrefixAt(w, i) {
			continue
		}
		found := false
		r.gaz.EachPrefix(w, i, func(_ int, vals []*gazRef) bool {
			for _, v := range vals {
				switch v.entry.Attr("kind") {
				case "sido", "sigungu", "country":
					found = true
					return false
				}
			}
			return true
		})
		if found {
			return true
		}
	}
	return false
}

// venueSuffixEnd returns the end of a venue word in [j,we) (롯데호텔), or 0.
func (r *Recognizer) venueSuffixEnd(d *doc, j, we int) int {
	text := d.text
	for k := j; k < we; {
		_, n := lex.Decode(text, k)
		if k > j && r.venueSuffix.HasPrefixAt(text, k) {
			for _, m := range r.venueSuffix.PrefixesAt(text, k, nil) {
				if m.End <= we {
					return m.End
				}
			}
		}
		k += n
	}
	return 0
}

// venueOK checks a venue candidate [s,e): not a stop word, not one known
// organisation, words without particles.
func (r *Recognizer) venueOK(d *doc, s, e int, ms []ner.Mention) bool {
	text := d.text
	v := text[s:e]
	if v == "" || r.venueStop.has(v) || utf8.RuneCountInString(v) < 2 {
		return false
	}
	for w := range strings.FieldsSeq(v) {
		if r.venueStop.has(w) || r.notNames.has(w) {
			return false
		}
	}
	if k := startIndex(ms, s); k >= 0 && ms[k].End == e && ms[k].Label == ner.ORG {
		return false
	}
	return true
}

// isPosition reports a noun of position relative to a place, bare or
// with a particle of place (앞, 앞에서, 옆에, 맞은편의): it follows a
// venue's name and is no part of it. 앞으로 ('from now on') is none.
func isPosition(w string) bool {
	// most words after a place are longer or start otherwise: a syllable
	// compared before the suffixes are cut
	if len(w) < len("앞") || len(w) > len("맞은편에서") {
		return false
	}
	switch lex.HangulAt(w, 0) {
	case '앞', '뒤', '옆', '근', '주', '맞', '건', '입':
	default:
		return false
	}
	for _, p := range []string{"에서", "에", "의"} {
		if b, ok := strings.CutSuffix(w, p); ok {
			w = b
			break
		}
	}
	switch w {
	case "앞", "뒤", "옆", "근처", "주변", "맞은편", "건너편", "앞쪽", "뒤쪽", "뒤편", "입구":
		return true
	}
	return false
}

// isDirection reports whether a word is a bearing from a place (남동쪽,
// 북서쪽으로, 인근, 부근): the place before it ends there.
func isDirection(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "으로"), "에서")
	if b, ok := strings.CutSuffix(w, "쪽"); ok && b != "" && utf8.RuneCountInString(b) <= 2 {
		for _, c := range b {
			if !strings.ContainsRune("동서남북", c) {
				return false
			}
		}
		return true
	}
	switch w {
	case "인근", "부근", "일대", "앞바다", "공해상", "해상", "상공":
		return true
	}
	return false
}

// hasDigit reports whether w holds an ASCII digit (8강, 5달러): a count
// or a price, no part of a venue's name.
// An address number is part of a place (안암동 5가, 23호 근린공원).
func hasDigit(w string) bool {
	digit := false
	for i := 0; i < len(w) && !digit; i++ {
		digit = w[i] >= '0' && w[i] <= '9'
	}
	if !digit {
		return false
	}
	return !strings.ContainsRune("가호길로", lastRuneOf(w))
}

// isContest reports whether w names a contest (아시아선수권, 세계육상대회,
// 월드컵예선): an event, no venue.
func isContest(w string) bool {
	for _, suf := range []string{"선수권", "대회", "월드컵", "올림픽", "리그", "컵"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// subjectMarked reports whether a word of two syllables or more ends in
// the subject particle 이 or 가 as it is written after its stem's last
// syllable (기자가, 학생들이): the word is a sentence's subject, no part of
// the name of a venue after it (영국 기자가 트위터에서). 스카이 and 명동
// 상가 keep their last syllable: 이 after no final consonant, 가 after
// one, belong to the word.
func subjectMarked(w string) bool {
	last := lastRuneOf(w)
	if last != '이' && last != '가' || len(w) < 6 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-3])
	if !lex.IsHangul(prev) {
		return false
	}
	final := (prev-0xAC00)%28 != 0
	return final == (last == '이')
}

// isBareNoun reports whether a word carries no obvious particle or verb
// ending, so it can be part of a name.
func isBareNoun(w string) bool {
	return !particleEnds.has(lastRuneOf(w))
}

// lastRuneOf is utf8.DecodeLastRuneInString's rune, at once for a
// three-byte character (most of Korean text).
func lastRuneOf(w string) rune {
	if n := len(w); n >= 3 && w[n-3]&0xF0 == 0xE0 {
		if c, k := lex.Decode(w, n-3); k == 3 {
			return c
		}
	}
	c, _ := utf8.DecodeLastRuneInString(w)
	return c
}

// orgChains merges a country or region written before a generic body
// (중국 정부, 미국 연방 검찰) or a local office named after its district
// (서울 강남경찰서) into one organisation, as KLUE-NER marks them. Other
// organisations after a place stay apart (호주 포테스큐 그룹).
//
// It works in place, as placeChains does.
func (r *Recognizer) orgChains(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	j := 0 // ms[:j] are the mentions given, none after ms[i] read yet
	for i := 0; i < len(ms); i, j = i+1, j+1 {
		if p := &ms[i]; p.Label != ner.PLACE && p.Label != ner.ORG || p.End+1 >= len(text) || text[p.End] != ' ' {
			// every join below needs a word after the mention, and most
			// mentions carry a particle instead
			if j < i {
				ms[j] = *p // nothing below is for it
			}
			continue
		}
		m, joined := ms[i], false
		if m.Label == ner.PLACE && m.Rule != "country-pair" && i+1 < len(ms) && m.End < len(text) && text[m.End] == ' ' {
			nx := &ms[i+1]
			gap := text[m.End:nx.Start]
			if nx.Label == ner.ORG && (gap == " " || gap == " 연방 ") && (strings.HasSuffix(nx.Rule, "/generic_orgs.tsv") || localOffice(nx.Text)) {
				if _, ok := d.endsWord(m.End); ok {
					m, joined = orgChain(d, m.Start, nx.End), true
					i++
				}
			}
		}
		if !joined && m.Label == ner.PLACE && i+1 < len(ms) && ms[i+1].Label == ner.ORG && ms[i+1].Start == m.End+1 && m.Rule != "country-pair" {
			// 한국 교통대, 서울 시립대: the place is written apart in the
			// organisation's own name
			if o, ok := r.placeInName(d, &m, &ms[i+1]); ok {
				m, joined = o, true
				i++
			}
		}
		if m.Label == ner.PLACE && m.Rule != "country-pair" {
			// 미국 연방 하원, 북한 보위부, 미얀마 군부
			if e, n, ok := r.unitAfter(d, m.End, ms[i+1:], true, r.isStateOrgan); ok {
				m, joined = orgChain(d, m.Start, e), true
				i += n
			}
		}
		for m.Label == ner.ORG {
			// 국회 정보위원회, 서울중앙지법 형사합의21부, 방송사 보도국
			// branch courts and offices (지원, 지청) belong to a court, a
			// prosecutors' office or a ministry (고용노동부 창원지청)
			name := m.Text
			e, n, ok := r.unitAfter(d, m.End, ms[i+1:], false, func(w string) bool {
				// a committee of a legislature may be written short (국회 정보위)
				if strings.HasSuffix(w, "위") && (name == "국회" || name == "하원" || name == "상원" || name == "의회") && utf8.RuneCountInString(w) >= 3 {
					return true
				}
				if !r.isSubUnit(w) {
					return false
				}
				court := hasAnySuffix(name, "법원", "지법", "지검", "검찰청", "고법", "고검") ||
					strings.HasSuffix(name, "부") && !strings.HasSuffix(name, "정부") && utf8.RuneCountInString(name) >= 3
				return court || !hasAnySuffix(w, "지원", "지청")
			})
			if !ok {
				break
			}
			// 부산 해운대경찰서 중동지구대: a unit of a unit goes on
			m, joined = orgChain(d, m.Start, e), true
			i += n
		}
		if isUniversity(&m) && m.End+1 < len(text) && text[m.End] == ' ' && d.endsWordOK(m.End) && d.wordEnd(m.End) == m.End {
			// 서울대학교 치과대학, 연세대 세브란스병원: a school or
			// hospital of the university is one organisation with it
			s := m.End + 1
			e := d.trimEnd(s, d.wordEnd(s), 2)
			if pe := universityPartEnd(d, s); pe > 0 {
				e = pe // 경제학과를: 과 is no particle here
			}
			free := i+1 >= len(ms) || ms[i+1].Start >= e
			skip := false
			if nx := i + 1; !free && ms[nx].Label == ner.ORG && ms[nx].Start == s && ms[nx].End == e {
				free, skip = true, true
			}
			if free && e > s && universityPart(text[s:e]) {
				if skip {
					i++
				}
				name := text[m.Start:e]
				ms[j] = ner.Mention{Start: m.Start, End: e, Label: ner.ORG, Text: name,
					Name: name, Key: d.concat("ORG:", name), Rule: "org-chain", Priority: 2}
				continue
			}
		}
		if m.Label == ner.ORG && m.End+1 < len(text) && text[m.End] == ' ' {
			// 대구지검 청사, 국회 의원회관: the organisation's building is
			// a place, with the place before it (워싱턴DC 국무부 청사)
			if be := r.buildingEnd(d, m.End); be > 0 && (i+1 >= len(ms) || ms[i+1].Start >= be) {
				start := m.Start
				if p := j - 1; p >= 0 && ms[p].Label == ner.PLACE && ms[p].End+1 == start && text[ms[p].End] == ' ' && d.endsWordOK(ms[p].End) {
					start, j = ms[p].Start, p
				}
				m, joined = orgBuilding(d, start, be), true
			}
		}
		if joined || j < i {
			ms[j] = m
		}
	}
	return ms[:j]
}

// orgBuilding is the place text[s:e], an organisation's building.
func orgBuilding(d *doc, s, e int) ner.Mention {
	name := d.text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.PLACE, Text: name, Name: name, Key: d.concat("PLACE:", name),
		Rule: "org-building", Priority: 2}
}

// buildingEnd returns where a word written after end names a building of
// the organisation before it (place/building_words.txt: 청사, 본관,
// 의원회관; 제3별관 with its number) ends, before its particle, or 0.
func (r *Recognizer) buildingEnd(d *doc, end int) int {
	text := d.text
	if end+1 >= len(text) || text[end] != ' ' {
		return 0
	}
	s := end + 1
	if c, _ := lex.Decode(text, s); !r.ctx.buildingFirst.has(c) || !d.endsWordOK(end) {
		return 0 // most words after an organisation start like no building
	}
	we := d.wordEnd(s)
	if we == s {
		return 0
	}
	for _, e := range [2]int{we, d.trimEnd(s, we, 1)} {
		w := text[s:e]
		if b, ok := strings.CutPrefix(w, "제"); ok {
			k := 0
			for k < len(b) && b[k] >= '0' && b[k] <= '9' {
				k++
			}
			if k > 0 {
				w = b[k:]
			}
		}
		if r.ctx.buildings.has(w) {
			if _, ok := d.endsWord(e); ok {
				return e
			}
		}
	}
	return 0
}

// placeInName returns the organisation made of the place m and the
// organisation nx written one space after it, when the place's word and
// nx's first word written together are a name of the gazetteer that nx's
// first word alone names too (한국 교통대: 한국교통대 and 교통대 are both
// forms of 국립한국교통대학교). A place before another organisation
// (한국 삼성전자) stays apart.
func (r *Recognizer) placeInName(d *doc, m, nx *ner.Mention) (ner.Mention, bool) {
	text := d.text
	if nx.Label != ner.ORG || nx.Start != m.End+1 || text[m.End] != ' ' || !d.endsWordOK(m.End) {
		return ner.Mention{}, false
	}
	fe := nx.End
	if k := strings.IndexByte(text[nx.Start:nx.End], ' '); k >= 0 {
		fe = nx.Start + k
	}
	w := text[nx.Start:fe]
	if !r.gaz.HasPrefixAt(w, 0) {
		return ner.Mention{}, false
	}
	end, alone, ok := r.gaz.LongestAt(w, 0)
	if !ok || end != len(w) {
		return ner.Mention{}, false
	}
	form := m.Text + w
	end, vals, ok := r.gaz.LongestAt(form, 0)
	if !ok || end != len(form) {
		return ner.Mention{}, false
	}
	for _, v := range vals {
		if v.entry.Label != "ORG" || !slices.Contains(alone, v) {
			continue
		}
		if fe == nx.End {
			// the gazetteer's rule stays: a university's part may follow
			return ner.Mention{Start: m.Start, End: nx.End, Label: ner.ORG, Text: text[m.Start:nx.End],
				Key: v.key, Name: v.entry.Name, Rule: v.rule, Priority: 2}, true
		}
		return orgChain(d, m.Start, nx.End), true
	}
	return ner.Mention{}, false
}

// isUniversity reports whether m is a university found in the gazetteer
// or by its suffix (대학교, 대학).
func isUniversity(m *ner.Mention) bool {
	return m.Label == ner.ORG && (strings.HasSuffix(m.Rule, "/universities.tsv") ||
		m.Rule == "org-suffix:대학교" || m.Rule == "org-suffix:대학")
}

// universityPartEnd returns where a part of a university written from s
// ends, before a particle (경제학과를 → 경제학과), or 0.
func universityPartEnd(d *doc, s int) int {
	w := d.text[s:d.wordEnd(s)]
	for _, suf := range []string{"학과", "학부", "대학원", "대학", "병원"} {
		if k := strings.Index(w, suf); k > 0 {
			e := s + k + len(suf)
			if d.endsWordOK(e) && universityPart(d.text[s:e]) {
				return e
			}
		}
	}
	return 0
}

// universityPart reports whether an organisation's name is one word naming
// a part of a university: a college, a graduate school, a hospital.
func universityPart(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for _, suf := range []string{"대학", "대학원", "학과", "학부", "병원", "의료원", "연구소", "캠퍼스"} {
		if strings.HasSuffix(name, suf) && len(name) > len(suf) {
			return true
		}
	}
	return false
}

// localOffice reports whether an organisation's name is one word ending in
// the name of a local office or school (강남경찰서, 평택지원, 성남소방서,
// 수명초등학교).
func localOffice(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for _, suf := range []string{"경찰서", "소방서", "지방법원", "지법", "지검", "지방검찰청", "지원", "지청", "교육청", "세무서", "구청", "시청", "군청",
		"시의회", "구의회", "군의회", "도의회",
		"고등학교", "중학교", "초등학교", "고", "여고", "여중", "고교"} { // a school is named after its town (부산 부성고등학교, 경북 청송여고)
		if strings.HasSuffix(name, suf) && len(name) > len(suf) {
			return true
		}
	}
	return false
}

// localTime reports whether the word goes on at i with 시간 or 시각 and
// nothing else but a particle: 한국시간, 미국 동부시각 name the country's
// time, so the country is a place mention (as KLUE-NER marks it).
func localTime(d *doc, i int) bool {
	rest := d.text[i:d.wordEnd(i)]
	for _, t := range []string{"시간", "시각"} {
		if r, ok := strings.CutPrefix(rest, t); ok && len(r) <= len("으로") {
			return true
		}
	}
	return false
}

// interKorean finds the one-syllable forms of the two Koreas in
// inter-Korean news: 남북 (관계, 정상회담…) gives 남 and 북, and 북 or 남
// as a word of its own before a particle or 측, or 북 before 핵 (북은,
// 북측, 남측과, 북핵): each an ORG, the state acting. 북으로 and 북쪽 are
// directions and stay out.
func (r *Recognizer) interKorean(d *doc) []ner.Mention {
	text := d.text
	out := d.add[:0] // the stages' output buffer: Find copies it
	mk := func(s int, north bool) ner.Mention {
		name := "대한민국"
		if north {
			name = "북한"
		}
		return ner.Mention{Start: s, End: s + len("북"), Label: ner.ORG, Text: text[s : s+len("북")],
			Key: d.concat("ORG:", name), Name: name, Rule: "inter-korean", Priority: 1}
	}
	// the words that start with 남 or 북, few, so that the passes below
	// do not walk all the words
	r.classify(d)
	cands := d.ofClass(clsNS)
	if len(cands) == 0 {
		return nil // as in most texts
	}
	for _, syl := range []string{"남북", "북", "남"} {
		first, _ := utf8.DecodeRuneInString(syl)
		// each form at the start of a word, in the order of the text
		for _, k := range cands {
			w := &d.words[k]
			if w.c != first || !strings.HasPrefix(text[w.s:], syl) {
				continue
			}
			i := w.s
			off := i + len(syl)
			rest := text[off:d.wordEnd(off)]
			switch syl {
			case "남북":
				if rest == "" || r.particles.Has(rest) || strings.HasPrefix(rest, "관계") || strings.HasPrefix(rest, "정상") || strings.HasPrefix(rest, "대화") || strings.HasPrefix(rest, "회담") || strings.HasPrefix(rest, "교류") || strings.HasPrefix(rest, "협력") || strings.HasPrefix(rest, "경협") {
					out = append(out, mk(i, false), mk(i+len("남"), true))
				}
			default:
				north := syl == "북"
				p := strings.TrimPrefix(rest, "측")
				if north && p == rest {
					p = strings.TrimPrefix(rest, "핵")
				}
				if p == rest && rest == "" {
					continue // 북 alone: a drum, a direction
				}
				if strings.HasPrefix(p, "으로") || strings.HasPrefix(p, "로") || strings.HasPrefix(p, "쪽") {
					continue
				}
				if p == "" && p != rest || r.particles.Has(p) && (north || p != rest) {
					out = append(out, mk(i, north))
				}
			}
		}
	}
	d.add = out[:0]
	return out
}
