package apierror

// claude.ai's web app answers its own API (claude.ai/api/organizations/…/
// chat_conversations/…/completion, the older claude.ai/api/append_message),
// which unofficial clients call with the browser's session cookie
// (sessionKey=sk-ant-sid…) in place of an API key. Anthropic answers
// there, in the API's error types, but its bodies carry a string code the
// Claude API never writes ({"error":{"type":"permission_error","message":
// "Invalid model","code":"model_not_allowed"}}, Nov 2023–Jan 2024). Sources:
// the clients' code (st1vms/unofficial-claude-api claude_api/client.py,
// KoushikNavuluri/Claude-API, chatgpt-on-wechat bot/claude/claude_ai_bot.py)
// and their issues; testdata/vocab/claudeai-web.txt lists them.
func claudeAIWebEntries() []*entry {
	return []*entry{
		// The web API's paths, the session cookie that authenticates there,
		// and the settings that hold that cookie in the clients that call it
		// (chatgpt-on-wechat's claude_api_cookie, the CLAUDE_COOKIE and
		// CLAUDE_SESSION_KEY variables of others): requests go to claude.ai.
		{id: "claudeai-web-endpoint", provider: "anthropic", serves: true, ownCode: true,
			endpoint: []string{"sessionKey=sk-ant-sid", "claude_api_cookie", "CLAUDE_COOKIE", "CLAUDE_SESSION_KEY"},
			upstream: []string{"claude.ai/api/organizations", "claude.ai/api/append_message", "claude.ai/api/retry_message"}},
		// The web API refuses a missing or stale session cookie with its
		// permission_error type ("Not authenticated", "Invalid authorization",
		// which chatgpt-on-wechat reads as "check cookie please"): the
		// credential failed, whatever the type says.
		{id: "claudeai-web-session", cat: Authentication, tier: tierCredentials,
			any: []string{`"message":"Not authenticated"`, `'message':'Not authenticated'`, `"message":"Invalid authorization"`, `'message':'Invalid authorization'`}},
		// The web app's message limit: 429 with the limit's own JSON in the
		// message ({"type":"exceeded_limit","resetsAt":<epoch>}), which
		// clewdr (src/error.rs, check_claude) reads as the account spent
		// until resetsAt — the Claude plan's usage, not a short rate limit.
		{id: "claudeai-web-message-limit", cat: UsageLimit, tier: tierUsage, provider: "anthropic",
			all: []string{"exceeded_limit", "resetsAt"}},
		// claude.ai's and claude.com's page for a caller outside the supported
		// countries (claude.com/app-unavailable-in-region, titled "App
		// unavailable"; Claude in Slack shows the same sentence): Anthropic
		// refuses by the caller's location, a permission refusal like the
		// API's unsupported_country_region_territory, whatever the client.
		{id: "claudeai-region", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "anthropic",
			any: []string{"Claude is only available in certain regions", "app-unavailable-in-region", "APP UNAVAILABLE IN REGION"}},
	}
}
