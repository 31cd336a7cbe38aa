package apierror

import "testing"

// TestRelayStreamCutExplainsConnectionClosed: a relay that closes its
// stream with no terminal event (no message_stop) makes Claude Code print
// a connection closed mid-response; a paste that shows both is the relay's
// failure, the notice alone is still a dropped connection, and a change
// that fixes the relay's stream is none.
func TestRelayStreamCutExplainsConnectionClosed(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Category
	}{
		{"the relay's cut explains the notice", "Since switching to the team's proxy every long answer breaks off. The proxy closes the SSE stream with no terminal event (message_stop never arrives), and Claude Code then prints:\n\n  ⎿  API Error: Connection closed mid-response. The response above may be incomplete.", GatewayError},
		{"the notice alone", "  ⎿  API Error: Connection closed mid-response. The response above may be incomplete.", Network},
		{"a fix to the relay is no failure", "fix(executor): synthesize message_stop when the upstream closes without a terminal event\n\nCloses #812", None},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
				t.Errorf("category %s, want %s (%s)", d.Category, tc.want, d.Summary)
			}
		})
	}
}
