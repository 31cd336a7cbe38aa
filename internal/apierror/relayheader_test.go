package apierror

import "testing"

// TestRelayHeaderID: Kong, Helicone and LiteLLM's proxy give each request
// their own id in a response header (X-Kong-Request-Id, kong/constants.lua;
// Helicone-Id, worker/src/lib/HeliconeProxyRequest/ProxyRequestHandler.ts;
// x-litellm-call-id, docs.litellm.ai/docs/proxy/logging). A paste's
// header dump that shows one reports it as the relay's request id, beside
// the Claude API's own id when Anthropic's answer was passed on; Kong's
// error templates (kong/tools/http.lua) write the same id into its own
// bodies ("request_id": 32 hex digits), which is never the Claude API's
// (its ids start with req_), whatever the paste shows answered. Prose
// naming the headers is no error and has no id.
func TestRelayHeaderID(t *testing.T) {
	const kongID, heliconeID = "8f14e45fceea167a5a36dedd4bea2543", "5b2f0c1e-8d7a-4f3b-9e21-0c4d5a6b7e8f"
	for _, c := range []struct {
		name, text                   string
		cat                          Category
		requestID, providerRequestID string
	}{
		{"Anthropic's 529 passed on by Kong, raw headers",
			"HTTP/1.1 529\ncontent-type: application/json\nrequest-id: req_011CVfa7uN3aJQHy9wDqXb2T\nX-Kong-Request-Id: " + kongID + "\nX-Kong-Upstream-Latency: 812\nVia: kong/3.9.0\n\n" +
				`{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CVfa7uN3aJQHy9wDqXb2T"}`,
			Overloaded, "req_011CVfa7uN3aJQHy9wDqXb2T", kongID},
		{"Kong's own 503 in its plain-text template, headers as Node prints them",
			"API Error: 503 The upstream server is currently unavailable\nrequest_id: " + kongID + "\nheaders: { 'content-type': 'text/plain; charset=utf-8', 'x-kong-request-id': '" + kongID + "', server: 'kong/3.9.0' }",
			GatewayError, "", kongID},
		{"Kong's AI rate limit, header in Go's http.Header",
			`API Error: 429 {"message":"AI token rate limit exceeded for provider(s): anthropic"}` + "\nresp.Header = map[Content-Type:[application/json] X-Kong-Request-Id:[" + kongID + "]]",
			RateLimit, "", kongID},
		{"Anthropic's 529 passed on by Helicone's proxy, headers logged as JSON",
			`API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CVfa7uN3aJQHy9wDqXb2T"}` +
				"\nresponse headers: {\"helicone-id\": \"" + heliconeID + "\", \"helicone-status\": \"success\"}",
			Overloaded, "req_011CVfa7uN3aJQHy9wDqXb2T", heliconeID},
		{"Helicone's gateway refusing credits, Helicone-Id beside",
			`API Error: 429 {"success":false,"error":{"code":"request_failed","message":"Insufficient credits","details":[{"type":"insufficient_credit_limit","message":"Insufficient balance for escrow. Available: 0 cents, needed: 1.2 cents","statusCode":429,"source":"claude-sonnet-4-5/anthropic"}]}}` +
				"\nHelicone-Id: " + heliconeID,
			Billing, "", heliconeID},
		{"Anthropic's 429 passed on by LiteLLM's proxy, curl -i",
			"HTTP/1.1 429 Too Many Requests\nx-litellm-call-id: b980db26-9512-45cc-b1da-c511a363b83f\nx-litellm-version: 1.74.0\n\n" +
				`{"error":{"message":"litellm.RateLimitError: AnthropicException - {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}","type":"None","param":"None","code":"429"}}`,
			RateLimit, "", "b980db26-9512-45cc-b1da-c511a363b83f"},
		{"Helicone's prompt-threat refusal, its request page in the details",
			`API Error: 400 {"success":false,"error":{"code":"PROMPT_THREAT_DETECTED","message":"Prompt threat detected. Your request cannot be processed.","details":"See your Helicone request page for more info. https://helicone.ai/request/` + heliconeID + `"}}`,
			InvalidRequest, "", heliconeID},
		{"Kong's error template with its id, no Kong wording",
			"API Error: 401 {\n  \"message\":\"Unauthorized\",\n  \"request_id\":\"" + kongID + "\"\n}",
			Authentication, "", kongID},
		{"Kong's rate limit in its 3.5 template",
			`API Error: 429 {"message":"API rate limit exceeded","request_id":"` + kongID + `"}`,
			RateLimit, "", kongID},
		{"docs naming the headers",
			"Kong adds an X-Kong-Request-Id header to every response, and Helicone a Helicone-Id header: quote them when you report a failed request.",
			None, "", ""},
		{"a header whose name only ends the same",
			`API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}` + "\nX-My-Helicone-Id: " + heliconeID,
			Overloaded, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != c.cat || val(d.RequestID) != c.requestID || val(d.ProviderRequestID) != c.providerRequestID {
				t.Errorf("got %s, request_id %q, provider_request_id %q; want %s, %q, %q", d.Category, val(d.RequestID), val(d.ProviderRequestID), c.cat, c.requestID, c.providerRequestID)
			}
		})
	}
}
