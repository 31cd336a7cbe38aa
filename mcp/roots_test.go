package mcp

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	mcpgo "github.com/mark3labs/mcp-go/mcp"
)

type fixedRoots struct{ uris []string }

func (f fixedRoots) ListRoots(context.Context, mcpgo.ListRootsRequest) (*mcpgo.ListRootsResult, error) {
	res := &mcpgo.ListRootsResult{}
	for _, u := range f.uris {
		res.Roots = append(res.Roots, mcpgo.Root{URI: u, Name: filepath.Base(u)})
	}
	return res, nil
}

// TestClientRoots: when the client declares roots, paths are confined to
// them (not to the server's working directory), in both eras.
func TestClientRoots(t *testing.T) {
	for _, era := range eras {
		t.Run(era.name, func(t *testing.T) {
			d := testDeps(t)
			root := filepath.Join(filepath.Dir(d.Cwd), "clientroot")
			if err := os.MkdirAll(root, 0o755); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(root, "inside.txt"), []byte(strings.Repeat("a", 40)), 0o644)
			os.WriteFile(filepath.Join(d.Cwd, "cwd.txt"), []byte("b"), 0o644)
			opts := append([]client.ClientOption{
				client.WithRootsHandler(fixedRoots{[]string{"file://" + root}}),
				client.WithClientCapabilities(mcpgo.ClientCapabilities{Roots: &struct {
					ListChanged bool `json:"listChanged,omitempty"`
				}{}}),
			}, era.opts...)
			c, _ := connect(t, d, opts...)

			r := call(t, c, "estimate_tokens", map[string]any{"path": "inside.txt"})
			if r.IsError {
				t.Fatalf("relative path inside the client's root refused: %s", firstText(t, r))
			}
			if got := structured(t, r)["source"]; got != filepath.Join(root, "inside.txt") {
				t.Errorf("source = %v", got)
			}
			r = call(t, c, "estimate_tokens", map[string]any{"path": filepath.Join(d.Cwd, "cwd.txt")})
			if !r.IsError || !strings.Contains(firstText(t, r), "outside the allowed roots") {
				t.Errorf("a path outside the client's roots must be refused, got isError=%v %s", r.IsError, firstText(t, r))
			}
		})
	}
}
