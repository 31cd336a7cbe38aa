package apierror

// Local proxies and provider-scheduling relays Claude Code is pointed at,
// beyond the one-api, account-pool and router families: free-claude-code
// (testdata/vocab/freeclaudecode.txt), claude-code-hub (claudecodehub.txt),
// CLIProxyAPI and the apps built on it, OmniRoute, AIClient-2-API
// (localproxies.txt), codex2api and Antigravity-Manager (accountpools.txt),
// Aether (aether.txt). Each picks a provider, account or credential per
// request and fails over; their own failures — none left, the upstream
// timed out, an unknown model — are the gateway's. Phrases are their full
// wording and case, so prose that only mentions a provider or an account
// is not read as a failure.
func proxyEntries() []*entry {
	return []*entry{
		// free-claude-code calls itself FCC (its issue form's "FCC version",
		// its launchers fcc-claude and fcc-server).
		//
		// Wrappers that quote the upstream's own body (Antigravity-Manager's
		// retry exhaustion quotes Google's RESOURCE_EXHAUSTED): the wrapper
		// names who answered, so it outranks the body's provider.
		{id: "proxies-endpoint", provider: "gateway", endpoint: []string{"free-claude-code", "FCC", "claude-code-hub", "cliproxyapi", "omniroute", "aiclient-2-api", "codex2api", "antigravity-manager", "9router"}},
		{id: "proxies-wrapper", provider: "gateway", envRank: 8,
			names: []string{"err_retry_exhausted", "All accounts exhausted."}},
		{id: "proxies-envelope", provider: "gateway", envRank: 34,
			// Only words no classifying entry below uses: a phrase that
			// names a provider never starts an error.
			names: []string{"cch_session_id", `"type":"provider_error"`, `"type":"model_not_supported"`, `"message":"unknown provider for model`, "all_providers_failed", "circuit_breaker_open", "mixed_unavailable", `"limit_type":"`, "[API Service]",
				"account_pool_", "账号池", "upstream_stream_break", "Provider authentication failed. Check API key",
				"Invalid request sent to provider", "所有供应商", "上游服务", "上游资源不存在", "上游请求参数无效", "上游无法处理", "Upstream returned HTTP 200",
				"The provided key does not exist or has been deleted", "Please contact your administrator to re-enable it",
				"Please contact your administrator to renew it", "API 密钥", "未提供认证凭据", "用户账户"}},
		// No provider, account or credential can take the request: every
		// one failed, is rate limited, cooling down or cut off by a circuit
		// breaker. The relay's outage; it outranks the quota and rate-limit
		// words inside it (额度, "rate limited"), which say why.
		{id: "proxies-exhausted", cat: GatewayError, tier: tierRateLimit, strong: true, cased: true, retry: 1, provider: "gateway",
			any: []string{"所有供应商暂时不可用", `"no_available_providers"`, "All providers unavailable (", "All providers circuit breaker open",
				"All providers rate limited (", "No healthy provider found in pool", "no auth available (providers=", `"provider_circuit_open"`,
				"No available account,", `"no_available_account"`, "账号池暂无可用账号", "account_pool_usage_limit_reached", "Account pool quota exhausted",
				"账号池额度已耗尽", "All accounts rate limited", "All accounts exhausted. Last error:", "All accounts limited. Wait",
				"All accounts failed or unhealthy", "All accounts failed after optimistic reset", "所有Provider均不可用", "所有Provider的资源当前不可用",
				"没有可用的 Provider 支持模型",
				// The failover loop's last word in claude-code-hub's early
				// releases and many LLM routers ("All providers failed after
				// N attempts. Last error: fetch failed"): the last error is
				// the relay's upstream, not the user's own connection.
				"All providers failed after"},
			summary: "The relay has no provider, account or credential that can take this request now (each one failed, is rate limited, cooling down or cut off by its circuit breaker): the relay's outage, not Anthropic's. Wait and retry, or tell whoever runs it."},
		// OmniRoute's account selector: every account it pools for the
		// provider is rate limited upstream, or cooling down for the model,
		// until the reset it names (open-sse/services/auth.ts: "<provider> |
		// all N active accounts rate limited (reset after …) | lastErrorCode=…,
		// lastError=…"): the upstream's rate limit, which waiting cures.
		// CLIProxyAPI's 429 model_cooldown is the same state (sdk/cliproxy/
		// auth/selector.go modelCooldownError: every credential for the
		// model cooling down after the upstream's 429, with reset_seconds;
		// OmniRoute's buildModelCooldownBody copies it as rate_limit_error).
		{id: "proxies-accounts-rate-limited", cat: RateLimit, tier: tierRateLimit, strong: true, cased: true, retry: 1, provider: "gateway",
			any:     []string{"active accounts rate limited (", "active accounts cooling down for model", `"code":"model_cooldown"`, "are cooling down via provider"},
			summary: "Every account the router pools for this provider is rate limited by the service behind it (or cooling down for this model): wait for the reset it names, run fewer requests at once, or give the router more accounts."},
		// Every account was tried and the last refused access (a 403 the
		// relay sends as 503): its accounts, not your request.
		{id: "proxies-accounts-refused", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			all:     []string{"err_retry_exhausted", "Last status: 403"},
			summary: "The relay tried each of its accounts and the service behind it refused them all: its accounts need attention, not your request. Tell whoever runs the relay."},
		// The relay's read timeout towards the model API.
		{id: "proxies-upstream-timeout", cat: Timeout, tier: tierStall, strong: true, cased: true, retry: 1, provider: "gateway",
			any: []string{"Provider request timed out", "上游服务响应超时", "Upstream request timeout", `"upstream_timeout"`, "' 请求超时（",
				// free-claude-code's first releases (providers/nvidia_nim.py:
				// httpx's read or connect timeout towards NVIDIA NIM).
				"API Timeout (read): Request exceeded time limit", "API Timeout (connect): Request exceeded time limit"},
			summary: "The relay in front of the API gave up waiting for the model API's answer (its own read timeout): retry, and if it keeps happening ask whoever runs the relay to raise its timeout or use a faster model."},
		// A relay's own deadline for its upstream's first byte or headers
		// (new-api's first-byte timeout, answered 504; other relays' "First
		// byte timeout"; Chinese relays' 首字节超时 / 首包超时, cc-switch's
		// "流式响应首包超时: 90s（上游未返回响应头）"): the relay timed out
		// waiting, not failed. Not strong: configuration pages and design
		// notes name these timeouts too.
		{id: "relay-first-byte-timeout", cat: Timeout, tier: tierStall, retry: 1, provider: "gateway",
			any: []string{"first byte timeout", "first-byte timeout", "first_byte_timeout", "首字节超时", "首包超时", "上游未返回响应头"}},
		// The relay could not get a usable answer from its upstream.
		{id: "proxies-upstream-failed", cat: GatewayError, tier: tierRelay, strong: true, cased: true, provider: "gateway",
			any: []string{"Could not connect to provider.", "Provider request failed.", "Provider request failed unexpectedly.", "Provider is temporarily unavailable. Please retry.",
				"Provider API request failed.",
				"上游服务暂时不可用", "请求上游服务失败", "代理请求发生未知错误", "上游鉴权失败", "上游拒绝了本次请求", "Upstream returned HTTP 200, but",
				"No complete response received from upstream", "Upstream stream ended prematurely", "' 认证失败，请检查API密钥"},
			summary: "The relay in front of the API could not get a usable answer from the service behind it (unreachable, failing, or an error page): the relay's upstream failed, not your request. Retry, or tell whoever runs the relay."},
		// Kiro's (Amazon Q Developer's CodeWhisperer) API rejects the
		// request a relay built from Claude Code's as malformed (HTTP 400,
		// ValidationException, reason REQUEST_BODY_INVALID); kiro2api sends
		// it on as 500 "CodeWhisperer Error: {…}". The same conversation
		// fails the same way until the relay or the history changes. Not
		// strong: the words need an error around them.
		{id: "proxies-upstream-malformed", cat: GatewayError, tier: tierRelay, retry: -1, provider: "gateway",
			any:     []string{"Improperly formed request"},
			summary: "The service behind the relay (Kiro / CodeWhisperer) rejected the request the relay built from yours as malformed: the relay cannot translate something in this conversation. Resending it unchanged fails the same way.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Start a new conversation", "/clear", "Something in this conversation's history (a tool schema, thinking blocks, an image) is what the relay cannot carry; a fresh one usually passes."),
					act("Update the relay or report it to whoever runs it", "", "The relay's translation to its upstream is what fails, not your Anthropic account."),
				}
			}},
		// The upstream's rate limit as the relay words it, and the relay's
		// own per-key request and session windows.
		{id: "proxies-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			any: []string{"上游服务当前限流", "API key rate limit exceeded:", "requests per minute (limit:", "请求频率超限",
				"Concurrent sessions limit exceeded:", "并发 Session 超限", "Too many authentication failures. Please retry later."},
			summary: "A rate limit in the relay (its upstream's, or its own for your key: requests per minute or concurrent sessions): wait and retry, or ask the relay's operator to raise it."},
		// free-claude-code's word for any upstream 429
		// (providers/common/error_mapping.py), which its later releases
		// print as the "Mapped message:" above the upstream's own category
		// and body. A 429 is also how services refuse a spent balance or
		// quota (Moonshot's exceeded_current_quota_error, OpenAI's
		// insufficient_quota): in the billing tier, so what the upstream's
		// body says outranks this mapping, which still outranks the relay's
		// "Upstream provider … returned HTTP 429" line.
		{id: "proxies-mapped-rate-limit", cat: RateLimit, tier: tierBilling, strong: true, retry: 1, provider: "gateway",
			any:     []string{"Provider rate limit reached. Please retry shortly."},
			summary: "The service behind the relay (free-claude-code) rate limited the request: wait and retry, or ask whoever runs the relay to raise the limit."},
		{id: "proxies-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			any: []string{"Provider is currently overloaded. Please retry."}},
		// The relay key's or user's cost windows (claude-code-hub answers 402).
		{id: "proxies-cost-limit", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any: []string{"hour cost limit exceeded:", "rolling window cost limit exceeded:", "Weekly cost limit exceeded:", "Monthly cost limit exceeded:",
				"Total spending limit exceeded:", "Daily quota exceeded: $", "消费超限", "总消费上限已达到", "每日额度超限"},
			summary: "The relay's cost cap for your key or user (per 5 hours, day, week, month or in total) is spent: requests fail until it resets or its operator raises it."},
		// The router knows no provider for the model asked for. Not strong:
		// the words need the error around them ("API Error: 400", a JSON
		// body), so talk about such errors is not one.
		{id: "proxies-unknown-model", cat: NotFound, tier: tierModel, retry: -1, provider: "gateway",
			any:     []string{"unknown provider for model", "Model name must include a provider prefix", "Unsupported model provider:", "不支持模型 '", "' 不受支持"},
			summary: "The local proxy has no provider registered for this model name: check the model Claude Code asks for (ANTHROPIC_MODEL, /model) against the models the proxy lists, and that the provider serving it is logged in."},
		// Anthropic-compatible and OpenAI-compatible servers in place of the
		// API answer a model id they do not serve by pointing at their model
		// list ("Invalid model: x. Use /v1/models to see available models."
		// in antigravity-claude-proxy, speaches, raven and other proxies;
		// testdata/vocab/modellist.txt). Anthropic's API says no such thing
		// (its 404 not_found_error names the model), so the server answered,
		// whatever status or error type it chose.
		{id: "proxies-model-list-pointer", cat: NotFound, tier: tierModel, retry: -1, provider: "gateway",
			any:     []string{"Use /v1/models to see available models", "Use /v1/models to see the available models", "Use /v1/models to list available models"},
			summary: "The server Claude Code is pointed at does not serve this model id: ask its /v1/models for the ids it serves and set one (ANTHROPIC_MODEL, /model), or map the id in the server's settings."},
		// A Python proxy (FastAPI and pydantic) rejecting the request body
		// Claude Code sent before anything went upstream: pydantic's
		// ValidationError, "N validation errors for <Model>" then one
		// "<loc>\n  <msg> [type=<type>, input_value=…, input_type=…]" per
		// field (pydantic-core src/errors/validation_exception.rs;
		// testdata/vocab/pydantic.txt). The API never answers so.
		{id: "proxies-pydantic-validation", cat: InvalidRequest, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			// Only the proxies' request models (claude-code-proxy and its
			// forks: MessagesRequest, ClaudeMessagesRequest, TokenCountRequest,
			// ClaudeTokenCountRequest): a program's own settings failing
			// validation is no API request refused.
			any: []string{"validation errors for MessagesRequest", "validation error for MessagesRequest",
				"validation errors for ClaudeMessagesRequest", "validation error for ClaudeMessagesRequest",
				"validation errors for TokenCountRequest", "validation error for TokenCountRequest",
				"validation errors for ClaudeTokenCountRequest", "validation error for ClaudeTokenCountRequest"},
			all: []string{"input_value="}},
		// The relay's model allow-list for this key.
		{id: "proxies-model-access", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any:     []string{"Model not allowed. The requested model"},
			summary: "The relay's key may not use this model by the relay's own settings: pick an allowed model, or ask its operator."},
		{id: "proxies-too-large", cat: RequestTooLarge, tier: tierSize, strong: true, retry: -1, provider: "gateway",
			any: []string{"请求内容过大"}},
	}
}
