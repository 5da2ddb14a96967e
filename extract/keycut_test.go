package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/kpolicy/kpolicy/rules"
)

// findListWhole is keySet.findList as it was, comparing every key of the
// list: the oracle of the version that compares those of t's bucket
// (keyCut).
func (ks *keySet) findListWhole(t string, i int, k uint64, hits []triggerHit) []triggerHit {
	l := ks.ws.slot(k)
	if l < 0 {
		return hits
	}
	for _, e := range ks.lists[l] {
		if w := e.w; len(w) <= len(t) && t[len(w)-1] == w[len(w)-1] && t[:len(w)] == w {
			for _, tr := range e.vals {
				hits = append(hits, triggerHit{start: i, end: i + len(w), tr: tr})
			}
		}
	}
	return hits
}

// conjugatedKeys is an engine with verbs in -하다 and -되다 (the lists of
// twelve forms the buckets are for), a stem of their own, and keys that
// share a bucket.
func conjugatedKeys() *eventEngine {
	p := &rules.Pack{
		Events: []rules.EventRule{{
			ID:       "verbs",
			Triggers: []string{"도입하다", "도입되다", "도입", "개최하다", "개최식", "개최a", "개최ab", "개최abc", "~체결하다", "~체결", "지원된다"},
		}, {
			ID:       "again",
			Triggers: []string{"도입한", "개최된다", "~체결식"},
		}},
	}
	return newEventEngine(p, nil)
}

// checkKeyCut compares findList with findListWhole at every offset of
// text, for every list of the engine's keySets.
func checkKeyCut(t *testing.T, x *eventEngine, text string) {
	t.Helper()
	for _, ks := range []*keySet{&x.trigKeys, &x.attKeys} {
		for _, slot := range ks.ws.table {
			if slot.key == freeKey {
				continue
			}
			for i := 0; i <= len(text); i++ {
				for end := i; end <= len(text) && end <= i+16; end++ {
					got := ks.findList(text[i:end], i, slot.key, nil)
					want := ks.findListWhole(text[i:end], i, slot.key, nil)
					if !slices.Equal(got, want) {
						t.Fatalf("%q at %d: %v, want %v", text[i:end], i, got, want)
					}
				}
			}
		}
	}
}

var keyCutTexts = []string{
	"도입하 도입한 도입할 도입해 도입했 도입함 도입되 도입된 도입될 도입돼 도입됐 도입됨 도입",
	"개최한다 개최식 개최a 개최ab 개최abc 개최abd 개최된다 협약체결하기로 체결식 체결",
	"지원된다 지원하 지원 투입한다 투입된다 통과시키다 의결됐다 가결 설립 허가",
}

func TestKeyCutAsWhole(t *testing.T) {
	engines := []*eventEngine{newExtractor(t).events, conjugatedKeys(), validOddKeys()}
	var texts []string
	texts = append(texts, keyCutTexts...)
	texts = append(texts, scanTexts...)
	texts = append(texts, oddTexts...)
	for _, x := range engines[:1] {
		var keys []string
		for _, ks := range []*keySet{&x.trigKeys, &x.attKeys} {
			for _, l := range ks.lists {
				for _, e := range l {
					keys = append(keys, e.w)
				}
			}
		}
		texts = append(texts, strings.Join(keys, ""), strings.Join(keys, " "))
	}
	for _, x := range engines {
		for _, text := range texts {
			checkKeyCut(t, x, text)
		}
	}
}

func FuzzKeyCut(f *testing.F) {
	for _, text := range append(keyCutTexts, scanTexts...) {
		f.Add(text)
	}
	x := conjugatedKeys()
	f.Fuzz(func(t *testing.T, text string) { checkKeyCut(t, x, text) })
}
