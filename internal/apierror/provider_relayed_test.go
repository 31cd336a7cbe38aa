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
