package claudemd

import (
	"bytes"
	"path/filepath"
)

var ruleDuplicateContent = &Rule{
	ID:          "duplicate-content",
	Description: "The same paragraph loads twice into one session, or the same @import line is repeated in a file.",
	Severity:    SeverityWarning,
	Fixable:     true,
	file:        checkDuplicateImportLines,
	onRun:       checkDuplicateParagraphs,
}

// checkDuplicateImportLines finds a line that is only "@path" repeated
// verbatim; the repeat is safe to delete.
func checkDuplicateImportLines(c *fileCheck) {
	if len(c.a.imports) < 2 {
		return
	}
	seen := map[string]int{}
	for _, ic := range c.a.imports {
		start, end := lineAt(c.src, ic.off)
		line := bytes.TrimRight(c.src[start:end], " \t\r")
		if bytes.TrimLeft(line, " \t") == nil || len(bytes.Fields(line)) != 1 || line[0] != '@' {
			continue
		}
		key := string(line)
		if first, ok := seen[key]; ok {
			cut := end
			if cut < len(c.src) {
				cut++
			}
			c.reportFix(start, &edit{off: start, end: cut, what: "removed repeated import line " + key},
				"%s repeats line %d; Claude Code loads the file once, so the repeat only adds noise", key, first)
			continue
		}
		seen[key] = ic.line
	}
}

// checkDuplicateParagraphs reports a paragraph whose text already loaded in
// a file of the same session (files in one directory chain).
func checkDuplicateParagraphs(c *runCheck) {
	type first struct {
		f    *File
		line int
	}
	seen := map[uint64][]first{}
	for _, f := range c.files {
		if f.info == nil || f.Loaded == LoadedSkipped {
			continue
		}
		for _, p := range f.info.paras {
			prev := seen[p.hash]
			reported := false
			for _, q := range prev {
				if q.f.real == f.real || !related(q.f.scope, f.scope) {
					continue
				}
				c.report(f, p.line, 1, "paragraph duplicates %s:%d; both load into the same session, so it costs context twice", q.f.Path, q.line)
				reported = true
				break
			}
			if !reported {
				seen[p.hash] = append(prev, first{f, p.line})
			}
		}
	}
}

// related reports whether one directory contains the other: files from
// both load into a session started in the deeper one.
func related(a, b string) bool {
	return within(a, b) || within(b, a) || a == "" || b == "" || filepath.Clean(a) == filepath.Clean(b)
}
