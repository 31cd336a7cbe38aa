package sanitize

import (
	"strconv"
	"testing"
)

// BenchmarkRedactOrdinary is the common case: a lint finding or a status
// line with nothing to mask; printers pay this per string.
func BenchmarkRedactOrdinary(b *testing.B) {
	r := FromEnv(func(k string) string {
		if k == "ANTHROPIC_API_KEY" {
			return planted
		}
		return ""
	})
	msgs := []string{
		"docs/sub/CLAUDE.md:12:1: import @./missing-file.md does not exist (resolved against the importing file's folder) [import-missing]",
		"line 40 is 2400 characters long; Claude Code reads it whole, but editors and reviews suffer [long-line]",
		"Elevated errors on Claude Opus 4.6: identified, impact major, started 2026-12-03T08:12:00Z",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = r.Redact(msgs[i%len(msgs)]).Terminal()
	}
}

// BenchmarkStrings28kFindings is the lint edge: one Strings call over a
// result shaped like claudemd's with 28,000 findings (the budget case).
func BenchmarkStrings28kFindings(b *testing.B) {
	type finding struct {
		Rule, Path, Message string
		Line, Column        int
	}
	type result struct {
		Root     string
		Findings []finding
	}
	r := FromEnv(func(k string) string {
		if k == "ANTHROPIC_API_KEY" {
			return planted
		}
		return ""
	})
	base := make([]finding, 28000)
	for i := range base {
		// 2,000 files, each message different (as real findings are).
		dir := "/home/u/src/project/pkg" + strconv.Itoa(i%2000) + "/sub"
		base[i] = finding{Rule: "import-missing", Path: dir + "/CLAUDE.md", Line: i, Column: 1,
			Message: "@./missing-" + strconv.Itoa(i) + ".md: " + dir + "/missing-" + strconv.Itoa(i) + ".md does not exist; Claude Code silently ignores this import"}
	}
	b.ReportAllocs()
	for b.Loop() {
		res := result{Root: "/home/u/src/project", Findings: append([]finding(nil), base...)}
		r.Strings(&res)
	}
}
