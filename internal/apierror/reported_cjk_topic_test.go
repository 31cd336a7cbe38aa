package apierror

import "testing"

// TestCJKErrorAsTopic: an article or guide that names a status error as
// what it explains (its countermeasures, fix, avoidance, why it happens)
// tells of no error met; a report's own sentence about the same status
// still does.
func TestCJKErrorAsTopic(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Category
	}{
		{"Japanese, countermeasures", "本番環境でのレート制限(HTTP 429エラー)への対策をまとめました。", None},
		{"Japanese, why", "なぜレート制限(HTTP 429エラー)は起きるのか、仕組みから説明します", None},
		{"Chinese, the fix", "Claude 接口限流(HTTP 429 错误)的解决方法和重试策略", None},
		{"Chinese, why", "为什么会出现服务器错误(HTTP 500 错误)？本文从网关日志说起", None},
		{"Korean, how to fix", "Claude API 속도 제한(HTTP 429 에러)의 해결 방법을 정리했습니다", None},
		{"Japanese report still told", "私の環境では今朝から Claude Code で429エラーが表示されます", RateLimit},
		{"Chinese report still told", "接口一直返回429错误，换了 key 也一样", RateLimit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
				t.Errorf("category %s, want %s (%s)", d.Category, tc.want, d.Summary)
			}
		})
	}
}
