package apierror

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Markers Claude Code (and chat UIs) put in front of lines.
const (
	markNone    = 0
	markCorner  = 'c' // ⎿  — output of the item above
	markBullet  = 'b' // ⏺ ● — a new assistant/tool item
	markPrompt  = 'p' // ❯ > — the user's prompt
	markSpinner = 's' // ✻ ✶ … — status lines
)

// line is one line of the paste after clean-up.
type line struct {
	text   string // without prefixes, markers and surrounding blanks
	indent int32  // columns of leading blank before the first marker
	log    int32  // -1 for visible text, else the index of the /bug errors-log entry
	marker byte   // first marker seen (markCorner, …)
	trail  bool   // the line had trailing blanks: a terminal wrap at a space
	blank  bool
	tool   bool // inside a tool call's output (⏺ Bash(…) ⎿ …)
	note   bool // a release note's line, left out as blank ("Fixed 429 errors on …")
	code   bool // source code writing a literal (writtenInSource): no phrase counts on it
	dot    bool // its bullet was a list's • ◦ ∙, not Claude Code's ⏺ ●
	// quote is set when the line opens with a markdown quote's ">"; inner
	// and innerIndent are the marker and indentation inside the quote.
	quote       bool
	stamped     bool // a log timestamp opened it (stripped from text)
	inner       byte
	innerIndent int32
}

// normalise turns a messy paste into clean lines: ANSI escapes and control
// characters removed, escaped JSON unescaped, Claude Code's /bug "Errors" log
// split into its entries, and UI prefixes (⎿ ⏺ ● │ …) stripped.
func normalise(raw string) []line {
	s := cleanControl(raw)
	visible, entries := splitErrorLog(s)
	// The text before the log, each entry, the text after it.
	parts := make([]string, 0, len(entries)+2)
	parts = append(parts, unescapeEmbedded(visible[0]))
	parts = append(parts, entries...)
	for _, part := range visible[1:] {
		parts = append(parts, unescapeEmbedded(part))
	}
	n := 0
	for _, part := range parts {
		n += strings.Count(part, "\n") + 1
	}
	lines := make([]line, 0, n) // one allocation, however many log entries
	for i, part := range parts {
		log := -1
		if i > 0 && i <= len(entries) {
			log = i - 1
		}
		lines = appendLines(lines, part, log, curlyQuote(part) >= 0)
	}
	unquoteBlocks(lines)
	markToolOutput(lines)
	markSourceBlocks(lines)
	return lines
}

// unquoteBlocks reads a markdown quote of several lines (an issue quoting a
// paste: "> {", ">   \"type\": …") as the paste it quotes: each line keeps
// the marker and indentation inside the quote. A lone ">" line stays what
// Claude Code means by it, the user's prompt; a prompt's further lines
// carry no marker.
func unquoteBlocks(lines []line) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].quote {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				l := &lines[k]
				l.marker, l.indent = l.inner, l.indent+l.innerIndent
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// cleanControl drops ANSI escape sequences and control characters and turns
// \r\n and lone \r into \n. Input must be valid UTF-8.
func cleanControl(s string) string {
	i := cleanPrefix(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for {
		j := i
		for j < len(s) && !isControl(s[j]) {
			j++
		}
		b.WriteString(s[i:j])
		if j >= len(s) {
			break
		}
		c := s[j]
		switch {
		case c == 0x1b:
			j = skipEscape(s, j)
		case c == '\r':
			if j+1 >= len(s) || s[j+1] != '\n' {
				b.WriteByte('\n')
			}
		case c == '\t':
			b.WriteString("    ")
		default:
			b.WriteByte(' ')
		}
		i = j + 1
	}
	return b.String()
}

func isControl(c byte) bool { return controlByte[c] }

// cleanPrefix returns the length of the longest prefix of s without a
// control byte (isControl). Most pastes hold none, and the whole paste is
// read: eight bytes are checked at once.
func cleanPrefix(s string) int {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	// zero has the high bit of each zero byte of x set, and no other bit
	// (the sums stay within their bytes: no carry reaches the next one).
	zero := func(x uint64) uint64 { return ^((x&low7 + low7) | x) & highs }
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word(s[i : i+8])
		del := w ^ 0x7f*ones // DEL bytes become zero
		if ((w-0x20*ones)&^w|(del-ones)&^del)&highs == 0 {
			continue // no byte below 0x20 (a line end is one) and no DEL
		}
		below := ^(w&low7 + (0x80-0x20)*ones | w) & highs // exactly the bytes below 0x20
		if m := below&^zero(w^'\n'*ones) | zero(del); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !isControl(s[i]) {
		i++
	}
	return i
}

// word reads the eight bytes of b as one little-endian word (the compiler
// makes it one load).
func word(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// controlByte marks C0 controls except \n, and DEL.
var controlByte = [256]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true,
	11: true, 12: true, 13: true, 14: true, 15: true, 16: true, 17: true, 18: true, 19: true, 20: true, 21: true,
	22: true, 23: true, 24: true, 25: true, 26: true, 27: true, 28: true, 29: true, 30: true, 31: true, 0x7f: true}

// skipEscape returns the index of the last byte of the escape sequence that
// starts at s[i] (an ESC).
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return i
	}
	switch s[i+1] {
	case '[': // CSI: parameters, then one final byte 0x40–0x7e
		j := i + 2
		for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
			if s[j] == '\n' || j-i > 64 {
				return j - 1
			}
			j++
		}
		return min(j, len(s)-1) // a sequence cut off by the end of the text ends there
	case ']': // OSC: up to BEL or ESC \
		for j := i + 2; j < len(s) && j-i < 4096; j++ {
			if s[j] == 0x07 {
				return j
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 1
			}
			if s[j] == '\n' {
				return j - 1
			}
		}
		return i + 1
	default:
		return i + 1
	}
}

// splitErrorLog finds the entries of Claude Code's /bug "Errors" log —
// [{"error":"Error: 529 {\"type\":…}\n    at …","timestamp":"…"},…] — and
// returns the text before and after the log, and each entry unescaped.
func splitErrorLog(s string) (visible []string, entries []string) {
	const open = `{"error":"`
	var starts, bodies []int
	for off := 0; ; {
		i := strings.Index(s[off:], `{"`)
		if i < 0 {
			break
		}
		p := off + i + 2
		off = p
		// A narrow terminal may have wrapped the line anywhere in the marker.
		n, ok := prefixWrapped(s[p:], open[2:])
		if ok && looksLikeErrorName(skipWrap(s[p+n:])) {
			starts = append(starts, off-2)
			bodies = append(bodies, p+n)
			off = p + n
		}
	}
	if len(starts) == 0 {
		return []string{s}, nil
	}
	end := len(s)
	for k := range starts {
		body := bodies[k]
		limit := len(s)
		if k+1 < len(starts) {
			limit = starts[k+1]
		}
		e := limit
		if j := strings.Index(s[body:limit], `","timestamp"`); j >= 0 {
			e = body + j
			end = e
			// Skip the rest of the entry: ,"timestamp":"…"} and a closing ].
			if r := strings.IndexByte(s[e:limit], '}'); r >= 0 {
				end = e + r + 1
				if end < len(s) && s[end] == ']' {
					end++
				}
			}
		} else {
			end = limit
		}
		entries = append(entries, unescapeJSONString(s[body:e]))
	}
	before := s[:starts[0]]
	before = strings.TrimSuffix(before, "[")
	return []string{before, s[end:]}, entries
}

// prefixWrapped reports whether s starts with lit, allowing terminal wraps
// (a line break and indentation) between its bytes, and how much of s it took.
func prefixWrapped(s, lit string) (int, bool) {
	j := 0
	for i := 0; i < len(lit); i++ {
		if j < len(s) && s[j] == '\n' && s[j] != lit[i] {
			j++
			for j < len(s) && s[j] == ' ' {
				j++
			}
		}
		if j >= len(s) || s[j] != lit[i] {
			return 0, false
		}
		j++
	}
	return j, true
}

// skipWrap drops a terminal wrap at the start of s: a line break and the
// indentation after it.
func skipWrap(s string) string {
	if len(s) == 0 || s[0] != '\n' {
		return s
	}
	return strings.TrimLeft(s[1:], " ")
}

// looksLikeErrorName reports whether s starts like "Error: …", "TypeError: …".
func looksLikeErrorName(s string) bool {
	for i := 0; i < len(s) && i < 40; i++ {
		c := s[i]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			continue
		}
		return i >= 5 && strings.HasSuffix(s[:i], "Error") && (c == ':' || c == ' ' || c == '"')
	}
	return false
}

// unescapeJSONString decodes the escapes of a JSON string body leniently:
// a truncated or broken escape is kept as it is.
func unescapeJSONString(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		// Copy up to the next backslash in one piece.
		k := strings.IndexByte(s[i:], '\\')
		if k < 0 || i+k+1 >= len(s) {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+k])
		i += k + 1
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteString("    ")
		case 'r':
		case '"', '\\', '/':
			b.WriteByte(s[i])
		case 'u':
			if r, ok := hex4(s[i+1:]); ok {
				b.WriteRune(r)
				i += 4
			} else {
				b.WriteString(`\u`)
			}
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r*16 + rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	if r < 0x20 || !utf8.ValidRune(r) {
		return ' ', true
	}
	return r, true
}

// unescapeEmbedded undoes JSON escaping of error bodies quoted inside other
// text (stack traces, wrappers): {\"type\":…} → {"type":…}, at any depth.
func unescapeEmbedded(s string) string {
	if !strings.Contains(s, `\"`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], '\\')
		if k < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+k])
		i += k
		// A run of backslashes followed by a quote is an escaped quote.
		j := i
		for j < len(s) && s[j] == '\\' {
			j++
		}
		switch {
		case j < len(s) && s[j] == '"':
			b.WriteByte('"')
			i = j
		case j < len(s) && s[j] == 'n' && j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == 'F' || s[j+1] == 'R'):
			b.WriteByte('\n')
			i = j
		case j+4 < len(s) && s[j] == 'u':
			if r, ok := hex4(s[j+1:]); ok {
				b.WriteRune(r)
				i = j + 4
			} else {
				b.WriteString(s[i:j])
				i = j - 1
			}
		default:
			b.WriteString(s[i:j])
			i = j - 1
		}
	}
	return b.String()
}

// appendLines splits text into lines, cleans each and appends them (lines
// has room for them: normalise counted them). quotes says whether text
// holds a typographic quote.
func appendLines(lines []line, text string, log int, quotes bool) []line {
	for len(text) > 0 {
		var ln string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			ln, text = text[:i], text[i+1:]
		} else {
			ln, text = text, ""
		}
		lines = append(lines, line{})
		cleanLine(&lines[len(lines)-1], ln, log, quotes)
	}
	return lines
}

// cleanLine strips indentation, UI markers, box drawing and timestamps.
func cleanLine(l *line, s string, log int, quotes bool) {
	l.log = int32(log)
	trimmed := strings.TrimRight(s, " ")
	l.trail = len(trimmed) < len(s)
	s = trimmed
	indent := 0
	for indent < len(s) && s[indent] == ' ' {
		indent++
	}
	l.indent, s = int32(indent), s[indent:]
	// Leading markers, possibly several ("  ⎿  ● …", "> ⎿ …"); a line
	// that starts with a word (most) has none.
	for s != "" && !isAlnum(s[0]) {
		r, size := utf8.DecodeRuneInString(s)
		kind, ok := markerKind(r)
		if !ok || size == 0 {
			break
		}
		// "-", "*", "+", "#", ">" are markers only when followed by a blank
		// (or more of themselves: "**Errors**", "###").
		if r < 0x80 && len(s) > size && s[size] != ' ' && s[size] != byte(r) {
			break
		}
		if l.quote && l.inner == markNone && kind != markNone {
			l.inner = kind
		}
		if l.marker == markNone && kind != markNone {
			l.marker = kind
			l.dot = kind == markBullet && r != '⏺' && r != '●'
			if r == '>' && !l.quote {
				l.quote = true
				rest := s[size:]
				for n := 1; n < len(rest) && rest[n] == ' '; n++ {
					l.innerIndent++ // blanks after the one that ends the marker
				}
			}
		}
		s = trimBlanks(s[size:])
	}
	if t := stripTimestamp(s); len(t) < len(s) {
		s, l.stamped = t, true
	}
	if quotes {
		s = straightQuotes(s)
	}
	// Trailing box drawing and markdown decoration.
	for s != "" && !isAlnum(s[len(s)-1]) {
		r, size := utf8.DecodeLastRuneInString(s)
		if size == 0 || !(isBoxRune(r) || r == '`' || r == ' ') {
			break
		}
		s = s[:len(s)-size]
	}
	for s != "" && s[0] == '`' {
		s = s[1:]
	}
	if s == "" || isDecoration(s) {
		l.blank = true
		return
	}
	if isReleaseNote(s) {
		l.blank, l.note = true, true
		return
	}
	l.text = s
	l.code = writtenInSource(s)
}

// trimBlanks drops the spaces s starts with.
func trimBlanks(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// straightQuotes writes typographic quotes as the phrases are written:
// You’ve → You've. Lines without one (most) are not copied.
func straightQuotes(s string) string {
	var b strings.Builder
	run := 0
	for i := curlyQuote(s); i >= 0; {
		q := byte('\'') // ‘ ’
		if s[i+2] >= 0x9c {
			q = '"' // “ ”
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[run:i])
		b.WriteByte(q)
		run = i + 3
		if i = curlyQuote(s[run:]); i >= 0 {
			i += run
		}
	}
	if run == 0 {
		return s
	}
	b.WriteString(s[run:])
	return b.String()
}

// curlyQuote returns the index of the first typographic quote (‘ ’ “ ”) in
// s, or -1.
func curlyQuote(s string) int {
	for i := 0; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:], 0xe2)
		if k < 0 || i+k+2 >= len(s) {
			break
		}
		i += k
		if s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x98, 0x99, 0x9c, 0x9d:
				return i
			}
		}
	}
	return -1
}

func markerKind(r rune) (byte, bool) {
	switch r {
	case '⎿':
		return markCorner, true
	case '⏺', '●', '•', '◦', '∙':
		return markBullet, true
	case '❯', '>', '›', '»':
		return markPrompt, true
	case '✻', '✽', '✶', '✳', '✢', '✷', '✸', '✹', '✺', '·', '⏵':
		return markSpinner, true
	case '│', '┃', '║', '┆', '┊', '╎', '▐', '▌', '-', '*', '+', '#', '⎯':
		return markNone, true
	}
	return markNone, false
}

func isBoxRune(r rune) bool {
	return (r >= 0x2500 && r <= 0x257f) || r == '▐' || r == '▌' || r == '▘' || r == '▝'
}

// isDecoration reports lines that carry no words: box borders, rules, code
// fences, spinner art.
func isDecoration(s string) bool {
	if s != "" && isAlnum(s[0]) {
		return false // most lines: a word or a number first
	}
	if strings.HasPrefix(s, "```") || strings.HasPrefix(s, "~~~") {
		return true
	}
	for _, r := range s {
		if r == ' ' || r == '…' || r == '.' || r == '=' || r == '-' || r == '_' || r == '*' || isBoxRune(r) || (r >= 0x2580 && r <= 0x259f) || r == '⛁' || r == '⛀' || r == '⛶' {
			continue
		}
		return false
	}
	return true
}

// isReleaseNote reports changelog bullets ("Fixed 429 errors on …"): they
// name errors without being one.
func isReleaseNote(s string) bool {
	if s == "" || !cueFirst.get()[s[0]] {
		return false
	}
	for _, p := range changeCues {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return p != "Fixed " || !fixedWhere(rest)
		}
	}
	return false
}

// fixedWhere reports the rest of a "Fixed " line that says where the fix
// landed ("Fixed on `main` in #151.", "Fixed in v1.4.2", "Fixed by #88"): a
// maintainer's reply under the issue it fixes, not a release note, which
// says what was fixed ("Fixed 403 errors when …").
func fixedWhere(rest string) bool {
	for _, p := range [...]string{"in ", "on ", "by ", "via "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// cueFirst marks the bytes a change cue starts with: most lines start with
// none, and are not compared with every cue.
var cueFirst = lazy[*[256]bool]{make: func() *[256]bool {
	var first [256]bool
	for _, p := range changeCues {
		first[p[0]] = true
	}
	return &first
}}

// stripTimestamp drops a leading log timestamp such as "[26-03-10 10:50:17] "
// or an unbracketed date and time ("2026-12-04T10:11:12.123Z ", "2026/12/04
// 10:11:12,123 "), as docker, kubectl and most loggers write them on every
// line: a pretty-printed body in such a log is still a body.
func stripTimestamp(s string) string {
	if len(s) < 10 {
		return s
	}
	if s[0] != '[' {
		if n := dateTimeLen(s); n > 0 && n < len(s) && s[n] == ' ' {
			return strings.TrimLeft(s[n:], " ")
		}
		return s
	}
	end := strings.IndexByte(s, ']')
	if end < 9 || end > 40 {
		return s
	}
	for i := 1; i < end; i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '-' || c == ':' || c == ' ' || c == 'T' || c == 'Z' || c == '.' || c == '/' || c == '+' || c == ',') {
			return s
		}
	}
	return strings.TrimLeft(s[end+1:], " ")
}

// dateTimeLen returns the length of the date and time s opens with
// (YYYY-MM-DD or YYYY/MM/DD, "T" or a blank, HH:MM:SS, an optional
// fraction and zone), or 0. A date alone is not a timestamp: "2026-12-04
// the API failed" keeps its date.
func dateTimeLen(s string) int {
	if len(s) < 19 || !digitsAt(s, 0, 4) || (s[4] != '-' && s[4] != '/') || s[7] != s[4] || !digitsAt(s, 5, 2) || !digitsAt(s, 8, 2) ||
		(s[10] != 'T' && s[10] != ' ') || !digitsAt(s, 11, 2) || s[13] != ':' || !digitsAt(s, 14, 2) || s[16] != ':' || !digitsAt(s, 17, 2) {
		return 0
	}
	i := 19
	if i < len(s) && (s[i] == '.' || s[i] == ',') {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > i+1 {
			i = j
		}
	}
	switch {
	case i < len(s) && s[i] == 'Z':
		i++
	case i+6 <= len(s) && (s[i] == '+' || s[i] == '-') && digitsAt(s, i+1, 2) && s[i+3] == ':' && digitsAt(s, i+4, 2):
		i += 6
	}
	return i
}

// markToolOutput flags the lines that belong to a tool call's output
// ("⏺ Bash(curl localhost:3000)" and the ⎿ lines under it): errors printed
// there are the user's programs' errors, not Claude API failures.
func markToolOutput(lines []line) {
	in, toolIndent := false, int32(0)
	for i := range lines {
		l := &lines[i]
		if l.blank {
			continue
		}
		if l.marker == markBullet || l.marker == markPrompt || (l.marker == markNone && l.indent <= toolIndent && in && !strings.HasPrefix(l.text, "at ")) {
			in = false
		}
		// Only Claude Code's own bullets open a tool call: an article's or a
		// reference's • list names functions the same way ("• ApiError(status:
		// Int)") over the lines that document them.
		if l.marker == markBullet && !l.dot && isToolCall(l.text) {
			in, toolIndent = true, l.indent
			continue
		}
		l.tool = in && l.log < 0
	}
}

// isToolCall reports "Bash(…)", "Read(…)", "server - tool (MCP)(…)".
func isToolCall(s string) bool {
	i := strings.IndexByte(s, '(')
	if i <= 0 || i > 60 {
		return false
	}
	name := strings.TrimSuffix(strings.TrimSpace(s[:i]), " (MCP)")
	if strings.HasSuffix(s[:i], "(MCP)") {
		name = strings.TrimSpace(strings.TrimSuffix(s[:i], "(MCP)"))
	}
	if name == "" {
		return false
	}
	spaces := 0
	for j := 0; j < len(name); j++ {
		c := name[j]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '-', c == '.', c == ':':
		case c == ' ':
			spaces++
		default:
			return false
		}
	}
	// "Bash", "mcp-server - tool" but not a sentence.
	return spaces == 0 || (spaces == 2 && strings.Contains(name, " - "))
}
