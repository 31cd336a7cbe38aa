package apierror

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

type want struct {
	cat       Category
	status    int // 0: null
	retry     bool
	api       bool
	requestID string
	provider  string // "" : not checked
	errType   string
	errCode   string
	// inSummary / action: substrings the summary / some action must hold.
	inSummary string
	action    string
}

// TestDiagnoseCategories has one hand-written case per category and per
// tricky input shape; TestRealWorld covers published pastes.
func TestDiagnoseCategories(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts Options
		want want
	}{
		{"server error new style", "⏺ API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.",
			Options{}, want{cat: ServerError, status: 500, retry: true, api: true, provider: "anthropic", action: "ccdiag status"}},
		{"server error json", `API Error: 500 {"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_011CXmPYtyatkKmZfJxWDowU"}`,
			Options{}, want{cat: ServerError, status: 500, retry: true, api: true, requestID: "req_011CXmPYtyatkKmZfJxWDowU", errType: "api_error", action: "req_011CXmPYtyatkKmZfJxWDowU"}},
		{"overloaded repeated", "API Error: Repeated 529 Overloaded errors. The API is at capacity — try again in a moment.",
			Options{Model: "claude-opus-4-7"}, want{cat: Overloaded, status: 529, retry: true, api: true, action: "/model sonnet"}},
		{"overloaded opus high load", "Opus is experiencing high load, please use /model to switch to Sonnet",
			Options{}, want{cat: Overloaded, retry: true, api: true, action: "/model sonnet"}},
		{"overloaded on sonnet suggests opus", `529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`,
			Options{Model: "sonnet"}, want{cat: Overloaded, status: 529, retry: true, api: true, action: "/model opus"}},
		{"sse overloaded after 200", "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}",
			Options{}, want{cat: Overloaded, retry: true, api: true, errType: "overloaded_error"}},
		{"proxy stream error after an access-log 200", "INFO:     127.0.0.1:52344 - \"POST /v1/messages?beta=true HTTP/1.1\" 200 OK\n  Provider API request failed. (request_id=req_1a2b3c4d5e6f)",
			// The proxy's own id (not Anthropic's form): the relay's, to quote to it.
			Options{}, want{cat: GatewayError, retry: true, api: true, provider: "gateway", action: "Quote relay request id req_1a2b3c4d5e6f"}},
		// Claude Code logged that it had no credential to send: that is why
		// every call got a bodiless 403.
		{"no credential behind a bodiless 403", "- Login reports success but every API call returns 403 status code (no body)\n- Log shows: Failed to get auth headers: No API key available",
			Options{}, want{cat: Authentication, status: 403, api: true}},
		{"no credential logged alone", "2026-05-13T09:12:44.120Z [ERROR] Failed to get auth headers: No OAuth token available",
			Options{}, want{cat: Authentication, api: true}},
		{"gateway empty 200", "API Error: API returned an empty or malformed response (HTTP 200) — check for a proxy or gateway intercepting the request",
			Options{}, want{cat: GatewayError, status: 200, retry: true, api: true}},
		{"gateway envoy", "API Error (503 upstream connect error or disconnect/reset before headers. reset reason: connection termination)",
			Options{}, want{cat: GatewayError, status: 503, retry: true, api: true}},
		{"gateway html 502", "API Error: 502 <html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>",
			Options{BaseURL: "https://llm.corp.example"}, want{cat: GatewayError, status: 502, retry: true, api: true, provider: "gateway", action: "llm.corp.example"}},
		// The certificate error is the cause of the bare connection error
		// shown after it (undici's "fetch failed" carries it as its cause).
		{"tls cause of a later connection error", "Failed to connect to api.anthropic.com: CERT_HAS_EXPIRED\n\nInside the corporate VM every request fails the same way; the chat panel shows \"API Error (Connection error.)\" each time.",
			Options{}, want{cat: TLS, retry: false, api: true}},
		// The connectivity check sends no key and no body: a 4xx it gets
		// with HTTPS_PROXY set is the proxy's answer.
		{"proxy answers the connectivity check", "$ export HTTPS_PROXY=http://proxy.corp.example:8080\n$ claude\nUnable to connect to Anthropic services\n\nFailed to connect to api.anthropic.com: Request failed with status code 405\n\nPlease check your internet connection and network settings.",
			Options{}, want{cat: Proxy, status: 405, retry: false, api: true}},
		// A relay that names its upstream provider as the one that failed.
		{"relay names its upstream", `API Error: 500 {"error":{"message":"Upstream provider returned an error: read ECONNRESET","type":"provider_error"}}`,
			Options{}, want{cat: GatewayError, status: 500, retry: true, api: true, provider: "gateway"}},
		{"gateway names its upstream provider by name", "HTTP/1.1 502 Bad Gateway\ncontent-type: application/json\n\n" + `{"error":{"message":"Upstream provider bedrock-east failed: connection reset by peer","type":"bad_gateway","code":"upstream_error"}}`,
			Options{}, want{cat: GatewayError, status: 502, retry: true, api: true, provider: "gateway"}},
		// Documentation that says where requests go names the upstream
		// provider in running prose: nothing failed.
		{"docs name the upstream provider", "## How routing works\n\nThe gateway keeps one connection pool per model. Requests are forwarded to the upstream provider, which may return errors; those are passed back to the client with their original status code.",
			Options{}, want{cat: None, retry: false, api: false}},
		// A pull request names the errors its change handles; a bug report
		// written in the same words is a failure the user is stuck on.
		{"pr description names an error", "## Summary\nRetries now back off when the API answers 529 Overloaded during a long streaming session instead of failing at once.\n\n## Changes\nThe client treats Repeated 529 Overloaded responses as retryable and waits longer between the attempts it makes.\n\n## Test plan\nRan the unit tests and a manual session against the fake server returning overloaded errors.",
			Options{}, want{cat: None, retry: false, api: false}},
		// LiteLLM's log of its model-access refusal, its message cut by
		// the traceback's "...<6 lines>...".
		{"litellm traceback of a key's model refusal", "litellm_proxy  | Traceback (most recent call last):\nlitellm_proxy  |   File \"/usr/lib/python3.13/site-packages/litellm/proxy/auth/auth_checks.py\", line 1745, in _can_object_call_model\nlitellm_proxy  |     raise ProxyException(\nlitellm_proxy  |     ...<6 lines>...\nlitellm_proxy  | litellm.proxy._types.ProxyException\nlitellm_proxy  | INFO:     172.16.40.8:39878 - \"POST /v1/messages?beta=true HTTP/1.1\" 401 Unauthorized",
			Options{}, want{cat: Permission, status: 401, api: true, provider: "gateway"}},
		{"bug report in prose names an error", "## Bug Description\nSince this morning every prompt I send ends with 529 Overloaded after a few retries and the session stops completely.\n\n## Steps to Reproduce\nOpen any project and send a prompt to Claude Code with the default model selected.",
			Options{}, want{cat: Overloaded, retry: true, api: true}},
		// A guide shows errors as examples to a hypothetical reader; a user
		// who writes about their own failure is stuck on it.
		{"guide shows example errors", "When the service is busy you may see a message such as\n\nAPI Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\nThis tells you that the servers are at capacity for a while. It is not a problem with your key, your plan or your settings, and it does not use up any of your quota. Waiting a minute and sending the prompt again is usually all it takes, and switching to another model helps when one model is busier than the others.",
			Options{}, want{cat: None, retry: false, api: false}},
		{"user shows their error with guide wording", "I keep getting this, you may see it in the log below as well:\n\nAPI Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\nIt has been like this since the morning for every prompt in every project, and waiting a few minutes between the attempts does not change anything at all for my team or for the other people in the office.",
			Options{}, want{cat: Overloaded, status: 529, retry: true, api: true}},
		// The notice shows the API's message: the /bug log entry with that
		// message is the one behind it, not merely the latest.
		{"notice picks the log entry it shows", "  ⎿  API Error: Server is temporarily limiting requests (not your usage limit) · Too many concurrent requests\n\n**Errors**\n```json\n" +
			`[{"error":"Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Too many concurrent requests\"},\"request_id\":\"req_011CdAbCdEfGhJkLmNoPqRsT\"}\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:53135)","timestamp":"2026-11-30T10:00:01.000Z"},` +
			`{"error":"Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Rate limited\"},\"request_id\":\"req_011CdZyXwVuTsRqPoNmLkJiH\"}\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:53135)","timestamp":"2026-11-30T10:00:09.000Z"}]` + "\n```",
			Options{}, want{cat: RateLimit, status: 429, retry: true, api: true, requestID: "req_011CdAbCdEfGhJkLmNoPqRsT"}},
		// The API's errors always carry an error object: a 5xx answered
		// with {"error":"text"} came from a relay in front of it.
		{"relay bare error body", `API Error: 503 {"error":"no available channel for model claude-sonnet-4-5"}`,
			Options{}, want{cat: GatewayError, status: 503, retry: true, api: true, provider: "gateway"}},
		{"relay bare error body, unescaped", "  ⎿  API Error (500 {\"error\":\"upstream said: {\"message\":\"boom\"}\"}) · Retrying in 2 seconds… (attempt 2/10)",
			Options{}, want{cat: GatewayError, status: 500, retry: true, api: true, provider: "gateway"}},
		{"timeout", "  ⎿  API Error: Request timed out.", Options{}, want{cat: Timeout, retry: true, api: true, action: "API_TIMEOUT_MS"}},
		{"timeout json", `{"type":"error","error":{"type":"timeout_error","message":"Request timed out"},"request_id":"req_011CZTE7i3e4tJVTPSyKsDMRxy"}`,
			Options{}, want{cat: Timeout, retry: true, api: true, requestID: "req_011CZTE7i3e4tJVTPSyKsDMRxy"}},
		{"rate limit new style", "API Error: Request rejected (429) · This request would exceed your organization's rate limit of 30,000 input tokens per minute.",
			Options{}, want{cat: RateLimit, status: 429, retry: true, api: true, action: "/status"}},
		{"server throttle", "API Error: Server is temporarily limiting requests (not your usage limit) · Rate limited",
			Options{}, want{cat: RateLimit, retry: true, api: true, inSummary: "not your usage limit"}},
		{"spend cap by error_code", `API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"You have reached your spend limit.","details":{"error_code":"enforced_spend_limit_reached"}},"request_id":"req_011CZTL4nhJHacjs381KS9GMab"}`,
			Options{}, want{cat: SpendLimit, status: 429, retry: false, api: true, errCode: "enforced_spend_limit_reached", requestID: "req_011CZTL4nhJHacjs381KS9GMab"}},
		{"spend cap console 400", `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"You have reached your specified API usage limits. You will regain access on 2026-02-01 at 00:00 UTC."}}`,
			Options{}, want{cat: SpendLimit, status: 400, retry: false, api: true, inSummary: "2026-02-01 at 00:00 UTC"}},
		{"usage limit with reset", "You've hit your session limit · resets 3:45pm (Europe/Berlin)\n/login to switch to an API usage-billed account.",
			Options{}, want{cat: UsageLimit, retry: true, api: true, inSummary: "3:45pm (Europe/Berlin)", action: "3:45pm"}},
		{"usage limit epoch", "Claude AI usage limit reached|1755615600", Options{}, want{cat: UsageLimit, retry: true, api: true, inSummary: "2025-08-19 15:00 UTC"}},
		{"opus limit suggests sonnet", "You've hit your Opus limit · resets Oct 6, 1pm", Options{}, want{cat: UsageLimit, retry: true, api: true, action: "/model sonnet"}},
		{"prompt too long new style", "Prompt is too long · the request is ~250000 tokens (limit 200000)", Options{}, want{cat: ContextTooLong, api: true, action: "/compact"}},
		{"prompt too long json", `400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 250000 tokens > 200000 maximum"}}`,
			Options{}, want{cat: ContextTooLong, status: 400, api: true, errType: "invalid_request_error", action: "/clear"}},
		{"max output", "API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.",
			Options{Model: "claude-opus-4-1"}, want{cat: MaxOutputTokens, api: true, action: "CLAUDE_CODE_MAX_OUTPUT_TOKENS=32000"}},
		{"max output, the notice's tail alone", "To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.",
			Options{}, want{cat: MaxOutputTokens, api: true}},
		{"max output without streaming, its tail alone", "The CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable cannot raise this limit.",
			Options{}, want{cat: MaxOutputTokens, api: true}},
		{"the output-cap variable named as a setting", "CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable has no effect on Opus: output stops at 32,768 tokens with stop_reason max_tokens.",
			Options{}, want{cat: None}},
		{"the output-cap variable set by the writer", "I set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable to 64000 but replies still stop at 32K tokens.",
			Options{}, want{cat: None}},
		{"a cloud workspace variable named as a setting", "The `ANTHROPIC_AWS_WORKSPACE_ID` environment variable is ignored when it is set in settings.json instead of the shell.",
			Options{}, want{cat: None}},
		{"the Mantle base-URL variable named as a setting", "Document the `ANTHROPIC_BEDROCK_MANTLE_BASE_URL` environment variable next to AWS_REGION in the Bedrock setup page.",
			Options{}, want{cat: None}},
		{"the output-cap variable in a docs table", "| `CLAUDE_CODE_MAX_OUTPUT_TOKENS` | Set the maximum number of output tokens for most requests |",
			Options{}, want{cat: None}},
		{"request too large", "Request too large (max 32MB). Double press esc to go back and try with a smaller file.", Options{}, want{cat: RequestTooLarge, api: true}},
		{"request too large 413 json", `API Error: 413 {"type":"error","error":{"type":"request_too_large","message":"Request exceeds the maximum size"}}`,
			Options{}, want{cat: RequestTooLarge, status: 413, api: true, action: "/compact"}},
		{"invalid request quoting a model id", `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"claude-3-5-sonnet-20241022 does not support thinking"}}`,
			Options{}, want{cat: InvalidRequest, status: 400, api: true, action: "the model does not support thinking"}},
		{"invalid request", `API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}`,
			Options{}, want{cat: InvalidRequest, status: 400, api: true, inSummary: "max_tokens: Field required"}},
		{"conversation state", "API Error: 400 messages.3: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_01ABC. Each `tool_use` block must have a corresponding `tool_result` block in the next message.",
			Options{}, want{cat: ConversationState, status: 400, api: true, action: "/clear"}},
		{"auth new style", "Invalid API key · Fix external API key", Options{}, want{cat: Authentication, api: true, action: "/login"}},
		{"auth 401 json", `API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CUBgWEjLRjNADu5mxAaDG"}`,
			Options{}, want{cat: Authentication, status: 401, api: true, requestID: "req_011CUBgWEjLRjNADu5mxAaDG", action: "env | grep ANTHROPIC"}},
		{"permission", `API Error: 403 {"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}}`,
			Options{}, want{cat: Permission, status: 403, api: true}},
		{"not found model", `API Error: 404 {"type":"error","error":{"type":"not_found_error","message":"model: claude-3-opus-20240229"}}`,
			Options{}, want{cat: NotFound, status: 404, api: true, action: "/model opus"}},
		{"not found base url", "Error: 404 404 page not found", Options{}, want{cat: NotFound, status: 404, api: true, action: "ANTHROPIC_BASE_URL"}},
		{"billing", "Credit balance is too low", Options{}, want{cat: Billing, api: true, action: "unset ANTHROPIC_API_KEY"}},
		{"network", "API Error: Unable to connect to API (ECONNREFUSED)", Options{}, want{cat: Network, retry: true, api: true, action: "curl -sI https://api.anthropic.com"}},
		{"network dns", "Unable to connect to API (ENOTFOUND) · Retrying in 2s · attempt 3/10", Options{}, want{cat: Network, retry: true, api: true, action: "nslookup"}},
		{"tls", "Failed to connect to api.anthropic.com: SELF_SIGNED_CERT_IN_CHAIN", Options{}, want{cat: TLS, api: true, action: "NODE_EXTRA_CA_CERTS"}},
		{"proxy 407", "curl: (56) CONNECT tunnel failed, response 407", Options{}, want{cat: Proxy, status: 407, api: true, action: "HTTPS_PROXY"}},
		{"client bug", "ERROR  undefined is not an object (evaluating 'H.slice')", Options{}, want{cat: ClientBug, action: "claude update"}},
		{"status after the word HTTP", "Claude Code: API Error: HTTP 503 from the API, again", Options{}, want{cat: ServerError, status: 503, retry: true, api: true}},
		{"sdk status after HTTP", "anthropic.InternalServerError: Error code: HTTP 500", Options{}, want{cat: ServerError, status: 500, retry: true, api: true}},
		{"request body not JSON", `Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"The request body is not valid JSON: no low surrogate in string: line 1 column 9 (char 8)"}}`,
			Options{}, want{cat: InvalidRequest, status: 400, api: true, action: "/rewind"}},
		{"the user's curl check is not the failure", "API Error: Unable to connect to API (ECONNRESET)\nI checked the path:\n$ curl -sS -o /dev/null https://api.anthropic.com/v1/messages   → HTTP/1.1 405 Method Not Allowed\n",
			Options{}, want{cat: Network, retry: true, api: true}},
		{"the user's PowerShell check is not the failure", "PS C:\\Users\\me> iwr https://api.anthropic.com/v1/models  =>  status code 401\n⎿  API Error: Connection error.",
			Options{}, want{cat: Network, retry: true, api: true}},
		{"a status without a body is the whole error, not a header for the /bug log", "**Bug Description**\nAPI Error: 503 status code (no body)\n\n**Errors**\n```json\n" + `[{"error":"Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\n    at Xz.generate (file:///usr/lib/node_modules/@anthropic-ai/claude-code/cli.js:1:1)","timestamp":"2025-06-01T10:00:00.000Z"}]` + "\n```",
			Options{}, want{cat: ServerError, status: 503, retry: true, api: true}},
		{"the SDK's no-body message frames its status", "[claude] request failed -> 403 status code (no body)", Options{}, want{cat: Permission, status: 403, api: true}},
		{"'API errors' in a sentence is not Claude Code's header", "Handle Claude API errors.", Options{}, want{cat: None}},
		{"Claude Code's bare header still is", "API Error", Options{}, want{cat: UnknownAPIError, api: true}},
		{"unknown api error", `API Error: 418 {"type":"error","error":{"type":"teapot_error","message":"I am a teapot"}}`, Options{}, want{cat: InvalidRequest, status: 418, api: true}},
		{"unknown type no status", `{"type":"error","error":{"type":"brand_new_error","message":"Something new"},"request_id":"req_011CZTL4nhJHacjs381KS9GMxy"}`,
			Options{}, want{cat: UnknownAPIError, api: true, requestID: "req_011CZTL4nhJHacjs381KS9GMxy", errType: "brand_new_error"}},

		// Bedrock and Vertex.
		{"bedrock throttling", "An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many tokens, please wait before trying again.",
			Options{}, want{cat: RateLimit, retry: true, api: true, provider: "bedrock"}},
		{"bedrock validation", "An error occurred (ValidationException) when calling the InvokeModel operation: messages: roles must alternate",
			Options{}, want{cat: ConversationState, api: true, provider: "bedrock"}},
		{"bedrock validation generic", "ValidationException: The model returned the following errors: max_tokens: 200000 > 64000, which is the maximum allowed",
			Options{}, want{cat: InvalidRequest, api: true, provider: "bedrock"}},
		{"bedrock unavailable", "An error occurred (ServiceUnavailableException) when calling the InvokeModelWithResponseStream operation: Bedrock is unable to process your request.",
			Options{}, want{cat: Overloaded, retry: true, api: true, provider: "bedrock"}},
		{"bedrock not ready", "ModelNotReadyException: Model is not ready to serve inference requests", Options{}, want{cat: Overloaded, retry: true, api: true, provider: "bedrock"}},
		{"bedrock access denied", "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.",
			Options{}, want{cat: Permission, api: true, provider: "bedrock", action: "Bedrock console"}},
		{"vertex quota per day", `API Error: 429 {"error":{"code":429,"message":"Quota exceeded for quota metric 'Online prediction tokens per day' and limit 'per day per base model'","status":"RESOURCE_EXHAUSTED"}}`,
			Options{}, want{cat: RateLimit, status: 429, retry: true, api: true, provider: "vertex", action: "quota"}},
		{"vertex permission", `403 {"error":{"code":403,"message":"Permission 'aiplatform.endpoints.predict' denied","status":"PERMISSION_DENIED"}}`,
			Options{}, want{cat: Permission, status: 403, api: true, provider: "vertex"}},

		// Input shapes.
		{"ansi and crlf", "\x1b[31m⎿  API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\x1b[0m\r\n",
			Options{}, want{cat: Overloaded, status: 529, retry: true, api: true}},
		{"wrapped mid-word and mid-json", "API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"mess\n    age\":\"prompt is too lo\n    ng: 210000 tokens > 200000 maximum\"},\"request_id\":\"req_011CVGBgAXiQ5NPtA4MN8gh6\"}",
			Options{}, want{cat: ContextTooLong, status: 400, api: true, requestID: "req_011CVGBgAXiQ5NPtA4MN8gh6"}},
		{"escaped json in stack trace", `Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CZA5Ewmy9GzyJttzaeoyM\"}\n    at generate (file:///cli.js:1:2)`,
			Options{}, want{cat: Overloaded, status: 529, retry: true, api: true, requestID: "req_011CZA5Ewmy9GzyJttzaeoyM"}},
		{"several errors last wins", "  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in 1 seconds… (attempt 1/10)\n  ⎿  API Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"OAuth token has expired.\"}}",
			Options{}, want{cat: Authentication, status: 401, api: true}},
		{"abort after error", "⎿  API Error (500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}) · Retrying in 4 seconds… (attempt 4/10)\n⎿  API Error: Operation aborted\n⎿  Interrupted by user",
			Options{}, want{cat: ServerError, status: 500, retry: true, api: true}},
		{"python sdk repr", "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
			Options{}, want{cat: Overloaded, status: 529, retry: true, api: true}},
		{"request-id header", "HTTP/1.1 529\nrequest-id: req_011CZTE7i3e4tJVTPSyKsDMRqq\ncontent-type: application/json\n\n{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}",
			Options{}, want{cat: Overloaded, status: 529, retry: true, api: true, requestID: "req_011CZTE7i3e4tJVTPSyKsDMRqq"}},
		{"gateway named by claude code", "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment. If it persists, check your inference gateway (llm.example.com).",
			Options{}, want{cat: ServerError, status: 500, retry: true, api: true, provider: "gateway", action: "llm.example.com"}},
		{"box drawing", "╭──────────────────────────╮\n│ ✻ Welcome to Claude Code │\n╰──────────────────────────╯\n\n Unable to connect to Anthropic services\n\n Failed to connect to api.anthropic.com: ECONNRESET",
			Options{}, want{cat: Network, retry: true, api: true}},

		// Not API failures.
		{"tests passed", "Tests: 500 passed, 500 total", Options{}, want{cat: None}},
		{"own server 500 in bash tool", "⏺ Bash(curl -i localhost:3000/api/users)\n  ⎿  HTTP/1.1 500 Internal Server Error\n     X-Powered-By: Express\n\n     Error: Cannot find module '../db'\n         at Function.Module._resolveFilename (node:internal/modules/cjs/loader:1039:15)",
			Options{}, want{cat: None}},
		{"express stack trace", "Error: Something broke!\n    at /app/server.js:12:11\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\nHTTP/1.1 500 Internal Server Error",
			Options{}, want{cat: None}},
		{"source code", `if err.Type == "api_error" || err.Type == "overloaded_error" { return retry(err) }`, Options{}, want{cat: None}},
		{"source code json literal", `const sample = {"type": "error", "error": {"type": "overloaded_error", ...}};`, Options{}, want{cat: None}},
		{"log line", "2025-01-01T10:00:00Z INFO request finished status=500 path=/v1/users duration=12ms", Options{}, want{cat: None}},
		{"own database refused", "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)", Options{}, want{cat: None}},
		{"own app error line", "Error: 500 Internal Server Error\n    at handler (/srv/app/routes.js:10:5)", Options{}, want{cat: None}},
		{"git clone dns failure", "fatal: unable to access 'https://github.com/acme/app.git/': Could not resolve host: github.com", Options{}, want{cat: None}},
		{"curl to own server", "curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server", Options{}, want{cat: None}},
		{"empty", "", Options{}, want{cat: None}},
		{"claude -p json", `{"type":"result","subtype":"success","is_error":true,"terminal_reason":"api_error","api_error_status":529,"api_error_type":"overloaded_error","result":"API Error: Repeated 529 Overloaded errors."}`,
			Options{}, want{cat: Overloaded, status: 529, retry: true, api: true, errType: "overloaded_error"}},
		{"stream-json retry", `{"type":"system","subtype":"api_retry","attempt":1,"max_retries":2,"retry_delay_ms":575,"error_status":500,"error":"server_error"}`,
			Options{}, want{cat: ServerError, status: 500, retry: true, api: true}},
		{"transcript entry", `{"type":"assistant","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"API Error: 500 Internal server error."}]},"requestId":"req_011CXmPicK18utTUrgQC6FbL","error":"server_error","isApiErrorMessage":true,"apiErrorStatus":500,"apiErrorType":"api_error"}`,
			Options{}, want{cat: ServerError, status: 500, retry: true, api: true, errType: "api_error", requestID: "req_011CXmPicK18utTUrgQC6FbL"}},
		{"stream idle timeout", "API Error\nAPI Error: Stream idle timeout - partial response received", Options{}, want{cat: Timeout, retry: true, api: true}},
		{"usage policy", "API Error: Claude Code is unable to respond to this request, which appears to violate our Usage Policy (https://www.anthropic.com/legal/aup).", Options{}, want{cat: InvalidRequest, api: true}},
		{"max_tokens over the cap", `⎿  API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 128001 > 64000, which is the maximum allowed number of output tokens for claude-opus-4-5-20251101"},"request_id":"req_011CXxg3eqF8ZMvqtkKHNjKQ"}`,
			Options{}, want{cat: MaxOutputTokens, status: 400, api: true, requestID: "req_011CXxg3eqF8ZMvqtkKHNjKQ", action: "CLAUDE_CODE_MAX_OUTPUT_TOKENS=64000"}},
		{"base url in paste", "export ANTHROPIC_BASE_URL=http://localhost:4141 && claude\n\nAPI Error: 400 {\"error\":{\"message\":\"Bad Request\",\"type\":\"error\"}}",
			Options{}, want{cat: InvalidRequest, status: 400, api: true, provider: "gateway", action: "localhost"}},
		// The proxy's own log says its upstream (GitHub Copilot) refused the
		// request the proxy built: the proxy's failure, not the prompt's.
		{"copilot proxy log behind a bare 400", "API Error: 400 {\"error\":{\"message\":\"Bad Request\",\"type\":\"error\"}}\n\non the proxy:\n ERROR  Failed to create chat completions Response { status: 400, statusText: 'Bad Request' }",
			Options{}, want{cat: GatewayError, status: 400, api: true, provider: "gateway", action: "copilot-api"}},
		{"blank", " \n\t\n ", Options{}, want{cat: None}},
		{"binary", "\x00\x01\xff\xfe PNG \x89\x00 IHDR", Options{}, want{cat: None}},
		{"invalid utf8 around an error", "\xff\xfeAPI Error: 529 Overloaded\xc3", Options{}, want{cat: Overloaded, status: 529, retry: true, api: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diagnose(tt.text, tt.opts)
			check(t, d, tt.want)
		})
	}
}

func check(t *testing.T, d Diagnosis, w want) {
	t.Helper()
	if d.Category != w.cat {
		t.Errorf("category = %s, want %s (%s)", d.Category, w.cat, d.Summary)
	}
	st := 0
	if d.HTTPStatus != nil {
		st = *d.HTTPStatus
	}
	if st != w.status {
		t.Errorf("http_status = %d, want %d", st, w.status)
	}
	if d.Retryable != w.retry {
		t.Errorf("retryable = %v, want %v", d.Retryable, w.retry)
	}
	if d.IsAPIError != w.api {
		t.Errorf("is_api_error = %v, want %v", d.IsAPIError, w.api)
	}
	id := ""
	if d.RequestID != nil {
		id = *d.RequestID
	}
	if id != w.requestID {
		t.Errorf("request_id = %q, want %q", id, w.requestID)
	}
	if w.provider != "" && (d.Provider == nil || *d.Provider != w.provider) {
		t.Errorf("provider = %v, want %s", str(d.Provider), w.provider)
	}
	if w.errType != "" && str(d.ErrorType) != w.errType {
		t.Errorf("error_type = %s, want %s", str(d.ErrorType), w.errType)
	}
	if w.errCode != "" && str(d.ErrorCode) != w.errCode {
		t.Errorf("error_code = %s, want %s", str(d.ErrorCode), w.errCode)
	}
	if w.inSummary != "" && !strings.Contains(d.Summary, w.inSummary) {
		t.Errorf("summary %q does not contain %q", d.Summary, w.inSummary)
	}
	if w.action != "" && !hasAction(d, w.action) {
		t.Errorf("no action mentions %q: %+v", w.action, actionText(d))
	}
	checkInvariants(t, d)
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func actionText(d Diagnosis) []string {
	var out []string
	for _, a := range d.Actions {
		out = append(out, a.Title+" | "+str(a.Command)+" | "+a.Why)
	}
	return out
}

func hasAction(d Diagnosis, s string) bool {
	for _, a := range actionText(d) {
		if strings.Contains(a, s) {
			return true
		}
	}
	return false
}

// deadModel matches dated or numbered model ids: advice names aliases only.
var deadModel = regexp.MustCompile(`claude-[a-z0-9.-]*\d`)

// checkInvariants holds for every diagnosis.
func checkInvariants(t *testing.T, d Diagnosis) {
	t.Helper()
	if !d.Category.Valid() {
		t.Fatalf("invalid category %q", d.Category)
	}
	if d.Summary == "" || len(d.Actions) == 0 {
		t.Errorf("empty summary or actions: %+v", d)
	}
	if d.Actions == nil || d.AlsoSeen == nil {
		t.Errorf("actions and also_seen must be [] not null")
	}
	if d.Category == None && (d.IsAPIError || d.Retryable || d.HTTPStatus != nil) {
		t.Errorf("category none with API error details: %+v", d)
	}
	for _, a := range actionText(d) {
		if m := deadModel.FindString(a); m != "" {
			t.Errorf("action names a model id %q (advise aliases): %s", m, a)
		}
		if strings.Contains(a, "sk-ant-api") || strings.Contains(a, "secret") {
			t.Errorf("action leaks a credential: %s", a)
		}
	}
	if d.RequestID != nil && d.IsAPIError && !hasAction(d, *d.RequestID) {
		t.Errorf("request id %s not offered for a support ticket", *d.RequestID)
	}
	b, err := json.Marshal(d)
	if err != nil || !utf8.Valid(b) {
		t.Errorf("JSON: %v (valid UTF-8: %v)", err, utf8.Valid(b))
	}
}

// TestCorpusInvariants checks the advice rules over every real paste, with
// and without a gateway in front.
func TestCorpusInvariants(t *testing.T) {
	for _, c := range loadCorpus(t) {
		for _, opts := range []Options{{}, {BaseURL: "https://user:hunter2@gw.example.com/anthropic", Model: "opus"}} {
			d := Diagnose(c.text, opts)
			checkInvariants(t, d)
			if opts.BaseURL != "" && d.IsAPIError && gatewayMatters(d.Category) {
				if !strings.Contains(d.Actions[0].Title, "gw.example.com") {
					t.Errorf("%s: with a gateway the first action should be the gateway's, got %q", c.file, d.Actions[0].Title)
				}
				if str(d.Provider) != "gateway" && str(d.Provider) != "bedrock" && str(d.Provider) != "vertex" {
					t.Errorf("%s: provider %s with a gateway", c.file, str(d.Provider))
				}
			}
			for _, a := range actionText(d) {
				if strings.Contains(a, "hunter2") {
					t.Errorf("%s: proxy/gateway password printed: %s", c.file, a)
				}
			}
		}
	}
}

func TestTruncatesHugeInput(t *testing.T) {
	tail := "\n  ⎿  Context limit reached · /compact or /clear to continue\n"
	head := "API Error: 529 Overloaded\n"
	filler := strings.Repeat("INFO build step finished in 12 ms\n", (MaxInput/34)+100)
	d := Diagnose(filler+tail, Options{})
	if !d.InputTruncated || d.Category != ContextTooLong {
		t.Errorf("tail error: truncated=%v category=%s", d.InputTruncated, d.Category)
	}
	d = Diagnose(head+filler, Options{})
	if !d.InputTruncated || d.Category != None {
		t.Errorf("head error beyond the examined part: truncated=%v category=%s", d.InputTruncated, d.Category)
	}
	d = Diagnose(head, Options{})
	if d.InputTruncated {
		t.Errorf("small input reported as truncated")
	}
	// Cut in the middle of a multi-byte rune: still valid output.
	d = Diagnose(strings.Repeat("é", MaxInput)+tail, Options{})
	checkInvariants(t, d)
}

// TestCleanControl: escape sequences and control characters go, the text
// around them stays (before the first one too).
func TestCleanControl(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain\ntext", "plain\ntext"},
		{"API Error: 529\r\nOverloaded\r", "API Error: 529\nOverloaded\n"},
		{"a\tb", "a    b"},
		{"red \x1b[31mAPI Error\x1b[0m: 500", "red API Error: 500"},
		{"link \x1b]8;;http://x\x07here\x1b]8;;\x07", "link here"},
		{"bell\x07 nul\x00", "bell  nul "},
		{"cut \x1b[", "cut "},
		{"cut \x1b", "cut "},
	} {
		if got := cleanControl(tc.in); got != tc.want {
			t.Errorf("cleanControl(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCleanPrefix: the word-at-a-time scan stops at the first control byte,
// whichever byte it is and wherever it sits in a word, and nowhere else.
func TestCleanPrefix(t *testing.T) {
	base := []byte("API Error: 529 Overloaded ⎿ retrying")
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := append([]byte(nil), base...)
			b[(at+3)%20] = '\n' // a line end in the same word changes nothing
			b[at] = byte(c)
			want := len(b)
			for i, x := range b {
				if x < 0x20 && x != '\n' || x == 0x7f {
					want = i
					break
				}
			}
			if got := cleanPrefix(string(b)); got != want {
				t.Fatalf("cleanPrefix(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestLowerASCII: every byte at every place of a word is folded as a byte
// loop folds it: A–Z only, multi-byte characters untouched.
func TestLowerASCII(t *testing.T) {
	base := []byte("Api ERROR: 529 {\"type\":\"Overloaded\"} ⎿ Z@[`")
	for c := 0; c < 256; c++ {
		for at := 0; at < len(base); at++ {
			b := append([]byte(nil), base...)
			b[at] = byte(c)
			want := append([]byte(nil), b...)
			for i, x := range want {
				if x >= 'A' && x <= 'Z' {
					want[i] = x + 32
				}
			}
			if got := lowerASCII(string(b)); got != string(want) {
				t.Fatalf("lowerASCII(%q) = %q, want %q", b, got, want)
			}
		}
	}
}

// TestNextIn: the word-at-a-time search finds the first byte of a range
// wherever it is, whatever the bytes around it.
func TestNextIn(t *testing.T) {
	base := []byte("api error: rate {\"type\":\"x\"} ⎿ retry in ~ ")
	for _, r := range [][2]byte{{'0', '9'}, {'A', 'Z'}, {'a', 'a'}} {
		for c := 0; c < 256; c++ {
			for at := 0; at < len(base); at++ {
				b := append([]byte(nil), base...)
				b[at] = byte(c)
				for from := 0; from < 12; from += 5 {
					want := len(b)
					for i := from; i < len(b); i++ {
						if b[i] >= r[0] && b[i] <= r[1] {
							want = i
							break
						}
					}
					if got := nextIn(string(b), from, r[0], r[1]); got != want {
						t.Fatalf("nextIn(%q, %d, %q, %q) = %d, want %d", b, from, r[0], r[1], got, want)
					}
				}
			}
		}
	}
}

// TestStraightQuotes: typographic quotes anywhere in a line are written
// straight, other three-byte characters stay.
func TestStraightQuotes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"You’ve hit your limit", "You've hit your limit"},
		{"“Overloaded”", `"Overloaded"`},
		{"‘a’ … ⎿ “b”", `'a' … ⎿ "b"`},
		{"no quotes … here", "no quotes … here"},
		{"ends in ’", "ends in '"},
		{"\xe2\x80", "\xe2\x80"},
	} {
		if got := straightQuotes(tc.in); got != tc.want {
			t.Errorf("straightQuotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCutOffEscapeSequence: a paste that ends inside a terminal escape
// sequence (a capture cut short) is read, not a crash.
func TestCutOffEscapeSequence(t *testing.T) {
	for _, tail := range []string{"\x1b", "\x1b[", "\x1b[31", "\x1b]8;;http://x"} {
		d := Diagnose("API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n"+tail, Options{})
		if d.Category != Overloaded {
			t.Errorf("ending in %q: category %s, want overloaded", tail, d.Category)
		}
	}
}

func TestFromStatus(t *testing.T) {
	tests := []struct {
		name                      string
		status                    int
		errType, errCode, message string
		opts                      Options
		want                      want
	}{
		{"500", 500, "api_error", "", "Internal server error", Options{}, want{cat: ServerError, status: 500, retry: true, api: true}},
		{"529", 529, "overloaded_error", "", "Overloaded", Options{Model: "opus"}, want{cat: Overloaded, status: 529, retry: true, api: true, action: "/model sonnet"}},
		{"spend cap", 429, "rate_limit_error", "enforced_spend_limit_reached", "", Options{}, want{cat: SpendLimit, status: 429, api: true, errCode: "enforced_spend_limit_reached"}},
		{"prompt too long", 400, "invalid_request_error", "", "prompt is too long: 250000 tokens > 200000 maximum", Options{}, want{cat: ContextTooLong, status: 400, api: true}},
		{"credit", 400, "invalid_request_error", "", "Your credit balance is too low to access the Anthropic API.", Options{}, want{cat: Billing, status: 400, api: true}},
		{"status only", 503, "", "", "", Options{}, want{cat: ServerError, status: 503, retry: true, api: true}},
		{"status only via gateway", 502, "", "", "", Options{BaseURL: "http://127.0.0.1:4000"}, want{cat: GatewayError, status: 502, retry: true, api: true, provider: "gateway"}},
		{"message only", 0, "", "", "API Error: Request timed out.", Options{}, want{cat: Timeout, retry: true, api: true}},
		{"nothing", 0, "", "", "", Options{}, want{cat: None}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, FromStatus(tt.status, tt.errType, tt.errCode, tt.message, tt.opts), tt.want)
		})
	}
}
