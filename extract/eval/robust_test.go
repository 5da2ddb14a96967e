package eval

import (
	"strings"
	"testing"
)

// An article given to eval in place of annotations is refused at its
// first line, not scored line by line as sentences of one character.
func TestReadKLUERefusesOtherText(t *testing.T) {
	_, err := ReadKLUE(strings.NewReader("중기부는 4일 예산을 편성했다.\n기재부는 회의를 열었다.\n"))
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("plain text: %v; want an error at line 1", err)
	}
	_, err = ReadKLUE(strings.NewReader("## 1\t<중기부:OG>\n중\tB-OG\n기\tI-OG\n부\tI-OG\n\n## 2\t예산\n예\tO\n산\tX-QT\n"))
	if err == nil || !strings.Contains(err.Error(), "line 8") {
		t.Errorf("a bad tag: %v; want an error at line 8", err)
	}
	sents, err := ReadKLUE(strings.NewReader("## 1\t<중기부:OG>\n중\tB-OG\n기\tI-OG\n부\tI-OG\n\n## 2\t예산\n예\tO\n산\tO\n"))
	if err != nil || len(sents) != 2 {
		t.Errorf("annotations: %d sentences, %v; want 2", len(sents), err)
	}
}
