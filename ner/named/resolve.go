package named

import (
	"slices"

	"github.com/kpolicy/kpolicy/ner"
)

// The overlap policy of ner.Resolve (longest, then higher priority, then
// earliest, then first given), applied with the doc's buffers so that the
// stages of Find do not allocate a new list each time, and, when mentions
// are added to a resolved list, only to the mentions that can change.

// keep returns the indices of the mentions of ms that ner.Resolve keeps,
// sorted by start. The slice is the doc's buffer.
func (d *doc) keep(ms []ner.Mention) []int32 {
	order := d.rank(ms)
	kept := d.kept[:0]
	for _, i := range order {
		m := &ms[i]
		lo, hi := 0, len(kept)
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if ms[kept[h]].End > m.Start {
				hi = h
			} else {
				lo = h + 1
			}
		}
		if lo < len(kept) && ms[kept[lo]].Start < m.End {
			continue
		}
		// slices.Insert, inline
		kept = append(kept, 0)
		copy(kept[lo+1:], kept[lo:])
		kept[lo] = i
	}
	d.kept = kept
	return kept
}

// rank returns the indices of ms in the order ner.Resolve takes them:
// longest first, then higher priority, earliest, first given. The order
// is the doc's buffer. The mentions' ranks are sorted as numbers when they
// fit in 64 bits (a span below 64 KB, a priority of 0 to 15, an offset
// below 16 MB, 1M mentions), else by a comparison of the mentions.
func (d *doc) rank(ms []ner.Mention) []int32 {
	order := d.order[:0]
	keys, packed := d.keys[:0], len(ms) <= 1<<20
	for i := range ms {
		m := &ms[i]
		n := m.End - m.Start
		if uint(n) > 0xFFFF || uint(m.Priority) > 15 || uint(m.Start) >= 1<<24 {
			packed = false
			break
		}
		keys = append(keys, uint64(0xFFFF-n)<<48|uint64(15-m.Priority)<<44|uint64(m.Start)<<20|uint64(i))
	}
	d.keys = keys
	if packed {
		slices.Sort(keys)
		for _, k := range keys {
			order = append(order, int32(k&(1<<20-1)))
		}
		d.order = order
		return order
	}
	for i := range ms {
		order = append(order, int32(i))
	}
	slices.SortFunc(order, func(a, b int32) int {
		x, y := &ms[a], &ms[b]
		if lx, ly := x.End-x.Start, y.End-y.Start; lx != ly {
			if lx > ly {
				return -1
			}
			return 1
		}
		if x.Priority != y.Priority {
			if x.Priority > y.Priority {
				return -1
			}
			return 1
		}
		if x.Start != y.Start {
			if x.Start < y.Start {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	d.order = order
	return order
}

// resolve is ner.Resolve into one of the doc's two buffers, or ms itself
// when it is resolved already.
func (d *doc) resolve(ms []ner.Mention) []ner.Mention {
	if len(ms) < 2 {
		return ms
	}
	kept, ok := d.startOrder(ms)
	if ok && kept == nil {
		return ms // in order, none overlapping: as most texts' candidates
	}
	if !ok {
		kept = d.keep(ms)
	}
	out := d.nextBuf(len(kept))
	for _, i := range kept {
		out = append(out, ms[i])
	}
	d.setBuf(out)
	return out
}

// startOrder returns the indices of ms in the order of their starts (nil
// when it is ms's own) and true when they overlap nothing then: ner.Resolve
// keeps them all, in that order. The candidates of a text are a few runs
// in order (the gazetteer's, the suffixes', the patterns'), sorted here by
// insertion, which gives up (false) after more moves than a few a mention,
// as it does on an empty mention or an overlap.
func (d *doc) startOrder(ms []ner.Mention) ([]int32, bool) {
	k := 1
	for ; k < len(ms); k++ {
		if ms[k-1].End > ms[k].Start || ms[k-1].End <= ms[k-1].Start {
			break
		}
	}
	if k == len(ms) {
		return nil, ms[k-1].End > ms[k-1].Start
	}
	order := d.kept[:0]
	for i := range ms {
		order = append(order, int32(i))
	}
	d.kept = order
	moves := 4 * len(ms)
	for i := k; i < len(order); i++ {
		x := order[i]
		s := ms[x].Start
		j := i
		for ; j > 0 && ms[order[j-1]].Start > s; j-- {
			order[j] = order[j-1]
		}
		order[j] = x
		if moves -= i - j; moves < 0 {
			return nil, false
		}
	}
	for j := range order {
		m := &ms[order[j]]
		if m.End <= m.Start || j > 0 && ms[order[j-1]].End > m.Start {
			return nil, false
		}
	}
	return order, true
}

// nextBuf returns the buffer not holding the last result, emptied.
func (d *doc) nextBuf(n int) []ner.Mention {
	d.cur = 1 - d.cur
	return slices.Grow(d.bufs[d.cur][:0], n)
}

func (d *doc) setBuf(out []ner.Mention) { d.bufs[d.cur] = out }

// resolveWith adds mentions to ms (sorted, free of overlaps) and resolves
// the overlaps as ner.Resolve does on the union; nothing to add costs
// nothing. A mention of ms that overlaps no added one keeps its place
// whatever the order (nothing can take it), so only the others and the
// added ones are ranked.
func (d *doc) resolveWith(ms, add []ner.Mention) []ner.Mention {
	if len(add) == 0 {
		return ms // inlined: most stages add nothing to most texts
	}
	return d.resolveAdded(ms, add)
}

// resolveAdded is resolveWith when add holds mentions.
func (d *doc) resolveAdded(ms, add []ner.Mention) []ner.Mention {
	for i := range add {
		if add[i].End <= add[i].Start {
			return d.resolve(append(ms[:len(ms):len(ms)], add...))
		}
	}
	for i := range ms {
		if ms[i].End <= ms[i].Start || i > 0 && ms[i-1].End > ms[i].Start {
			return d.resolve(append(ms[:len(ms):len(ms)], add...))
		}
	}
	// mark the mentions of ms that an added one overlaps
	hit := d.hit[:0]
	for i := range add {
		a := &add[i]
		for k := ner.EndsAfter(ms, a.Start); k < len(ms) && ms[k].Start < a.End; k++ {
			hit = append(hit, int32(k))
		}
	}
	slices.Sort(hit)
	hit = slices.Compact(hit)
	d.hit = hit
	var sub []ner.Mention
	var kept []int32
	if len(hit) == 0 && apart(add) {
		// added in order, overlapping nothing nor each other (most
		// stages): all kept, in their order, with nothing to rank
		sub, kept = add, d.kept[:0]
		for k := range add {
			kept = append(kept, int32(k))
		}
		d.kept = kept
	} else {
		// rank them with the added ones, in the order ner.Resolve would
		// see them (ms first): ties between equals go to the first given
		sub = d.sub[:0]
		for _, k := range hit {
			sub = append(sub, ms[k])
		}
		sub = append(sub, add...)
		d.sub = sub
		if len(sub) < 2 {
			kept = append(d.kept[:0], 0)
			d.kept = kept
		} else {
			kept = d.keep(sub)
		}
	}
	// merge the untouched mentions of ms with the kept ones, by start: the
	// runs of ms between them copied whole
	out := d.nextBuf(len(ms) + len(add))
	from, h := 0, 0 // ms[from:] and hit[h:] are still to copy and skip
	for _, k := range kept {
		a := &sub[k]
		p := startsFrom(ms, from, a.Start)
		out, h = appendSkipping(out, ms[:p], from, hit, h)
		out = append(out, *a)
		from = p
	}
	out, _ = appendSkipping(out, ms, from, hit, h)
	d.setBuf(out)
	return out
}

// apart reports whether the mentions of ms (none empty) are in order and
// overlap no other.
func apart(ms []ner.Mention) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k-1].End > ms[k].Start {
			return false
		}
	}
	return true
}

// startsFrom returns the first k >= from with ms[k].Start >= s, or len(ms).
func startsFrom(ms []ner.Mention, from, s int) int {
	lo, hi := from, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].Start >= s {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// appendSkipping appends ms[from:] to out but the mentions hit[h:] name
// (sorted indices, those below len(ms) skipped and passed), and returns
// out and the first h left.
func appendSkipping(out, ms []ner.Mention, from int, hit []int32, h int) ([]ner.Mention, int) {
	for ; h < len(hit) && int(hit[h]) < len(ms); h++ {
		out = append(out, ms[from:hit[h]]...)
		from = int(hit[h]) + 1
	}
	return append(out, ms[from:]...), h
}
