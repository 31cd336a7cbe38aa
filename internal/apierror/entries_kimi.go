package apierror

// Moonshot's Kimi (Kimi Code and the Kimi API) behind Claude Code: the
// wordings its error reference tells Claude Code users to match, where they
// say more than the status (a spent plan arrives as 403 or 429), and its
// context-window wording. Source:
// kimi.com/code/docs/en/kimi-code/error-reference.html;
// testdata/vocab/kimi.txt lists them.
func kimiEntries() []*entry {
	return []*entry{
		{id: "kimi-plan-limit", cat: UsageLimit, tier: tierUsage, strong: true, provider: "gateway",
			any:     []string{"You've reached your usage limit for this billing cycle", "You've reached your usage limit for this period", "You've reached kimi monthly usage limit"},
			summary: "The Kimi plan's usage limit (Moonshot, the service Claude Code is pointed at) is used up until it refreshes — not an Anthropic limit.",
			actions: planActions("Kimi (kimi.com/code, platform.moonshot.ai)")},
		{id: "kimi-message-size", cat: RequestTooLarge, tier: tierSize, strong: true, retry: -1,
			all: []string{"total message size", "exceeds limit"}},
		{id: "kimi-context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true, provider: "gateway",
			any: []string{"exceeded model token limit"}},
		// The Kimi API's prepaid balance at zero: Moonshot suspends the
		// account and answers every request 429 exceeded_current_quota_error
		// ("Your account org-…<ak-…> is suspended due to insufficient
		// balance, please recharge …") — a status relays map to "rate limit",
		// but no wait helps until someone tops the account up. Sources: the
		// Moonshot platform's error table (exceeded_current_quota_error,
		// 429: account in arrears or suspended; token quota used up), its
		// forum staff's "API Billing behaviour" (forum.moonshot.ai/t/111).
		{id: "kimi-balance", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			types: []string{"exceeded_current_quota_error"},
			// The type as a field (JSON, or a Python dict), not as a word:
			// prose names it too.
			any: []string{`"type":"exceeded_current_quota_error"`, `'type':'exceeded_current_quota_error'`, "is suspended due to insufficient balance",
				"is suspended, please check your plan and billing details"},
			summary: "The Kimi (Moonshot) account behind the service Claude Code is pointed at has no balance left and is suspended — a billing stop, not a rate limit: top it up, then retry.",
			actions: planActions("Moonshot's platform (platform.moonshot.ai / platform.moonshot.cn, or the relay's operator for its account)")},
		// The platform's other error types, by what they mean: its key,
		// access, model and server failures.
		{id: "kimi-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			types: []string{"invalid_authentication_error"}},
		{id: "kimi-permission", cat: Permission, tier: tierAccess, strong: true, retry: -1,
			types: []string{"permission_denied_error", "access_terminated_error"}},
		{id: "kimi-not-found", cat: NotFound, tier: tierModel, strong: true, retry: -1,
			types: []string{"resource_not_found_error"}},
		{id: "kimi-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1,
			types: []string{"rate_limit_reached_error"}},
		{id: "kimi-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1,
			types: []string{"engine_overloaded_error", "server_unavailable"}},
		{id: "kimi-server", cat: ServerError, tier: tierCapacity, strong: true, retry: 1,
			types: []string{"unexpected_output"}},
		// Named anywhere in the paste, the service is where Claude Code sends
		// its requests.
		{id: "kimi-endpoint", provider: "gateway", serves: true, endpoint: []string{"kimi", "moonshot"}},
	}
}
