package apierror

// Agents and apps that call a model through their own client word its
// timeout as the model's ("LLM request timed out", "LLM Timeout Error: LLM
// service did not respond in time"): their client gave up waiting, while
// the API may still be serving (and billing) the request. A timeout on our
// side of the call, retryable, with a longer timeout or a smaller request.
// testdata/vocab/agenttimeouts.txt lists the wordings and where they come from.
func agentTimeoutEntries() []*entry {
	return []*entry{
		{id: "agent-llm-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any:     []string{"LLM request timed out", "LLM call timed out", "LLM timeout error", "LLM service did not respond in time"},
			summary: "The app's own client stopped waiting for the model (its LLM timeout): the API may still have been working on, and billing, the request.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Raise the app's LLM timeout", "", "Long prompts and extended thinking take minutes; a timeout under that cuts requests the API is still serving."),
					act("Or send less per request, or stream", "", "A smaller context or a streamed response answers within the timeout."),
				}
			}},
	}
}
