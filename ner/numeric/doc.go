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
// ParseAmount reads one amount of money on its own (2조1955억원 →
// 2195500000000 KRW; US$ 3.5 billion, 미화 10억 달러, 약 3천억원,
// 2조~3조원) into an Amount: the same reading Scan gives in a sentence.
//
// Scan finds MONEY, PERCENT and QUANTITY mentions in a document text and
// resolves them into ner.Value: money in base units with an ISO 4217
// currency, ranges (2조~3조원) and open bounds (5000원 이상) as Min/Max,
// approximations (약, 가량, 여, 대, 안팎, 정도) as Approx, and the
// direction of a change (12.3% 증가) as Direction. Offsets are byte offsets
// into the text; mentions never include a leading 약, the qualifiers after
// the amount (가량, 대, 안팎, 이상, 미만, the 포인트 of %포인트) nor a
// trailing particle (은/는/이/가/을/를/의/에/으로…), as KLUE-NER marks
// them: 5000원 이상 gives the mention 5000원 with Min 5000. Numbers that
// are dates or times (2025년, 9월, 4일, 15:30, 2025.09.04), years and phone
// numbers are left alone.
//
// Ordinals and ranks (첫 번째, 2위, 8강, 3학년, 제35회, 제9조, 1호선), ages
// (45세, 열 살, 20대, and a number in brackets after a name: 김민수(45),
// 이모(38·여)) and counts of occasions or with a native numeral before a
// noun (한 번, 세 차례, 두 사람, 그중 하나) are QUANTITY mentions whose value
// has Kind "ordinal", "age" or "count"; the counters that make them are
// marked kind=… in counters.txt.
//
// Currencies are written after the amount (원, 달러, 엔, 유로, 위안, 파운드,
// 캐나다 달러, 스위스 프랑, 바트, 링깃… as ISO codes; 센트 and 펜스 are
// hundredths), before it ($49, US$ 3.5 billion, ₩1,000, EUR 20), or as a
// word before the number (미화 10억 달러, 미화 5000만: USD). An amount with
// 억 or 조 and no currency is won when a money word is near (예산 2조1955억,
// 214억 투자); one with only 만 when the word just before it holds money
// (연봉 5000만, 계좌에 500만), so that 관객 500만 stays a count.
// Full-width digits and signs (２조원, ３．５％) are read as ASCII, with
// offsets into the text as given (see Narrow).
//
// A native numeral takes a counter after a space (두 곳, 세 차례), or
// attached for the counters marked tight in counters.txt (두곳, 세차례;
// never 한편, 세명대, 세배). The counter 대 counts vehicles and machines
// only when they are named before (저상버스 300대, 전기차 20대) or what is
// done with them follows (300대 도입을); 4대 강국 and 100대 기업 are no
// quantities, 20대 is an age group (Kind "age") and 20대 국회 a term
// (Kind "ordinal").
//
// The counters that make a QUANTITY are data, kept in counters.txt and
// embedded in the package.
//
// Scan is a hand-written scanner: it looks only at positions where a digit,
// a currency sign or a Hangul numeral starts a word, so it runs at well over
// 50 MB/s on news text.
package numeric
