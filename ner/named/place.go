package named

import (
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/lex"
)

// countryPairs finds one-syllable country abbreviations joined by a middle
// dot (한·미, 한·미·일, 미·중 간): each syllable is a PLACE mention.
func (r *Recognizer) countryPairs(text string) []ner.Mention {
	var out []ner.Mention
	for i := strings.Index(text, "·"); i >= 0; {
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
		// collect syllable·syllable·... from s
		var run []ner.Mention
		j := s
		for j < len(text) {
			c, n := utf8.DecodeRuneInString(text[j:])
			name, ok := r.abbr[c]
			if !ok {
				break
			}
			run = append(run, ner.Mention{Start: j, End: j + n, Label: ner.PLACE, Text: text[j : j+n],
				Key: "PLACE:" + name, Name: name, Rule: "country-pair", Priority: 1})
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
		if len(run) >= 2 && lex.WordStart(text, s) {
			if _, ok := r.particles.EndsWord(text, last); ok || strings.HasPrefix(text[last:], " ") {
				out = append(out, run...)
			}
		}
		next := strings.Index(text[max(last, i+len("·")):], "·")
		if next < 0 {
			break
		}
		i = max(last, i+len("·")) + next
	}
	return out
}

// placeChains merges a region followed by its sub-region (제주도 서귀포시,
// 서울 강남구) into one PLACE mention.
func (r *Recognizer) placeChains(text string, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		for i+1 < len(ms) {
			nx := ms[i+1]
			if m.Label != ner.PLACE || nx.Label != ner.PLACE || nx.Start != m.End+1 || text[m.End] != ' ' || nx.Rule == "country-pair" || m.Rule == "country-pair" {
				break
			}
			name := m.Name + " " + nx.Name
			if strings.HasPrefix(nx.Name, m.Name+" ") {
				name = nx.Name // 제주특별자치도 서귀포시 already names its region
			}
			m = ner.Mention{Start: m.Start, End: nx.End, Label: ner.PLACE, Text: text[m.Start:nx.End],
				Name: name, Rule: "place-chain", Priority: 2}
			m.Key = "PLACE:" + m.Name
			i++
		}
		out = append(out, m)
	}
	return out
}

// venues finds the name of a venue: the words between a region and 에서
// (서귀포시 그랜드조선 제주에서 → 그랜드조선 제주), or a word ending in a
// venue word (롯데호텔, 벡스코 컨벤션홀) right after a region.
func (r *Recognizer) venues(text string, ms []ner.Mention) []ner.Mention {
	var out []ner.Mention
	for _, m := range ms {
		if m.Label != ner.PLACE || m.End >= len(text) || text[m.End] != ' ' {
			continue
		}
		if _, ok := r.particles.EndsWord(text, m.End); !ok {
			continue
		}
		// up to three words after the region
		s := m.End + 1
		j := s
		for k := 0; k < 3 && j < len(text); k++ {
			we := lex.WordEnd(text, j)
			if we == j {
				break
			}
			word := text[j:we]
			if base, ok := strings.CutSuffix(word, "에서"); ok && base != "" {
				if e := j + len(base); r.venueOK(text, s, e, ms) {
					out = append(out, r.venue(text, s, e))
				}
				break
			}
			if r.venueStop[word] || !isBareNoun(word) {
				break
			}
			if vs := r.venueSuffixEnd(text, j, we); vs > 0 {
				if _, ok := r.particles.EndsWord(text, vs); ok && r.venueOK(text, s, vs, ms) {
					out = append(out, r.venue(text, s, vs))
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

func (r *Recognizer) venue(text string, s, e int) ner.Mention {
	return ner.Mention{Start: s, End: e, Label: ner.PLACE, Text: text[s:e], Key: "PLACE:" + text[s:e],
		Name: text[s:e], Rule: "venue", Priority: 1}
}

// venueSuffixEnd returns the end of a venue word in [j,we) (롯데호텔), or 0.
func (r *Recognizer) venueSuffixEnd(text string, j, we int) int {
	for k := j; k < we; {
		_, n := utf8.DecodeRuneInString(text[k:])
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
func (r *Recognizer) venueOK(text string, s, e int, ms []ner.Mention) bool {
	v := text[s:e]
	if v == "" || r.venueStop[v] || utf8.RuneCountInString(v) < 2 {
		return false
	}
	for _, w := range strings.Fields(v) {
		if r.venueStop[w] || r.notNames[w] {
			return false
		}
	}
	if m, ok := ner.StartingAt(ms, s); ok && m.End == e && m.Label == ner.ORG {
		return false
	}
	return true
}

// isBareNoun reports whether a word carries no obvious particle or verb
// ending, so it can be part of a name.
func isBareNoun(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return !strings.ContainsRune("은는을를의와과에로고며다서", last)
}

// orgChains merges a country or region written before a generic body
// (중국 정부, 미국 연방 검찰) or a local office named after its district
// (서울 강남경찰서) into one organisation, as KLUE-NER marks them. Other
// organisations after a place stay apart (호주 포테스큐 그룹).
func (r *Recognizer) orgChains(text string, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label == ner.PLACE && m.Rule != "country-pair" && i+1 < len(ms) && m.End < len(text) && text[m.End] == ' ' {
			nx := ms[i+1]
			gap := text[m.End:nx.Start]
			if nx.Label == ner.ORG && (gap == " " || gap == " 연방 ") && (strings.HasSuffix(nx.Rule, "/generic_orgs.tsv") || localOffice(nx.Text)) {
				if _, ok := r.particles.EndsWord(text, m.End); ok {
					name := text[m.Start:nx.End]
					out = append(out, ner.Mention{Start: m.Start, End: nx.End, Label: ner.ORG, Text: name,
						Name: name, Key: "ORG:" + name, Rule: "org-chain", Priority: 2})
					i++
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// localOffice reports whether an organisation's name is one word ending in
// the name of a local office (강남경찰서, 평택지원, 성남소방서).
func localOffice(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for _, suf := range []string{"경찰서", "소방서", "지방법원", "지법", "지검", "지방검찰청", "지원", "지청", "교육청", "세무서", "구청", "시청", "군청"} {
		if strings.HasSuffix(name, suf) && len(name) > len(suf) {
			return true
		}
	}
	return false
}
