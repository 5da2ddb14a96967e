package extract

import (
	"context"
	"testing"
)

// TestByteOrderMarkDropped: UTF-8's byte-order mark at the start of a
// text (as Windows tools write it) is no part of the document's text, in
// whichever field the text comes, and offsets count from after it.
func TestByteOrderMarkDropped(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const text = "보건복지부는 5일 의료 개혁 토론회를 열었다."
	for name, in := range map[string]Input{
		"text": {Text: "\ufeff" + text},
		"raw":  {Raw: []byte("\ufeff" + text)},
		"page": {Raw: []byte("\ufeff<html><body><p>" + text + "</p></body></html>")},
	} {
		d, err := x.Extract(context.Background(), in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Doc.Text != text {
			t.Errorf("%s: text %q, want %q", name, d.Doc.Text, text)
		}
		found := false
		for _, e := range d.Entities {
			if e.Name == "보건복지부" {
				found = true
				if m := e.Mentions[0]; m.Start != 0 || m.End != 5 {
					t.Errorf("%s: 보건복지부 at %d-%d, want 0-5", name, m.Start, m.End)
				}
			}
		}
		if !found {
			t.Errorf("%s: 보건복지부 not found in %+v", name, d.Entities)
		}
	}
}
