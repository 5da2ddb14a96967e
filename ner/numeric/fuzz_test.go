package numeric

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner"
)

// checkMentions verifies the invariants of Scan's output: offsets in
// bounds and on rune boundaries, Text equal to the slice, sorted without
// overlaps, a value of the mention's kind.
func checkMentions(t *testing.T, text string, ms []ner.Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("%q: bad offsets %d:%d (prev end %d)", text, m.Start, m.End, prev)
		}
		if !boundary(text, m.Start) || !boundary(text, m.End) {
			t.Fatalf("%q: offsets %d:%d not on rune boundaries", text, m.Start, m.End)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("%q: Text %q != slice %q", text, m.Text, text[m.Start:m.End])
		}
		if m.Value == nil || m.Rule == "" {
			t.Fatalf("%q: mention %q without value or rule", text, m.Text)
		}
		v := m.Value
		if v.Num == nil && v.Min == nil && v.Max == nil {
			t.Fatalf("%q: mention %q without a number", text, m.Text)
		}
		for _, p := range []*float64{v.Num, v.Min, v.Max} {
			if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
				t.Fatalf("%q: mention %q: value %v", text, m.Text, *p)
			}
		}
		switch m.Label {
		case ner.MONEY:
			if v.Currency == "" {
				t.Fatalf("%q: money %q without currency", text, m.Text)
			}
		case ner.PERCENT, ner.QUANTITY:
			if v.Unit == "" {
				t.Fatalf("%q: %s %q without unit", text, m.Label, m.Text)
			}
		default:
			t.Fatalf("%q: label %s", text, m.Label)
		}
		prev = m.End
	}
}

// boundary reports whether i falls between two runes as Go decodes the
// text (an invalid byte is a rune of its own).
func boundary(text string, i int) bool {
	for j := 0; j < len(text); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, sz := utf8.DecodeRuneInString(text[j:])
		j += sz
	}
	return i == len(text)
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"중기부 예산 2조1955억원 편성", "약 3천억원가량", "2조~3조원", "2조에서 3조원으로", "5000원 이상",
		"전년 대비 12.3% 증가", "200여 개 기업", "4천300t", "세 차례", "US$ 3.5 billion", "₩1,000",
		"이달러이십삼센트", "02-1234-5678", "2025.09.04", "1955억 년", "25000 - 30000원", "-3.5%p",
		"9,999,999,999,999,999,999원", "1.5조 달러", "만원 이하", "이만오천원 - 삼만원", "1조 2,345억 원",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMentions(t, s, Scan(s))
	})
}

func plainDecimal(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || len(s) > 1 && s[0] == '0' && s[1] != '.' {
		return false
	}
	dots := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			dots++
		} else if !isDigit(s[i]) {
			return false
		}
	}
	return dots <= 1
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"2조1955억", "1조 2,345억", "이천칠백삼십오만", "열한", "1.5조", "3/4",
		"사분의삼", "일점이삼", "9007199254740993", "100000경", "0.000000000000000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil {
			if v != 0 {
				t.Fatalf("%q: error %v with value %v", s, err, v)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("%q: value %v", s, v)
		}
		// a plain decimal must agree with strconv, which rounds correctly;
		// an integer must be exact.
		if plainDecimal(s) {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil || f != v {
				t.Fatalf("%q: got %v; strconv says %v", s, v, f)
			}
			if !strings.Contains(s, ".") {
				if b, ok := new(big.Int).SetString(s, 10); !ok || !new(big.Float).SetFloat64(v).IsInt() ||
					func() bool { i, _ := new(big.Float).SetFloat64(v).Int(nil); return i.Cmp(b) != 0 }() {
					t.Fatalf("%q: %v is not exact", s, v)
				}
			}
		}
	})
}
