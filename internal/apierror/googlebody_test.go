package apierror

import "testing"

// TestGoogleBodyLogged: google.rpc.Status's JSON form (a numeric code
// beside its canonical name) logged by a relay, one field a line, is
// Google's answer even without "API Error:" in front; a body with a
// code and a free-text status, and a page describing the shape, are not.
func TestGoogleBodyLogged(t *testing.T) {
	const body = "{\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The service is currently unavailable.\",\n    \"status\": \"UNAVAILABLE\"\n  }\n}"
	checkGenreCases(t, []genreCase{
		{"a relay's warning with the upstream's body", "[WARN] [upstream] Stream error at https://example.googleapis.com: 503 - " + body, ServerError},
		{"a body with a free-text status", "proxy said 503 - {\"error\": {\"code\": 503, \"status\": \"try later\"}}", None},
		{"documentation of the shape", "Errors have the following format:\n\n```json\n" + body + "\n```\n\nRetry UNAVAILABLE with backoff.", None},
	})
}
