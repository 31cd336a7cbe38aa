package apierror

import (
	"strconv"
	"strings"

	"github.com/ccdiag/ccdiag/internal/models"
)

// Claude Code's own messages: what it prints when a turn fails (usage and
// spend limits, the output cap, connection and stall notices, crashes) and
// what is not an API failure at all (a cancelled request). Source: the
// message templates in @anthropic-ai/claude-code 2.1.328.
func claudeCodeEntries() []*entry {
	return []*entry{
		{id: "usage-limit", notGateway: true, cat: UsageLimit, base: true, retryable: true, side: SideAccount, actions: usageActions, summarize: usageSummary,
			summary: "Your Claude plan's usage limit is used up until it resets."},
		{id: "max-output-tokens", notGateway: true, cat: MaxOutputTokens, base: true, side: SideClient, actions: maxOutputActions,
			summary: "Claude's reply hit the output token cap before it finished."},
		{id: "client-bug", notGateway: true, cat: ClientBug, base: true, side: SideClient, actions: clientBugActions,
			summary: "Claude Code itself failed (a crash or an internal error), not the API."},
		{id: "none", notGateway: true, cat: None, base: true, side: SideClient,
			summary: "No Claude API failure found in this text.",
			actions: func(a *advice) []Action {
				return []Action{act("Paste the exact error Claude Code printed", "", "It usually starts with \"API Error\"; text that only mentions an error (a test count, your own server's 500) is not one.")}
			}},

		// The StopFailure hook's `error` values (its matcher list), used when
		// the message, status and type say nothing more precise.
		{id: "kind-rate-limit", cat: RateLimit, kinds: []string{"rate_limit"}},
		{id: "kind-overloaded", cat: Overloaded, kinds: []string{"overloaded"}},
		{id: "kind-authentication", cat: Authentication, kinds: []string{"authentication_failed", "cloud_credential_error"}},
		{id: "kind-account", cat: Permission, kinds: []string{"oauth_org_not_allowed", "account_on_hold", "verification_required"}},
		{id: "kind-billing", cat: Billing, kinds: []string{"billing_error"}},
		{id: "kind-invalid-request", cat: InvalidRequest, kinds: []string{"invalid_request"}},
		{id: "kind-model-not-found", cat: NotFound, kinds: []string{"model_not_found"}},
		{id: "kind-server-error", cat: ServerError, kinds: []string{"server_error"}},
		{id: "kind-max-output-tokens", cat: MaxOutputTokens, kinds: []string{"max_output_tokens"}},
		// StopFailure fired, so the turn did fail on an API error: unknown is not none.
		{id: "kind-unknown", cat: UnknownAPIError, kinds: []string{"unknown"}},

		// Claude Code's debug log when it has no credential to send: its
		// auth-header builder returns "No API key available" (no_api_key)
		// or "No OAuth token available" (no_oauth_token), logged as "Failed
		// to get auth headers: …" (2.1.328's binary). Requests then go out
		// without one and are refused, whatever a login said.
		{id: "cc-no-credential", cat: Authentication, tier: tierCredentials, strong: true, cased: true,
			// The builder's own answers, shown where a check reports them
			// ({error: "No API key available"}), say the same.
			any:     []string{"Failed to get auth headers", "No API key available", "No OAuth token available", "No authentication available"},
			summary: "Claude Code had no credential to send (its log says it failed to get auth headers): every request goes out without a key or token and is refused, even after a login that reported success."},

		// Claude Code's give-up notice after its retries on 529
		// ("Repeated 529 Overloaded errors", 2.1.328's templates): Claude
		// Code composes it from the status alone, drops the body, and prints
		// it whatever ANTHROPIC_BASE_URL answered (a MiniMax or GLM endpoint
		// copies the API's 529). So it is no provider's wording: who
		// answered is only what the rest of the paste shows (the blind
		// folders' convention: provider none when no endpoint is named).
		{id: "cc-repeated-overload", cat: Overloaded, tier: tierCapacity, strong: true, ui: true, impliedStatus: 529,
			any: []string{"Repeated 529 Overloaded"}},

		// Plan limits, extra-usage spend and server-side throttling are
		// Anthropic's own service speaking, whatever else the text shows.

		{id: "max-output", cat: MaxOutputTokens, tier: tierOutputCap, strong: true, ui: true,
			// The variable alone is a setting's name: bug reports, docs and
			// feature requests name it ("CLAUDE_CODE_MAX_OUTPUT_TOKENS
			// environment variable has no effect", "I set the … environment
			// variable to 64000"). Only the two notices' own sentences about
			// it say the cap was hit.
			any: []string{"output token maximum", "configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable",
				"CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable cannot raise"}},
		{id: "server-throttle", provider: "anthropic", cat: RateLimit, tier: tierRateLimit, strong: true, ui: true,
			any:     []string{"Server is temporarily limiting requests"},
			summary: "Anthropic is temporarily limiting requests on its side — not your usage limit.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Wait a moment and resend", "", "Anthropic is limiting traffic on its side; this is not your usage limit and nothing on your account needs changing."),
					statusAction(a),
				}
			}},
		{id: "usage-and-spend", provider: "anthropic", cat: UsageLimit, tier: tierPlanAndSpend, strong: true, ui: true,
			all: []string{"monthly spend limit", "session limit resets"}},
		{id: "spend-monthly", provider: "anthropic", cat: SpendLimit, tier: tierSpend, strong: true, ui: true,
			any: []string{"exceeds your group's budget", "channel's monthly spend limit", "hit your monthly limit", "usage limit is set to $0", "hit your monthly spend limit", "monthly spend limit reached",
				// 2.1.328 composes "You've hit your " + the limit's name when
				// extra usage is rejected with overageDisabledReason
				// org_level_disabled_until or org_spend_cap_reached (or the
				// channel's cap): a cap the organisation set, not a plan window.
				"org's monthly usage limit", "org's monthly spend limit", "channel's monthly usage limit",
				// …and "team's pooled group budget" for a team's shared pool
				// (overageScope group_pool).
				"pooled group budget"},
			actions: func(a *advice) []Action {
				return []Action{
					act("Raise your monthly extra-usage limit", "", "claude.ai/settings/usage — the limit you set for usage beyond your plan."),
					act("Or wait for the next month"+spendWhen(a), "", "The limit resets with the billing month."),
				}
			}},
		{id: "plan-usage-limit", provider: "anthropic", cat: UsageLimit, tier: tierUsage, strong: true, ui: true,
			any: []string{"usage-limit hits", "context is not available for your account", "usage limit hits", "the usage limit now resets", "reached your weekly usage limit", "wait for your usage limit to reset", "doesn't include extra usage", "usage limit reached", "hit your limit", "hit your session limit", "hit your weekly limit", "hit your Opus limit", "hit your Sonnet limit", "hit your 5-hour limit", "limit reached · resets", "Limits will reset at", "limit will reset at", "5-hour limit reached", "weekly limit reached", "Opus limit reached", "session limit reached", "out of extra usage"}},
		// Claude's usage-limit notice as its Korean and Japanese UI words it
		// and users retell it (claude.ai, the desktop app: "Claude 사용 한도에
		// 도달했습니다. 한도는 오후 7시(아시아/도쿄)에 재설정됩니다.",
		// "利用制限に達しました", "週間利用上限に達しました"): the limit was
		// reached, where rate and context limits are said to be exceeded
		// (초과, 超過) or named for what they count. What answered is not
		// shown, so no provider is named.
		{id: "plan-usage-limit-cjk", cat: UsageLimit, tier: tierUsage, strong: true,
			any: []string{"사용 한도에 도달", "사용량 한도에 도달", "이용 한도에 도달", "요청 한도에 도달", "사용 한도 도달", "주간 한도에 도달", "시간 한도에 도달",
				"利用制限に達しました", "使用制限に達しました", "利用上限に達しました", "使用上限に達しました", "メッセージの制限に達しました"}},
		// Claude Code's login and key notices, and its own size limit for a
		// request ("Request too large (max 32MB)"): decided before any
		// server answered.
		// Claude Code adds "· Please run /login" to a 403 as well; an IAM
		// denial in the body ("User: arn:… is not authorized to perform: …")
		// names a principal AWS already authenticated, so the login hint
		// does not decide there (IAM User Guide, "Troubleshoot access
		// denied error messages"); nor does Google's PERMISSION_DENIED, which
		// google.rpc.Code keeps for a caller it identified (one it could not
		// is UNAUTHENTICATED): Vertex refusing a project's IAM role, model
		// access or publisher terms (testdata/vocab/logindenial.txt); nor
		// the API's own permission_error default, "Your API key does not
		// have permission to use the specified resource" (its errors page):
		// a key it accepted.
		// Its "Run /login" remedy follows the failure it cures, after a
		// separator ("Login expired · Run /login", "…was refused. Run
		// /login", "— run /login"); docs tell a reader "to sign in, run
		// /login" after a comma, with nothing failed (testdata/vocab/claudecode/templates.txt).
		{id: "cc-login", cat: Authentication, tier: tierCredentials, strong: true, ui: true,
			any: []string{"Missing API key", "Please run /login", "Fix external API key", "Not logged in",
				"· run /login", ". Run /login", "— run /login", "; run /login", "(run /login", "run /login to renew", "has no login that it can use", "the login this session is using was refused", "instead of adopting the stored credential"},
			unless: []string{"is not authorized to perform: ", `"status":"PERMISSION_DENIED"`, "does not have permission to use the specified resource"}},
		// The SDKs' own words for no credential at all, thrown while building
		// the request (validateHeaders in the TypeScript SDK, _validate_headers
		// in Python's: "Could not resolve authentication method. …"; Java's
		// NoCredentialsException, "No credentials found. Tried: …",
		// anthropic-sdk-java errors/; testdata/vocab/sdks.txt): no request
		// was sent, so nothing answered.
		{id: "sdk-no-credentials", cat: Authentication, tier: tierCredentials, strong: true, ui: true, unsent: true,
			any:    []string{"Could not resolve authentication method", "No credentials found. Tried:"},
			unless: []string{"is not authorized to perform: "}},
		// Claude Code's notices for a request over the size limit (2.1.328's
		// templates): "Request too large (max 32MB). …" for any 413 the base
		// URL answers, "Request too large (max 32MB; … is images or
		// documents). …", "Request too large for the API's 32 MB request
		// limit: …" and "Request too large. …" for a 400 about too many
		// images. It writes them from the status and keeps the body out of
		// sight (composed), so they name nobody: a fork's "max 20MB" as well.
		{id: "cc-request-too-large-notice", cat: RequestTooLarge, tier: tierSize, strong: true, ui: true, composed: true,
			any: []string{"Request too large (max", "Request too large for the API's", "Request too large. "}},
		// "Request too large" alone: a 413 retold ("fails with 413 \"Request
		// too large\""), whoever answered it.
		{id: "cc-request-too-large", cat: RequestTooLarge, tier: tierSize, strong: true, ui: true,
			any: []string{"Request too large"}},
		// The API never answers 200 without a message: by Claude Code's own
		// account what answered is a proxy or gateway in between.
		{id: "malformed-200", cat: GatewayError, tier: tierRelay, strong: true, ui: true, impliedStatus: 200, provider: "gateway",
			any:     []string{"empty or malformed response"},
			summary: "The API answered 200 with an empty or malformed body — something in between (a proxy or gateway) altered the response."},
		{id: "connection-error", cat: Network, tier: tierConnectionNotice, cased: true, strong: true, ui: true,
			any:     []string{"Connection error.", "Connection closed mid-response", "Connection lost mid-response"},
			summary: "The connection to the API failed or dropped (Connection error) — network, VPN or proxy trouble."},
		{id: "server-mid-response", cat: ServerError, tier: tierCapacity, strong: true, ui: true,
			// "The API is temporarily unavailable": the API turned the
			// request away before any work was done on it (2.1.328's
			// RouteTurnedAwayError, with a retry-after).
			any: []string{"Server error mid-response", "The API is temporarily unavailable"}},
		// The SDK's APIConnectionTimeoutError ("Request timed out.") is a
		// subclass of APIConnectionError ("Connection error."): named
		// together, the timeout is the more precise.
		{id: "request-timed-out", cat: Timeout, tier: tierStall, cased: true, strong: true, ui: true,
			// The stream's idle limit (CLAUDE_STREAM_IDLE_TIMEOUT_MS): no
			// data for minutes, before or after the reply began.
			any: []string{"took too long to answer", "(the check timed out)", "Request timed out", "No data arrived for more than", "The response stalled before", "The response stopped arriving"}},
		{id: "crash", cat: ClientBug, tier: tierCrash, strong: true, ui: true, notAPI: true, retry: 1,
			any: []string{"Claude Code crashed"}},
		// The Agent SDK's "Claude Code process exited with code N": the
		// subprocess it started stopped, most often at start-up (a missing
		// or wrong binary, a bad option, no credentials), which the same
		// call meets again; unlike Claude Code's own "Claude Code crashed ·
		// Try sending your message again", it gives no sign a resend helps.
		// It is thin: it wraps what made Claude Code exit, and an error the
		// paste shows before it (an API error Claude Code printed) is that
		// cause; alone, it is still the diagnosis.
		{id: "process-exit", cat: ClientBug, tier: tierCrash, strong: true, ui: true, notAPI: true, thin: true,
			any: []string{"process exited with code"}},
		{id: "startup-connect", cat: Network, late: true, tier: tierLateStartup, strong: true, ui: true,
			any: []string{"Failed to connect to api.anthropic.com", "Unable to connect to Anthropic services", "Failed to connect to console.anthropic.com", "Failed to connect to platform.claude.com"}},
		{id: "aborted", cat: None, late: true, tier: tierLateAbort, ui: true, thin: true,
			any:     []string{"Operation aborted", "Interrupted by user", "Interrupted ·", "Request was aborted", "Previous query still processing", "APIUserAbortError"},
			summary: "The request was cancelled (Esc, Ctrl-C or an interrupted run) — not an API failure; resend when ready."},
		// Claude Code writes "API Error" (and the SDKs APIError) cased as
		// here; "API errors" in a sentence or a pull request's title
		// ("Handle Claude API errors.") is about errors in general.
		{id: idBareAPIError, cat: UnknownAPIError, late: true, tier: tierLateBare, thin: true, cased: true,
			any: []string{"API Error", "APIError"}},
		// More of Claude Code 2.1.328's notices, from its template list
		// (testdata/vocab/claudecode/expect.txt).
		{id: "cc-auth", cat: Authentication, tier: tierCredentials, strong: true, ui: true,
			any: []string{"Foundry authentication failed", "refresh your Foundry credential", "Login reached its time limit", "Authentication error ·", "Authentication required ·", "Couldn't attach credentials", "Couldn't authenticate ·", "application has been deactivated", "token lacks a scope", "OAuth session expired", "401 after re-authentication", "apiKeyHelper script is failing", "this session's credentials", "API key helper configuration", "Login blocked: signing in", "rejected the Authorization header", "rejected the configured Authorization header",
				// A stale key of a disabled organization outranks the login
				// (the API's "This organization has been disabled").
				"belongs to a disabled organization",
				// Workload identity federation, and this machine's check of
				// the organization a token belongs to.
				"the identity token was rejected", "Unable to verify organization for the current authentication token"}},
		// Claude Code 2.1.332's notices for an organisation's gateway and
		// network policy (testdata/vocab/claudecode-2.1.332.txt): the
		// gateway (or the organisation's settings) unreachable from this
		// network, a network the organisation does not allow, its identity
		// provider down for now.
		{id: "cc-gateway-unreachable", cat: Network, tier: tierConnectionNotice, cased: true, strong: true, ui: true,
			any: []string{"Couldn't connect to the gateway.", "Claude Code could not get your organization's settings"}},
		{id: "cc-network-policy", cat: Permission, tier: tierAccess, strong: true, ui: true, retry: -1,
			any: []string{"doesn't allow access to Claude from this network", "allows access to Claude only from certain networks"}},
		{id: "cc-idp-unavailable", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: 1,
			any: []string{"identity provider is not available now"}},
		// Wordings other programs print too: they show an API failure in a
		// paste, but not inside a tool's output (not ui). Claude Code puts
		// "Failed to authenticate. {}: {}" (its template list) in front of
		// any 401 or 403 answer; a 403 is a refusal whatever the prefix
		// (a region, a model, a proxy's deny page): there the status decides.
		{id: "cc-auth-words", cat: Authentication, tier: tierCredentials, strong: true, passes: []int{403},
			any: []string{"login expired", "Failed to authenticate", "refresh your login", "Invalid auth token", "Invalid authentication header", "OAuth authentication failed", "Your session has expired", "change in your password", "Authentication failed (401)", "check your API credentials", "Invalid authorization code",
				// The sign-in service answered the token request with an
				// error status.
				"couldn't finish signing you in"}},
		{id: "cc-connection-words", cat: Network, tier: tierConnectionNotice, cased: true, strong: true,
			any: []string{"Connection closed before", "Connection closed during", "Connection closed again", "Connection lost while", "Connection lost before a response", "Connection error,", "Connection error details", "Compaction interrupted", "Connection reset - server may have", "Connection timeout - network", "Fix: check your network", "must allow HTTPS connections", "instance metadata service",
				// Its word for a connection reset or closed under it
				// (ECONNRESET, EPIPE, ConnectionClosed, ERR_SOCKET_CLOSED, …).
				"Connection dropped (",
				// The stream cut short, or the computer slept through it.
				"No response from API", "Part of the response never arrived", "went to sleep mid-response", "went to sleep before a response",
				// The API key check and the organization-policy check when
				// no answer came.
				"Network error. Please check your internet connection", "Couldn't verify your organization's policy",
				// The sign-in service's token endpoint did not answer.
				"Couldn't get an answer from the sign-in service"}},
		{id: "cc-access", cat: Permission, tier: tierAccess, strong: true, ui: true,
			any: []string{"restricts model selection", "Login blocked: this machine", "Login blocked: your organization", "is not available with the Claude Pro plan", "account is on hold and can't use Claude Code",
				// The firewall in front of the API refused the network
				// location (network_edge_blocked); the login is not asked
				// for another organization than the one this machine needs.
				"blocked before it reached Anthropic's API", "log in with a permitted organization"}},
		// 401 from older builds, 403 from newer: the status decides; alone it
		// is the organisation's policy.
		{id: "cc-oauth-org-not-allowed", cat: Permission, late: true, tier: tierLateWords, strong: true, ui: true,
			any: []string{"OAuth authentication is currently not allowed for this organization"}},
		{id: "cc-rate-limited", cat: RateLimit, tier: tierRateLimit, strong: true, ui: true,
			any: []string{"the request was rate limited"}},
		{id: "cc-billing", cat: Billing, tier: tierBilling, strong: true, ui: true,
			any: []string{"payment is past due", "credit purchase failed"}},
		// Claude Code's own notices: it decides them locally, before or
		// without an API answer ("Context limit reached · /compact or /clear
		// to continue", compaction's "Conversation too long. Press esc twice…").
		{id: "cc-context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true,
			any: []string{"Context limit reached", "Conversation too long", "reduced below the context limit", "-token compaction window", "Error compacting conversation",
				// The turn's own text is over the largest context window
				// the API accepts (its message_over_context_limit).
				"too long to send, so Claude didn't get it"}},
		{id: "cc-compact-failed", cat: ContextTooLong, tier: tierContext, cased: true, strong: true, ui: true,
			any: []string{"Could not compact"}},
		// Its notices about attached media (compaction's "attached media too
		// large · …", the size notice's "Accumulated images and attachments
		// …" tail) are composed the same way.
		{id: "cc-media-size", cat: RequestTooLarge, tier: tierSize, strong: true, ui: true, composed: true,
			any: []string{"attached media exceeds", "attached media too large", "Accumulated images and attachments in the conversation pushed the request over"}},
		{id: "cc-conversation", cat: ConversationState, tier: tierConversation, strong: true, ui: true,
			any: []string{"duplicate tool_use ID", "orphaned tool_result"}},
		{id: "cc-proxy", cat: Proxy, tier: tierProxy, strong: true, ui: true,
			any: []string{"Proxy closed during CONNECT", "Proxy refused CONNECT", "Proxy request failed", "from proxy CONNECT response", "Invalid proxy authorization", "connect through your proxy", "proxy asked for authentication",
				// ALL_PROXY set where only HTTPS_PROXY is read.
				"does not use ALL_PROXY to load your organization's settings",
				// Its CONNECT client's limits; MSAL's proxy (Foundry's Entra ID sign-in).
				"CONNECT handshake timed out", "CONNECT response header too large", "Error connecting to proxy. Http status code"}},
		{id: "cc-proxy-request", cat: Proxy, tier: tierProxy, strong: true, ui: true,
			all: []string{"Request to the", "proxy failed ("}},
		{id: "cc-gateway", cat: GatewayError, tier: tierRelay, strong: true, ui: true,
			any: []string{"answered in place of the API", "buffers streaming responses", "because a proxy replaced it", "isn't forwarding that path", "gateway does not forward it",
				// The API's event stream does not come malformed: what
				// altered it is in between, as with a malformed 200.
				"The response stream was malformed", "proxy or gateway answered instead of Anthropic"}},
		{id: "cc-tls", cat: TLS, tier: tierTLS, strong: true, ui: true,
			any: []string{"instead of the one you trusted", "TLS connection not accepted", "TLS connection timed out", "if a proxy intercepts TLS", "to that CA bundle",
				// The Cloud gateway's certificate is not the one its sign-in pinned.
				"does not match stored pin", "Could not verify the gateway's TLS certificate", "no longer matches the one you trusted",
				// Its own deadline for the handshake (ERR_TLS_HANDSHAKE_STALLED).
				"TLS handshake with the server did not finish"}},
		{id: "cc-model-missing", cat: NotFound, tier: tierModel, strong: true, ui: true,
			all: []string{"Model '", "' not found"}},
		{id: "cc-model-unavailable", cat: NotFound, tier: tierModel, strong: true, ui: true,
			all: []string{"Model '", "' is not available."}},
		{id: "cc-model-deployment", cat: NotFound, tier: tierModel, strong: true, ui: true,
			any: []string{"is not available on your"}},
		// Usage credits (paid use beyond the plan) do not come back at a reset.
		{id: "cc-usage-credits", cat: UsageLimit, tier: tierUsage, strong: true, ui: true, retry: -1,
			any: []string{"out of usage credits", "usage credits are capped or used up", "Usage credits required for", "doesn't include usage credits", "Usage credits ran out",
				// A model that needs usage credits, refused (429) while
				// they are off: the notice's remedies say so.
				"requires usage credits. Run /usage-credits", "requires usage credits. Switch to another model"},
			summary: "The usage credits (paid use beyond your Claude plan) are used up, turned off or not included — they do not come back at a reset.",
			actions: usageCreditActions},
		// Long-context requests need extra usage (usage credits) turned on: a
		// paid entitlement of the plan, so waiting for a reset does not help.
		// 2.1.328 recognises both wordings of the API's 429 (its dhe() check)
		// and answers "Run /usage-credits to continue or switch models with /model".
		{id: "cc-long-context-credits", provider: "anthropic", cat: Billing, tier: tierBilling, strong: true, ui: true, retry: -1,
			any:     []string{"Extra usage is required for long context", "Usage credits are required for long context"},
			summary: "Long-context requests need extra usage (usage credits) on this plan — waiting for a reset does not help.",
			actions: usageCreditActions},
		{id: "cc-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, ui: true,
			any: []string{"API overloaded"}},
		{id: "cc-server-error", cat: ServerError, tier: tierCapacity, strong: true, ui: true,
			all: []string{"Server error (", "Try again in a moment"}},
		{id: "cc-unprocessable", cat: InvalidRequest, tier: tierValidation, strong: true, ui: true, retry: -1,
			any: []string{"unprocessable by the model"}},
		{id: "cc-api-rejected", cat: UnknownAPIError, tier: tierValidation, strong: true, ui: true,
			any: []string{"the API rejected the last request"}},
		{id: "cc-connect-timeout", cat: Network, tier: tierConnection, cased: true, strong: true, ui: true,
			all: []string{"Connection to", "timed out"}},
		// A header Claude Code would send is not a valid header value
		// (ANTHROPIC_CUSTOM_HEADERS, or another variable's): refused
		// before sending, so only the environment's fix helps.
		{id: "cc-header-invalid", cat: InvalidRequest, tier: tierValidation, strong: true, ui: true, retry: -1,
			any: []string{"Invalid ANTHROPIC_CUSTOM_HEADERS", "Invalid request header from the environment"}},
		// Options the API refuses for this model: an effort level that
		// needs thinking, an advisor model that does not fit.
		{id: "cc-request-options", cat: InvalidRequest, tier: tierValidation, strong: true, ui: true, retry: -1,
			any: []string{"isn't available with thinking turned off", "advisor model is not compatible with this request model"}},
		// The API's refusal (stop reason "refusal") as Claude Code words it:
		// the model's safeguards flagged the message, and no reply came.
		// Resending it unchanged meets the same refusal.
		{id: "cc-safeguards", cat: InvalidRequest, tier: tierPolicy, strong: true, ui: true, retry: -1,
			any:     []string{"safeguards flagged this message", "can't help with this. Start a new session"},
			summary: "The model's safeguards flagged the message and no reply was produced — rephrase it, or start a new session or switch models; resending it unchanged is refused again.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Edit your last message", "", "Press Esc twice to go back and rephrase it: the message, not the service, was refused."),
					act("Or start a new session", "/clear", "Content earlier in the conversation can keep triggering the refusal."),
					act("Or try another model", "/model", "Claude Code itself suggests it: safeguards differ between models."),
				}
			}},
	}
}

// bareAPIError is the entry for "API Error" with nothing else: a header
// waiting for its body.
func bareAPIError() *entry { return catalogue.get().byID[idBareAPIError] }

const idBareAPIError ID = "bare-api-error"

func usageSummary(a *advice) string {
	if a.o.reset == "" {
		return ""
	}
	return "Your Claude plan's usage limit is used up; it resets " + a.o.reset + "."
}

func usageActions(a *advice) []Action {
	wait := "Wait until your limit resets"
	if a.o.reset != "" {
		wait += " (" + a.o.reset + ")"
	}
	acts := []Action{act(wait, "", "Plan limits run in 5-hour sessions and weekly windows; nothing is broken.")}
	low := a.o.lower()
	if strings.Contains(low, "opus limit") || strings.Contains(low, "opus weekly") {
		acts = append(acts, act("Switch to Sonnet meanwhile", "/model sonnet", "The Opus limit is separate; Sonnet still has room."))
	}
	return append(acts,
		act("See how much is used", "/usage", "Shows the session and weekly limits and when each resets."),
		act("Or switch to pay-as-you-go API billing", "/login", "Log in with a Console account (API key) to keep working now, billed per token."),
	)
}

func usageCreditActions(a *advice) []Action {
	return []Action{
		act("Buy or turn on usage credits", "/usage-credits", "Usage credits pay for what goes beyond the plan; an organization's admin may have to add them."),
		act("Or switch to a model your plan includes", "/model", "Models that need usage credits stop when they run out; the plan's own models keep working."),
		act("See what is used", "/usage", "Shows the plan's limits and the usage credits."),
	}
}

func maxOutputActions(a *advice) []Action {
	limit := "64000"
	if n := models.MaxOutputTokens(a.model); n > 0 {
		limit = strconv.Itoa(n)
	}
	if asked, cap := maxTokensSetting(a.o.text); cap != "" {
		// "max_tokens: 128001 > 64000, which is the maximum allowed…":
		// the request asked for more than the model can give.
		return []Action{
			act("Lower Claude Code's output limit to the model's cap", "export CLAUDE_CODE_MAX_OUTPUT_TOKENS="+cap, "The request asked for "+asked+" output tokens; the model allows "+cap+". Check settings.json env too."),
			act("Update Claude Code", "claude update", "Some versions request more output tokens than the model allows; newer ones fix it."),
		}
	}
	return []Action{
		act("Ask for the work in smaller pieces", "", "One file or one step per reply stays under the cap."),
		act("Or raise the cap (up to the model's maximum)", "export CLAUDE_CODE_MAX_OUTPUT_TOKENS="+limit, "Claude Code's output limit; restart Claude Code after changing it."),
	}
}

func clientBugActions(a *advice) []Action {
	return []Action{
		act("Update Claude Code", "claude update", "Most crashes are fixed in a newer release."),
		act("Restart and resume the conversation", "claude --continue", "Picks up the last conversation after the crash."),
		act("Report it if it keeps happening", "/bug", "Sends the error log to Anthropic with your consent."),
	}
}
