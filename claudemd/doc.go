// Package claudemd lints CLAUDE.md memory files the way Claude Code loads
// them: which files load (at startup or lazily), what their @imports resolve
// to, how many characters each costs against Claude Code's own size limits,
// and what is wrong with them. Rules live one per file (rule_*.go) with a
// stable kebab-case id; printers (printer_*.go) write a Result as text, JSON,
// SARIF 2.1.0 or GitHub workflow annotations.
//
// Nothing here runs at init: regexps and tables are built on first use, so the
// hook, which links the same binary, does not pay for the linter.
package claudemd
