package claudemd

var ruleEmptyFile = &Rule{
	ID:          "empty-file",
	Description: "The file has no content once frontmatter and HTML comments are removed; Claude Code drops it.",
	Severity:    SeverityWarning,
	file: func(c *fileCheck) {
		if c.a.empty && !c.a.binary {
			c.report(0, "empty: nothing loads once frontmatter and HTML comments are removed; Claude Code drops the file (and never reads its imports)")
		}
	},
}
