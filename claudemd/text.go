package claudemd

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"
)

// utf16Len is JavaScript's String.length of the UTF-8 text b once Node has
// decoded it: one unit per code point below U+10000, two above. That is
// what Claude Code compares with its limits. Invalid bytes count one each
// (Node turns each bad sequence into one U+FFFD; close enough).
func utf16Len(b []byte, valid bool) int {
	if !valid {
		n := 0
		for len(b) > 0 {
			r, size := utf8.DecodeRune(b)
			n++
			if r >= 0x10000 {
				n++
			}
			b = b[size:]
		}
		return n
	}
	n := 0
	// ASCII fast path, eight bytes at a time.
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 == 0 {
			n += 8
			b = b[8:]
			continue
		}
		for _, c := range b[:8] {
			if c&0xC0 != 0x80 {
				n++
			}
			if c >= 0xF0 {
				n++
			}
		}
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
		if c >= 0xF0 {
			n++
		}
	}
	return n
}

// countLines counts lines the way an editor shows them.
func countLines(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	n := bytes.Count(b, []byte{'\n'})
	if b[len(b)-1] != '\n' {
		n++
	}
	return n
}

// lineIndex turns byte offsets into 1-based line and column numbers. Offsets
// usually arrive in increasing order, so it counts forward from the last
// answer instead of from the start of the file.
type lineIndex struct {
	src      []byte
	lastOff  int
	lastLine int
	lastBOL  int // offset of the start of lastLine
}

func newLineIndex(src []byte) *lineIndex { return &lineIndex{src: src, lastLine: 1} }

// pos returns the line and the column (in characters, 1-based) of off.
func (x *lineIndex) pos(off int) (line, col int) {
	if off > len(x.src) {
		off = len(x.src)
	}
	if off < x.lastOff {
		x.lastOff, x.lastLine, x.lastBOL = 0, 1, 0
	}
	seg := x.src[x.lastOff:off]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		x.lastLine += n
		x.lastBOL = x.lastOff + bytes.LastIndexByte(seg, '\n') + 1
	}
	x.lastOff = off
	return x.lastLine, utf8.RuneCount(x.src[x.lastBOL:off]) + 1
}

// lineAt returns the bounds of the line holding off (without its newline).
func lineAt(src []byte, off int) (start, end int) {
	start = bytes.LastIndexByte(src[:off], '\n') + 1
	end = bytes.IndexByte(src[off:], '\n')
	if end < 0 {
		end = len(src)
	} else {
		end += off
	}
	return start, end
}

// isJSSpace is JavaScript's \s: what Claude Code's import pattern treats as
// the space before an @.
func isJSSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
