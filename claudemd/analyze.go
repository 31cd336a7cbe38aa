package claudemd

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/ccdiag/ccdiag/internal/safefile"
)

// MaxFileBytes is Claude Code's cap: bigger memory files are skipped.
const MaxFileBytes = 4 << 20

// MaxImportsPerFile bounds the @imports checked in one file (real files
// hold a few dozen); the rest are counted in File.ImportsOmitted.
const MaxImportsPerFile = 2000

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
	omitted  omitted // file-rule findings past MaxFindingsPerFile
	// importsOmitted counts the candidates past MaxImportsPerFile.
	importsOmitted int
	// sum hashes the bytes analysed, for --fix (see needsSum); 0 = not kept.
	sum uint64
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
// up to MaxFileBytes; anything else is skipped with a reason. The reading
// itself is safefile's (non-blocking open, fstat, capped read).
//
// regular says the directory listing already reported a regular file: then
// fstat is skipped and a short read is taken as the end of the file.
func readLimited(abs string, buf []byte, regular bool) ([]byte, int64, string, error) {
	b, err := safefile.ReadInto(abs, buf, memoryLimit, regular)
	var refused *safefile.Error
	switch {
	case err == nil:
		return b, int64(len(b)), "", nil
	case isLoop(err):
		return nil, 0, "symlink loop", nil
	case errors.As(err, &refused) && refused.Err == safefile.ErrNotRegular:
		return nil, 0, "not a regular file", nil
	case errors.As(err, &refused) && refused.Err == safefile.ErrTooLarge:
		return nil, refused.Size, fmt.Sprintf("%d bytes exceeds Claude Code's %d-byte limit", refused.Size, MaxFileBytes), nil
	}
	return nil, 0, "", err
}

// memoryLimit is Claude Code's own cap on a memory file.
var memoryLimit = safefile.Limit{Purpose: "memory file", Max: MaxFileBytes}

func isLoop(err error) bool {
	return errors.Is(err, syscall.ELOOP) || err != nil && strings.Contains(err.Error(), "too many levels of symbolic links")
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

	ats := candidateAts(body)
	needComments := hasCommentBlock(body)
	lines := scanLines(body, 1+bytes.Count(src[:a.bodyStart], []byte{'\n'}), ats, &seed, true)
	a.paras = lines.paras
	if len(ats) > 0 || needComments || wantSections {
		var s mdScan
		switch {
		case lines.deep:
			s.cands = deepCandidates(body, a.bodyStart)
		case lines.chunkOK && !needComments && !wantSections:
			s.cands = chunkedCandidates(body, a.bodyStart, lines.ranges)
		default:
			s = scanMarkdown(body, a.bodyStart, len(ats) > 0, needComments, wantSections)
		}
		a.chars -= s.commentUnits
		a.sections = s.sections
		li := newLineIndex(src)
		for i, c := range s.cands {
			if i == MaxImportsPerFile {
				a.importsOmitted = len(s.cands) - i
				break
			}
			ic := importCand{off: c.off, end: c.end, inCode: c.inCode}
			ic.line, ic.col = li.pos(c.off)
			ic.raw = string(src[c.off+1 : c.end])
			ic.path, ic.accepted = importPath(ic.raw)
			a.imports = append(a.imports, ic)
		}
	}
	a.empty = len(bytes.TrimSpace(body)) == 0 || a.chars <= 0
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
	if needsSum(a) {
		a.sum = maphash.Bytes(seed, src)
	}
	return a
}

// needsSum reports whether --fix may edit this file: a file rule proposed a
// fix, or an import ends in punctuation (import-trailing-punctuation's fix).
// Only then is the file's hash kept, so --fix can check that the bytes it
// rewrites are the bytes its offsets were computed on.
func needsSum(a *analysis) bool {
	for _, f := range a.findings {
		if f.fix != nil {
			return true
		}
	}
	for _, ic := range a.imports {
		if strings.ContainsAny(ic.raw[len(ic.raw)-1:], trailingPunct) {
			return true
		}
	}
	return false
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

// chunkedCandidates finds the import candidates of the regions of body that
// scanLines marked: plain paragraphs directly, the rest with goldmark.
func chunkedCandidates(body []byte, base int, ranges [][2]int) []candidate {
	var out []candidate
	// Adjacent regions parse as one.
	var merged [][2]int
	for _, r := range ranges {
		if n := len(merged); n > 0 && merged[n-1][1] == r[0] {
			merged[n-1][1] = r[1]
			continue
		}
		merged = append(merged, r)
	}
	for _, r := range merged {
		chunk := body[r[0]:r[1]]
		if plainChunk(chunk) {
			out = append(out, plainCandidates(chunk, base+r[0])...)
			continue
		}
		out = append(out, scanMarkdown(chunk, base+r[0], true, false, false).cands...)
	}
	return out
}

// plainCandidates runs the import pattern over a plain paragraph's lines.
func plainCandidates(chunk []byte, base int) []candidate {
	var out []candidate
	for ls := 0; ls < len(chunk); {
		le := bytes.IndexByte(chunk[ls:], '\n')
		if le < 0 {
			le = len(chunk)
		} else {
			le += ls
		}
		scanRun(chunk, ls, le, true, func(off, end int) {
			out = append(out, candidate{off: off + base, end: end + base})
		})
		ls = le + 1
	}
	return out
}
