package numeric

import (
	"errors"
	"fmt"
	"testing"
)

func TestParseAmount(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	for _, c := range []struct {
		in   string
		want Amount
		err  error
	}{
		{"2조1955억원", Amount{Value: 2195500000000, Currency: "KRW"}, nil},
		{"1조 2,345억 원", Amount{Value: 1234500000000, Currency: "KRW"}, nil},
		{"이천칠백삼십오만원", Amount{Value: 27350000, Currency: "KRW"}, nil},
		{"7천 5백만 달러", Amount{Value: 75000000, Currency: "USD"}, nil},
		{"3.5억 유로", Amount{Value: 350000000, Currency: "EUR"}, nil},
		{"4억 2천만 엔", Amount{Value: 420000000, Currency: "JPY"}, nil},
		{"$49", Amount{Value: 49, Currency: "USD"}, nil},
		{"₩1,000", Amount{Value: 1000, Currency: "KRW"}, nil},
		{"US$ 3.5 billion", Amount{Value: 3500000000, Currency: "USD"}, nil},
		{"미화 10억 달러", Amount{Value: 1000000000, Currency: "USD"}, nil},
		{"２조원", Amount{Value: 2000000000000, Currency: "KRW"}, nil},
		{"약 3천억원", Amount{Value: 300000000000, Currency: "KRW", Approx: true}, nil},
		{"100억원대", Amount{Value: 10000000000, Currency: "KRW", Approx: true}, nil},
		{"2조~3조원", Amount{Min: f(2e12), Max: f(3e12), Currency: "KRW"}, nil},
		{"5000원 이상", Amount{Min: f(5000), Currency: "KRW"}, nil},
		{"1만원 미만", Amount{Max: f(10000), Currency: "KRW"}, nil},
		{" 2조1955억 ", Amount{Value: 2195500000000}, nil},
		{"1.5조", Amount{Value: 1500000000000}, nil},
		{"9,007,199,254,740,993원", Amount{}, ErrInexact},
		{"100000경원", Amount{}, ErrOverflow},
		{"수천억 원", Amount{}, ErrSyntax},
		{"예산 2조원", Amount{}, ErrSyntax},
		{"16명", Amount{}, ErrSyntax},
		{"", Amount{}, ErrSyntax},
	} {
		got, err := ParseAmount(c.in)
		if !errors.Is(err, c.err) || fmt.Sprint(amountString(got)) != amountString(c.want) {
			t.Errorf("ParseAmount(%q) = %s, %v; want %s, %v", c.in, amountString(got), err, amountString(c.want), c.err)
		}
	}
}

func amountString(a Amount) string {
	p := func(f *float64) string {
		if f == nil {
			return "-"
		}
		return fmt.Sprint(*f)
	}
	return fmt.Sprintf("{%v %s..%s %s approx=%v}", a.Value, p(a.Min), p(a.Max), a.Currency, a.Approx)
}

func ExampleParseAmount() {
	for _, s := range []string{"2조1955억원", "미화 10억 달러", "US$ 3.5 billion", "약 3천억원", "2조1955억"} {
		a, err := ParseAmount(s)
		fmt.Printf("%s: %.0f %q approx=%v %v\n", s, a.Value, a.Currency, a.Approx, err)
	}
	// Output:
	// 2조1955억원: 2195500000000 "KRW" approx=false <nil>
	// 미화 10억 달러: 1000000000 "USD" approx=false <nil>
	// US$ 3.5 billion: 3500000000 "USD" approx=false <nil>
	// 약 3천억원: 300000000000 "KRW" approx=true <nil>
	// 2조1955억: 2195500000000 "" approx=false <nil>
}
