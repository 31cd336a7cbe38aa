package claudemd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// lintSource lints one CLAUDE.md holding src (plus an existing m.md).
func lintSource(tb testing.TB, src string) *Result {
	tb.Helper()
	dir := tb.(interface{ TempDir() string }).TempDir()
	write(tb, filepath.Join(dir, "CLAUDE.md"), src)
	write(tb, filepath.Join(dir, "m.md"), "# M\n\nText.\n")
	res, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: dir + "/nohome"})
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

func importsOnOneLine(n int) string { return strings.Repeat("@m.md ", n) + "\n" }

func nestedQuotes(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("> ", i) + "text @x.md\n")
	}
	return b.String()
}

func nestedLists(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- item @x.md\n")
	}
	return b.String()
}

// Imports and nesting must cost time linear in the input: 68196c3 took
// 46 µs per import at 1,000 imports on one line and 348 µs at 10,000, and
// deep nesting cost seconds per MB. The speed is shown by the benchmarks
// below (ns/import, ns/byte for nested against flat text), not asserted in
// a test. 200,000 imports on one line take 0.1 s; at 68196c3's growth they
// would take hours, so a quadratic lint runs into the test timeout. The
// nesting test checks that files nested 2,000 levels deep are linted at all.
func TestLintManyImportsOnOneLine(t *testing.T) {
	res := lintSource(t, importsOnOneLine(200000))
	if len(res.Findings) == 0 || len(res.Files) == 0 {
		t.Fatalf("200,000 imports on one line: %d findings in %d files", len(res.Findings), len(res.Files))
	}
}

func TestLintDeepNesting(t *testing.T) {
	for name, src := range map[string]string{"quotes": nestedQuotes(2000), "lists": nestedLists(1000)} {
		if res := lintSource(t, src); len(res.Files) == 0 {
			t.Errorf("%s: nothing linted", name)
		}
	}
}

// BenchmarkLintNesting compares deep nesting with the same bytes of flat
// text (ns/byte); they should cost about the same.
func BenchmarkLintNesting(b *testing.B) {
	nested := map[string]string{"quotes": nestedQuotes(1000), "lists": nestedLists(475)}
	nested["flat"] = strings.Repeat("plain text line with @x.md in it\n", len(nested["quotes"])/33)
	for _, name := range []string{"flat", "quotes", "lists"} {
		src := nested[name]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				lintSource(b, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(src)), "ns/byte")
		})
	}
}

// Deeply nested files still have their imports found.
func TestDeepNestingFindsImports(t *testing.T) {
	for name, src := range map[string]string{"quotes": nestedQuotes(100), "lists": nestedLists(100)} {
		res := lintSource(t, src)
		missing := 0
		for _, f := range res.Findings {
			if f.Rule == "import-missing" {
				missing++
			}
		}
		if missing == 0 {
			t.Errorf("%s: no import-missing finding for @x.md in a deeply nested file", name)
		}
	}
}

func BenchmarkLintImportsPerLine(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		src := importsOnOneLine(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				lintSource(b, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/import")
		})
	}
}

// A 4 MiB file of repeated imports must not turn into a million findings.
func TestFindingsCapped(t *testing.T) {
	src := strings.Repeat("@./m.md\n", (MaxFileBytes-64)/8)
	res := lintSource(t, src)
	perFile := map[string]int{}
	for _, f := range res.Findings {
		perFile[f.Path]++
	}
	for p, n := range perFile {
		if n > MaxFindingsPerFile {
			t.Errorf("%s: %d findings, cap is %d", p, n, MaxFindingsPerFile)
		}
	}
	if res.Omitted == 0 {
		t.Fatalf("no findings counted as omitted (%d shown)", len(res.Findings))
	}
	for _, format := range Formats() {
		p, _ := NewPrinter(format, nil, "test")
		var out bytes.Buffer
		if err := p.Print(&out, res); err != nil {
			t.Fatal(err)
		}
		if out.Len() > 4<<20 {
			t.Errorf("%s output is %d bytes", format, out.Len())
		}
		s := out.String()
		if format == "json" {
			var v struct {
				Omitted int `json:"omitted_findings"`
			}
			if err := json.Unmarshal(out.Bytes(), &v); err != nil || v.Omitted != res.Omitted {
				t.Errorf("json: omitted_findings %d, want %d (%v)", v.Omitted, res.Omitted, err)
			}
			continue
		}
		if !strings.Contains(s, "more findings not shown") && !strings.Contains(s, "omittedFindings") {
			t.Errorf("%s output does not say findings were left out", format)
		}
	}
	if res.Max() != SeverityWarning {
		t.Errorf("Max() = %v", res.Max())
	}
}
