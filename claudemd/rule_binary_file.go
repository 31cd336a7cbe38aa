package claudemd

var ruleBinaryFile = &Rule{
	ID:          "binary-file",
	Description: "A memory file holds binary data (NUL bytes), or an @import names a non-text file that Claude Code skips.",
	Severity:    SeverityError,
	file: func(c *fileCheck) {
		if c.a.binary {
			c.report(0, "binary content (NUL bytes): Claude Code would load it as text into the model's context")
		}
	},
	imp: func(c *importCheck) {
		if c.res.status == ImportNotText {
			c.report(nil, "@%s is not a text file (by its extension); Claude Code skips non-text imports", c.imp.Raw)
		}
	},
}
