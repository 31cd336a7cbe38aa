package apierror

import (
	"strconv"
	"testing"
)

// TestFirstAttempt: Claude Code's /bug errors log records every attempt of
// a retried request; the first attempt's id is the failure's. A failure
// that is not retried, logged twice, was sent twice: the latest is quoted.
func TestFirstAttempt(t *testing.T) {
	entry := func(status int, typ, msg, id, ts string) string {
		return `{"error":"Error: ` + strconv.Itoa(status) + ` {\"type\":\"error\",\"error\":{\"type\":\"` + typ + `\",\"message\":\"` + msg + `\"},\"request_id\":\"` + id +
			`\"}\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:5120)\n    at processTicksAndRejections (native:7:39)","timestamp":"` + ts + `"}`
	}
	tests := []struct {
		name string
		text string
		want want
	}{
		{"three attempts of an overloaded request", "**Errors**\n```json\n[" +
			entry(529, "overloaded_error", "Overloaded", "req_011CdA1first529attemptXyz", "2026-11-02T08:00:01.100Z") + "," +
			entry(529, "overloaded_error", "Overloaded", "req_011CdA1second529attemptXy", "2026-11-02T08:00:02.900Z") + "," +
			entry(529, "overloaded_error", "Overloaded", "req_011CdA1third529attemptXyz", "2026-11-02T08:00:06.400Z") + "]\n```",
			want{cat: Overloaded, status: 529, retry: true, api: true, requestID: "req_011CdA1first529attemptXyz", provider: "anthropic"}},
		{"a different failure ends the run", "**Errors**\n```json\n[" +
			entry(429, "rate_limit_error", "Rate limited", "req_011CdB2ratelimitedOnceAbc", "2026-11-02T08:00:01.100Z") + "," +
			entry(529, "overloaded_error", "Overloaded", "req_011CdB2overloadedFirstAbc", "2026-11-02T08:03:02.900Z") + "," +
			entry(529, "overloaded_error", "Overloaded", "req_011CdB2overloadedSecondAb", "2026-11-02T08:03:04.400Z") + "]\n```",
			want{cat: Overloaded, status: 529, retry: true, api: true, requestID: "req_011CdB2overloadedFirstAbc", provider: "anthropic"}},
		{"a refused request sent twice: the latest", "**Errors**\n```json\n[" +
			entry(400, "invalid_request_error", "Your credit balance is too low to access the Anthropic API.", "req_011CdC3billingFirstSendAb", "2026-11-02T08:00:01.100Z") + "," +
			entry(400, "invalid_request_error", "Your credit balance is too low to access the Anthropic API.", "req_011CdC3billingSecondSend", "2026-11-02T08:01:30.000Z") + "]\n```",
			want{cat: Billing, status: 400, retry: false, api: true, requestID: "req_011CdC3billingSecondSend", provider: "anthropic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
