package apierror

// Google's Code Assist backend (cloudcode-pa.googleapis.com), which serves
// Gemini CLI and Antigravity — and the Claude models Antigravity offers, so
// relays that resell Antigravity accounts pass its bodies on to Claude Code.
// Its Google RPC errors carry an ErrorInfo reason that says more than the
// status: the same 429 message ("You have exhausted your capacity on this
// model") is a short rate window under RATE_LIMIT_EXCEEDED and a spent plan
// quota under QUOTA_EXHAUSTED, and a 503 under MODEL_CAPACITY_EXHAUSTED is
// Google out of capacity for the model, not the user's quota. Source:
// google-gemini/gemini-cli, packages/core/src/utils/googleQuotaErrors.ts
// (classifyGoogleError) and utils/errors.ts (toFriendlyError);
// testdata/vocab/codeassist.txt lists every reason it tells apart.
//
// The reasons are matched as the JSON field Google writes ("reason":
// "…"), in its case, so source code comparing them, and other programs'
// lowercase "reason": "quota_exhausted", are not an error. Who answered is
// Google when its backend's host shows, or a reason only it writes; the
// short-window sentence alone, which relays copy, does not say. The family is listed
// before Vertex's: a reason beats the RESOURCE_EXHAUSTED status beside it.
func codeAssistEntries() []*entry {
	return []*entry{
		// The backend's host names Google as who answered, whichever relay
		// carried the body.
		{id: "code-assist-envelope", provider: "gemini", envRank: 14,
			names: []string{"cloudcode-pa.googleapis.com"}},
		// No capacity for the model on Google's side (503 UNAVAILABLE, also
		// seen as 429): gemini-cli retries it silently, then offers another
		// model; the user's quota is untouched.
		{id: "code-assist-no-capacity", cased: true, wording: "gemini", cat: Overloaded, tier: tierRateLimit, strong: true, retry: 1, impliedStatus: 503,
			any:     []string{`"reason":"MODEL_CAPACITY_EXHAUSTED"`, `"reason":"MODEL_CAPACITY_EXCEEDED"`, "No capacity available for model"},
			summary: "Google's Code Assist backend (Antigravity, Gemini CLI) has no capacity for this model right now — not your quota: retry in a while, or switch model.",
			actions: codeAssistCapacityActions},
		// The plan's quota for the model is spent until the reset the
		// metadata names (quotaResetDelay, often hours): gemini-cli treats
		// it as terminal and falls back to another model.
		{id: "code-assist-quota", cased: true, wording: "gemini", cat: UsageLimit, tier: tierRateLimit, strong: true, retry: 1, impliedStatus: 429,
			any:     []string{`"reason":"QUOTA_EXHAUSTED"`},
			summary: "The Google Code Assist plan's quota for this model (Antigravity, Gemini CLI) is used up until the reset it names — not an Anthropic limit.",
			actions: planActions("Google's Code Assist (the Antigravity or Gemini CLI account behind the relay)")},
		// A short window: the message and RetryInfo name a wait of seconds.
		{id: "code-assist-rate", cased: true, cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, impliedStatus: 429,
			any: []string{`"reason":"RATE_LIMIT_EXCEEDED"`, "You have exhausted your capacity on this model"},
			// The same sentence under QUOTA_EXHAUSTED is the plan's quota.
			unless:  []string{`"reason":"QUOTA_EXHAUSTED"`},
			summary: "Google's Code Assist backend (Gemini CLI, Antigravity) has no capacity left for this model for a short window: wait the reset it names, or switch model."},
		// Google One AI credits spent (paid overage on a Code Assist plan);
		// in the rate-limit tier, so it beats the RESOURCE_EXHAUSTED beside it.
		{id: "code-assist-credits", cased: true, wording: "gemini", cat: Billing, tier: tierRateLimit, strong: true, retry: -1, impliedStatus: 429,
			any:     []string{"INSUFFICIENT_G1_CREDITS_BALANCE"},
			summary: "The Google AI credits that pay for Code Assist overage (Antigravity, Gemini CLI) are used up: top them up, or wait for the plan's quota to reset."},
		// 403s that need the account holder, each with its own step:
		// verifying the account, a suspension for the terms of service, a
		// VPC Service Controls perimeter.
		{id: "code-assist-account", cased: true, wording: "gemini", cat: Permission, tier: tierAccess, strong: true, retry: -1, impliedStatus: 403,
			any: []string{`"reason":"VALIDATION_REQUIRED"`, `"reason":"TOS_VIOLATION"`, `"reason":"SECURITY_POLICY_VIOLATED"`,
				"has been disabled in this account for violation of Terms of Service"},
			summary: "Google refuses this account for Code Assist (Antigravity, Gemini CLI) until its holder acts: verify the account at the link Google gives, appeal a Terms of Service suspension, or fix the VPC Service Controls perimeter."},
	}
}

func codeAssistCapacityActions(a *advice) []Action {
	return []Action{
		act("Retry in a little while", "", "Capacity for one model on Google's side comes back within minutes to hours; other models are usually unaffected."),
		act("Switch to another model", "/model", "The relay's other models (or the same model through another channel) are served from other capacity."),
	}
}
