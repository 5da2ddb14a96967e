package date

import (
	"regexp"
	"testing"
	"time"
)

// isoValue is what a DATE value may look like: a year, quarter, month or
// day of the four-digit years ISO 8601 writes without agreement between
// the parties (0000-9999), never a cut string such as "1000" for 10001 or
// "-000" for -1.
var isoValue = regexp.MustCompile(`^\d{4}(-Q[1-4]|-\d{2}|-\d{2}-\d{2})?$`)

// TestValuesAtTheEdgesOfTheCalendar resolves relative dates against
// reference dates at the ends of years 0 and 9999 (a record's published
// field may hold anything that parses): each value is a well-formed date
// or absent, never garbage.
func TestValuesAtTheEdgesOfTheCalendar(t *testing.T) {
	text := "내년 1월 4일과 다음 달, 내후년, 이듬해 상반기, 다음 주, 내일, 지난해 4일과 지난달, 작년 상반기, 지난주, 어제, 3분기, 오는 9월, 올해, 연말, 다음 해 1분기에 예산을 편성한다."
	refs := []time.Time{
		time.Date(9999, 12, 31, 0, 0, 0, 0, kst),
		time.Date(9999, 6, 1, 0, 0, 0, 0, kst),
		time.Date(0, 1, 1, 0, 0, 0, 0, kst),
		time.Date(1, 1, 1, 0, 0, 0, 0, kst),
		time.Date(2025, 9, 4, 0, 0, 0, 0, kst),
	}
	for _, ref := range refs {
		resolved := 0
		for _, m := range Scan(text, ref) {
			if m.Value == nil || m.Label != "DATE" {
				continue
			}
			v := m.Value
			for _, s := range []string{v.Date, v.From, v.To} {
				if s != "" && !isoValue.MatchString(s) {
					t.Errorf("ref %s: %q resolved to %q (date %q, from %q, to %q)", ref.Format("2006-01-02"), m.Text, s, v.Date, v.From, v.To)
				}
			}
			if v.Date != "" || v.From != "" {
				resolved++
			}
		}
		if ref.Year() == 2025 && resolved < 10 {
			t.Errorf("ref %s: only %d dates resolved", ref.Format("2006-01-02"), resolved)
		}
	}
}
