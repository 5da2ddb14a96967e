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
			if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0) || math.Abs(*p) >= 1<<64) {
				t.Fatalf("%q: mention %q: value %v", text, m.Text, *p)
			}
		}
		if v.Min != nil && v.Max != nil && !(*v.Min < *v.Max) {
			t.Fatalf("%q: mention %q: range %v..%v", text, m.Text, *v.Min, *v.Max)
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
		"미화 10억 달러", "미화 2~3억 달러", "２조１９５５억원", "３．５％", "천 2백만 달러", "삼만 오천 원",
		"64달러 45센트", "저상버스 300대 도입", "두곳에서", "계좌에 1억", "1억 2천 5백만 호주 달러",
		"１８４４６７４４０７３７０９５５１６１６원", "9경 9999조 9999억 9999만 9999원",
		"억 원", "일 달러", "이 사업", "한 명", "열 곳", "세 사람", "억 2천만 달러", "천 2백만 원", "여 명",
		"이번 달", "이달러", "사열", "만원권", "구파운드", "오른 값", "첫째", "제3회", "다섯 곳",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMentions(t, s, Scan(s))
		checkGate(t, s)
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

// bigUnitValue computes with math/big the value of a numeral made of
// plain digit groups and big units only (2조1955억, 18446744073709551615,
// 9경 9999조): the oracle that catches a silently wrapped value. ok is
// false for any other form.
func bigUnitValue(s string) (*big.Int, bool) {
	total := new(big.Int)
	last := 99
	for s != "" {
		j := 0
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == 0 || j > 1 && s[0] == '0' {
			return nil, false
		}
		d, _ := new(big.Int).SetString(s[:j], 10)
		s = s[j:]
		exp := 0
		if s != "" {
			r, sz := utf8.DecodeRuneInString(s)
			if exp = bigUnit(r); exp == 0 || exp >= last {
				return nil, false
			}
			last = exp
			s = strings.TrimPrefix(s[sz:], " ")
		}
		total.Add(total, d.Mul(d, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil)))
	}
	return total, true
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"2조1955억", "1조 2,345억", "이천칠백삼십오만", "열한", "1.5조", "3/4",
		"사분의삼", "일점이삼", "9007199254740993", "100000경", "0.000000000000000001",
		"18446744073709551615", "18446744073709551616", "1844경6744조737억955만1616", "9경 9999조 9999억 9999만 9999",
		"２조", "천 2백만"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if b, ok := bigUnitValue(strings.TrimSpace(s)); ok && err == nil {
			// the value, when one is given, is the exact one: never wrapped
			// around, never rounded
			bf := new(big.Float).SetInt(b)
			if bf.Cmp(new(big.Float).SetFloat64(v)) != 0 {
				t.Fatalf("%q: got %v; exact value %s", s, v, b)
			}
		}
		if err != nil {
			if v != 0 {
				t.Fatalf("%q: error %v with value %v", s, err, v)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("%q: value %v", s, v)
		}
		// ParseAmount reads a bare numeral the same way
		if a, err := ParseAmount(s); err != nil || a.Value != v || a.Currency != "" {
			t.Fatalf("%q: ParseNumber %v; ParseAmount %+v, %v", s, v, a, err)
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

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"2조1955억원", "미화 10억 달러", "US$ 3.5 billion", "약 3천억원", "2조~3조원",
		"5000원 이상", "1만원 미만", "２조원", "64달러 45센트", "9,007,199,254,740,993원", "100000경원",
		"1844경6744조737억955만1616원", "$ 99999999999 trillion"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			if a.Value != 0 || a.Min != nil || a.Max != nil || a.Currency != "" {
				t.Fatalf("%q: error %v with amount %+v", s, err, a)
			}
			return
		}
		for _, p := range []*float64{&a.Value, a.Min, a.Max} {
			if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0) || *p < 0 || *p >= 1<<64) {
				t.Fatalf("%q: amount %+v", s, a)
			}
		}
		if a.Min != nil && a.Max != nil && !(*a.Min < *a.Max) {
			t.Fatalf("%q: range %v..%v", s, *a.Min, *a.Max)
		}
		if (a.Min != nil || a.Max != nil) && a.Value != 0 {
			t.Fatalf("%q: both a value and bounds: %+v", s, a)
		}
	})
}
