package sanitize

import "testing"

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
