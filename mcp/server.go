// Package mcp serves ccdiag's capabilities as an MCP server: every tool is a
// constructor that takes its dependencies and returns the tool and its
// handler, and tools() lists them all. The server adds no domain logic: the
// handlers call the same packages as the CLI.
package mcp

import (
	"io"
	"net/http"
	"os"
	"time"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// Name is the server name clients show.
const Name = "ccdiag"

// Deps are what the tools need from the outside world. Zero fields get
// working defaults from the process (see fill).
type Deps struct {
	// Version is reported to clients.
	Version string
	// Getenv reads the environment (ANTHROPIC_*, CCDIAG_*, HOME…).
	Getenv func(string) string
	// Cwd is the server's working directory: the project whose transcripts
	// recent_api_errors reads, and the only readable root when the client
	// declares no MCP roots.
	Cwd string
	// Home is the user's home directory (Claude Code keeps transcripts there).
	Home string
	// ManagedDir holds Claude Code's managed policy files (default /etc/claude-code).
	ManagedDir string
	// HTTP is used for the API calls tools make (count_tokens).
	HTTP *http.Client
	// Now is the clock.
	Now func() time.Time
	// Log receives diagnostics; never stdout (stdout is the protocol on stdio).
	Log io.Writer
}

func (d *Deps) fill() {
	if d.Version == "" {
		d.Version = "(devel)"
	}
	if d.Getenv == nil {
		d.Getenv = os.Getenv
	}
	if d.Cwd == "" {
		d.Cwd, _ = os.Getwd()
	}
	if d.Home == "" {
		d.Home = d.Getenv("HOME")
		if d.Home == "" {
			d.Home, _ = os.UserHomeDir()
		}
	}
	if d.ManagedDir == "" {
		d.ManagedDir = "/etc/claude-code"
	}
	if d.HTTP == nil {
		d.HTTP = &http.Client{Timeout: toolDeadline}
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = io.Discard
	}
}

// toolDeadline bounds every tool that touches the network.
const toolDeadline = 3 * time.Second

// Instructions tell the model when to reach for which tool.
const Instructions = `ccdiag diagnoses Claude API failures and the things that cause them. Use it when a Claude Code turn failed with an API error, when the user pastes an error, or before sending a hand-built Messages API request.

- diagnose_error: the user pasted an error (API Error: 529, 429, "prompt is too long", TLS/proxy errors…). Returns the category, whose fault it is, whether retrying helps and the steps to take.
- recent_api_errors: "what just failed?" — the latest API errors from this project's Claude Code transcripts, with request ids and a ready-to-paste support ticket.
- check_api_status: is Anthropic having an incident? Reads the status page (cached, answers within 3 s, "unknown" rather than hanging).
- lint_claude_md: why is CLAUDE.md too big or not loading? Findings and the startup size report for files under the client's roots.
- validate_request: check a Messages API JSON payload for what the API would reject (roles, empty blocks, max_tokens, tool_use/tool_result pairing, tool names and schemas, images, invisible Unicode, 32 MB limit) before sending it.
- estimate_tokens: how many tokens a text or file costs, by Claude Code's chars-per-token rule (exact with count_tokens when asked and a key is set).

Every tool is read-only. Prefer diagnose_error over guessing from memory: error wording changes and the advice (wait, /model, /compact, fix the proxy) depends on the category.`

// NewServer builds the MCP server with every tool and prompt registered.
// Extra options (e.g. server.WithOutputSchemaValidation in tests) are appended.
func NewServer(d Deps, opts ...server.ServerOption) *server.MCPServer {
	d.fill()
	base := []server.ServerOption{
		server.WithToolCapabilities(false),
		server.WithPromptCapabilities(false),
		server.WithRecovery(),
		server.WithToolHandlerMiddleware(scrubSecrets(d.Getenv)),
		server.WithInstructions(Instructions),
		server.WithTitle("ccdiag — Claude API diagnostics"),
	}
	s := server.NewMCPServer(Name, d.Version, append(base, opts...)...)
	s.AddTools(tools(&d)...)
	for _, p := range prompts(&d) {
		s.AddPrompt(p.Prompt, p.Handler)
	}
	return s
}

// tools is the registry: one line per tool.
func tools(d *Deps) []server.ServerTool {
	return []server.ServerTool{
		diagnoseErrorTool(d),
		checkAPIStatusTool(d),
		lintClaudeMDTool(d),
		validateRequestTool(d),
		estimateTokensTool(d),
		recentAPIErrorsTool(d),
	}
}

// prompts is the registry of prompts.
func prompts(d *Deps) []server.ServerPrompt {
	return []server.ServerPrompt{diagnoseLastErrorPrompt(d)}
}

// readOnly sets all four annotations explicitly: mcp-go's defaults are
// destructive and open-world.
func readOnly(title string, openWorld bool) []mcpgo.ToolOption {
	return []mcpgo.ToolOption{
		mcpgo.WithTitleAnnotation(title),
		mcpgo.WithReadOnlyHintAnnotation(true),
		mcpgo.WithDestructiveHintAnnotation(false),
		mcpgo.WithIdempotentHintAnnotation(true),
		mcpgo.WithOpenWorldHintAnnotation(openWorld),
	}
}

// alwaysArrays declares that the named top-level array properties of a
// tool's output are never null (the handler always sets them), so the
// schema says "array" rather than the less portable ["null","array"] that
// Go slices get by default.
func alwaysArrays(names ...string) mcpgo.ToolOption {
	return func(t *mcpgo.Tool) {
		for _, n := range names {
			if p, ok := t.OutputSchema.Properties[n].(map[string]any); ok {
				if ts, ok := p["type"].([]any); ok && len(ts) == 2 && ts[0] == "null" && ts[1] == "array" {
					p["type"] = "array"
				}
			}
		}
	}
}
