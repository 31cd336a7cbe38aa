package apierror

// Groq (GroqCloud), an OpenAI-compatible service users put behind Claude
// Code through a router or proxy: its bodies are OpenAI's shape, so what
// shows Groq answered is its host, its SDK's classes and its own sentences
// (a rate limit names the service tier and links its billing page), and its
// own statuses — 498 when the flex tier has no capacity, 499 when the caller
// cancelled. The answer is Groq's: the provider is "gateway". Sources:
// console.groq.com/docs/errors and /docs/flex-processing;
// testdata/vocab/groq.txt lists them.
func groqEntries() []*entry {
	return []*entry{
		// Ahead of OpenAI's envelope (40): Groq quotes OpenAI's codes.
		{id: "groq-envelope", provider: "gateway", envRank: 29,
			names: []string{"api.groq.com", "console.groq.com", "groq.APIError", "groq.APIStatusError", "groq.RateLimitError", "groq.AuthenticationError",
				"groq.BadRequestError", "groq.InternalServerError", "groq.NotFoundError", "groq.PermissionDeniedError", "service tier `on_demand`", "service tier `flex`"}},
		{id: "groq-capacity", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway", impliedStatus: 498,
			any: []string{`"code":"capacity_exceeded"`, "498 capacity_exceeded", "Flex Tier Capacity Exceeded"}},
		// The caller gave up on the request: nothing to fix (as Google's
		// CANCELLED, which is also HTTP 499).
		{id: "groq-cancelled", cat: None, tier: tierValidation, thin: true, provider: "gateway", impliedStatus: 499,
			any:     []string{"499 Request Cancelled", "Request Cancelled: The request was cancelled by the caller"},
			summary: "The request was cancelled before it finished (by the client, usually) — not a failure to fix; resend when ready."},
		{id: "groq-endpoint", provider: "gateway", serves: true, endpoint: []string{"groq", "groqcloud"}},
	}
}
