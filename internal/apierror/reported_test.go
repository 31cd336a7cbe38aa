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
