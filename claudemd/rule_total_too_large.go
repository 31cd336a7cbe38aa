package claudemd

// countedTotal is what Claude Code compares with its total limit: the chars
// of the startup files that are each within the per-file limit (a file over
// it has its own warning). Its message then counts every file. The report's
// percentage uses the same sum, so the two never disagree.
func countedTotal(files []*File, fileLimit int) int {
	sum := 0
	for _, f := range files {
		if f.Loaded == LoadedStartup && f.Chars <= fileLimit {
			sum += f.Chars
		}
	}
	return sum
}

var ruleTotalTooLarge = &Rule{
	ID:          "total-too-large",
	Description: "The memory loaded at startup is over Claude Code's total size limit.",
	Severity:    SeverityWarning,
	onRun: func(c *runCheck) {
		lim := c.set.limits
		var all, n int
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
		}
		if first == nil || countedTotal(c.files, lim.FileChars) <= lim.TotalChars {
			return
		}
		c.report(first, 1, 1, "memory loaded at startup: %d files, %s chars in total > %s (≈%s tokens, estimated); Claude Code warns \"Instruction files will impact performance\"",
			n, comma(all), comma(lim.TotalChars), comma(lim.Tokens(all)))
	},
}
