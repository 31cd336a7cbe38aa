//go:build unix

package mcp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestToolsRefuseHostileFiles is findings 11 and 12 over MCP: a FIFO made
// validate_request and estimate_tokens hang (cancel did not free them), a
// /dev/zero symlink filled memory. Each path is refused, promptly, with a
// readable error result.
func TestToolsRefuseHostileFiles(t *testing.T) {
	d := testDeps(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(syscall.Mkfifo(filepath.Join(d.Cwd, "fifo.json"), 0o644))
	must(os.Symlink("/dev/zero", filepath.Join(d.Cwd, "zero.json")))
	must(os.Mkdir(filepath.Join(d.Cwd, "dir.json"), 0o755))
	big, err := os.Create(filepath.Join(d.Cwd, "big.json"))
	must(err)
	must(big.Truncate(maxReadBytes + 1)) // sparse: no disk used
	big.Close()
	c, _ := connect(t, d)
	for _, tool := range []string{"validate_request", "estimate_tokens"} {
		for _, name := range []string{"fifo.json", "zero.json", "dir.json", "big.json"} {
			done := make(chan struct{})
			go func() {
				defer close(done)
				r := call(t, c, tool, map[string]any{"path": name})
				if !r.IsError {
					t.Errorf("%s %s: not an error: %s", tool, name, firstText(t, r))
				}
			}()
			select {
			case <-done:
			case <-time.After(20 * time.Second): // a safety net, not a timing assertion
				t.Fatalf("%s on %s hangs", tool, name)
			}
		}
	}
}

// TestValidateRequestDeepJSON is finding 10 over MCP: ~5.7 M nested '['
// killed the server (stack overflow) through validate_request.
func TestValidateRequestDeepJSON(t *testing.T) {
	c, _ := connect(t, testDeps(t))
	deep := `{"messages":` + strings.Repeat("[", 6_000_000) + strings.Repeat("]", 6_000_000) + `}`
	r := call(t, c, "validate_request", map[string]any{"payload": deep})
	if !strings.Contains(firstText(t, r)+string(mustJSON(t, r)), "too_deep") {
		t.Errorf("deep payload: %.300s", firstText(t, r))
	}
	// The server is still alive.
	if r := call(t, c, "validate_request", map[string]any{"payload": `{}`}); r == nil {
		t.Fatal("no answer after the deep payload")
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
