// Package extract is kpolicy's library: it reads a Korean news article
// (a saved HTML page, a scraped text dump, plain text or a JSONL record)
// and returns the kpolicy/v1 document — the clean article text, its
// entities (organisations, people, places, money, percentages, quantities,
// dates and times, each with code-point offsets and resolved values) and
// the policy events it reports (meetings, agreements, budgets, funding,
// policies, statements, appointments, laws, visits, launches, investments)
// with their arguments.
//
// Build one Extractor with New and share it: it is immutable and safe for
// concurrent use.
//
//	x, err := extract.New(extract.WithRules("my-rules/"))
//	doc, err := x.Extract(ctx, extract.Input{Text: body, Published: "2025-09-04"})
//
// The pipeline: page (extract/page) finds the article and its metadata;
// SplitSentences cuts the text; the value recognizers (ner/numeric,
// ner/date) and the name recognizer (ner/named, with ner/matcher for
// pattern rules) find mentions; mentions are grouped into entities (one per
// gazetteer entry, name or distinct value); the event rules of the rule
// pack (rules/data/events) fill roles from the entities of each sentence,
// and events reporting the same happening are merged.
//
// Errors are typed: ErrEmpty and ErrNotText for input that holds no text,
// ErrTooLarge and ErrTimeBudget for limits, ErrBadDate for a publication
// date that cannot be read, ErrNoContent for an empty record, ErrInternal
// for a bug met on one document. JSONSchema returns the JSON Schema of the
// document object.
package extract
