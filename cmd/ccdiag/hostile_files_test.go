//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// hostileKinds makes path a FIFO, a symlink to /dev/zero, a directory or an
// oversized (sparse) regular file: what a cloned repository or a shared
// machine can put where ccdiag expects a small file.
var hostileKinds = []struct {
	name string
	make func(path string) error
}{
	{"fifo", func(p string) error { return syscall.Mkfifo(p, 0o644) }},
	{"dev-zero", func(p string) error { return os.Symlink("/dev/zero", p) }},
	{"directory", func(p string) error { return os.Mkdir(p, 0o755) }},
	{"oversize", func(p string) error {
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Truncate(200 << 20) // no disk used
	}},
}

// TestEveryReadRefusesHostileFiles is findings 11 and 12: each file ccdiag
// reads but did not write — .ccdiag.yml, settings.json, CLAUDE.md, an
// import, the status cache, the session state, the transcript, the CA
// bundle doctor reads, a validate or tokens input — replaced by each hostile kind. Every command returns
// (no hang on a FIFO, no out-of-memory on /dev/zero).
func TestEveryReadRefusesHostileFiles(t *testing.T) {
	for _, kind := range hostileKinds {
		t.Run(kind.name, func(t *testing.T) {
			dir := t.TempDir()
			home := filepath.Join(dir, "home")
			cache := filepath.Join(dir, "cache")
			state := filepath.Join(dir, "state")
			tree := filepath.Join(dir, "tree")
			for _, d := range []string{home, cache, filepath.Join(state, "sessions"), filepath.Join(tree, ".claude"), filepath.Join(home, ".claude")} {
				if err := os.MkdirAll(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			env := map[string]string{"HOME": home, "CCDIAG_CACHE_DIR": cache, "CCDIAG_STATE_DIR": state,
				"CCDIAG_STATUS_URL": "http://127.0.0.1:1", "NO_COLOR": "1"}
			hostile := func(p string) string {
				if err := kind.make(p); err != nil {
					t.Fatal(err)
				}
				return p
			}
			os.WriteFile(filepath.Join(tree, "CLAUDE.md"), []byte("# T\n\n@./imported.md\n"), 0o644)
			hostile(filepath.Join(tree, "imported.md"))
			hostile(filepath.Join(tree, ".ccdiag.yml"))
			hostile(filepath.Join(tree, ".claude", "settings.json"))
			hostile(filepath.Join(home, ".claude", "settings.json"))
			hostile(filepath.Join(tree, "CLAUDE.local.md"))
			hostile(filepath.Join(cache, "status.json"))
			hostile(filepath.Join(state, "sessions", "s1.jsonl"))
			transcript := hostile(filepath.Join(dir, "transcript.jsonl"))
			input := hostile(filepath.Join(dir, "input.json"))
			env["NODE_EXTRA_CA_CERTS"] = hostile(filepath.Join(dir, "ca.pem"))
			env["ANTHROPIC_BASE_URL"] = "http://127.0.0.1:1"
			runs := []struct {
				stdin string
				args  []string
			}{
				{"", []string{"lint", tree}},
				{"", []string{"lint", "--report", tree}},
				{"", []string{"lint", "--config", filepath.Join(tree, ".ccdiag.yml"), tree}},
				{"", []string{"status", "--cached"}},
				{"", []string{"doctor", "--json"}},
				{"", []string{"validate", input}},
				{"", []string{"tokens", input}},
				{`{"session_id":"s1","transcript_path":"` + transcript + `","model":{"id":"claude-opus-4-6"}}`, []string{"statusline"}},
				{`{"hook_event_name":"UserPromptSubmit","session_id":"s1","transcript_path":"` + transcript + `"}`, []string{"hook"}},
				{`{"hook_event_name":"StopFailure","session_id":"s1","error":"rate_limit"}`, []string{"hook"}},
			}
			for _, r := range runs {
				done := make(chan string, 1)
				go func() { done <- runGuarded(t, env, r.stdin, r.args...) }()
				select {
				case <-done:
				case <-time.After(60 * time.Second): // a safety net, not a timing assertion
					t.Fatalf("ccdiag %v hangs on a %s", r.args, kind.name)
				}
			}
		})
	}
}
