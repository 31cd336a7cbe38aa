package apierror

import "testing"

// TestExpectedAnswers: a test scenario or a specification shows the error
// bodies it expects under "Expected response"; a report shows what it got
// under "Actual", or anywhere outside such a heading.
func TestExpectedAnswers(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a relay's test scenario", "# Requests over the limit are refused\n\n## Request\n\n```http\nPOST /v1/messages HTTP/1.1\nx-api-key: test\n```\n\n## Expected response\n\n```json\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}\n```", None},
		{"a test scenario pasted with its last line break", "## Expected response\n\n```json\n{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\n```\n", None},
		{"a spec's expected output", "Expected output:\n\nAPI Error: 401 {\"error\":\"Missing or invalid Authorization header\"}", None},
		// Controls.
		{"a report's actual result", "### Expected result\nThe relay answers.\n\n### Actual result\nAPI Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}", RateLimit},
		{"a report's expected behavior", "**Expected behavior:**\nNo error.\n\nAPI Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", Overloaded},
		{"an error under its own label after the expectation", "Expected response:\nthe summary of the file\n\nGot instead:\nAPI Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", ServerError},
	})
}
