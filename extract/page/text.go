package page

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
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
	lcSigned              // article text with the reporter's byline after it
)

var reDateHeader = regexp.MustCompile(`^\s*date\s*[:=]?\s*(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+\-]\d{2}:?\d{2})?)?`)

func (f *lineFacts) isCopyright() bool {
	// Cheap tests first: every alternative of reCopyright holds one of these.
	if !f.copyrightHint() || !f.copyrightSign() {
		return false
	}
	if !f.copyrightMatch() { // reCopyright.MatchString
		return false
	}
	l := f.runes()
	if l > 200 {
		return false
	}
	// A body sentence that merely mentions copying is not a copyright line.
	return !(f.endsSentence() && l > 60 && f.keys&(kwCircC|kwCopy) == 0)
}

// classify puts one folded line in a class; dup tells repeated lines.
func classify(s string, dup bool) lineClass {
	c, _ := classifyNames(s, dup)
	return c
}

// lineNames are the reporters named in a line (reportersIn), when known.
type lineNames struct {
	names []string
	known bool
}

// classifyNames is classify, and the reporters of s when it had to find
// them.
func classifyNames(s string, dup bool) (lineClass, lineNames) {
	if s == "" {
		return lcBlank, lineNames{}
	}
	f := factsOf(s)
	return f.classifyNames(dup)
}

// classifyNames is classifyNames of the line of f.
func (f *lineFacts) classifyNames(dup bool) (lineClass, lineNames) {
	if c := f.classifyHead(); c != lcBlank {
		return c, lineNames{}
	}
	by, names := f.bylineNames()
	return f.classifyRest(by, dup), lineNames{names, true}
}

// classifyHead is the start of classify: lcMeta, lcCopyright, lcStop or
// lcDrop for metadata, a copyright line or a stock phrase, else lcBlank.
func (f *lineFacts) classifyHead() lineClass {
	s := f.s
	switch {
	case isDateHeader(s) || isMetaLine(s) || isReadTime(s):
		return lcMeta
	case f.isCopyright():
		return lcCopyright
	}
	switch phraseKindK(s, f.keys) {
	case kindStop:
		return lcStop
	case kindDrop:
		return lcDrop
	}
	return lcBlank
}

// classifyRest is the end of classify, once a line is known to be neither
// metadata, a copyright line nor a stock phrase; by tells a byline line.
func (f *lineFacts) classifyRest(by, dup bool) lineClass {
	c, _ := f.classifyRestAt(by, dup)
	return c
}

// classifyRestAt is classifyRest, and for a signed line where its
// sentence ends (signed(false)), else -1.
func (f *lineFacts) classifyRestAt(by, dup bool) (lineClass, int) {
	s := f.s
	switch {
	case by:
		return lcByline, -1
	case isRelated(s):
		return lcDrop, -1
	case dup && f.runes() >= 10:
		return lcDup, -1
	}
	if p := f.signed(false); p >= 0 {
		return lcSigned, p
	}
	switch {
	case f.isCaption():
		return lcCaption, -1
	case f.runes() >= 20 && f.endsSentence() && f.keys&kwHangul != 0:
		return lcSentence, -1
	}
	return lcOther, -1
}

// signed reports a line of article text with the reporter's byline glued on
// after its last sentence: '…밝혔다./홍길동 기자', '…밝혔다. (홍길동 기자)',
// '…밝혔다. 세종=홍길동 기자 hong@example.com'. The line does not end a
// sentence itself; its text up to the last sentence end before the byline
// (the last reporter named, else the first e-mail) is what classifyRest
// takes for a sentence line (20 runes or more, Hangul, a sentence end), and
// the text after it is a byline line (bylineNames) that credits no picture
// (사진, 영상, 그래픽, 제공). A caption also reads like that ('…발언하고
// 있다. /홍길동 기자'): unless pictured is set, a sentence that pictures
// something ('…고 있다', '…모습', '…모습이다') makes no signed line. It
// returns where the sentence ends, or -1.
func (f *lineFacts) signed(pictured bool) int {
	s := f.s
	if f.keys&kwHangul == 0 || f.runes() < 22 || f.endsSentence() {
		return -1
	}
	q := -1 // where the byline starts
	if f.keys&kwReporter != 0 {
		var buf [4][4]int
		ms := reporterMatches(s, f.keys, buf[:0])
		for j := len(ms) - 1; j >= 0 && q < 0; j-- {
			if reporterNames(s, ms[j:j+1]) != nil {
				q = ms[j][0]
			}
		}
	}
	if q < 0 {
		start, _, ok := nextEmail(s, 0)
		if !ok {
			return -1
		}
		q = start
	}
	// the end of the last sentence before q, closing quotes and brackets
	// and all
	i := strings.LastIndexAny(s[:q], ".?!…")
	if i < 0 {
		return -1
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	p := i + size
	for p < q {
		c, size := utf8.DecodeRuneInString(s[p:])
		if !strings.ContainsRune("\"')]>”’」』", c) {
			break
		}
		p += size
	}
	head, tail := s[:p], strings.TrimSpace(s[p:])
	if runeLen(head) < 20 || !endsLikeSentence(head) || tail == "" {
		return -1
	}
	for _, w := range []string{"사진", "영상", "그래픽", "제공"} {
		if strings.Contains(tail, w) {
			return -1
		}
	}
	if !pictured {
		h := strings.TrimRight(head, "\"')]>”’」』.?!… ")
		if strings.HasSuffix(h, "있다") || strings.HasSuffix(h, "모습") || strings.HasSuffix(h, "모습이다") {
			return -1
		}
	}
	t := factsOf(tail)
	if by, _ := t.bylineNames(); !by {
		return -1
	}
	return p
}

// splitSigned appends to body the signed line l (signed of its facts): its
// sentence, then its byline on a line of its own, without the separator
// before it.
func splitSigned(body []string, l string, pictured bool) []string {
	f := factsOf(l)
	return splitAt(body, l, f.signed(pictured))
}

// splitAt is splitSigned of the line l whose sentence ends at p.
func splitAt(body []string, l string, p int) []string {
	if p < 0 {
		return append(body, l) // (never)
	}
	return append(body, l[:p], strings.TrimLeft(l[p:], " /"))
}

// bodyTail appends to body what ends the article after its run of body
// lines (which ends at line end): the line right after it when that is
// its last paragraph with the byline glued on, even one that reads like a
// caption ('…하고 있다. /홍길동 기자': no caption follows the last
// paragraph), and the byline after the body (제주=이성민 기자 …), which
// names the reporter and the dateline. A body whose last line holds the
// byline takes only a byline line right after it (an e-mail line). It
// returns body and the last line of the article.
func bodyTail(lines []string, cls []lineClass, end int, body []string, note func(int)) ([]string, int) {
	last := end
	next := end + 1
	for next < len(lines) && cls[next] == lcBlank {
		next++
	}
	if next < len(lines) && cls[next] == lcCaption {
		if f := factsOf(lines[next]); f.signed(true) >= 0 {
			note(next)
			body = splitSigned(body, lines[next], true)
			last = next
		}
	}
	signedEnd := last > end || cls[last] == lcSigned
	for i := last + 1; i < len(lines) && i <= last+12; i++ {
		if cls[i] == lcStop || cls[i] == lcCopyright {
			break
		}
		if cls[i] == lcByline {
			note(i)
			body = append(body, lines[i])
			break
		}
		if signedEnd && cls[i] != lcBlank {
			break
		}
	}
	return body, last
}

// warnLeftOut warns when lines that read like article sentences were
// left out of the body (lines start to end): the other articles of a
// joined text, or much furniture. It says so when there are several
// (dumpLeftOut) and they are a third or more of all such lines (a scraped
// page leaves out one or two: a teaser, a survey question).
func warnLeftOut(p *Page, cls []lineClass, start, end int) {
	left, kept := 0, 0
	for i, c := range cls {
		if c == lcSentence || c == lcSigned {
			if i < start || i > end {
				left++
			} else {
				kept++
			}
		}
	}
	if left >= dumpLeftOut && 2*left >= kept {
		p.warn(fmt.Sprintf("text dump: %d lines that read like article sentences were left out of the body (other articles or page furniture)", left))
	}
}

// looksLikeDump reports page furniture in a text: a 'date' header, 입력
// metadata lines, stock portal phrases, a copyright line, or many short menu
// lines.
func looksLikeDump(lines []string, cls []lineClass) bool {
	return looksLikeDumpN(lines, cls, func(i int) int { return runeLen(lines[i]) })
}

// looksLikeDumpN is looksLikeDump, with runes the number of runes of a
// line.
func looksLikeDumpN(lines []string, cls []lineClass, runes func(int) int) bool {
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
			// a line of 60 bytes or more has at least 15 runes
			if c != lcSentence && len(lines[i]) < 60 && runes(i) < 15 {
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
	if plainFast(p, scan) {
		p.Layout = "text-plain"
		p.Body = s
		return
	}
	fromTextRest(p, s, scan, nil)
}

// fromTextRest is the rest of fromText once plainFast said no; scans are
// what scanLine tells of the first lines of scan, when known. It reports
// whether a line in the first 8 KB of scan holds a byte isBinary counts.
func fromTextRest(p *Page, s, scan string, scans []lineScan) (ctl bool) {
	// Each distinct line is counted and classified once: ids[i] numbers
	// the distinct lines; memo holds what is known of each. The lines of a
	// short text are found among the distinct ones so far by a look
	// through them (cheaper than a map for a few), those of a longer one
	// in a map.
	type known struct {
		l     string
		sc    lineScan
		count int
		c     lineClass
		cut   int // of a signed line, where its sentence ends
		names lineNames
	}
	// The slices of the lines of most texts are on the stack.
	var (
		linesBuf [32]string
		idsBuf   [32]int32
		clsBuf   [32]lineClass
		memoBuf  [32]known
	)
	nlines := strings.Count(scan, "\n") + 1
	lines, ids, cls, memo := linesBuf[:0], idsBuf[:0], clsBuf[:0], memoBuf[:0]
	if nlines > len(linesBuf) {
		lines, ids, cls, memo = make([]string, 0, nlines), make([]int32, 0, nlines), make([]lineClass, 0, nlines), make([]known, 0, nlines)
	}
	var index map[string]int32
	if nlines > 48 {
		index = make(map[string]int32, nlines)
	}
	rest := scan // the lines from the i-th on
	for i := 0; ; i++ {
		r := rest
		j := strings.IndexByte(rest, '\n')
		if j >= 0 {
			r = rest[:j]
		}
		var sc lineScan
		if i < len(scans) {
			sc = scans[i]
		} else {
			sc = scanLine(r)
		}
		ctl = ctl || sc.ctl && len(scan)-len(rest) < binaryHead
		l := sc.fold(r)
		lines = append(lines, l)
		id := int32(-1)
		if index != nil {
			if j, ok := index[l]; ok {
				id = j
			}
		} else {
			for j := range memo {
				if memo[j].l == l {
					id = int32(j)
					break
				}
			}
		}
		if id < 0 {
			id = int32(len(memo))
			if index != nil {
				index[l] = id
			}
			memo = append(memo, known{l: l, sc: sc, c: -1})
		}
		ids = append(ids, id)
		if l != "" {
			memo[id].count++
		}
		if j < 0 {
			break
		}
		rest = rest[j+1:]
	}
	cls = cls[:len(lines)]
	for i, l := range lines {
		m := &memo[ids[i]]
		if m.c < 0 {
			f := m.sc.facts(l)
			m.c = lcBlank
			if l != "" && m.sc.suspect {
				if m.sc.head > 0 {
					m.c = lineClass(m.sc.head - 1) // (plainFastValid asked)
				} else {
					m.c = f.classifyHead()
				}
			}
			if l != "" && m.c == lcBlank {
				// neither metadata, a copyright line nor a stock phrase
				// (a line scanLine does not suspect is none of them)
				by, names := m.sc.bylineNames(&f)
				m.c, m.cut = f.classifyRestAt(by, m.count > 1)
				m.names = lineNames{names, true}
			}
		}
		cls[i] = m.c
	}
	if !looksLikeDumpN(lines, cls, func(i int) int { return memo[ids[i]].sc.n }) {
		p.Layout = "text-plain"
		p.Body = s
		for i, l := range lines {
			if cls[i] == lcByline || (i >= len(lines)-3 && runeLen(l) < 200) {
				p.notePeople(l)
			}
		}
		return ctl
	}
	p.Layout = "text-dump"
	if len(scan) < len(s) {
		p.warn("text longer than 4 MB: only the first 4 MB were searched for the article")
	}
	cleanDump(p, lines, cls, func(i int) (lineNames, int, bool) {
		m := &memo[ids[i]]
		return m.names, m.sc.n, m.sc.keys&kwHangul != 0
	}, func(i int) int { return memo[ids[i]].cut })
	return ctl
}

// dumpLeftOut is the number of sentence lines left out of the body of a
// dump from which cleanDump warns (when they are a third of them or more).
const dumpLeftOut = 4

// cleanDump finds the article in the lines of a flattened page; known
// gives the reporters of a line (when known), its number of runes and
// whether it holds a syllable; signedAt, of a signed line, where its
// sentence ends (signed).
func cleanDump(p *Page, lines []string, cls []lineClass, known func(int) (lineNames, int, bool), signedAt func(int) int) {
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
	var runsBuf [8]run // the runs of most texts, on the stack
	runs := runsBuf[:0]
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
			_, n, _ := known(i)
			cur.chars += n
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
		p.Title = dumpTitle(lines, cls, metaAt, len(lines), known)
		return
	}
	r := runs[best]
	// notePeople is idempotent: a line noted once need not be again.
	var notedBuf [64]bool // (for most texts, on the stack)
	noted := notedBuf[:0]
	if len(lines) > len(notedBuf) {
		noted = make([]bool, 0, len(lines))
	}
	noted = noted[:len(lines)]
	note := func(i int) {
		if noted[i] {
			return
		}
		noted[i] = true
		if n, _, _ := known(i); n.known {
			p.noteNames(lines[i], n.names)
		} else {
			p.notePeople(lines[i])
		}
	}
	// the run and a byline (for most texts, on the stack)
	var bodyBuf [32]string
	body := bodyBuf[:0]
	if n := r.end - r.start + 2; n > len(bodyBuf) {
		body = make([]string, 0, n)
	}
	for i := r.start; i <= r.end; i++ {
		switch cls[i] {
		case lcSentence:
			body = append(body, lines[i])
		case lcSigned:
			body = splitAt(body, lines[i], signedAt(i))
		case lcOther:
			if _, n, hangul := known(i); hangul && n >= 4 {
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
	p.Title = dumpTitle(lines, cls, metaAt, r.start, known)
}

// dumpTitle is the headline: the last headline-like line before the 입력 line
// (skipping the byline), else before the body; known is as for cleanDump.
func dumpTitle(lines []string, cls []lineClass, metaAt, bodyAt int, known func(int) (lineNames, int, bool)) string {
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
			if _, n, hangul := known(i); n >= 8 && n <= 150 && hangul {
				if metaAt >= 0 {
					return l
				}
				// Without metadata, take the first of the block of headline
				// lines right above the body.
				j := i
				for j-1 >= 0 && cls[j-1] == lcOther {
					if _, n, _ := known(j - 1); n < 8 {
						break
					}
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

// plainFast decides, in one cheap pass over the lines, that a text holds no
// page furniture, and if so notes its reporters as the full path would. It
// gives the answer of looksLikeDump over classified lines: only lines that
// could be metadata, a copyright line, a stock phrase, a related-article
// marker or a byline (cheap necessary signals: their first rune, a digit,
// a few marker runes) are folded and classified; for the others the folded
// length is counted without building the line. It returns false (the caller
// then does the full work) whenever the text may be a dump.
func plainFast(p *Page, scan string) bool {
	plain, _, _, _ := plainFastValid(p, scan, strings.Count(scan, "\n")+1, nil)
	return plain
}

// plainFastValid is plainFast, and valid reports that scan is valid UTF-8
// (as utf8.ValidString says), from the same pass over its bytes. When
// scan is not valid, p is left as it was and plain means nothing. It
// appends to scans what scanLine told of the lines it read (the first
// lines of scan) and returns them, for the full path when plain is false.
// nlines is the number of lines of scan (its line breaks and one).
// ctl is false when the first 8 KB of a valid scan hold no byte isBinary
// counts (no NUL, no other control byte), so that isBinary is false.
func plainFastValid(p *Page, scan string, nlines int, scans []lineScan) (plain, valid bool, scanned []lineScan, ctl bool) {
	short, nonblank, stock := 0, 0, 0
	type note struct {
		line  string
		names []string
	}
	var noteBuf [8]note // the notes of most texts, without an allocation
	notes := noteBuf[:0]
	rest := scan
	bad := false
	// not plain: whether the rest of the text is valid too, and whether
	// the lines read hold all of the first 8 KB
	notPlain := func() (bool, bool, []lineScan, bool) {
		return false, !bad && validUTF8(rest), scans, ctl || len(scan)-len(rest) < min(len(scan), binaryHead)
	}
	for i := 0; ; i++ {
		line := rest
		j := strings.IndexByte(rest, '\n')
		if j >= 0 {
			line = rest[:j]
		}
		sc := scanLine(line)
		scans = append(scans, sc)
		n := sc.n
		bad = bad || sc.bad
		ctl = ctl || sc.ctl && len(scan)-len(rest) < binaryHead
		if n > 0 {
			nonblank++
			if n < 15 { // a sentence line has at least 20 runes
				short++
			}
		}
		noted := false
		switch {
		case sc.suspect:
			f := sc.facts(sc.fold(line))
			head := f.classifyHead()
			scans[len(scans)-1].head = int8(head) + 1 // (for fromTextRest)
			switch head {
			case lcMeta, lcCopyright:
				return notPlain()
			case lcStop, lcDrop:
				if stock++; stock >= 2 {
					return notPlain()
				}
			case lcBlank:
				// a byline line if bylineNames says so (classifyRest)
				by, names := scans[len(scans)-1].bylineNames(&f)
				if by {
					notes, noted = append(notes, note{f.s, names}), true
				}
			}
		case sc.byline:
			// Not metadata, copyright or a stock phrase: a byline line if
			// isBylineLine says so.
			f := sc.facts(sc.fold(line))
			if ok, names := scans[len(scans)-1].bylineNames(&f); ok {
				notes, noted = append(notes, note{f.s, names}), true
			}
		}
		if !noted && i >= nlines-3 && n < 200 {
			f := sc.fold(line)
			names := reporterScanK(f, sc.keys)
			notes = append(notes, note{f, names})
		}
		if j < 0 {
			break
		}
		rest = rest[j+1:]
	}
	if bad {
		return false, false, nil, true
	}
	if short >= 8 && short*10 >= nonblank*3 {
		return false, true, scans, ctl
	}
	for _, l := range notes {
		p.noteNames(l.line, l.names)
	}
	return true, true, nil, ctl
}

// foldSpace reports the runes fold treats as white space: those of
// unicode.IsSpace, U+200B and U+FEFF, spelt out (TestFoldSpace holds them
// to unicode.IsSpace).
func foldSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpace[r] != 0
	}
	if r < 0x2000 {
		return r == 0x85 || r == 0xA0 || r == 0x1680
	}
	return r <= 0x200B || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000 || r == 0xFEFF
}

// metaFirstRune reports the first runes of the labels of metadata lines (입력, 기사입력,
// 최초 입력, 수정, 업데이트, 승인, 등록, 송고, 게재, 발행, 작성), of 'date', and the
// brackets that may come before them.
func metaFirstRune(r rune) bool {
	switch r {
	case '[', '(', '입', '기', '최', '수', '업', '승', '등', '송', '게', '발', '작', 'd':
		return true
	}
	return false
}

// foldedHasPrefix reports whether fold(s) starts with the folded phrase p,
// without folding s: a space of p stands for one or more white-space runes
// of s; s starts at a non-space rune.
func foldedHasPrefix(s, p string) bool {
	for {
		// the bytes of p up to its next space (most phrases fail here)
		sp := strings.IndexByte(p, ' ')
		if sp < 0 {
			return strings.HasPrefix(s, p)
		}
		if !strings.HasPrefix(s, p[:sp]) {
			return false
		}
		s, p = s[sp:], p[sp+1:]
		if s == "" || startsRune[s[0]] {
			return false // no white space here
		}
		t := strings.TrimLeftFunc(s, foldSpace)
		if len(t) == len(s) {
			return false
		}
		s = t
	}
}

// scanMask marks, as bits, the runes below U+10000 that scanLine looks at
// after the first: the first runes of phrase words, of the line keys
// (lineKeysN) and of its own cases.
var scanMask = func() *[1024]uint64 {
	m := *keyMask
	for _, r := range "0123456789ⓒⒸ©무재학소(rR기특통@aAcC/=" {
		m[r>>6] |= 1 << (r & 63)
	}
	return &m
}()

// plainSyllables marks the Hangul syllables outside scanMask by their
// three bytes c, c1, c2: bit c2&63 of plainSyllables[(c&3)<<8|c1] (the lead
// bytes of Hangul, 0xEA to 0xED, differ in their last two bits; the entries
// of bytes c1 that are not continuation bytes stay empty).
var plainSyllables [1024]uint64

func init() {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if scanMask[r>>6]&(1<<(r&63)) != 0 {
			continue
		}
		var b [3]byte
		utf8.EncodeRune(b[:], r)
		plainSyllables[int(b[0]&3)<<8|int(b[1])] |= 1 << (b[2] & 63)
		plainPairs[int(b[2])<<8|int(b[1])] |= 1 << (b[0] & 3)
	}
	for x := range plainPairs {
		if startsRune[x&0xFF] {
			plainPairs[x] |= plainSpace
		}
	}
	for c := 0xEA; c <= 0xED; c++ {
		plainLead[c] = 1 << (c & 3)
	}
	plainLead[' '] = plainSpace
	for x := range plainPairs {
		plainPairs[x] |= plainASCII
	}
	for c := range plainLead[:utf8.RuneSelf] {
		switch plainClass[c] {
		case pcPlain:
			plainLead[c] = plainASCII
			plainLeadLate[c] = plainASCII
		case pcDigit:
			plainLeadLate[c] = plainASCII
		default:
			plainLeadLate[c] = plainLead[c]
		}
	}
	copy(plainLeadLate[utf8.RuneSelf:], plainLead[utf8.RuneSelf:])
}

// plainPairs marks the same syllables by their last two bytes c1 and c2,
// as plainRunes reads them (one little-endian 16-bit word): bit c&3 of
// plainPairs[c2<<8|c1]. Entries of bytes that are not continuation bytes
// stay empty, so one look-up tests both (the syllables touch 4 KB of it).
// Bit plainSpace marks the entries whose byte c1 is one of startsRune:
// after a space, c1 starts a rune that is not white space.
var plainPairs [1 << 16]uint8

// plainLead holds, for a byte c, the bits of plainPairs that tell that c
// and the two bytes after it start a rune plainRunes reads on: 1<<(c&3)
// for a lead byte of Hangul (0xEA to 0xED), plainSpace for an ASCII space,
// plainASCII for an ASCII rune of pcPlain, none for the other bytes.
// plainLeadLate is plainLead once the folded line has 24 runes: a digit
// is read on too. They are the two rows of plainLeads.
var (
	plainLeads               [2][256]uint8
	plainLead, plainLeadLate = &plainLeads[0], &plainLeads[1]
)

// plainSpace is the bit of plainPairs and plainLead for a space,
// plainASCII the bit of an ASCII rune of pcPlain (set in every entry of
// plainPairs).
const (
	plainSpace = 1 << 4
	plainASCII = 1 << 5
)

// lineScan is what one pass over a raw line tells of it and of its folded
// form (scanLine).
type lineScan struct {
	// n is the number of runes of the folded line.
	n int
	// keys are the line keys of the folded line (lineKeysN).
	keys uint32
	// suspect is set when the line might be metadata, a copyright line, a
	// stock phrase or a related-article marker; byline when it might name
	// a reporter (기자, 특파원, 통신원, an e-mail) and is short enough to be a
	// byline line.
	suspect, byline bool
	// bad is set when the line is not valid UTF-8 (as utf8.ValidString
	// says); folded when fold leaves the line as it is; ctl when it holds
	// a byte isBinary counts (a NUL or another control byte).
	bad, folded, ctl bool
	// oddSpace is set when the line holds white space but ASCII spaces;
	// repeatSpace when white space follows white space after the first
	// rune (inside the line or at its end).
	oddSpace, repeatSpace bool
	// by and names are bylineNames of the folded line once asked (by is
	// 0 until then, 1 for a byline line, -1 for another); head is its
	// classifyHead plus 1 once asked (0 until then).
	by, head int8
	names    []string
}

// bylineNames is f.bylineNames() of the folded line of the scanned line,
// asked once.
func (sc *lineScan) bylineNames(f *lineFacts) (byline bool, names []string) {
	if sc.by == 0 {
		by, names := f.bylineNames()
		sc.by, sc.names = -1, names
		if by {
			sc.by = 1
		}
	}
	return sc.by > 0, sc.names
}

// fold is fold(line) of the line scanned.
func (sc *lineScan) fold(line string) string {
	if sc.folded {
		return line
	}
	if !sc.oddSpace && !sc.bad {
		if !sc.repeatSpace {
			return strings.Trim(line, " ") // single spaces inside
		}
		return foldSpaces(line)
	}
	return foldAll(line)
}

// foldSpaces is fold of a valid line whose only white space is ASCII
// spaces: trimmed, and runs of spaces made one (most such lines only have
// spaces at an end, and are cut, not copied).
func foldSpaces(line string) string {
	line = strings.Trim(line, " ")
	i := strings.Index(line, "  ")
	if i < 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	for i >= 0 {
		b.WriteString(line[:i+1])
		line = strings.TrimLeft(line[i:], " ")
		i = strings.Index(line, "  ")
	}
	b.WriteString(line)
	return b.String()
}

// facts are the lineFacts of the folded line l of a scanned line.
func (sc *lineScan) facts(l string) lineFacts { return lineFacts{s: l, keys: sc.keys, n: sc.n} }

// Byte classes of plainRunes, for the bytes that are not the lead byte
// of a syllable.
const (
	pcStop  = iota // anything else: the loop of scanLine
	pcPlain        // ASCII, not white space, none of the runes of scanMask
	pcDigit        // an ASCII digit (only counted after 24 runes)
	pcSpace        // an ASCII space
)

var plainClass = func() (t [256]uint8) {
	for c := 0x21; c < 0x7f; c++ {
		if scanMask[c>>6]&(1<<(c&63)) == 0 {
			t[c] = pcPlain
		}
	}
	for c := '0'; c <= '9'; c++ {
		if phrases.wordMask[0]&(1<<c) == 0 { // no case but the digit's own
			t[c] = pcDigit
		}
	}
	t[' '] = pcSpace
	return t
}()

// startsRune marks the bytes that start a rune that is not white space
// (foldSpace): ASCII but white space, and the lead bytes of U+A000 to
// U+DFFF (a broken sequence is U+FFFD, not white space either).
var startsRune = func() (t [256]bool) {
	for c := 0x21; c < 0x80; c++ {
		t[c] = true
	}
	for c := 0xEA; c <= 0xED; c++ {
		t[c] = true
	}
	return t
}()

// plainRunes reads, from i, the runes of line that scanLine would only
// count: plain syllables (plainSyllables), the syllables of scanMask that
// tell scanLine nothing where they stand (다 before a rune that is not
// white space, which only tells kwDaDot before a dot; a syllable of
// caseFollow that none of its followers follows), ASCII runes of no case
// of scanLine, digits once the folded line has more than 24 runes (a digit
// after that is no sign of metadata), and single ASCII spaces before a
// rune that is not white space. No white space is pending at i; n is the
// runes of the folded line so far. It returns where the runes end, the
// runes of the folded line then (a space is counted with it, as the rune
// after it will be) and the line keys the runes read give (kwDaDot).
func plainRunes(line string, i, n int) (int, int, uint32) {
	var k uint32
	if i < 0 {
		return i, n, k // (never: it tells the compiler the indexes below are in range)
	}
	for {
		// plain syllables and the single spaces before a rune (most of a
		// line), one rune a turn with no branch on which of the two it
		// is (a word ends after a few syllables, which no predictor can
		// tell): plainLead and plainPairs test either, and the byte gives
		// the step
		lead := &plainLeads[uint(23-n)>>63] // (plainLeadLate from 24 runes on, without a branch)
		for i < len(line)-2 {
			c := line[i]
			if plainPairs[uint16(line[i+1])|uint16(line[i+2])<<8]&lead[c] == 0 {
				break
			}
			n++
			i += int(c)>>6 | 1 // 3 for a lead byte (0xEA to 0xED), else 1
		}
		if i < len(line)-2 {
			if c := line[i]; c-0xEA <= 0xED-0xEA { // the lead byte of a syllable
				// not a plain syllable: one of scanMask that tells
				// scanLine nothing where it stands is read on here
				// (most of them are)
				c1, c2 := line[i+1], line[i+2]
				if c2&0xC0 != 0x80 || syllables[int(c&3)<<8|int(c1)]&(1<<(c2&63)) == 0 {
					return i, n, k // not a syllable (hangulAt)
				}
				r, next := rune(c&0x0F)<<12|rune(c1&0x3F)<<6|rune(c2&0x3F), i+3
				if r == '다' {
					// before a rune that is not white space, only a
					// key if that is a dot
					if daWord || next >= len(line) || !startsRune[line[next]] {
						return i, n, k
					}
					if line[next] == '.' {
						k |= kwDaDot
					}
				} else if f := caseFollow[r-0xAC00]; f == 0 || followedKey(line[next:], caseFollowKeys[f]) {
					return i, n, k
				}
				n++
				i += 3
				continue
			}
		}
		// the other runes of one byte, and the end of the line
		if i >= len(line) {
			return i, n, k
		}
		switch plainClass[line[i]] {
		case pcPlain:
		case pcDigit:
			if n < 24 {
				return i, n, k
			}
		case pcSpace:
			if i+1 >= len(line) || !startsRune[line[i+1]] {
				return i, n, k
			}
		default:
			return i, n, k
		}
		n++
		i++
	}
}

// The state of scanLine above the line keys, in the same word (few live
// values in its loop).
const (
	scSuspect    uint64 = 1 << (32 + iota) // lineScan.suspect
	scByline                               // a reporter keyword or an @
	scDigitEarly                           // a digit within the first 24 runes
	scEndsSoyo                             // 소요
	scBad                                  // lineScan.bad
	scNotFolded                            // not lineScan.folded
)

// caseFollow holds, for the syllables of scanMask but 다, an index into
// caseFollowers: the syllables that must follow for scanCase to learn
// anything of them (the first syllables of their phrase words and of the
// words of their own cases). It is 0 for the other syllables, and for
// those of a phrase word that does not start with a syllable.
// TestCaseFollow holds it to scanCase.
var caseFollow [0xD7A4 - 0xAC00]uint8

var caseFollowers = [][]string{nil}

// caseNext are the syllables after the syllables of the cases of scanCase
// (무단, 재배포, 학습, 소요, 모습, 기자, 특파원, 통신원) that it asks for.
var caseNext = map[rune]string{'무': "단", '재': "배", '학': "습", '소': "요", '모': "습", '기': "자", '특': "파", '통': "신"}

func init() {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if r == '다' || scanMask[r>>6]&(1<<(r&63)) == 0 {
			continue
		}
		var next []string
		if w, ok := caseNext[r]; ok {
			next = append(next, w)
		}
		ok := true
		if phrases.wordMask[r>>6]&(1<<(r&63)) != 0 {
			for _, w := range phrases.wordsOf(r) {
				if !hangulAt(w, 0) {
					ok = false // (any rune may matter)
					break
				}
				next = append(next, w[:3])
			}
		}
		if ok && len(caseFollowers) < 255 {
			caseFollow[r-0xAC00] = uint8(len(caseFollowers))
			caseFollowers = append(caseFollowers, next)
		}
	}
	for _, next := range caseFollowers {
		keys := make([]uint32, len(next))
		for k, x := range next {
			keys[k] = uint32(x[0]) | uint32(x[1])<<8 | uint32(x[2])<<16
		}
		caseFollowKeys = append(caseFollowKeys, keys)
	}
}

// caseFollowKeys are the syllables of caseFollowers as followedKey reads
// them: the three bytes of each in a word, the first lowest.
var caseFollowKeys [][]uint32

// followedKey reports whether s starts with one of the syllables of a
// list of caseFollowKeys (followedBy of the list of caseFollowers):
// one comparison a syllable, where the bytes one by one took three
// branches, the first two of which a lead byte of Hangul mostly passes.
func followedKey(s string, keys []uint32) bool {
	if len(s) < 3 {
		return false
	}
	k := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16
	for _, x := range keys {
		if k == x {
			return true
		}
	}
	return false
}

// daWord is set when a '*' stock phrase starts with 다 (scanLine then
// leaves 다 to scanCase).
var daWord = phrases.wordMask['다'>>6]&(1<<('다'&63)) != 0

// scanLine measures one raw line in one pass over its bytes.
func scanLine(line string) lineScan {
	var k uint64
	if phrases.always {
		k |= kwAnywhere
	}
	n, i := 0, 0
	var firstRune rune
	// white space before the first rune, and the first rune
	for i < len(line) {
		var r rune
		var size int
		var bits uint64
		if hangulAt(line, i) { // (what scanRune says of a syllable, most first runes)
			r, size = rune(line[i]&0x0F)<<12|rune(line[i+1]&0x3F)<<6|rune(line[i+2]&0x3F), 3
		} else {
			r, size, bits = scanRune(line, i)
		}
		k |= bits
		if bits&scSpace != 0 {
			k |= scNotFolded
			i += size
			continue
		}
		n, firstRune = 1, r
		next := line[i+size:]
		switch {
		case phrases.always || r == '▶' || r == '☞' || r == '▷':
			k |= scSuspect
		case r == '관' || r == '■' || r == '◆' || r == '<' || r == '[':
			// related-article markers: 관련기사, ■ 관련, [관련 기사], <관련 기사>
			if strings.HasPrefix(strings.TrimLeftFunc(next, foldSpace), "련") ||
				strings.HasPrefix(strings.TrimLeftFunc(next, foldSpace), "관련") {
				k |= scSuspect
			}
		}
		if r >= 0x10000 || phrases.firstMask[r>>6]&(1<<(r&63)) != 0 {
			for _, p := range phrases.firstOf(r) {
				if p.matches(line[i:]) {
					k |= scSuspect
					break
				}
			}
		}
		if r >= 0xAC00 && r <= 0xD7A3 {
			k |= kwHangul
		}
		if r < 0x10000 && scanMask[r>>6]&(1<<(r&63)) != 0 {
			k = scanCase(r, next, n, k)
		}
		i += size
		break
	}
	space := false
	for i < len(line) {
		c := line[i]
		if c-0xEA <= 0xED-0xEA && hangulAt(line, i) {
			if space {
				n++
				space = false
			}
			k |= kwHangul
			// most syllables tell nothing: plainRunes reads them and what
			// follows
			j, m, kp := plainRunes(line, i, n)
			k |= uint64(kp)
			if j > i {
				i, n = j, m
				continue
			}
			// a syllable of scanMask that tells something here
			n++
			i += 3
			r := rune(c&0x0F)<<12 | rune(line[i-2]&0x3F)<<6 | rune(line[i-1]&0x3F)
			k = scanCase(r, line[i:], n, k)
			continue
		}
		if plainClass[c] == pcDigit && (space || n < 24) {
			// a digit plainRunes does not take: counted, and early or not
			// (no case of scanCase but its own)
			if space {
				n++
				space = false
			}
			n++
			i++
			if n <= 24 {
				k |= scDigitEarly
			}
			continue
		}
		if !space && plainClass[c] != pcStop {
			if j, m, kp := plainRunes(line, i, n); j > i {
				k |= uint64(kp)
				if m-n < j-i {
					k |= kwHangul // (only syllables take more bytes than runes)
				}
				i, n = j, m
				continue
			}
		}
		if c > ' ' && c < utf8.RuneSelf {
			// ASCII, not white space nor a control byte
			if space {
				n++
				space = false
			}
			n++
			i++
			if scanMask[c>>6]&(1<<(c&63)) != 0 {
				k = scanCase(rune(c), line[i:], n, k)
			}
			continue
		}
		r, size, bits := scanRune(line, i)
		k |= bits &^ scSpace
		if bits&scSpace != 0 {
			if c != ' ' || space {
				k |= scNotFolded
				if space {
					k |= scRepeatSpace
				}
			}
			space = true
			i += size
			continue
		}
		if space {
			n++
			space = false
		}
		n++
		i += size
		if r >= 0xAC00 && r <= 0xD7A3 {
			k |= kwHangul
		}
		if r < 0x10000 && scanMask[r>>6]&(1<<(r&63)) != 0 {
			k = scanCase(r, line[i:], n, k)
		}
	}
	if space {
		k |= scNotFolded // trailing white space
	}
	if k&scDigitEarly != 0 && metaFirstRune(firstRune) || k&scEndsSoyo != 0 {
		k |= scSuspect
	}
	return lineScan{n: n, keys: uint32(k), suspect: k&scSuspect != 0,
		// isBylineLine takes lines of at most 80 runes
		byline: k&scByline != 0 && n <= 80, bad: k&scBad != 0, folded: k&scNotFolded == 0, ctl: k&scCtl != 0,
		oddSpace: k&scOddSpace != 0, repeatSpace: k&scRepeatSpace != 0}
}

// scSpace, in what scanRune returns, marks white space (foldSpace);
// scCtl, there and in the state of scanLine, a byte isBinary counts.
const (
	scSpace       = scNotFolded << 1
	scCtl         = scSpace << 1
	scOddSpace    = scCtl << 1      // white space but an ASCII space
	scRepeatSpace = scOddSpace << 1 // white space right after white space, past the first rune
)

// scanRune reads the rune at i of line as scanLine does: the rune, its
// size, and scBad when it is not valid UTF-8 (then scNotFolded too: fold
// writes U+FFFD), scSpace when it is white space.
func scanRune(line string, i int) (r rune, size int, bits uint64) {
	c := line[i]
	switch {
	case c < utf8.RuneSelf:
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			bits = scCtl // (a NUL too)
		}
		if c == ' ' {
			return rune(c), 1, bits | scSpace
		}
		if c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
			return rune(c), 1, bits | scSpace | scOddSpace
		}
		return rune(c), 1, bits
	case c&0xF0 == 0xE0 && i+2 < len(line) && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80:
		// three bytes: all of Hangul
		r, size = rune(c&0x0F)<<12|rune(line[i+1]&0x3F)<<6|rune(line[i+2]&0x3F), 3
		if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
			bits = scBad | scNotFolded // overlong, or a surrogate
		}
	case c-0xC2 <= 0xDF-0xC2 && i+1 < len(line) && line[i+1]&0xC0 == 0x80:
		// two bytes (·, ×, U+00A0)
		r, size = rune(c&0x1F)<<6|rune(line[i+1]&0x3F), 2
	default:
		r, size = utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError && size == 1 {
			bits = scBad | scNotFolded
		}
	}
	if r >= 0x80 && (r < 0xAC00 || r > 0xD7A3) && foldSpace(r) {
		bits |= scSpace | scOddSpace
	}
	return r, size, bits
}

// scanCase is what scanLine learns from a rune of scanMask, the n-th of
// the folded line, that next follows: the line keys and state k gets.
func scanCase(r rune, next string, n int, k uint64) uint64 {
	if phrases.wordMask[r>>6]&(1<<(r&63)) != 0 && anywhereWord(r, next) {
		k |= kwAnywhere | scSuspect
	}
	kw := keywordOf(r, next)
	k |= uint64(kw)
	if kw&(kwCircC|kwCircCapC|kwCopy|kwMudan|kwJaebaepo|kwHakseup) != 0 {
		k |= scSuspect
	}
	if kw&(kwGija|kwTeukpawon|kwTongsinwon) != 0 {
		k |= scByline
	}
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		// metadata lines have their date within the first 20 runes
		if n <= 24 {
			k |= scDigitEarly
		}
	case '소':
		if strings.HasPrefix(next, "요") {
			k |= scEndsSoyo
		}
	case '다':
		// the folded line has a space after 다 when white space and
		// then something else follow it
		if next != "" && next[0] == '.' {
			k |= kwDaDot
		} else if t := strings.TrimLeftFunc(next, foldSpace); len(t) < len(next) && t != "" {
			k |= kwDaSpace
		}
	case '(':
		if next != "" && next[0]|0x20 == 'c' {
			k |= kwParenC
			if len(next) >= 2 && next[1] == ')' {
				k |= scSuspect
			}
		}
	case 'r', 'R':
		if len(next) >= 4 && next[0]|0x20 == 'i' && next[1]|0x20 == 'g' && next[2]|0x20 == 'h' && next[3]|0x20 == 't' {
			k |= scSuspect
		}
	case '@':
		k |= scByline
	}
	return k
}
