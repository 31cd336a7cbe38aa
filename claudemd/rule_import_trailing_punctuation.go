package claudemd

import "strings"

var ruleImportTrailingPunctuation = &Rule{
	ID:          "import-trailing-punctuation",
	Description: "Punctuation after an @import path (\"@file.md:\") becomes part of the path, so the import silently fails.",
	Severity:    SeverityError,
	Fixable:     true,
	imp: func(c *importCheck) {
		r := c.res
		if (r.status != ImportMissing && r.status != ImportMention) || r.trimmed == "" || r.inCode {
			return
		}
		punct := c.imp.Raw[len(c.imp.Raw)-r.trimmedN:]
		// Sentence punctuation is dropped; a closing bracket or quote is
		// kept and separated by a space, so the prose keeps its meaning.
		fix := &edit{off: c.imp.end - r.trimmedN, end: c.imp.end, what: "removed " + quote(punct) + " after @" + r.trimmed}
		if strings.ContainsAny(punct, ")]}>'\"`*") {
			fix.repl = " " + punct
			fix.what = "put a space between @" + r.trimmed + " and " + quote(punct)
		}
		c.report(fix, "@%s: Claude Code reads the path as %q, which does not exist, and silently skips it; %q exists: separate the punctuation with a space or drop it", c.imp.Raw, c.imp.Raw, r.trimmed)
	},
}

func quote(s string) string { return "\"" + s + "\"" }
