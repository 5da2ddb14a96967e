package extract

import "github.com/kpolicy/kpolicy/ner"

// earlier is what build reads of the sentences before the one whose
// events it builds: the last subject of a label (borrowed when the
// sentence has none) and the last subject group of two or more (which an
// anaphor such as 두 기관 stands for).
type earlier interface {
	lastSubject(label string) (sentMention, bool)
	lastGroup() []sentMention
}

// past holds the sentences of a document as events reads them: each
// one's mentions with their particles, its quotes and its subject group
// (sentParts). Those of a sentence with triggers are read at once; those
// of a sentence without are read only when a later sentence asks for its
// subjects (lastSubject, lastGroup, reading back from it), which most
// sentences do not: the mentions' particles, the costly part, are then
// never looked for.
//
// It answers as the subjects seen in order would: the last subject of a
// label is the last mention of it, not quoted, with a subject particle, in
// the sentences before si, and the last group the last subject group of
// two or more in them.
type past struct {
	x      *eventEngine
	text   string
	sents  []Sentence
	all    []*ner.Mention
	entOf  []int32
	marks  []int // the document's quotation marks
	parts  []sentParts
	sm     []sentMention
	quotes []span
	si     int // the sentence whose events are built
	// the answers given so far, for the sentences before asOf
	subjects []pastSubject
	groupOf  int // (lastGroup's asOf)
	group    []sentMention
}

// pastSubject is lastSubject's answer for a label, for the sentences
// before asOf.
type pastSubject struct {
	label string
	asOf  int
	m     sentMention
	ok    bool
}

// start sets p for a document: none of its sentences read yet.
func (p *past) start(x *eventEngine, text string, sents []Sentence, all []*ner.Mention, entOf []int32, marks []int) {
	p.x, p.text, p.sents, p.all, p.entOf, p.marks = x, text, sents, all, entOf, marks
	p.parts, p.sm, p.quotes, p.subjects = p.parts[:0], p.sm[:0], p.quotes[:0], p.subjects[:0]
	p.si, p.groupOf, p.group = 0, 0, nil
}

// reset drops what p points into (the last document's text and mentions)
// and keeps its room.
func (p *past) reset() {
	clear(p.sm) // the document's: those past it were cleared before
	clear(p.subjects)
	p.x, p.text, p.sents, p.all, p.entOf, p.marks, p.group = nil, "", nil, nil, nil, nil, nil
	p.parts, p.sm, p.quotes, p.subjects = p.parts[:0], p.sm[:0], p.quotes[:0], p.subjects[:0]
}

// read reads sentence si (its sentParts unread): its mentions, with their
// particles, its quotes and its subject group, appended to p.sm and
// p.quotes. A sentence without triggers (hasHits false) keeps only its
// organisations, people and places: what later sentences read of it.
func (p *past) read(si int, hasHits bool) {
	x, text, all, entOf := p.x, p.text, p.all, p.entOf
	s := &p.sents[si]
	pt := &p.parts[si]
	pt.sm, pt.quotes, pt.unread = int32(len(p.sm)), int32(len(p.quotes)), false
	// most sentences hold no quotation mark, hence no quote: findQuotes
	// is left for those that do
	if mk := int(pt.mk); mk < len(p.marks) && p.marks[mk] < s.End {
		p.quotes = findQuotes(text, *s, p.marks[mk:], p.quotes)
	}
	q := p.quotes[pt.quotes:]
	// names that could be the subject of a later sentence, or roles here
	for k := int(pt.mi); k < len(all) && all[k].Start < s.End; k++ {
		m := all[k]
		if m.End > s.End {
			continue // a mention across a sentence boundary takes no part in the sentence's events
		}
		if m.Value != nil && m.Value.Kind != "" {
			continue // a duration, ordinal, age or count is no event's date or amount (3년간, 2위)
		}
		if !hasHits && m.Label != ner.ORG && m.Label != ner.PERSON && m.Label != ner.PLACE {
			continue
		}
		if k > 0 && entOf[k-1] == entOf[k] && m.Start == all[k-1].End+1 && text[m.Start-1] == '(' {
			continue // 한국과학기술원(KAIST): the alias in brackets is the same mention
		}
		pa, after := x.particleAfterOf(text, m, s.End)
		p.sm = append(p.sm, sentMention{Mention: m, entity: int(entOf[k]), particle: pa, after: after, quoted: inSpans(q, m.Start, m.End)})
	}
	own := p.sm[pt.sm:]
	x.listParticles(text, own, s.End)
	pt.lo, pt.hi = x.subjectGroupAt(text, own)
	pt.smEnd, pt.qEnd = int32(len(p.sm)), int32(len(p.quotes))
}

// own returns the mentions of sentence j (before p.si), read if they were
// not.
func (p *past) own(j int) (sentParts, []sentMention) {
	if p.parts[j].unread {
		p.read(j, false)
	}
	pt := p.parts[j]
	return pt, p.sm[pt.sm:pt.smEnd:pt.smEnd]
}

// lastSubject returns the last subject labelled l in the sentences before
// p.si, reading back from there to where it answered for l before.
func (p *past) lastSubject(l string) (sentMention, bool) {
	k := -1
	for i := range p.subjects {
		if p.subjects[i].label == l {
			k = i
			break
		}
	}
	if k < 0 {
		k = len(p.subjects)
		p.subjects = append(p.subjects, pastSubject{label: l})
	}
	a := &p.subjects[k]
outer:
	for j := p.si - 1; j >= a.asOf; j-- {
		_, sm := p.own(j)
		for i := len(sm) - 1; i >= 0; i-- {
			if m := &sm[i]; string(m.Label) == l && isSubject(m.particle) && !m.quoted {
				a.m, a.ok = *m, true
				break outer
			}
		}
	}
	a.asOf = p.si
	return a.m, a.ok
}

// lastGroup returns the last subject group of two or more in the sentences
// before p.si, reading back from there to where it answered before.
func (p *past) lastGroup() []sentMention {
	for j := p.si - 1; j >= p.groupOf; j-- {
		if pt, sm := p.own(j); pt.hi-pt.lo >= 2 {
			p.group = sm[pt.lo:pt.hi:pt.hi]
			break
		}
	}
	p.groupOf = p.si
	return p.group
}
