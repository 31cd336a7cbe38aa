package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func testStreams(t *testing.T, env map[string]string) (*iostreams.IOStreams, *bytes.Buffer) {
	var out bytes.Buffer
	return &iostreams.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out,
		Getenv: func(k string) string { return env[k] }}, &out
}

// Another program edits settings.json while install works on it (between
// our read and our rename): its edit must survive, and ours be redone on
// top of it (issue: 5 of 5 concurrent edits were lost).
func TestInstallKeepsConcurrentEdit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	os.WriteFile(path, []byte("{\n  \"model\": \"opus\"\n}\n"), 0o644)
	s, out := testStreams(t, map[string]string{"CCDIAG_STATE_DIR": filepath.Join(dir, "state")})
	edit := hooks.SettingsEdit{Binary: "/opt/bin/ccdiag"}
	calls := 0
	_, err := editFile(s, path, false, func(b []byte) ([]byte, []string, error) {
		calls++
		if calls == 1 {
			// The other editor saves its change after we read the file.
			if err := os.WriteFile(path, []byte("{\n  \"model\": \"opus\",\n  \"theme\": \"light\"\n}\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return hooks.Install(b, edit)
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Contains(got, []byte(`"theme": "light"`)) || !bytes.Contains(got, []byte(`"command": "`+edit.HookCommand()+`"`)) {
		t.Errorf("an edit was lost (%d edit calls):\n%s", calls, got)
	}
}

// A settings.json that is a symlink (dotfiles) is edited where it points:
// install + uninstall keep the link and its target, byte for byte.
func TestInstallThroughSymlink(t *testing.T) {
	for _, content := range []string{"{}\n", "{\n  \"model\": \"opus\"\n}\n"} {
		home := t.TempDir()
		dotfiles := filepath.Join(home, "dotfiles", "claude-settings.json")
		os.MkdirAll(filepath.Dir(dotfiles), 0o755)
		os.WriteFile(dotfiles, []byte(content), 0o644)
		os.MkdirAll(filepath.Join(home, ".claude"), 0o755)
		link := filepath.Join(home, ".claude", "settings.json")
		if err := os.Symlink(dotfiles, link); err != nil {
			t.Fatal(err)
		}
		env := map[string]string{"HOME": home, "XDG_STATE_HOME": filepath.Join(home, ".local", "state")}
		for _, cmd := range []string{"install", "uninstall"} {
			s, out := testStreams(t, env)
			if code := run([]string{"ccdiag", cmd, "--binary", "/opt/bin/ccdiag", "--no-mcp"}, s); code != 0 {
				t.Fatalf("%s: exit %d\n%s", cmd, code, out)
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Fatalf("after %s the link is gone or replaced: %v", cmd, err)
			}
			got, err := os.ReadFile(dotfiles)
			if err != nil {
				t.Fatalf("after %s the target is gone: %v", cmd, err)
			}
			if cmd == "install" && !bytes.Contains(got, []byte("/opt/bin/ccdiag hook")) {
				t.Fatalf("install did not write through the link:\n%s", got)
			}
			if cmd == "uninstall" && string(got) != content {
				t.Errorf("uninstall left %q, want %q", got, content)
			}
		}
		if m, _ := filepath.Glob(filepath.Join(home, "dotfiles", "*")); len(m) != 1 {
			t.Errorf("files left next to the target: %v", m)
		}
	}
}

// A read-only settings.json is refused with a clear message and left as
// it was: a rename would replace it although its owner locked it.
func TestInstallRefusesReadOnly(t *testing.T) {
	home := t.TempDir()
	os.MkdirAll(filepath.Join(home, ".claude"), 0o755)
	path := filepath.Join(home, ".claude", "settings.json")
	const content = "{\n  \"model\": \"opus\"\n}\n"
	os.WriteFile(path, []byte(content), 0o444)
	s, out := testStreams(t, map[string]string{"HOME": home, "XDG_STATE_HOME": filepath.Join(home, "state")})
	code := run([]string{"ccdiag", "install", "--binary", "/opt/bin/ccdiag", "--no-mcp"}, s)
	if code != exitUsage || !strings.Contains(out.String(), "is read-only (mode 444)") || !strings.Contains(out.String(), "nothing was written") {
		t.Errorf("exit %d\n%s", code, out)
	}
	got, _ := os.ReadFile(path)
	fi, _ := os.Stat(path)
	if string(got) != content || fi.Mode().Perm() != 0o444 {
		t.Errorf("read-only file changed: %q %v", got, fi.Mode())
	}
}

func TestTransientPlace(t *testing.T) {
	env := map[string]string{"GOCACHE": "/home/me/.cache/go-build"}
	getenv := func(k string) string { return env[k] }
	for bin, want := range map[string]string{
		"/tmp/go-build1234/b001/exe/ccdiag":          "the Go build cache",
		"/home/me/.cache/go-build/ab/ccdiag":         "the Go build cache",
		filepath.Join(os.TempDir(), "x", "ccdiag"):   "a temporary folder",
		"/var/tmp/ccdiag":                            "a temporary folder",
		"/home/me/go/bin/ccdiag":                     "",
		"/usr/local/bin/ccdiag":                      "",
		"/home/me/.claude/plugins/data/x/bin/ccdiag": "",
	} {
		if got := transientPlace(bin, getenv); got != want {
			t.Errorf("%s: %q, want %q", bin, got, want)
		}
	}
}
