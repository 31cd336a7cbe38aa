package apierror

import "testing"

// TestProviderFastAPIDetail: FastAPI answers a request its Pydantic models
// refuse with 422 {"detail":[{"type","loc","msg","input"}]}
// (fastapi/exception_handlers.py, request_validation_exception_handler) and
// an HTTPException with {"detail":"…"}: a Python relay in front of the API
// answered, never the API, whose errors are its {"type":"error",…} envelope.
func TestProviderFastAPIDetail(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"validation list after Claude Code's status",
			`API Error: 422 {"detail":[{"type":"missing","loc":["body","max_tokens"],"msg":"Field required","input":null}]}`,
			InvalidRequest, "gateway", ""},
		{"validation list wrapped by the terminal",
			"API Error: 422 {\"detail\":[{\"type\":\"enum\",\"loc\":[\"body\",\"tools\",0,\"type\"],\"msg\":\"Input should be 'custom' or\n'function'\",\"input\":\"web_search_20250305\"}]}",
			InvalidRequest, "gateway", ""},
		{"httpexception string detail",
			`API Error: 401 {"detail":"Invalid proxy key"}`,
			Authentication, "gateway", ""},
		// Control: the API's own envelope names Anthropic, a "detail" word
		// in its message notwithstanding.
		{"the api's own envelope",
			`API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"messages.0.content: Field required (see detail)"}}`,
			InvalidRequest, "anthropic", ""},
	})
}

// TestProviderOpenRouterPlatform: OpenRouter's metadata.provider_name names
// the platform whose Claude body it carries ("Google" is Vertex, "Amazon
// Bedrock" is Bedrock), also where a client printed the raw body with its
// quotes unescaped.
func TestProviderOpenRouterPlatform(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"vertex, raw unescaped by the client",
			`Request failed: {"message":"Provider returned error","code":400,"metadata":{"raw":"{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}","provider_name":"Google"}}`,
			InvalidRequest, "vertex", ""},
		{"bedrock, python repr",
			`openai.BadRequestError: Error code: 400 - {'error': {'message': 'Provider returned error', 'code': 400, 'metadata': {'raw': '{"type":"error","error":{"type":"invalid_request_error","message":"temperature: Input should be less than or equal to 1"}}', 'provider_name': 'Amazon Bedrock'}}}`,
			InvalidRequest, "bedrock", ""},
		// Control: Google AI Studio is the Gemini API, not Vertex; its
		// own text is OpenRouter's relay of an upstream limit.
		{"google ai studio is not vertex",
			`RateLimitError: Error code: 429 - {'error': {'message': 'Provider returned error', 'code': 429, 'metadata': {'raw': 'google/gemini-2.5-pro is temporarily rate-limited upstream. Please retry shortly.', 'provider_name': 'Google AI Studio'}}}`,
			RateLimit, "gateway", ""},
	})
}
