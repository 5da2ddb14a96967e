// Package page turns what a user saved — a news HTML page in any encoding, or
// a text dump of a whole scraped page — into the article it carries: headline,
// publication time, publisher, reporters, dateline and a clean body.
//
// HTML input (FromHTML) is decoded by BOM, <meta charset> or http-equiv
// Content-Type (EUC-KR/CP949 pages included; bytes that are valid UTF-8 win
// over a wrong declaration), parsed with goquery, and read in this order:
//
//   - metadata: OpenGraph and article:* meta tags, JSON-LD NewsArticle,
//     Naver's data-date-time attributes and press logo, then visible
//     '입력 2025.09.04 09:59' / '기사입력 2016-03-02 오후 3:04' forms;
//   - body: known containers first (Naver #dic_area, #articleBodyContents,
//     #newsEndContents, Daum .article_view, itemprop=articleBody and common
//     publishers' containers), then JSON-LD articleBody, then a
//     content-density fallback (the block with most sentence text and fewest
//     links).
//
// Inside the body, scripts, ads, figures and captions, photo credits,
// related-article lists, reporter boxes, subscription prompts and everything
// from the copyright line on are dropped; paragraphs are separated by "\n".
//
// Text input (FromText) is either plain article text, returned verbatim
// (Body == input, Layout "text-plain", so offsets computed on Body refer to the
// input), or a scraped page flattened to lines (Layout "text-dump"), cleaned
// with general line-level signals: metadata lines, sentence endings, runs of
// short menu lines, duplicated captions, the byline/dateline line, the
// copyright line, and a small embedded list of the stock phrases of Korean
// news portals (phrases.txt). Sub-headline lines printed between the headline
// and the first body sentence are treated as summary, not body, and are
// dropped, following the convention of the shared gold (SOURCES.md). The
// byline after the body (제주=이성민 기자 minute@…) is kept as the body's
// last line: the reporter and the dateline are part of the article, and
// entity offsets can then point at them.
//
// Nothing in this package panics on bad input: empty input gives ErrEmpty,
// binary input ErrNotText; anything else gives a best-effort Page whose
// Warnings say what went wrong (no body found, input truncated, invalid bytes
// replaced...).
package page
