package apierror

import (
	"strconv"
	"strings"

	"github.com/ccdiag/ccdiag/internal/models"
)

// Anthropic's API: its error types and codes, what its statuses mean, and
// the wording of its messages (entry.wording: Anthropic's own, or general
// words it uses too). The base entry of most categories lives here.
// Sources: https://docs.claude.com/en/api/errors and the TypeScript and
// Python SDKs' error classes (anthropic-sdk-typescript src/core/error.ts,
// anthropic-sdk-python src/anthropic/_exceptions.py).
func anthropicEntries() []*entry {
	return wordedBy("anthropic", []*entry{
		// Base entries: one per category, matched by error.type and status.
		{id: "server-error", cat: ServerError, base: true, types: []string{"api_error"}, statusMin: 500, statusMax: 599,
			retryable: true, side: SideServer, actions: serverActions,
			summary: "The API failed with an internal server error — not caused by your request, and usually brief."},
		// A 529 overloaded_error is Anthropic's capacity signal even through
		// a gateway (gateways pass it on): switching model is still the fix.
		{id: "overloaded", notGateway: true, cat: Overloaded, base: true, types: []string{"overloaded_error"}, statuses: []int{529}, ownStatus: true,
			retryable: true, side: SideServer, actions: overloadedActions,
			summary: "The model is overloaded (capacity across all users, per model) — not your rate limit."},
		{id: "timeout", cat: Timeout, base: true, types: []string{"timeout_error"}, statuses: []int{408, 504},
			retryable: true, side: SideServer, actions: timeoutActions,
			summary: "The request timed out before the API answered."},
		{id: "rate-limit", cat: RateLimit, base: true, types: []string{"rate_limit_error"}, statuses: []int{429},
			retryable: true, side: SideAccount, actions: rateActions,
			summary: "A rate limit was hit (requests or tokens per minute, or a provider quota)."},
		{id: "spend-limit", cat: SpendLimit, base: true, side: SideAccount, actions: spendActions, summarize: spendSummary,
			summary: "A spend limit was reached: requests fail until the limit is raised or the period ends."},
		{id: "context-too-long", notGateway: true, cat: ContextTooLong, base: true, side: SideClient, actions: contextActions,
			summary: "The conversation no longer fits the model's context window."},
		{id: "request-too-large", cat: RequestTooLarge, base: true, types: []string{"request_too_large"}, statuses: []int{413},
			side: SideClient, actions: sizeActions,
			summary: "The request is larger than allowed (an image, a PDF or the whole request body)."},
		{id: "invalid-request", cat: InvalidRequest, base: true, types: []string{"invalid_request_error"}, statusMin: 400, statusMax: 499,
			side: SideClient, actions: invalidActions, summarize: apiMessageSummary("The API rejected the request: "),
			summary: "The API rejected the request as invalid; resending it unchanged fails the same way."},
		{id: "conversation-state", notGateway: true, cat: ConversationState, base: true, side: SideClient, actions: conversationActions,
			summary: "The conversation history is in a state the API rejects (tool_use/tool_result or thinking blocks out of order) — not an outage."},
		{id: "authentication", cat: Authentication, base: true, types: []string{"authentication_error"}, statuses: []int{401},
			side: SideAccount, actions: authActions,
			summary: "The API key or login token was rejected (invalid, expired or revoked)."},
		// 451 (RFC 7725, Unavailable For Legal Reasons): access refused for
		// where the request comes from, as Zed's cloud refuses Anthropic
		// models from some regions' data centers.
		{id: "permission", cat: Permission, base: true, types: []string{"permission_error"}, statuses: []int{403, 451},
			side: SideAccount, actions: permissionActions,
			summary: "The account, key or organisation is not allowed to do this."},
		{id: "not-found", cat: NotFound, base: true, types: []string{"not_found_error"}, statuses: []int{404},
			side: SideClient, actions: notFoundActions,
			summary: "The model or endpoint was not found: a wrong or retired model id, or a wrong ANTHROPIC_BASE_URL."},
		{id: "billing", cat: Billing, base: true, types: []string{"billing_error"}, statuses: []int{402},
			side: SideAccount, actions: billingActions,
			summary: "A billing problem: the credit balance is used up or payment failed."},
		{id: "unknown-api-error", cat: UnknownAPIError, base: true, types: []string{"conflict_error"}, statuses: []int{409},
			side: SideServer, actions: unknownActions, summarize: apiMessageSummary("The API returned an unrecognised error: "),
			summary: "The API returned an error ccdiag does not recognise."},

		// error.details.error_code values: the most specific thing an error says.
		{id: "code-spend-limit", cat: SpendLimit, codes: []string{"enforced_spend_limit_reached", "contract_spend_limit_reached"}},
		{id: "code-ramp-limit", cat: RateLimit, codes: []string{"ramp_limit_exceeded"}},
		{id: "code-org-access", cat: Permission, codes: []string{"organization_on_hold", "claude_code_key_creator_not_member", "sandbox_egress_restricted"}},
		{id: "code-version-too-old", cat: ClientBug, codes: []string{"claude_code_version_too_old"}},
		{id: "code-billing-unavailable", cat: Billing, codes: []string{"linked_organization_billing_unavailable"}},
		{id: "code-body-too-large", cat: RequestTooLarge, codes: []string{"request_body_too_large_after_decoding"}},
		{id: "code-cmek", cat: ServerError, codes: []string{"cmek_key_unreachable"}},

		// What shows Anthropic's API answered, besides its envelope and
		// request id (which the engine reads as fields): Claude Code's 5xx
		// notice ends "If it persists, check https://status.claude.com" only
		// when it talks to Anthropic's API (its h1o(); a custom
		// ANTHROPIC_BASE_URL gets "check your inference gateway"), and
		// Cloudflare's error pages title the site they front ("api.anthropic.com
		// | 504: Gateway time-out"). Ranked last: any other provider's own
		// envelope says more.
		{id: "anthropic-envelope", provider: "anthropic", envRank: 50,
			names: []string{"persists, check https://status.claude.com", "persists, check status.claude.com", "api.anthropic.com |",
				// The Python SDK's debug log of a response and httpx's
				// raise_for_status name the URL that answered.
				`HTTP Request: POST https://api.anthropic.com/`, "for url 'https://api.anthropic.com/",
				// The API's rate-limit messages cite its own rate-limit page
				// and sales contact ("For details, refer to:
				// https://docs.claude.com/en/api/rate-limits … contact sales at
				// https://www.anthropic.com/contact-sales"), in its own
				// envelope and on its OpenAI-compatible endpoint alike.
				"refer to: https://docs.anthropic.com/en/api/rate-limits", "refer to: https://docs.claude.com/en/api/rate-limits",
				"contact sales at https://www.anthropic.com/contact-sales"},
			// Claude Code's /status names a Claude subscription as its login
			// method ("Login method: Claude Max account"), and a paste that
			// names claude.ai (the sign-in of every Claude subscription) tells
			// the same: requests go to Anthropic.
			// The TypeScript SDK, named as what sent the request, talks to
			// Anthropic's API unless the paste shows another base URL.
			endpoint: []string{"Claude Pro Account", "Claude Max Account", "Claude Team Account", "Claude Enterprise Account", "claude.ai", "@anthropic-ai/sdk"}, serves: true},

		// The API's messages: wording of Anthropic's own, so a phrase here
		// names Anthropic as who answered unless the paste shows otherwise
		// (compatible services copy it). Other services' and Claude Code's
		// wording for the same failures lives with them.
		{id: "max-tokens-setting", cat: MaxOutputTokens, tier: tierOutputCap, strong: true,
			any: []string{"maximum allowed number of output tokens"}, summarize: maxTokensSummary},
		{id: "org-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, ui: true,
			any: []string{"exceed the rate limit for your organization", "exceed your organization's rate limit", "exceed your account's rate limit", "exceeded your per-minute rate limit", "exceeded your rate limit", "exceed the rate limit"}},
		{id: "spend-console", cat: SpendLimit, tier: tierSpend, strong: true,
			any: []string{"reached your specified API usage limits", "reached your specified workspace API usage limits", "enforced_spend_limit_reached", "contract_spend_limit_reached", "spend limit reached"}},
		{id: "context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true,
			any: []string{"prompt is too long", "context window limit", "exceed context limit", "input is too long", "prompt too long", "exceeds the context window", "exceeds the model's context", "exceeds model context window", "exceeds the model context window", "model_context_window_exceeded"}},
		{id: "usage-policy", cat: InvalidRequest, tier: tierPolicy, strong: true, ui: true,
			any:     []string{"appears to violate our Usage Policy", "violate our Acceptable Use Policy"},
			summary: "The request was refused under Anthropic's Usage Policy — rephrase it; resending it unchanged fails the same way.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Edit your last message", "", "Press Esc twice to go back and rephrase: the request, not the service, was refused."),
					act("Or start a new session", "/clear", "Content earlier in the conversation can keep triggering the refusal."),
				}
			}},
		// ".tool_use.name:" is the API's validation path into a tool_use
		// block of the history (messages.N.content.M.tool_use.name): the
		// model's own earlier call, which every later request resends.
		{id: "conversation", cat: ConversationState, tier: tierConversation, strong: true,
			any: []string{"tool use concurrency issues", "thinking.signature", "signature in thinking block", "Invalid signature in thinking", "thinking.cache_control", "ids were found without tool_result", "blocks must be followed by a user message with", "unexpected tool_use_id", "must have a corresponding tool_use", "must have a corresponding tool_result", "tool_use ids must be unique", "redacted_thinking blocks", "thinking blocks in the latest assistant message", "These blocks must remain as they were", "text content blocks must be non-empty", "cache_control cannot be set for empty text", "must have non-empty content", "roles must alternate", "first message must use the user role", `first message must use the "user" role`, `first message must use the \"user\" role`, "Expected thinking or redacted_thinking", "final assistant content cannot end with trailing whitespace", "must start with a thinking block", "tool_result block(s) provided when previous message", ".tool_use.name:",
				// The API's other pairing refusals: a tool_use answered twice,
				// and its first-2025 wording for one left unanswered.
				"each tool_use must have a single result", "Found multiple tool_result blocks with id",
				"tool_result block(s) at the beginning of this message", "must begin with a matching number of tool_result blocks"}},
		// The API could not parse the body Claude Code sent: nearly always a
		// lone UTF-16 surrogate (half an emoji cut by a tool or a paste) now in
		// the conversation, so every retry sends it again.
		{id: "request-not-json", cat: InvalidRequest, tier: tierConversation, strong: true,
			any:     []string{"request body is not valid JSON", "no low surrogate", "lone leading surrogate", "invalid high surrogate", "invalid low surrogate"},
			summary: "The API could not parse the request Claude Code sent: the conversation holds a broken character (often half an emoji from a tool output or a paste), so resending fails the same way.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Go back to before the message that brought it in", "/rewind", "Pick the turn before the file, tool output or paste that carried the broken text."),
					act("Or start a new session", "/clear", "The broken text stays in this conversation's history otherwise."),
				}
			}},
		// The API checks a request's fields with pydantic and answers
		// invalid_request_error with "<field path>: <pydantic message>"
		// ("max_tokens: Field required", "tools.0.custom.name: String should
		// match pattern '^[a-zA-Z0-9_-]{1,128}$'"): the messages of
		// pydantic-core's error types (missing, string_pattern_mismatch,
		// extra_forbidden, string_too_long/short, too_long/short, the
		// *_type and *_parsing ones, greater/less_than_equal). Weak: the
		// same words are any Python program's validation error, so they
		// only name the failure an API frame or status shows.
		{id: "api-validation", cat: InvalidRequest, tier: tierValidation,
			any: []string{"Field required", "String should match pattern", "Extra inputs are not permitted", "String should have at most",
				"String should have at least", "List should have at most", "List should have at least", "Input should be a valid",
				"Input should be less than or equal to", "Input should be greater than or equal to"}},
		{id: "image-size", cat: RequestTooLarge, tier: tierSize, strong: true, ui: true,
			any: []string{"image exceeds", "image dimensions exceed", "request exceeds the maximum size", "request_too_large", "request_body_too_large", "PDF pages", "pdf exceeds", "exceeds the maximum allowed size"},
			// Claude Code's notice that it could not shrink an image names the
			// API's limit, not an answer of the API (entries_media.go).
			unless: []string{"Unable to resize image"}},
		// Sentences in which the API names itself: its billing refusal "Your
		// credit balance is too low to access the Anthropic API" and its
		// refusal of a request without its version header ("anthropic-
		// version: header is required", docs.claude.com/en/api/versioning:
		// every request must send the header). A relay that carries one,
		// in its own envelope or re-serialized, passed the API's answer on;
		// a relay's own refusal does not name Anthropic's API or header.
		{id: "anthropic-signed", provider: "anthropic", envRank: 22,
			names: []string{"to access the Anthropic API", "anthropic-version: header is required"}},
		{id: "credit-balance", cat: Billing, tier: tierBilling, strong: true, ui: true,
			any: []string{"credit balance is too low", "credit balance too low", "purchase credits", "billing_error"}},
		{id: "model-not-found", cat: NotFound, tier: tierModel, strong: true, ui: true,
			any: []string{"issue with the selected model", "is not a recognized model", "model_not_found", "model not found", "model does not exist", "does not exist or you do not have access"}},
		// Claude Code's notice for a refused key: it writes "Invalid API key
		// · Please run /login" (or, for a key from the environment, "· Fix
		// external API key") when the error names x-api-key
		// (getAssistantMessageFromError in its src/services/claude.ts, as
		// kept in forks such as 0xrin1/anon-kode), the Claude API's own
		// header and its "invalid x-api-key" refusal: Bedrock and Vertex
		// sign requests otherwise and never say so. The Claude API
		// answered, whatever platform the paste mentions.
		{id: "claude-code-invalid-key", cat: Authentication, tier: tierCredentials, strong: true, ui: true, provider: "anthropic",
			any: []string{"Invalid API key · Please run /login", "Invalid API key · Fix external API key"}},
		{id: "auth", cat: Authentication, tier: tierCredentials, strong: true, ui: true,
			any: []string{"invalid api key", "invalid x-api-key", "OAuth token has expired", "OAuth token revoked", "token has been revoked", "invalid authentication credentials", "invalid bearer token", "x-api-key header is required", "authentication_failed", "OAuth authentication is currently not supported", "Invalid bearer token"}},
		// Claude Code's error reference (code.claude.com/docs/en/errors)
		// files "This organization has been disabled" under Authentication:
		// a key of a disabled organization, usually a stale ANTHROPIC_API_KEY
		// that outranks the login, is presented; the API answers 400.
		{id: "org-disabled-key", cat: Authentication, tier: tierCredentials, strong: true, ui: true,
			any: []string{"organization has been disabled"}},
		// "This credential is only authorized for use with Claude Code": a
		// valid credential (a Claude subscription's) refused for this use —
		// Anthropic's permission_error ("does not have permission to use
		// the specified resource"), not a key that failed to authenticate.
		{id: "org-disabled", cat: Permission, tier: tierAccess, strong: true, ui: true,
			any: []string{"only authorized for use with Claude Code", "organization has disabled", "does not have access to Claude", "account has been disabled", "Request not allowed", "not available in your country", "unsupported_country_region_territory", "sandbox_egress_restricted", "organization_on_hold", "claude_code_key_creator_not_member"}},
		{id: "version-too-old", cat: ClientBug, tier: tierClientVersion, strong: true,
			any: []string{"claude_code_version_too_old"}},
		{id: "overloaded-message", cat: Overloaded, tier: tierCapacity, strong: true, ui: true,
			any: []string{"529 Overloaded", "experiencing high load"},
			// Claude Code's own give-up notice holds "529 Overloaded" too;
			// its entry (cc-repeated-overload) reads it.
			unless: []string{"Repeated 529 Overloaded"}},
		{id: "overloaded-word", cat: Overloaded, late: true, tier: tierLateWords, any: []string{"Overloaded"}},
		{id: "internal-server-error", cat: ServerError, late: true, tier: tierLateWords, any: []string{"Internal server error"}},
		{id: "too-many-requests", cat: RateLimit, late: true, tier: tierLateWords, any: []string{"Too Many Requests", "rate limited", "rate limit exceeded"}},
		// The SDKs' error class names (TypeScript "RateLimitError: 429 …", Python
		// "anthropic.RateLimitError: …", and OpenAI's, which gateways print):
		// they say what failed when the status or body did not make it into
		// the paste (testdata/vocab/anthropic.txt). Printed, a class name is
		// followed by its message's colon; named in a sentence ("catch
		// anthropic.RateLimitError and back off") it is no failure. Ruby's and
		// PHP's classes too (Anthropic::Errors::*, also closing Ruby's "message
		// (Class)"; Anthropic\Core\Exceptions\*): their messages write the
		// status as a hash's or JSON object's "status", which alone proves
		// nothing (testdata/vocab/sdks.txt). Java's and C#'s always print it
		// in a frame of their own ("RateLimitException: 429: …", "Status
		// Code: TooManyRequests").
		{id: "sdk-class-rate-limit", cat: RateLimit, late: true, tier: tierLateWords, strong: true, impliedStatus: 429,
			any: []string{"anthropic.RateLimitError:", "openai.RateLimitError:", "RateLimitError: 429",
				"Anthropic::Errors::RateLimitError:", "Anthropic::Errors::RateLimitError)", `Exceptions\RateLimitException:`}},
		{id: "sdk-class-server", cat: ServerError, late: true, tier: tierLateWords, strong: true, impliedStatus: 500,
			any: []string{"anthropic.InternalServerError:", "openai.InternalServerError:", "InternalServerError: 5", "anthropic.ServiceUnavailableError:",
				"Anthropic::Errors::InternalServerError:", "Anthropic::Errors::InternalServerError)", `Exceptions\InternalServerException:`}},
		{id: "sdk-class-conflict", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true, impliedStatus: 409,
			any: []string{"anthropic.ConflictError:", "openai.ConflictError:", "ConflictError: 409", "Anthropic::Errors::ConflictError:", "Anthropic::Errors::ConflictError)", `Exceptions\ConflictException:`}},
		{id: "sdk-class-unprocessable", cat: InvalidRequest, late: true, tier: tierLateWords, strong: true, impliedStatus: 422,
			any: []string{"anthropic.UnprocessableEntityError:", "openai.UnprocessableEntityError:", "UnprocessableEntityError: 422",
				"Anthropic::Errors::UnprocessableEntityError:", "Anthropic::Errors::UnprocessableEntityError)", `Exceptions\UnprocessableEntityException:`}},
		{id: "sdk-class-deadline", cat: Timeout, late: true, tier: tierLateWords, strong: true, impliedStatus: 504,
			any: []string{"anthropic.DeadlineExceededError:"}},
		{id: "sdk-class-overloaded", cat: Overloaded, late: true, tier: tierLateWords, strong: true, impliedStatus: 529,
			any: []string{"anthropic.OverloadedError:", "OverloadedError: 529"}},
	})
}

// apiMessageSummary quotes the API's own message when the error has one.
func apiMessageSummary(prefix string) func(a *advice) string {
	return func(a *advice) string {
		if a.o.f.message == "" {
			return ""
		}
		return prefix + clip(a.o.f.message, 140)
	}
}

func maxTokensSummary(a *advice) string {
	if asked, cap := maxTokensSetting(a.o.text); cap != "" {
		return "The request asked for " + asked + " output tokens but the model allows at most " + cap + " — a setting, not an outage."
	}
	return "The request asked for more output tokens than the model allows — a setting, not an outage."
}

func spendSummary(a *advice) string {
	if a.o.reset == "" {
		return ""
	}
	return "A spend limit was reached; access returns " + a.o.reset + "."
}

func serverActions(a *advice) []Action {
	return []Action{
		act("Wait a minute, then resend your last message", "", "Claude Code already retried; 5xx errors are usually short-lived."),
		statusAction(a),
		act("If it keeps failing on this model, switch model", "/model "+a.switchTo, "Failures clustered on one model often clear on another."),
	}
}

func overloadedActions(a *advice) []Action {
	return []Action{
		act("Switch to another model", "/model "+a.switchTo, "Capacity is per model: another model usually has room while this one is overloaded."),
		act("Or wait a minute and resend", "", "Overload clears on its own; Claude Code already retried before showing this."),
		act("For unattended runs, set a fallback model", "claude -p --fallback-model "+a.switchTo+" \"…\"", "Claude Code then switches model on overload instead of failing the run."),
		statusAction(a),
	}
}

func timeoutActions(a *advice) []Action {
	return []Action{
		act("Resend, and ask for smaller steps", "", "Long generations are the ones that time out; a retry usually goes through."),
		act("On a slow network or proxy, allow more time", "export API_TIMEOUT_MS=600000", "Claude Code's request timeout, in milliseconds."),
		statusAction(a),
	}
}

func rateActions(a *advice) []Action {
	switch a.provider {
	case "bedrock":
		return bedrockRateActions(a)
	case "vertex":
		return vertexRateActions(a)
	case "foundry":
		return foundryRateActions(a)
	}
	return []Action{
		act("Wait for the limit to reset, then resend", "", "Rate limits refill within a minute; Claude Code honours the server's retry-after."),
		act("Check which credentials Claude Code uses", "/status", "A stray ANTHROPIC_API_KEY makes Claude Code use that key's (low) API tier instead of your subscription."),
		act("Run fewer sessions or subagents in parallel", "", "They share the same per-minute limits."),
		act("See your organisation's limits", "", "https://platform.claude.com/settings/limits lists requests and tokens per minute per model."),
	}
}

func spendActions(a *advice) []Action {
	return []Action{
		act("Raise the spend limit in the Claude Console"+spendWhen(a), "", "https://platform.claude.com/settings/limits (workspace and organisation limits); retrying does not help until then."),
		act("Or use your Claude subscription instead of API billing", "/login", "A subscription login is not bound by the API spend limit."),
	}
}

func spendWhen(a *advice) string {
	if a.o.reset != "" {
		return " (access returns " + a.o.reset + ")"
	}
	return ""
}

func contextActions(a *advice) []Action {
	return []Action{
		act("Compact the conversation", "/compact", "Summarises the history so the next request fits; keeps the thread of the work."),
		act("Or start fresh", "/clear", "Drops the history entirely; use it when the old context is no longer needed."),
		act("If /compact itself fails, rewind first", "", "Press Esc twice and go back a few messages (before a huge file or tool output), then /compact."),
		act("See what fills the context", "/context", "Large tool outputs, many MCP tools and big CLAUDE.md files all count against the window."),
	}
}

func conversationActions(a *advice) []Action {
	return []Action{
		act("Rewind past the broken turn", "", "Press Esc twice and pick a message before the error: every resend of this history fails the same way."),
		act("Or start a fresh conversation", "/clear", "Clears the damaged history; the files on disk are unaffected."),
		act("Update Claude Code", "claude update", "These states usually come from client bugs fixed in newer versions."),
	}
}

func sizeActions(a *advice) []Action {
	low := a.o.lower()
	if strings.Contains(low, "image") || strings.Contains(low, "pdf") {
		return []Action{
			act("Rewind to before the image or PDF was added", "", "Press Esc twice: it stays in the history and every later request fails the same way."),
			act("Shrink it first", "", "Images must be under 5 MB and, with many images, 2000 px per side; resize or crop before attaching."),
			act("Or start fresh", "/clear", "Drops the attachment with the history."),
		}
	}
	acts := []Action{
		act("Compact the conversation", "/compact", "Drops old attachments and large tool outputs from the request."),
		act("Reference big files by path instead of pasting them", "", "Claude Code reads files itself, in pieces."),
	}
	if a.o.f.html || a.gateway != "" {
		acts = append([]Action{act("Raise the body size limit of your gateway or proxy", "", "An HTML 413 comes from a proxy (e.g. nginx client_max_body_size), whose limit can be far below the API's 32 MB.")}, acts...)
	}
	return acts
}

func invalidActions(a *advice) []Action {
	why := "It names the field at fault."
	if m := strings.TrimSpace(a.o.f.message); m != "" {
		why = "The API said: " + clip(withoutModelIDs(m), 160)
	}
	return []Action{
		act("Read the API's message", "", why),
		act("Rewind past the failing turn", "", "Press Esc twice: resending the same request fails the same way."),
		act("Update Claude Code", "claude update", "Invalid requests from Claude Code itself are bugs fixed in newer versions."),
	}
}

func authActions(a *advice) []Action {
	switch a.provider {
	case "bedrock":
		return bedrockAuthActions(a)
	case "vertex":
		return vertexAuthActions(a)
	case "foundry":
		return foundryAuthActions(a)
	}
	if a.keySet && !strings.Contains(a.o.lower(), "oauth") {
		// The key in the environment is what was rejected: /login alone
		// would not help, the key overrides it.
		return []Action{
			act("Fix or unset ANTHROPIC_API_KEY", "unset ANTHROPIC_API_KEY", "It is set where Claude Code runs and overrides your /login; an old or wrong key is rejected on every request."),
			act("Then log in, or set a valid key", "/login", "Claude Code uses your /login credentials once no key overrides them."),
			act("Confirm what Claude Code uses now", "/status", "Shows the active account and authentication method."),
		}
	}
	return []Action{
		act("Log in again", "/login", "Refreshes an expired or revoked login token."),
		act("Look for a stale key in your environment", "env | grep ANTHROPIC", "ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN override your login; an old one is rejected on every request."),
		act("Remove it if you did not mean to use it", "unset ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN", "Claude Code then uses your /login credentials."),
		act("Confirm what Claude Code uses now", "/status", "Shows the active account and authentication method."),
	}
}

func permissionActions(a *advice) []Action {
	low := a.o.lower()
	switch {
	case a.provider == "bedrock":
		return bedrockPermissionActions(a)
	case a.provider == "vertex":
		return vertexPermissionActions(a)
	case a.provider == "foundry":
		return foundryPermissionActions(a)
	case strings.Contains(low, "organization") || strings.Contains(low, "subscription"):
		return []Action{
			act("Ask your organisation's admin to enable Claude Code access", "", "The organisation has turned off this kind of access; your login works but is not allowed."),
			act("Or use an API key instead", "export ANTHROPIC_API_KEY=sk-ant-…", "An API key from the Console is not affected by the subscription setting."),
		}
	case strings.Contains(low, "request not allowed") || strings.Contains(low, "country"):
		return []Action{
			act("Check that you are in a supported region", "", "A 403 'Request not allowed' usually means the request comes from an unsupported country or through a VPN exit there (https://anthropic.com/supported-countries)."),
			act("Turn off the VPN or proxy and retry", "", "The API sees the exit IP, not your location."),
		}
	}
	return []Action{
		act("Check the account Claude Code uses", "/status", "The key or login may belong to an organisation without access."),
		act("Log in with an account that has access", "/login", "Permissions follow the account, not the machine."),
	}
}

func notFoundActions(a *advice) []Action {
	low := a.o.lower()
	if strings.Contains(low, "404 page not found") || a.o.f.html {
		return []Action{
			act("Fix ANTHROPIC_BASE_URL", "echo $ANTHROPIC_BASE_URL", "A bare 404 page means the URL does not point at an Anthropic-compatible API root (no /v1 at the end)."),
			act("Pick a model Claude Code knows", "/model", "Then retry; the model id may also be wrong."),
		}
	}
	// The same family by its alias: the alias always points at a live model.
	alias := a.switchTo
	switch fam := models.Family(findModel(low)); fam {
	case models.Opus, models.Sonnet, models.Haiku:
		alias = fam
	}
	return []Action{
		act("Pick a current model", "/model "+alias, "The requested model id is wrong, retired or not available to you; aliases always point at a current model."),
		act("Look for a pinned model id in your settings", "env | grep -E 'ANTHROPIC_(MODEL|DEFAULT_|SMALL_FAST)'", "A retired id in ANTHROPIC_MODEL, ANTHROPIC_DEFAULT_*_MODEL or settings.json overrides /model (background tasks use the small/fast model)."),
	}
}

func billingActions(a *advice) []Action {
	if a.gateway != "" || a.o.provider == "gateway" {
		return []Action{act("Top up the account of your gateway provider", "", "The credit error comes from the service behind ANTHROPIC_BASE_URL, not from Anthropic.")}
	}
	return []Action{
		act("Add credits to the Console account", "", "https://platform.claude.com/settings/billing — requests fail until the balance is positive."),
		act("Or use your Claude subscription instead", "unset ANTHROPIC_API_KEY", "An ANTHROPIC_API_KEY in your environment makes Claude Code bill that key instead of your plan; then /login."),
	}
}

func unknownActions(a *advice) []Action {
	return []Action{
		act("Read the API's message", "", "It usually names the field or setting at fault."),
		statusAction(a),
		act("Check your path to the API", "ccdiag doctor", "Tests DNS, proxy, TLS, authentication and each model."),
	}
}

// maxTokensSetting reads "max_tokens: 128001 > 64000" from an error.
func maxTokensSetting(text string) (asked, cap string) {
	i := strings.Index(text, "max_tokens:")
	if i < 0 {
		return "", ""
	}
	f := strings.Fields(text[i+len("max_tokens:"):])
	if len(f) < 3 || f[1] != ">" {
		return "", ""
	}
	a, c := strings.TrimRight(f[0], ","), strings.TrimRight(f[2], ",")
	if _, err := strconv.Atoi(a); err != nil {
		return "", ""
	}
	if _, err := strconv.Atoi(c); err != nil {
		return "", ""
	}
	return a, c
}
