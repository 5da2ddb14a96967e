package page

import (
	"regexp"
	"strings"
)

type lineClass int

const (
	lcBlank     lineClass = iota
	lcMeta                // date / 입력 metadata line
	lcStop                // start of the page's tail (rankings, other news)
	lcCopyright           // copyright line: the article is over
	lcDrop                // stock furniture (buttons, labels)
	lcByline              // reporter / dateline / e-mail line
	lcCaption             // photo caption or credit
	lcDup                 // a line that appears more than once
	lcSentence            // article text
	lcOther               // anything else: headlines, menus, sub-headings
)

var reDateHeader = regexp.MustCompile(`^\s*date\s*[:=]?\s*(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+\-]\d{2}:?\d{2})?)?`)

func isCopyrightLine(s string) bool {
	// Cheap test first: every alternative of reCopyright holds one of these.
	if !strings.ContainsAny(s, "ⓒ©cCaA") && !strings.Contains(s, "무단") && !strings.Contains(s, "재배포") {
		return false
	}
	if !reCopyright.MatchString(s) {
		return false
	}
	l := runeLen(s)
	if l > 200 {
		return false
	}
	// A body sentence that merely mentions copying is not a copyright line.
	return !(endsLikeSentence(s) && l > 60 && !strings.ContainsAny(s, "ⓒ©"))
}

// classify puts one folded line in a class; dup tells repeated lines.
func classify(s string, dup bool) lineClass {
	switch {
	case s == "":
		return lcBlank
	case reDateHeader.MatchString(s) || reMetaLine.MatchString(s) || reReadTime.MatchString(s):
		return lcMeta
	case isCopyrightLine(s):
		return lcCopyright
	}
	switch phraseKindOf(s) {
	case kindStop:
		return lcStop
	case kindDrop:
		return lcDrop
	}
	switch {
	case isBylineLine(s):
		return lcByline
	case reRelated.MatchString(s):
		return lcDrop
	case dup && runeLen(s) >= 10:
		return lcDup
	case isCaptionLine(s):
		return lcCaption
	case runeLen(s) >= 20 && endsLikeSentence(s) && hasHangul(s):
		return lcSentence
	}
	return lcOther
}

// looksLikeDump reports page furniture in a text: a 'date' header, 입력
// metadata lines, stock portal phrases, a copyright line, or many short menu
// lines.
func looksLikeDump(lines []string, cls []lineClass) bool {
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

func fromText(p *Page, s string) {
	// Only the first MaxTextBytes are searched; plain text is still returned whole.
	scan := s
	if len(scan) > MaxTextBytes {
		cut := strings.LastIndexByte(scan[:MaxTextBytes], '\n')
		if cut <= 0 {
			cut = MaxTextBytes
		}
		scan = strings.ToValidUTF8(scan[:cut], "")
	}
	raw := strings.Split(scan, "\n")
	lines := make([]string, len(raw))
	count := map[string]int{}
	for i, r := range raw {
		lines[i] = fold(r)
		if lines[i] != "" {
			count[lines[i]]++
		}
	}
	cls := make([]lineClass, len(lines))
	memo := map[string]lineClass{}
	for i, l := range lines {
		c, ok := memo[l]
		if !ok {
			c = classify(l, count[l] > 1)
			memo[l] = c
		}
		cls[i] = c
	}
	if !looksLikeDump(lines, cls) {
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
	cleanDump(p, lines, cls)
}

// cleanDump finds the article in the lines of a flattened page.
func cleanDump(p *Page, lines []string, cls []lineClass) {
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
		case lcSentence:
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
		p.Title = dumpTitle(lines, cls, metaAt, len(lines))
		return
	}
	r := runs[best]
	var body []string
	for i := r.start; i <= r.end; i++ {
		switch cls[i] {
		case lcSentence:
			body = append(body, lines[i])
		case lcOther:
			if hasHangul(lines[i]) && runeLen(lines[i]) >= 4 {
				body = append(body, lines[i])
			}
		}
		if cls[i] != lcBlank {
			p.notePeople(lines[i])
		}
	}
	// The byline after the body ends the article text (제주=이성민 기자 …):
	// it names the reporter and the dateline, which belong to the article.
	for i := r.end + 1; i < len(lines) && i <= r.end+12; i++ {
		if cls[i] == lcStop || cls[i] == lcCopyright {
			break
		}
		if cls[i] == lcByline {
			p.notePeople(lines[i])
			body = append(body, lines[i])
			break
		}
	}
	p.Body = strings.Join(body, "\n")
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
				p.notePeople(lines[i])
			}
		}
	}
	p.Title = dumpTitle(lines, cls, metaAt, r.start)
}

// dumpTitle is the headline: the last headline-like line before the 입력 line
// (skipping the byline), else before the body.
func dumpTitle(lines []string, cls []lineClass, metaAt, bodyAt int) string {
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
