package claudemd

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdownParser is built on first use: the hook links this package too.
// Only the parser is linked (not goldmark's renderer), to keep init small.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
})

// candidate is one "@path" that Claude Code's import pattern matches in
// Markdown text.
type candidate struct {
	off, end int // the '@' and the end of the path, as byte offsets in the file
	// inCode is set for matches inside a code span that Claude Code still
	// sees (list items: see scanMarkdown).
	inCode bool
}

// mdScan is what one Markdown parse tells the linter.
type mdScan struct {
	cands []candidate
	// commentUnits is how many UTF-16 units stripping block-level HTML
	// comments removes from what Claude Code loads.
	commentUnits int
	sections     []Section
}

// scanMarkdown parses body (the file's content after its frontmatter, which
// starts at byte base of the file) the way Claude Code's marked-based loader
// sees it:
//
//   - import candidates come from text tokens: code blocks and code spans
//     are skipped, raw HTML is skipped, and block-level HTML that is a
//     comment contributes what is left once the comments are removed;
//   - inside list items marked keeps paragraph text as one raw "text" token
//     and Claude Code scans its raw source, so there a code span does NOT
//     protect an @ (those matches carry inCode so rules stay quiet about them);
//   - top-level HTML comment blocks (with the newlines after them) are
//     removed before the content is counted.
func scanMarkdown(body []byte, base int, wantImports, wantComments, wantSections bool) mdScan {
	var s mdScan
	doc := markdownParser().Parse(text.NewReader(body))
	emit := func(off, end int, inCode bool) {
		s.cands = append(s.cands, candidate{off: off + base, end: end + base, inCode: inCode})
	}
	if wantImports {
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.CodeBlock, *ast.FencedCodeBlock:
				return ast.WalkSkipChildren, nil
			case *ast.HTMLBlock:
				scanHTMLBlock(body, n, emit)
				return ast.WalkSkipChildren, nil
			case *ast.Paragraph, *ast.TextBlock:
				if isTable(body, n) {
					// marked makes a GFM table token; Claude Code's walker
					// never looks inside its cells.
					return ast.WalkSkipChildren, nil
				}
				if _, inItem := n.Parent().(*ast.ListItem); inItem {
					scanRawLines(body, n, emit)
				} else {
					scanInline(body, n, emit)
				}
				return ast.WalkSkipChildren, nil
			case *ast.Heading:
				scanInline(body, n, emit)
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	if wantComments {
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			if h, ok := n.(*ast.HTMLBlock); ok {
				s.commentUnits += commentBlockUnits(body, h)
			}
		}
	}
	if wantSections {
		s.sections = sections(body, doc)
	}
	return s
}

// htmlBlockRange returns the source bytes of an HTML block, closure line included.
func htmlBlockRange(h *ast.HTMLBlock) (int, int, bool) {
	lines := h.Lines()
	if lines.Len() == 0 {
		return 0, 0, false
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if h.HasClosure() {
		end = h.ClosureLine.Stop
	}
	return start, end, true
}

// isCommentHTML is Claude Code's test: the block starts with "<!--" and
// holds a "-->".
func isCommentHTML(raw []byte) bool {
	t := bytes.TrimLeft(raw, " \t\r\n")
	return bytes.HasPrefix(t, []byte("<!--")) && bytes.Contains(t, []byte("-->"))
}

// stripComments calls keep for each stretch of raw outside <!-- … --> comments.
func stripComments(raw []byte, base int, keep func(start, end int)) {
	pos := 0
	for {
		i := bytes.Index(raw[pos:], []byte("<!--"))
		if i < 0 {
			break
		}
		j := bytes.Index(raw[pos+i+4:], []byte("-->"))
		if j < 0 {
			break
		}
		if i > 0 {
			keep(base+pos, base+pos+i)
		}
		pos += i + 4 + j + 3
	}
	if pos < len(raw) {
		keep(base+pos, base+len(raw))
	}
}

func scanHTMLBlock(body []byte, h *ast.HTMLBlock, emit func(int, int, bool)) {
	start, end, ok := htmlBlockRange(h)
	if !ok || !isCommentHTML(body[start:end]) {
		return // other HTML is skipped entirely
	}
	first := true
	stripComments(body[start:end], start, func(a, b int) {
		scanRun(body, a, b, first, func(off, e int) { emit(off, e, false) })
		first = false
	})
}

// commentBlockUnits is how much a top-level comment block removes: marked's
// html token (the block plus the newlines after it), minus what is left once
// the comments are cut, if that is not blank.
func commentBlockUnits(body []byte, h *ast.HTMLBlock) int {
	start, end, ok := htmlBlockRange(h)
	if !ok || !isCommentHTML(body[start:end]) {
		return 0
	}
	for end < len(body) && body[end] == '\n' {
		end++
	}
	raw := body[start:end]
	removed := utf16Len(raw, utf8.Valid(raw))
	var rest []byte
	stripComments(raw, 0, func(a, b int) { rest = append(rest, raw[a:b]...) })
	if len(bytes.TrimSpace(rest)) > 0 {
		removed -= utf16Len(rest, utf8.Valid(rest))
	}
	return removed
}

// scanRawLines scans a list item's paragraph source line by line, code spans
// included, and flags the matches that fall inside a code span.
func scanRawLines(body []byte, n ast.Node, emit func(int, int, bool)) {
	var code [][2]int
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if cs, ok := c.(*ast.CodeSpan); ok {
			if a, b, ok := inlineRange(cs); ok {
				code = append(code, [2]int{a - 1, b + 1})
			}
		}
	}
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		scanRun(body, seg.Start, seg.Stop, true, func(off, end int) {
			in := false
			for _, r := range code {
				if off >= r[0] && off < r[1] {
					in = true
					break
				}
			}
			emit(off, end, in)
		})
	}
}

// inlineRange is the source range covered by an inline node's text children.
func inlineRange(n ast.Node) (int, int, bool) {
	start, end := -1, -1
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			if start < 0 {
				start = t.Segment.Start
			}
			end = t.Segment.Stop
		}
	}
	return start, end, start >= 0
}

// scanInline scans the text of a block's inline content. Adjacent text nodes
// that are contiguous in the source are scanned as one run, as marked keeps
// them in one text token.
func scanInline(body []byte, n ast.Node, emit func(int, int, bool)) {
	runStart, runEnd := -1, -1
	flush := func() {
		if runStart >= 0 {
			scanRun(body, runStart, runEnd, true, func(off, end int) { emit(off, end, false) })
		}
		runStart, runEnd = -1, -1
	}
	var walk func(ast.Node)
	walk = func(p ast.Node) {
		for c := p.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				seg := c.Segment
				if runStart >= 0 && seg.Start == runEnd {
					runEnd = seg.Stop
				} else {
					flush()
					runStart, runEnd = seg.Start, seg.Stop
				}
				if c.SoftLineBreak() || c.HardLineBreak() {
					// marked keeps the newline in the token: the next line's
					// @ is preceded by whitespace either way.
					flush()
				}
			case *ast.CodeSpan, *ast.RawHTML, *ast.AutoLink:
				flush()
			default:
				flush()
				walk(c)
				flush()
			}
		}
	}
	walk(n)
	flush()
}

// scanRun finds Claude Code's import pattern (?:^|\s)@((?:[^\s\\]|\\ )+) in
// src[start:end]; atStart says whether start counts as ^.
func scanRun(src []byte, start, end int, atStart bool, emit func(off, end int)) {
	pos := start
	for pos < end {
		i := bytes.IndexByte(src[pos:end], '@')
		if i < 0 {
			return
		}
		at := pos + i
		pos = at + 1
		if at == start {
			if !atStart {
				continue
			}
		} else if c := src[at-1]; c < utf8.RuneSelf {
			if !isJSSpace(rune(c)) {
				continue
			}
		} else if r, _ := utf8.DecodeLastRune(src[start:at]); !isJSSpace(r) {
			continue
		}
		j := at + 1
	capture:
		for j < end {
			c := src[j]
			switch {
			case c == '\\':
				if j+1 < end && src[j+1] == ' ' {
					j += 2
					continue
				}
				break capture
			case c < utf8.RuneSelf:
				if isJSSpace(rune(c)) {
					break capture
				}
				j++
			default:
				r, size := utf8.DecodeRune(src[j:end])
				if isJSSpace(r) {
					break capture
				}
				j += size
			}
		}
		if j == at+1 {
			continue
		}
		emit(at, j)
		pos = j
	}
}

// sections sizes each "## " section of a document.
func sections(body []byte, doc ast.Node) []Section {
	var out []Section
	type mark struct {
		off   int
		title string
	}
	var marks []mark
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || h.Level > 2 || h.Lines().Len() == 0 {
			continue
		}
		seg := h.Lines().At(0)
		start, _ := lineAt(body, seg.Start)
		title := string(bytes.TrimSpace(body[seg.Start:seg.Stop]))
		if h.Level == 1 {
			title = "# " + title
		} else {
			title = "## " + title
		}
		marks = append(marks, mark{start, title})
	}
	if len(marks) == 0 {
		return nil
	}
	if marks[0].off > 0 {
		marks = append([]mark{{0, "(before the first heading)"}}, marks...)
	}
	li := newLineIndex(body)
	for i, m := range marks {
		end := len(body)
		if i+1 < len(marks) {
			end = marks[i+1].off
		}
		line, _ := li.pos(m.off)
		seg := body[m.off:end]
		out = append(out, Section{Heading: m.title, Line: line, Chars: utf16Len(seg, utf8.Valid(seg))})
	}
	return out
}

// isTable reports whether a paragraph is a GFM table (goldmark's core
// parser has none): a header row with a pipe, then a delimiter row with as
// many cells.
func isTable(src []byte, n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	h, d := lines.At(0), lines.At(1)
	head := src[h.Start:h.Stop]
	delim := bytes.TrimSpace(src[d.Start:d.Stop])
	if bytes.IndexByte(head, '|') < 0 || len(delim) == 0 {
		return false
	}
	cells := tableCells(delim)
	for _, c := range cells {
		c = bytes.TrimSpace(c)
		c = bytes.TrimPrefix(c, []byte(":"))
		c = bytes.TrimSuffix(c, []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) != 0 {
			return false
		}
	}
	return len(cells) == len(tableCells(bytes.TrimSpace(head)))
}

// tableCells splits a table row on unescaped pipes, ignoring the outer ones.
func tableCells(row []byte) [][]byte {
	row = bytes.TrimPrefix(row, []byte("|"))
	if bytes.HasSuffix(row, []byte("|")) && !bytes.HasSuffix(row, []byte("\\|")) {
		row = row[:len(row)-1]
	}
	var out [][]byte
	start := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			out = append(out, row[start:i])
			start = i + 1
		}
	}
	return append(out, row[start:])
}
