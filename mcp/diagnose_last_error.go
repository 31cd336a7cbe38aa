package mcp

import (
	"context"
	"fmt"
	"strings"
	"time"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// diagnoseLastErrorPrompt embeds the latest API error of this project's
// Claude Code transcripts with its diagnosis; Claude Code shows it as the
// slash command /mcp__ccdiag__diagnose-last-error.
func diagnoseLastErrorPrompt(d *Deps) server.ServerPrompt {
	p := mcpgo.NewPrompt("diagnose-last-error",
		mcpgo.WithPromptTitle("Diagnose the last API error"),
		mcpgo.WithPromptDescription("The latest Claude API error from this project's Claude Code transcripts, with ccdiag's diagnosis and a support ticket, ready for Claude to explain and act on."),
	)
	return server.ServerPrompt{Prompt: p, Handler: func(ctx context.Context, req mcpgo.GetPromptRequest) (*mcpgo.GetPromptResult, error) {
		dir := transcript.ProjectDir(d.Home, d.Cwd)
		errs, err := transcript.Recent(dir, transcript.RecentOptions{Limit: 1})
		if err != nil {
			return nil, fmt.Errorf("reading transcripts in %s: %w", dir, err)
		}
		if len(errs) == 0 {
			return mcpgo.NewGetPromptResult("No recent API error",
				[]mcpgo.PromptMessage{mcpgo.NewPromptMessage(mcpgo.RoleUser, mcpgo.NewTextContent(
					"ccdiag found no API errors in this project's Claude Code transcripts ("+dir+"). "+
						"If a turn just failed, paste the error text and use the diagnose_error tool; check_api_status shows whether Anthropic has an incident."))}), nil
		}
		e := errs[0]
		dg := diagnoseRecorded(e, d)
		var b strings.Builder
		b.WriteString("My last Claude Code turn failed with an API error. Explain what happened and what I should do next, in a few lines.\n\n")
		when := "at an unknown time"
		if !e.Time.IsZero() {
			when = e.Time.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(&b, "The error (%s, session %s):\n%s\n", when, e.SessionID, strings.TrimSpace(e.Message))
		if e.Details != "" {
			fmt.Fprintf(&b, "Details: %s\n", strings.TrimSpace(e.Details))
		}
		b.WriteString("\nccdiag's diagnosis:\n")
		b.WriteString(diagnosisText(dg))
		b.WriteString("\n\nIf it needs Anthropic support, this ticket is ready to paste:\n")
		b.WriteString(transcript.Ticket(errs))
		return mcpgo.NewGetPromptResult("The last API error, diagnosed",
			[]mcpgo.PromptMessage{mcpgo.NewPromptMessage(mcpgo.RoleUser, mcpgo.NewTextContent(b.String()))}), nil
	}}
}

// diagnoseRecorded asks the catalogue about a transcript entry, as the hook
// does for the same failure.
func diagnoseRecorded(e transcript.APIError, d *Deps) apierror.Diagnosis {
	return apierror.FromRecord(apierror.Record{Kind: e.Error, Status: e.Status, Type: e.Type, Message: e.Message,
		Details: e.Details, RequestID: e.RequestID}, apierror.Options{BaseURL: d.Getenv("ANTHROPIC_BASE_URL"),
		Model: e.Model, APIKeySet: d.Getenv("ANTHROPIC_API_KEY") != "", Now: d.Now})
}
