package apierror

// Clients that retry a rate limit themselves and then give up say so in
// their own words, with the limit and the retries used up in one sentence
// ("Rate limit exceeded maximum retry attempts.", "Rate limit exceeded after
// max retries"): the API kept answering 429 through every retry, so the
// failure is the rate limit, and it clears once the window resets.
// testdata/vocab/retries.txt lists the wordings and where they come from.
func retriesEntries() []*entry {
	return []*entry{
		{id: "client-rate-limit-retries", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, impliedStatus: 429,
			any: []string{"rate limit exceeded maximum retry attempts", "rate limit exceeded after maximum retries",
				"rate limit exceeded after max retries", "rate limit exceeded after retries", "exceeded maximum rate limit retries"},
			summary: "The client retried a rate limit (429) until its retry budget ran out and gave up: the requests or tokens per minute are still over the limit.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Wait for the limit's window to reset, then run again", "", "Rate limits refill within about a minute; fewer parallel or agentic requests stay under them."),
					act("Raise the client's retry count or backoff if it lets you", "", "A few retries with short waits give up before the window resets."),
				}
			}},
	}
}
