package apierror

import "testing"

// AI gateways' own refusals, in the shapes users paste them (a Claude Code
// line, a Python SDK traceback, curl -i, a Worker's log): each names the
// gateway as who answered (testdata/vocab lists each gateway's vocabulary).
func TestAIGatewayErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cat        Category
		status     int
	}{
		{"Claude Code through Vercel AI Gateway, rate limited", `$ echo $ANTHROPIC_BASE_URL
https://ai-gateway.vercel.sh
$ claude -p "summarise the diff"
API Error: 429 {"error":{"message":"Rate limit exceeded","type":"rate_limit_exceeded"},"generationId":"gen_01K9TQ3ZC7M8R2W4Y6A0B1C2D3"}
`, RateLimit, 429},
		{"Bifrost team budget under Claude Code", `⏺ API Error: 402 {"type":"error","error":{"type":"budget_exceeded","message":"Team-level budget exceeded: policy violation (budget_exceeded)"}}
`, SpendLimit, 402},
		{"Helicone credits through the Python SDK", `Traceback (most recent call last):
  File "/app/agent.py", line 41, in run
    resp = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=msgs)
  File "/usr/local/lib/python3.12/site-packages/anthropic/_base_client.py", line 1063, in request
    raise self._make_status_error_from_response(err.response) from None
anthropic.RateLimitError: Error code: 429 - {'success': False, 'error': {'code': 'request_failed', 'message': 'Insufficient credits', 'details': [{'type': 'insufficient_credit_limit', 'message': 'Insufficient balance for escrow. Available: 0 cents, needed: 2.4 cents', 'statusCode': 429, 'source': 'claude-sonnet-4-5/anthropic'}]}}
`, Billing, 429},
		{"Kong AI token limit seen with curl -i", `$ curl -i https://kong.internal.example/anthropic/v1/messages -H "apikey: $KEY" -d @req.json
HTTP/1.1 429 Too Many Requests
Content-Type: application/json; charset=utf-8
X-AI-RateLimit-Limit-minute-anthropic: 20000
X-AI-RateLimit-Remaining-minute-anthropic: 0
X-AI-RateLimit-Retry-After: 37
X-Kong-Response-Latency: 2
Server: kong/3.9.1.0-enterprise-edition

{"message":"AI token rate limit exceeded for provider(s): anthropic"}
`, RateLimit, 429},
		{"Cloudflare guardrail in a Worker", `(error) Uncaught (in promise) AiError: 2016: Prompt blocked due to security configurations
    at Ai._parseError (cloudflare-internal:ai-api:181:24)
    at async Ai.run (cloudflare-internal:ai-api:94:19)
`, InvalidRequest, 0},
		{"gcli2api with no usable credential", `  ⎿  API Error: 500 {"error":"当前无可用凭证"}
`, GatewayError, 500},
	} {
		d := Diagnose(tc.text, Options{})
		status := 0
		if d.HTTPStatus != nil {
			status = *d.HTTPStatus
		}
		if d.Category != tc.cat || status != tc.status || str(d.Provider) != "gateway" {
			t.Errorf("%s: got %s, status %d, provider %s; want %s, %d, gateway", tc.name, d.Category, status, str(d.Provider), tc.cat, tc.status)
		}
	}
}

// Vercel AI Gateway's generation id is the gateway's own id for the request:
// reported as the relay's, wherever it sits.
func TestVercelGatewayGenerationID(t *testing.T) {
	for _, text := range []string{
		`API Error: 404 {"error":{"message":"Model 'anthropic/claude-opus-9' not found","type":"model_not_found"},"generationId":"gen_01KA0B1C2D3E4F5G6H7J8K9M0N"}`,
		"GatewayModelNotFoundError: Model 'anthropic/claude-opus-9' not found [gen_01KA0B1C2D3E4F5G6H7J8K9M0N]",
	} {
		d := Diagnose(text, Options{})
		if d.Category != NotFound || str(d.ProviderRequestID) != "gen_01KA0B1C2D3E4F5G6H7J8K9M0N" || d.RequestID != nil {
			t.Errorf("%q: got %s, request id %s, relay request id %s", text, d.Category, str(d.RequestID), str(d.ProviderRequestID))
		}
	}
}

// The hook reads the same refusals from a StopFailure record's status, type
// and message: the same category and provider as the pasted text.
func TestAIGatewayFromStatus(t *testing.T) {
	for _, c := range []struct {
		status   int
		typ, msg string
		cat      Category
	}{
		{402, "budget_exceeded", "Team-level budget exceeded: policy violation (budget_exceeded)", SpendLimit},
		{403, "virtual_key_not_found", "Virtual key not found", Authentication},
		{500, "", "当前无可用凭证", GatewayError},
		{429, "", "AI token rate limit exceeded for provider(s): anthropic", RateLimit},
	} {
		d := FromStatus(c.status, c.typ, "", c.msg, Options{})
		if d.Category != c.cat || str(d.Provider) != "gateway" {
			t.Errorf("%d %s %q: got %s from %s, want %s from the gateway", c.status, c.typ, c.msg, d.Category, str(d.Provider), c.cat)
		}
	}
}
