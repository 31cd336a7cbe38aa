package claudemd

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestStartup: --report's view follows Claude Code: managed policy, user
// files, every ancestor down to the directory, minus claudeMdExcludes
// (which never applies to the managed file).
func TestStartup(t *testing.T) {
	base := t.TempDir()
	home, managed := filepath.Join(base, "home"), filepath.Join(base, "etc")
	repo := filepath.Join(base, "work", "repo")
	dir := filepath.Join(repo, "pkg")
	write(t, filepath.Join(managed, "CLAUDE.md"), "# Policy\n\nNo secrets.\n")
	write(t, filepath.Join(home, ".claude", "CLAUDE.md"), "# Me\n\nBe brief.\n")
	write(t, filepath.Join(home, ".claude", "rules", "mine.md"), "Mine.\n")
	write(t, filepath.Join(base, "work", "CLAUDE.md"), "# Work\n\nShared.\n")
	write(t, filepath.Join(repo, "CLAUDE.md"), "# Repo\n\n@docs/a.md\n")
	write(t, filepath.Join(repo, "docs", "a.md"), "A.\n")
	write(t, filepath.Join(dir, "CLAUDE.md"), "# Pkg\n\nHere.\n")
	write(t, filepath.Join(dir, "CLAUDE.local.md"), "Local.\n")
	write(t, filepath.Join(dir, "sub", "CLAUDE.md"), "Nested: not at startup.\n")
	write(t, filepath.Join(dir, ".claude", "settings.json"), `{"claudeMdExcludes": ["**/work/CLAUDE.md", "`+filepath.ToSlash(managed)+`/**"]}`)

	res, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: home, ManagedDir: managed, Startup: true, Sections: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Files {
		got = append(got, string(f.Kind)+" "+string(f.Loaded)+" "+strings.TrimPrefix(f.Path, base))
	}
	want := []string{
		"managed startup /etc/CLAUDE.md",
		"user startup ~/.claude/CLAUDE.md",
		"user startup ~/.claude/rules/mine.md",
		"ancestor skipped /work/CLAUDE.md",
		"ancestor startup /work/repo/CLAUDE.md",
		"import startup /work/repo/docs/a.md",
		"project startup CLAUDE.md",
		"local startup CLAUDE.local.md",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("files:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.Totals.StartupFiles != 7 {
		t.Errorf("startup files = %d, want 7", res.Totals.StartupFiles)
	}
}
