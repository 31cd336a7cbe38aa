package apierror

// IDE and terminal coding agents (Aider, Continue, Cline, Roo Code, Kilo
// Code, Goose, Codex CLI, OpenCode, Cursor, GitHub Copilot Chat, Zed) print
// a failed model request inside their own frame: a prefix, a retry notice,
// their own sentence for the failure's class. The frame is not the failure:
// where the provider's error is in the paste it decides, so the agents'
// sentences here are thin (dropped when the paste shows more) and late
// (after any code, type or status; a frame that names no failure ranks
// last, tierLateBare, below any word inside it). Their own notices, written
// from their own counts or checks with nothing from a server, get their own
// entries and name no provider. The wordings and their sources are in
// testdata/vocab/aider.txt and the other agents' files.
func agentEntries() []*entry {
	// Aider's exception table as source (aider/exceptions.py) quotes
	// every description: a listing, not a failure.
	aiderTable := []string{"ExInfo("}
	return []*entry{
		// Aider prints LiteLLM's exception as it is, then its one-line
		// description of the exception's class (aider/exceptions.py,
		// EXCEPTIONS), then "Retrying in N.N seconds...". Each description
		// stands for its class, so it names the failure when the exception
		// line was left out of the paste. Cased: Aider writes them as whole
		// sentences; prose saying them mid-sentence tells of them.
		{id: "aider-rate-limit", cat: RateLimit, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1,
			any: []string{"The API provider has rate limited you"}, unless: aiderTable},
		{id: "aider-server-down", cat: ServerError, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1,
			any: []string{"The API provider's servers are down or overloaded"}, unless: aiderTable},
		{id: "aider-auth", cat: Authentication, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1,
			any: []string{"The API provider is not able to authenticate you"}, unless: aiderTable},
		{id: "aider-permission", cat: Permission, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1,
			any: []string{"Permission was denied. Check your API key and/or credentials"}, unless: aiderTable},
		{id: "aider-timeout", cat: Timeout, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1,
			any: []string{"The API provider timed out without returning a response"}, unless: aiderTable},
		{id: "aider-content-policy", cat: InvalidRequest, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1,
			any: []string{"The API provider has refused the request due to a safety policy"}, unless: aiderTable},
		{id: "aider-image-fetch", cat: InvalidRequest, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1,
			any: []string{"The API provider was unable to fetch one or more images"}, unless: aiderTable},
		// get_ex_info's own descriptions: OpenRouter's reply without
		// choices (the upstream failed or limited the request), OpenRouter's
		// 402, LiteLLM's Bedrock client missing its boto3 dependency.
		{id: "aider-openrouter-down", cat: GatewayError, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1, provider: "gateway",
			any: []string{"OpenRouter or the upstream API provider is down, overloaded or rate limiting"}, unless: aiderTable},
		{id: "aider-credits", cat: Billing, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1,
			any: []string{"Insufficient credits with the API provider"}, unless: aiderTable},
		{id: "aider-boto3", cat: ClientBug, tier: tierCrash, strong: true, cased: true, notAPI: true, retry: -1,
			any:     []string{"You need to: pip install boto3"},
			summary: "Aider (through LiteLLM) needs the boto3 package to call Amazon Bedrock, and it is not installed where Aider runs: nothing was sent.",
			actions: func(a *advice) []Action {
				return []Action{act("Install boto3 in Aider's environment", "pip install boto3", "LiteLLM's Bedrock client imports it; with pipx: pipx inject aider-chat boto3.")}
			}},
		// Aider's own token checks, from its token counts: before sending
		// (check_tokens) and after a request ended for length
		// (show_exhausted_error, which marks each count near its limit, one
		// line each, "possibly" since 2024; the headline alone is thin, the
		// marked count decides).
		{id: "aider-context-estimate", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1, composed: true,
			all: []string{"Your estimated chat context of ", " token limit for "}},
		{id: "aider-token-limit-input", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1, composed: true,
			any: []string{" -- possibly exhausted context window!", " -- context window exhausted!"}},
		{id: "aider-token-limit-output", cat: MaxOutputTokens, tier: tierOutputCap, strong: true, cased: true, retry: -1, composed: true,
			any: []string{" -- possibly exceeded output limit!", " -- exceeded output limit!"}},
		{id: "aider-token-limit", cat: ContextTooLong, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1, composed: true,
			any: []string{" has hit a token limit!"}},
		// The stream ended with no content at all; Aider suspects the
		// provider account (credits, access), nothing more is known.
		{id: "aider-empty-response", cat: UnknownAPIError, late: true, tier: tierLateAgent, strong: true, cased: true,
			any: []string{"Empty response received from LLM"}},
		// Continue's Anthropic provider replaces the API's message with one
		// sentence per error.type (packages/openai-adapters/src/apis/
		// AnthropicUtils.ts, getAnthropicErrorMessage): the API answered,
		// and the sentence stands for its type. Anthropic's errors page
		// describes the types in the same words, so only the printed form
		// counts: after "Error: ", or with the status page Continue adds.
		{id: "continue-anthropic-api-error", cat: ServerError, tier: tierValidation, strong: true, cased: true, provider: "anthropic",
			any: []string{"Error: An unexpected error has occurred internal to Anthropic's systems"}},
		{id: "continue-anthropic-invalid", cat: InvalidRequest, late: true, tier: tierLateAgent, strong: true, cased: true, provider: "anthropic",
			any: []string{"Error: There was an issue with the format or content of your request"}},
		{id: "continue-anthropic-auth", cat: Authentication, tier: tierCredentials, strong: true, cased: true, provider: "anthropic",
			any: []string{"Error: There's an issue with your API key"}},
		// permission_error keeps the API's own default message, printed
		// after "Error: " alone.
		{id: "continue-anthropic-permission", cat: Permission, tier: tierAccess, strong: true, cased: true, provider: "anthropic",
			any: []string{"Error: Your API key does not have permission to use the specified resource"}},
		{id: "continue-anthropic-not-found", cat: NotFound, late: true, tier: tierLateAgent, strong: true, cased: true, provider: "anthropic",
			any: []string{"Error: The requested resource was not found"}},
		{id: "continue-anthropic-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, cased: true, provider: "anthropic",
			any: []string{"Error: Your account has hit a rate limit"}},
		{id: "continue-anthropic-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, cased: true, provider: "anthropic",
			any: []string{"Anthropic's API is temporarily overloaded. Please check their status page"}},
		{id: "continue-anthropic-timeout", cat: Timeout, tier: tierStall, strong: true, cased: true, provider: "anthropic", retry: 1,
			any: []string{"Anthropic API timed out. Please check their status page"}},
		// The same provider's frame for a body not in the API's envelope
		// ("Anthropic API sent back 500: {…}"): something else answered,
		// and its status decides.
		{id: "continue-anthropic-sent-back", cat: UnknownAPIError, tier: tierCrash, strong: true, cased: true, statusDecides: true,
			any: []string{"Anthropic API sent back "}},
		// No key in the model's config: Continue refused before sending.
		{id: "continue-no-key", cat: Authentication, tier: tierCredentials, strong: true, cased: true, unsent: true, retry: -1,
			all:     []string{"Request not sent. You have an ", " but the API key is not set"},
			summary: "Continue has a model configured with no API key, so it sent nothing: add apiKey to the model in config.yaml (or the secret it names)."},
		// Its own token count before sending (core/llm/countTokens.ts,
		// compileChatMessages): the model's context length cannot hold the
		// system message, the last message and the tools with room left for
		// the output. Nothing was sent.
		{id: "continue-context", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1, composed: true,
			any: []string{"Not enough context available to include the system message, last user message, and tools"}},
		// Its Vertex AI and Bedrock providers' own checks before sending
		// (core/llm/llms/VertexAI.ts, Bedrock.ts): no region or project, no
		// Google access token, an empty turn it cannot convert.
		{id: "continue-vertex-setting", cat: InvalidRequest, tier: tierAccess, strong: true, cased: true, unsent: true, retry: -1,
			any: []string{"region and projectId are required for VertexAI"}},
		{id: "continue-vertex-token", cat: Authentication, tier: tierCredentials, strong: true, cased: true, unsent: true, retry: -1,
			any: []string{"Could not get an access token. Set up your Google Application Default Credentials."}},
		{id: "continue-bedrock-empty-turn", cat: ConversationState, tier: tierConversation, strong: true, cased: true, retry: -1,
			all: []string{"Bedrock: no content in ", " message before conversational turn change"}},
		// Its fetch wrapper retries a 429, an overload or malformed JSON
		// five times (core/util/withExponentialBackoff.ts), logging each
		// retry as a rate limit, then gives up: the error it retried
		// decides where the paste shows it.
		{id: "continue-retries", cat: RateLimit, tier: tierRateLimit, strong: true, thin: true, cased: true, retry: 1,
			any: []string{"Failed to make API call after ", "Hit rate limit. Retrying in "}},
		// Its GUI's title for a failed request, and its guess from the
		// status (gui/src/pages/gui/StreamError.tsx) above the technical
		// details, which decide: thin.
		{id: "continue-stream-error", cat: UnknownAPIError, late: true, tier: tierLateBare, thin: true, cased: true,
			any: []string{"Error handling model response", "There was an error handling the response from "}},
		{id: "continue-guess-overloaded", cat: Overloaded, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1,
			any: []string{"the provider's server(s) are overloaded and streaming was interrupted"}},
		{id: "continue-guess-rate-limit", cat: RateLimit, late: true, tier: tierLateAgent, thin: true, cased: true, retry: 1,
			all: []string{"This might mean your ", " usage has been rate limited by "}},
		{id: "continue-guess-auth", cat: Authentication, late: true, tier: tierLateAgent, thin: true, cased: true,
			any: []string{"It's possible that your API key is invalid."}},
		{id: "continue-guess-permission", cat: Permission, late: true, tier: tierLateAgent, thin: true, cased: true,
			any: []string{"Likely cause: not authorized to access the model deployment."}},
		// Roo Code's retry row (Kilo Code keeps it): "Provider Error ·
		// <status>" over its own sentence for the status
		// (webview-ui/src/i18n/locales/en/chat.json, apiRequest.
		// errorMessage.<status>), the raw error in its details, which
		// decide where they were copied. Each sentence stands for its
		// status; "Unknown API error" is its sentence for every other
		// status, which then decides.
		{id: "roo-status-429", cat: RateLimit, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1, impliedStatus: 429,
			any: []string{"You're being rate-limited by the provider"}},
		{id: "roo-status-401", cat: Authentication, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1, impliedStatus: 401,
			any: []string{"Couldn't authenticate with provider. Please check your API key configuration"}},
		{id: "roo-status-403", cat: Permission, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1, impliedStatus: 403,
			any: []string{"Your API key is valid, but the provider refused to complete this request"}},
		{id: "roo-status-500", cat: ServerError, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: 1, impliedStatus: 500,
			any: []string{"Provider server error. Something is wrong on the provider side"}},
		{id: "roo-provider-error", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true, statusDecides: true,
			any: []string{"Provider Error · "}},
		{id: "roo-status-other", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true, statusDecides: true,
			any: []string{"Unknown API error. Please contact Roo Code support"}},
		// Kilo Code's copy of the row adds its own sentences
		// (webview-ui/src/i18n/locales/en/chat.json): 400, 402, its
		// wording for every other status, and its Claude Code provider
		// used before signing in.
		{id: "kilo-status-400", cat: InvalidRequest, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1, impliedStatus: 400,
			any: []string{"The provider couldn't process the request as made"}},
		{id: "kilo-status-402", cat: Billing, late: true, tier: tierLateAgent, strong: true, thin: true, cased: true, retry: -1, impliedStatus: 402,
			any: []string{"You seem to have run out of funds/credits in your account"}},
		{id: "kilo-status-other", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true, statusDecides: true,
			any: []string{"Unknown API error, click Details for more information"}},
		{id: "kilo-claude-code-sign-in", cat: Authentication, tier: tierCredentials, strong: true, cased: true, unsent: true, retry: -1,
			any:     []string{`You need to sign in to use Claude Code. Go to Settings and click "Sign in to Claude Code"`},
			summary: "Kilo Code's Claude Code provider has no sign-in yet, so it sent nothing: sign in from Kilo Code's settings (\"Sign in to Claude Code\")."},
		// A header value outside Latin-1 (a key pasted with a curly quote
		// or an ellipsis): fetch's Headers refuse it before sending, with
		// WebIDL's TypeError "Cannot convert argument to a ByteString
		// because the character at index N has a value of N which is
		// greater than 255."; Roo Code words it "API key contains invalid
		// characters." (error-handler.ts, common:errors.api.
		// invalidKeyInvalidChars). Nothing was sent.
		{id: "key-not-bytestring", cat: Authentication, tier: tierCredentials, strong: true, cased: true, unsent: true, retry: -1,
			any:     []string{"Cannot convert argument to a ByteString", "API key contains invalid characters."},
			summary: "The API key (or another header value) holds a character outside Latin-1, often a curly quote or an ellipsis pasted with it, so the client refused to send the request. Copy the key again as plain text."},
		// Its note on a reply cut by a failed stream (src/i18n/locales/en/
		// common.json, interruption.responseInterruptedByApiError): the
		// error itself is in the row after it.
		{id: "roo-interrupted", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true,
			any: []string{"Response interrupted by API error"}},
		// Cline's chat (webview-ui/src/components/chat/ErrorBlockTitle.tsx,
		// src/core/task/index.ts): its titles over the failed request, the
		// error serialized below them (ClineError.serialize: message,
		// status, request_id, modelId, providerId, details), which decides;
		// its retry title while it retries on its own.
		// Not strong: release notes and docs quote the titles.
		{id: "cline-request-failed", cat: UnknownAPIError, late: true, tier: tierLateBare, thin: true, cased: true,
			any: []string{"API Request Failed", "API Streaming Failed", "API Request (Retrying failed attempt "}},
		// The same words as a printed label before the reason ("API
		// request failed: rate limit exceeded", Cline's model-list refresh
		// "API request failed: 500"), in any case: the reason decides.
		{id: "api-request-failed-label", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, statusDecides: true,
			any: []string{"API request failed: "}},
		// The stream cut under it: undici's "terminated" (a socket closed
		// mid-response) as the serialized error's message, modelId next
		// (JSON.stringify leaves out the undefined status and request id).
		{id: "cline-stream-terminated", cat: Network, tier: tierConnection, strong: true,
			all: []string{`"message":"terminated"`, `"modelId":`}},
		// Its OpenRouter provider's error for a failure OpenRouter reports
		// inside the stream (src/core/api/providers/openrouter.ts: a choice
		// with finish_reason "error"): OpenRouter's or its upstream's
		// failure after the answer began; a status inside decides.
		{id: "cline-openrouter-midstream", cat: GatewayError, tier: tierRelay, strong: true, cased: true, statusDecides: true, retry: 1, provider: "gateway",
			any: []string{"OpenRouter Mid-Stream Error: "}},
		// Its Bedrock provider writes Bedrock's stream exceptions into the
		// reply as "[ERROR] <kind>: <message>" (src/core/api/providers/
		// bedrock.ts, handleBedrockStreamError): the kind names the
		// exception (ValidationException, ModelStreamErrorException);
		// late, so a message that says more decides.
		// "Validation error" names no service: Bedrock passes the model's
		// own validation message on, which may say whose it is.
		{id: "cline-bedrock-validation", cat: InvalidRequest, late: true, tier: tierLateAgent, strong: true, cased: true, retry: -1,
			any: []string{"[ERROR] Validation error: "}},
		{id: "cline-bedrock-model-stream", cat: ServerError, late: true, tier: tierLateAgent, strong: true, cased: true, retry: 1, provider: "bedrock",
			any: []string{"[ERROR] Model stream error: "}},
		// Only Bedrock's stream has a model stream error: whatever message
		// follows, Bedrock answered.
		{id: "cline-bedrock-stream-name", provider: "bedrock", envRank: 30,
			names: []string{"[ERROR] Model stream error: "}},
		// Its own notices: the provider refused the context and Cline can
		// truncate it on retry; the provider's reply had no usable message.
		{id: "cline-context-window", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1,
			any: []string{"Context window exceeded. Click retry to truncate the conversation"}},
		{id: "cline-invalid-response", cat: ServerError, tier: tierCapacity, strong: true, cased: true, retry: 1,
			any:     []string{"Invalid API Response: The provider returned an empty or unparsable response"},
			summary: "The model's provider answered with an empty or unparsable reply (no text and no usable tool call): a provider-side failure, which a retry often clears."},
		// Codex CLI (codex-rs/core/src/error.rs, CodexErr) with any model
		// provider, Anthropic's through OpenRouter or LiteLLM among them:
		// "unexpected status <status>: <body>" and "exceeded retry limit,
		// last status: <status>" carry the status (statusFrames in
		// extract.go), which decides. A stream cut before its end is
		// retried ("Reconnecting... N/M (stream disconnected before
		// completion: …)") and printed the same when retries run out:
		// the reason inside, when it says more, decides (late, general).
		{id: "codex-retry-limit", cat: UnknownAPIError, tier: tierCrash, strong: true, cased: true, statusDecides: true, retry: 1,
			any: []string{"exceeded retry limit, last status: "}},
		// Its Display puts the reason after the colon: prose has none.
		{id: "codex-stream-disconnected", cat: Network, late: true, tier: tierLateWords, strong: true, cased: true, retry: 1,
			any: []string{"stream disconnected before completion: "}},
		{id: "codex-read-response", cat: Network, tier: tierConnection, strong: true, cased: true, retry: 1,
			any: []string{"Error while reading the server response: "}},
		// reqwest's error for a request that got no answer (a connect,
		// TLS or DNS failure below it): Codex prints it after "Connection
		// failed: ", other Rust clients and relays after their own words.
		{id: "reqwest-send", cat: Network, tier: tierConnection, strong: true, retry: 1,
			any: []string{"error sending request for url"}},
		{id: "codex-context-window", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1,
			any: []string{"Codex ran out of room in the model's context window"}},
		// OpenAI's own answers as Codex words them: its ChatGPT plan's
		// usage limit, the API's insufficient_quota, a plan without Codex,
		// its servers overloaded. Not Claude's, so OpenAI answered.
		{id: "codex-usage-limit", cat: UsageLimit, tier: tierUsage, strong: true, cased: true, provider: "openai", retry: 1,
			all: []string{"You've hit your usage limit.", "chatgpt.com/codex/settings/usage"}},
		{id: "codex-usage-limit-plain", cat: UsageLimit, tier: tierUsage, strong: true, cased: true, provider: "openai", retry: 1,
			any: []string{"You've hit your usage limit. Upgrade to Plus to continue using Codex", "You've hit your usage limit. To get more access now, send a request to your admin"}},
		{id: "codex-quota", cat: Billing, tier: tierBilling, strong: true, cased: true, provider: "openai", retry: -1,
			any: []string{"Quota exceeded. Check your plan and billing details."}},
		{id: "codex-plan", cat: Billing, tier: tierBilling, strong: true, cased: true, provider: "openai", retry: -1,
			any: []string{"To use Codex with your ChatGPT plan, upgrade to Plus"}},
		{id: "codex-high-demand", cat: Overloaded, tier: tierCapacity, strong: true, cased: true, provider: "openai", retry: 1,
			any: []string{"We're currently experiencing high demand, which may cause temporary errors."}},
		// Goose (crates/goose/src/providers/errors.rs, ProviderError; agents/
		// agent.rs): its reply when a provider call fails, "Ran into this
		// error: <ProviderError>.⏎⏎Please retry if you think this is a
		// transient or recoverable error.", the error's kind first ("Rate
		// limit exceeded: ", "Server error: HTTP <status>: <body>",
		// "Request failed: <reason> (<status>): …"): the error inside
		// decides; the frame alone says only that the call failed.
		{id: "goose-frame", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true,
			any: []string{"Ran into this error: ", "Please retry if you think this is a transient or recoverable error"}},
		{id: "goose-context", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1,
			any: []string{"The conversation is too long for the model's context window."}},
		// Its words for a reqwest failure that got no answer
		// (provider_error_from_reqwest): no connection, or none named.
		{id: "goose-network", cat: Network, tier: tierConnection, strong: true, cased: true, retry: 1,
			all: []string{" — check your network connection and try again"}, any: []string{"Could not connect to ", "Network error — "}},
		// A server error with its status (format_server_error_message), or
		// none of the body: the status decides.
		{id: "goose-server-error", cat: ServerError, tier: tierCrash, strong: true, cased: true, statusDecides: true, retry: 1,
			any: []string{"Server error: HTTP ", "No response body received from server"}},
		{id: "goose-status", cat: UnknownAPIError, late: true, tier: tierLateAgent, strong: true, cased: true, statusDecides: true,
			any: []string{"Request failed with status: "}},
		{id: "goose-credits", cat: Billing, tier: tierBilling, strong: true, cased: true, retry: -1,
			any: []string{"Credits exhausted: "}},
		// OpenCode (packages/opencode/src/session/message-v2.ts, retry.ts):
		// its session errors serialized as {"name":…,"data":{…}} (APIError's
		// statusCode and responseBody decide), and its retry status, "<why>
		// [retrying in Ns attempt #N]", whose why is the provider's message
		// or its own word for it ("Provider is overloaded" for any
		// "Overloaded").
		{id: "opencode-retry", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, retry: 1,
			all: []string{"[retrying in ", " attempt #"}},
		{id: "opencode-overloaded", cat: Overloaded, late: true, tier: tierLateAgent, cased: true, retry: 1,
			any: []string{"Provider is overloaded"}},
		{id: "opencode-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any: []string{`"name":"ProviderAuthError"`}},
		{id: "opencode-output-length", cat: MaxOutputTokens, tier: tierOutputCap, strong: true, retry: -1,
			any: []string{`"name":"MessageOutputLengthError"`}},
		{id: "opencode-context", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1,
			any: []string{`"name":"ContextOverflowError"`}},
		// Cursor (closed source): its error object as the client prints it
		// and users copy it, {"error":"ERROR_<KIND>","details":{"title",
		// "detail","isRetryable",…}} (forum.cursor.com reports), the kind
		// from its error enum. In the JSON form only: code and proxies that
		// test the names quote them bare. ERROR_PROVIDER_ERROR frames the
		// provider's own answer ("Provider returned error: …"), which
		// decides; the others are Cursor's own answer, as a gateway's.
		{id: "cursor-context", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1,
			any: []string{`"error":"ERROR_CONVERSATION_TOO_LONG"`}},
		{id: "cursor-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			any: []string{`"error":"ERROR_FREE_USER_RATE_LIMIT_EXCEEDED"`, `"error":"ERROR_PRO_USER_RATE_LIMIT_EXCEEDED"`, `"error":"ERROR_GENERIC_RATE_LIMIT_EXCEEDED"`,
				`"error":"ERROR_OPENAI_RATE_LIMIT_EXCEEDED"`, `"error":"ERROR_RESOURCE_EXHAUSTED"`, `"error":"ERROR_GPT_4_VISION_PREVIEW_RATE_LIMIT"`}},
		// The user's own key limited by its provider, relayed by Cursor.
		{id: "cursor-user-key-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1,
			any: []string{`"error":"ERROR_API_KEY_RATE_LIMIT"`, "User API Key Rate limit exceeded"}},
		{id: "cursor-usage-limit", cat: UsageLimit, tier: tierUsage, strong: true, retry: 1, provider: "gateway",
			any: []string{`"error":"ERROR_FREE_USER_USAGE_LIMIT"`, `"error":"ERROR_PRO_USER_USAGE_LIMIT"`}},
		{id: "cursor-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any: []string{`"error":"ERROR_BAD_API_KEY"`, `"error":"ERROR_BAD_USER_API_KEY"`, `"error":"ERROR_NOT_LOGGED_IN"`, `"error":"ERROR_INVALID_AUTH_ID"`,
				`"error":"ERROR_AUTH_TOKEN_NOT_FOUND"`, `"error":"ERROR_AUTH_TOKEN_EXPIRED"`, `"error":"ERROR_AGENT_REQUIRES_LOGIN"`, `"error":"ERROR_UNAUTHORIZED"`}},
		{id: "cursor-permission", cat: Permission, tier: tierAccess, strong: true, retry: -1,
			any: []string{`"error":"ERROR_NOT_HIGH_ENOUGH_PERMISSIONS"`, `"error":"ERROR_PRO_USER_ONLY"`, `"error":"ERROR_API_KEY_NOT_SUPPORTED"`}},
		{id: "cursor-model", cat: NotFound, tier: tierModel, strong: true, retry: -1,
			any: []string{`"error":"ERROR_BAD_MODEL_NAME"`}},
		{id: "cursor-image", cat: RequestTooLarge, tier: tierSize, strong: true, retry: -1,
			any: []string{`"error":"ERROR_CLAUDE_IMAGE_TOO_LARGE"`}},
		{id: "cursor-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any: []string{`"error":"ERROR_TIMEOUT"`}},
		{id: "cursor-bad-request", cat: InvalidRequest, late: true, tier: tierLateAgent, strong: true, retry: -1,
			any: []string{`"error":"ERROR_BAD_REQUEST"`}},
		// Its backend got no usable answer from the model provider
		// (ERROR_OPENAI, whatever the provider): "Unable to reach the
		// model provider" / "We're having trouble connecting to the model
		// provider. This might be temporary - please try again in a
		// moment." — Cursor's own answer, as a gateway's.
		// Not strong: articles about Cursor quote the object as their
		// example. The client's own copy carries its flags ("isRetryable"),
		// which an example written from memory leaves out.
		{id: "cursor-provider-unreachable", cat: GatewayError, tier: tierRelay, cased: true, retry: 1, provider: "gateway",
			any: []string{"We're having trouble connecting to the model provider", "Unable to reach the model provider"}},
		{id: "cursor-provider-unreachable-printed", cat: GatewayError, tier: tierRelay, strong: true, cased: true, retry: 1, provider: "gateway",
			all: []string{"Unable to reach the model provider", `"isRetryable":`}},
		// The client's ConnectError under the object, with its own
		// transport frame ($endAiConnectTransportReportError): printed by
		// Cursor, so a failure; the object above decides.
		{id: "cursor-connect-error", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true,
			all: []string{"ConnectError: [", "AiConnectTransportReportError"}},
		{id: "cursor-provider-error", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true,
			any: []string{`"error":"ERROR_PROVIDER_ERROR"`, `"error":"ERROR_CUSTOM_MESSAGE"`}},
		// Zed's agent panel, beside its provider errors (entries_clients.go):
		// its callout when the thread's own token count is over the model's
		// context window (crates/agent_ui, render_token_limit_callout,
		// TokenUsageRatio::Exceeded). "…reaching the token limit soon" is
		// its warning before, no failure.
		{id: "zed-thread-token-limit", cat: ContextTooLong, tier: tierContext, strong: true, cased: true, retry: -1, composed: true,
			any: []string{"Thread reached the token limit"}},
		// GitHub Copilot Chat in VS Code (Claude among its models, served by
		// GitHub's Copilot API): its chat's error sentences
		// (src/platform/chat/common/commonTypes.ts, getErrorDetailsFrom
		// ChatFetchError). A failed request puts the reason after
		// "Reason: " ("Request Failed: <status> <body>", "Server error.
		// Stream terminated"), which decides; its limits and quotas are
		// GitHub's own answer, as a gateway's.
		{id: "copilot-chat-failed", cat: UnknownAPIError, late: true, tier: tierLateBare, strong: true, thin: true, cased: true, statusDecides: true,
			any: []string{"Sorry, your request failed. Please try again."}},
		{id: "copilot-chat-network", cat: Network, tier: tierConnection, strong: true, cased: true, retry: 1,
			any: []string{"Sorry, there was a network error. Please try again later."}},
		{id: "copilot-chat-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, cased: true, retry: 1, provider: "gateway",
			any: []string{"Sorry, you have been rate-limited.", "Sorry, your request was rate-limited.", "You've hit the rate limit for this model.",
				"You've hit your global rate limit.", "Sorry, you have exceeded the agent mode rate limit."}},
		// model_overloaded and upstream_provider_rate_limit: the model's own
		// provider (Anthropic, for Claude) is short of capacity.
		{id: "copilot-chat-upstream-demand", cat: Overloaded, tier: tierCapacity, strong: true, cased: true, retry: 1,
			any: []string{"Sorry, the upstream model provider is currently experiencing high demand."}},
		{id: "copilot-chat-demand", cat: Overloaded, tier: tierCapacity, strong: true, cased: true, retry: 1, provider: "gateway",
			any: []string{"Sorry, GitHub Copilot Chat is currently experiencing high demand."}},
		{id: "copilot-chat-quota", cat: UsageLimit, tier: tierUsage, strong: true, cased: true, retry: 1, provider: "gateway",
			any: []string{"You've reached your monthly chat messages quota.", "You've exhausted your premium model quota."}},
		{id: "copilot-chat-overage", cat: SpendLimit, tier: tierSpend, strong: true, cased: true, retry: -1, provider: "gateway",
			any: []string{"You cannot accrue additional premium requests at this time."}},
		{id: "copilot-chat-length", cat: MaxOutputTokens, tier: tierOutputCap, strong: true, cased: true, retry: -1,
			any: []string{"Sorry, the response hit the length limit."}},
		{id: "copilot-chat-filtered", cat: InvalidRequest, tier: tierPolicy, strong: true, cased: true, retry: -1, provider: "gateway",
			any: []string{"Sorry, your prompt was filtered by the Responsible AI Service.", "Sorry, the response was filtered by the Responsible AI Service.",
				"Sorry, the response matched public code so it was blocked."}},
	}
}
