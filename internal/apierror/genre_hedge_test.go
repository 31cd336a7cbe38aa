package apierror

import "testing"

// TestLooksLikeThisHedge: "… looks like this:" introduces a sample error
// (documentation's voice); "Looks like this has to do with …" is a
// reporter's guess about the failure they just pasted.
func TestLooksLikeThisHedge(t *testing.T) {
	const retried = "AI_RetryError: Failed after 3 attempts. Last error: This request would exceed the rate limit for your organization (4f1c0a2e-0000-4000-8000-000000000000) of 50,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits."
	checkGenreCases(t, []genreCase{
		{"a report with the reporter's hedge",
			"Chat stops after a long prompt:\n\n" + retried + "\n\nLooks like this is tied to the usage tier of the org.", RateLimit},
		{"a hedge in a report's title line",
			"Seems like this happens on every big file\n\n" + retried, RateLimit},
		{"a guide showing the sample",
			"When the per-minute budget runs out, the error looks like this:\n\n" + retried + "\n\nWait a minute or ask for a higher tier.", None},
		{"a guide with the sample on the next line",
			"A throttled call's error looks like this\n" + retried + "\nThe SDK already retried it.", None},
	})
}
