package page

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

var reMetaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)`)

// decodeHTML turns page bytes into UTF-8 text. A BOM wins; then bytes that
// are valid UTF-8 with non-ASCII content are UTF-8 whatever the page declares
// (saved pages are often re-encoded and keep a stale <meta charset>); then the
// declared charset (<meta charset>, http-equiv); then UTF-8 if valid, else
// EUC-KR (CP949). Invalid bytes become U+FFFD.
func decodeHTML(b []byte) (text, enc string, warnings []string) {
	text, raw, enc, warnings := decodeHTMLRaw(b)
	if raw != nil {
		text = string(raw)
	}
	return text, enc, warnings
}

// decodeHTMLRaw is decodeHTML without a copy of the page when its bytes
// are UTF-8 already (most pages): then raw is b (the text) and text is
// empty; otherwise raw is nil.
func decodeHTMLRaw(b []byte) (text string, raw []byte, enc string, warnings []string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return toValid(string(b[3:]), &warnings), nil, "utf-8", warnings
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b, &warnings), nil, "utf-16le", warnings
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b, &warnings), nil, "utf-16be", warnings
	}
	if e, name := utf16Order(b); e != nil {
		warnings = append(warnings, "no byte-order mark: read as "+strings.ToUpper(name)+" by its bytes")
		return decodeWith(e, b, &warnings), nil, name, warnings
	}
	declared := ""
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := reMetaCharset.FindSubmatch(head); m != nil {
		declared = strings.ToLower(string(m[1]))
	}
	nonASCII := false
	for _, c := range b {
		if c >= 0x80 {
			nonASCII = true
			break
		}
	}
	if utf8.Valid(b) {
		if declared != "" && declared != "utf-8" && declared != "utf8" && nonASCII {
			warnings = append(warnings, "page declares charset "+declared+" but its bytes are UTF-8; read as UTF-8")
		}
		return "", b, "utf-8", warnings
	}
	if declared != "" && declared != "utf-8" && declared != "utf8" {
		if e, name := charset.Lookup(declared); e != nil {
			// Korean pages that say euc-kr are in practice CP949 (a superset).
			if name == "euc-kr" || declared == "cp949" || declared == "ks_c_5601-1987" || declared == "x-windows-949" {
				e, name = korean.EUCKR, "euc-kr"
			}
			return decodeWith(e, b, &warnings), nil, name, warnings
		}
		warnings = append(warnings, "unknown charset "+declared)
	}
	// Mostly UTF-8 with a few broken bytes (a truncated or spliced page):
	// few errors, or valid multi-byte runes that are mostly Hangul (EUC-KR
	// bytes rarely form valid three-byte UTF-8 sequences).
	if bad, all := utf8Errors(b); all > 0 && (bad*20 < all || (all-bad >= 3*bad && hangulShare(strings.ToValidUTF8(string(b), "")) > 0.6)) {
		return toValid(string(b), &warnings), nil, "utf-8", warnings
	}
	// Undeclared and not UTF-8: most likely CP949 for a Korean page; keep it
	// if most of it decodes to Hangul.
	if s := decodeWith(korean.EUCKR, b, nil); hangulShare(s) > 0.3 {
		switch declared {
		case "":
			warnings = append(warnings, "no charset declared; bytes decoded as EUC-KR")
		case "utf-8", "utf8":
			// a page saved in EUC-KR that keeps the <meta> of a UTF-8 copy
			warnings = append(warnings, "page declares charset "+declared+" but its bytes are not UTF-8; decoded as EUC-KR")
		default: // a charset unknown, warned about above
			warnings = append(warnings, "bytes decoded as EUC-KR")
		}
		return s, nil, "euc-kr", warnings
	}
	return toValid(string(b), &warnings), nil, "utf-8", warnings
}

func decodeWith(e encoding.Encoding, b []byte, warnings *[]string) string {
	out, _, err := transform.Bytes(e.NewDecoder(), b)
	if err != nil {
		return toValid(string(b), warnings)
	}
	s := string(out)
	if warnings != nil && strings.ContainsRune(s, utf8.RuneError) {
		*warnings = append(*warnings, "invalid bytes replaced with U+FFFD")
	}
	return toValid(s, nil)
}

func toValid(s string, warnings *[]string) string {
	if utf8.ValidString(s) {
		return s
	}
	if warnings != nil {
		*warnings = append(*warnings, "invalid bytes replaced with U+FFFD")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func hangulShare(s string) float64 {
	h, n := 0, 0
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		n++
		if isHangul(r) {
			h++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(h) / float64(n)
}

// utf8Errors counts invalid sequences and non-ASCII runes in b.
func utf8Errors(b []byte) (bad, all int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r >= 0x80 || r == utf8.RuneError {
			all++
			if r == utf8.RuneError && n <= 1 {
				bad++
			}
		}
		b = b[n:]
	}
	return bad, all
}
