package claudemd

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLintSmallFile lints one small CLAUDE.md with an import: the
// budget is 5 ms per run.
func BenchmarkLintSmallFile(b *testing.B) {
	dir := b.TempDir()
	write(b, filepath.Join(dir, "CLAUDE.md"), "# Project\n\nBuild with `make`. Style: @docs/style.md\n\n- Ask @alice first.\n- Run `go test ./...`.\n")
	write(b, filepath.Join(dir, "docs", "style.md"), "# Style\n\nTabs.\n")
	opts := Options{Paths: []string{dir}, Cwd: dir, Home: b.TempDir()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lint(opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLintTree lints the tree named by CCDIAG_BENCH_TREE (see
// bench/bench.sh, which generates one); skipped without it.
func BenchmarkLintTree(b *testing.B) {
	dir := os.Getenv("CCDIAG_BENCH_TREE")
	if dir == "" {
		b.Skip("CCDIAG_BENCH_TREE not set")
	}
	opts := Options{Paths: []string{dir}, Cwd: dir, Home: b.TempDir()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lint(opts); err != nil {
			b.Fatal(err)
		}
	}
}

func write(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}
