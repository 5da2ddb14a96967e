package numeric

import (
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/lex"
)

// The Hangul gate. Scan tries a numeral at every word that starts with a
// syllable that can begin one (이, 사, 한, 세, 일, 오…), and most such
// words are no numeral (이번, 사업, 한국, 세계). A Hangul mention is either
// a native numeral before a native counter (세 차례, 두곳) or a
// Sino-Korean one before a currency (이천원, 구파운드, 천2백만 달러, 천 2백만
// 달러): after its first syllable comes another syllable or a digit of the
// numeral, or, when the numeral is that one syllable, a space or the first
// letter of the unit. pairOK admits a word start only then. It is a
// necessary condition only: TestGate and FuzzScan check that Scan finds
// the same with and without it (FuzzScan found the digits: 천0$).

// secondOK marks the runes below U+10000 that may follow the first
// syllable of a Hangul mention, one bit each (8 KB).
var secondOK = func() *runeSet {
	var t runeSet
	t.add(' ')
	for _, r := range "0123456789" { // 천2백만: digits after a unit syllable
		t.add(r)
	}
	for _, r := range "일이삼사오육륙칠팔구영공빵십백천만억조경점쩜" {
		t.add(r)
	}
	for _, ws := range [][]word{nativeTens, nativeUnits} {
		for _, w := range ws {
			for _, r := range w.s {
				t.add(r)
			}
		}
	}
	add := func(u *unitDef) {
		if u.kind == kMoney || u.native {
			if r, _ := utf8.DecodeRuneInString(u.s); r < 65536 {
				t.add(r)
			}
		}
	}
	for _, us := range units.ascii {
		for _, u := range us {
			add(u)
		}
	}
	for _, us := range units.other {
		for _, u := range us {
			add(u)
		}
	}
	return &t
}()

// pairOK reports whether the rune at s[i:] may follow the first syllable
// of a Hangul mention (s[i-3:i]).
//
// When it is a space, the first syllable is the whole of the numeral
// (parseNumeral takes no space without the spaces option), and a mention
// goes on past the space only with what can follow it there: a native
// counter (한 명: matchUnit after the space), the next group of a numeral
// (억 2천만 달러, 천 2백만: hangulMixedOpts), or, after 두, 세 and 네, any
// noun (nativeNounAt: 두 사람). A Sino-Korean numeral of one syllable takes
// no currency after a space (억 원, 일 달러), and the other determiners
// of nativeNounAt have two syllables. The counter follows only a native
// numeral of that one syllable (한, 열: nativeAlone), the next group only
// a unit word (천, 억: groupAlone; parseNumeral sets units then, which
// amountAt requires to read on with hangulMixedOpts): 9일 오후 and 이
// 대통령 start nothing. afterSpaceNative and afterSpaceGroup hold the
// first runes of those counters and groups.
func pairOK(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decodeRune(s, i)
	if r != ' ' {
		if !secondOK.has(r) {
			return false
		}
		if uint32(r-0xAC00) < 11172 && i >= 3 {
			if r0, ok := syllableAt(s, i-3); ok && !nativeLead.has(r0) {
				return sinoFollows(r0, r)
			}
		}
		return true
	}
	if i >= 3 {
		switch s[i-3 : i] {
		case "두", "세", "네":
			return true
		}
	}
	if i+1 >= len(s) || i < 3 {
		return false
	}
	r, _ = decodeRune(s, i+1)
	if r >= 65536 {
		return true
	}
	r0, _ := syllableAt(s, i-3)
	switch {
	case nativeAlone.has(r0):
		return afterSpaceNative.has(r)
	case groupAlone.has(r0):
		return afterSpaceGroup.has(r)
	}
	return false
}

// spaceShut holds the syllables of hangulStarts after which pairOK lets
// no space through when the rune after the space is below U+10000: all
// but 두, 세 and 네, nativeAlone and groupAlone (이 사업, 일 년).
var spaceShut = func() (t sylSet) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if hangulStarts.has(r) && !nativeAlone.has(r) && !groupAlone.has(r) && r != '두' && r != '세' && r != '네' {
			t.add(r)
		}
	}
	return
}()

// gateAfter is the Hangul gate after the syllable r0 at s[i:]: pairOK(s,
// i+3), narrowed by nativeOnly when a syllable follows. That common case
// is read from tables (pairKinds, nativeOnly).
func gateAfter(s string, i int, r0 rune) bool {
	r, ok := syllableAt(s, i+3)
	if !ok {
		return pairOK(s, i+3)
	}
	return gatePair(r0, r)
}

// gatePair is gateAfter when the syllable r follows r0. It stays out of
// line: inlined into nextStart, it costs the per-syllable loop there more
// register moves than the call saves (one word in six calls it).
//
//go:noinline
func gatePair(r0, r rune) bool {
	f := firstPair[r0-0xAC00]
	if pairKinds[r-0xAC00]&f == 0 {
		return false
	}
	id := f >> 3
	return id == 0 || nativeOnly.next[id].has(r)
}

// firstPair holds, for each first syllable r0, what gatePair reads of it
// in one byte: the bit of pairKinds that a second syllable needs after it
// (pairSecond after nativeLead, pairSinoDigit after a Sino-Korean digit,
// pairSino after the rest) and, from bit 3 up, nativeOnly.idx.
var firstPair = func() (t [11172]uint8) {
	if len(nativeOnly.next) > 32 {
		panic("numeric: more than 31 narrowed first syllables")
	}
	for r0 := rune(0xAC00); r0 <= 0xD7A3; r0++ {
		need := uint8(pairSino)
		if nativeLead.has(r0) {
			need = pairSecond
		} else if _, digit := sinoDigit(r0); digit {
			need = pairSinoDigit
		}
		t[r0-0xAC00] = need | nativeOnly.idx[r0-0xAC00]<<3
	}
	return
}()

// nativeOnly narrows the gate after the first syllables that start a
// native numeral (한, 두, 세, 스, 여, 일…): a mention there is a native
// numeral (parseNumeral with nativeOpts, then a native counter) or a word
// of wordLeadAt (하나, 다섯 사람), so the second syllable is the second of
// such a word (스물, 여섯), the first of the units after a tens word of one
// syllable (열한, 쉰다섯), or the first of a native counter taken without
// a space after a numeral of one syllable (두곳, 열개); after one that
// starts a Sino-Korean numeral too (일: 일곱, 일흔), it may also be one
// that follows a Sino-Korean digit (sinoFollows: 일억원, 일달러), but no
// other counter (일장기, 일명).
// next[idx[r0]] holds those syllables for r0.
var nativeOnly = func() (x struct {
	idx  [11172]uint8
	next []sylSet
}) {
	x.next = []sylSet{{}}
	var tight []rune // first syllables of the native counters taken without a space
	for _, l := range units.other {
		for _, u := range l {
			if r, ok := syllableAt(u.s, 0); ok && u.native && u.tight {
				tight = append(tight, r)
			}
		}
	}
	set := func(r0 rune) *sylSet {
		if k := x.idx[r0-0xAC00]; k != 0 {
			return &x.next[k]
		}
		x.next = append(x.next, sylSet{})
		x.idx[r0-0xAC00] = uint8(len(x.next) - 1)
		return &x.next[len(x.next)-1]
	}
	for r0 := rune(0xAC00); r0 <= 0xD7A3; r0++ {
		sino := sinoFirst(r0)
		if !hangulStarts.has(r0) || sino && !nativeFirst(string(r0)) {
			continue
		}
		t := set(r0)
		if sino {
			for r := rune(0xAC00); r <= 0xD7A3; r++ {
				if sinoFollows(r0, r) {
					t.add(r)
				}
			}
		}
		for k, ws := range [][]word{nativeTens, nativeUnits} {
			for _, w := range ws {
				first, _ := syllableAt(w.s, 0)
				if first != r0 {
					continue
				}
				if second, ok := syllableAt(w.s, 3); ok {
					t.add(second)
					continue
				}
				// a word of one syllable: a tight counter after it, and
				// after a tens word the units
				for _, r := range tight {
					t.add(r)
				}
				if k == 0 {
					for _, u := range nativeUnits {
						r, _ := syllableAt(u.s, 0)
						t.add(r)
					}
				}
			}
		}
	}
	return
}()

// sinoFirst reports whether r is a Sino-Korean digit, a zero word or a
// unit word: those start the numerals parseNumeral reads with hangulOpts
// (and more: 조 and 경 start none).
func sinoFirst(r rune) bool {
	_, digit := sinoDigit(r)
	return digit || zeroWord(r) || smallUnit(r) > 0 || bigUnit(r) > 0
}

// sylSet is a set of Hangul syllables, one bit each.
type sylSet [(11172 + 63) / 64]uint64

func (t *sylSet) add(r rune) { t[(r-0xAC00)>>6] |= 1 << ((r - 0xAC00) & 63) }

// has reports whether the syllable r is in t (r must be a syllable).
func (t *sylSet) has(r rune) bool { return t[(r-0xAC00)>>6]&(1<<((r-0xAC00)&63)) != 0 }

// pairKinds holds, for each syllable, what pairOK says of it after a
// first syllable: pairSecond when it may follow any (secondOK),
// pairSino when it may follow a unit word that starts no native numeral
// (sinoNext), pairSinoDigit when it may follow such a Sino-Korean digit
// (sinoNextDigit).
var pairKinds = func() (t [11172]uint8) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if secondOK.has(r) {
			t[r-0xAC00] |= pairSecond
			if sinoNext.has(r) {
				t[r-0xAC00] |= pairSino
			}
			if sinoNextDigit.has(r) {
				t[r-0xAC00] |= pairSinoDigit
			}
		}
	}
	return
}()

const (
	pairSecond = 1 << iota
	pairSino
	pairSinoDigit
)

// sinoFollows reports whether the syllable r may follow r0, the first
// syllable of a Sino-Korean numeral, in a mention: sinoNextDigit after a
// digit, else sinoNext.
func sinoFollows(r0, r rune) bool {
	if _, digit := sinoDigit(r0); digit {
		return sinoNextDigit.has(r)
	}
	return sinoNext.has(r)
}

// After a first syllable that starts no native numeral and no word of
// wordLeadAt (이, 사, 구, 만), a mention is a Sino-Korean numeral before
// a currency: the next syllable goes on the numeral (parseNumeral with
// hangulOpts: a Sino-Korean digit after a unit word, a unit word but 조
// and 경, which hangulOpts refuse, 점; a zero word only starts one) or
// starts the currency (이달러, 만원). sinoNext holds those syllables,
// sinoNextDigit those that may follow a digit (no digit, and only the
// currencies of oneDigitCurrency: 이사장, 구독);
// nativeLead the first syllables after which any may come (nativeFirst,
// 첫, 제).
var sinoNext, sinoNextDigit, nativeLead = func() (*runeSet, *runeSet, *runeSet) {
	var t, d, n runeSet
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		unit := smallUnit(r) > 0 || bigUnit(r) > 0 && !(hangulOpts.noJo && bigUnit(r) >= 12)
		if unit || r == '점' || r == '쩜' {
			t.add(r)
			d.add(r)
		}
		if _, ok := sinoDigit(r); ok {
			t.add(r)
		}
		if nativeFirst(string(r)) || r == '첫' || r == '제' {
			n.add(r)
		}
	}
	add := func(us []*unitDef) {
		for _, u := range us {
			if r, _ := utf8.DecodeRuneInString(u.s); u.kind == kMoney {
				t.add(r)
				if oneDigitCurrency(u) {
					d.add(r)
				}
			}
		}
	}
	for _, us := range units.ascii {
		add(us)
	}
	for _, us := range units.other {
		add(us)
	}
	return &t, &d, &n
}()

// oneDigitCurrency reports whether a Sino-Korean digit of one syllable
// may make a mention with the currency u written right after it: amountAt
// takes only pounds (구파운드) and dollars before cents (이달러이십삼센트),
// so that 이사장 (사우디 리얄), 구독 (독일 마르크) and 이유로 (유로) start
// nothing.
func oneDigitCurrency(u *unitDef) bool { return u.currency == "GBP" || u.currency == "USD" }

// afterSpaceGroup marks the runes that may follow a unit word of one
// syllable and a space in a numeral: digits and the syllables parseNumeral
// reads after a space (Sino-Korean digits, unit words, 점).
// afterSpaceNative marks the first runes of the native counters, which
// may follow a native numeral of one syllable and a space.
var afterSpaceGroup, afterSpaceNative = func() (*runeSet, *runeSet) {
	var g, n runeSet
	for r := '0'; r <= '9'; r++ {
		g.add(r)
	}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if _, ok := sinoDigit(r); ok || smallUnit(r) > 0 || bigUnit(r) > 0 || r == '점' || r == '쩜' {
			g.add(r)
		}
	}
	add := func(us []*unitDef) {
		for _, u := range us {
			if r, _ := utf8.DecodeRuneInString(u.s); u.native && r < 65536 {
				n.add(r)
			}
		}
	}
	for _, us := range units.ascii {
		add(us)
	}
	for _, us := range units.other {
		add(us)
	}
	return &g, &n
}()

// nativeAlone holds the native numerals of one syllable (한, 열, 쉰):
// parseNumeral reads them with nativeOpts and stops before a space.
// groupAlone holds the unit words a Hangul numeral of one syllable may be
// (십, 백, 천, 만, 억; hangulOpts refuse 조 and 경).
var nativeAlone, groupAlone = func() (n, g sylSet) {
	for _, ws := range [][]word{nativeTens, nativeUnits} {
		for _, w := range ws {
			if r, ok := syllableAt(w.s, 0); ok && len(w.s) == 3 {
				n.add(r)
			}
		}
	}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if smallUnit(r) > 0 || bigUnit(r) > 0 && !(hangulOpts.noJo && bigUnit(r) >= 12) {
			g.add(r)
		}
	}
	return
}()

// runeSet is a set of runes below U+10000, one bit each.
type runeSet [65536 / 64]uint64

func (t *runeSet) add(r rune) {
	if r >= 0 && r < 65536 {
		t[r>>6] |= 1 << (r & 63)
	}
}

func (t *runeSet) has(r rune) bool {
	return r >= 0 && r < 65536 && t[r>>6]&(1<<(r&63)) != 0
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte
// sequences of Hangul decoded inline.
func decodeRune(s string, i int) (rune, int) {
	if i+2 < len(s) {
		c, b1, b2 := s[i], s[i+1], s[i+2]
		if c >= 0xE1 && c <= 0xEF && b1&0xC0 == 0x80 && b2&0xC0 == 0x80 && (c != 0xED || b1 < 0xA0) {
			return rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// syllableAt returns the Hangul syllable (U+AC00-U+D7A3) that s[i:]
// starts with, if any.
func syllableAt(s string, i int) (rune, bool) {
	if len(s)-i < 3 { // i is never negative
		return -1, false
	}
	t := s[i : i+3]
	v := uint32(t[0])<<16 | uint32(t[1])<<8 | uint32(t[2])
	if !lex.IsHangul3(v) {
		return -1, false
	}
	return rune(v>>4&0xF000 | v>>2&0xFC0 | v&0x3F), true
}
