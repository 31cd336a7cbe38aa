package apierror

import "testing"

// providerCase is one paste and who the diagnosis must say answered it.
type providerCase struct {
	name, text string
	cat        Category
	provider   string // "" : must be null
	requestID  string
}

func checkProviderCases(t *testing.T, cases []providerCase) {
	t.Helper()
	for _, c := range cases {
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
		})
	}
}

// TestProviderNamedByRelay: a relay that names the upstream whose body it
// carries (LiteLLM's "AnthropicError - " prefix, OpenRouter's
// metadata.provider_name) says who answered; the relay's own refusals that
// name a provider stay the relay's.
func TestProviderNamedByRelay(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"litellm's AnthropicError prefix around the api's overload",
			`litellm.InternalServerError: AnthropicError - {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`,
			Overloaded, "anthropic", ""},
		{"litellm's AnthropicError prefix around an invalid key",
			`proxy log: litellm.AuthenticationError: AnthropicError - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`,
			Authentication, "anthropic", ""},
		{"openrouter carries anthropic's body",
			`Error: 400 {"error":{"code":400,"message":"Provider returned error","metadata":{"raw":"{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: Field required\"}}","provider_name":"Anthropic"}}}`,
			InvalidRequest, "anthropic", ""},
		// Controls: the relay's own errors, even naming Anthropic.
		{"openrouter's own moderation naming anthropic",
			`API Error: 403 {"error":{"code":403,"message":"anthropic/claude-opus-4 requires moderation on OpenRouter. Your input was flagged for \"violence\".","metadata":{"reasons":["violence"],"provider_name":"Anthropic"}}}`,
			Permission, "gateway", ""},
		{"litellm's own budget refusal",
			`litellm.BudgetExceededError: Budget has been exceeded! Current cost: 12.5, Max budget: 10.0`,
			SpendLimit, "gateway", ""},
	})
}

// TestProviderSignedByTheAPI: a sentence in which the API names itself
// (its billing refusal naming "the Anthropic API", its missing
// anthropic-version header) shows the API answered, whatever envelope or
// key order a relay or client gave the body; a relay's own wording stays
// the relay's.
func TestProviderSignedByTheAPI(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"a new-api relay passes the api's billing refusal on",
			`API Error: 402 {"error":{"type":"new_api_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits. (request id: 2026120409151234567890aBcD)"}}`,
			Billing, "anthropic", ""},
		{"a client re-serialized the api's version-header refusal",
			"HTTP 400 from the messages endpoint:\n{\n  \"error\": {\n    \"message\": \"anthropic-version: header is required\",\n    \"type\": \"invalid_request_error\"\n  },\n  \"type\": \"error\"\n}",
			InvalidRequest, "anthropic", ""},
		// Controls: a relay's own balance refusal names no Anthropic API.
		{"a relay's own balance refusal",
			`API Error: 402 {"error":{"type":"new_api_error","message":"用户额度不足, 剩余额度: $0.01 (request id: 2026120409151234567890aBcD)"}}`,
			Billing, "gateway", ""},
		{"a doc sentence naming the header",
			"Every request must send the anthropic-version header; the API answers anthropic-version: header is required otherwise, so add it to your client.",
			None, "", ""},
	})
}

// TestProviderOfGoogleBody: Google's JSON error object is the Gemini API's
// unless Claude Code printed it (it reaches Google only through Vertex AI)
// or the paste shows Vertex.
func TestProviderOfGoogleBody(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"an app's wrapper around google's quota body",
			"chat failed (429): {\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource has been exhausted (e.g. check quota).\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}",
			RateLimit, "gemini", ""},
		{"claude code printed google's body: vertex",
			`API Error: 429 {"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}`,
			RateLimit, "vertex", ""},
		{"the paste shows vertex's host",
			"POST https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4:rawPredict\nchat failed (429): {\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}",
			RateLimit, "vertex", ""},
		{"a vertex iam permission",
			`Error: 403 {"error":{"code":403,"message":"Permission 'aiplatform.endpoints.predict' denied on resource","status":"PERMISSION_DENIED"}}`,
			Permission, "vertex", ""},
	})
}

// TestProviderOfCompatibleWording: OpenAI's context-window sentences, which
// OpenAI-compatible services (vLLM, DeepSeek, hosted models) copy, are never
// the Claude API's: only OpenAI's own host or SDK names openai, otherwise a
// compatible service answered. A proxy's own error prefix names the proxy
// whatever message it quotes.
func TestProviderOfCompatibleWording(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"openai's context sentence through claude code",
			"API Error: 400 This model's maximum context length is 131072 tokens. However, your messages resulted in 140211 tokens. Please reduce the length of the messages.",
			ContextTooLong, "gateway", ""},
		{"openai's own sdk names openai",
			`openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`,
			ContextTooLong, "openai", ""},
		{"cc-switch's conversion error quoting an upstream",
			"API Error: 422 格式转换错误: Your input exceeds the context window of this model.",
			ContextTooLong, "gateway", ""},
		// Control: the API's own context refusal stays the API's.
		{"the api's own prompt-too-long",
			`API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210543 tokens > 200000 maximum"}}`,
			ContextTooLong, "anthropic", ""},
	})
}

// TestProviderOfImitatedShapes: a body the API would never write names
// whatever sits in front of it: the API's envelope with a request_id not in
// the API's form (an Anthropic-compatible service's own id, reported as
// that service's), and an "error" that is a plain string (Spring Boot's
// default error body, a relay's own).
func TestProviderOfImitatedShapes(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"a compatible endpoint's envelope with its own hex id",
			`API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"rate limit exceeded (2056)"},"request_id":"3f2a9c1e7b5d4a6f8e0c2b1a9d8f7e6c"}`,
			RateLimit, "gateway", ""},
		{"spring boot's error body through the python sdk",
			`anthropic.NotFoundError: Error code: 404 - {'timestamp': 1767225600000, 'status': 404, 'error': 'Not Found', 'path': '/api/v1/v1/messages'}`,
			NotFound, "gateway", ""},
		{"spring boot's error body through claude code",
			`API Error: 404 {"timestamp":"2026-12-04T10:00:00.000+00:00","status":404,"error":"Not Found","path":"/v1/v1/messages"}`,
			NotFound, "gateway", ""},
		// Control: the API's envelope with its own id.
		{"the api's envelope with its own id",
			`API Error: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"},"request_id":"req_011CZx7bYq2W9nT4fKpL3mHd"}`,
			RateLimit, "anthropic", "req_011CZx7bYq2W9nT4fKpL3mHd"},
	})
}

// TestProviderOfCutCopy: a paste cut inside its last copy of an error keeps
// what the earlier whole copy says, who answered among it.
func TestProviderOfCutCopy(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"an earlier whole copy names the api",
			"[ERROR] check failed: Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-opus-9'}}\n\nsecond try with the other model name:\n[ERROR] check failed: Error code: 404 - {'type': 'error', 'error': {'type': 'not_f",
			NotFound, "anthropic", ""},
	})
}

// TestProviderOfBedrockSentence: Bedrock's own sentence for a model id it
// does not serve names Bedrock, whatever vendor's model the paste names.
func TestProviderOfBedrockSentence(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"a qwen model id on bedrock",
			"Model: qwen.qwen3-32b-v1:0 (Qwen)\n\nError: Validation error: The provided model identifier is invalid.",
			NotFound, "bedrock", ""},
		{"an agent's plain rendering",
			"Request failed: The provided model identifier is invalid. Check the model id.",
			NotFound, "bedrock", ""},
	})
}

// TestProviderOfInvalidKeyNotice: Claude Code writes its invalid-key notice
// for the Claude API's x-api-key refusal only, so a platform the paste
// mentions does not change who answered; its notice with no key at all
// ("Not logged in") still names nobody.
func TestProviderOfInvalidKeyNotice(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"the notice beside a bedrock setup",
			"My shell has CLAUDE_CODE_USE_BEDROCK=1 and AWS_PROFILE=dev, but the desktop app shows:\nInvalid API key · Please run /login",
			Authentication, "anthropic", ""},
		{"the external-key notice",
			"Internal error: Invalid API key · Fix external API key",
			Authentication, "anthropic", ""},
		{"no key at all names nobody",
			"Not logged in · Please run /login",
			Authentication, "", ""},
	})
}
