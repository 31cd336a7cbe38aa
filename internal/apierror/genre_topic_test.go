package apierror

import "testing"

// TestNamedAsTopic: prose that quotes a strong wording as a topic (what a
// change handles, a message's wording, what a relay should return, what
// users often see) names no failure met; a report of the same wording, in
// the first person or telling that it keeps happening, still is one.
func TestNamedAsTopic(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a change's errors", "Add retry for `Rate limit exceeded after max retries` errors in the worker.", None},
		{"a case to handle", "Handle the `LLM request timed out` case gracefully instead of crashing the agent loop.", None},
		{"a message's wording", "The `Missing Authorization header` message is confusing; it should say which header the relay expects.", None},
		{"what a relay should return", "The relay should return `Missing or invalid Authorization header` with a WWW-Authenticate header, as RFC 6750 says.", None},
		{"what users often see", "Users on corporate networks often see `Connection error.` because the proxy blocks streaming responses.", None},
		{"advice to a reader", "If you see `Request timed out` on long prompts, raise API_TIMEOUT_MS before retrying.", None},
		// Controls.
		{"a report told to a generic you", "Every few minutes you get `Connection error.` in the terminal and the session stops.", Network},
		{"the writer's errors", "I keep getting `Missing Authorization header` errors from the proxy.", Authentication},
		{"errors going on", "Getting `Request timed out` errors on every call since the update.", Timeout},
		{"a report's title", "Intermittent `Request timed out` errors on long prompts with the new model.", Timeout},
	})
}
