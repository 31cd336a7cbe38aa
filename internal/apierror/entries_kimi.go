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
		// Named anywhere in the paste, the service is where Claude Code sends
		// its requests.
		{id: "kimi-endpoint", provider: "gateway", serves: true, endpoint: []string{"kimi", "moonshot"}},
	}
}
