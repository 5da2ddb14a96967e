package extract

import "github.com/kpolicy/kpolicy/ner"

// nameTable finds the entity of a name's key (its key, else label:name):
// an open-addressing table whose hash reads only the key's length and its
// first and last eight bytes, a few instructions whatever its length,
// where a map hashed every byte and paid for its generality at every look
// up. Keys alike at both ends and in length only meet in a probe, where
// their bytes tell them apart.
type nameTable struct {
	slots []nameSlot // a power of two of them, at most half full
	used  []int32    // the slots in use, for clearing them
}

// nameSlot is one key and its entity; ent is 0 in an empty slot, else the
// entity plus one.
type nameSlot struct {
	key  string
	hash uint32
	ent  int32
}

// minSlots is the size of a table at first: room for the names or
// values of a news article.
const minSlots = 64

// nameHash mixes the length and the first and last eight bytes of key.
func nameHash[S string | []byte](key S) uint32 {
	var lo, hi uint64
	if n := len(key); n >= 8 {
		lo = uint64(key[0]) | uint64(key[1])<<8 | uint64(key[2])<<16 | uint64(key[3])<<24 |
			uint64(key[4])<<32 | uint64(key[5])<<40 | uint64(key[6])<<48 | uint64(key[7])<<56
		hi = uint64(key[n-8]) | uint64(key[n-7])<<8 | uint64(key[n-6])<<16 | uint64(key[n-5])<<24 |
			uint64(key[n-4])<<32 | uint64(key[n-3])<<40 | uint64(key[n-2])<<48 | uint64(key[n-1])<<56
	} else {
		for i := range len(key) {
			lo |= uint64(key[i]) << (8 * i)
		}
	}
	h := (lo^uint64(len(key)))*0x9E3779B97F4A7C15 ^ hi*0xC2B2AE3D27D4EB4F
	return uint32(h>>32) ^ uint32(h)
}

// findName returns the entity of key in t, whose hash is h, and whether
// it has one.
func findName[S string | []byte](t *nameTable, key S, h uint32) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.ent == 0 {
			return 0, false
		}
		if s.hash == h && s.key == string(key) {
			return s.ent - 1, true
		}
	}
}

// add records that key (hash h, not in t) names entity ent.
func (t *nameTable) add(key string, h uint32, ent int32) {
	if 2*(len(t.used)+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]nameSlot, max(minSlots, 2*len(old)))
		t.used = t.used[:0]
		for _, s := range old {
			if s.ent != 0 {
				t.put(s)
			}
		}
	}
	t.put(nameSlot{key: key, hash: h, ent: ent + 1})
}

// put places s in the first free slot of its probe.
func (t *nameTable) put(s nameSlot) {
	mask := uint32(len(t.slots) - 1)
	p := s.hash & mask
	for t.slots[p].ent != 0 {
		p = (p + 1) & mask
	}
	t.slots[p] = s
	t.used = append(t.used, int32(p))
}

// len is the number of keys in t.
func (t *nameTable) len() int { return len(t.used) }

// reset empties t, keeping its room; it holds no key afterwards.
func (t *nameTable) reset() {
	for _, p := range t.used {
		t.slots[p] = nameSlot{}
	}
	t.used = t.used[:0]
}

// valueTable finds the entity of a value mention without a key: its label
// and value, compared field by field (sameValue) where their fingerprints
// (valueFingerprint) are equal, in an open-addressing table by the
// fingerprint.
type valueTable struct {
	slots []valueSlot // a power of two of them, at most half full
	used  []int32     // the slots in use, for clearing them
}

// valueSlot is a distinct value (its first mention's label and value), its
// fingerprint, and its entity plus one (0 in an empty slot).
type valueSlot struct {
	fp    uint64
	label ner.Label
	v     *ner.Value
	ent   int32
}

// slotOf is the first slot to probe for fingerprint fp: its high bits,
// mixed.
func slotOf(fp uint64, mask uint32) uint32 { return uint32(fp*0x9E3779B97F4A7C15>>32) & mask }

// find returns the entity of value v labelled l, whose fingerprint is fp,
// and whether it has one.
func (t *valueTable) find(l ner.Label, v *ner.Value, fp uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for p := slotOf(fp, mask); ; p = (p + 1) & mask {
		s := &t.slots[p]
		if s.ent == 0 {
			return 0, false
		}
		if s.fp == fp && sameValue(s.label, s.v, l, v) {
			return s.ent - 1, true
		}
	}
}

// add records that value v labelled l (fingerprint fp, not in t) is
// entity ent.
func (t *valueTable) add(l ner.Label, v *ner.Value, fp uint64, ent int32) {
	if 2*(len(t.used)+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]valueSlot, max(minSlots, 2*len(old)))
		t.used = t.used[:0]
		for _, s := range old {
			if s.ent != 0 {
				t.put(s)
			}
		}
	}
	t.put(valueSlot{fp, l, v, ent + 1})
}

// put places s in the first free slot of its probe.
func (t *valueTable) put(s valueSlot) {
	mask := uint32(len(t.slots) - 1)
	p := slotOf(s.fp, mask)
	for t.slots[p].ent != 0 {
		p = (p + 1) & mask
	}
	t.slots[p] = s
	t.used = append(t.used, int32(p))
}

// len is the number of values in t.
func (t *valueTable) len() int { return len(t.used) }

// reset empties t, keeping its room; it points to no value afterwards.
func (t *valueTable) reset() {
	for _, p := range t.used {
		t.slots[p] = valueSlot{}
	}
	t.used = t.used[:0]
}
