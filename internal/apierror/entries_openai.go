package apierror

// OpenAI-compatible envelopes ({"error":{"message","type","code"}}), as
// gateways and other providers return them. Source: the OpenAI API's error
// codes (https://platform.openai.com/docs/guides/error-codes).
func openAIEntries() []*entry {
	return []*entry{
		// OpenAI's own API, by host and by the SDKs' error classes
		// (openai-python src/openai/_exceptions.py, openai-node src/error.ts).
		{id: "openai-envelope", provider: "openai", envRank: 40,
			names: []string{"api.openai.com", "platform.openai.com", "openai.APIError", "openai.RateLimitError", "openai.AuthenticationError", "openai.BadRequestError", "openai.APIConnectionError", "openai.error."}},
		{id: "openai-context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true,
			any: []string{"maximum context length", "longer than the model's context length", "context length exceeded", "context_length_exceeded"}},
		{id: "openai-quota", cat: Billing, tier: tierBilling, strong: true, ui: true,
			any: []string{"insufficient_quota", "exceeded your current quota"}},
	}
}
