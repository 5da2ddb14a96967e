package named

import (
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// contextLabels settles, from the words around them, the mentions whose
// label depends on what the name does in the sentence:
//
//   - a country that acts, as the subject of its clause (북한이 … 위협했다,
//     중국은 … 밝혔다) or with 측 (한국 측), is the state, an ORG, as KLUE-NER
//     marks it; elsewhere (중국에서, 중국 베이징) it stays a PLACE;
//   - a platform or channel name (a social network, a video site) is an
//     organisation only where the company acts (the subject of its
//     clause, or before 측 or an executive's title); where something is
//     posted on it (페이스북에 올렸다, 유튜브 영상) it is a medium, no
//     mention.
//
// It works in place: labels change, media mentions are dropped, the order
// stays.
func (r *Recognizer) contextLabels(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	// decide on the mentions as found (the tests look at neighbours), then
	// change them in place
	const keep, drop, toOrg, club = 0, 1, 2, 3
	var acts [64]uint8
	act := acts[:0]
	if len(ms) > len(acts) {
		act = make([]uint8, 0, len(ms))
	}
	changed := false
	for k := range ms {
		m := &ms[k]
		a := uint8(keep)
		switch {
		case m.Label == ner.PLACE && r.affiliation(d, ms, k):
			a = club
		case m.Label == ner.PLACE && r.countries.has(m.Key) && m.Rule != "country-pair":
			if actsAfter(text, m.End) && !nationNotState(text, m) || r.teamAfter(text, m.End) || r.actOf(text, m.End) || r.pairedStates(text, ms, k) {
				a = toOrg
			}
		case m.Label == ner.ORG && r.isPlatform(m):
			if !actsAfter(text, m.End) && !executiveAfter(text, m.End) {
				a = drop
			}
		}
		changed = changed || a != keep
		act = append(act, a)
	}
	if !changed {
		return ms
	}
	out := ms[:0]
	for k, m := range ms {
		switch act[k] {
		case drop:
			continue
		case toOrg:
			m.Label = ner.ORG
			m.Key = d.concat("ORG:", m.Name)
		case club:
			// the club or national side as written (부산), not the
			// region's name
			m.Label, m.Name = ner.ORG, m.Text
			m.Key = d.concat("ORG:", m.Name)
		}
		out = append(out, m)
	}
	return out
}

// nationNotState reports whether a country written as a subject is the
// nation or the land rather than the state acting: qualified by the word
// before (이런 대한민국이, 오늘의 한국은, 현재 한국은), in 은 물론 (중국은
// 물론), before a figure (스웨덴이 91%), or written with the formal name
// of Korea, which speeches use for the nation (대한민국이 발전하도록).
func nationNotState(text string, m *ner.Mention) bool {
	if m.Text == "대한민국" {
		return true
	}
	rest := text[m.End:]
	_, n := utf8.DecodeRuneInString(rest)
	rest = rest[n:]
	if strings.HasPrefix(rest, " 물론") {
		return true
	}
	if len(rest) > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	if m.Start >= 2 && text[m.Start-1] == ' ' {
		prev := text[lex.WordStartBefore(text, m.Start-1) : m.Start-1]
		if strings.HasSuffix(prev, "의") || prev == "이런" || prev == "그런" || prev == "현재" || prev == "지금" || prev == "오늘날" {
			return true
		}
	}
	return false
}

// affiliation reports whether ms[k] is a place written in brackets right
// after a person's name: a Korean region alone (박지훈(울산)) or a country
// before a score (안나 코바치(헝가리·15.2점)) is, in sports news, the club
// or the national side the player stands for, an organisation (as
// KLUE-NER marks it), and no place of the story.
func (r *Recognizer) affiliation(d *doc, ms []ner.Mention, k int) bool {
	text := d.text
	m := &ms[k]
	if m.Start < 2 || text[m.Start-1] != '(' {
		return false
	}
	// a Korean region stands for a club (울산, 전남); a country only
	// before a score (헝가리·15.2점), as nationality is a place elsewhere
	switch {
	case strings.HasPrefix(text[m.End:], ")") && r.koreanRegion(m.Text):
	case strings.HasPrefix(text[m.End:], "·") && len(text) > m.End+len("·") && text[m.End+len("·")] >= '0' && text[m.End+len("·")] <= '9':
	default:
		return false
	}
	if k > 0 && ms[k-1].Label == ner.PERSON && ms[k-1].End == m.Start-1 {
		return true
	}
	// a name the person stages missed: three syllables, a surname first
	ws := d.wordStartBefore(m.Start - 1)
	w := text[ws : m.Start-1]
	c, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) == 3 && allHangul(w) && r.isSurname1(c) && (k == 0 || ms[k-1].End <= ws)
}

// koreanRegion reports whether w is a Korean province or city of the
// gazetteer.
func (r *Recognizer) koreanRegion(w string) bool {
	end, vals, ok := r.gaz.LongestAt(w, 0)
	if !ok || end != len(w) {
		return false
	}
	for _, v := range vals {
		if k := v.entry.Attr("kind"); k == "sido" || k == "sigungu" {
			return true
		}
	}
	return false
}

// teamAfter reports whether the country ending at i is a national team
// on the pitch: before a goal or a player's position (브라질 골대, 알제리
// 수비수) or as the opponent of a match (가나와의 평가전).
func (r *Recognizer) teamAfter(text string, i int) bool {
	rest := text[i:]
	for _, w := range r.ctx.teamWords {
		if rest == "" || rest[0] != ' ' {
			break // every team word is written apart (" "+word)
		}
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	for _, p := range []string{"와의 ", "과의 "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			for _, g := range r.ctx.matchWords {
				if strings.HasPrefix(after, g) {
					return true
				}
			}
		}
	}
	return false
}

// actOf reports whether the country ending at i is followed by 의 and a
// noun of a state's act (org/country_context.txt), maybe after 추가
// (북한의 추가도발).
func (r *Recognizer) actOf(text string, i int) bool {
	rest, ok := strings.CutPrefix(text[i:], "의 ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "추가")
	for _, a := range r.ctx.stateActs {
		if strings.HasPrefix(rest, a) {
			return true
		}
	}
	return false
}

// pairedStates reports whether ms[k] is a country paired with another as
// the two sides of a relation (한국과 프랑스 양국, 일본과 중국 간, 이란과
// 이라크의 갈등): both are the states.
func (r *Recognizer) pairedStates(text string, ms []ner.Mention, k int) bool {
	second := func(j int) bool { // ms[j], the second country, and the relation after it
		if j >= len(ms) || !r.countries.has(ms[j].Key) {
			return false
		}
		rest := text[ms[j].End:]
		for _, w := range []string{" 양국", " 간", "간", "의 대립", "의 갈등", "의 관계", "의 협상", "의 회담", "의 분쟁"} {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		return false
	}
	m := &ms[k]
	for _, p := range []string{"과 ", "와 "} {
		if strings.HasPrefix(text[m.End:], p) && k+1 < len(ms) && ms[k+1].Start == m.End+len(p) {
			return second(k + 1)
		}
	}
	// the second of the pair
	if k > 0 && r.countries.has(ms[k-1].Key) {
		gap := text[ms[k-1].End:m.Start]
		if (gap == "과 " || gap == "와 ") && second(k) {
			return true
		}
	}
	return false
}

// actsAfter reports whether the name ending at i is the subject of its
// clause or a side in talks: a subject particle (이, 가, 은, 는) ends its
// word, or 측 follows (북한 측, 한국측과).
func actsAfter(text string, i int) bool {
	rest := text[i:]
	rest = strings.TrimPrefix(rest, " 측")
	if len(rest) < len(text[i:]) {
		return true
	}
	if strings.HasPrefix(rest, "측") {
		return true
	}
	for _, p := range []string{"이", "가", "은", "는"} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			return after == "" || !isWordByte(after)
		}
	}
	return false
}

// executiveAfter reports whether the name ending at i is followed by the
// title of the company's head (트위터 CEO, 페이스북 창업자).
func executiveAfter(text string, i int) bool {
	rest := strings.TrimPrefix(text[i:], " ")
	for _, t := range []string{"CEO", "최고경영자", "창업자", "대표", "본사", "코리아"} {
		if strings.HasPrefix(rest, t) {
			return true
		}
	}
	return false
}

// isWordByte reports whether s starts with a letter or digit (the word
// goes on: 중국인, 이란 is no 이 particle).
func isWordByte(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return lex.IsWordRune(c)
}

// isPlatform reports whether a gazetteer organisation is a platform or
// channel where people post (posts=1: 유튜브, 페이스북).
func (r *Recognizer) isPlatform(m *ner.Mention) bool {
	// the platforms are in media_more.tsv, some also in companies.tsv
	if !strings.HasSuffix(m.Rule, "/media_more.tsv") && !strings.HasSuffix(m.Rule, "/companies.tsv") {
		return false
	}
	end, vals, ok := r.gaz.LongestAt(m.Text, 0)
	if !ok || end != len(m.Text) {
		return false
	}
	for _, v := range vals {
		if v.entry.Attr("posts") == "1" {
			return true
		}
	}
	return false
}
