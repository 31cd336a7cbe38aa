package mcp

import (
	"context"
	"strings"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func diagnoseErrorTool(d *Deps) server.ServerTool {
	opts := append([]mcpgo.ToolOption{
		mcpgo.WithDescription("Diagnose a Claude API error the user pasted (Claude Code's \"API Error: …\" lines, SDK exceptions, gateway/proxy/TLS errors, raw JSON bodies; messy pastes are fine). " +
			"Returns the same object as `ccdiag diagnose --json`: category, HTTP status, error type and code, request id, whether retrying helps, whose side it is " +
			"(server, client, network, account), the provider, a summary and the concrete steps (/model, /compact, wait, fix the proxy…) in order. " +
			"Text that only mentions an error gets category \"none\"."),
		mcpgo.WithString("text", mcpgo.Required(), mcpgo.Description("The error text exactly as shown; several errors in one paste are fine (the last one is diagnosed, the others listed).")),
		mcpgo.WithString("base_url", mcpgo.Description("The API base URL in use (ANTHROPIC_BASE_URL); a non-Anthropic URL means a gateway. Default: the server's ANTHROPIC_BASE_URL.")),
		mcpgo.WithString("model", mcpgo.Description("The model in use, to pick which /model switch to suggest. Default: the server's ANTHROPIC_MODEL.")),
		mcpgo.WithOutputSchema[apierror.Diagnosis](),
	}, readOnly("Diagnose a Claude API error", false)...)
	return server.ServerTool{
		Tool: mcpgo.NewTool("diagnose_error", opts...),
		Handler: func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			text := req.GetString("text", "")
			if strings.TrimSpace(text) == "" {
				return mcpgo.NewToolResultError("diagnose_error needs text: the error exactly as Claude Code (or the SDK, gateway or proxy) printed it"), nil
			}
			dg := apierror.Diagnose(text, apierror.Options{
				BaseURL:   req.GetString("base_url", d.Getenv("ANTHROPIC_BASE_URL")),
				Model:     req.GetString("model", d.Getenv("ANTHROPIC_MODEL")),
				Now:       d.Now,
				APIKeySet: d.Getenv("ANTHROPIC_API_KEY") != "",
			})
			return mcpgo.NewToolResultStructured(dg, diagnosisText(dg)), nil
		},
	}
}

func diagnosisText(dg apierror.Diagnosis) string {
	var b strings.Builder
	_ = apierror.WriteText(&b, dg, iostreams.NewColorScheme(false))
	return strings.TrimRight(b.String(), "\n")
}
