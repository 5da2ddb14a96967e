// Package numeric recognizes numbers, amounts of money, percentages and
// counted quantities in Korean news text.
//
// ParseNumber reads one numeral in any of the forms Korean writes:
// Sino-Korean (이천칠백삼십오만), native (열한, 서른다섯), digits with
// commas and decimals (27,350,000, 1.5) and mixtures of digits and unit
// words (2조1955억, 1조 2,345억, 4천300만, 5만 8200, 1.5조). Arithmetic is
// done on exact decimals, so 1.5조 is 1500000000000 and never 1.4999…e12; a
// value float64 cannot hold exactly is an error, never a silently wrong
// number.
//
// Scan finds MONEY, PERCENT and QUANTITY mentions in a document text and
// resolves them into ner.Value: money in base units with an ISO 4217
// currency, ranges (2조~3조원) and open bounds (5000원 이상) as Min/Max,
// approximations (약, 가량, 여, 대, 안팎, 정도) as Approx, and the
// direction of a change (12.3% 증가) as Direction. Offsets are byte offsets
// into the text; mentions never include a leading 약 nor a trailing
// particle (은/는/이/가/을/를/의/에/으로…). Numbers that are dates or times
// (2025년, 9월, 4일, 15:30, 2025.09.04), years, phone numbers and ordinals
// (제3조, 제5회) are left alone.
//
// The counters that make a QUANTITY are data, kept in counters.txt and
// embedded in the package.
//
// Scan is a hand-written scanner: it looks only at positions where a digit,
// a currency sign or a Hangul numeral starts a word, so it runs at well over
// 50 MB/s on news text.
package numeric
