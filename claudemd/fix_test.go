package claudemd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFix(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		want  string
		fixes []string
		gone  string // rule that must not be reported after the fix
	}{
		{"bom", "CLAUDE.md", "# BOM\n\nText.\n", []string{".claude/rules/scoped.md: removed the UTF-8 byte order mark", "CLAUDE.md: removed the UTF-8 byte order mark"}, "bom"},
		{"crlf", "CLAUDE.md", "# CRLF\n\nWindows line endings.\n", []string{"CLAUDE.md: converted CRLF line endings to LF"}, "crlf"},
		{"import-trailing-punctuation", "CLAUDE.md", "# Punctuation\n\nRead @docs/style.md then @docs/api.md both matter (see @docs/style.md ).\n",
			[]string{`CLAUDE.md: removed "," after @docs/style.md`, `CLAUDE.md: removed ":" after @docs/api.md`, `CLAUDE.md: put a space between @docs/style.md and ")."`}, "import-trailing-punctuation"},
		{"duplicate-content", "CLAUDE.md", "# Duplicates\n\nAlways run the full test suite with race detection before pushing any change to a shared branch.\n\n@docs/a.md\n",
			[]string{"CLAUDE.md: removed repeated import line @docs/a.md"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, dir := lintCase(t, "err", tt.name)
			path := filepath.Join(dir, tt.file)
			before, _ := os.Stat(path)
			res, err := Fix(Options{Paths: []string{dir}, Cwd: dir, Home: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tt.want {
				t.Errorf("file after fix = %q, want %q", got, tt.want)
			}
			if strings.Join(res.Fixes, "\n") != strings.Join(tt.fixes, "\n") {
				t.Errorf("fixes = %q, want %q", res.Fixes, tt.fixes)
			}
			for _, f := range res.Findings {
				if f.Rule == tt.gone || (tt.gone == "" && strings.Contains(f.Message, "repeats line")) {
					t.Errorf("still reported after --fix: %s", f.Message)
				}
			}
			after, _ := os.Stat(path)
			if after.Mode() != before.Mode() {
				t.Errorf("mode changed: %v → %v", before.Mode(), after.Mode())
			}
		})
	}
}

// TestLintNeverWrites: a lint without --fix leaves every file untouched.
func TestLintNeverWrites(t *testing.T) {
	_, dir := lintCase(t, "err", "bom")
	before, _ := os.ReadFile(filepath.Join(dir, "CLAUDE.md"))
	if _, err := Lint(Options{Paths: []string{dir}, Cwd: dir}); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "CLAUDE.md"))
	if string(before) != string(after) {
		t.Fatal("lint changed a file")
	}
}
