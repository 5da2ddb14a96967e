package named

import (
	"math/bits"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/internal/testcorpus"
	"github.com/kpolicy/kpolicy/ner/lex"
	"github.com/kpolicy/kpolicy/rules"
)

// The stages below test each word's last runes before any look-up
// (endFilter, the last-rune sets); the oracles are the stages as they
// were, looking every word up.

// orgPatternsSlow is orgPatterns walking the suffix trie from every end
// of every word.
func (r *Recognizer) orgPatternsSlow(d *doc, known []ner.Mention) []ner.Mention {
	text := d.text
	var out []ner.Mention
	type cand struct {
		s, e int
		suf  suffix
	}
	var cands []cand
	for k := range d.words {
		w := &d.words[k]
		cands = cands[:0]
		for m := w.pmask | 1; m != 0; m &= m - 1 {
			end := w.e - bits.TrailingZeros64(m)
			if end <= w.s {
				break
			}
			r.sufRev.EachKeyBefore(text, end, w.s, func(start int, vals []suffix) bool {
				if c, _ := lex.Decode(text, start); lex.IsHangul(c) {
					cands = append(cands, cand{start, end, vals[0]})
				}
				return true
			})
		}
		slices.SortFunc(cands, func(a, b cand) int {
			if a.s != b.s {
				return a.s - b.s
			}
			return b.e - a.e
		})
		next := w.s
		for _, c := range cands {
			if c.s < next {
				continue
			}
			if start, ok := r.orgStart(d, c.s, c.suf, known); ok {
				out = append(out, ner.Mention{Start: start, End: c.e, Label: ner.ORG, Text: text[start:c.e],
					Name: text[start:c.e], Rule: c.suf.rule, Priority: 1})
				next = c.e
			}
		}
	}
	return out
}

// placeWordsSlow is placeWords trying every word of Hangul.
func (r *Recognizer) placeWordsSlow(d *doc, known []ner.Mention) []ner.Mention {
	var out []ner.Mention
	for k := range d.words {
		if wd := &d.words[k]; lex.IsHangul(wd.c) {
			out = r.placeWordAt(d, wd, known, out)
		}
	}
	return out
}

// placeExtrasSlow is placeExtras trying every word of Hangul.
func (r *Recognizer) placeExtrasSlow(d *doc, ms []ner.Mention) []ner.Mention {
	out := r.capitalCities(d, ms, r.hanjaPlaces(d, ms, nil))
	for k := range d.words {
		w := &d.words[k]
		if w.c == '남' || w.c == '북' {
			out = r.seaPartAt(d, w, ms, out)
		}
		if !lex.IsHangul(w.c) {
			continue
		}
		out = r.placePrefixAt(d, w, ms, out)
		if k > 0 && r.ctx.venueHeadFirst.has(w.c) {
			out = r.foreignVenueAt(d, k, ms, out)
		}
	}
	return out
}

// strongSuffixSlow is strongSuffix counting the stem's runes.
func (r *Recognizer) strongSuffixSlow(w string, last rune) bool {
	for _, suf := range r.placeSuf[last] {
		if st, ok := strings.CutSuffix(w, suf.text); ok {
			if st != "" && utf8.RuneCountInString(st) < 2 && len(suf.text) <= 3 {
				continue
			}
			return (suf.kind == "strong" || suf.kind == "venue" || suf.kind == "loan") && utf8.RuneCountInString(st) >= 2
		}
	}
	return false
}

// headStartSlow is headStart decoding the last rune in every case.
func (r *Recognizer) headStartSlow(d *doc, w *word) int {
	text := d.text
	e := w.e
	if lex.IsHangul(w.lc) && !r.ctx.headIdx.bits.has(w.lc) {
		e = d.trimWord(w, w.s, 2)
		if e-w.s > 3 && text[e-3:e] == "들" {
			e -= 3
		}
		if e == w.e {
			return -1
		}
	}
	last, _ := lex.DecodeLast(text, e)
	k := r.ctx.headIdx.index(last)
	if k < 0 {
		return -1
	}
	for _, h := range r.ctx.headLists[k] {
		if s := e - len(h); s >= w.s+6 && text[s:e] == h {
			return s
		}
	}
	return -1
}

// placeChainsCopy is placeChains writing into the doc's other buffer.
func (r *Recognizer) placeChainsCopy(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	out := d.nextBuf(len(ms)) // ms is the other buffer, or none
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label != ner.PLACE || m.Rule == "country-pair" {
			out = append(out, m)
			continue
		}
		sub := false // the last element was a sub-place word
		for {
			if i+1 < len(ms) {
				nx := ms[i+1]
				if nx.Label == ner.PLACE && nx.Start == m.End+1 && text[m.End] == ' ' && nx.Rule != "country-pair" && nx.Rule != "place-venue" {
					name := m.Name + " " + nx.Name
					if strings.HasPrefix(nx.Name, m.Name+" ") {
						name = nx.Name // 제주특별자치도 서귀포시 already names its region
					} else if strings.Contains(nx.Name, " ") {
						name = m.Name + " " + nx.Text // 평안남도 강동: not 서울특별시 강동구
					}
					m = ner.Mention{Start: m.Start, End: nx.End, Label: ner.PLACE, Text: text[m.Start:nx.End],
						Name: name, Rule: "place-chain", Priority: 2}
					m.Key = "PLACE:" + m.Name
					i++
					sub = nx.Rule == "place-word" // 화서역 (광장)
					continue
				}
			}
			e, ok := r.subPlace(d, m.End, sub, ms, i+1, m.Key, ms[i].Key)
			if !ok {
				break
			}
			m = ner.Mention{Start: m.Start, End: e, Label: ner.PLACE, Text: text[m.Start:e],
				Name: m.Name + text[m.End:e], Rule: "place-chain", Priority: 2}
			m.Key = "PLACE:" + m.Name
			sub = true
		}
		if e := addressEnd(d, &m); e > m.End && (i+1 >= len(ms) || ms[i+1].Start >= e) {
			m = ner.Mention{Start: m.Start, End: e, Label: ner.PLACE, Text: text[m.Start:e],
				Name: m.Name + text[m.End:e], Rule: "place-chain", Priority: 2}
			m.Key = "PLACE:" + m.Name
		}
		out = append(out, m)
	}
	d.setBuf(out)
	return out
}

// orgChainsCopy is orgChains writing into the doc's other buffer.
func (r *Recognizer) orgChainsCopy(d *doc, ms []ner.Mention) []ner.Mention {
	text := d.text
	out := d.nextBuf(len(ms)) // ms is the other buffer, or none
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Label == ner.PLACE && m.Rule != "country-pair" && i+1 < len(ms) && m.End < len(text) && text[m.End] == ' ' {
			nx := ms[i+1]
			gap := text[m.End:nx.Start]
			if nx.Label == ner.ORG && (gap == " " || gap == " 연방 ") && (strings.HasSuffix(nx.Rule, "/generic_orgs.tsv") || localOffice(nx.Text)) {
				if _, ok := d.endsWord(m.End); ok {
					m = orgChain(d, m.Start, nx.End)
					i++
				}
			}
		}
		if m.Label == ner.PLACE && m.Rule != "country-pair" && i+1 < len(ms) {
			if o, ok := r.placeInName(d, &m, &ms[i+1]); ok {
				m = o // 한국 교통대
				i++
			}
		}
		if m.Label == ner.PLACE && m.Rule != "country-pair" {
			// 미국 연방 하원, 북한 보위부, 미얀마 군부
			if e, n, ok := r.unitAfterSlow(d, m.End, ms[i+1:], true, r.isStateOrgan); ok {
				m = orgChain(d, m.Start, e)
				i += n
			}
		}
		for m.Label == ner.ORG {
			// 국회 정보위원회, 서울중앙지법 형사합의21부, 방송사 보도국
			// branch courts and offices (지원, 지청) belong to a court, a
			// prosecutors' office or a ministry (고용노동부 창원지청)
			name := m.Text
			e, n, ok := r.unitAfterSlow(d, m.End, ms[i+1:], false, func(w string) bool {
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
			m = orgChain(d, m.Start, e)
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
				out = append(out, ner.Mention{Start: m.Start, End: e, Label: ner.ORG, Text: name,
					Name: name, Key: "ORG:" + name, Rule: "org-chain", Priority: 2})
				continue
			}
		}
		if m.Label == ner.ORG {
			if be := r.buildingEnd(d, m.End); be > 0 && (i+1 >= len(ms) || ms[i+1].Start >= be) {
				start := m.Start
				if p := len(out) - 1; p >= 0 && out[p].Label == ner.PLACE && out[p].End+1 == start && text[out[p].End] == ' ' && d.endsWordOK(out[p].End) {
					start, out = out[p].Start, out[:p]
				}
				m = orgBuilding(d, start, be) // 대구지검 청사
			}
		}
		out = append(out, m)
	}
	d.setBuf(out)
	return out
}

// checkChainsInPlace compares placeChains and orgChains, which work in
// place, with the versions that copy, on the mentions Find gives them.
func checkChainsInPlace(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	in := stageInputs(r, text)
	defer in.d.free()
	want := slices.Clone(r.placeChainsCopy(in.d, slices.Clone(in.chains)))
	if got := r.placeChains(in.d, slices.Clone(in.chains)); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("placeChains(%q) = %+v; want %+v", text, got, want)
	}
	want = slices.Clone(r.orgChainsCopy(in.d, slices.Clone(in.orgs)))
	if got := r.orgChains(in.d, slices.Clone(in.orgs)); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("orgChains(%q) = %+v; want %+v", text, got, want)
	}
}

// checkOrgPlaceFast compares the stages with their oracles on text.
func checkOrgPlaceFast(t *testing.T, r *Recognizer, text string) {
	t.Helper()
	d := r.newDoc(text)
	defer d.free()
	known := slices.Clone(r.gazetteer(d))
	if got, want := slices.Clone(r.orgPatterns(d, known)), r.orgPatternsSlow(d, known); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("orgPatterns(%q) = %+v; want %+v", text, got, want)
	}
	// again, the words' classes known
	if got, want := slices.Clone(r.orgPatterns(d, known)), r.orgPatternsSlow(d, known); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("orgPatterns(%q), classes known = %+v; want %+v", text, got, want)
	}
	if got, want := slices.Clone(r.placeWords(d, known)), r.placeWordsSlow(d, known); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("placeWords(%q) = %+v; want %+v", text, got, want)
	}
	if got, want := slices.Clone(r.placeExtras(d, known)), r.placeExtrasSlow(d, known); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
		t.Fatalf("placeExtras(%q) = %+v; want %+v", text, got, want)
	}
	for k := range d.words {
		w := &d.words[k]
		if lex.IsHangul(w.c) && w.nr >= 3 {
			if got, want := r.headStart(d, w), r.headStartSlow(d, w); got != want {
				t.Fatalf("headStart(%q) = %d; want %d", text[w.s:w.e], got, want)
			}
		}
		for e := w.e; e > w.s; {
			last, n := utf8.DecodeLastRuneInString(text[:e])
			if got, want := r.strongSuffix(text[w.s:e], last), r.strongSuffixSlow(text[w.s:e], last); got != want {
				t.Fatalf("strongSuffix(%q) = %v; want %v", text[w.s:e], got, want)
			}
			// a suffix of the list ends at e only when the filter says it may
			for _, f := range []struct {
				ends *endFilter
				list []string
			}{{&r.ctx.orgEnds, orgSuffixList}, {&r.ctx.strongEnds, strongSuffixList}} {
				may := f.ends.last.has(last) && f.ends.mayEnd(text, w, e, last)
				if f.ends == &r.ctx.orgEnds {
					for _, s := range regionOnlySuffixes {
						if stem, ok := strings.CutSuffix(text[w.s:e], s); ok && r.regionForms.has(stem) && !may {
							t.Fatalf("filter says no suffix ends %q; %q does after a region", text[w.s:e], s)
						}
					}
				}
				for _, s := range f.list {
					if strings.HasSuffix(text[w.s:e], s) && !may {
						t.Fatalf("filter says no suffix ends %q; %q does", text[w.s:e], s)
					}
				}
			}
			e -= n
		}
	}
}

// the organisation suffixes and the strong place suffixes of the rules
var orgSuffixList, strongSuffixList, regionOnlySuffixes []string

// orgPlaceFragments make up the fuzzed texts: suffixes, heads, particles,
// stems, country names and separators.
func orgPlaceFragments(r *Recognizer) []string {
	fr := []string{" ", " ", ", ", ". ", "\n", "(", ")", "·", "들", "A", "K", "3", "가", "나", "한", "국", "서울", "부산", "미국",
		"중국", "일본", "프라운호퍼", "스탠퍼드", "한국", "개발", "경제", "사회", "활동", "지역", "시민", "대표팀", "팀", "산", "생산", "청사", "역"}
	fr = append(fr, orgSuffixList...)
	fr = append(fr, regionOnlySuffixes...)
	fr = append(fr, strongSuffixList...)
	fr = append(fr, r.ctx.compoundHeads...)
	return append(fr, "은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로", "와", "과", "도", "측", "들의")
}

func orgPlaceRecognizer(t testing.TB) *Recognizer {
	r := recognizer(t)
	if orgSuffixList == nil {
		p, err := rules.Default()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range p.List("suffixes") {
			if regionBoundKind(w.Kind) && utf8.RuneCountInString(w.Text) == 1 {
				// the filter lets it through after a region's form alone
				regionOnlySuffixes = append(regionOnlySuffixes, w.Text)
				continue
			}
			orgSuffixList = append(orgSuffixList, w.Text)
		}
		for _, w := range p.List("place_suffixes") {
			if w.Kind == "strong" || w.Kind == "venue" || w.Kind == "loan" {
				strongSuffixList = append(strongSuffixList, w.Text)
			}
		}
	}
	return r
}

func TestOrgPlaceFastNews(t *testing.T) {
	r := orgPlaceRecognizer(t)
	texts := append(newsTexts(t), testcorpus.KLUE()...)
	texts = append(texts, "퍼듀대학교와 독일 프라운호퍼 연구소는 김포공항, 서울역에서 A연구원을 만났다. 한국팀은 시민들의")
	for _, text := range texts {
		checkOrgPlaceFast(t, r, text)
		checkChainsInPlace(t, r, text)
	}
}

func FuzzOrgPlaceFast(f *testing.F) {
	r := orgPlaceRecognizer(f)
	fr := orgPlaceFragments(r)
	f.Add([]byte{1, 30, 40, 0, 50, 60, 2, 70})
	f.Add([]byte("fragments of a text"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteString(fr[int(c)%len(fr)])
		}
		checkOrgPlaceFast(t, r, sb.String())
		checkChainsInPlace(t, r, sb.String())
	})
}

func TestLastRuneOf(t *testing.T) {
	for _, s := range []string{"", "a", "한국 AI 3%·지원", "깨진\xffbyte\xed\xa0\x80끝", "\xe2\x82", "\xe0AB", "㈜𝄞\xf0\x9f", "가\xea\xb0"} {
		for i := 0; i <= len(s); i++ {
			if got, want := lastRuneOf(s[:i]), lastRuneSlow(s[:i]); got != want {
				t.Errorf("lastRuneOf(%q) = %q; want %q", s[:i], got, want)
			}
		}
	}
}

func lastRuneSlow(s string) rune {
	c, _ := utf8.DecodeLastRuneInString(s)
	return c
}

// syllablesOrDigitsSlow is syllablesOrDigits decoding each rune.
func syllablesOrDigitsSlow(w string) bool {
	for _, c := range w {
		if !lex.IsHangul(c) && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func FuzzSyllablesOrDigits(f *testing.F) {
	for _, s := range []string{"", "영동1교", "서울역", "A역", "깨진\xea\xb0", "\xed\x9e\xa3", "\xed\x9e\xa4", "힣0", "가\xff", "ㄱ", "·"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := syllablesOrDigits(w), syllablesOrDigitsSlow(w); got != want {
			t.Fatalf("syllablesOrDigits(%q) = %v; want %v", w, got, want)
		}
	})
}
