package apierror

import (
	"testing"
	"time"
)

// TestRetryTiming checks retry_after_seconds and resets_at, with a fixed
// clock: 2026-12-03 09:00 UTC.
func TestRetryTiming(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name, text string
		retry      int // -1: null
		resets     string
	}{
		{"claude code retry line", "API Error (503 upstream connect error or disconnect/reset before headers. reset reason: remote connection failure) · Retrying in 4 seconds… (attempt 4/10)", 4, ""},
		{"retry-after header", "API Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}\nretry-after: 17", 17, ""},
		{"retry-after in json headers", `Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"rate limited"}} headers: {"retry-after": "30", "anthropic-ratelimit-requests-reset": "2026-12-03T09:00:30Z"}`, 30, "2026-12-03T09:00:30Z"},
		{"time of day with zone, later today", "You've hit your session limit · resets 11:30pm (Asia/Calcutta)", -1, "2026-12-03T23:30:00+05:30"},
		{"time of day with zone, tomorrow", "Limit reached · resets 3:30am (Asia/Calcutta) · /upgrade to Max", -1, "2026-12-04T03:30:00+05:30"},
		{"date without year", "You've hit your limit · resets Dec 5 at 9pm (America/New_York)", -1, "2026-12-05T21:00:00-05:00"},
		{"date with comma", "You've hit your limit - resets Jan 7, 11am (Asia/Seoul)", -1, "2027-01-07T11:00:00+09:00"},
		{"epoch", "Claude AI usage limit reached|1796295600", -1, "2026-12-03T11:00:00Z"},
		{"no zone: unknown", "You've hit your limit for Claude messages. Limits will reset at 9:30 AM.", -1, ""},
		{"overload without a wait", "API Error: Repeated 529 Overloaded errors", -1, ""},
		// Google's RetryInfo detail beside RESOURCE_EXHAUSTED: JSON (a
		// Duration string) and the text form python-api-core prints.
		{"google retryDelay", `API Error: 429 {"error":{"code":429,"message":"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-sonnet-4-5. Please submit a quota increase request.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"37.5s"}]}}`, 38, ""},
		{"google retry_delay text", `google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/online_prediction_input_tokens_per_minute_per_base_model with base model: anthropic-claude-opus-4-1. [links { description: "Request a higher quota limit." url: "https://cloud.google.com/docs/quotas/help/request_increase" } , retry_delay { seconds: 41 } ]`, 41, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{Now: now})
			got := -1
			if d.RetryAfterSeconds != nil {
				got = *d.RetryAfterSeconds
			}
			if got != c.retry {
				t.Errorf("retry_after_seconds = %d, want %d (%s)", got, c.retry, d.Category)
			}
			gotR := ""
			if d.ResetsAt != nil {
				gotR = *d.ResetsAt
			}
			if gotR != c.resets {
				t.Errorf("resets_at = %q, want %q (%s)", gotR, c.resets, d.Category)
			}
		})
	}
}

// TestResetsAtNeedsClock: without a clock, a time of day stays unresolved.
func TestResetsAtNeedsClock(t *testing.T) {
	d := Diagnose("You've hit your session limit · resets 11:30pm (Asia/Calcutta)", Options{})
	if d.Category != UsageLimit || d.ResetsAt != nil {
		t.Errorf("category %s, resets_at %v; want usage_limit and null", d.Category, d.ResetsAt)
	}
}
