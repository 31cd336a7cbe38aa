package apierror

import "testing"

// TestRelayHexRequestID: a relay that names its requests "req_" + a uuid's
// hex digits gave the id, not the Claude API, whatever its length: it is
// reported as provider_request_id, and an Anthropic id (mixed case, req_01…)
// behind the same relay stays the request id.
func TestRelayHexRequestID(t *testing.T) {
	for _, c := range []struct{ name, text, requestID, providerID string }{
		{"a proxy's 32-hex id on its own 429",
			`API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Upstream provider MOONSHOT returned HTTP 429."},"request_id":"req_9c1e0b7a52d34f6e8a0b1c2d3e4f5a6b"}` + "\nfree-claude-code proxy log",
			"", "req_9c1e0b7a52d34f6e8a0b1c2d3e4f5a6b"},
		{"Anthropic's id passed on by the same proxy",
			`API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CYpQ7cWm3LkT9aVf2rBx8"}` + "\nfree-claude-code proxy log",
			"req_011CYpQ7cWm3LkT9aVf2rBx8", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if val(d.RequestID) != c.requestID || val(d.ProviderRequestID) != c.providerID {
				t.Errorf("request_id %q, provider_request_id %q; want %q, %q (provider %s)", val(d.RequestID), val(d.ProviderRequestID), c.requestID, c.providerID, str(d.Provider))
			}
		})
	}
}

// TestRelayLogOfAnthropicAnswer: claude-relay-service's log of the status
// the Claude API answered its account is Anthropic's answer, passed on; the
// advice starts at the relay's account. Its console accounts' upstream is
// another API, and stays the relay's.
func TestRelayLogOfAnthropicAnswer(t *testing.T) {
	official := "ERROR: ❌ Claude API returned error status: 403 | Account: team-pool-3\n" +
		"Error: Claude API error: 403\n    at IncomingMessage.<anonymous> (/opt/claude-relay-service/src/services/relay/claudeRelayService.js:2634:20)"
	check(t, Diagnose(official, Options{}), want{cat: Permission, status: 403, api: true, provider: "anthropic", action: "Check the relay's account with Anthropic first"})
	console := "ERROR: ❌ Claude Console API returned error status: 403 | Account: resold-2\n" +
		"Error: Request failed with status code 403\n    at /opt/claude-relay-service/src/services/relay/claudeConsoleRelayService.js:827:13"
	d := Diagnose(console, Options{})
	check(t, d, want{cat: Permission, status: 403, api: true, provider: "gateway"})
	if hasAction(d, "with Anthropic first") {
		t.Errorf("a console account's upstream is not Anthropic: %v", actionText(d))
	}
}
