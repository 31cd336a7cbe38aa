package apierror

import "testing"

// claude.ai's web API, called by clients with the browser's session cookie:
// Anthropic answered, even in the bodies with a string code the Claude API
// never writes; a relay's own body of that shape stays the relay's.
func TestClaudeAIWebAPI(t *testing.T) {
	for _, tc := range []struct {
		name, text, provider string
		cat                  Category
	}{
		{"a Python client's completion refused for its model", `Traceback (most recent call last):
  File "/home/me/bot/main.py", line 58, in ask
    raise RuntimeError(f"{r.status_code} {r.text}")
RuntimeError: 403 {"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}
  (request: POST https://claude.ai/api/organizations/7d1e4a52-0c3b-4f6e-9a8d-2b5c6e7f8a90/chat_conversations/31f0c2de-8b7a-4c69-a5e4-d3c2b1a09f8e/completion)
`, "anthropic", Permission},
		{"a bot whose cookie setting names the web app", `settings: model=claude, claude_api_cookie=<copied from the browser>
2024-01-09 10:12:40 ERROR chat failed: status=403 body={"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}
`, "anthropic", Permission},
		{"a stale session cookie", `$ curl -s -H 'Cookie: sessionKey=sk-ant-sid01-REDACTED' https://claude.ai/api/organizations -w ' %{http_code}'
{"error":{"type":"permission_error","message":"Invalid authorization"}} 403
`, "anthropic", Authentication},
		{"the web app's message limit, reset time and all", `2024-03-02 21:14:07 WARN claude.ai refused the message: 429 {"type":"error","error":{"type":"rate_limit_error","message":"{\"type\":\"exceeded_limit\",\"resetsAt\":1709438400}"}}
  at POST https://claude.ai/api/organizations/7d1e4a52-0c3b-4f6e-9a8d-2b5c6e7f8a90/chat_conversations/31f0c2de-8b7a-4c69-a5e4-d3c2b1a09f8e/completion
`, "anthropic", UsageLimit},
		// Controls: the same body from a relay, with nothing of the web
		// API in the paste, and with only claude.ai named as the login.
		{"a relay's own model refusal", `export ANTHROPIC_BASE_URL=https://api.relay.example.com
> hello
  ⎿  API Error: 403 {"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}
`, "gateway", Permission},
		{"a relay's refusal beside a claude.ai login", `I log in with my claude.ai account at home; at work we go through the company relay.
  ⎿  API Error: 403 {"error":{"type":"permission_error","message":"Invalid model","code":"model_not_allowed"}}
`, "gateway", Permission},
	} {
		d := Diagnose(tc.text, Options{})
		if d.Category != tc.cat || str(d.Provider) != tc.provider {
			t.Errorf("%s: got %s, provider %s; want %s, %s", tc.name, d.Category, str(d.Provider), tc.cat, tc.provider)
		}
	}
	// The limit's reset time is the resetsAt it carries (epoch seconds).
	d := Diagnose(`429 {"type":"error","error":{"type":"rate_limit_error","message":"{\"type\":\"exceeded_limit\",\"resetsAt\":1709438400}"}} from https://claude.ai/api/organizations/x/chat_conversations/y/completion`, Options{})
	if str(d.ResetsAt) != "2024-03-03T04:00:00Z" {
		t.Errorf("message limit resets at %s, want 2024-03-03T04:00:00Z", str(d.ResetsAt))
	}
	// Docs and READMEs of those clients name the paths, the cookie and the
	// settings, with no error.
	for _, text := range []string{
		`## Setup
1. Log in at https://claude.ai and copy the sessionKey cookie (sessionKey=sk-ant-sid01-…).
2. Put it in config.json as "claude_api_cookie", or export CLAUDE_COOKIE.
3. The bot creates a conversation with POST https://claude.ai/api/organizations/{org}/chat_conversations and streams replies from .../completion.
`,
		"if (d.error?.type === \"exceeded_limit\") {\n  const ra = d.error.resetsAt; // claude.ai's message limit: wait until then\n  throw new RateLimitError(ra);\n}\n",
		`CLAUDE_SESSION_KEY=sk-ant-sid01-...  # from claude.ai's browser cookies; the monitor reads claude.ai/api/organizations/{org}/usage every minute`,
	} {
		if d := Diagnose(text, Options{}); d.Category != None {
			t.Errorf("setup text diagnosed as %s: %q", d.Category, text)
		}
	}
}
