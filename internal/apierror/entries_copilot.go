package apierror

// GitHub Copilot's API behind Claude Code, through copilot-api and similar
// proxies that serve a Copilot subscription as an Anthropic-compatible
// endpoint. Sources: ericc-ch/copilot-api (its error wrapper, its Copilot
// token, its rate limit and approval, the Copilot error codes its handler
// reads) and Copilot's answers as its clients quote them;
// testdata/vocab/copilot.txt lists them.
func copilotEntries() []*entry {
	return []*entry{
		// copilot-api wraps every failure as {"error":{"message":…,"type":"error"}}
		// (src/lib/error.ts); Anthropic's own envelope never ends that way.
		{id: "copilot-envelope", provider: "gateway", envRank: 27,
			envelope: []string{"api.githubcopilot.com", "Copilot API error", "Copilot token", `"type":"error"}}`},
			names:    []string{"copilot-api", "copilot-more", "copilot_more", "localhost:4141"}},
		// Copilot's own prompt cap, often 128k tokens: below the model's
		// window, so Claude Code's own compaction threshold comes too late.
		{id: "copilot-prompt-limit", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1, provider: "gateway",
			any:     []string{"model_max_prompt_tokens_exceeded"},
			summary: "The prompt is over GitHub Copilot's prompt limit (often 128k tokens, below the model's own window) — the Copilot proxy refused it, not Anthropic."},
		{id: "copilot-prompt-limit-words", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1,
			all: []string{"prompt token count of", "exceeds the limit of"}},
		{id: "copilot-model-unsupported", cat: NotFound, tier: tierModel, strong: true, retry: -1,
			any:     []string{"model_not_supported", "The requested model is not supported", "Model is not supported for this request"},
			summary: "The service Claude Code is pointed at (GitHub Copilot, through a proxy) does not offer this model to this account or on this endpoint."},
		// copilot-api logs this when Copilot answers its translated request
		// with an error, and forwards Copilot's body as {"error":{"message":
		// …,"type":"error"}} (src/services/copilot/create-chat-completions.ts,
		// src/lib/error.ts forwardError). Copilot's specific refusals above
		// outrank it; a bare "Bad Request" means the request the proxy built
		// from Claude Code's did not pass: the proxy's translation or its
		// model mapping, not the prompt.
		{id: "copilot-upstream-rejected", cat: GatewayError, tier: tierRelay, retry: -1, provider: "gateway",
			any:     []string{"Failed to create chat completions"},
			summary: "GitHub Copilot rejected the request the Copilot proxy built from Claude Code's: the proxy's translation or its model mapping, not your prompt. Resending it unchanged fails the same way.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Update the proxy and restart it", "npx copilot-api@latest start", "Translation fixes for new Claude Code request features land in the proxy's releases."),
					act("Map Claude Code's models to ones Copilot offers", "", "ANTHROPIC_MODEL and ANTHROPIC_SMALL_FAST_MODEL must name models the proxy lists at /v1/models for your Copilot plan."),
					act("Read the proxy's log for Copilot's reason", "", "copilot-api logs Copilot's status and body right after \"Failed to create chat completions\"."),
				}
			}},
		{id: "copilot-token", cat: Authentication, tier: tierCredentials, strong: true, provider: "gateway",
			any:     []string{"Failed to get Copilot token", "Copilot token not found"},
			summary: "The Copilot proxy could not get a Copilot token from GitHub: its GitHub login expired or the account has no Copilot access.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Sign the proxy in to GitHub again", "npx copilot-api@latest auth", "copilot-api trades your GitHub login for short-lived Copilot tokens; the login expired or was revoked."),
					act("Check the account's Copilot subscription", "", "https://github.com/settings/copilot: the account needs an active Copilot plan."),
				}
			}},
	}
}
