package apierror

// GitHub Copilot API proxies Claude Code is pointed at (copilot-api,
// copilot-more): they translate its requests to GitHub Copilot's API, whose
// limits are Copilot's (a prompt cap below the model's own window), and
// answer their own failures through the same wrapper. They are relays:
// provider "gateway". testdata/vocab/copilot.txt lists them.
func copilotEntries() []*entry {
	return []*entry{
		{id: "copilot-endpoint", provider: "gateway", endpoint: []string{"copilot-api", "copilot-more", "localhost:4141"}},
		// copilot-api wraps every failure as {"error":{"message":…,"type":"error"}}
		// (src/lib/error.ts); Anthropic's own envelope never ends that way.
		{id: "copilot-envelope", provider: "gateway", envRank: 30, envelope: []string{`"type":"error"}}`}},
		{id: "copilot-context", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1, provider: "gateway",
			any:     []string{"model_max_prompt_tokens_exceeded", "prompt token count of"},
			summary: "GitHub Copilot caps the prompt below the model's own context window, and this conversation is over Copilot's cap: compact earlier (CLAUDE_AUTOCOMPACT_PCT_OVERRIDE) or start fresh.",
			actions: contextActions},
		{id: "copilot-token", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any:     []string{"Copilot token not found", "Failed to get Copilot token"},
			summary: "The Copilot proxy has no GitHub Copilot token: sign it in again (copilot-api auth) with a GitHub account that has Copilot."},
	}
}
