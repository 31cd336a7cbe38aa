package apierror

// MiniMax, whose M-series models users run behind Claude Code through its
// Anthropic-compatible endpoint and its Token Plan: the codes of its
// error-code table. Its own APIs answer HTTP 200 with base_resp.status_code;
// its Anthropic-compatible endpoint puts the code after the message
// ("insufficient balance (1008)") under an error.type of its own
// (authorized_error, insufficient_balance_error). Either way the answer is
// MiniMax's, not Anthropic's: the provider is "gateway". Source:
// platform.minimax.io/docs/api-reference/errorcode; testdata/vocab/minimax.txt
// lists every code.
func miniMaxEntries() []*entry {
	const service = "MiniMax (platform.minimax.io or platform.minimaxi.com)"
	return []*entry{
		// Ahead of Claude's own plan limits (tierUsage): "usage limit
		// exceeded" is the Token Plan's 5-hour window, not Claude's.
		{id: "minimax-plan-limit", cat: UsageLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any:     []string{"usage limit exceeded (2056)", `"status_code":2056`},
			summary: "The MiniMax Token Plan's usage (the service Claude Code is pointed at) is used up until its 5-hour window resets — not an Anthropic limit.",
			actions: planActions(service)},
		{id: "minimax-balance", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any:     []string{"insufficient balance (1008)", `"status_code":1008`, "insufficient_balance_error"},
			summary: "The MiniMax account behind this key has no balance left (or the key cannot reach its plan's resources): top up or check the key there — not an Anthropic bill.",
			actions: planActions(service)},
		{id: "minimax-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{`"status_code":1004`, `"status_code":2049`, "token not match group", "login fail (1004)", "not authorized (1004)",
				"invalid api key (2049)", `"authorized_error"`}},
		// 1002 requests, 1039 tokens, 1041 connections per minute; 2045 a
		// sudden rise in traffic.
		{id: "minimax-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			any: []string{`"status_code":1002`, `"status_code":1039`, `"status_code":1041`, `"status_code":2045`,
				"rate limit (1002)", "token limit (1039)", "conn limit (1041)", "rate growth limit"}},
		{id: "minimax-server", cat: ServerError, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			any: []string{`"status_code":1000`, `"status_code":1001`, `"status_code":1024`, `"status_code":1033`,
				"unknown error (1000)", "request timeout (1001)", "internal error (1024)", "system error (1033)", "system error / mysql failed"}},
		{id: "minimax-content", cat: InvalidRequest, tier: tierPolicy, strong: true, retry: -1, provider: "gateway",
			any: []string{`"status_code":1026`, `"status_code":1027`, "new_sensitive"}},
		// Malformed input: invisible characters (1042), parameters (2013) and
		// the speech APIs' voice-cloning checks.
		{id: "minimax-params", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any: []string{`"status_code":1042`, `"status_code":1043`, `"status_code":1044`, `"status_code":2013`, `"status_code":2037`,
				`"status_code":2039`, `"status_code":2048`, "invisible character ratio limit", "invalid params (2013)"}},
		{id: "minimax-voice-access", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any: []string{`"status_code":2042`}},
		{id: "minimax-endpoint", provider: "gateway", serves: true, endpoint: []string{"minimax", "minimaxi"}},
	}
}
