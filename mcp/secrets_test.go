package mcp

import (
	"context"
	"errors"
	"strings"
	"testing"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
)

// TestScrubSecrets: whatever a handler returns — text, structured content or
// a Go error — leaves without the environment's keys, tokens and proxy passwords.
func TestScrubSecrets(t *testing.T) {
	env := map[string]string{"ANTHROPIC_API_KEY": plantedKey, "ANTHROPIC_AUTH_TOKEN": "oauth-token-abcdefghijklmnop",
		"HTTPS_PROXY": "http://alice:pr0xy-passw0rd@proxy.example:8080"}
	echo := func(s string) func(context.Context, mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
		return func(context.Context, mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			return mcpgo.NewToolResultStructured(map[string]any{"echo": s}, "you said "+s), errors.New("failed with " + s)
		}
	}
	mw := scrubSecrets(func(k string) string { return env[k] })
	for _, s := range []string{plantedKey, "oauth-token-abcdefghijklmnop", "pr0xy-passw0rd"} {
		res, err := mw(echo("key "+s+" here"))(context.Background(), mcpgo.CallToolRequest{})
		assertNoSecret(t, res)
		b, _ := res.MarshalJSON()
		if strings.Contains(string(b), s) || strings.Contains(err.Error(), s) {
			t.Errorf("secret %q leaked: %s / %v", s, b, err)
		}
		if !strings.Contains(string(b), "here") {
			t.Errorf("the rest of the result was lost: %s", b)
		}
	}
	// Nothing secret: the result is passed through untouched.
	orig := mcpgo.NewToolResultText("plain")
	res, _ := mw(func(context.Context, mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) { return orig, nil })(context.Background(), mcpgo.CallToolRequest{})
	if res != orig {
		t.Error("a clean result should pass through as is")
	}
}
