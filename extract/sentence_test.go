package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpolicy/kpolicy/ner/lex"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "정부는 예산을 늘렸다. 야당은 반대했다.", []string{"정부는 예산을 늘렸다.", "야당은 반대했다."}},
		{"decimal", "성장률은 2.5%로 낮아졌다. 물가는 3.1% 올랐다.", []string{"성장률은 2.5%로 낮아졌다.", "물가는 3.1% 올랐다."}},
		{"date with dots", "입력 2025.09.04 09:59 기사가 나왔다.", []string{"입력 2025.09.04 09:59 기사가 나왔다."}},
		{"quote with inner period", "김 장관은 \"수출이 늘었다. 하반기도 기대된다\"며 \"지원을 넓히겠다\"고 말했다. 회의는 끝났다.",
			[]string{"김 장관은 \"수출이 늘었다. 하반기도 기대된다\"며 \"지원을 넓히겠다\"고 말했다.", "회의는 끝났다."}},
		{"date with dots and spaces", "회의는 2025. 9. 4. 열렸다. 끝났다.", []string{"회의는 2025. 9. 4. 열렸다.", "끝났다."}},
		{"question", "무엇이 달라지나? 세 가지가 바뀐다.", []string{"무엇이 달라지나?", "세 가지가 바뀐다."}},
		{"ellipsis", "협상은 길어졌다… 결론은 다음 주다.", []string{"협상은 길어졌다…", "결론은 다음 주다."}},
		{"closing quote kept", "그는 \"끝까지 가겠다.\" 이어 자리를 떴다.", []string{"그는 \"끝까지 가겠다.\"", "이어 자리를 떴다."}},
		{"lines and bullets", "▲ 첫째 과제\n▲ 둘째 과제\n\n본문이 이어진다.", []string{"▲ 첫째 과제", "▲ 둘째 과제", "본문이 이어진다."}},
		{"polite endings", "참여해 주세요. 감사합니다!", []string{"참여해 주세요.", "감사합니다!"}},
		{"no final mark", "정부는 회의를 연다", []string{"정부는 회의를 연다"}},
		{"ends in ASCII", "다음 달 개통하는 노선은 GTX", []string{"다음 달 개통하는 노선은 GTX"}},
		{"syllable then break", "첫 줄이다\n둘째 줄", []string{"첫 줄이다", "둘째 줄"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(c.in) {
				if c.in[s.Start:s.End] != s.Text {
					t.Fatalf("span %d:%d is %q, not %q", s.Start, s.End, c.in[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q; want %q", got, c.want)
			}
		})
	}
}

func FuzzSentenceSplit(f *testing.F) {
	f.Add("정부는 2.5% 늘렸다. \"좋다.\" 끝…")
	f.Add("\"열린 따옴표. 닫히지 않음\n다음 줄.")
	f.Add("정부는 회의를 연다")
	f.Add("노선은 GTX")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SplitSentences(s), splitSentencesOld(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %+v, the loop before the fast path gave %+v", s, got, want)
		}
		prev := 0
		for _, x := range SplitSentences(s) {
			if x.Start < prev || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad sentence %+v in %q", x, s)
			}
			if strings.TrimSpace(s[prev:x.Start]) != "" {
				t.Fatalf("gap %q before sentence %d", s[prev:x.Start], x.Start)
			}
			prev = x.End
		}
		if strings.TrimSpace(s[prev:]) != "" {
			t.Fatalf("text after the last sentence: %q", s[prev:])
		}
	})
}

// splitSentencesOld is SplitSentences before its inner loop over Hangul and
// plain ASCII: the oracle of FuzzSentenceSplit.
func splitSentencesOld(text string) []Sentence {
	out := make([]Sentence, 0, len(text)/100+1) // news sentences run to about 100 bytes
	start := -1
	quote := 0 // depth of typographic quotes “ ‘ 「 『
	straight := false
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start {
				c, n := utf8.DecodeLastRuneInString(text[start:e])
				if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' {
					e -= n
					continue
				}
				break
			}
			if e > start {
				out = append(out, Sentence{Start: start, End: e, Text: text[start:e]})
			}
		}
		start = -1
		quote = 0
		straight = false
	}
	for i := 0; i < len(text); {
		if b := text[i]; b >= 0xEA && b <= 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 && (b != 0xED || text[i+1] < 0xA0) {
			// a rune from U+A000 to U+D7FF (Hangul), none of the marks
			// looked at below
			if start < 0 {
				start = i
			}
			i += 3
			continue
		}
		if b := text[i]; b < utf8.RuneSelf && b != '\n' && b != '"' && b != '.' && b != '?' && b != '!' {
			// ASCII but none of the marks looked at below: a space
			// before the sentence, else part of it
			if start < 0 {
				if b == ' ' || b == '\t' || b == '\r' {
					i++
					continue
				}
				start = i
			}
			i++
			continue
		}
		c, n := lex.Decode(text, i)
		if c == '\n' {
			emit(i)
			i += n
			continue
		}
		if start < 0 {
			if c == ' ' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u3000' {
				i += n
				continue
			}
			start = i
		}
		switch c {
		case '“', '‘', '「', '『':
			quote++
		case '”', '’', '」', '』':
			if quote > 0 {
				quote--
			}
		case '"':
			straight = !straight
		case '.', '?', '!', '…', '。':
			j := i + n
			// runs of ... ?!
			for j < len(text) {
				d, m := lex.Decode(text, j)
				if d != '.' && d != '?' && d != '!' && d != '…' {
					break
				}
				j += m
			}
			if c == '.' && j == i+n && i > 0 && j < len(text) && isDigit(text[i-1]) && isDigit(text[j]) {
				break // 2.5
			}
			if c == '.' && j == i+n && i > 0 && isDigit(text[i-1]) && j+1 < len(text) && text[j] == ' ' && isDigit(text[j+1]) {
				break // 2025. 9. 4.
			}
			if c == '.' && j == i+n && dottedDateEnd(text, i) {
				break // the last dot of 2025. 9. 4.
			}
			// closing quotes and brackets stay with the sentence
			k := j
			closedQuote := false
			for k < len(text) {
				d, m := lex.Decode(text, k)
				if !containsRune(closers, d) {
					break
				}
				if d == '"' || d == '”' || d == '’' || d == '\'' {
					closedQuote = true
				}
				k += m
			}
			if k < len(text) {
				d, _ := lex.Decode(text, k)
				if d != ' ' && d != '\n' && d != '\t' && d != '\r' && d != '\u00a0' {
					break // 다."라고, 2025.09.04, 3.5%p
				}
			}
			inside := (quote > 0 || straight) && !closedQuote
			if inside && k < len(text) && !endsHangulSentence(text[start:i]) {
				break
			}
			if inside && k < len(text) {
				// a sentence end inside a quotation: split only if the
				// quote is never closed on this line
				if closesLater(text[k:]) {
					break
				}
			}
			i = k
			emit(k)
			continue
		}
		i += n
	}
	emit(len(text))
	if len(out) == 0 {
		return nil // as before the room was made
	}
	return out
}

// closers and containsRune are what the old splitter tested closing marks
// with (isCloser now).
const closers = "\"'”’」』)]》〉"

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// sentenceStop and nextStopOld are how SplitSentences found the next stop
// byte before stops: eight bytes at a time through a table. They are the
// oracle of FuzzStops.
var sentenceStop = [256]uint8{'\n': 1, '"': 1, '.': 1, '?': 1, '!': 1, 0xE2: 1, 0xE3: 1}

func nextStopOld(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8]
		if sentenceStop[b[0]]|sentenceStop[b[1]]|sentenceStop[b[2]]|sentenceStop[b[3]]|
			sentenceStop[b[4]]|sentenceStop[b[5]]|sentenceStop[b[6]]|sentenceStop[b[7]] != 0 {
			break
		}
	}
	for i < len(text) && sentenceStop[text[i]] == 0 {
		i++
	}
	return i
}

// FuzzStops holds stops.next to nextStopOld over a text, asked at offsets
// that never go back (the steps come from the fuzzer).
func FuzzStops(f *testing.F) {
	f.Add("정부는 2.5% 늘렸다. \"좋다.\" 끝…\n다음 줄? 네! 「인용」。", []byte{0, 1, 3, 0, 7, 2, 40})
	f.Add("", []byte{0})
	f.Fuzz(func(t *testing.T, s string, steps []byte) {
		st := newStops(s)
		i := 0
		for _, d := range append(steps, 0, 1, 1, 255) {
			i = min(i+int(d%16), len(s))
			if got, want := st.next(i), nextStopOld(s, i); got != want {
				t.Fatalf("next(%d) of %q = %d; want %d", i, s, got, want)
			}
		}
	})
}
