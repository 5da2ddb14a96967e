package extract

import (
	"slices"
	"testing"

	"github.com/kpolicy/kpolicy/ner"
)

// checkByDistance compares byDistance with the stable sort it replaces
// (byDistanceStable, the code before) on mentions built from spans: pairs
// of bytes give a start and a length.
func checkByDistance(t *testing.T, spans []byte, h int, scale int) {
	t.Helper()
	var sm []sentMention
	for i := 0; i+1 < len(spans); i += 2 {
		start := int(spans[i]) * scale
		sm = append(sm, sentMention{Mention: &ner.Mention{Start: start, End: start + int(spans[i+1]%16)*scale}})
	}
	got := byDistance(nil, sm, h*scale)
	want := byDistanceStable(nil, sm, h*scale)
	if !slices.Equal(got, want) {
		t.Errorf("spans %v, h %d, scale %d: %v, want %v", spans, h, scale, got, want)
	}
}

func TestByDistanceAsStable(t *testing.T) {
	for _, scale := range []int{1, 3, 1 << 29, 1 << 31} {
		checkByDistance(t, []byte{10, 2, 10, 2, 3, 4, 20, 0, 12, 5, 9, 1, 11, 0}, 10, scale)
		checkByDistance(t, []byte("the mentions of a long sentence, more than thirty-two of them, each a span of bytes"), 100, scale)
	}
}

func FuzzByDistance(f *testing.F) {
	f.Add([]byte{10, 2, 10, 2, 3, 4, 20, 0}, uint8(10), false)
	f.Fuzz(func(t *testing.T, spans []byte, h uint8, big bool) {
		scale := 1
		if big {
			scale = 1 << 30
		}
		checkByDistance(t, spans, int(h), scale)
	})
}

// particleAfterWhole is particleAfterOf as it was, reading the whole word
// after the mention before asking whether it is a particle: the oracle of
// the version that reads no further than the longest particle.
func particleAfterWhole(x *eventEngine, text string, m *ner.Mention, limit int) (string, int) {
	end := m.End
	if end >= limit {
		return "", end
	}
	end = skipParenthetical(text, end, limit)
	we := x.wordEnd(text, end)
	if we > limit {
		we = limit
	}
	if we == end {
		return "", end
	}
	if p := text[end:we]; x.particles.Has(p) {
		return p, we
	}
	return "", end
}

// checkParticleAfter compares particleAfterOf with particleAfterWhole for
// a mention ending at every offset of text, with every limit after it; and
// wordEndBefore with wordEnd.
func checkParticleAfter(t *testing.T, x *eventEngine, text string) {
	t.Helper()
	for end := 0; end <= len(text); end++ {
		for limit := end; limit <= len(text); limit++ {
			m := &ner.Mention{Label: ner.ORG, Start: 0, End: end}
			gp, ga := x.particleAfterOf(text, m, limit)
			wp, wa := particleAfterWhole(x, text, m, limit)
			if gp != wp || ga != wa {
				t.Errorf("%q, end %d, limit %d: %q %d, want %q %d", text, end, limit, gp, ga, wp, wa)
			}
			we, got := x.wordEnd(text, end), x.wordEndBefore(text, end, limit)
			if (we < limit && got != we) || (we >= limit && got < limit) {
				t.Errorf("%q: wordEndBefore(%d, %d) = %d; wordEnd %d", text, end, limit, got, we)
			}
		}
	}
}

var particleTexts = []string{
	"한빛연구원은 새봄식품㈜은 누리전자 (주)가 미래기술원(KAIST)에서부터는 발표했다",
	"시청에서도, 구청으로부터 한결재단과의 협약 \xed\x95은 𝔘는 끝",
}

func TestParticleAfterAsWhole(t *testing.T) {
	x := newExtractor(t).events
	for _, text := range particleTexts {
		checkParticleAfter(t, x, text)
	}
}

func FuzzParticleAfter(f *testing.F) {
	for _, text := range particleTexts {
		f.Add(text)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 200 {
			return // every end and limit: quadratic
		}
		checkParticleAfter(t, x.events, text)
	})
}
