package transcript

import (
	"strings"
	"testing"
	"time"
)

func TestTicket(t *testing.T) {
	if Ticket(nil) != "" {
		t.Error("no errors, no ticket")
	}
	at := func(m int) time.Time { return time.Date(2026, 11, 25, 9, m, 0, 0, time.FixedZone("CET", 3600)) }
	got := Ticket([]APIError{
		{Time: at(5), Status: 529, Type: "overloaded_error", RequestID: "req_b", Model: "claude-opus-4-5", Message: "API Error: Repeated 529\n Overloaded errors", Version: "2.1.328"},
		{Time: at(2), Status: 529, Type: "overloaded_error", RequestID: "req_a", Model: "claude-opus-4-5", Version: "2.1.328"},
	})
	for _, want := range []string{
		"Subject: Claude API errors — 2 failed request(s) between 2026-11-25 08:02:00 UTC and 2026-11-25 08:05:00 UTC",
		"Claude Code version: 2.1.328\n",
		"Model: claude-opus-4-5\n",
		"Request IDs: req_b, req_a\n",
		"- 2026-11-25 08:05:00 UTC HTTP 529 overloaded_error request_id=req_b model=claude-opus-4-5\n  API Error: Repeated 529 Overloaded errors\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("ticket lacks %q:\n%s", want, got)
		}
	}
}
