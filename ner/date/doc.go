// Package date finds DATE and TIME mentions in Korean news text and
// resolves them to ISO 8601 values against the article's publication date.
//
// Scan is a hand-written scanner: it walks the text once, tries its rules
// only at word starts whose first syllable can begin a date or time (see
// gate.go), and keeps the longest match. It uses no regular expressions.
//
// # Values
//
// DATE values carry Date at the expression's own grain: "2025" (year),
// "2025-Q1" (quarter), "2025-09" (month), "2025-09-04" (day). Ranges
// (상반기, 3월 중순, 9월 1일부터 5일, 1~5일, 지난 2년, 올여름) leave Date
// empty and give From/To as inclusive calendar days ("2025-01-01" ..
// "2025-06-30") with Grain the unit of the expression (month for 상반기,
// day for 3월 중순, year for 지난 2년).
//
// Weeks (이번 주, 지난주, 10월 첫째 주): Date is the ISO 8601 calendar date of
// the week's Monday with Grain "week", and From/To are Monday..Sunday. This
// is what ../shared/checks/peers_eval.py compares; the ISO week form
// ("2025-W36") would be a one-line change in dv.value.
//
// A clock range (오후 1시∼6시 30분, 오전 3∼5시) is one TIME with Date its
// start and From/To its bounds; the second time takes the first's 오전/오후.
//
// TIME values carry Date "15:04" in 24-hour time ("15:04:05" when seconds
// are written) and Grain "hour", "minute" or "second". A part of the day
// without an hour (25일 오후, 내일 저녁) is a TIME span: From/To bound it
// (오후 12:00–18:00, 저녁 18:00–24:00, 아침 04:00–12:00) and Date is its
// start. An hour without 오전/오후 is read 1시–6시 as afternoon and
// 7시–12시 as written (3시 → 15:00, 9시 → 09:00); a leading zero or an hour
// over 12 is taken as 24-hour time.
//
// # Resolution against the reference date
//
//   - 4일: the latest 4th on or before the reference date, unless the clause
//     after it points forward (예정, ~겠, ~ㄹ 것/계획/방침, ~ㄴ다, a verb
//     qualifying a noun as to come: 발표할 대책, 열리는 회의), then the
//     first 4th on or after it. 지난 19일 is strictly before, 오는 15일
//     strictly after. A written weekday (19일 화요일, 4일(목)) picks the
//     nearest month where the day falls on it.
//   - 9월 4일, 3월: the reference year, or the adjacent year when the month
//     is ten or more months away and the tense does not object (12월 30일 in
//     a January article is last December).
//   - Bare weekdays: the next one after the reference date (Duckling's
//     reading), or the latest one on or before it when a past-tense ending
//     follows. 이번 주/다음 주/지난주 X요일 are days of that ISO week.
//   - Holidays (fixed solar dates only: 신정, 삼일절, 어린이날, 현충일,
//     제헌절, 광복절, 개천절, 한글날, 성탄절…): the next one, unless the last
//     one was at most 31 days ago or the tense is past. Lunar holidays (설날,
//     추석) are not resolved.
//   - 연말 is December and 연초 January of the year (Grain month); a bare
//     연말/연초/상반기/1분기 follows the tense across the year boundary.
//   - 이날/당일/오늘 = the reference day, 전날/전일/어제 = the day before,
//     다음 날/이튿날/내일 = the day after. 당일 after a bare noun (선거
//     당일, 사고 당일) is the day of that event and gives no mention.
//   - Offsets counted from now (3년 전, 2주 전, 5일 후, 3시간 후) only when
//     nothing else anchors them: 시행 3년 후 and 신청 후 30일 이내 count from
//     another event and give nothing. "N일 이내/안에" gives nothing.
//     Year offsets have Grain month (3년 전 → "2022-09").
//   - 지난/다음 N년/달/주 are the N whole units before/after the current one.
//
// With a zero reference, relative expressions keep Grain but leave Date,
// From and To empty (the caller adds a warning); absolute ones still
// resolve. A reference whose clock reads 00:00:00 is a date without a
// time: clock-relative expressions (3시간 후, 지금) stay unresolved.
// Future is set when the resolved date lies after the reference date or the
// wording points forward (오는, 다음).
//
// # Mention texts
//
// Mentions never include a trailing particle: 4일부터 gives 4일, 연말까지
// gives 연말. The direction words are part of the mention (지난 19일, 오는
// 15일, 다음 달, 지난 2010년), as are the fiscal 도 of 내년도/2026년도, a written weekday
// (4일(목)) and the inner 부터 or ~ of a range (9월 1일부터 5일).
//
// # Durations
//
// Durations (나흘, 3년간, 6개월 동안, 30일간, 7일째, 12년 만에, 2~3년, 1박
// 2일) are DATE mentions with Kind "duration", Date an ISO 8601 duration
// ("P4D", "P3Y", "P2Y8M"; a range gives From "P2Y" and To "P3Y") and Grain
// their smallest unit; hours, minutes and seconds (3시간 40분, 1시간 반,
// 후반 24분) are TIME mentions of the same form ("PT3H40M", "PT1.5H"). The
// mention takes in 간, 동안 and 째, not 만 (12년 만에 → 12년) and not a
// trailing 여 unless 간/동안 follow (1시간여 만에 → 1시간, Approx). A
// bare N일 that can be a day of the month is one, and a count from now (3년
// 전) is an offset, resolved.
//
// # Dates in names
//
// A date written in the name of an event is a DATE with Kind "name",
// which events take no date from: a four-digit year opening the name of
// an edition (2030 부산엑스포, '2015 국제관광포럼': an event noun within
// four words), and a month and day with a dot or middle dot before an
// event noun (5·18 민주화운동, 4.3 사건, 9·7 부동산 대책). An election's
// (6·3 지방선거) is resolved as a bare date is; a past event's keeps no
// year: Date "--05-18" (ISO 8601:2000's month and day).
//
// # Not dates
//
// Counts and ordinals (제3차, 1일 2회, 10주년, 3달러), recurring dates
// (매월 15일, 매년 8월 16일부터 31일까지, 매주 화요일; a time after 매일
// is still a TIME) or numbers that a money or quantity recognizer owns.
//
// # Full-width digits
//
// Full-width digits and signs (２０２５년 ９월 ４일, １５：３０) are read
// as ASCII (numeric.Narrow); offsets and texts refer to the text as given.
package date
