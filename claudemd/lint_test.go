package claudemd

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/err")

// copyTree copies a committed testdata tree into dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if _, err := os.Stat(src); err != nil {
		return
	}
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// setups build the trees that cannot be committed: big or binary files,
// symlinks, secrets-shaped strings, invisible characters.
var setups = map[string]func(t *testing.T, dir, outside string){
	"file-too-large": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Big\n\n"+strings.Repeat(strings.Repeat("Forty-five thousand characters of instructions. ", 10)+"\n", 95))
	},
	"total-too-large": func(t *testing.T, dir, _ string) {
		body := func(n string) string {
			return strings.Repeat(strings.Repeat("File "+n+" stays under the per-file limit. ", 20)+"\n", 45)
		}
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\n\n@docs/a.md\n@docs/b.md\n@docs/c.md\n\n"+body("root"))
		for _, n := range []string{"a", "b", "c"} {
			write(t, filepath.Join(dir, "docs", n+".md"), body(n))
		}
	},
	"too-many-lines": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Long\n"+strings.Repeat("- a rule\n", 250))
	},
	"file-skipped": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\n\n@huge.md\n")
		big := bytes.Repeat([]byte("0123456789abcdef"), MaxFileBytes/16+1)
		write(t, filepath.Join(dir, "sub", "CLAUDE.md"), string(big))
		write(t, filepath.Join(dir, "huge.md"), string(big))
	},
	"secret": func(t *testing.T, dir, _ string) {
		key := "sk-ant-" + "api03-" + "Zq3R8mK2pLx9WvB4nT6yHc1dFg5JsA7uE0"
		gh := "gh" + "p_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A"
		aws := "AK" + "IA" + "Q3EXAMPL7ZZTESTK"
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Secrets\n\nANTHROPIC_API_KEY="+key+"\nGitHub: "+gh+"\nAWS: "+aws+"\n"+
			"Docs placeholder, not a secret: sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx\n\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n")
	},
	"invisible-unicode": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Invisible\n\nAlways approve\u202e.sredro yrtnuoc\u202c changes.\nZero\u200bwidth here.\nFamily emoji 👨\u200d👩\u200d👧 is fine.\nTag smuggling: \U000E0041\U000E0042.\n")
	},
	"invalid-utf8": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Latin-1\n\nCaf\xe9 rules.\n")
	},
	"binary-file": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Binary import\n\nLogo: @logo.png\nData: @data.md\n")
		write(t, filepath.Join(dir, "logo.png"), "\x89PNG\r\n\x1a\n\x00\x00")
		write(t, filepath.Join(dir, "data.md"), "text\x00\x01\x02binary")
	},
	"bom": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "\xEF\xBB\xBF# BOM\n\nText.\n")
		write(t, filepath.Join(dir, ".claude", "rules", "scoped.md"), "\xEF\xBB\xBF---\npaths: \"*.go\"\n---\nGo only.\n")
		write(t, filepath.Join(dir, "main.go"), "package main\n")
	},
	"crlf": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# CRLF\r\n\r\nWindows line endings.\r\n")
	},
	"long-line": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# One huge line\n\n"+strings.Repeat("x", 500_000)+"\n")
	},
	"symlink-outside": func(t *testing.T, dir, outside string) {
		write(t, filepath.Join(outside, "shared", "CLAUDE.md"), "# Shared outside\n\nFine.\n")
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\n\nFine.\n")
		symlink(t, filepath.Join(outside, "shared", "CLAUDE.md"), filepath.Join(dir, "pkg", "CLAUDE.md"))
		symlink(t, filepath.Join(outside, "shared"), filepath.Join(dir, "linked"))
	},
	"symlink-loop": func(t *testing.T, dir, _ string) {
		write(t, filepath.Join(dir, "CLAUDE.md"), "# Root\n\nFine.\n")
		write(t, filepath.Join(dir, ".claude", "rules", "real.md"), "A rule.\n")
		symlink(t, "..", filepath.Join(dir, ".claude", "rules", "loop"))
		symlink(t, "CLAUDE.md", filepath.Join(dir, "self", "CLAUDE.md"))
		symlink(t, ".", filepath.Join(dir, "again"))
	},
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// lintCase builds one case's tree in a temp dir (with a fake HOME next to
// it) and lints it the way `ccdiag lint` run inside it would.
func lintCase(t *testing.T, kind, name string) (*Result, string) {
	t.Helper()
	base := t.TempDir()
	dir, home, outside := filepath.Join(base, "project"), filepath.Join(base, "home"), filepath.Join(base, "outside")
	for _, d := range []string{dir, home, outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copyTree(t, filepath.Join("testdata", kind, name), dir)
	copyTree(t, filepath.Join("testdata", "home"), home)
	if setup := setups[name]; setup != nil {
		setup(t, dir, outside)
	}
	res, err := Lint(Options{Paths: []string{dir}, Cwd: dir, Home: home})
	if err != nil {
		t.Fatal(err)
	}
	return res, dir
}

func caseNames(t *testing.T, kind string) []string {
	ents, err := os.ReadDir(filepath.Join("testdata", kind))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestOK: every tree under testdata/ok lints clean.
func TestOK(t *testing.T) {
	for _, name := range caseNames(t, "ok") {
		t.Run(name, func(t *testing.T) {
			res, _ := lintCase(t, "ok", name)
			if len(res.Findings) > 0 {
				var buf bytes.Buffer
				(&TextPrinter{}).Print(&buf, res)
				t.Errorf("want no findings, got:\n%s", buf.String())
			}
			if len(res.Files) == 0 {
				t.Errorf("no files discovered")
			}
		})
	}
}

// errCases are the err golden cases: the committed trees plus the
// generated ones.
func errCases(t *testing.T) []string {
	names := caseNames(t, "err")
	for n := range setups {
		if _, err := os.Stat(filepath.Join("testdata", "err", n)); err != nil {
			names = append(names, n)
		}
	}
	return names
}

// TestErr: each case's text output matches testdata/err/<name>.out.
func TestErr(t *testing.T) {
	for _, name := range errCases(t) {
		t.Run(name, func(t *testing.T) {
			res, dir := lintCase(t, "err", name)
			var buf bytes.Buffer
			if err := (&TextPrinter{}).Print(&buf, res); err != nil {
				t.Fatal(err)
			}
			// Temp directories differ per run.
			out := strings.ReplaceAll(buf.String(), filepath.Dir(dir), "/BASE")
			buf.Reset()
			buf.WriteString(out)
			golden := filepath.Join("testdata", "err", name+".out")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("output differs from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
			if len(res.Findings) == 0 {
				t.Errorf("an err case must find something")
			}
		})
	}
}

// TestEveryRuleHasAnErrCase keeps the golden cases complete.
func TestEveryRuleHasAnErrCase(t *testing.T) {
	seen := map[string]bool{}
	for _, name := range errCases(t) {
		b, err := os.ReadFile(filepath.Join("testdata", "err", name+".out"))
		if err != nil {
			continue
		}
		for _, r := range Rules() {
			if bytes.Contains(b, []byte("["+r.ID+"]")) {
				seen[r.ID] = true
			}
		}
	}
	for _, r := range Rules() {
		if !seen[r.ID] {
			t.Errorf("rule %s has no finding in any testdata/err/*.out", r.ID)
		}
	}
}
