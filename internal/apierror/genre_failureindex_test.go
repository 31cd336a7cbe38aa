package apierror

import "testing"

// TestFailureIndexPage: an error page that heads its sections "The fix" and
// "How to prevent it" (failure indexes, error databases) explains a failure
// it quotes, whatever the strength of the quoted wording; a report that only
// says what fixed it, or introduces its paste with "The error", still
// reports a failure.
func TestFailureIndexPage(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a failure-index page", "Agent request times out\nThe error\nRequest timed out\nhttpx.ReadTimeout\nWhy it happens\nThe model took longer than the client's timeout.\nThe fix\nRaise the timeout or stream the response.\nHow to prevent it\nSet the timeout from the latency you measure.", None},
		{"a report with its fix", "The error:\nAPI Error: Request timed out\n\nThe fix: none yet, it happens on every long prompt.", Timeout},
		{"a report introducing its paste", "The error\nhttpx.ReadTimeout: The read operation timed out\nI get it on every call since this morning.", Timeout},
	})
}
