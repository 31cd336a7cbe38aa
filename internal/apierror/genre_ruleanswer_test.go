package apierror

import "testing"

// TestRuleOfAnswer: a documentation sentence gives a service's answer as a
// rule — a condition, then what the service answers in the present tense,
// the wording quoted — and names no failure met; the same wording told by
// its writer, or in the past tense, still is one.
func TestRuleOfAnswer(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a relay's auth rule", "If the header is absent the proxy answers 401 with `Missing Authorization header`.", None},
		{"a gateway's rule with its message", "When the key is missing, the gateway responds with 401 and the message \"Authorization header is required\".", None},
		{"a client's give-up rule", "Once the retries are used up, the client raises `Rate limit exceeded after max retries`.", None},
		// Controls.
		{"the writer's own run", "If I run it the proxy returns `Missing Authorization header`.", Authentication},
		{"the writer's token", "When my token expires the relay returns \"No bearer token\".", Authentication},
		{"a report in running words", "I keep getting `Missing Authorization header` from the proxy.", Authentication},
		{"a past answer", "The proxy returned `Missing Authorization header` after the upgrade.", Authentication},
	})
}
