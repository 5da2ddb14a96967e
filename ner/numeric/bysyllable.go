package numeric

// bySyllable files values under Hangul syllables: lists[idx[r-0xAC00]]
// holds those added under syllable r, in the order they were added (list
// 0, that of the syllables with none, stays empty), so that a look-up at
// a syllable of the text reads one short list.
type bySyllable[T any] struct {
	idx   [11172]uint8
	lists [][]T
}

// add files v under syllable r (0xAC00 to 0xD7A3). The word lists indexed
// this way start with a few dozen syllables at most: more than 255 is a
// programming error.
func (x *bySyllable[T]) add(r rune, v T) {
	if x.lists == nil {
		x.lists = [][]T{nil}
	}
	k := x.idx[r-0xAC00]
	if k == 0 {
		if len(x.lists) > 255 {
			panic("numeric: more than 255 first syllables in one index")
		}
		k = uint8(len(x.lists))
		x.lists = append(x.lists, nil)
		x.idx[r-0xAC00] = k
	}
	x.lists[k] = append(x.lists[k], v)
}

// of returns the values filed under syllable r (0xAC00 to 0xD7A3).
func (x *bySyllable[T]) of(r rune) []T {
	if k := x.idx[r-0xAC00]; k != 0 {
		return x.lists[k]
	}
	return nil
}
