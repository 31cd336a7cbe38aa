package mcp

import (
	"context"
	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/msgcheck"
)

// ValidateResult is validate_request's structured result.
type ValidateResult struct {
	msgcheck.Report
	Source string `json:"source" jsonschema:"where the payload came from: argument or the file path"`
}

func validateRequestTool(d *Deps) server.ServerTool {
	opts := append([]mcpgo.ToolOption{
		mcpgo.WithDescription("Check an Anthropic Messages API request body (JSON) for what the API would reject, before sending it: " +
			"invalid JSON, missing or empty messages, roles other than user/assistant, empty content blocks, max_tokens missing or above the model's output limit, " +
			"thinking budget not below max_tokens, too many tools, invalid tool names, input schemas nested 5+ levels or with circular $ref, " +
			"tool_use without its tool_result, invalid base64 images or a media type that does not match the bytes, images over 5 MB, " +
			"invisible/bidi Unicode, and bodies over 32 MB. Each problem comes with its JSONPath."),
		mcpgo.WithString("payload", mcpgo.Description("The request body as JSON text (what would be POSTed to /v1/messages). Give this or path.")),
		mcpgo.WithString("path", mcpgo.Description("A file holding the request body, inside the client's roots (or the server's working directory). Give this or payload.")),
		mcpgo.WithString("model", mcpgo.Description("Model id to check limits against when the payload has no model field, e.g. claude-sonnet-4-5.")),
		mcpgo.WithOutputSchema[ValidateResult](),
		alwaysArrays("problems"),
	}, readOnly("Validate a Messages API request", false)...)
	return server.ServerTool{
		Tool: mcpgo.NewTool("validate_request", opts...),
		Handler: func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			body, source, fail := inlineOrFile(ctx, req, d, "payload",
				"validate_request needs payload (the JSON body as text) or path (a file holding it)")
			if fail != nil {
				return fail, nil
			}
			res := ValidateResult{Report: msgcheck.NewReport(body, msgcheck.Options{Model: req.GetString("model", "")}), Source: source}
			return mcpgo.NewToolResultStructured(res, res.Text()), nil
		},
	}
}

// stringArg returns a non-empty string argument.
