package claudemd

var ruleFileTooLarge = &Rule{
	ID:          "file-too-large",
	Description: "The file is over Claude Code's per-file size limit (\"Large … will impact performance\").",
	Severity:    SeverityWarning,
	file: func(c *fileCheck) {
		lim := c.set.limits
		if c.a.chars <= lim.FileChars {
			return
		}
		c.report(0, "%s chars > %s, Claude Code's per-file limit for a %s-token window (≈%s tokens, estimated at %d chars/token); Claude Code warns \"Large … will impact performance\"",
			comma(c.a.chars), comma(lim.FileChars), comma(lim.ContextWindow), comma(lim.Tokens(c.a.chars)), lim.CharsPerToken)
	},
}
