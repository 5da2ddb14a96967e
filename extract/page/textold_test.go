package page

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The full path of FromText as it was before the speed work of issue 8
// (every line folded and classified with the distinct lines in a map, no
// one-pass decision): the reference of FuzzFromTextFull.

// fromTextOld is FromText with every text cleaned by the old full path.
// NULs, if isBinary lets them by, are read as spaces and a lone CR ends a
// line, as fromTextSlow reads them.
func fromTextOld(s string) (*Page, error) {
	if n := strings.Count(s, "\x00"); n > 0 && !isBinary(s) {
		p, err := fromTextOld(strings.ReplaceAll(s, "\x00", " "))
		if err == nil {
			p.warn(nulWarning(n, false))
		}
		return p, err
	}
	if strings.TrimSpace(s) == "" {
		return nil, ErrEmpty
	}
	s = loneCRasLF(s)
	if isBinary(s) {
		return nil, ErrNotText
	}
	p := &Page{}
	if !validUTF8(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		p.warn("invalid UTF-8 replaced with U+FFFD")
	}
	scan := s
	if len(scan) > MaxTextBytes {
		cut := strings.LastIndexByte(scan[:MaxTextBytes], '\n')
		if cut <= 0 {
			cut = MaxTextBytes
		}
		scan = strings.ToValidUTF8(scan[:cut], "")
	}
	fromTextRestOld(p, s, scan)
	return p, nil
}

func looksLikeDumpOld(lines []string, cls []lineClass) bool {
	stock, short, nonblank := 0, 0, 0
	for i, c := range cls {
		switch c {
		case lcMeta, lcCopyright:
			return true
		case lcStop, lcDrop:
			stock++
		}
		if c != lcBlank {
			nonblank++
			if runeLen(lines[i]) < 15 && c != lcSentence {
				short++
			}
		}
	}
	return stock >= 2 || (short >= 8 && short*10 >= nonblank*3)
}

// fromTextRestOld is fromTextRest as it was.
func fromTextRestOld(p *Page, s, scan string) {
	raw := strings.Split(scan, "\n")
	lines := make([]string, len(raw))
	// Each distinct line is counted and classified once: ids[i] numbers
	// the distinct lines, in one map.
	ids := make([]int32, len(raw))
	index := make(map[string]int32, len(raw))
	var count []int
	for i, r := range raw {
		l := fold(r)
		lines[i] = l
		id, ok := index[l]
		if !ok {
			id = int32(len(count))
			index[l] = id
			count = append(count, 0)
		}
		ids[i] = id
		if l != "" {
			count[id]++
		}
	}
	cls := make([]lineClass, len(lines))
	memo := make([]lineClass, len(count))
	memoNames := make([]lineNames, len(count))
	for i := range memo {
		memo[i] = -1
	}
	for i, l := range lines {
		id := ids[i]
		if memo[id] < 0 {
			memo[id], memoNames[id] = classifyNames(l, count[id] > 1)
		}
		cls[i] = memo[id]
	}
	if !looksLikeDumpOld(lines, cls) {
		p.Layout = "text-plain"
		p.Body = s
		for i, l := range lines {
			if cls[i] == lcByline || (i >= len(lines)-3 && runeLen(l) < 200) {
				p.notePeople(l)
			}
		}
		return
	}
	p.Layout = "text-dump"
	if len(scan) < len(s) {
		p.warn("text longer than 4 MB: only the first 4 MB were searched for the article")
	}
	cleanDumpOld(p, lines, cls, func(i int) lineNames { return memoNames[ids[i]] })
}

func cleanDumpOld(p *Page, lines []string, cls []lineClass, names func(int) lineNames) {
	// Metadata lines.
	metaAt := -1
	for i, l := range lines {
		if cls[i] != lcMeta {
			continue
		}
		if m := reDateHeader.FindStringSubmatch(l); m != nil {
			if t, ht, ok := parseDate(m[0]); ok && p.Published.IsZero() {
				p.Published, p.HasTime = t, ht
			}
			continue
		}
		t, ht, ok := parseDate(l)
		if !ok {
			continue
		}
		if strings.Contains(l, "수정") || strings.Contains(l, "업데이트") {
			if p.Modified.IsZero() {
				p.Modified = t
			}
			continue
		}
		if metaAt < 0 {
			metaAt = i
			if p.Published.IsZero() || !p.HasTime || ht {
				p.Published, p.HasTime = t, ht
			}
		}
	}

	// Runs of body text: sentence lines, with at most a few other lines
	// between them; stop, copyright and byline lines end a run.
	type run struct{ start, end, chars int }
	var runs []run
	cur := run{start: -1}
	gap := 0
	flush := func() {
		if cur.start >= 0 {
			runs = append(runs, cur)
		}
		cur = run{start: -1}
		gap = 0
	}
	for i, c := range cls {
		switch c {
		case lcSentence, lcSigned:
			if cur.start < 0 {
				cur.start = i
			}
			cur.end = i
			cur.chars += runeLen(lines[i])
			gap = 0
		case lcStop, lcCopyright, lcByline:
			flush()
		case lcOther:
			if cur.start >= 0 {
				gap++
				if gap > 4 {
					flush()
				}
			}
		}
	}
	flush()
	best := -1
	for i, r := range runs {
		// Prefer text after the 입력 line; a run before it is page furniture.
		if metaAt >= 0 && r.end < metaAt {
			continue
		}
		if best < 0 || r.chars > runs[best].chars {
			best = i
		}
	}
	if best < 0 {
		for i, r := range runs {
			if best < 0 || r.chars > runs[best].chars {
				best = i
			}
		}
	}
	if best < 0 {
		p.warn("no article text found in the dump")
		p.Title = dumpTitleOld(lines, cls, metaAt, len(lines))
		return
	}
	r := runs[best]
	// notePeople is idempotent: a line noted once need not be again.
	noted := make([]bool, len(lines))
	note := func(i int) {
		if noted[i] {
			return
		}
		noted[i] = true
		if n := names(i); n.known {
			p.noteNames(lines[i], n.names)
		} else {
			p.notePeople(lines[i])
		}
	}
	var body []string
	for i := r.start; i <= r.end; i++ {
		switch cls[i] {
		case lcSentence:
			body = append(body, lines[i])
		case lcSigned:
			body = splitSigned(body, lines[i], false)
		case lcOther:
			if hasHangul(lines[i]) && runeLen(lines[i]) >= 4 {
				body = append(body, lines[i])
			}
		}
		if cls[i] != lcBlank {
			note(i)
		}
	}
	body, end := bodyTail(lines, cls, r.end, body, note)
	p.Body = strings.Join(body, "\n")
	warnLeftOut(p, cls, r.start, end)
	// The first copyright line after the body names the outlet (often
	// printed below the lists of other articles).
	for i := r.end + 1; i < len(lines) && p.Publisher == ""; i++ {
		if cls[i] == lcCopyright {
			p.Publisher = cleanPressName(copyrightPress(lines[i]))
		}
	}
	// Reporter lines near the metadata.
	if metaAt >= 0 {
		for i := max(0, metaAt-4); i < min(len(lines), metaAt+4); i++ {
			if cls[i] == lcByline {
				note(i)
			}
		}
	}
	p.Title = dumpTitleOld(lines, cls, metaAt, r.start)
}

func dumpTitleOld(lines []string, cls []lineClass, metaAt, bodyAt int) string {
	from := metaAt
	if from < 0 {
		from = bodyAt
	}
	for i := from - 1; i >= 0 && i >= from-8; i-- {
		l := lines[i]
		switch cls[i] {
		case lcBlank, lcByline, lcMeta:
			continue
		case lcOther, lcSentence, lcDup:
			n := runeLen(l)
			if n >= 8 && n <= 150 && hasHangul(l) {
				if metaAt >= 0 {
					return l
				}
				// Without metadata, take the first of the block of headline
				// lines right above the body.
				j := i
				for j-1 >= 0 && cls[j-1] == lcOther && runeLen(lines[j-1]) >= 8 {
					j--
				}
				return lines[j]
			}
		}
		if metaAt >= 0 && cls[i] != lcOther {
			break
		}
	}
	return ""
}

func checkFromTextFull(t *testing.T, s string) {
	t.Helper()
	got, err1 := FromText(s)
	want, err2 := fromTextOld(s)
	if err1 != err2 || !reflect.DeepEqual(got, want) {
		t.Fatalf("FromText(%q) = %+v, %v; want %+v, %v", s, got, err1, want, err2)
	}
}

// TestFromTextFull compares FromText with the old full path on the corpus
// texts and the fixtures, whole, line by line and in windows of lines.
func TestFromTextFull(t *testing.T) {
	texts := fullTexts()
	// long texts too (more lines than fromTextRest looks through without a map)
	all := strings.Join(texts, "\n")
	checkFromTextFull(t, all)
	checkFromTextFull(t, texts[0]+"\n"+texts[1]+strings.Repeat("\n"+texts[2], 20))
	if strings.Count(all, "\n") < 60 {
		t.Fatalf("the joined texts have %d lines", strings.Count(all, "\n")+1)
	}
	for _, s := range texts {
		checkFromTextFull(t, s)
		lines := strings.Split(s, "\n")
		for i := range lines {
			checkFromTextFull(t, lines[i])
			checkFromTextFull(t, strings.Join(lines[max(0, i-3):min(len(lines), i+4)], "\n"))
			checkFromTextFull(t, strings.Join(lines[i:], "\n"))
		}
	}
}

func fullTexts() []string {
	texts := []string{"입력 2025.09.04 09:59\n제목 줄이 여기에\n정부는 예산안을 발표했다고 밝혔다.\nⓒ 예시일보 무단전재",
		"정부는 예산을 늘렸다.\n홍길동 기자 hong@example.com\n저작권자 © 예시일보 무단전재 및 재배포 금지",
		"공유\n닫기\n본문 문장이다.\n많이 본 뉴스\n공유", "(대전=예시뉴스) 김하나 기자 = 시는 다리를 새로 놓는다고 밝혔다.\n\n다리는 내년에 열린다고 한다. \n \nkim@example.com\nCopyright (c) 예시뉴스. All rights reserved."}
	for _, dir := range []string{fixtures, "../../testdata/articles"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	if data, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "dev-news.jsonl")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			var rec struct{ Text string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
				texts = append(texts, rec.Text)
			}
		}
	}
	return texts
}

func FuzzFromTextFull(f *testing.F) {
	for _, s := range fullTexts() {
		if len(s) < 4096 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) { checkFromTextFull(t, s) })
}

// loneCRasLF is s with each carriage return not followed by a line feed
// read as a line feed.
func loneCRasLF(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}
