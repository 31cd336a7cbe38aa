package claudemd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const bomCRLF = "\uFEFF# Title\r\nline two\r\n"

// A file reached twice (an import and a symlinked alias, and the project
// file through .claude/CLAUDE.md) is fixed once, from its own offsets
// (68196c3 turned it into "itle\nline two\n").
func TestFixEditsEachRealFileOnce(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\r\n\r\n@notes.md\r\n@alias.md\r\n")
	write(t, filepath.Join(dir, "notes.md"), bomCRLF)
	symlink(t, "notes.md", filepath.Join(dir, "alias.md"))
	symlink(t, "../CLAUDE.md", filepath.Join(dir, ".claude", "CLAUDE.md"))
	res, err := Fix(Options{Paths: []string{dir}, Cwd: dir, Home: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "notes.md")); string(got) != "# Title\nline two\n" {
		t.Errorf("notes.md after fix = %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "CLAUDE.md")); string(got) != "# Root\n\n@notes.md\n@alias.md\n" {
		t.Errorf("CLAUDE.md after fix = %q", got)
	}
	if fi, _ := os.Lstat(filepath.Join(dir, "alias.md")); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the alias is no longer a symlink")
	}
	n := map[string]int{}
	for _, f := range res.Fixes {
		n[f]++
		if n[f] > 1 {
			t.Errorf("fixed twice: %s", f)
		}
	}
	if len(res.NotFixed) > 0 {
		t.Errorf("not fixed: %q", res.NotFixed)
	}
}

// --fix never writes outside the linted tree, whatever symlink leads there:
// the project CLAUDE.md, a rules file, a nested CLAUDE.md, a symlinked
// rules folder, an import through a symlinked folder.
func TestFixNeverWritesOutsideTheTree(t *testing.T) {
	base := t.TempDir()
	dir, out := filepath.Join(base, "project"), filepath.Join(base, "outside")
	outsideFiles := []string{"root.md", "rule.md", "nested.md", "rules/r.md", "shared/x.md"}
	for _, f := range outsideFiles {
		write(t, filepath.Join(out, f), bomCRLF)
	}
	symlink(t, filepath.Join(out, "root.md"), filepath.Join(dir, "CLAUDE.md"))
	symlink(t, filepath.Join(out, "rule.md"), filepath.Join(dir, ".claude", "rules", "rule.md"))
	symlink(t, filepath.Join(out, "rules"), filepath.Join(dir, ".claude", "rules", "linked"))
	symlink(t, filepath.Join(out, "nested.md"), filepath.Join(dir, "pkg", "CLAUDE.md"))
	symlink(t, filepath.Join(out, "shared"), filepath.Join(dir, "shared"))
	write(t, filepath.Join(dir, ".claude", "CLAUDE.md"), "# Project\n\n@../shared/x.md\n")
	write(t, filepath.Join(dir, "inside.md"), bomCRLF)
	write(t, filepath.Join(dir, "CLAUDE.local.md"), "@inside.md\n")

	res, err := Fix(Options{Paths: []string{dir}, Cwd: dir, Home: filepath.Join(base, "home")})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range outsideFiles {
		if got, _ := os.ReadFile(filepath.Join(out, f)); string(got) != bomCRLF {
			t.Errorf("outside/%s was rewritten: %q", f, got)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "inside.md")); string(got) != "# Title\nline two\n" {
		t.Errorf("inside.md (inside the tree) not fixed: %q", got)
	}
	if len(res.NotFixed) == 0 || !strings.Contains(strings.Join(res.NotFixed, "\n"), "outside the linted folder") {
		t.Errorf("not fixed = %q, want the outside files named", res.NotFixed)
	}
}

// A read-only file is refused with a clear message, not replaced by rename.
func TestFixRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "CLAUDE.md")
	write(t, p, bomCRLF)
	if err := os.Chmod(p, 0o444); err != nil {
		t.Fatal(err)
	}
	res, err := Fix(Options{Paths: []string{dir}, Cwd: dir, Home: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != bomCRLF {
		t.Errorf("read-only file rewritten: %q", got)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o444 {
		t.Errorf("mode now %v", fi.Mode())
	}
	if len(res.NotFixed) != 1 || !strings.Contains(res.NotFixed[0], "read-only") {
		t.Errorf("not fixed = %q", res.NotFixed)
	}
}

// An editor's change between the lint and the write is kept: the offsets
// no longer match those bytes, so the file is left as the editor wrote it.
func TestFixKeepsAConcurrentEdit(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "CLAUDE.md")
	write(t, p, bomCRLF)
	first, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	groups := fixGroups(first.Findings)
	if len(groups) != 1 {
		t.Fatalf("%d groups", len(groups))
	}
	edited := "\uFEFF# Title edited meanwhile\r\nline two\r\n"
	write(t, p, edited)
	done, err := groups[0].apply()
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != edited {
		t.Errorf("concurrent edit lost: %q", got)
	}
	if done != nil || !groups[0].changed {
		t.Errorf("done = %q, changed = %v", done, groups[0].changed)
	}
}
