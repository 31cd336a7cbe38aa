package claudemd

import (
	"bytes"
	"hash/maphash"
)

// importChunks finds the parts of body that goldmark has to parse to see
// every import candidate exactly as a whole-document parse would.
//
// goldmark runs at about 40 MB/s here, too slow to parse every byte of a
// large tree, and most of a file never holds an "@". A top-level block
// boundary is a line with no indentation right after a blank line, outside
// a fenced code block: there CommonMark closes every open paragraph, list,
// block quote and indented code block, so the text after it parses the same
// on its own. importChunks returns the regions between such boundaries that
// hold a candidate. It tracks top-level fences itself and gives up (ok=false:
// parse the whole file) on what it does not model: an indented
// fence-looking line (a list item's fence, or indented code), HTML blocks
// (which can span blank lines) and link reference definitions.
// FuzzImportChunks checks the result against a whole-document parse.
func importChunks(body []byte) (ranges [][2]int, ok bool) {
	ls := scanLines(body, 0, candidateAts(body), nil, false)
	return ls.ranges, ls.chunkOK
}

// lineScan is what one pass over a file's lines finds: the regions
// goldmark must parse (see importChunks) and the paragraph hashes for
// duplicate-content.
type lineScan struct {
	ranges  [][2]int
	chunkOK bool
	paras   []para
	// deep is set when a line opens more nested containers (block quotes,
	// list levels) than maxNesting: goldmark slows down faster than
	// linearly with nesting, so such files are scanned line by line.
	deep bool
}

// maxNesting bounds the block quotes and list levels goldmark parses.
// Real memory files nest a few levels; thousands make a parse take seconds.
const maxNesting = 32

// candidateAts lists the offsets of every "@" that may start an import. An
// "@" right after a letter or digit (an e-mail address) never matches, so a
// file without any other "@" has nothing for goldmark to find. Punctuation
// before it can: marked starts a new text token after "**bold**", so
// "**bold**@x.md" is an import.
func candidateAts(b []byte) []int {
	var out []int
	for pos := 0; ; {
		i := bytes.IndexByte(b[pos:], '@')
		if i < 0 {
			return out
		}
		at := pos + i
		if at == 0 {
			out = append(out, at)
		} else if c := b[at-1]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			out = append(out, at)
		}
		pos = at + 1
	}
}

// scanLines walks body's lines once. base is body's offset in the file
// (for paragraph line numbers, line0 is the line of body's first byte).
func scanLines(body []byte, line0 int, ats []int, seed *maphash.Seed, wantParas bool) lineScan {
	out := lineScan{chunkOK: true}
	inFence := false
	var fenceChar byte
	fenceLen := 0
	prevBlank := true
	regionStart, regionHas := 0, false
	chunking := len(ats) > 0
	ai := 0
	paraStart, paraLine := -1, 0
	line := line0
	flushPara := func(end int) {
		if paraStart < 0 {
			return
		}
		p := bytes.TrimSpace(body[paraStart:end])
		if len(p) >= 64 && !bytes.HasPrefix(p, []byte("<!--")) {
			out.paras = append(out.paras, para{hash: maphash.Bytes(*seed, p), line: paraLine, size: len(p)})
		}
		paraStart = -1
	}
	for ls := 0; ls < len(body); line++ {
		le := bytes.IndexByte(body[ls:], '\n')
		next := len(body)
		if le < 0 {
			le = len(body)
		} else {
			le += ls
			next = le + 1
		}
		indent, i := 0, ls
		for i < le && (body[i] == ' ' || body[i] == '\t') {
			if body[i] == '\t' {
				indent += 4 - indent%4
			} else {
				indent++
			}
			i++
		}
		rest := body[i:le]
		blank := blankLine(rest)
		if indent > 4*maxNesting || quoteDepth(rest) > maxNesting {
			out.deep = true
		}
		if wantParas {
			if blank {
				flushPara(ls)
			} else if paraStart < 0 {
				paraStart, paraLine = ls, line
			}
		}
		if chunking {
			if inFence {
				if indent <= 3 && closesFence(rest, fenceChar, fenceLen) {
					inFence = false
				}
			} else {
				if !blank && indent == 0 && prevBlank && ls > regionStart {
					if regionHas {
						out.ranges = append(out.ranges, [2]int{regionStart, ls})
					}
					regionStart, regionHas = ls, false
				}
				if c, n := fenceRun(rest); n >= 3 {
					if indent > 0 {
						// Indented: a list item's fence or indented code; the
						// tracker models only top-level fences.
						chunking, out.chunkOK = false, false
					} else if !(c == '`' && bytes.IndexByte(rest[n:], '`') >= 0) {
						inFence, fenceChar, fenceLen = true, c, n
					}
				} else if indent <= 3 && len(rest) >= 2 && (rest[0] == '<' && htmlStart(rest[1]) || rest[0] == '[' && bytes.Contains(rest, []byte("]:"))) {
					// HTML blocks span blank lines; a link reference
					// definition changes how links elsewhere parse.
					chunking, out.chunkOK = false, false
				}
			}
			for ai < len(ats) && ats[ai] < next {
				regionHas = true
				ai++
			}
		}
		prevBlank = blank
		ls = next
	}
	if wantParas {
		flushPara(len(body))
	}
	if !out.chunkOK {
		out.ranges = nil
	} else if regionHas {
		out.ranges = append(out.ranges, [2]int{regionStart, len(body)})
	}
	return out
}

// plainChunk reports whether a region is one plain paragraph: no
// character that starts inline markup, an entity, HTML or a code span, and
// no line that could start another block. Its text is then exactly its
// lines, and the import pattern can run on them without a parser.
func plainChunk(b []byte) bool {
	for _, c := range b {
		switch c {
		case '`', '<', '>', '[', ']', '*', '_', '\\', '&', '~', '|', '#', '!':
			return false
		}
	}
	sawBlank := false
	for ls := 0; ls < len(b); {
		le := bytes.IndexByte(b[ls:], '\n')
		if le < 0 {
			le = len(b)
		} else {
			le += ls
		}
		line := b[ls:le]
		t := bytes.TrimLeft(line, " ")
		if len(line)-len(t) >= 4 && ls == 0 || bytes.IndexByte(line, '\t') >= 0 {
			return false
		}
		switch {
		case len(bytes.TrimSpace(t)) == 0:
			sawBlank = true
		case sawBlank:
			return false // text after a blank line: more than one block
		case t[0] == '-' || t[0] == '+' || t[0] == '=' || t[0] >= '0' && t[0] <= '9':
			return false
		}
		ls = le + 1
	}
	return true
}

// blankLine reports whether a line is blank as CommonMark defines it:
// only spaces and tabs (and the CR of a CRLF ending). bytes.TrimSpace is
// wider: a form feed, vertical tab or no-break space would end a paragraph
// the parser keeps going.
func blankLine(s []byte) bool {
	for _, c := range s {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// fenceRun returns the fence character and run length at the start of s.
func fenceRun(s []byte) (byte, int) {
	if len(s) == 0 || (s[0] != '`' && s[0] != '~') {
		return 0, 0
	}
	n := 0
	for n < len(s) && s[n] == s[0] {
		n++
	}
	return s[0], n
}

func closesFence(s []byte, c byte, min int) bool {
	fc, n := fenceRun(s)
	return fc == c && n >= min && len(bytes.TrimSpace(s[n:])) == 0
}

func htmlStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?'
}

// hasCommentBlock reports whether a line starts (indented at most three
// spaces) with "<!--": only such lines can open the top-level comment
// blocks Claude Code strips.
func hasCommentBlock(body []byte) bool {
	for pos := 0; ; {
		i := bytes.Index(body[pos:], []byte("<!--"))
		if i < 0 {
			return false
		}
		at := pos + i
		start, _ := lineAt(body, at)
		if at-start <= 3 && len(bytes.TrimLeft(body[start:at], " ")) == 0 {
			return true
		}
		pos = at + 4
	}
}

// quoteDepth counts the block-quote markers that open a line.
func quoteDepth(s []byte) int {
	n := 0
	for _, c := range s {
		switch c {
		case '>':
			n++
		case ' ', '\t':
		default:
			return n
		}
	}
	return n
}

// deepCandidates is the fallback for files nested deeper than maxNesting:
// each line, stripped of its quote markers and indentation, is scanned as
// text, skipping fenced code. It may differ from Claude Code in corners
// (code spans, indented code) but stays linear in the file's size.
func deepCandidates(body []byte, base int) []candidate {
	var out []candidate
	inFence := false
	var fenceChar byte
	fenceLen := 0
	for ls := 0; ls < len(body); {
		le := bytes.IndexByte(body[ls:], '\n')
		if le < 0 {
			le = len(body)
		} else {
			le += ls
		}
		i := ls
		for i < le && (body[i] == ' ' || body[i] == '\t' || body[i] == '>') {
			i++
		}
		rest := body[i:le]
		switch c, n := fenceRun(rest); {
		case inFence:
			if closesFence(rest, fenceChar, fenceLen) {
				inFence = false
			}
		case n >= 3 && !(c == '`' && bytes.IndexByte(rest[n:], '`') >= 0):
			inFence, fenceChar, fenceLen = true, c, n
		default:
			scanRun(body, i, le, true, func(off, end int) {
				out = append(out, candidate{off: off + base, end: end + base})
			})
		}
		ls = le + 1
	}
	return out
}
