package apierror

import (
	"slices"
	"sort"
	"strings"
)

// doc is a normalised paste plus where the catalogue's phrases occur in it.
// Offsets are in the paste squashed: blanks and backticks removed, so a
// phrase matches across terminal wrapping. sqStart[i] is where line i begins.
type doc struct {
	lines   []line
	sqStart []int
	hits    []hit // phrase occurrences, by start offset
	start   []bool
	nstart  int // lines that may start an error
	// Room for the phrase sets of the segments, cut as they are asked for:
	// a set per segment, not three allocations each.
	sets   []phraseSet
	bits   []uint64
	setID  []int32
	bodies bodyMemo // the error bodies its segments have read
	raw    string   // the paste as given
	curl   int8     // localCurl(raw), once asked: 0 not yet, 1 no, 2 yes
	told   int8     // reportTold, once asked: 0 not yet, 1 no, 2 yes

	// The genre readers' forms of raw, once asked (genre_memo.go).
	lowered *genreForms
}

type hit struct {
	id    int32
	start int
}

func newDoc(lines []line, rs *ruleSet) *doc {
	// Pastes hold about a phrase every other line: sized for that, the
	// lists rarely grow.
	d := &doc{lines: lines, start: make([]bool, len(lines)), hits: make([]hit, 0, 8+len(lines)/2)}
	pending := make([]int, 0, 8+len(lines)/4) // hits whose line is only known once sqStart is
	d.sqStart = rs.matcher.scanLines(lines, func(id int32, end, li, at int) {
		if lines[li].code && !rs.where(id) {
			return // a literal in source code: no program printed it (sourceline.go)
		}
		if c := rs.cased[id]; c != "" && !endsWithCased(lines, li, at, c) {
			return
		}
		if rs.name[id] && inDocsLink(lines[li].text[:at], rs.phrases[id]) {
			return
		}
		d.hits = append(d.hits, hit{id, end - len(rs.phrases[id])})
		if rs.frame[id] {
			pending = append(pending, len(d.hits)-1)
		}
	})
	for _, h := range pending {
		if li := d.lineAt(d.hits[h].start); !d.start[li] {
			d.start[li] = true
			d.nstart++
		}
	}
	// A status with its reason phrase in an error frame ("HTTP 502 Bad
	// Gateway") is an error without any of the catalogue's phrases.
	for li := range lines {
		if !d.start[li] && !lines[li].blank && !lines[li].code && (reasonFramedStatus(lines[li].text) != 0 ||
			// nor is an error type a report says a request got back
			strings.Contains(lines[li].text, "_error") && reportedType(lowerASCII(lines[li].text)) != "" ||
			// or a status the report gives as "404 error"
			(strings.Contains(lines[li].text, " error") || strings.Contains(lines[li].text, " Error") || hasCJK(lines[li].text)) && saidStatus(lowerASCII(lines[li].text)) != 0) {
			d.start[li] = true
			d.nstart++
		}
	}
	// By start, then end, then phrase: the matcher's order does not matter.
	slices.SortFunc(d.hits, func(a, b hit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if la, lb := len(rs.phrases[a.id]), len(rs.phrases[b.id]); la != lb {
			return la - lb
		}
		return int(a.id - b.id)
	})
	return d
}

// endsWithCased reports whether the text ending at lines[li].text[:at],
// squashed with case kept, ends with c.
func endsWithCased(lines []line, li, at int, c string) bool {
	k := len(c)
	for ; li >= 0 && k > 0; li-- {
		t := lines[li].text[:at]
		for i := len(t) - 1; i >= 0 && k > 0; i-- {
			b := t[i]
			if b == ' ' || b == '\t' || b == '\n' || b == '`' {
				continue
			}
			k--
			if b != c[k] {
				return false
			}
		}
		if li > 0 {
			at = len(lines[li-1].text)
		}
	}
	return k == 0
}

// lineAt returns the line holding squashed offset off.
func (d *doc) lineAt(off int) int {
	i := sort.Search(len(d.sqStart), func(i int) bool { return d.sqStart[i] > off }) - 1
	for i > 0 && i < len(d.lines) && d.lines[i].blank {
		i--
	}
	if i < 0 {
		i = 0
	}
	return i
}

// phrases returns the set of phrases found in lines [first, last].
func (d *doc) phrases(rs *ruleSet, first, last int) *phraseSet {
	from, to := d.sqStart[first], d.sqStart[last+1]
	i := sort.Search(len(d.hits), func(i int) bool { return d.hits[i].start >= from })
	j := i + sort.Search(len(d.hits)-i, func(k int) bool { return d.hits[i+k].start >= to })
	w := (len(rs.phrases) + 63) / 64
	if len(d.sets) == 0 {
		n := max(d.nstart, 4)
		d.sets, d.bits = make([]phraseSet, n), make([]uint64, n*w)
	}
	if len(d.setID) < j-i {
		d.setID = make([]int32, max(len(d.hits), j-i))
	}
	set := &d.sets[0]
	set.bits, set.hits = d.bits[:w:w], d.setID[:0:j-i]
	d.sets, d.bits, d.setID = d.sets[1:], d.bits[w:], d.setID[j-i:]
	for ; i < j; i++ {
		set.add(d.hits[i].id)
	}
	return set
}

// segment is a run of lines that tells of one error occurrence.
type segment struct {
	first, last int
	log         int32
	indent      int32
	marker      byte
	tool        bool
	depth       int  // open JSON braces
	html        bool // inside an HTML page
	blanks      int
}

const maxSegmentLines = 60

// segments cuts the paste into error occurrences. A segment starts at a line
// that holds an error phrase and grows over the lines that continue it:
// wrapped text (indented deeper), the rest of an open JSON body or HTML page,
// a nested cause (⎿ TypeError (fetch failed)); it ends at a blank line, a new
// UI item (⏺ ● ❯) or a new "API Error".
func (d *doc) segments(rs *ruleSet) []segment {
	out := make([]segment, 0, d.nstart)
	var cur segment
	open := false
	for i, l := range d.lines {
		if open && d.continues(&cur, i) {
			if l.blank {
				cur.blanks++
				continue
			}
			cur.blanks = 0
			cur.last = i
			cur.track(l.text)
			continue
		}
		if open {
			out = append(out, cur)
			open = false
		}
		if !l.blank && d.start[i] {
			cur = segment{first: i, last: i, log: l.log, indent: l.indent, marker: l.marker, tool: l.tool}
			cur.track(l.text)
			open = true
		}
	}
	if open {
		out = append(out, cur)
	}
	return out
}

func (s *segment) track(text string) {
	from := 0
	if s.depth == 0 {
		// Outside a body, what comes before the first "{" leaves the depth at 0.
		if from = strings.IndexByte(text, '{'); from < 0 {
			from = len(text)
		}
	}
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '{':
			s.depth++
		case '}':
			if s.depth > 0 {
				s.depth--
			}
		}
	}
	if strings.IndexByte(text, '<') < 0 {
		return
	}
	low := lowerASCII(text)
	if strings.Contains(low, "<html") || strings.Contains(low, "<!doctype") {
		s.html = true
	}
	if strings.Contains(low, "</html>") {
		s.html = false
	}
}

func (d *doc) continues(s *segment, i int) bool {
	l := d.lines[i]
	if l.log != s.log || i-s.first >= maxSegmentLines {
		return false
	}
	open := s.depth > 0 || s.html
	if l.blank {
		return open && s.blanks < 2
	}
	newItem := (l.marker == markBullet || l.marker == markPrompt || l.marker == markSpinner) && l.indent <= s.indent
	// ⎿ under ⎿, indented deeper, is a nested cause ("⎿ TypeError (fetch
	// failed)"); any other ⎿ line is the next item of the transcript.
	if l.marker == markCorner && !(s.marker == markCorner && l.indent > s.indent) {
		newItem = true
	}
	if newItem {
		return false
	}
	if d.start[i] && s.depth == 0 && (strings.HasPrefix(l.text, "API Error") || strings.HasPrefix(l.text, "API error")) {
		return false
	}
	if open {
		return true
	}
	if d.start[i] && l.indent <= s.indent && !wrapped(d.lines[i-1], l) {
		return false
	}
	return true
}

// textLow joins a segment's lines — a terminal wrap at a blank (the line
// had trailing blanks) becomes one space, any other break stays a newline —
// and returns that text and its lowerASCII, in one allocation.
func (d *doc) textLow(s segment) (string, string) {
	if s.first == s.last {
		t := d.lines[s.first].text
		return t, lowerASCII(t)
	}
	var b strings.Builder
	n := d.joinedLen(s)
	b.Grow(2 * n)
	d.join(&b, s)
	text := b.String()
	i := nextUpper(text, 0)
	if i == len(text) {
		return text, text
	}
	writeLower(&b, text, i) // after text: its bytes stay as they are
	return text, b.String()[len(text):]
}

// joinedLen bounds the length of the segment's text.
func (d *doc) joinedLen(s segment) int {
	n := 0
	for i := s.first; i <= s.last; i++ {
		n += len(d.lines[i].text) + 1
	}
	return n
}

func (d *doc) join(b *strings.Builder, s segment) {
	start := b.Len()
	for i := s.first; i <= s.last; i++ {
		l := d.lines[i]
		if l.blank {
			continue
		}
		if b.Len() > start {
			if d.lines[i-1].trail {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
	}
}

// wrapped reports whether l continues the sentence of prev, as a terminal or
// an editor wraps a paragraph: prev does not end a sentence and l starts in
// lower case.
func wrapped(prev, l line) bool {
	if prev.blank || prev.text == "" || l.text == "" || l.marker != markNone {
		return false
	}
	switch prev.text[len(prev.text)-1] {
	case '.', '!', '?', ':', '}', ']', ')', '>':
		return false
	}
	c := l.text[0]
	return c >= 'a' && c <= 'z'
}

// inDocsLink reports a provider's name (squashed, folded) that ends
// before, the last word of before, inside the path of a link to Google
// Cloud's documentation site: Google's messages cite its pages ("Please
// refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429",
// sent by the Gemini API's Code Assist backend as well), so the name there
// says nothing of who answered. The services answer from their own hosts
// (*.googleapis.com), never from that one.
func inDocsLink(before, name string) bool {
	if len(before) < len(name) || !strings.EqualFold(before[len(before)-len(name):], name) {
		return false
	}
	word := before[:len(before)-len(name)]
	if i := strings.LastIndexAny(word, " \t\n\"'`(<[="); i >= 0 {
		word = word[i+1:]
	}
	return strings.Contains(word, "://cloud.google.com/")
}
