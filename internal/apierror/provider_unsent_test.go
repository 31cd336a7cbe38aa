package apierror

import "testing"

// TestProviderUnsent: an SDK that finds no credential throws while building
// the request, so nothing answered and no provider is named, even where
// its stack names the SDK package; a 401 from a server with the same
// login hint still names who answered.
func TestProviderUnsent(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"typescript sdk with no key, stack through the package",
			"my-cli: starting\nError: Could not resolve authentication method. Expected either apiKey or authToken to be set.\n    at Anthropic.validateHeaders (/home/u/app/node_modules/@anthropic-ai/sdk/client.js:210:13)\n    at Anthropic.buildRequest (/home/u/app/node_modules/@anthropic-ai/sdk/client.js:540:10)",
			Authentication, "", ""},
		{"java sdk with no credential",
			"Exception in thread \"main\" com.anthropic.errors.NoCredentialsException: No credentials found. Tried:\n  - ANTHROPIC_API_KEY: not set",
			Authentication, "", ""},
		// Control: the API's own 401 keeps its provider.
		{"api's 401 with the login hint",
			`API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CVaaaaaaaaaaaaaaaaaaaa"} · Please run /login`,
			Authentication, "anthropic", "req_011CVaaaaaaaaaaaaaaaaaaaa"},
	})
}

// TestProviderDocsLink: a provider's name inside a link to Google Cloud's
// documentation, which Google's messages cite, does not say who answered;
// the same message through Claude Code (which reaches Google only through
// Vertex AI) or with Vertex's host still names Vertex.
func TestProviderDocsLink(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"gemini cli prints google's 429 citing the docs page",
			"✕ [API Error: [{\"error\":{\"code\":429,\"message\":\"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.\",\"status\":\"RESOURCE_EXHAUSTED\"}}]]\nSwitching to a flash model for the rest of this session.",
			RateLimit, "gemini", ""},
		{"claude code prints the same body",
			`API Error: 429 {"error":{"code":429,"message":"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.","status":"RESOURCE_EXHAUSTED"}}`,
			RateLimit, "vertex", ""},
		{"vertex named outside the link",
			"calling Claude on Vertex from my notebook:\n[API Error: [{\"error\":{\"code\":429,\"message\":\"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.\",\"status\":\"RESOURCE_EXHAUSTED\"}}]]",
			RateLimit, "vertex", ""},
	})
}

// TestProviderErrorTypeField: a proxy's log record that keeps the
// upstream's error type in a field ('error_type': '…') beside the URL it
// called names the API that answered; code testing such a field is no
// error at all.
func TestProviderErrorTypeField(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"proxy's error context with the api's type and url",
			"12:01:07 ERROR upstream call failed: UpstreamHttpError(status_code=429, context={'url': 'https://api.anthropic.com/v1/messages', 'status_code': 429, 'error_type': 'rate_limit_error', 'error_message': 'Number of request tokens has exceeded your per-minute rate limit'})",
			RateLimit, "anthropic", ""},
		{"code reading the field",
			"def should_retry(rec):\n    return rec.get('error_type') == 'overloaded_error'\n",
			None, "", ""},
	})
}

// TestProviderBalanceWording: "Insufficient Balance" (DeepSeek's 402
// reason, relays') is no wording of the Claude API, whose own 402 is a
// billing_error in its envelope and whose balance message is "Your credit
// balance is too low".
func TestProviderBalanceWording(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"a 402 with the balance reason alone",
			"first run of the day and the agent stops with:\nError: 402 Insufficient Balance",
			Billing, "gateway", ""},
		{"the api's own 402",
			`API Error: 402 {"type":"error","error":{"type":"billing_error","message":"Your payment method was declined."}}`,
			Billing, "anthropic", ""},
		{"the api's low credit balance",
			`API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."}}`,
			Billing, "anthropic", ""},
	})
}

// TestProviderBedrockBeta: Bedrock's "invalid beta flag" names Bedrock
// through any relay's class around it; the Claude API's own refusal of a
// beta does not.
func TestProviderBedrockBeta(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"a proxy's class around bedrock's bare body",
			"after upgrading the agent every call through our proxy fails:\nlitellm.BadRequestError: {\"message\":\"invalid beta flag\"}",
			InvalidRequest, "bedrock", ""},
		{"the api's refusal of an unknown beta",
			`API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Unexpected value(s) ` + "`foo-2099-01-01`" + ` for the ` + "`anthropic-beta`" + ` header. Please consult our documentation at docs.claude.com or try again without the header."}}`,
			InvalidRequest, "anthropic", ""},
	})
}
