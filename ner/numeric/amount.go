package numeric

import (
	"strings"

	"github.com/kpolicy/kpolicy/ner"
)

// Amount is one amount of money read by ParseAmount.
type Amount struct {
	// Value is the exact amount in the currency's base unit (won, dollars;
	// 센트 are divided by 100). It is zero when Min or Max bound the
	// amount instead.
	Value float64
	// Min and Max bound a range (2조~3조원) or an open interval (5000원
	// 이상: Min; 1만원 미만: Max).
	Min, Max *float64
	// Currency is the ISO 4217 code; empty for a numeral written without a
	// currency (2조1955억).
	Currency string
	// Approx marks 약, 가량, 여, 대, 안팎.
	Approx bool
}

// ParseAmount parses one amount of money written the way Korean news
// writes it: 2조1955억원, 1조 2,345억 원, 이천칠백삼십오만원, 7천 5백만 달러,
// 3.5억 유로, $49, ₩1,000, US$ 3.5 billion, 미화 10억 달러, with its
// qualifiers (약 3천억원, 3천억원가량, 100억원대, 2조~3조원, 5000원 이상).
// Full-width digits (２조원) are read as ASCII. A numeral without a
// currency (2조1955억, 1.5조) gives its value with an empty Currency.
//
// The whole of s (but surrounding spaces) must be the amount. The value is
// exact: ErrInexact or ErrOverflow is returned when float64 cannot hold
// it, ErrSyntax when s is not one amount.
func ParseAmount(s string) (Amount, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Amount{}, ErrSyntax
	}
	norm, _ := NarrowMap(s)
	if v, err := ParseNumber(norm); err == nil {
		return Amount{Value: v}, nil
	} else if err != ErrSyntax {
		return Amount{}, err
	}
	ms := Scan(s)
	if len(ms) == 1 && ms[0].Label == ner.MONEY && qualifiedEnd(s, ms[0].End) == len(s) && leadingApprox(s[:ms[0].Start]) {
		v := ms[0].Value
		a := Amount{Min: v.Min, Max: v.Max, Currency: v.Currency, Approx: v.Approx}
		if v.Num != nil && v.Min == nil && v.Max == nil {
			a.Value = *v.Num
		}
		return a, nil
	}
	// Scan drops values that float64 cannot hold: say why.
	for i := 0; i < len(norm); i++ {
		if !isDigit(norm[i]) {
			continue
		}
		n, ok := parseNumeral(norm, i, fullOpts)
		if n.overflow {
			return Amount{}, ErrOverflow
		}
		if ok {
			if _, err := n.val.float(); err != nil {
				return Amount{}, err
			}
		}
		break
	}
	return Amount{}, ErrSyntax
}

// leadingApprox reports whether p, the text before an amount, is empty or
// a word of approximation that Scan leaves out of the mention (약).
func leadingApprox(p string) bool {
	p = strings.TrimSpace(p)
	switch p {
	case "", "약", "대략", "어림잡아", "줄잡아":
		return true
	}
	return false
}

// qualifiedEnd returns the end of the qualifiers (가량, 대, 이상, 미만)
// that may follow an amount ending at end: Scan keeps them out of the
// mention but reads them into the value.
func qualifiedEnd(s string, end int) int {
	end, _ = approxAfter(s, end, kMoney)
	end, _ = boundAfter(s, end)
	return end
}
