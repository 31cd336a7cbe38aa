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
