package page

import (
	"errors"
	"strings"
	"testing"
)

// TestStrayNUL: a few NUL bytes in an article (a damaged file, a padded
// export) do not cost the article; a file full of them is refused.
func TestStrayNUL(t *testing.T) {
	para := strings.Repeat("해양수산부는 올해 친환경 선박 보급에 예산 3천억원을 투입한다고 밝혔다. ", 20)

	// text: each NUL becomes a space, so offsets stay those of the input
	in := para + "\x00" + para
	p, err := FromText(in)
	if err != nil {
		t.Fatalf("FromText(one NUL): %v", err)
	}
	if p.Body != strings.ReplaceAll(in, "\x00", " ") {
		t.Errorf("body %q…; want the input with a space for the NUL", p.Body[:40])
	}
	if strings.Join(p.Warnings, "; ") != "1 NUL byte in the text read as a space" {
		t.Errorf("warnings %q", p.Warnings)
	}

	// NULs padding the end do not count towards binary
	p, err = FromText(para + strings.Repeat("\x00", 4000))
	if err != nil || !strings.Contains(strings.Join(p.Warnings, "; "), "4000 NUL bytes") {
		t.Errorf("padded text: %v %+v", err, p)
	}

	// a page: the parser leaves them out, and says how many there were
	h, err := FromHTML([]byte("<html><body><article><p>" + para + "\x00\x00</p></article></body></html>"))
	if err != nil || strings.IndexByte(h.Body, 0) >= 0 || !strings.Contains(strings.Join(h.Warnings, "; "), "2 NUL bytes in the page left out") {
		t.Errorf("page with NULs: %v %+v", err, h)
	}

	// one NUL in twenty bytes or more is binary, in text and in pages
	dense := strings.Repeat("가나다라마바\x00", 300)
	if _, err := FromText(dense); !errors.Is(err, ErrNotText) {
		t.Errorf("FromText(NUL every 19 bytes) = %v; want ErrNotText", err)
	}
	if _, err := FromHTML([]byte("<p>" + dense + "</p>")); !errors.Is(err, ErrNotText) {
		t.Errorf("FromHTML(NUL every 19 bytes) = %v; want ErrNotText", err)
	}
	// UTF-16 keeps its NULs for the decoder
	if isBinary("\xff\xfe<\x00p\x00>\x00") {
		t.Errorf("UTF-16 with its byte-order mark taken for binary")
	}
}

// TestLoneCR: a text whose lines end in a carriage return alone is read
// line by line, as with line feeds; CRLF is left as it is.
func TestLoneCR(t *testing.T) {
	lf := "로그인\n회원가입\n\n중소벤처기업부는 내년 예산으로 15조원을 편성했다고 밝혔다.\n사업은 17개 시도에서 진행된다.\n홍길동 기자 hong@example.com\n"
	want, err := FromText(lf)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromText(strings.ReplaceAll(lf, "\n", "\r"))
	if err != nil || got.Body != want.Body || got.Layout != want.Layout {
		t.Errorf("lone CR: %+v, %v; want the page of the same text with line feeds %+v", got, err, want)
	}
	for _, c := range []struct{ in, out string }{
		{"가\r\n나\r다\r", "가\r\n나\n다\n"},
		{"\r\r\n", "\n\r\n"},
		{"가\r\n나", "가\r\n나"},
		{"\r", "\n"},
	} {
		if got := crLines(c.in, strings.IndexByte(c.in, '\r')); got != c.out {
			t.Errorf("crLines(%q) = %q; want %q", c.in, got, c.out)
		}
	}
}

// TestStrayNULLegacyText: a text in EUC-KR (read through FromHTML, which
// decodes it) reads its NULs as spaces too, and says so as a text.
func TestStrayNULLegacyText(t *testing.T) {
	// "예산을 늘렸다." in EUC-KR, a NUL, and more of it, past twenty bytes a NUL
	euc := []byte{0xbf, 0xb9, 0xbb, 0xea, 0xc0, 0xbb, ' ', 0xb4, 0xc3, 0xb7, 0xc8, 0xb4, 0xd9, '.', 0}
	in := append(append(append([]byte{}, euc...), ' '), euc[:len(euc)-1]...)
	in = append(append(in, ' '), euc[:len(euc)-1]...)
	p, err := FromHTML(in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.IndexByte(p.Body, 0) >= 0 || !strings.Contains(p.Body, "예산을 늘렸다. ") {
		t.Errorf("body %q; want the text with a space for its NUL", p.Body)
	}
	w := strings.Join(p.Warnings, "; ")
	if !strings.Contains(w, "1 NUL byte in the text read as a space") || strings.Contains(w, "left out") {
		t.Errorf("warnings %q", p.Warnings)
	}
}
