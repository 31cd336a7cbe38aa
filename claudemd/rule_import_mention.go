package claudemd

var ruleImportMention = &Rule{
	ID:          "import-mention",
	Description: "An @token that is not meant as a file (@alice, @app.route, @scope/pkg); Claude Code still tries to load it and finds nothing. Off by default.",
	Severity:    SeverityOff,
	imp: func(c *importCheck) {
		r := c.res
		if r.status != ImportMention || r.trimmed != "" || r.wrongBase != "" {
			return
		}
		c.report(nil, "@%s reads as a mention, not a file; Claude Code still tries to load %s and finds nothing", c.imp.Raw, c.imp.Path)
	},
}
