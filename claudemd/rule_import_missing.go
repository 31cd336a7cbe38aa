package claudemd

var ruleImportMissing = &Rule{
	ID:          "import-missing",
	Description: "An @import names a file that does not exist; Claude Code silently ignores it.",
	Severity:    SeverityError,
	imp: func(c *importCheck) {
		r := c.res
		if r.status != ImportMissing || r.outside || r.trimmed != "" || r.wrongBase != "" {
			return
		}
		what := "does not exist"
		if r.isDir {
			what = "is a directory"
		}
		c.report(nil, "@%s: %s %s; Claude Code silently ignores this import", c.imp.Raw, c.imp.Path, what)
	},
}
