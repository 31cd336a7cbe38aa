package claudemd

import (
	"path/filepath"
	"strings"
)

var ruleImportCycle = &Rule{
	ID:          "import-cycle",
	Description: "@imports form a cycle; Claude Code cuts it, so the import does nothing.",
	Severity:    SeverityWarning,
	imp: func(c *importCheck) {
		if c.res.status != ImportCycle {
			return
		}
		names := make([]string, len(c.res.chain))
		for i, p := range c.res.chain {
			names[i] = filepath.Base(p)
		}
		c.report(nil, "@%s closes an import cycle (%s); Claude Code loads each file once and ignores this import", c.imp.Raw, strings.Join(names, " → "))
	},
}
