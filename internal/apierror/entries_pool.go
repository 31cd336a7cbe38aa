package apierror

// Claude account pools (claude-relay-service, sub2api) and local provider
// switchers (cc-switch): relays that schedule each request onto one of many
// upstream accounts or providers. Their refusals are their own — their keys,
// quotas, client rules and accounts — in their wording
// (testdata/vocab/pools.txt, switchers.txt). Phrases carry their JSON
// punctuation or full wording, so prose that only mentions an account pool
// is not read as a failure.
func poolEntries() []*entry {
	return []*entry{
		// Anthropic never answers {"error":"…"} (a string) or a top-level
		// {"code":"…"}: whatever answered in those shapes sits in between.
		{id: "pool-endpoint", provider: "gateway", endpoint: []string{"claude-relay-service", "sub2api"}},
		{id: "pool-envelope", provider: "gateway", envRank: 35,
			names: []string{`{"error":"`, `{"code":"`, "No available accounts", "No available Claude accounts", "Upstream service overloaded",
				"Upstream rate limit exceeded", "Concurrency limit exceeded for", "Too many pending requests", "insufficient account balance", "proxy_error",
				"received upstream error", ", switching account", "Claude relay request failed"}},
		// claude-relay-service logging what the Claude API answered one of
		// its official accounts (claudeRelayService.js: "❌ Claude API
		// returned error status: N | Account: …", "❌ Claude API error
		// response (Account: …):" with the body, then it rejects with
		// Error("Claude API error: N")): the status is Anthropic's, passed
		// on, so Anthropic answered — the relay's own name in the log's
		// stack does not make it the relay's failure. Its console accounts
		// (third-party APIs) log "Claude Console API …", which is not this.
		{id: "pool-upstream-anthropic", provider: "anthropic", envRank: 9,
			names: []string{"Claude API returned error status:", "Claude API error response (Account:", "Error: Claude API error:", "failed: Claude API error:"}},
		// claude-relay-service's own request to the API timed out
		// (claudeRelayService.js, _makeClaudeRequest: it logs this line,
		// marks the account and rejects with "Request timeout").
		{id: "pool-upstream-timeout", cat: Timeout, tier: tierStall, strong: true, provider: "gateway",
			any: []string{"❌ Claude API request timeout"}},
		// The pool has no account it can use now (all limited, failing or
		// busy): the relay's outage.
		{id: "pool-no-account", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			any: []string{"No available accounts:", `No available accounts"`, "No available accounts, please retry later", "No available Claude accounts", "No available accounts in group", "No schedulable account",
				"Console accounts have reached their concurrency limit", "dedicated_account_unavailable", "专属账号当前不可用",
				`"Relay service error"`, "queue_backend_error", "queue_timeout", "User message queue wait timeout"},
			summary: "The relay's account pool has no account that can take this request right now (each one is limited, failing or busy): the relay's outage, not Anthropic's. Wait and retry, or tell whoever runs the relay."},
		// The pool's upstream account failed and failover ran out
		// (sub2api's mapUpstreamError).
		{id: "pool-upstream", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any: []string{"Upstream authentication failed, please contact administrator", "Upstream access forbidden, please contact administrator",
				`"Upstream request failed"`, "billing_service_error"},
			summary: "The relay's upstream account failed (its credentials, access or the service behind it) and the relay had no other to fail over to: tell whoever runs the relay."},
		// sub2api's answer when its upstream answered 5xx or 529 and
		// failover ran out (mapUpstreamError: 502 upstream_error): the
		// wording says "temporarily", and the same request can pass later,
		// whatever status a wrapper around it sends (cc-switch's 422).
		// sub2api's answer when its upstream answered 529 (mapUpstreamError:
		// 503 overloaded_error, "Upstream service overloaded, please retry
		// later"; the same words in its Gemini and OpenAI handlers).
		{id: "pool-upstream-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			any: []string{"Upstream service overloaded, please retry later"}},
		{id: "pool-upstream-unavailable", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			any:     []string{"Upstream service temporarily unavailable"},
			summary: "The service behind the relay is failing or overloaded for now and the relay had no other upstream to fail over to: wait and retry, or tell whoever runs the relay if it persists."},
		// sub2api's log of a failover: the upstream account answered this
		// status and the relay moves to the next account
		// (handler/gateway_handler.go "Account %d: upstream error %d,
		// switching account %d/%d"; service/ratelimit_service.go "Account %d
		// received upstream error %d" for a 5xx). Late, so the status the
		// line names decides (a 500 is the service's error, a 529 its
		// overload); the words only show it is an API failure.
		{id: "pool-failover-log", cat: GatewayError, late: true, tier: tierLateProvider, strong: true, cased: true, provider: "gateway",
			any: []string{"received upstream error", ", switching account"}},
		// The relay key's concurrency, queue and request/token windows, and
		// the pool account's own upstream rate limit.
		{id: "pool-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{`"Concurrency limit exceeded"`, "Concurrency limit exceeded for", `"Queue overloaded"`, `"Concurrency queue full"`,
				"waiting for concurrency slot", "Too many pending requests, please retry later", "Concurrent request detected for this session", "Upstream rate limit exceeded, please retry later",
				"已达到请求次数限制", "已达到 Token 使用限制", "已达到费用限制", "upstream_rate_limited", "已触发 Anthropic 限流控制",
				"opus_weekly_limit", "已达到周使用限制"},
			summary: "The relay's own limit for your key (concurrent requests, its queue, or requests, tokens or cost per window), or its upstream account's rate limit: wait for the window the message names, or ask the relay's operator to raise it."},
		// The relay key's daily, total or weekly cost cap, and a
		// subscription's usage cap.
		{id: "pool-cost-limit", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any:     []string{"cost_limit_exceeded", "每日费用限制", "总费用限制", "周费用限制", `"USAGE_LIMIT_EXCEEDED"`, "限额已用完"},
			summary: "The relay's cost cap for this key or subscription (daily, weekly or total) is spent: requests fail until it resets or its operator raises it."},
		// The relay's own key has expired (sub2api).
		{id: "pool-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any:     []string{`"API_KEY_EXPIRED"`, "api key 已过期"},
			summary: "The relay's key has expired: renew it or create a new one in the relay's console and set it where Claude Code reads it (ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY)."},
		// The relay account's balance or subscription.
		{id: "pool-balance", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any: []string{`"INSUFFICIENT_BALANCE"`, "insufficient account balance", `"SUBSCRIPTION_NOT_FOUND"`, `"SUBSCRIPTION_INVALID"`,
				`"SUBSCRIPTION_EXPIRED"`, `"SUBSCRIPTION_SUSPENDED"`, "No active subscription found for this group"},
			summary: "Your account on the relay has no balance or no active subscription for this group: top it up or renew it there (this is the relay's billing, not Anthropic's)."},
		// The relay key may not use this service or model.
		{id: "pool-access", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any:     []string{"无权访问 Claude 服务", "无权访问 Gemini 服务", "暂无该模型访问权限", "is not allowed in this group"},
			summary: "The relay's key may not use this service or model by the relay's own settings: ask its operator, or use a key that may."},
		// claude-relay-service binds a conversation to one account; a
		// session it cannot place is refused until it is cleared.
		{id: "pool-session", cat: ConversationState, tier: tierConversation, strong: true, retry: -1, provider: "gateway",
			any:     []string{"session_binding_error", "session已污染"},
			summary: "The relay refused this conversation's session (it binds each session to one account and cannot place this one): start a new conversation (/clear), or ask the relay's operator."},
	}
}
