package apierror

import "testing"

// The API's error object printed as "type: message" is the error it names;
// a sentence or a list naming the type is not.
func TestPrintedType(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cat        Category
	}{
		{"a chat app's stream error in its server log", `worker-2 | [chat] upstream stream ended early
worker-2 | [chat] provider said: overloaded_error: Overloaded
worker-2 | [chat] giving up after 1 attempt`, Overloaded},
		{"an agent's retry notice after a status", `retrying request (2/3) after 529 overloaded_error: Overloaded`, Overloaded},
		{"a rate limit printed after a label", `Chat failed: rate_limit_error: This request would exceed the rate limit for your organization of 50,000 input tokens per minute.`, RateLimit},
		// Controls.
		{"a design note naming the type", `Our handler treats the stream's overloaded_error as retryable; when the API returns overloaded_error: we back off and try again.`, None},
		{"a docs list of types", "Error types:\n- `rate_limit_error`: Your account has hit a rate limit.\n- `overloaded_error`: The API is temporarily overloaded.", None},
	} {
		if d := Diagnose(tc.text, Options{}); d.Category != tc.cat {
			t.Errorf("%s: got %s, want %s", tc.name, d.Category, tc.cat)
		}
	}
}
