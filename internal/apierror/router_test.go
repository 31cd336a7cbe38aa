package apierror

import (
	"strconv"
	"testing"
)

// claude-code-router writes "api_error" as the type of every error and keeps
// the upstream's status: the status decides, both for a pasted error and for
// the parts the hook gets from a StopFailure record.
func TestRouterDefaultType(t *testing.T) {
	const msg = `Error from provider(openrouter,anthropic/claude-sonnet-4: 429): {"error":{"message":"Rate limit exceeded: free-models-per-day","code":429}}`
	for _, tc := range []struct {
		name string
		d    Diagnosis
	}{
		{"diagnose", Diagnose(`API Error: 429 {"error":{"message":`+strconv.Quote(msg)+`,"type":"api_error","code":"provider_response_error"}}`, Options{})},
		{"from status", FromStatus(429, "api_error", "", msg, Options{})},
	} {
		if tc.d.Category != RateLimit || str(tc.d.Provider) != "gateway" {
			t.Errorf("%s: got %s from %q, want rate_limit from the gateway", tc.name, tc.d.Category, str(tc.d.Provider))
		}
	}
	// Without the router's wrapper, api_error is Anthropic's own type.
	if d := FromStatus(429, "api_error", "", "Internal server error", Options{}); d.Category != ServerError {
		t.Errorf("plain api_error: got %s, want server_error", d.Category)
	}
}
