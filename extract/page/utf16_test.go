package page

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf16"
)

// encode16 writes s as UTF-16 without a byte-order mark.
func encode16(s string, big bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

const text16 = "세종시는 12일 시청에서 스마트시티 포럼을 열었다.\r\n시는 내년도 예산으로 350억원(약 2,700만 달러)을 편성했다. \"도시의 미래\"를 말했다 😀\r\n"

func TestUTF16WithoutMark(t *testing.T) {
	for _, big := range []bool{false, true} {
		b := encode16(text16, big)
		want := map[bool]string{false: "utf-16le", true: "utf-16be"}[big]
		e, name := utf16Order(b)
		if e == nil || name != want {
			t.Fatalf("big-endian %v: %q; want %s", big, name, want)
		}
		p, err := FromHTML(b)
		if err != nil {
			t.Fatalf("%s: %v", want, err)
		}
		if p.Encoding != want || p.Body != text16 { // a plain text, kept verbatim
			t.Errorf("%s: encoding %q, body %q", want, p.Encoding, p.Body)
		}
		if !bytes.Contains([]byte(joinWarnings(p.Warnings)), []byte("byte-order mark")) {
			t.Errorf("%s: no warning that the order was guessed: %q", want, p.Warnings)
		}
		// English alone reads as text in both orders (swapped ASCII is
		// Hanja): the NULs of the high bytes tell
		if _, name := utf16Order(encode16("The ministry said on Monday that the budget would grow.\n", big)); name != want {
			t.Errorf("English in %s read as %q", want, name)
		}
		// an HTML page in UTF-16 without its mark is a page
		page := encode16("<html><head><title>포럼</title></head><body><p>"+text16+"</p></body></html>", big)
		if p, err := FromHTML(page); err != nil || p.Encoding != want || p.Title != "포럼" {
			t.Errorf("%s page: %v, %+v", want, err, p)
		}
	}
}

func joinWarnings(w []string) string {
	var b bytes.Buffer
	for _, s := range w {
		b.WriteString(s + "\n")
	}
	return b.String()
}

// TestUTF16NotGuessed checks what must not be read as UTF-16: UTF-8 text
// with stray NULs, binary data, and text too short to tell.
func TestUTF16NotGuessed(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	zeros := make([]byte, 4096)
	for i := 0; i < len(zeros); i += 7 {
		zeros[i] = byte(i)
	}
	for name, b := range map[string][]byte{
		"UTF-8 with a NUL": []byte("시는 예산을 편성했다.\x00 구는 협약을 맺었다. 군은 포럼을 열었다."),
		"random bytes":     random,
		"mostly zeros":     zeros,
		"a PNG header":     append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), random[:200]...),
		"too short":        encode16("시는", false),
		"with its mark":    append([]byte{0xFF, 0xFE}, encode16(text16, false)...),
	} {
		if e, enc := utf16Order(b); e != nil {
			t.Errorf("%s: read as %s", name, enc)
		}
	}
	if _, err := FromHTML(random); err != ErrNotText {
		t.Errorf("random bytes: %v; want ErrNotText", err)
	}
}
