package mcp

import (
	"context"
	"fmt"
	"strings"
	"time"

	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/doctor"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// StatusResult is check_api_status' structured result.
type StatusResult struct {
	statuspage.Summary
	Headline string `json:"headline" jsonschema:"one-line verdict"`
	// Cached is true when the summary came from the disk cache (fresh
	// within a minute, or a stale copy because the page did not answer).
	Cached     bool     `json:"cached" jsonschema:"true when the summary came from ccdiag's cache rather than a fetch just now"`
	AgeSeconds int      `json:"age_seconds" jsonschema:"how old the summary is"`
	Families   []string `json:"affected_model_families" jsonschema:"model families (opus, sonnet, haiku…) that unresolved incidents name"`
	// Probe is present when probe: true was asked for.
	Probe *ProbeResult `json:"probe,omitempty" jsonschema:"reachability and auth checks of the path to the API, when probe was true"`
}

// ProbeResult is the path-to-the-API part of check_api_status.
type ProbeResult struct {
	APIBaseURL string          `json:"api_base_url" jsonschema:"the API endpoint checked (ANTHROPIC_BASE_URL or api.anthropic.com)"`
	Checks     []doctor.Result `json:"checks" jsonschema:"DNS, proxy, TLS and API (reachability + auth with the free GET /v1/models) checks"`
	Failures   int             `json:"failures" jsonschema:"how many checks failed"`
}

// probeChecks are the doctor checks that make up probe: true.
var probeChecks = [...]string{doctor.CheckDNS, doctor.CheckProxy, doctor.CheckTLS, doctor.CheckAPI}

func checkAPIStatusTool(d *Deps) server.ServerTool {
	opts := append([]mcpgo.ToolOption{
		mcpgo.WithDescription("Is Anthropic having an incident? Reads status.claude.com (falling back to anthropic.statuspage.io): the Claude API, Claude Code and claude.ai components, " +
			"unresolved incidents (and which model families they name) and maintenances. Cached for a minute; answers within 3 seconds with state \"unknown\" rather than hanging. " +
			"With probe: true it also checks your own path to the API (DNS, proxy, TLS, reachability and auth via the free GET /v1/models) — keys are never shown."),
		mcpgo.WithBoolean("probe", mcpgo.Description("Also check reachability and auth of the API endpoint this machine uses (ANTHROPIC_BASE_URL, proxies, key).")),
		mcpgo.WithOutputSchema[StatusResult](),
	}, readOnly("Check Anthropic API status", true)...)
	return server.ServerTool{
		Tool: mcpgo.NewTool("check_api_status", opts...),
		Handler: func(ctx context.Context, req mcpgo.CallToolRequest) (*mcpgo.CallToolResult, error) {
			ctx, cancel := context.WithTimeout(ctx, toolDeadline)
			defer cancel()
			start := d.Now()
			client := statuspage.New(statuspage.Options{Getenv: d.Getenv, Now: d.Now, Timeout: toolDeadline - 300*time.Millisecond,
				// The server fetches itself; no detached refresher.
				Refresh: func() error { return nil }})
			summaries := make(chan StatusResult, 1)
			go func() { summaries <- fetchStatus(ctx, client, d.Now) }()
			var probe *ProbeResult
			if req.GetBool("probe", false) {
				probe = runProbe(ctx, d, toolDeadline-300*time.Millisecond-d.Now().Sub(start))
			}
			res := <-summaries
			res.Probe = probe
			return mcpgo.NewToolResultStructured(res, statusText(res, d.Now())), nil
		},
	}
}

func fetchStatus(ctx context.Context, client *statuspage.Client, now func() time.Time) StatusResult {
	c := client.Cached()
	res := StatusResult{Summary: c.Summary, Cached: true, AgeSeconds: int(c.Age.Seconds())}
	// An "unknown" in the cache (e.g. from a cancelled call) is not an answer.
	if !c.OK || c.Stale || c.Summary.State == statuspage.Unknown {
		s := client.Fetch(ctx)
		if s.State != statuspage.Unknown || !c.OK || c.Summary.State == statuspage.Unknown {
			res = StatusResult{Summary: s}
		} else {
			// The page did not answer: a stale copy beats nothing, and says so.
			res.Summary.Reason = "showing a cached copy: " + s.Reason
		}
	}
	res.Headline = res.Summary.Headline(now())
	res.Families = res.Summary.AffectedFamilies()
	return res
}

func runProbe(ctx context.Context, d *Deps, limit time.Duration) *ProbeResult {
	if limit < 500*time.Millisecond {
		limit = 500 * time.Millisecond
	}
	rep := doctor.Run(ctx, doctor.Deps{
		Getenv: d.Getenv, Now: d.Now, Timeout: limit, CheckTimeout: limit,
		// The status page is fetched by the tool itself.
		StatusPage: func(context.Context) statuspage.Summary { return statuspage.UnknownSummary("not probed", d.Now()) },
	})
	p := &ProbeResult{APIBaseURL: rep.APIBaseURL, Checks: []doctor.Result{}}
	for _, r := range rep.Checks {
		for _, id := range probeChecks {
			if r.ID == id {
				p.Checks = append(p.Checks, r)
				if r.Status == doctor.Fail {
					p.Failures++
				}
			}
		}
	}
	return p
}

func statusText(r StatusResult, now time.Time) string {
	var b strings.Builder
	_ = statuspage.Render(&b, r.Summary, now, iostreams.NewColorScheme(false))
	if r.Cached {
		fmt.Fprintf(&b, "(cached %ds ago)\n", r.AgeSeconds)
	}
	if p := r.Probe; p != nil {
		fmt.Fprintf(&b, "\nPath to the API (%s): %d of %d checks failed\n", p.APIBaseURL, p.Failures, len(p.Checks))
		for _, c := range p.Checks {
			fmt.Fprintf(&b, "  %s %s: %s\n", c.Status, c.Title, c.Detail)
			if c.Fix != "" && (c.Status == doctor.Fail || c.Status == doctor.Warn) {
				fmt.Fprintf(&b, "       fix: %s\n", c.Fix)
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
