package apierror

import "testing"

// TestToldAbout: the writer's own sentence beside a printed error is talk
// about it, not a second error; alone, it is still read.
func TestToldAbout(t *testing.T) {
	body := `[relay] upstream request failed (status=503): {"error":{"code":503,"message":"No capacity available for model gemini-3-pro on the server","status":"UNAVAILABLE","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"MODEL_CAPACITY_EXHAUSTED","domain":"cloudcode-pa.googleapis.com"}]}}`
	tests := []struct {
		name string
		text string
		want want
	}{
		{"Chinese sentence ruling quota out after the body", body + "\n\n我的账号是付费会员，应该不是额度不够的原因，其他模型一切正常",
			want{cat: Overloaded, status: 503, retry: true, api: true, provider: "gemini"}},
		{"English sentence ruling credits out after the body", body + "\n\nI topped up yesterday so this cannot be an insufficient_user_quota problem on my side at all.",
			want{cat: Overloaded, status: 503, retry: true, api: true, provider: "gemini"}},
		{"the sentence alone is still read", "我的账号是付费会员，应该不是额度不够的原因，其他模型一切正常",
			want{cat: Billing, retry: false, api: true, provider: "gateway"}},
		{"a relay's printed message after the body is not a sentence", body + "\nError: 用户额度不足",
			want{cat: Billing, retry: false, api: true, provider: "gateway"}},
		// Claude Code's own notice, shaped like a sentence, above the /bug
		// errors log of the same failure: the notice is the error met, and
		// the log gives it its status and request id.
		{"a notice above the log of its failure is no retelling", "There's an issue with the selected model (claude-sonnet-4-5). It may not exist or you may not have access to it. Run /model to pick a different model.\n\n**Errors**\n```json\n" +
			`[{"error":"Error: 404 {\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: claude-sonnet-4-5\"},\"request_id\":\"req_011CWqd3pZ8eN4rXUbc7yT2A\"}\n    at generate (file:///cli.js:11:50832)","timestamp":"2026-11-30T11:53:50.177Z"}]` + "\n```",
			want{cat: NotFound, status: 404, retry: false, api: true, requestID: "req_011CWqd3pZ8eN4rXUbc7yT2A", provider: "anthropic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
