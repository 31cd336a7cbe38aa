package apierror

// OpenAI-compatible envelopes ({"error":{"message","type","code"}}), as
// gateways and other providers return them. Source: the OpenAI API's error
// codes (https://platform.openai.com/docs/guides/error-codes); testdata/vocab/openai.txt lists them.
func openAIEntries() []*entry {
	return []*entry{
		// OpenAI's own API, by host and by the SDKs' error classes
		// (openai-python src/openai/_exceptions.py, openai-node src/error.ts).
		{id: "openai-envelope", provider: "openai", envRank: 40,
			names: []string{"help.openai.com", "sk-proj-", "in organization org-", "api.openai.com", "platform.openai.com", "openai.APIError", "openai.RateLimitError", "openai.AuthenticationError", "openai.BadRequestError", "openai.APIConnectionError", "openai.error."}},
		{id: "openai-context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true, wording: "gateway",
			any: []string{"maximum context length is", "maximum context length of", "longer than the model's context length", "context length exceeded", "context_length_exceeded"}},
		// Its 429 message: "Rate limit reached for <model> in organization
		// <org> on tokens per min (TPM): Limit …, Used …, Requested ….
		// Please try again in 1.2s." (Codex CLI prints it in its stream
		// errors, other clients after their own prefix).
		{id: "openai-rate-limit-reached", cat: RateLimit, tier: tierRateLimit, strong: true, cased: true, retry: 1, impliedStatus: 429,
			all: []string{"Rate limit reached for ", "Please try again in "}},
		{id: "openai-quota", cat: Billing, tier: tierBilling, strong: true, ui: true,
			any: []string{"insufficient_quota", "exceeded your current quota"}},
		{id: "openai-auth", cat: Authentication, tier: tierCredentials, strong: true,
			any: []string{"Incorrect API key provided", "invalid_api_key", "must be a member of an organization", "not from a valid issuer"}},
		{id: "openai-overloaded", cat: Overloaded, tier: tierCapacity, strong: true,
			any: []string{"engine is currently overloaded"}},
		{id: "openai-slow-down", cat: RateLimit, tier: tierRateLimit, strong: true,
			any: []string{`"slow_down"`}},
		{id: "openai-hard-limit", cat: SpendLimit, tier: tierSpend, strong: true,
			any: []string{"billing_hard_limit_reached", "Billing hard limit"}},
		// The Chat Completions API (and DeepSeek's, Qwen's and other
		// compatible APIs) refusing a history whose tool calls and tool
		// messages do not pair up: the conversation's state, which every
		// resend repeats ("An assistant message with 'tool_calls' must be
		// followed by tool messages responding to each 'tool_call_id'",
		// "messages with role 'tool' must be a response to a preceding
		// message with 'tool_calls'", OpenAI's earlier "preceeding").
		{id: "openai-tool-messages", cat: ConversationState, tier: tierConversation, strong: true, wording: "gateway",
			any: []string{"must be followed by tool messages responding to each", "insufficient tool messages following tool_calls message",
				"tool_call_ids did not have response messages", "must be a response to a preceding message with", "must be a response to a preceeding message with"}},
		{id: "openai-model-not-allowed", cat: Permission, tier: tierAccess, strong: true,
			any: []string{"model_not_allowed", "not allowed to sample from"}},
	}
}
