package apierror

import "testing"

// TestMeTooReply: a reply that opens by agreeing and names another failure
// in a few words is another reader's; the printed error is the paste's.
func TestMeTooReply(t *testing.T) {
	printed := "Every prompt fails since this morning:\n\n`API Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}`\n\n"
	tests := []struct {
		name string
		text string
		want want
	}{
		{"a me-too naming billing under a printed 401", printed + "Same here, now it says credit balance is too low",
			want{cat: Authentication, status: 401, retry: false, api: true, provider: "anthropic"}},
		{"a +1 naming a usage limit under a printed 401", printed + "+1 got usage limit reached",
			want{cat: Authentication, status: 401, retry: false, api: true, provider: "anthropic"}},
		{"a Chinese me-too naming billing under a printed 401", printed + "同样的问题，我这边显示 credit balance is too low",
			want{cat: Authentication, status: 401, retry: false, api: true, provider: "anthropic"}},
		// Alone, the reply still says what its writer met.
		{"the me-too alone is still read", "same, showing credit balance is too low",
			want{cat: Billing, retry: false, api: true}},
		// A reply that prints its own error is an error shown like any other.
		{"a me-too that prints its own error", printed + "Same here but mine is `API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}`",
			want{cat: Overloaded, status: 529, retry: true, api: true, provider: "anthropic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
