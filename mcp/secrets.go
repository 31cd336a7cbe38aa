package mcp

import (
	"context"
	"encoding/json"
	"errors"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// scrubSecrets is the output guard of every tool: whatever a tool returns
// (text, structured content, error) leaves with secrets masked — the
// server's environment's keys, tokens, proxy and URL credentials and custom
// header values, and anything shaped like a key even if the user pasted it —
// and with terminal control characters neutralised (clients such as Claude
// Code show results in a terminal).
func scrubSecrets(getenv func(string) string) server.ToolHandlerMiddleware {
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			res, err := next(ctx, req)
			red := sanitize.Merge(sanitize.Default(), sanitize.FromEnv(getenv))
			if err != nil {
				if s := red.Redact(err.Error()).Terminal(); s != err.Error() {
					err = errors.New(s)
				}
			}
			if res == nil {
				return res, err
			}
			b, merr := json.Marshal(res)
			if merr != nil {
				return mcpgo.NewToolResultError("the result could not be checked for secrets and was withheld"), err
			}
			var v any
			if uerr := json.Unmarshal(b, &v); uerr != nil {
				return mcpgo.NewToolResultError("the result could not be checked for secrets and was withheld"), err
			}
			changed := false
			v = cleanValue(v, red, &changed)
			if !changed {
				return res, err
			}
			clean, _ := json.Marshal(v)
			var out mcpgo.CallToolResult
			if uerr := json.Unmarshal(clean, &out); uerr != nil {
				return mcpgo.NewToolResultError("the result quoted a secret and was withheld"), err
			}
			return &out, err
		}
	}
}

// cleanValue sanitises every string (keys included) of a decoded JSON value.
func cleanValue(v any, red *sanitize.Redactor, changed *bool) any {
	switch x := v.(type) {
	case string:
		s := red.Redact(x).Terminal()
		if s != x {
			*changed = true
		}
		return s
	case []any:
		for i := range x {
			x[i] = cleanValue(x[i], red, changed)
		}
	case map[string]any:
		for k, e := range x {
			e = cleanValue(e, red, changed)
			if ck := red.Redact(k).Terminal(); ck != k {
				delete(x, k)
				*changed = true
				k = ck
			}
			x[k] = e
		}
	}
	return v
}
