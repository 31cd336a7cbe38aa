package apierror

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// messyPaste builds a ~10 KB paste the way users send them: a Claude Code
// session with tool output, a retry ladder, a wrapped JSON error, a /bug
// errors log with escaped JSON and stack traces, and prose.
func messyPaste(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	for _, name := range []string{"003-529-retries-then-fetch-failed.txt", "009-500-new-style-errors-has-401.txt", "027-tool-use-without-result-wrapped.txt", "177-none-composed-jest-500-passed.txt", "139-timeouts-then-cloudflare-520.txt", "056-invalid-x-api-key-fix-external.txt", "023-request-rejected-429-wrapped.txt"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "realworld", name))
		if err != nil {
			tb.Fatal(err)
		}
		_, text, _ := strings.Cut(string(raw), "\n---\n")
		b.WriteString(text)
		b.WriteString("\n\n")
	}
	for b.Len() < 10<<10 {
		b.WriteString("⏺ Bash(npm run build)\n  ⎿  > app@1.0.0 build\n     > tsc -p tsconfig.json && vite build\n     ✓ 1204 modules transformed.\n")
	}
	s := b.String()
	if len(s) > 10<<10 {
		s = s[len(s)-10<<10:]
	}
	return strings.ToValidUTF8(s, "")
}

func BenchmarkDiagnose(b *testing.B) {
	text := messyPaste(b)
	Diagnose(text, Options{}) // build the tables outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Diagnose(text, Options{})
	}
}

// BenchmarkCatalogueFirstUse is what the first diagnosis in a process pays
// (the prompt hook and the status line pay it when a turn failed): building
// the catalogue's indexes and its phrase trie.
func BenchmarkCatalogueFirstUse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ix, err := buildCatalogue(families())
		if err != nil {
			b.Fatal(err)
		}
		catalogue.val = ix
		buildRuleSet()
	}
}

// BenchmarkAutomatonBuild is what the first long paste in a process pays on
// top of the catalogue: the phrase automaton.
func BenchmarkAutomatonBuild(b *testing.B) {
	m := rules.get().matcher
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m.buildAutomaton()
	}
}

// statusRecord is a failed turn as the status line and the prompt hook get it.
var statusRecord = Record{Kind: "server_error", Status: 529, Type: "overloaded_error", RequestID: "req_011CVaa8exampleexample1",
	Message: "API Error: Repeated 529 Overloaded errors. The API is temporarily overloaded; try again shortly."}

// BenchmarkFromRecord is the status line's and the prompt hook's path once
// the catalogue is built, as in their processes: without the automaton.
func BenchmarkFromRecord(b *testing.B) {
	rules.reset() // whatever ran before
	FromRecord(statusRecord, Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FromRecord(statusRecord, Options{})
	}
}

// BenchmarkFromRecordFirstUse is the status line's and the prompt hook's
// path on a cache miss, in a fresh process: the catalogue's first use and
// one recorded failure diagnosed.
func BenchmarkFromRecordFirstUse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		catalogue.reset()
		rules.reset()
		if d := FromRecord(statusRecord, Options{}); d.Category != Overloaded {
			b.Fatalf("category %s", d.Category)
		}
	}
}

// reset forgets the value, so the next get builds it again (benchmarks only).
func (l *lazy[T]) reset() {
	var zero T
	l.once, l.val = sync.Once{}, zero
}

// BenchmarkPhraseScan is the phrase automaton alone over the benchmark's
// paste, already normalised.
func BenchmarkPhraseScan(b *testing.B) {
	rs := rules.get()
	lines := normalise(messyPaste(b))
	n := 0
	for _, l := range lines {
		n += len(l.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newDoc(lines, rs)
	}
}
