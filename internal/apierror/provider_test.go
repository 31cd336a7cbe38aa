package apierror

import "testing"

// TestProviderIsAFinding: the provider is who the error shows answered, never
// a default; a relay's own request id is reported apart from Anthropic's.
func TestProviderIsAFinding(t *testing.T) {
	for _, c := range []struct {
		name, text   string
		cat          Category
		provider     string // "" : must be null
		requestID    string
		relayRequest string
	}{
		// A one-api fork's own error type names the relay.
		{"a one-api fork's error type",
			`API Error: 403 {"error":{"message":"用户 [36] 配额不足","type":"rix_api_error","param":"","code":"insufficient_quota"}}`,
			Billing, "gateway", "", ""},
		{"Anthropic's api_error is no relay's type",
			`API Error: 500 {"type":"error","error":{"type":"api_error","message":"Internal server error"}}`,
			ServerError, "anthropic", "", ""},
		{"gemini api quota (Google RPC, Gemini host)",
			`{"error": {"code": 429, "message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.", "status": "RESOURCE_EXHAUSTED"}}`,
			RateLimit, "gemini", "", ""},
		{"vertex quota for a Claude model, array-wrapped",
			`[{"error": {"code": 429, "message": "Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-sonnet-4. Please submit a quota increase request.", "status": "RESOURCE_EXHAUSTED"}}]`,
			RateLimit, "vertex", "", ""},
		{"openai python sdk",
			`openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
			Billing, "openai", "", ""},
		{"new-api relay with its own request id",
			`API Error: 429 {"error":{"message":"当前分组上游负载已饱和，请稍后再试 (request id: 20251125093012345678901aBcDe)","type":"upstream_error","param":"","code":null}}`,
			RateLimit, "gateway", "", "20251125093012345678901aBcDe"},
		{"anthropic error through two relays",
			`API Error: 400 {"error":{"message":"{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"messages: text content blocks must be non-empty\"},\"request_id\":\"req_011CWwdzmNMf5YLX7zGinxkf\"} (request id: 20260109182230513345753qPXcGug0) (request id: 20260109182230480498139VDRdofEQ)","type":"new_api_error"}}`,
			// Anthropic's answer (its envelope and request id) that the relays
			// passed on: a provider's answer a relay carries names that provider.
			ConversationState, "anthropic", "req_011CWwdzmNMf5YLX7zGinxkf", "20260109182230480498139VDRdofEQ"},
		// A relay that quotes the API's body (its error.type and its own
		// wording) inside its own error passed the API's answer on; the
		// same wording under the relay's own type is the relay's.
		{"a relay quotes the api's body in its error",
			`API Error: 400 {"error":{"message":"upstream returned: {\"error\":{\"message\":\"messages: text content blocks must be non-empty\",\"type\":\"invalid_request_error\"}}","type":"upstream_error"}}`,
			ConversationState, "anthropic", "", ""},
		{"the api's wording under a relay's own type stays the relay's",
			`API Error: 400 {"error":{"message":"messages: text content blocks must be non-empty (request id: 2026120412000012345)","type":"new_api_error"}}`,
			ConversationState, "gateway", "", "2026120412000012345"},
		// The API's OpenAI-compatible endpoint answers in OpenAI's shape; its
		// rate-limit message cites the API's own rate-limit page.
		{"the api's rate-limit page cited in openai's shape",
			"Error code: 429 - {'error': {'code': 'rate_limit_error', 'message': 'This request would exceed the rate limit for your organization of 50,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.', 'type': 'invalid_request_error'}}",
			RateLimit, "anthropic", "", ""},
		// The same for a failure a relay can cause: the body, its request
		// id and the relay's ids around it say Anthropic answered.
		{"anthropic credential refusal through a relay",
			`{"type":"error","error":{"type":"invalid_request_error","message":"This credential is only authorized for use with Claude Code and cannot be used for other API requests."},"request_id":"req_011CXm8HGYRu7vuGxMW6aXjL"}(traceid: 1d03543fedbb901867bf2b22743b0980) (request id: 20260203202121182181329lwRa2Khl)`,
			Permission, "anthropic", "req_011CXm8HGYRu7vuGxMW6aXjL", "20260203202121182181329lwRa2Khl"},
		// Python requests' HTTPError names the URL that answered: a host
		// that is no provider's is a relay's.
		{"requests' HTTPError from a relay's host",
			"403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions",
			Permission, "gateway", "", ""},
		// A paste that names the model service behind the proxy: Claude
		// Code's timeout is still its own notice, no status or body came
		// back from the proxy or the service, so it shows nobody (the blind
		// folders' convention; blind-2026-12c/070's provider corrected so).
		{"Claude Code's timeout with NVIDIA NIM named as the service",
			"Proxy set up with NVIDIA NIM as its provider.\n  ⎿  API Error (Request timed out.) · Retrying in 8 seconds… (attempt 5/10)",
			Timeout, "", "", ""},
		// The API's type name inside OpenAI's error object (a string code):
		// an OpenAI-compatible relay wrote it, not the API.
		{"an API type in OpenAI's error object",
			`API Error: 401 {"error":{"message":"Incorrect API key provided: sk-rel*****23","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`,
			Authentication, "gateway", "", ""},
		// The API's type name in a bare {"error":{…}} (no "type":"error"
		// envelope), in a paste that names the relay: the relay's answer.
		{"the API's type in a named relay's bare error object",
			"ANTHROPIC_BASE_URL points at OmniRoute.\n  ⎿  API Error: 500 {\"error\":{\"message\":\"Internal error while routing\",\"type\":\"api_error\"}}",
			ServerError, "gateway", "", ""},
		// FastAPI's HTTPException wraps a Python relay's own error in
		// "detail": the API never does, whatever the inside imitates.
		{"a python relay's error in FastAPI's detail wrapper",
			`API Error: 401 {"detail":{"type":"error","error":{"type":"authentication_error","message":"Invalid or missing API key."}}}`,
			Authentication, "gateway", "", ""},
		// A router carries its upstream's answer: the body names the provider.
		// Through a router, Google's error body with no sign of Vertex is
		// the Gemini API's; Claude Code itself reaches Google only through
		// Vertex AI.
		{"google rpc body inside claude-code-router's wrapper",
			`API Error (429 {"error":{"message":"Error from provider(429): {\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource has been exhausted (e.g. check quota).\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}","type":"api_error","code":"provider_response_error"}}) · Retrying in 1 seconds… (attempt 1/10)`,
			RateLimit, "gemini", "", ""},
		{"vertex body inside claude-code-router's wrapper",
			`API Error: 429 {"error":{"message":"Error from provider(429): {\"error\":{\"code\":429,\"message\":\"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-sonnet-4.\",\"status\":\"RESOURCE_EXHAUSTED\"}}","type":"api_error","code":"provider_response_error"}}`,
			RateLimit, "vertex", "", ""},
		{"google rpc body straight from Claude Code",
			`API Error: 429 {"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}`,
			RateLimit, "vertex", "", ""},
		{"claude-code-router's own failure",
			`API Error: 404 {"error":{"message":"provider not found: provider 'deepseek' not found","type":"api_error","code":"provider_not_found"}}`,
			NotFound, "gateway", "", ""},
		// A CDN or load balancer answered for an origin it does not name:
		// nobody the text shows. A page that names api.anthropic.com is
		// Anthropic's edge.
		{"envoy's text", "  ⎿  API Error (503 no healthy upstream) · Retrying in 4 seconds… (attempt 4/10)", GatewayError, "", "", ""},
		{"cloudflare's page, origin not named", "API Error: 502 <html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>", GatewayError, "", "", ""},
		{"cloudflare's page for api.anthropic.com", "API Error (api.anthropic.com | 504: Gateway time-out) · Retrying in 33 seconds… (attempt 8/10)", Timeout, "anthropic", "", ""},
		{"a web app's own error page", `API Error: 500 <!DOCTYPE html><html><head><title>500: Internal Server Error</title><script src="/_next/static/chunks/main-cb1e98310d7d3d12.js"></script></head><body><div id="__next"></div></body></html>`, GatewayError, "gateway", "", ""},
		// Claude Code's 5xx notice names the status page only when it talks
		// to Anthropic's API; a status alone shows nobody.
		{"claude code's 5xx notice for anthropic's api", "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.", ServerError, "anthropic", "", ""},
		{"a bare status", "API Error: 500", ServerError, "", "", ""},
		// The API writes "type" first: its envelope in another order was
		// written by a compatible service or a relay.
		{"the api's envelope in another order", `API Error: 400 {"error":{"type":"invalid_request_error","message":"Invalid request Error"},"type":"error"}`, InvalidRequest, "gateway", "", ""},
		{"the api's envelope", `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Invalid request Error"}}`, InvalidRequest, "anthropic", "", ""},
		// The paste names where requests go, but a connection that failed
		// got no answer: nothing from the router is shown (the blind
		// folders' convention; blind-2026-12/035's provider corrected so).
		{"a router named, its connection failed", "Claude code 和 ccr 都升级最新版：API Error (Connection error.) · Retrying in 4 seconds… (attempt 4/10)\n    ⎿  TypeError (fetch failed)", Network, "", "", ""},
		{"a local base url refused the connection", "ANTHROPIC_BASE_URL=http://127.0.0.1:8317\n  ⎿  Unable to connect to API (ECONNRESET)\n     Retrying in 1 second… (attempt 4/10)", Network, "", "", ""},
		{"a router's own answer still names it", "ANTHROPIC_BASE_URL=http://127.0.0.1:3456\nAPI Error: 502 Bad Gateway", GatewayError, "gateway", "", ""},
		// Nothing answered: the platform a connection notice mentions, or the
		// API host a client failed to resolve, did not answer.
		{"a connection notice on a platform names nobody", "Claude Code on Google Vertex AI loops on \"API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)\"", Network, "", "", ""},
		{"a router named, the api host unresolved", "litellm: HTTPSConnectionPool(host='api.anthropic.com', port=443): Max retries exceeded with url: /v1/messages (Caused by NameResolutionError(\"Failed to resolve 'api.anthropic.com' ([Errno 11002] getaddrinfo failed)\"))", Network, "", "", ""},
		{"a name inside a word is not a name", "Interest accrued. API Error (Connection error.) · Retrying in 4 seconds… (attempt 4/10)\n    ⎿  TypeError (fetch failed)", Network, "", "", ""},
		{"a service named copies anthropic's overload", "使用的minimax api，经常返回 API Error: Repeated 529 Overloaded errors", Overloaded, "gateway", "", ""},
		// Claude Code prints "Repeated 529 Overloaded errors" from the status
		// alone, whatever ANTHROPIC_BASE_URL answered (MiniMax, GLM and relays
		// copy the API's 529), so with no endpoint in the error's lines it
		// shows nobody: provider none, as the blind folders label it
		// (blind-2026-12e/009, blind-2026-12g/049).
		{"a service merely mentioned elsewhere in the paste",
			"Claude Code keeps failing, so today I used Codex instead.\n\n  ⎿  API Error: Repeated 529 Overloaded errors", Overloaded, "", "", ""},
		{"claude code's overload notice alone names nobody", "  ⎿  API Error: Repeated 529 Overloaded errors", Overloaded, "", "", ""},
		{"the api's status and message name anthropic", "API Error: 529 Overloaded", Overloaded, "anthropic", "", ""},
		{"a relay named passes anthropic's answer on", "I run ccr. API Error: Prompt is too long: 203073 tokens > 200000 maximum", ContextTooLong, "anthropic", "", ""},
		{"claude code's output cap names nobody, relay or not", "via cursor2api and ccr: API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.", MaxOutputTokens, "", "", ""},
		{"bedrock selected in settings", "\"CLAUDE_CODE_USE_BEDROCK\": \"1\"\nAPI Error: 403 {\"Message\":\"Invalid API Key format: Must start with pre-defined prefix\"} · Please run /login", Authentication, "bedrock", "", ""},
		// Claude Code's /status lines name where requests go.
		{"/status shows a custom base url", "/status shows Anthropic base URL: http://localhost:20128\nThe first request returns 402 Insufficient balance.", Billing, "gateway", "", ""},
		{"/status shows a claude subscription", "API Error: Request rejected (429) · Rate limited. Please try again later.\n\n Login method: Claude Max account", RateLimit, "anthropic", "", ""},
		{"a claude.ai sign-in names anthropic", "I signed in with my claude.ai account and now every prompt fails:\nAPI Error: 403 status code (no body)", Permission, "anthropic", "", ""},
		{"a base url outranks a claude.ai sign-in", "ANTHROPIC_BASE_URL=https://relay.example.com (I also have a claude.ai account)\nAPI Error: 403 status code (no body)", Permission, "gateway", "", ""},
		{"/status shows bedrock", " API provider: Amazon Bedrock\nAPI Error: 403 {\"Message\":\"Invalid API Key format: Must start with pre-defined prefix\"}", Authentication, "bedrock", "", ""},
		{"an empty 200 is something in between", "API Error: API returned an empty or malformed response (HTTP 200) — check for a proxy or gateway intercepting the request", GatewayError, "gateway", "", ""},
		// Claude Code decides these locally: nobody answered yet.
		{"claude code's context notice", "  ⎿  Context limit reached · /compact or /clear to continue", ContextTooLong, "", "", ""},
		{"claude code's compaction notice", "Error: Error during compaction: Error: Conversation too long. Press esc twice to go up a few messages and try again.", ContextTooLong, "", "", ""},
		{"anthropic error", `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZTL4nhJHacjs381KS9GM"}`,
			Overloaded, "anthropic", "req_011CZTL4nhJHacjs381KS9GM", ""},
		{"a GLM plan limit in the API's envelope: the service's id, not Anthropic's",
			`API Error: 429 {"type":"error","error":{"type":"1308","message":"Usage limit reached for 5 hour. Your limit will reset at 2026-12-03 18:42:03"},"request_id":"20261203174203a1b2c3d4e5f64a7b"}`,
			UsageLimit, "gateway", "", "20261203174203a1b2c3d4e5f64a7b"},
		// The TypeScript SDK named as what sent the request: Anthropic's API,
		// unless the paste shows another base URL or nothing answered.
		{"the typescript sdk names anthropic's api", "SDK: @anthropic-ai/sdk v0.68.0\nmessages.create with three PDFs fails with 413 \"Request too large\".", RequestTooLarge, "anthropic", "", ""},
		{"a base url outranks the typescript sdk", "ANTHROPIC_BASE_URL=https://relay.example.com with @anthropic-ai/sdk v0.68.0\nmessages.create fails with 413 \"Request too large\".", RequestTooLarge, "gateway", "", ""},
		{"the typescript sdk, nothing answered", "@anthropic-ai/sdk v0.68.0 in a Lambda:\nAPIConnectionError: Connection error.\n  cause: TypeError: fetch failed", Network, "", "", ""},
		{"a connection error names no provider", "Error: connect ECONNREFUSED 104.18.33.45:443 (api.anthropic.com)", Network, "", "", ""},
		{"claude code's login notice", "Not logged in · Please run /login", Authentication, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != c.cat {
				t.Errorf("category %s, want %s (%s)", d.Category, c.cat, d.Summary)
			}
			if val(d.Provider) != c.provider {
				t.Errorf("provider %q, want %q", val(d.Provider), c.provider)
			}
			if val(d.RequestID) != c.requestID {
				t.Errorf("request_id %q, want %q", val(d.RequestID), c.requestID)
			}
			if val(d.ProviderRequestID) != c.relayRequest {
				t.Errorf("provider_request_id %q, want %q", val(d.ProviderRequestID), c.relayRequest)
			}
		})
	}
}

func val(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
