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
