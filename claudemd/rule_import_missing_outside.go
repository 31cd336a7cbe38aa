package claudemd

var ruleImportMissingOutside = &Rule{
	ID:          "import-missing-outside",
	Description: "An @import under ~/ or outside the project is not present on this machine; fine if each developer has it.",
	Severity:    SeverityWarning,
	imp: func(c *importCheck) {
		r := c.res
		if r.status != ImportMissing || !r.outside || r.trimmed != "" || r.wrongBase != "" {
			return
		}
		c.report(nil, "@%s: %s is not present here; fine if it exists on each developer's machine (Claude Code silently skips it where it does not)", c.imp.Raw, c.imp.Path)
	},
}
