package claudemd

import "path/filepath"

var ruleImportWrongBase = &Rule{
	ID:          "import-wrong-base",
	Description: "A relative @import resolves against the importing file's directory, where it does not exist, but would exist relative to the project root.",
	Severity:    SeverityError,
	imp: func(c *importCheck) {
		r := c.res
		if (r.status != ImportMissing && r.status != ImportMention) || r.trimmed != "" || r.wrongBase == "" || r.inCode {
			return
		}
		fix, err := filepath.Rel(filepath.Dir(c.from.abs), r.wrongBase)
		if err != nil {
			fix = r.wrongBase
		}
		c.report(nil, "@%s resolves to %s (relative to the importing file's directory), which does not exist; %s exists: write @%s",
			c.imp.Raw, c.imp.Path, displayRel(r.wrongBase, c.from.abs), filepath.ToSlash(fix))
	},
}

// displayRel names target relative to the directory of from.
func displayRel(target, from string) string {
	if rel, err := filepath.Rel(filepath.Dir(from), target); err == nil {
		return filepath.ToSlash(rel)
	}
	return target
}
