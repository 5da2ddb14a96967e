package numeric

import (
	"errors"
	"fmt"
	"testing"
)

func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		err  error
	}{
		{"2조1955억", 2195500000000, nil},
		{"1조 2,345억", 1234500000000, nil},
		{"3천억", 300000000000, nil},
		{"1.5조", 1500000000000, nil},
		{"16.8조", 16800000000000, nil},
		{"5만 8200", 58200, nil},
		{"4천300만", 43000000, nil},
		{"27,350,000", 27350000, nil},
		{"이천칠백삼십오만", 27350000, nil},
		{"7천 5백만", 75000000, nil},
		{"9만 4천", 94000, nil},
		{"4억 2천만", 420000000, nil},
		{"2만5천", 25000, nil},
		{"5조 1천732억", 5173200000000, nil},
		{"1억1400만", 114000000, nil},
		{"3.5억", 350000000, nil},
		{"0.25", 0.25, nil},
		{"1,384.5", 1384.5, nil},
		{"하나", 1, nil},
		{"열한", 11, nil},
		{"스물", 20, nil},
		{"서른다섯", 35, nil},
		{"아흔아홉", 99, nil},
		{"십하나", 11, nil},
		{"만", 10000, nil},
		{"일억이", 100000002, nil},
		{"일점이삼", 1.23, nil},
		{"영", 0, nil},
		{"3/4", 0.75, nil},
		{"사분의삼", 0.75, nil},
		{"  42 ", 42, nil},
		{"9007199254740992", 9007199254740992, nil},
		{"1경", 1e16, nil},
		// errors, never a wrong value
		{"9007199254740993", 0, ErrInexact},
		{"1/3", 0, ErrInexact},
		{"0.1234567890123456", 0, ErrInexact},
		{"100000경", 0, ErrOverflow},
		{"99999999999999999999", 0, ErrSyntax},
		{"", 0, ErrSyntax},
		{"일이삼", 0, ErrSyntax},
		{"3천5000", 0, ErrSyntax},
		{"2억 3조", 0, ErrSyntax},
		{"100억 3000", 0, ErrSyntax},
		{"1,23", 0, ErrSyntax},
		{"05", 0, ErrSyntax},
		{"abc", 0, ErrSyntax},
	} {
		got, err := ParseNumber(c.in)
		if !errors.Is(err, c.err) || got != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", c.in, got, err, c.want, c.err)
		}
	}
}

func ExampleParseNumber() {
	for _, s := range []string{"2조1955억", "1.5조", "이천칠백삼십오만", "서른다섯", "9007199254740993"} {
		v, err := ParseNumber(s)
		fmt.Printf("%s: %.0f %v\n", s, v, err)
	}
	// Output:
	// 2조1955억: 2195500000000 <nil>
	// 1.5조: 1500000000000 <nil>
	// 이천칠백삼십오만: 27350000 <nil>
	// 서른다섯: 35 <nil>
	// 9007199254740993: 0 numeric: value not exactly representable as float64
}

func ExampleScan() {
	text := "중기부는 내년 예산 2조1955억원을 편성했다. 전년 대비 약 3.5% 증가한 규모로, 200여 개 기업이 지원을 받는다."
	for _, m := range Scan(text) {
		fmt.Printf("%s %q %s\n", m.Label, m.Text, fmtValue(m.Value))
	}
	// Output:
	// MONEY "2조1955억원" {"value":2195500000000,"currency":"KRW"}
	// PERCENT "3.5%" {"value":3.5,"approx":true,"unit":"%","direction":"up"}
	// QUANTITY "200여 개" {"value":200,"approx":true,"unit":"개"}
}

// TestScanCases covers outputs that the one-mention corpora cannot state.
func TestScanCases(t *testing.T) {
	ms := Scan("예산이 2조에서 3조원으로 늘었다.")
	if len(ms) != 2 || ms[0].Text != "2조" || ms[1].Text != "3조원" ||
		*ms[0].Value.Num != 2e12 || ms[0].Value.Currency != "KRW" || *ms[1].Value.Num != 3e12 {
		t.Errorf("2조에서 3조원으로: got %v", ms)
	}
	// exact values in JSON: no exponent forms
	m := Scan("2조1955억원")[0]
	if s := fmtValue(m.Value); s != `{"value":2195500000000,"currency":"KRW"}` {
		t.Errorf("json %s", s)
	}
	// a value float64 cannot hold exactly is dropped, never rounded
	if ms := Scan("9,007,199,254,740,993원"); len(ms) != 0 {
		t.Errorf("inexact: got %v", ms)
	}
}
