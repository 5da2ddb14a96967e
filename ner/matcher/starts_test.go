package matcher

import (
	"strings"
	"testing"

	"github.com/dlclark/regexp2"

	"github.com/kpolicy/kpolicy/rules"
)

// noTimeouts lifts the match timeout of m's regexes, for the tests that
// compare two ways of matching: regexp2 reads the time from a clock that
// a goroutine sets every 100 ms, and on a machine starved of CPU it may
// report a timeout for a match of microseconds, on one side only.
func noTimeouts(m *Matcher) {
	for k := range m.pats {
		m.pats[k].re.MatchTimeout = regexp2.DefaultMatchTimeout
		if st := m.pats[k].starts; st != nil {
			st.at.MatchTimeout = regexp2.DefaultMatchTimeout
		}
	}
}

// startPatterns exercise what the reading of a regex for starts meets:
// literal prefixes, lookarounds, ^ and $, \b, lazy and nullable parts,
// negated classes, and the regexes it leaves to the scan of the window
// (case-insensitive, back-references, \G, '#').
var startPatterns = []rules.Pattern{
	{ID: "space", Label: "ORG", Anchors: []string{"재단"}, Regex: `[가-힣 ]+재단`, Before: 12},
	{ID: "literal", Label: "ORG", Anchors: []string{"(주)"}, Regex: `\(주\)(?<name>[가-힣]{2,8})`, After: 12},
	{ID: "role", Label: "PERSON", Anchors: []string{"모씨"}, Regex: `(?<name>[가-힣]모)(?<role>씨)`, Role: "씨"},
	{ID: "behind", Label: "ORG", Anchors: []string{"㈜"}, Regex: `(?<=\s|^)(?<name>\w+?)㈜`},
	{ID: "bol", Label: "ORG", Anchors: []string{"재단"}, Regex: `^.{0,5}재단`},
	{ID: "bound", Label: "ORG", Anchors: []string{"A"}, Regex: `\bA[0-9]*\b`},
	{ID: "nullable", Label: "ORG", Anchors: []string{"가"}, Regex: `가?나?`},
	{ID: "negated", Label: "ORG", Anchors: []string{"나"}, Regex: `[^ ]{1,3}나(?= |$)`},
	{ID: "optional", Label: "ORG", Anchors: []string{"(주)", "㈜"}, Regex: `(?:(?<name>[가-힣]+) ?)?(?:\(주\)|㈜)`},
	{ID: "lazy", Label: "ORG", Anchors: []string{"&"}, Regex: `[A-Za-z0-9]+?&[A-Za-z]*?(?![a-z])`},
	{ID: "never", Label: "ORG", Anchors: []string{"&", "나"}, Regex: `[가-힣]{2}`},
	{ID: "ci", Label: "ORG", Anchors: []string{"b"}, Regex: `(?i)B+A?`},
	{ID: "backref", Label: "ORG", Anchors: []string{"가"}, Regex: `(?<name>[가-힣])\k<name>`},
	{ID: "start", Label: "ORG", Anchors: []string{"나"}, Regex: `\G?나`},
	{ID: "comment", Label: "ORG", Anchors: []string{"0"}, Regex: `[0#]+`},
}

func startMatcher(t testing.TB) *Matcher {
	m, err := New(startPatterns)
	if err != nil {
		t.Fatal(err)
	}
	noTimeouts(m)
	return m
}

func TestStartsRead(t *testing.T) {
	m := startMatcher(t)
	left := map[string]bool{"ci": true, "backref": true, "start": true, "comment": true}
	for _, c := range m.pats {
		if got := c.starts == nil; got != left[c.p.ID] {
			t.Errorf("%s: starts nil %v; want %v", c.p.ID, got, left[c.p.ID])
		}
	}
	// the fuzz targets go through both tests for anchors at an offset
	if m.few != nil || defaultMatcher(t).few == nil {
		t.Errorf("few: %q for the made-up patterns, %q for the rules'", m.few, defaultMatcher(t).few)
	}
	for _, c := range defaultMatcher(t).pats {
		if c.starts == nil || c.starts.first == nil {
			t.Errorf("%s: the rules' patterns should be read: %+v", c.p.ID, c.starts)
		}
	}
}

// startPieces are the pieces FuzzStarts builds texts of: the anchors,
// what the patterns consume, what they do not, and bytes of no UTF-8.
var startPieces = []string{"(주)", "㈜", "재단", "모씨", "가", "나", "박", "A", "b", "B", "0", "&", " ", " ", "\n", ".", ",", "\xbc", "\xec\xa3", "𝄞", "#"}

func piecesText(data []byte) string {
	var b strings.Builder
	for _, c := range data {
		b.WriteString(startPieces[int(c)%len(startPieces)])
	}
	return b.String()
}

func FuzzStarts(f *testing.F) {
	m := startMatcher(f)
	f.Add([]byte{4, 4, 0, 5, 5, 12, 9, 10, 1, 12, 2})
	f.Add([]byte{6, 3, 12, 7, 10, 9, 11, 7, 12, 5, 5, 15, 4, 5, 2, 2, 14, 5, 5})
	f.Add([]byte{7, 0, 13, 1, 17, 8, 19, 16, 4, 0, 1, 20, 10})
	f.Fuzz(func(t *testing.T, data []byte) { checkFindFast(t, m, piecesText(data)) })
}

func FuzzStartsRules(f *testing.F) {
	m := defaultMatcher(f)
	f.Add([]byte{4, 4, 0, 5, 5, 12, 9, 10, 1, 12, 2})
	f.Add([]byte{7, 0, 13, 1, 17, 8, 19, 16, 4, 0, 1, 20, 10, 6, 0, 12, 1, 7})
	f.Fuzz(func(t *testing.T, data []byte) { checkFindFast(t, m, piecesText(data)) })
}
