package apierror

import "testing"

// TestReportedType: a bug report that states, in a sentence, the API's
// error type a request got back (https://docs.claude.com/en/api/errors)
// shows that error; documentation, feature requests and pull requests that
// name a type in the same words stay none.
func TestReportedType(t *testing.T) {
	tests := []struct {
		name, text string
		cat        Category
		provider   string // "": not checked
	}{
		{"bug template, rate limit", "### Describe the bug\nEvery request through our proxy returns `rate_limit_error`, even at two requests a minute.\n\n### Environment\n- Claude Code 2.1.300",
			RateLimit, ""},
		{"first person, overloaded", "I keep getting overloaded_error from the API since this morning; every request fails with overloaded_error.",
			Overloaded, ""},
		{"bug title, Vertex not found", "[Bug] Vertex: Sonnet 4.5 returns not_found_error in the global region\n\nSame project works in us-east5.",
			NotFound, "vertex"},
		{"issue form, authentication", "### What happened?\n\nThe Agent SDK query fails with an authentication_error although ANTHROPIC_API_KEY is set and valid.",
			Authentication, ""},
		{"Chinese account", "我一直返回 overloaded_error，换了模型也一样。", Overloaded, ""},
		{"Chinese title, the subject left out", "通过本地代理调用 Sonnet 时显示overloaded_error，过几分钟又正常", Overloaded, ""},
		{"Chinese, prompted with the type", "接入 OAuth 账号后调用提示 authentication_error，重新登录也不行", Authentication, ""},
		{"bug template, a verb with its with", "### Describe the bug\nEvery request through the relay fails with overloaded_error since noon.\n\n### Environment\n- Claude Code 2.1.300", Overloaded, ""},
		{"the writer's own body quoted inline", "I point the agent at our proxy and get `{\"type\":\"rate_limit_error\",\"message\":\"Rate limited\"}` on every single request today.", RateLimit, ""},
		{"a body quoted inline for a reader", "If you get `{\"type\":\"rate_limit_error\",\"message\":\"Rate limited\"}` on a request, wait a minute and send it again.", None, ""},
		{"a body quoted inline as what the API returns", "When it is busy the API returns `{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}` and clients should retry.", None, ""},
		{"Japanese report, the verb after the type", "Claude Code から呼ぶと毎回 overloaded_error が返ってきます。昨日までは動いていました。", Overloaded, ""},
		{"Korean report, the verb after the type", "프록시를 거치면 계속 rate_limit_error가 발생합니다. 직접 연결하면 괜찮아요.", RateLimit, ""},
		{"Japanese advice: a condition after the type", "overloaded_error が発生した場合は、時間をおいて再試行してください。", None, ""},
		{"Korean advice: a conditional verb", "rate_limit_error가 발생하면 잠시 기다린 뒤 다시 시도하세요.", None, ""},
		{"Chinese advice: a condition", "如果提示 rate_limit_error，请降低并发后重试", None, ""},
		{"Chinese advice: when", "接口显示 overloaded_error 时，客户端会自动重试", None, ""},

		{"documentation sentence", "If the API returns `overloaded_error`, Claude Code retries with backoff.", None, ""},
		{"reference sentence", "The Messages API returns `invalid_request_error` when the request body is malformed or a parameter is missing.", None, ""},
		{"feature request", "Feature request: show a clearer message when Bedrock returns permission_error", None, ""},
		{"pull request", "## Summary\nWait for retry-after when the API returns `rate_limit_error` instead of failing at once.\n\n## Test plan\n- unit tests for the retry loop", None, ""},
		{"not an API type", "### Describe the bug\nThe build returns a value_error from pydantic when the config has a typo.", None, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diagnose(tt.text, Options{})
			if d.Category != tt.cat {
				t.Errorf("category = %s, want %s (%s)", d.Category, tt.cat, d.Summary)
			}
			if tt.provider != "" && (d.Provider == nil || *d.Provider != tt.provider) {
				t.Errorf("provider = %v, want %s", d.Provider, tt.provider)
			}
		})
	}
}

// TestSaidStatus: a report that gives its status as "NNN error" next to the
// endpoint it set up (or as a told failure) shows that status's failure,
// answered by whatever the endpoint URL points at; advice, changes, plurals
// and sentences to a reader stay none.
func TestSaidStatus(t *testing.T) {
	tests := []struct {
		name, text string
		cat        Category
		status     int
		provider   string // "": not checked; "-": must be unset
	}{
		{"local relay, 502", "Claude Code with ANTHROPIC_BASE_URL=http://localhost:3456 gives a 502 error on every prompt", GatewayError, 502, "gateway"},
		{"relay host, 401", "Cline custom base URL https://relay.example.com/v1 → 401 error", Authentication, 401, "gateway"},
		{"told, 529", "### Describe the bug\nSince this morning every request ends in a 529 error.", Overloaded, 529, ""},
		// Answered by what the URL points at: the Claude API's own host.
		{"Anthropic's own host", "Calling https://api.anthropic.com/v1/messages directly: 403 Error", Permission, 403, "anthropic"},
		{"Anthropic's host and a relay's", "Calling https://api.anthropic.com/v1/messages works, https://relay.example.com/v1/messages gives a 403 Error", Permission, 403, "-"},

		{"advice", "If you get a 404 error, make sure the base URL ends with /v1, e.g. http://localhost:8045/v1.", None, 0, ""},
		{"error page", "Fix 404 error page styling on https://example.com/v1/docs", None, 0, ""},
		{"documentation", "The relay returns a 404 error when a model is not configured: https://relay.example.com/v1/models", None, 0, ""},
		{"plural", "This change retries 429 errors from http://localhost:8080/v1 with backoff.", None, 0, ""},
		{"may", "Our gateway at https://gw.example.com/v1 can return a 503 error during deploys.", None, 0, ""},
		{"no endpoint, not told", "Opencode shows 404 error", None, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diagnose(tt.text, Options{})
			if d.Category != tt.cat {
				t.Errorf("category = %s, want %s (%s)", d.Category, tt.cat, d.Summary)
			}
			if got := 0; d.HTTPStatus != nil && *d.HTTPStatus != tt.status || d.HTTPStatus == nil && tt.status != got {
				t.Errorf("http_status = %v, want %d", d.HTTPStatus, tt.status)
			}
			switch {
			case tt.provider == "-" && d.Provider != nil:
				t.Errorf("provider = %s, want none", *d.Provider)
			case tt.provider != "" && tt.provider != "-" && (d.Provider == nil || *d.Provider != tt.provider):
				t.Errorf("provider = %v, want %s", d.Provider, tt.provider)
			}
		})
	}
}
