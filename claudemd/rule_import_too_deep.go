package claudemd

var ruleImportTooDeep = &Rule{
	ID:          "import-too-deep",
	Description: "An @import would load at depth 5 or more; Claude Code stops at depth 4 and silently ignores it.",
	Severity:    SeverityError,
	imp: func(c *importCheck) {
		if c.res.status != ImportTooDeep {
			return
		}
		c.report(nil, "@%s would be at import depth %d; Claude Code loads imports down to depth %d and silently ignores this one", c.imp.Raw, c.res.depth, MaxImportDepth-1)
	},
}
