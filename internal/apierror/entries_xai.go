package apierror

// xAI, whose Grok models users put behind Claude Code through its
// Anthropic-compatible endpoint or a router: its body is {"code":…,
// "error":…}, the code being the gRPC status's description (read in
// entries_grpc.go's table), so what this file adds is the messages that say
// more than the status — a team without credits answers 403 or 429, a prompt
// over the window a plain 400 — and the host that names xAI. The answer is
// xAI's, not Anthropic's: the provider is "gateway". Source:
// docs.x.ai/developers/debugging; testdata/vocab/xai.txt lists them.
func xaiEntries() []*entry {
	const service = "xAI (console.x.ai)"
	return []*entry{
		{id: "xai-envelope", provider: "gateway", envRank: 29,
			names: []string{"api.x.ai", "console.x.ai"}},
		// "…has either used all available credits or reached its monthly
		// spending limit": both causes are paid for in the same console.
		{id: "xai-credits", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any:     []string{"used all available credits or reached its monthly spending limit", "doesn't have any credits yet"},
			summary: "The xAI team behind this key has no credits left or hit its monthly spending limit: buy credits or raise the limit there — not an Anthropic bill.",
			actions: planActions(service)},
		{id: "xai-context", cat: ContextTooLong, tier: tierContext, strong: true, provider: "gateway",
			all: []string{"This model's maximum prompt length is", "but the request contains"}},
		{id: "xai-endpoint", provider: "gateway", serves: true, endpoint: []string{"xai", "x.ai", "grok"}},
	}
}
