package apierror

import "testing"

// TestReasonedAboutIsNotMet: a reply that guesses at the cause of the
// error shown, or explains when a message appears, names a failure nobody
// printed; the error shown is the diagnosis. A line that prints the error
// itself, a first-person account and a guess with nothing else shown keep
// their reading.
func TestReasonedAboutIsNotMet(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       Category
		status     int
	}{
		{"a guess at the context window after a bare 400",
			"After a few hours with the agent I get the following error:\n```\nERROR agent::loop: upstream call failed: HTTP 400 Bad Request\n```\n\nmaintainer · comment\n" +
				"Thanks for the logs. I wonder if you're hitting the context window limit after such a long session and the proxy reports it as a plain 400.",
			InvalidRequest, 400},
		{"a guess in markdown emphasis",
			"Error: Request failed with status: 400 Bad Request\n\nreply:\nHmm, i *wonder* if the prompt is too long by then and the router drops the body.",
			InvalidRequest, 400},
		{"when a notice appears, explained after it",
			"Request too large (max 32MB). Double press esc to go back and try with a smaller file.\n\n" +
				"This error is shown when the conversation exceeds the context window of the model, so try a model with a larger window.",
			RequestTooLarge, 0},
		{"a reply saying the overload is expected behaviour",
			"API Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}\n\n" +
				"The message is expected behaviour when the servers are overloaded and the prompt is too long for the queue, nothing to fix on your side.",
			RateLimit, 429},
		// Controls.
		{"the error printed after a colon in a sentence stays",
			"API Error: 400\nThe error appears when I attach a big PDF: Prompt is too long: 215000 tokens > 200000 maximum",
			ContextTooLong, 400},
		{"a first-person account stays",
			"Error: 503 Service Unavailable\nI keep getting prompt is too long errors, and the error appears when the session is long.",
			ContextTooLong, 0},
		// Alone, the guess is left to the rest of the reading (here: prose
		// about an error, no failure shown).
		{"a guess with nothing else shown is not this rule's call",
			"Claude Code stops answering after an hour. I wonder if you're hitting the context window limit (prompt is too long) there.",
			None, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != c.want {
				t.Errorf("category %s, want %s", d.Category, c.want)
			}
			if c.status != 0 && (d.HTTPStatus == nil || *d.HTTPStatus != c.status) {
				t.Errorf("http_status %v, want %d", d.HTTPStatus, c.status)
			}
		})
	}
}
