package apierror

import "testing"

// TestCategoryClasses holds hand-written cases, in our own wording, for
// classes of errors found missing by the blind folders: each class with a
// control where its rule could over-fire.
func TestCategoryClasses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		// A status the report names with a CJK word for a failure right
		// after it ("503异常", "429 에러").
		{"a 503 called an exception in Chinese",
			"调用时偶尔出现503异常：\n```\n{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"upstream unavailable\"}}\n```",
			want{cat: ServerError, status: 503, retry: true, api: true}},
		{"a Korean report of a 529 called an error",
			"Claude Code 사용 중 529 에러가 납니다\nAPI Error: Overloaded",
			want{cat: Overloaded, status: 529, retry: true, api: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
