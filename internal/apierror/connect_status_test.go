package apierror

import "testing"

// TestAnsweredBeforeConnect: an app's "Could not connect to Anthropic"
// logged right after the status its call got is an answer, decided by that
// status; alone, or after a line with no status, it is a connection failure.
func TestAnsweredBeforeConnect(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"status logged on the line above",
			"2026-03-01 09:00:01 ERROR [plugin.setup] Validation request failed with status: 401\n2026-03-01 09:00:01 ERROR [plugin.setup] Could not connect to Anthropic server.", Authentication},
		{"notice alone",
			"2026-03-01 09:00:01 ERROR [plugin.setup] Could not connect to Anthropic server.", Network},
		{"line above without a status",
			"2026-03-01 09:00:01 ERROR [plugin.setup] Validation request failed after 400 ms\n2026-03-01 09:00:01 ERROR [plugin.setup] Could not connect to Anthropic server.", Network},
	})
	d := Diagnose("ERROR Validation request failed with status: 503\nERROR Could not connect to Anthropic server.", Options{})
	if d.Category != ServerError || !d.Retryable || d.Provider == nil || *d.Provider != "anthropic" {
		t.Errorf("503 above the notice: category %s retryable %v, want server_error, retryable", d.Category, d.Retryable)
	}
}
