package apierror

import "testing"

// TestEventStreamFrameStatus: an AWS event-stream frame printed by a Bedrock
// stream decoder carries botocore's status_code 400 for any exception; the
// stream was answered 200, so no HTTP status is reported and the exception
// type decides. A status outside such a frame stays.
func TestEventStreamFrameStatus(t *testing.T) {
	frame := func(kind string) string {
		return "Streaming failed: Bad response code, expected 200: {'status_code': 400, 'headers': {':message-type': 'exception', ':exception-type': '" +
			kind + "', ':content-type': 'application/json'}, 'body': b'{\"message\":\"boom\"}'}"
	}
	cases := []struct {
		name   string
		text   string
		cat    Category
		status int
	}{
		{"internal fault in the stream", frame("internalServerException"), ServerError, 0},
		{"throttled in the stream", frame("throttlingException"), RateLimit, 0},
		{"stream error from the model", frame("modelStreamErrorException"), ServerError, 0},
		{"unavailable in the stream", frame("serviceUnavailableException"), Overloaded, 0},
		// Controls: the HTTP answer's own status stays.
		{"a ValidationException answered 400", "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: Input validation failed. HTTP status 400", InvalidRequest, 400},
		{"an overloaded 529 with a status_code field", `Error: {'status_code': 529, 'body': {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}}`, Overloaded, 529},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Diagnose(tc.text, Options{})
			if d.Category != tc.cat {
				t.Errorf("category %s, want %s", d.Category, tc.cat)
			}
			got := 0
			if d.HTTPStatus != nil {
				got = *d.HTTPStatus
			}
			if got != tc.status {
				t.Errorf("http_status %d, want %d", got, tc.status)
			}
		})
	}
}

// TestFailedAttemptShown: a client's log line counting a failed call with
// numbers ("API call failed (attempt 1/3)") is printed output, so a report
// laid out in sections around it stays an error; the code that prints it
// (placeholders) and a request for a retry notice do not.
func TestFailedAttemptShown(t *testing.T) {
	const log = "```\nAPI call failed (attempt 1/3): ValueError\n  Error: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException', ':message-type': 'exception'}, 'body': b'{\"message\":\"Too many requests, please wait before trying again.\"}'}\n```\n"
	checkGenreCases(t, []genreCase{
		{"a report in sections with its log",
			"## Summary\n\nTurns abort on the first stream fault.\n\n## Error\n\n" + log + "\n## Root cause\n\nThe decoder raises a bare ValueError.", RateLimit},
		{"a design note with the printing code",
			"## Summary\n\nLog each failed call.\n\n## Proposed\n\n```python\nlog.warning(f\"API call failed (attempt {n}/{max_tries}): {exc}\")\n# e.g. a frame with ':exception-type': 'throttlingException' (ThrottlingException)\n```\n", None},
		{"a feature request for a retry notice",
			"## Summary\n\nWhen Bedrock answers ThrottlingException the app should show \"retrying (attempt 2/5)\" instead of failing.\n\n## Proposed solution\n\nRetry with backoff.", None},
	})
}
