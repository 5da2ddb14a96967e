package named

import (
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// TestLinkSurname checks that a person named by the surname and title
// takes the identity of the one person found by full name with them, and
// of none when two share the surname.
func TestLinkSurname(t *testing.T) {
	r := recognizer(t)
	find := func(text, surname string) *ner.Mention {
		for _, m := range r.Find(text, nil) {
			if m.Label == ner.PERSON && m.Text == surname {
				return &m
			}
		}
		t.Fatalf("%q: no person %q in %v", text, surname, r.Find(text, nil))
		return nil
	}
	one := "한빛시는 3일 공청회를 열었다. 최민호 장관은 인사말을 했다. 행사 뒤 최 장관은 현장을 둘러봤다."
	if m := find(one, "최"); m.Name != "최민호" || !strings.HasSuffix(m.Key, "최민호") {
		t.Errorf("%q: 최 is %q (key %q), want 최민호", one, m.Name, m.Key)
	}
	two := "최민호 장관과 최서준 장관이 만났다. 이어 최 장관은 현장을 둘러봤다."
	if m := find(two, "최"); m.Name == "최민호" || m.Name == "최서준" {
		t.Errorf("%q: 최 is %q, want no one of the two", two, m.Name)
	}
}
