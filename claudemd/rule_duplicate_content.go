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
		start, end := c.li.bounds(ic.off)
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
// a file of the same session: a file in the same directory or in an
// ancestor directory, or a user or managed file (scope ""). Only files
// that another file can meet are indexed; a leaf file (alone in its
// directory, nothing below it) is only looked up, against the few indexed
// scopes above it — a tree of 2,000 sibling packages costs one map lookup
// per paragraph.
func checkDuplicateParagraphs(c *runCheck) {
	type occurrence struct {
		f    *File
		line int
	}
	type key struct {
		hash  uint64
		scope string
	}
	files := make([]*File, 0, len(c.files))
	count := map[string]int{}
	for _, f := range c.files {
		if f.info == nil || f.Loaded == LoadedSkipped || len(f.info.paras) == 0 {
			continue
		}
		files = append(files, f)
		count[f.scope]++
	}
	// Scopes with another scope below them.
	hasBelow := map[string]bool{}
	for s := range count {
		for d := filepath.Dir(s); s != "" && d != s; s, d = d, filepath.Dir(d) {
			if _, ok := count[d]; ok {
				hasBelow[d] = true
			}
		}
	}
	indexed := func(s string) bool { return s == "" || count[s] > 1 || hasBelow[s] }
	// above lists the indexed scopes a file in s can meet, nearest first.
	above := func(s string) []string {
		var out []string
		if indexed(s) {
			out = append(out, s)
		}
		for d := filepath.Dir(s); s != "" && d != s; s, d = d, filepath.Dir(d) {
			if indexed(d) && count[d] > 0 {
				out = append(out, d)
			}
		}
		if s != "" && count[""] > 0 {
			out = append(out, "")
		}
		return out
	}
	seen := map[key]occurrence{}
	memo := map[string][]string{}
	for _, f := range files {
		scopes, ok := memo[f.scope]
		if !ok {
			scopes = above(f.scope)
			memo[f.scope] = scopes
		}
		index := indexed(f.scope)
		for _, p := range f.info.paras {
			found := false
			for _, s := range scopes {
				if q, ok := seen[key{p.hash, s}]; ok && q.f.real != f.real {
					c.report(f, p.line, 1, "paragraph duplicates %s:%d; both load into the same session, so it costs context twice", q.f.Path, q.line)
					found = true
					break
				}
			}
			if !found && index {
				if _, ok := seen[key{p.hash, f.scope}]; !ok {
					seen[key{p.hash, f.scope}] = occurrence{f, p.line}
				}
			}
		}
	}
}
