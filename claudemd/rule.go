package claudemd

import (
	"fmt"
	"sync"
)

// DocsURL is where every rule is documented; a rule's anchor is its id.
const DocsURL = "https://github.com/ccdiag/ccdiag/blob/main/claudemd/RULES.md"

// Rule is one check with a stable kebab-case id. Exactly one of the check
// functions is set: file rules see one file's bytes, import rules one
// resolved @import, run rules the whole result.
type Rule struct {
	ID          string
	Description string // one line
	Severity    Severity
	// Threshold is the default limit of a rule that has one (HasThreshold);
	// .ccdiag.yml's "max" overrides it.
	HasThreshold bool
	Threshold    int
	Fixable      bool

	file  func(*fileCheck)
	imp   func(*importCheck)
	onRun func(*runCheck)
}

// Docs returns the rule's documentation link.
func (r *Rule) Docs() string { return DocsURL + "#" + r.ID }

var allRules = sync.OnceValue(func() []*Rule {
	return []*Rule{
		ruleFileTooLarge, ruleTotalTooLarge, ruleTooManyLines, ruleFileSkipped,
		ruleImportMissing, ruleImportMissingOutside, ruleImportMention, ruleImportCycle, ruleImportTooDeep, ruleImportOutsideProject,
		ruleImportTrailingPunctuation, ruleImportWrongBase,
		ruleSecret, ruleInvisibleUnicode, ruleInvalidUTF8, ruleBinaryFile,
		ruleEmptyFile, ruleBOM, ruleCRLF, ruleLongLine, ruleRulesFrontmatter,
		ruleDuplicateContent, ruleSymlinkOutside, ruleSymlinkLoop,
	}
})

// Rules lists every rule in documentation order.
func Rules() []*Rule { return allRules() }

// RuleByID finds a rule, or nil.
func RuleByID(id string) *Rule {
	for _, r := range Rules() {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// fileCheck is what a file rule sees: the raw bytes and the facts computed
// once for all rules.
type fileCheck struct {
	rule *Rule
	file *File
	a    *analysis
	src  []byte
	set  *settings
	li   *lineIndex
}

func (c *fileCheck) max() int { return c.set.max[c.rule.ID] }

func (c *fileCheck) report(off int, format string, args ...any) {
	c.reportFix(off, nil, format, args...)
}

func (c *fileCheck) reportFix(off int, fix *edit, format string, args ...any) {
	if len(c.a.findings) >= MaxFindingsPerFile {
		c.a.omitted.add(c.set.severity[c.rule.ID])
		return
	}
	line, col := 1, 1
	if c.src != nil {
		line, col = c.li.pos(off)
	}
	c.a.findings = append(c.a.findings, Finding{
		Rule: c.rule.ID, Severity: c.set.severity[c.rule.ID], abs: c.file.abs,
		Line: line, Column: col, Message: fmt.Sprintf(format, args...), fix: fix, info: c.a,
	})
}

// importCheck is what an import rule sees: one @import and how it resolved.
type importCheck struct {
	rule *Rule
	from *File
	imp  *Import
	res  *resolution
	set  *settings
	out  *[]Finding
	// omitted counts what MaxFindingsPerFile dropped.
	omitted *omitted
}

func (c *importCheck) report(fix *edit, format string, args ...any) {
	if c.from.importFindings >= MaxFindingsPerFile {
		c.omitted.add(c.set.severity[c.rule.ID])
		return
	}
	c.from.importFindings++
	*c.out = append(*c.out, Finding{
		Rule: c.rule.ID, Severity: c.set.severity[c.rule.ID], abs: c.from.abs,
		Line: c.imp.Line, Column: c.imp.Column, Message: fmt.Sprintf(format, args...), fix: fix, info: c.from.info,
	})
}

// runCheck is what a run rule sees: every file of the run.
type runCheck struct {
	rule  *Rule
	files []*File
	set   *settings
	out   *[]Finding
}

func (c *runCheck) report(f *File, line, col int, format string, args ...any) {
	*c.out = append(*c.out, Finding{
		Rule: c.rule.ID, Severity: c.set.severity[c.rule.ID], abs: f.abs,
		Line: line, Column: col, Message: fmt.Sprintf(format, args...),
	})
}

// MaxFindingsPerFile and MaxFindings cap what one file and one run report:
// a generated or hostile file can hold millions of problems, and every
// output format must stay small. What is cut is counted and reported as
// one "N more" line.
const (
	MaxFindingsPerFile = 1000
	MaxFindings        = 50000
)

// omitted counts findings dropped by a cap, and the worst of them, so the
// exit code still reflects them.
type omitted struct {
	n   int
	max Severity
}

func (o *omitted) add(s Severity) {
	o.n++
	o.max = max(o.max, s)
}

// edit is one safe mechanical fix: replace src[off:end] with repl.
type edit struct {
	off, end int
	repl     string
	what     string
	// crlf converts every CRLF in the file to LF instead.
	crlf bool
}
