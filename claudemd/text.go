package claudemd

import (
	"bytes"
	"encoding/binary"
	"sort"
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

// lineIndex turns byte offsets into 1-based line and column numbers from
// an index built once per file on first use: the offset of every line start
// (found with bytes.IndexByte), and, for files with long lines only, the
// number of characters before every 256-byte block. A lookup is a binary
// search plus a count over at most one short line or two partial blocks,
// whatever the order of the queries, so a file with 200,000 imports on one
// line stays linear.
type lineIndex struct {
	src     []byte
	starts  []int   // offset of each line's first byte, up to scanned
	scanned int     // src[:scanned] has had its line starts indexed
	done    bool    // every line start is indexed
	runes   []int32 // runes[i]: characters in src[:i*runeBlock]; nil until a long line is queried
}

const (
	runeBlock = 256
	// shortLine is the longest line counted directly, without the blocks.
	shortLine = 2 * runeBlock
)

func newLineIndex(src []byte) *lineIndex { return &lineIndex{src: src} }

// extend indexes line starts until one lies beyond off (or the end): most
// queries are near the top of a file (imports, a BOM), so most files are
// never indexed to the end.
func (x *lineIndex) extend(off int) {
	if x.starts == nil {
		x.starts = make([]int, 1, 64)
	}
	for !x.done && x.starts[len(x.starts)-1] <= off {
		j := bytes.IndexByte(x.src[x.scanned:], '\n')
		if j < 0 {
			x.done, x.scanned = true, len(x.src)
			return
		}
		x.scanned += j + 1
		x.starts = append(x.starts, x.scanned)
	}
}

func (x *lineIndex) buildRunes() {
	x.runes = make([]int32, len(x.src)/runeBlock+1)
	n := int32(0)
	for b := range x.runes {
		x.runes[b] = n
		end := min((b+1)*runeBlock, len(x.src))
		if b*runeBlock < end {
			n += int32(runeStarts(x.src[b*runeBlock : end]))
		}
	}
}

// runesBefore counts the characters in src[:off].
func (x *lineIndex) runesBefore(off int) int {
	if x.runes == nil {
		x.buildRunes()
	}
	b := off / runeBlock
	return int(x.runes[b]) + runeStarts(x.src[b*runeBlock:off])
}

// runeStarts counts the bytes that start a character (for valid UTF-8, the
// rune count; a stray continuation byte counts for nothing).
func runeStarts(b []byte) int {
	n := 0
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 == 0 {
			n += 8
		} else {
			for _, c := range b[:8] {
				if c&0xC0 != 0x80 {
					n++
				}
			}
		}
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// pos returns the line and the column (in characters, 1-based) of off.
func (x *lineIndex) pos(off int) (line, col int) {
	off = max(0, min(off, len(x.src)))
	x.extend(off)
	i := sort.SearchInts(x.starts, off+1) - 1 // last line start <= off
	bol := x.starts[i]
	if off-bol <= shortLine {
		return i + 1, runeStarts(x.src[bol:off]) + 1
	}
	return i + 1, x.runesBefore(off) - x.runesBefore(bol) + 1
}

// bounds returns the bounds of the line holding off (without its newline),
// from the index: lineAt's answer without its scan of the line.
func (x *lineIndex) bounds(off int) (start, end int) {
	off = max(0, min(off, len(x.src)))
	x.extend(off)
	i := sort.SearchInts(x.starts, off+1) - 1
	start, end = x.starts[i], len(x.src)
	if i+1 < len(x.starts) {
		end = x.starts[i+1] - 1
	}
	return start, end
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
