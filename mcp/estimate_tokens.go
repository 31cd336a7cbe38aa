package mcp

import (
	"context"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/tokens"
)

// EstimateResult is estimate_tokens' structured result.
type EstimateResult struct {
	tokens.Count
	Source string `json:"source" jsonschema:"where the text came from: argument or the file path"`
	// Note explains why an exact count was asked for but not made.
	Note string `json:"note,omitempty" jsonschema:"why an exact count was not made, when one was asked for"`
}

func estimateTokensTool(d *Deps) server.ServerTool {
	opts := append([]mcpgo.ToolOption{
		mcpgo.WithDescription("Estimate how many tokens a text or file costs, the way Claude Code sizes CLAUDE.md and context: characters ÷ chars-per-token " +
			"(4 for older models, 3 for newer). The result is labelled as an estimate. With exact: true and ANTHROPIC_API_KEY (or ANTHROPIC_AUTH_TOKEN) " +
			"in the server's environment it asks the API's free count_tokens endpoint instead (honours ANTHROPIC_BASE_URL); a Messages API JSON payload is counted as a request."),
		mcpgo.WithString("text", mcpgo.Description("The text to measure. Give this or path.")),
		mcpgo.WithString("path", mcpgo.Description("A file to measure, inside the client's roots (or the server's working directory). Give this or text.")),
		mcpgo.WithString("model", mcpgo.Description("Model id or alias the estimate is for (sets chars-per-token and the context window); required for exact counts of plain text.")),
		mcpgo.WithBoolean("exact", mcpgo.Description("Count exactly with POST /v1/messages/count_tokens (free; needs a key in the server's environment).")),
		mcpgo.WithOutputSchema[EstimateResult](),
	}, readOnly("Estimate tokens", true)...)
	counter := tokens.Counter{HTTP: d.HTTP, Getenv: d.Getenv}
	return server.ServerTool{
		Tool: mcpgo.NewTool("estimate_tokens", opts...),
		Handler: func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			model := req.GetString("model", "")
			input, source, fail := inlineOrFile(ctx, req, d, "text", "estimate_tokens needs text or path")
			if fail != nil {
				return fail, nil
			}
			res := EstimateResult{Count: tokens.Estimate(input, model), Source: source}
			if req.GetBool("exact", false) {
				if !counter.HasCredentials() {
					res.Note = tokens.ErrNoCredentials.Error() + "; this is an estimate"
				} else {
					ctx, cancel := context.WithTimeout(ctx, toolDeadline)
					defer cancel()
					c, err := counter.Count(ctx, input, model)
					if err != nil {
						return mcpgo.NewToolResultError("exact count failed: " + err.Error()), nil
					}
					res.Count = c
				}
			}
			return mcpgo.NewToolResultStructured(res, estimateText(res)), nil
		},
	}
}

func estimateText(r EstimateResult) string {
	s := r.Count.Text()
	if r.Note != "" {
		s += "\nNote: " + r.Note + "."
	}
	return s
}
