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

// perUnit measures the cost of linting gen(n) per unit of n.
func perUnit(t *testing.T, n int, gen func(int) string) float64 {
	src := gen(n)
	r := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			lintSource(b, src)
		}
	})
	return float64(r.NsPerOp()) / float64(n)
}

// assertLinear compares the cost per unit at n and at 10n: a linear lint
// costs about the same per unit, a quadratic one ten times more. The bound
// is loose (4×) so a loaded machine does not fail it; 68196c3 was 10×.
func assertLinear(t *testing.T, n int, gen func(int) string) {
	t.Helper()
	if testing.Short() {
		t.Skip("measures run time")
	}
	small, big := perUnit(t, n, gen), perUnit(t, 10*n, gen)
	t.Logf("%.0f ns per unit at n=%d, %.0f at n=%d", small, n, big, 10*n)
	if big > 4*small {
		t.Errorf("lint is not linear: %.0f ns per unit at n=%d, %.0f at n=%d", small, n, big, 10*n)
	}
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

func TestLintLinearInImportsPerLine(t *testing.T) { assertLinear(t, 4000, importsOnOneLine) }

// Deep nesting must cost about what the same number of bytes of flat text
// costs (68196c3: 3.6× for quotes, 7× for lists at this size, seconds per MB).
func TestLintLinearInNesting(t *testing.T) {
	if testing.Short() {
		t.Skip("measures run time")
	}
	for name, nested := range map[string]string{"quotes": nestedQuotes(1000), "lists": nestedLists(475)} {
		t.Run(name, func(t *testing.T) {
			flat := strings.Repeat("plain text line with @x.md in it\n", len(nested)/33)
			n, f := perByte(t, nested), perByte(t, flat)
			t.Logf("%.1f ns/byte nested, %.1f flat", n, f)
			if n > 2.5*f {
				t.Errorf("deep nesting costs %.1f ns/byte, flat text %.1f", n, f)
			}
		})
	}
}

func perByte(t *testing.T, src string) float64 {
	r := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			lintSource(b, src)
		}
	})
	return float64(r.NsPerOp()) / float64(len(src))
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
