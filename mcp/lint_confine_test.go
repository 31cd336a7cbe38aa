package mcp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outsideMarker names every planted file outside the roots; no tool output
// may show one, and no finding may come from one.
const outsideMarker = "PLANTED-OUTSIDE"

// TestLintReadsNothingOutsideTheRoots plants memory files in every place
// Claude Code would look outside the project — an ancestor folder, the
// user's ~/.claude, the managed policy folder — plus symlinks and imports
// from inside the project that lead out. Each planted file would produce
// findings if read (a byte order mark, a secret-looking key, a missing
// import). The result must list ancestors, ~/.claude and the managed
// folder only as "outside the roots, not read".
func TestLintReadsNothingOutsideTheRoots(t *testing.T) {
	d := testDeps(t)
	base := filepath.Dir(d.Cwd)
	d.ManagedDir = filepath.Join(base, "managed")
	planted := "\uFEFF# " + outsideMarker + "\n\nkey sk-ant-api03-" + strings.Repeat("A", 93) + "AA\n\n@./" + outsideMarker + "-missing.md\n"
	for _, p := range []string{
		filepath.Join(base, "CLAUDE.md"),                             // ancestor
		filepath.Join(base, ".claude", "rules", outsideMarker+".md"), // ancestor rules
		filepath.Join(d.Home, ".claude", "CLAUDE.md"),                // user
		filepath.Join(d.Home, ".claude", "rules", outsideMarker+".md"),
		filepath.Join(d.ManagedDir, "CLAUDE.md"), // managed policy
		filepath.Join(base, "elsewhere", outsideMarker+".md"),
		filepath.Join(base, "elsewhere", "rules", outsideMarker+".md"),
		filepath.Join(base, "elsewhere", ".ccdiag.yml"),
	} {
		mustWrite(t, p, planted)
	}
	// Settings outside the roots that would exclude the project's file if read.
	mustWrite(t, filepath.Join(d.Home, ".claude", "settings.json"), `{"claudeMdExcludes": ["**/CLAUDE.md"]}`)
	// Inside the project: its own file, and ways out.
	mustWrite(t, filepath.Join(d.Cwd, "CLAUDE.md"), "# Project\n\nSee @../elsewhere/"+outsideMarker+".md and @~/.claude/CLAUDE.md.\n")
	mustSymlink(t, filepath.Join(base, "elsewhere", outsideMarker+".md"), filepath.Join(d.Cwd, ".claude", "rules", "linked.md"))
	mustSymlink(t, filepath.Join(base, "elsewhere", "rules"), filepath.Join(d.Cwd, ".claude", "rules", "linkeddir"))
	mustSymlink(t, filepath.Join(base, "elsewhere", outsideMarker+".md"), filepath.Join(d.Cwd, "pkg", "CLAUDE.md"))
	mustSymlink(t, filepath.Join(base, "elsewhere", ".ccdiag.yml"), filepath.Join(d.Cwd, ".ccdiag.yml"))

	c, _ := connect(t, d)
	res := call(t, c, "lint_claude_md", map[string]any{})
	if res.IsError {
		t.Fatalf("lint failed: %s", firstText(t, res))
	}
	text := firstText(t, res)
	raw, _ := json.Marshal(res.StructuredContent)
	for name, out := range map[string]string{"text": text, "structured": string(raw)} {
		for _, leak := range []string{"sk-ant-api03", outsideMarker + "-missing", "byte order mark", "bom]"} {
			if strings.Contains(out, leak) {
				t.Errorf("%s output shows %q: a file outside the roots was read\n%s", name, leak, out)
			}
		}
	}
	m := structured(t, res)
	// The project's own file is linted (the outside settings did not exclude it).
	found := false
	for _, f := range m["startup"].(map[string]any)["files"].([]any) {
		f := f.(map[string]any)
		path, reason := f["path"].(string), f["skip_reason"]
		if path == "CLAUDE.md" && f["loaded"] == "startup" {
			found = true
		}
		inside := !strings.HasPrefix(path, "/") && !strings.HasPrefix(path, "~") && !strings.HasPrefix(path, "..")
		if !inside && (reason != "outside the roots, not read" || f["chars"].(float64) != 0) {
			t.Errorf("startup view lists %s (%v, %v chars); want it only as outside the roots, not read", path, reason, f["chars"])
		}
	}
	if !found {
		t.Errorf("the project's CLAUDE.md is not in the startup view: %s", raw)
	}
	for _, want := range []string{filepath.Base(base), ".claude", "managed"} {
		if !strings.Contains(text, want) || !strings.Contains(text, "outside the roots, not read") {
			t.Errorf("text does not list %s as outside the roots, not read:\n%s", want, text)
		}
	}
	for _, f := range m["findings"].([]any) {
		f := f.(map[string]any)
		if p := f["path"].(string); strings.HasPrefix(p, "/") || strings.HasPrefix(p, "..") || strings.HasPrefix(p, "~") {
			t.Errorf("finding from outside the roots: %v", f)
		}
	}
}

func mustWrite(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
