package hooks

import (
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/apierror"
)

func fail(kind string, status int, typ, msg string) Failure {
	return Failure{Time: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC), Kind: kind, Status: status, Type: typ, Message: msg}
}

var (
	f500 = fail("server_error", 0, "", "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment.")
	f529 = fail("server_error", 0, "", "API Error: Repeated 529 Overloaded errors. The API is at capacity — try again.")
	fPTL = Failure{Kind: "invalid_request", Message: "Prompt is too long · the request is ~250000 tokens (limit 200000)",
		Details: `400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 250000 tokens > 200000 maximum"}}`}
)

func TestAdvise(t *testing.T) {
	cases := []struct {
		name string
		s    Situation
		cat  apierror.Category
		next string
		// want are substrings the one line must contain.
		want []string
		// not are substrings it must not contain.
		not []string
	}{
		{name: "nothing", s: Situation{}, next: ""},
		{name: "context below threshold", s: Situation{ContextTokens: 100_000, ContextWindow: 200_000}, next: ""},
		{name: "context nearly full", s: Situation{ContextTokens: 180_000, ContextWindow: 200_000},
			cat: apierror.ContextTooLong, next: "/compact", want: []string{"90%", "/compact", "drops"}},
		{name: "single 500, retries off", s: Situation{Failures: []Failure{f500}, MaxRetries: 0},
			cat: apierror.ServerError, next: "Wait a minute", want: []string{"did not retry", "resend"}, not: []string{"~10 times"}},
		{name: "single 500, 3 retries", s: Situation{Failures: []Failure{f500}, MaxRetries: 3},
			cat: apierror.ServerError, next: "Wait a minute", want: []string{"retried it 3 times"}},
		{name: "single 500", s: Situation{Failures: []Failure{f500}, Model: "claude-opus-4-5-20251101", MaxRetries: -1},
			cat: apierror.ServerError, next: "Wait a minute", want: []string{"500", "retried it ~10 times", "resend", "/model sonnet"},
			not: []string{"claude-opus-4-5"}},
		{name: "repeated 500 on one model", s: Situation{Failures: []Failure{f500, f500, f500}, Model: "claude-opus-4-5-20251101"},
			cat: apierror.ServerError, next: "/model sonnet", want: []string{"3 failed turns", "on opus", "/model sonnet", "500×3"}},
		{name: "529 from the message text", s: Situation{Failures: []Failure{f529}, Model: "claude-sonnet-4-5-20250929"},
			cat: apierror.Overloaded, next: "/model opus", want: []string{"overloaded for sonnet", "/model opus", "--fallback-model opus"}},
		{name: "529 from the transcript status", s: Situation{Failures: []Failure{fail("server_error", 529, "overloaded_error", "x")}},
			cat: apierror.Overloaded, next: "/model sonnet", want: []string{"/model sonnet"}},
		{name: "529 headless", s: Situation{Failures: []Failure{f529}, Model: "opus", Headless: true},
			cat: apierror.Overloaded, next: "/model sonnet", want: []string{"--fallback-model sonnet"}},
		{name: "529 on opus during an incident naming opus switches family", s: Situation{Failures: []Failure{f529}, Model: "claude-opus-4-5-20251101",
			Status: &Status{Indicator: "minor", Incidents: []Incident{{Name: "Elevated errors on Claude Opus", URL: "https://stspg.io/x", Families: []string{"opus"}}}}},
			cat: apierror.Overloaded, next: "/model sonnet", want: []string{"incident on opus", "Elevated errors on Claude Opus", "/model sonnet"}, not: []string{"waiting is the fix"}},
		{name: "incident on every model", s: Situation{Failures: []Failure{f500}, Status: &Status{Indicator: "major",
			Incidents: []Incident{{Name: "Elevated errors on Claude Opus", URL: "https://status.claude.com/incidents/abc"}}}},
			cat: apierror.ServerError, next: "wait", want: []string{"Elevated errors on Claude Opus", "https://status.claude.com/incidents/abc", "waiting is the fix"}},
		{name: "incident on another family is not the cause", s: Situation{Failures: []Failure{f500}, Model: "claude-opus-4-5",
			Status: &Status{Incidents: []Incident{{Name: "Haiku errors", Families: []string{"haiku"}}}}},
			cat: apierror.ServerError, next: "Wait a minute"},
		{name: "custom gateway first", s: Situation{Failures: []Failure{f500}, BaseURL: "https://llm-gw.corp.example:8443/anthropic"},
			cat: apierror.ServerError, next: "Check your gateway at llm-gw.corp.example first", want: []string{"gateway llm-gw.corp.example:8443"}},
		{name: "529 through a gateway is still capacity", s: Situation{Failures: []Failure{f529}, BaseURL: "http://127.0.0.1:8080", Model: "opus"},
			cat: apierror.Overloaded, next: "/model sonnet"},
		{name: "first-party base url is not a gateway", s: Situation{Failures: []Failure{f500}, BaseURL: "https://api.anthropic.com"},
			cat: apierror.ServerError, next: "Wait a minute"},
		{name: "prompt too long with history", s: Situation{Failures: []Failure{fPTL}},
			cat: apierror.ContextTooLong, next: "/compact", want: []string{"/compact"}},
		{name: "prompt too long single exchange", s: Situation{Failures: []Failure{fPTL}, SingleExchange: true},
			cat: apierror.ContextTooLong, next: "/clear", want: []string{"/clear", "attachments"}, not: []string{"/compact"}},
		{name: "429", s: Situation{Failures: []Failure{fail("rate_limit", 0, "", "API Error: Request rejected (429) · rate limited")}, APIKeySet: true},
			cat: apierror.RateLimit, next: "Wait for the limit to reset", want: []string{"429", "reset", "ANTHROPIC_API_KEY"}},
		{name: "usage limit with reset", s: Situation{Failures: []Failure{fail("rate_limit", 0, "", "5-hour limit reached ∙ resets 3pm (Europe/Paris)")}},
			cat: apierror.UsageLimit, next: "Wait until your limit resets (3pm (Europe/Paris))", want: []string{"resets 3pm (Europe/Paris)"}},
		{name: "auth", s: Situation{Failures: []Failure{fail("authentication_failed", 0, "", "Invalid API key · Fix external API key")}},
			cat: apierror.Authentication, next: "/login", want: []string{"/login"}},
		{name: "auth with stray key", s: Situation{Failures: []Failure{fail("authentication_failed", 0, "", "Invalid API key")}, APIKeySet: true},
			cat: apierror.Authentication, next: "unset ANTHROPIC_API_KEY", want: []string{"unset ANTHROPIC_API_KEY"}},
		{name: "billing", s: Situation{Failures: []Failure{fail("billing_error", 0, "", "Credit balance is too low")}, APIKeySet: true},
			cat: apierror.Billing, next: "Add credits to the Console account", want: []string{"credits", "ANTHROPIC_API_KEY"}},
		{name: "conversation state", s: Situation{Failures: []Failure{fail("invalid_request", 400, "invalid_request_error",
			"API Error: 400 messages.3: `tool_use` ids were found without `tool_result` blocks immediately after")}},
			cat: apierror.ConversationState, next: "Rewind past the broken turn", want: []string{"Esc twice"}},
		{name: "model not found", s: Situation{Failures: []Failure{fail("model_not_found", 404, "not_found_error", "model: claude-foo")}, Model: "opus"},
			cat: apierror.NotFound, next: "/model sonnet"},
		{name: "network", s: Situation{Failures: []Failure{fail("unknown", 0, "", "API Error: Connection error.")}},
			cat: apierror.Network, next: "Test the connection to the API"},
		{name: "unknown", s: Situation{Failures: []Failure{fail("unknown", 0, "", "something odd")}},
			cat: apierror.UnknownAPIError, next: "Read the API's message"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, ok := Advise(c.s)
			if c.next == "" {
				if ok {
					t.Fatalf("unexpected advice %q", a.Text)
				}
				return
			}
			if !ok {
				t.Fatal("no advice")
			}
			if a.Category != c.cat || a.Next != c.next {
				t.Errorf("category %s next %q, want %s %q", a.Category, a.Next, c.cat, c.next)
			}
			if !strings.HasPrefix(a.Text, "ccdiag: ") || strings.Contains(a.Text, "\n") {
				t.Errorf("not one ccdiag: line: %q", a.Text)
			}
			if len(a.Text) > 300 {
				t.Errorf("too long (%d): %q", len(a.Text), a.Text)
			}
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) && !strings.Contains(a.Label, w) {
					t.Errorf("missing %q in %q (label %q)", w, a.Text, a.Label)
				}
			}
			for _, w := range c.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("unexpected %q in %q", w, a.Text)
				}
			}
		})
	}
}

func TestAdviceNeverNamesDatedIDs(t *testing.T) {
	for _, m := range []string{"claude-opus-4-5-20251101", "claude-sonnet-4-5-20250929", "claude-3-5-haiku-20241022", ""} {
		for _, f := range []Failure{f500, f529, {Kind: "model_not_found", Status: 404}} {
			f.Model = m
			a, _ := Advise(Situation{Failures: []Failure{f, f}, Model: m})
			if strings.Contains(a.Text, "claude-") || strings.Contains(a.Next, "claude-") {
				t.Errorf("dated id in %q / %q", a.Text, a.Next)
			}
		}
	}
}

// TestDiagnoseObserved maps what Claude Code 2.1.328 really hands the hook
// (StopFailure `error` + last_assistant_message, transcript status/type) to
// categories through the catalogue.
func TestDiagnoseObserved(t *testing.T) {
	cases := []struct {
		f    Failure
		want apierror.Category
	}{
		{Failure{Kind: "server_error", Message: "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com."}, apierror.ServerError},
		{Failure{Kind: "server_error", Message: "API Error: Repeated 529 Overloaded errors. The API is at capacity — try again in a moment."}, apierror.Overloaded},
		{Failure{Kind: "server_error", Message: "API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment. If it persists, check your inference gateway (127.0.0.1:18080)."}, apierror.Overloaded},
		{Failure{Kind: "server_error", Status: 529, Type: "overloaded_error", Message: "x"}, apierror.Overloaded},
		{Failure{Kind: "rate_limit", Message: "API Error: Request rejected (429) · This request would exceed your organization's rate limit"}, apierror.RateLimit},
		{Failure{Kind: "invalid_request", Message: "Prompt is too long · the request is ~250000 tokens (limit 200000)",
			Details: `400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 250000 tokens > 200000 maximum"}}`}, apierror.ContextTooLong},
		{Failure{Kind: "authentication_failed", Message: "Invalid API key · Fix external API key"}, apierror.Authentication},
		{Failure{Kind: "billing_error", Message: "Credit balance is too low"}, apierror.Billing},
		{Failure{Kind: "unknown", Message: "API Error: API returned an empty or malformed response (HTTP 200)"}, ""},
		// Claude Code's own notices that a substring check once read as a usage limit.
		{Failure{Kind: "rate_limit", Message: "API Error: Server is temporarily limiting requests (not your usage limit) · Rate limited"}, apierror.RateLimit},
		{Failure{Kind: "invalid_request", Message: "Context limit reached · /compact or /clear to continue"}, apierror.ContextTooLong},
		{Failure{Kind: "invalid_request", Status: 400, Type: "invalid_request_error", Message: "API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"You have reached your specified API usage limits. You will regain access on 2027-01-01 at 00:00 UTC.\"}}"}, apierror.SpendLimit},
	}
	for _, c := range cases {
		got := Diagnose(c.f, apierror.Options{}).Category
		if c.want == "" {
			if got == apierror.None {
				t.Errorf("%q: None", c.f.Message)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q → %s, want %s", c.f.Message, got, c.want)
		}
	}
}
