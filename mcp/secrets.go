package mcp

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strings"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/redact"
)

// secretVars hold keys and tokens; proxyVars may carry user:password@.
var (
	secretVars = [...]string{"ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK"}
	proxyVars  = [...]string{"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"}
)

// envSecrets lists the secret values in the environment.
func envSecrets(getenv func(string) string) []string {
	var out []string
	for _, k := range secretVars {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			out = append(out, v)
		}
	}
	for _, k := range proxyVars {
		if u, err := url.Parse(getenv(k)); err == nil && u.User != nil {
			if p, ok := u.User.Password(); ok && p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// scrubSecrets is the last line of defence: whatever a tool returns (text,
// structured content, error) never carries a key, token or proxy password
// from the server's environment, even if the user pasted one.
func scrubSecrets(getenv func(string) string) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			res, err := next(ctx, req)
			secrets := envSecrets(getenv)
			if len(secrets) == 0 {
				return res, err
			}
			if err != nil {
				if s := redact.Scrub(err.Error(), secrets); s != err.Error() {
					err = errors.New(s)
				}
			}
			if res == nil {
				return res, err
			}
			b, merr := json.Marshal(res)
			if merr != nil {
				return res, err
			}
			clean := redact.Scrub(string(b), secrets)
			if clean == string(b) {
				return res, err
			}
			var out mcpgo.CallToolResult
			if uerr := json.Unmarshal([]byte(clean), &out); uerr != nil {
				return mcpgo.NewToolResultError("the result quoted a secret and was withheld"), err
			}
			return &out, err
		}
	}
}
