package mcp

import (
	"context"
	"fmt"
	"strings"
	"time"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/transcript"
)

// RecentError is one failed turn in recent_api_errors' result.
type RecentError struct {
	Time      string `json:"time" jsonschema:"when it failed, RFC 3339 UTC; empty when unknown"`
	Status    int    `json:"status" jsonschema:"HTTP status; 0 when the transcript has none"`
	Type      string `json:"type" jsonschema:"API error type, e.g. overloaded_error"`
	RequestID string `json:"request_id" jsonschema:"the request id to quote to Anthropic support"`
	Model     string `json:"model" jsonschema:"the model the failed request used, when known"`
	Message   string `json:"message" jsonschema:"the error text Claude Code showed"`
	SessionID string `json:"session_id" jsonschema:"the Claude Code session it happened in"`
	Version   string `json:"claude_code_version" jsonschema:"the Claude Code version that recorded it, when known"`
	Category  string `json:"category" jsonschema:"ccdiag's category for it (the same as diagnose_error and the hook give)"`
	Next      string `json:"next" jsonschema:"the first thing to do, from ccdiag's catalogue"`
}

// RecentResult is recent_api_errors' structured result.
type RecentResult struct {
	Project       string        `json:"project" jsonschema:"the project directory whose transcripts were read"`
	TranscriptDir string        `json:"transcript_dir" jsonschema:"where Claude Code keeps this project's transcripts"`
	Errors        []RecentError `json:"errors" jsonschema:"API errors, newest first"`
	Ticket        string        `json:"ticket" jsonschema:"a support request ready to paste (request ids, UTC times, model, Claude Code version); empty when there are no errors"`
}

const maxRecentLimit = 50

func recentAPIErrorsTool(d *Deps) server.ServerTool {
	opts := append([]mcpgo.ToolOption{
		mcpgo.WithDescription("List the latest API errors recorded in this project's Claude Code transcripts (~/.claude/projects/<project>/*.jsonl): " +
			"time, HTTP status, error type, request id, model and message, newest first, plus a ready-to-paste support ticket. " +
			"Use it when the user asks what just failed or needs request ids for Anthropic support."),
		mcpgo.WithInteger("limit", mcpgo.Description("How many errors to return (1-50, default 10)."), mcpgo.Min(1), mcpgo.Max(maxRecentLimit)),
		mcpgo.WithString("since", mcpgo.Description("Only errors after this: an RFC 3339 time (2026-11-25T09:00:00Z) or a duration back from now (30m, 24h).")),
		mcpgo.WithOutputSchema[RecentResult](),
		alwaysArrays("errors"),
	}, readOnly("Recent API errors", false)...)
	return server.ServerTool{
		Tool: mcpgo.NewTool("recent_api_errors", opts...),
		Handler: func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			limit := req.GetInt("limit", 10)
			if limit < 1 || limit > maxRecentLimit {
				return mcpgo.NewToolResultError(fmt.Sprintf("limit must be between 1 and %d", maxRecentLimit)), nil
			}
			var since time.Time
			if s, ok := stringArg(req, "since"); ok {
				t, err := parseSince(s, d.Now())
				if err != nil {
					return mcpgo.NewToolResultError(err.Error()), nil
				}
				since = t
			}
			dir := transcript.ProjectDir(d.Home, d.Cwd)
			errs, err := transcript.Recent(dir, transcript.RecentOptions{Since: since, Limit: limit})
			if err != nil {
				return mcpgo.NewToolResultError(fmt.Sprintf("cannot read the transcripts in %s: %v", dir, err)), nil
			}
			res := RecentResult{Project: d.Cwd, TranscriptDir: dir, Errors: []RecentError{}, Ticket: transcript.Ticket(errs)}
			lines := make([]string, 0, len(errs))
			for _, e := range errs {
				lines = append(lines, e.Line())
				re := RecentError{Status: e.Status, Type: e.Type, RequestID: e.RequestID, Model: e.Model,
					Message: e.Message, SessionID: e.SessionID, Version: e.Version}
				if !e.Time.IsZero() {
					re.Time = e.Time.UTC().Format(time.RFC3339)
				}
				dg := diagnoseRecorded(e, d)
				re.Category = string(dg.Category)
				if a, ok := dg.FirstAction(); ok {
					re.Next = a.Title
					if a.Command != nil {
						re.Next += ": " + *a.Command
					}
				}
				res.Errors = append(res.Errors, re)
			}
			return mcpgo.NewToolResultStructured(res, recentText(res, lines)), nil
		},
	}
}

func parseSince(s string, now time.Time) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("since %q is neither an RFC 3339 time (2026-11-25T09:00:00Z) nor a positive duration (30m, 24h)", s)
}

// recentText lists each error (in the ticket's one-line layout) with what
// to do about it, then the support ticket.
func recentText(r RecentResult, lines []string) string {
	if len(r.Errors) == 0 {
		return fmt.Sprintf("No API errors in this project's Claude Code transcripts (%s).", r.TranscriptDir)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s in this project's transcripts, newest first:\n", plural(len(r.Errors), "API error"))
	for i, e := range r.Errors {
		fmt.Fprintf(&b, "- %s: %s", lines[i], e.Category)
		if e.Next != "" {
			fmt.Fprintf(&b, " → %s", e.Next)
		}
		b.WriteByte('\n')
	}
	b.WriteString("\nSupport ticket:\n")
	b.WriteString(r.Ticket)
	return strings.TrimRight(b.String(), "\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
