package claudemd

var ruleTooManyLines = &Rule{
	ID:           "too-many-lines",
	Description:  "The file is longer than the docs' guidance (200 lines by default).",
	Severity:     SeverityWarning,
	HasThreshold: true,
	Threshold:    200,
	file: func(c *fileCheck) {
		if c.a.lines <= c.max() {
			return
		}
		c.report(0, "%d lines > %d: the Claude Code docs advise keeping memory files short; move detail into path-scoped rules or nested CLAUDE.md files (imports still load at startup)", c.a.lines, c.max())
	},
}
