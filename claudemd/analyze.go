package claudemd

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxFileBytes is Claude Code's cap: bigger memory files are skipped.
const MaxFileBytes = 4 << 20

// analysis is everything the linter keeps about one file once its bytes are
// gone: sizes, import candidates, paragraph hashes, suppressions, findings.
type analysis struct {
	bytes     int64
	chars     int
	lines     int
	valid     bool
	binary    bool
	skip      string // why Claude Code would not load it ("" = loads)
	bodyStart int
	empty     bool

	fm       frontmatter
	imports  []importCand
	paras    []para
	sup      suppressions
	sections []Section
	findings []Finding
}

// importCand is an import candidate before resolution.
type importCand struct {
	off, end  int
	line, col int
	raw       string // as written after '@'
	path      string // fragment dropped, "\ " unescaped
	accepted  bool   // Claude Code's accepted starts
	inCode    bool
}

// para is a paragraph's hash for duplicate-content.
type para struct {
	hash uint64
	line int
	size int
}

// frontmatter is a rules file's YAML header.
type frontmatter struct {
	present bool
	raw     []byte
	line    int // line of the first YAML line
	end     int // byte offset where the body starts
}

// frontmatterRe is Claude Code's pattern: /^---\s*\n([\s\S]*?)---\s*\n?/.
var frontmatterRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^---[\t\n\v\f\r ]*\n((?s:.*?))---[\t\n\v\f\r ]*\n?`)
})

// readLimited reads a memory file the way Claude Code does: regular files
// up to MaxFileBytes; anything else is skipped with a reason.
func readLimited(abs string, buf []byte) ([]byte, int64, string, error) {
	f, err := os.Open(abs)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, 0, "", err
		}
		if isLoop(err) {
			return nil, 0, "symlink loop", nil
		}
		return nil, 0, "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, 0, "", err
	}
	if !st.Mode().IsRegular() {
		return nil, st.Size(), "not a regular file", nil
	}
	if st.Size() > MaxFileBytes {
		return nil, st.Size(), fmt.Sprintf("%d bytes exceeds Claude Code's %d-byte limit", st.Size(), MaxFileBytes), nil
	}
	n := int(st.Size())
	if cap(buf) < n+1 {
		buf = make([]byte, 0, n+512)
	}
	buf = buf[:n+1]
	got, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, 0, "", err
	}
	if got > MaxFileBytes {
		return nil, int64(got), fmt.Sprintf("exceeds Claude Code's %d-byte limit", MaxFileBytes), nil
	}
	return buf[:got], int64(got), "", nil
}

func isLoop(err error) bool {
	return err != nil && strings.Contains(err.Error(), "too many levels of symbolic links")
}

// analyze computes a file's facts from its bytes and runs the file rules.
func analyze(f *File, src []byte, set *settings, seed maphash.Seed, wantSections bool) *analysis {
	a := &analysis{bytes: int64(len(src)), valid: utf8.Valid(src)}
	head := src
	if len(head) > 8000 {
		head = head[:8000]
	}
	a.binary = bytes.IndexByte(head, 0) >= 0
	a.lines = countLines(src)

	// Claude Code strips frontmatter from what it loads.
	if bytes.HasPrefix(src, []byte("---")) && bytes.Contains(src[3:], []byte("---")) {
		if m := frontmatterRe().FindSubmatchIndex(src); m != nil {
			// Copied: src is a reused read buffer.
			a.fm = frontmatter{present: true, raw: bytes.Clone(src[m[2]:m[3]]), line: 2, end: m[1]}
			a.bodyStart = m[1]
		}
	}
	body := src[a.bodyStart:]
	a.chars = utf16Len(body, a.valid)

	needImports := hasImportCandidate(body)
	needComments := hasCommentBlock(body)
	if needImports || needComments || wantSections {
		var s mdScan
		ranges, ok := [][2]int(nil), false
		if !needComments && !wantSections {
			ranges, ok = importChunks(body)
		}
		if ok {
			for _, r := range ranges {
				part := scanMarkdown(body[r[0]:r[1]], a.bodyStart+r[0], true, false, false)
				s.cands = append(s.cands, part.cands...)
			}
		} else {
			s = scanMarkdown(body, a.bodyStart, needImports, needComments, wantSections)
		}
		a.chars -= s.commentUnits
		a.sections = s.sections
		li := newLineIndex(src)
		for _, c := range s.cands {
			ic := importCand{off: c.off, end: c.end, inCode: c.inCode}
			ic.line, ic.col = li.pos(c.off)
			ic.raw = string(src[c.off+1 : c.end])
			ic.path, ic.accepted = importPath(ic.raw)
			a.imports = append(a.imports, ic)
		}
	}
	a.empty = len(bytes.TrimSpace(body)) == 0 || a.chars <= 0
	a.paras = paragraphs(src, a.bodyStart, seed)
	// '<' is rare, "ccdiag-disable" starts with a common letter: test the
	// comment opener first.
	if bytes.Contains(src, []byte("<!--")) && bytes.Contains(src, []byte("ccdiag-disable")) {
		a.sup = parseSuppressions(src)
	}

	c := &fileCheck{file: f, a: a, src: src, set: set, li: newLineIndex(src)}
	for _, r := range Rules() {
		if r.file == nil || set.severity[r.ID] == SeverityOff {
			continue
		}
		c.rule = r
		r.file(c)
	}
	return a
}

// hasImportCandidate is the fast path: without "@" after a line start or a
// space there is nothing for goldmark to find.
func hasImportCandidate(b []byte) bool {
	for pos := 0; ; {
		i := bytes.IndexByte(b[pos:], '@')
		if i < 0 {
			return false
		}
		at := pos + i
		if at == 0 {
			return true
		}
		if c := b[at-1]; c >= utf8.RuneSelf || isJSSpace(rune(c)) {
			return true
		}
		pos = at + 1
	}
}

// importPath applies Claude Code's post-processing to a match: drop a
// #fragment, unescape "\ ", and accept only ./ ~/ /x or [A-Za-z0-9._-] starts.
func importPath(raw string) (string, bool) {
	p := raw
	if i := strings.IndexByte(p, '#'); i >= 0 {
		p = p[:i]
	}
	if p == "" {
		return "", false
	}
	p = strings.ReplaceAll(p, `\ `, " ")
	switch {
	case strings.HasPrefix(p, "./"), strings.HasPrefix(p, "~/"):
		return p, true
	case strings.HasPrefix(p, "/"):
		return p, p != "/"
	}
	c := p[0]
	ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
	return p, ok
}

// paragraphs hashes the paragraphs (blank-line separated blocks of at least
// 64 bytes) of the loaded content.
func paragraphs(src []byte, start int, seed maphash.Seed) []para {
	var out []para
	line := 1 + bytes.Count(src[:start], []byte{'\n'})
	pos := start
	for pos < len(src) {
		end := bytes.Index(src[pos:], []byte("\n\n"))
		next := 0
		if end < 0 {
			end = len(src)
			next = len(src)
		} else {
			end += pos
			next = end + 2
		}
		p := bytes.TrimSpace(src[pos:end])
		if len(p) >= 64 && !bytes.HasPrefix(p, []byte("<!--")) {
			skip := len(src[pos:end]) - len(bytes.TrimLeft(src[pos:end], " \t\r\n"))
			pl := line + bytes.Count(src[pos:pos+skip], []byte{'\n'})
			out = append(out, para{hash: maphash.Bytes(seed, p), line: pl, size: len(p)})
		}
		line += bytes.Count(src[pos:min(next, len(src))], []byte{'\n'})
		pos = next
	}
	return out
}
