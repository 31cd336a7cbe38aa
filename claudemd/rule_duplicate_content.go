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
		if len(line) < 2 || line[0] != '@' || bytes.ContainsAny(line, " \t") {
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
// a file of the same session: files whose directories contain one another
// (user and managed files load in every session). Most paragraphs are
// unique, so only a repeated hash pays for the directory walk.
func checkDuplicateParagraphs(c *runCheck) {
	type occurrence struct {
		f    *File
		line int
	}
	type key struct {
		hash  uint64
		scope string
	}
	n := 0
	for _, f := range c.files {
		if f.info != nil {
			n += len(f.info.paras)
		}
	}
	firstSeen := make(map[uint64]occurrence, n)
	byScope := map[key]occurrence{} // only for repeated hashes
	for _, f := range c.files {
		if f.info == nil || f.Loaded == LoadedSkipped {
			continue
		}
		for _, p := range f.info.paras {
			first, dup := firstSeen[p.hash]
			if !dup {
				firstSeen[p.hash] = occurrence{f, p.line}
				continue
			}
			if _, ok := byScope[key{p.hash, first.f.scope}]; !ok {
				byScope[key{p.hash, first.f.scope}] = first
			}
			// The same session: an earlier file in this directory, an
			// ancestor, or a user/managed file ("" scope).
			var prev occurrence
			found := false
			for d := f.scope; ; d = filepath.Dir(d) {
				if q, ok := byScope[key{p.hash, d}]; ok && q.f.real != f.real {
					prev, found = q, true
					break
				}
				if d == filepath.Dir(d) || d == "" || d == "." {
					break
				}
			}
			if !found {
				if q, ok := byScope[key{p.hash, ""}]; ok && q.f.real != f.real {
					prev, found = q, true
				}
			}
			if found {
				c.report(f, p.line, 1, "paragraph duplicates %s:%d; both load into the same session, so it costs context twice", prev.f.Path, prev.line)
				continue
			}
			if _, ok := byScope[key{p.hash, f.scope}]; !ok {
				byScope[key{p.hash, f.scope}] = occurrence{f, p.line}
			}
		}
	}
}
