package claudemd

var ruleFileSkipped = &Rule{
	ID:          "file-skipped",
	Description: "Claude Code skips the file: larger than 4 MiB, not a regular file, or a symlink loop.",
	Severity:    SeverityError,
	file: func(c *fileCheck) {
		if c.a.skip == "" {
			return
		}
		c.report(0, "Claude Code does not load this file: %s", c.a.skip)
	},
}
