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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
