package apierror

// The Claude API's refusals of a request whose extended-thinking settings
// break the documented constraints (docs.claude.com/en/docs/build-with-
// claude/extended-thinking, "Max tokens and context window size" and
// "Important considerations": budget_tokens below max_tokens, temperature
// only 1, top_p 0.95–1 or unset, no forced tool_choice). The API answers
// 400 invalid_request_error with sentences only it writes, ending "Please
// consult our documentation at …/extended-thinking…"; SDKs, Bedrock ("The
// model returned the following errors: …") and chat clients print the
// sentence alone, without a status. The sentences alone also fill code
// comments and notes, so they need an API frame or status; with the API's
// own pointer to the thinking docs after them they show the failure by
// themselves. testdata/vocab/thinking.txt lists them.
func thinkingEntries() []*entry {
	return wordedBy("anthropic", []*entry{
		{id: "thinking-params-signed", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1,
			any: []string{"must be greater than thinking.budget_tokens", "when thinking is enabled"},
			all: []string{"Please consult our documentation at", "build-with-claude/extended-thinking"}, summary: thinkingSummary, actions: thinkingActions},
		{id: "thinking-params", cat: InvalidRequest, tier: tierValidation, retry: -1,
			any: []string{"must be greater than thinking.budget_tokens", "may only be set to 1 when thinking is enabled",
				"or unset when thinking is enabled", "Thinking may not be enabled when tool_choice forces tool use"},
			summary: thinkingSummary, actions: thinkingActions},
	})
}

const thinkingSummary = "The API refused the request's extended-thinking settings: max_tokens must exceed thinking.budget_tokens, temperature must be 1 (top_p 0.95 or more, or unset), and tool_choice may not force a tool while thinking is on."

func thinkingActions(a *advice) []Action {
	return []Action{
		act("Raise max_tokens above the thinking budget, or lower the budget", "", "Thinking tokens count toward max_tokens; the budget must be at least 1024 and below max_tokens."),
		act("Drop temperature, top_p, top_k and a forced tool_choice while thinking is on", "", "The client or its model preset sets them; with thinking enabled the API accepts only the defaults and tool_choice auto or none."),
	}
}
