package claudemd

var ruleTotalTooLarge = &Rule{
	ID:          "total-too-large",
	Description: "The memory loaded at startup is over Claude Code's total size limit.",
	Severity:    SeverityWarning,
	onRun: func(c *runCheck) {
		lim := c.set.limits
		// Claude Code's test: the sum of the files that are each under the
		// per-file limit exceeds the total limit; its message counts all.
		var under, all, n int
		var first *File
		for _, f := range c.files {
			if f.Loaded != LoadedStartup {
				continue
			}
			if first == nil {
				first = f
			}
			n++
			all += f.Chars
			if f.Chars <= lim.FileChars {
				under += f.Chars
			}
		}
		if first == nil || under <= lim.TotalChars {
			return
		}
		c.report(first, 1, 1, "memory loaded at startup: %d files, %s chars in total > %s (≈%s tokens, estimated); Claude Code warns \"Instruction files will impact performance\"",
			n, comma(all), comma(lim.TotalChars), comma(lim.Tokens(all)))
	},
}
