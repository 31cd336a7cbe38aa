package claudemd

var ruleImportOutsideProject = &Rule{
	ID:          "import-outside-project",
	Description: "An @import reaches outside the project; Claude Code asks for approval first, and some targets hold secrets.",
	Severity:    SeverityWarning,
	imp: func(c *importCheck) {
		r := c.res
		if !r.outside || !r.exists || r.status == ImportNotText {
			return
		}
		msg := "@%s points outside the project (%s): Claude Code loads it only after the one-time \"Allow external CLAUDE.md file imports?\" approval, and CI checkouts will not have it"
		if r.sensitive != "" {
			c.report(nil, msg+"; security: it reaches %s, which holds credentials — never import it into model context", c.imp.Raw, c.imp.Path, r.sensitive)
			return
		}
		c.report(nil, msg, c.imp.Raw, c.imp.Path)
	},
}
