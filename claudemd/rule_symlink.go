package claudemd

// The symlink rules are reported by discovery (discover.go): a symlink's
// target decides what loads.

var ruleSymlinkOutside = &Rule{
	ID:          "symlink-outside",
	Description: "A memory file or directory is a symlink to a target outside the project (CI checkouts and teammates will not have it).",
	Severity:    SeverityWarning,
}

var ruleSymlinkLoop = &Rule{
	ID:          "symlink-loop",
	Description: "A directory symlink leads back into itself; Claude Code and ccdiag cut the loop.",
	Severity:    SeverityWarning,
}
