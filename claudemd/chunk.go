package claudemd

import "bytes"

// importChunks finds the parts of body that goldmark has to parse to see
// every import candidate exactly as a whole-document parse would.
//
// goldmark runs at about 40 MB/s here, too slow to parse every byte of a
// large tree, and most of a file never holds an "@". A top-level block
// boundary is a line with no indentation right after a blank line, outside
// a fenced code block: there CommonMark closes every open paragraph, list,
// block quote and indented code block, so the text after it parses the same
// on its own. importChunks returns the regions between such boundaries that
// hold a candidate. It tracks fences itself and gives up (ok=false, parse
// the whole file) on what it does not model: a fence-looking line indented
// four or more spaces (it may be indented code) and HTML blocks (which can
// span blank lines). FuzzImportChunks checks the result against a
// whole-document parse.
func importChunks(body []byte) (ranges [][2]int, ok bool) {
	inFence := false
	var fenceChar byte
	fenceLen := 0
	prevBlank := true
	regionStart, regionHas := 0, false
	for ls := 0; ls < len(body); {
		le := bytes.IndexByte(body[ls:], '\n')
		next := len(body)
		if le < 0 {
			le = len(body)
		} else {
			le += ls
			next = le + 1
		}
		line := body[ls:le]
		indent, i := 0, 0
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			if line[i] == '\t' {
				indent += 4 - indent%4
			} else {
				indent++
			}
			i++
		}
		rest := line[i:]
		blank := len(bytes.TrimSpace(rest)) == 0
		if inFence {
			if indent <= 3 && closesFence(rest, fenceChar, fenceLen) {
				inFence = false
			}
		} else {
			if !blank && indent == 0 && prevBlank && ls > regionStart {
				if regionHas {
					ranges = append(ranges, [2]int{regionStart, ls})
				}
				regionStart, regionHas = ls, false
			}
			if c, n := fenceRun(rest); n >= 3 {
				if indent >= 4 {
					return nil, false
				}
				if !(c == '`' && bytes.IndexByte(rest[n:], '`') >= 0) {
					inFence, fenceChar, fenceLen = true, c, n
				}
			} else if indent <= 3 && len(rest) >= 2 && rest[0] == '<' && htmlStart(rest[1]) {
				return nil, false
			}
		}
		if !regionHas && hasImportCandidate(line) {
			regionHas = true
		}
		prevBlank = blank
		ls = next
	}
	if regionHas {
		ranges = append(ranges, [2]int{regionStart, len(body)})
	}
	return ranges, true
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
