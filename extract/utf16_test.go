package extract

import (
	"context"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestRawUTF16WithoutMark: UTF-16 saved without its byte-order mark is
// read as text, also when it is ASCII alone (then its bytes are valid
// UTF-8 with a NUL in every other byte, which the text reader refuses).
func TestRawUTF16WithoutMark(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The Ministry of SMEs and Startups said on Monday that it would hold a forum in Seoul next week.\r\n",
		"중소벤처기업부는 4일 서울에서 정책 포럼을 열고 예산 2조1955억원을 편성했다고 밝혔다.\r\n",
	} {
		for _, big := range []bool{false, true} {
			var b []byte
			for _, u := range utf16.Encode([]rune(text)) {
				if big {
					b = append(b, byte(u>>8), byte(u))
				} else {
					b = append(b, byte(u), byte(u>>8))
				}
			}
			d, err := x.Extract(context.Background(), Input{Source: "note.txt", Raw: b})
			if err != nil {
				t.Fatalf("big=%v %.20q: %v", big, text, err)
			}
			if got, want := d.Doc.Text, strings.TrimSpace(text); !strings.Contains(got, want[:40]) || strings.ContainsRune(got, 0) {
				t.Errorf("big=%v: text %q, want %q", big, got, want)
			}
			if strings.Contains(text, "억원") && !hasMoney(d, 2195500000000) {
				t.Errorf("big=%v: no 2조1955억원 among %d entities", big, len(d.Entities))
			}
			if !strings.Contains(strings.Join(d.Warnings, "\n"), "byte-order mark") {
				t.Errorf("big=%v %.20q: no warning of the guess: %q", big, text, d.Warnings)
			}
		}
	}
}

func hasMoney(d *Document, v float64) bool {
	for _, e := range d.Entities {
		if f, ok := e.Value.(float64); e.Type == "MONEY" && ok && f == v {
			return true
		}
	}
	return false
}
