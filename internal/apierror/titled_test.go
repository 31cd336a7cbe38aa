package apierror

import "testing"

// TestTitledBy: an issue's title that quotes one of the errors shown names
// the one the user is stuck on; otherwise the last one shown is.
func TestTitledBy(t *testing.T) {
	first := "```\nanthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'temperature: range: 0..1'}}\n```\n"
	update := "\nUpdate: with the other model the relay log now shows\n\n```\n[relay] upstream failed: HTTP 503 {\"error\":{\"message\":\"no available channel for model claude-opus\",\"type\":\"new_api_error\"}}\n```\n"
	tests := []struct {
		name string
		text string
		want want
	}{
		{"the title quotes the first error", "Bedrock relay: temperature: range: 0..1\n\nMy script fails at once:\n\n" + first + update,
			want{cat: InvalidRequest, status: 400, retry: false, api: true, provider: "anthropic"}},
		{"a tracker's tag and a full-width colon before the quoted message", "[Bug] 中转站：temperature: range: 0..1\n\nMy script fails at once:\n\n" + first + update,
			want{cat: InvalidRequest, status: 400, retry: false, api: true, provider: "anthropic"}},
		{"a title that quotes nothing printed", "Script stopped working after the upgrade\n\nMy script fails at once:\n\n" + first + update,
			want{cat: GatewayError, status: 503, retry: true, api: true, provider: "gateway"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
