package named

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// stateOrgans are the words that, right after a country or city, name
// one of its bodies: 미국 의회, 일본 최고재판소, 북한 보위부, 미얀마 군부,
// 호주 해군, 한국 대표팀. A word equal to one, or longer and ending in one
// (국가안보국, 지질조사국), is the organ; 당국 may also stand apart after a
// word (민방위 당국).
var stateOrgans = []string{
	"의회", "하원", "상원", "군부", "해군", "육군", "공군", "경찰", "경찰국", "정부군", "대표팀",
	"정권", "내각", "왕실", "당국", "대법원", "최고재판소", "고등법원", "헌법재판소", "보안국",
	"정보국", "안보국", "조사국", "우주국", "국무부", "국방부", "재무부", "법무부", "상무부",
	"외무부", "외교부", "보위부", "총국", "과도정부", "망명정부", "대사관", "총영사관", "영사관",
}

// subUnits end the name of a part of an organisation written after it:
// a committee of a legislature (국회 정보위원회, 하원 내무위원회), an office
// (국회 예산정책처), a newsroom or a union of a broadcaster (방송사
// 보도국, 기자협회), a branch court (지법 평택지원).
var subUnits = []string{"위원회", "특위", "정책처", "보도국", "편집국", "기자협회", "노조", "지부", "지원", "지청", "지구대", "파출소"}

// divisionRe matches a division of a court or a prosecutors' office:
// 형사합의21부, 민사3부, 가사4부, 제2형사단독, 형사5단독, 3부, 강력부.
var divisionRe = regexp.MustCompile(`^(제?[0-9]+)?(형사|민사|가사|행정|특허|강력|특수|공안|반부패)?(합의)?([0-9]+)?(부|단독)$`)

// isDivision reports whether w names a court or prosecution division.
func isDivision(w string) bool {
	if w == "전원합의체" {
		return true
	}
	if utf8.RuneCountInString(w) < 2 || !strings.HasSuffix(w, "부") && !strings.HasSuffix(w, "단독") {
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
	c, _ := utf8.DecodeLastRuneInString(w)
	return ix[c]
}

var stateOrganIx, subUnitIx = indexByLast(stateOrgans), indexByLast(subUnits)

// isStateOrgan reports whether w names a body of the country before it.
func isStateOrgan(w string) bool {
	for _, o := range stateOrganIx.of(w) {
		if w == o || strings.HasSuffix(w, o) && utf8.RuneCountInString(w) > utf8.RuneCountInString(o) && utf8.RuneCountInString(w) <= 7 {
			return true
		}
	}
	return false
}

// newsroomUnits name a part of a broadcaster or a newspaper on their own
// (MBC 보도국, KBS 기자협회).
var newsroomUnits = []string{"보도국", "편집국", "기자협회", "노조"}

// isSubUnit reports whether w names a part of the organisation before it.
func isSubUnit(w string) bool {
	if isDivision(w) {
		return true
	}
	for _, u := range newsroomUnits {
		if w == u {
			return true
		}
	}
	for _, u := range subUnitIx.of(w) {
		if strings.HasSuffix(w, u) && len(w) > len(u) {
			return true
		}
	}
	return false
}

// unitAfter looks at the word after m (and 연방 before it, when fed is
// set) and, when accept says it names a body of m, returns where that word
// ends (before its particle) and how many of the mentions of rest (those
// after m) it covers; those must be organisations that end within it.
func (r *Recognizer) unitAfter(d *doc, m ner.Mention, rest []ner.Mention, fed bool, accept func(string) bool) (int, int, bool) {
	text := d.text
	if m.End+1 >= len(text) || text[m.End] != ' ' {
		return 0, 0, false
	}
	s := m.End + 1
	if fed && strings.HasPrefix(text[s:], "연방 ") {
		s += len("연방 ")
	}
	we := d.wordEnd(s)
	if we == s {
		return 0, 0, false
	}
	e := d.trimEnd(s, we, 1)
	if !accept(text[s:e]) {
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

// orgChain is the organisation text[s:e] made of several words.
func orgChain(text string, s, e int) ner.Mention {
	name := text[s:e]
	return ner.Mention{Start: s, End: e, Label: ner.ORG, Text: name, Name: name, Key: "ORG:" + name,
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
