package claudemd

import (
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"
)

var ruleRulesFrontmatter = &Rule{
	ID:          "rules-frontmatter",
	Description: "A .claude/rules file's frontmatter is broken: YAML errors, unknown keys, invalid globs, or paths: patterns that match no file.",
	Severity:    SeverityWarning,
	file:        checkFrontmatter,
	onRun:       checkPathsMatch,
}

// maxGlobPatterns is Claude Code's budget of brace-expanded patterns.
const maxGlobPatterns = 1000

func isRulesFile(f *File) bool {
	return strings.Contains(filepath.ToSlash(f.abs), "/.claude/rules/")
}

// frontmatterDoc parses a file's frontmatter as a YAML mapping.
func frontmatterDoc(a *analysis) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(a.fm.raw, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

func checkFrontmatter(c *fileCheck) {
	if !c.a.fm.present || !isRulesFile(c.file) {
		return
	}
	line0 := c.a.fm.line
	at := func(l int) int { // byte offset of frontmatter line l (1-based)
		off := 0
		for i := 1; i < l+line0-1 && off < len(c.src); i++ {
			j := strings.IndexByte(string(c.src[off:min(len(c.src), off+4096)]), '\n')
			if j < 0 {
				break
			}
			off += j + 1
		}
		return off
	}
	m, err := frontmatterDoc(c.a)
	if err != nil {
		line := 1
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if i := strings.Index(msg, "line "); i >= 0 {
			var n int
			for _, ch := range msg[i+5:] {
				if ch < '0' || ch > '9' {
					break
				}
				n = n*10 + int(ch-'0')
			}
			if n > 0 {
				line = n
			}
		}
		c.report(at(line), "frontmatter is not valid YAML (%s): Claude Code cannot read paths:, so the rule may load for every file", msg)
		return
	}
	if m == nil {
		return
	}
	if m.Kind != yaml.MappingNode {
		c.report(at(m.Line), "frontmatter is not a mapping of keys")
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		switch k.Value {
		case "paths":
			for _, p := range globList(v) {
				if len(p.expanded) > maxGlobPatterns {
					c.report(at(p.line), "paths: %q expands to more than %d patterns, Claude Code's budget", p.raw, maxGlobPatterns)
					continue
				}
				for _, g := range p.expanded {
					if !doublestar.ValidatePattern(g) {
						c.report(at(p.line), "paths: %q is not a valid glob (an unclosed [ or {): it matches nothing", g)
						break
					}
				}
			}
		case "description":
		case "globs", "glob", "path", "files", "include":
			c.report(at(k.Line), "unknown frontmatter key %q: Claude Code scopes rules with paths: (this rule loads for every file)", k.Value)
		default:
			c.report(at(k.Line), "unknown frontmatter key %q: Claude Code reads only paths: in rules files", k.Value)
		}
	}
}

type globEntry struct {
	raw      string
	line     int
	expanded []string
}

// globList reads paths: as Claude Code does: a string (split on top-level
// commas) or a list of strings, each brace-expanded.
func globList(v *yaml.Node) []globEntry {
	var out []globEntry
	add := func(s string, line int) {
		for _, part := range splitTopLevel(s) {
			out = append(out, globEntry{raw: part, line: line, expanded: expandBraces(part, maxGlobPatterns+1)})
		}
	}
	switch v.Kind {
	case yaml.ScalarNode:
		add(v.Value, v.Line)
	case yaml.SequenceNode:
		for _, e := range v.Content {
			if e.Kind == yaml.ScalarNode {
				add(e.Value, e.Line)
			}
		}
	}
	return out
}

func splitTopLevel(s string) []string {
	var out []string
	depth, cur := 0, strings.Builder{}
	for _, r := range s {
		switch {
		case r == '{':
			depth++
		case r == '}':
			depth--
		case r == ',' && depth == 0:
			if t := strings.TrimSpace(cur.String()); t != "" {
				out = append(out, t)
			}
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	if t := strings.TrimSpace(cur.String()); t != "" {
		out = append(out, t)
	}
	return out
}

// expandBraces expands {a,b} alternatives, stopping at limit patterns.
func expandBraces(s string, limit int) []string {
	open := strings.IndexByte(s, '{')
	if open < 0 {
		return []string{s}
	}
	depth, closeAt := 0, -1
	var alts []string
	last := open + 1
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				alts = append(alts, s[last:i])
				closeAt = i
			}
		case ',':
			if depth == 1 {
				alts = append(alts, s[last:i])
				last = i + 1
			}
		}
		if closeAt >= 0 {
			break
		}
	}
	if closeAt < 0 {
		return []string{s} // unbalanced: left for the glob check
	}
	var out []string
	for _, a := range alts {
		for _, e := range expandBraces(s[:open]+a+s[closeAt+1:], limit) {
			out = append(out, e)
			if len(out) >= limit {
				return out
			}
		}
	}
	return out
}

// rulePaths returns a rules file's effective paths: patterns the way
// Claude Code keeps them ("x/**" → "x"; all "**" means unconditional).
func rulePaths(a *analysis) []string {
	if !a.fm.present {
		return nil
	}
	m, err := frontmatterDoc(a)
	if err != nil || m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	var out []string
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != "paths" {
			continue
		}
		for _, g := range globList(m.Content[i+1]) {
			out = append(out, g.raw)
		}
	}
	all := true
	for _, p := range out {
		if p != "**" {
			all = false
		}
	}
	if all {
		return nil
	}
	return out
}

// maxProjectFiles bounds the walk that checks paths: against real files.
const maxProjectFiles = 200000

// checkPathsMatch reports paths: patterns that match no file of the project.
func checkPathsMatch(c *runCheck) {
	listed := map[string][]string{}
	for _, f := range c.files {
		if len(f.Paths) == 0 || !isRulesFile(f) || f.scope == "" {
			continue
		}
		if _, ok := listed[f.scope]; !ok {
			listed[f.scope] = listFiles(f.scope)
		}
		files := listed[f.scope]
		for _, raw := range f.Paths {
			matched, valid := false, false
			for _, g := range expandBraces(raw, maxGlobPatterns) {
				if doublestar.ValidatePattern(g) {
					valid = true
					if anyMatch(g, files) {
						matched = true
						break
					}
				}
			}
			if valid && !matched {
				c.report(f, pathsLine(f, raw), 1, "paths: %q matches no file in the project: the rule never loads", raw)
			}
		}
	}
}

func anyMatch(g string, files []string) bool {
	g = strings.TrimPrefix(g, "./")
	for _, f := range files {
		if ok, _ := doublestar.Match(g, f); ok {
			return true
		}
		// "src" also covers "src/**" (Claude Code trims a trailing /**).
		if strings.HasPrefix(f, g+"/") {
			return true
		}
	}
	return false
}

func listFiles(root string) []string {
	var out []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if len(out) >= maxProjectFiles {
			return filepath.SkipAll
		}
		if !d.IsDir() {
			if rel, err := filepath.Rel(root, p); err == nil {
				out = append(out, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	return out
}

// pathsLine finds the frontmatter line naming a pattern (1 if unknown).
func pathsLine(f *File, raw string) int {
	if f.info == nil || !f.info.fm.present {
		return 1
	}
	for i, l := range strings.Split(string(f.info.fm.raw), "\n") {
		if strings.Contains(l, raw) {
			return f.info.fm.line + i
		}
	}
	return 1
}
