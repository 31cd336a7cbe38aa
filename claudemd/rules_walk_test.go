package claudemd

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// lint and lint --report walk .claude/rules the same way: the same files,
// and the same symlink-loop finding.
func TestLintAndReportAgreeOnRules(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\n\nText.\n")
	write(t, filepath.Join(dir, ".claude", "rules", "a.md"), "Rule a.\n")
	write(t, filepath.Join(dir, ".claude", "rules", "sub", "b.md"), "Rule b.\n")
	symlink(t, "..", filepath.Join(dir, ".claude", "rules", "sub", "loop"))
	symlink(t, "self.md", filepath.Join(dir, ".claude", "rules", "self.md"))
	summary := func(startup bool) (files []string, loops int) {
		res, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: t.TempDir(), Startup: startup})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Files {
			if strings.Contains(f.Path, "rules") {
				files = append(files, f.Path+" "+string(f.Loaded))
			}
		}
		for _, f := range res.Findings {
			if f.Rule == "symlink-loop" {
				loops++
			}
		}
		sort.Strings(files)
		return files, loops
	}
	lf, ll := summary(false)
	rf, rl := summary(true)
	if strings.Join(lf, "\n") != strings.Join(rf, "\n") || ll != rl || ll == 0 {
		t.Errorf("lint: %q, %d loop findings\nreport: %q, %d loop findings", lf, ll, rf, rl)
	}
}
