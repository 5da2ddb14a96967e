package extract

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/kpolicy/kpolicy/ner"
	"github.com/kpolicy/kpolicy/ner/date"
	"github.com/kpolicy/kpolicy/ner/numeric"
)

// subjectGroup is subjectGroupAt as the part of sm, nil when there is
// none (as events read it before).
func (x *eventEngine) subjectGroup(text string, sm []sentMention) []sentMention {
	if lo, hi := x.subjectGroupAt(text, sm); hi > lo {
		return sm[lo:hi:hi]
	}
	return nil
}

// eventsOld is eventEngine.events as it was before it scanned all the
// sentences first and stopped after the last one with a trigger: each
// sentence scanned in turn, all of them read.
// The mentions are all, sorted by start, and entOf[k] is the index in ents
// of the entity of all[k].
func eventsOld(x *eventEngine, bud clock, text string, sents []Sentence, all []*ner.Mention, entOf []int32, ents []Entity) ([]Event, error) {
	var lastGroup []sentMention // the last subject group of two or more
	var cp countedParties       // an agreement with companies counted, not named
	mi := 0
	mk := 0 // marks[mk:] are those from the sentence's start on
	sc := x.scratch.Get().(*buildScratch)
	defer x.scratch.Put(sc)
	defer sc.reset()
	buf, hits, at, fired, firedRules, found := sc.buf, sc.hits[:0], sc.at[:0], sc.fired[:0], sc.firedRules[:0], sc.found
	var sm []sentMention
	var quotesBuf []span
	out, lastSubject := sc.out[:0], &lastSubjects{} // the events before merging; by label, the last subject seen
	marks := quoteMarks(text, sc.marks[:0])
	sc.marks = marks
	defer func() { // keep what grew
		sc.buf, sc.hits, sc.at, sc.fired, sc.firedRules, sc.out = buf, hits, at, fired, firedRules, out
	}()
	for si, s := range sents {
		if si%64 == 63 {
			if err := bud.check(); err != nil {
				return nil, err
			}
		}
		for mi < len(all) && all[mi].Start < s.Start {
			mi++
		}
		for mk < len(marks) && marks[mk] < s.Start {
			mk++
		}
		// most sentences hold no quotation mark, hence no quote: findQuotes
		// is left for those that do
		marked := mk < len(marks) && marks[mk] < s.End
		hits, at = x.scan(text, s, hits[:0], at[:0], &buf)
		sc.starts = at // for nameArg (wordSet.index)
		// names that could be the subject of a later sentence, or roles here
		var quotes []span
		quotesFound := false
		sm = sm[:0]
		for k := mi; k < len(all) && all[k].Start < s.End; k++ {
			m := all[k]
			if m.End > s.End {
				continue // a mention across a sentence boundary takes no part in the sentence's events
			}
			if m.Value != nil && m.Value.Kind != "" {
				continue // a duration, ordinal, age or count is no event's date or amount (3년간, 2위)
			}
			if len(hits) == 0 && m.Label != ner.ORG && m.Label != ner.PERSON && m.Label != ner.PLACE {
				continue
			}
			if k > 0 && entOf[k-1] == entOf[k] && m.Start == all[k-1].End+1 && text[m.Start-1] == '(' {
				continue // 한국과학기술원(KAIST): the alias in brackets is the same mention
			}
			if !quotesFound {
				quotes, quotesFound = quotesBuf[:0], true
				if marked {
					quotes = findQuotes(text, s, marks[mk:], quotes)
					quotesBuf = quotes
				}
			}
			p, after := x.particleAfterOf(text, m, s.End)
			sm = append(sm, sentMention{Mention: m, entity: int(entOf[k]), particle: p, after: after, quoted: inSpans(quotes, m.Start, m.End)})
		}
		x.listParticles(text, sm, s.End)
		group := x.subjectGroup(text, sm)
		if len(hits) > 0 {
			clear(found)
			x.words.findAt(text, s.End, at, found)
		}
		if len(hits) > 0 && !hasAny(found, x.negIDs) {
			if !quotesFound {
				quotes, quotesFound = quotesBuf[:0], true
				if marked {
					quotes = findQuotes(text, s, marks[mk:], quotes)
					quotesBuf = quotes
				}
			}
			fired, firedRules = fired[:0], firedRules[:0]
			full := endsInVerb(s.Text) // a full sentence, not a headline or caption
			firstOfSentence := len(out)
			for _, h := range hits {
				r := &x.rules[h.tr.rule]
				if slices.Contains(fired, r.Type) || (inSpans(quotes, h.start, h.end) && r.Type != "statement") || !x.applies(h.tr.rule, full, found) {
					continue
				}
				we := x.wordEnd(text, h.start)
				if modifiesName(text, h, we, sm) {
					continue // 도착한 최하준 장관을…: the happening belongs to that name, not to this sentence's subject
				}
				if !h.tr.verb && (x.modifiesHead(text, h, we, s.End) || objectOfModifier(text, h, we, s.End)) {
					continue // 편성 취지를, 방한 이후, 방한을 환영하는 행사: the happening is only named (onlyNamed)
				}
				d, ok := x.build(text, r, h.tr, h.start, s, si, full, sm, group, quotes, forward{lastSubject, lastGroup}, ents, sc)
				if !ok {
					continue
				}
				if we > h.start && we <= s.End {
					d.ev.Trigger = text[h.start:we] // the word as written: 투입한다, not the stem
				}
				out = append(out, d)
				fired = append(fired, r.Type)
				firedRules = append(firedRules, int32(h.tr.rule))
			}
			out = x.suppress(out, firstOfSentence, firedRules)
			if cp.need > 0 {
				cp.fill(si, group, out, ents)
			}
			if len(out) > firstOfSentence {
				cp = cp.open(text, sm, si, out, firstOfSentence)
			}
		}
		for _, m := range sm {
			if isSubject(m.particle) && !m.quoted {
				lastSubject.set(m)
			}
		}
		if len(group) >= 2 {
			lastGroup = append(lastGroup[:0:0], group...)
		}
	}
	leadDate(text, sents, all, entOf, ents, out)
	return mergeEvents(out), nil // copies out
}

// lastSubjects holds, per label, the last subject seen in the document.
type lastSubjects []sentMention

func (ls lastSubjects) get(l string) (sentMention, bool) {
	for _, m := range ls {
		if string(m.Label) == l {
			return m, true
		}
	}
	return sentMention{}, false
}

func (ls *lastSubjects) set(m sentMention) {
	for i := range *ls {
		if (*ls)[i].Label == m.Label {
			(*ls)[i] = m
			return
		}
	}
	*ls = append(*ls, m)
}

// forward is what build reads of the sentences before as eventsOld keeps
// it, updated after each sentence in turn (past reads back instead).
type forward struct {
	subjects *lastSubjects
	group    []sentMention
}

func (f forward) lastSubject(l string) (sentMention, bool) { return f.subjects.get(l) }
func (f forward) lastGroup() []sentMention                 { return f.group }

// checkEventsOld compares events with eventsOld on text, its mentions
// found as analyse finds them.
func checkEventsOld(t *testing.T, x *Extractor, text string) {
	t.Helper()
	ref := time.Date(2025, 9, 4, 0, 0, 0, 0, kst)
	values := numeric.Scan(text)
	values = append(values, date.Scan(text, ref)...)
	values = ner.Resolve(values)
	durations(values)
	anchorSameDay(values)
	names := x.named.Find(text, values)
	x.localGovernments(text, names)
	all := append(values, names...)
	slices.SortStableFunc(all, func(a, b ner.Mention) int { return cmp.Compare(a.Start, b.Start) })
	sents := SplitSentences(text)
	ptrs := mentionPtrs(all)
	ents, entOf := group(ptrs, new(groupScratch))
	bud := clock{ctx: context.Background()}
	got, err := x.events.events(bud, text, sents, ptrs, entOf, ents)
	if err != nil {
		t.Fatal(err)
	}
	want, err := eventsOld(x.events, bud, text, sents, ptrs, entOf, ents)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q:\nevents    %+v\neventsOld %+v", text, got, want)
	}
}

// eventSeeds are news-style texts with events in their first, middle and
// last sentences, and sentences without any after them.
var eventSeeds = []string{
	"중소벤처기업부는 4일 서울에서 창업 박람회를 개최했다. 한빛전자와 새봄식품은 업무협약을 체결했다.",
	"정부는 내년도 예산에 2조1955억원을 편성했다. 날씨는 맑았다. 두 기관은 협약을 맺었다. 주민들은 반겼다. 그는 웃었다.",
	"날씨가 맑았다.\n한국과학기술원(KAIST)은 연구소를 열었다. \"좋은 일\"이라고 김하늘 원장이 말했다.\n끝.",
	"한성숙 장관은 \"지원을 확대하겠다\"고 밝혔다. 이어 양주시와 한빛제과가 투자 협약을 체결했다. 그러나 비가 왔다.",
	// subjects and groups borrowed past sentences without a trigger
	"한빛전자는 신제품을 공개했다. 날씨가 좋았다. 김하늘 대표는 웃었다. 이어 업무협약을 체결했다.",
	"한빛전자와 새봄식품은 손을 잡았다. 주가가 올랐다. 두 기관은 업무협약을 체결했다.",
	"양주시와 한빛제과가 만났다. 김하늘 대표와 이바다 회장은 웃었다. 비가 왔다. 두 기관은 투자 협약을 체결했다. 이어 포럼을 개최했다.",
	// past reads back: a subject asked twice (its answer kept), a label
	// found nowhere before, a group after a later sentence with triggers,
	// quoted subjects passed over
	"경상남도는 회의를 열었다. 비가 왔다. 이어 투자 협약을 체결했다. 주가가 올랐다. 이어 박람회를 개최했다. 이어 예산을 편성했다.",
	"비가 왔다. 바람이 불었다. 이어 업무협약을 체결했다.",
	"한빛전자와 새봄식품은 만났다. 정부는 예산을 편성했다. 날씨가 좋았다. 두 기관은 업무협약을 체결했다.",
	"\"한빛전자는 좋다\"고 했다. 새봄식품은 웃었다. \"김하늘 대표는 떠났다\"고 한다. 이어 업무협약을 체결했다.",
	"",
}

func TestEventsOld(t *testing.T) {
	x := newExtractor(t)
	for _, s := range eventSeeds {
		checkEventsOld(t, x, s)
	}
	// and the shared dev articles, when present
	f, err := os.Open("../../shared/corpus/dev-news.jsonl")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d, err := x.ExtractRecord(context.Background(), r, "dev")
		if err != nil {
			t.Fatal(err)
		}
		checkEventsOld(t, x, d.Doc.Text)
	}
}

// FuzzEventsOld compares events with eventsOld on arbitrary text.
func FuzzEventsOld(f *testing.F) {
	for _, s := range eventSeeds {
		f.Add(s)
	}
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, s string) { checkEventsOld(t, x, s) })
}
