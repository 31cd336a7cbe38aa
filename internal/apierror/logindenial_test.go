package apierror

import "testing"

// TestLoginHintBeforeVertexDenial: Claude Code's "Please run /login" stands
// before every 401 and 403; Google's PERMISSION_DENIED body (a caller it
// identified) decides permission, UNAUTHENTICATED authentication.
func TestLoginHintBeforeVertexDenial(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{"an IAM role missing on the project", "  Sonnet 4.5 · Google Vertex AI\n\n> fix the failing test\n\n⏺ Please run /login · API Error: 403 [{\"error\":{\"code\":403,\"message\":\"Permission 'aiplatform.endpoints.predict' denied on resource\n  '//aiplatform.googleapis.com/projects/acme-ml/locations/europe-west1/publishers/anthropic/models/claude-sonnet-4-5'.\",\"status\":\"PERMISSION_DENIED\"}}]",
			want{cat: Permission, status: 403, retry: false, api: true, provider: "vertex"}},
		{"expired application-default credentials", "⏺ Please run /login · API Error: 401 [{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}]",
			want{cat: Authentication, status: 401, retry: false, api: true, provider: "vertex"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
