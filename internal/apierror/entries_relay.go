package apierror

import "strings"

// Gateways and relays between Claude Code and the API: LiteLLM,
// claude-code-router, OpenRouter ("Provider returned error"), one-api/new-api
// style relays, and the base entry for failures of whatever sits in between.
func relayEntries() []*entry {
	return []*entry{
		{id: "gateway-error", cat: GatewayError, base: true, statuses: []int{200, 502},
			retryable: true, side: SideNetwork, actions: gatewayActions,
			summary: "Something between Claude Code and the API (a gateway, proxy or CDN) failed or answered with a page instead of the API's JSON."},
		{id: "relay-envelope", provider: "gateway", envRank: 30,
			envelope: []string{"openrouter", "new_api_error", "one_api_error", "upstream_error", "(request id: 20",
				// Claude Code 2.1.328 ends a 5xx notice with " If it persists,
				// check your inference gateway (host)." only when
				// ANTHROPIC_BASE_URL is not Anthropic's (its h1o()).
				"check your inference gateway", "Provider returned error", "Error from provider", "client_validation_error", "claude-relay", "claude-code-router", "LiteLLM"},
			// one-api/new-api append "(request id: …)" and use these error
			// types (new-api types/error.go); aiproxy appends "(aiproxy: …)";
			// OpenRouter by host.
			names: []string{"(request id: ", "(aiproxy: ", "new_api_error", "one_api_error", "upstream_error", "aiproxy_error", "openrouter.ai", "litellm."}},
		{id: "relay-endpoint", provider: "gateway", endpoint: []string{"one-api", "new-api", "openrouter", "litellm"}},
		// A relay's client restriction is its access rule: nothing failed,
		// this caller is not allowed (permission, as LiteLLM's key-model
		// rule); provider says it was the relay.
		{id: "relay-client", cat: Permission, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			any: []string{"client_validation_error", "client is not authorized to use this API key", "only accepts requests from Claude Code", "this group only allows Claude Code clients", "Only Claude Code clients are allowed",
				"Client not allowed (detected:", "Client blocked (detected:", "Client not allowed. User-Agent header is required",
				// The Chinese relays' wording: "the interface can only be used
				// by Claude Code clients" (a default channel's restriction);
				// a new-api fork's Claude adaptor, "请勿在 Claude Code CLI 之外
				// 使用接口" (do not use the interface outside the Claude Code
				// CLI).
				"仅可用于Claude Code客户端", "Claude Code CLI 之外使用"},
			summary: "The relay in front of the API refused this client by its own rules (it accepts only some clients, such as the official Claude Code CLI): the request never reached Anthropic.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Check the relay's client restrictions", "", "Your relay/gateway rejected this client by its own rules, before Anthropic saw the request."),
					act("Or point Claude Code at the API directly", "unset ANTHROPIC_BASE_URL", "Use your own key or login without the relay."),
				}
			}},
		// new-api could not reach the service behind it (types/error.go:
		// ErrorCodeDoRequestFailed, "upstream error: do request failed").
		{id: "relay-upstream-unreachable", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any:     []string{"upstream error: do request failed", `"do_request_failed`, "'do_request_failed"},
			summary: "The relay in front of the API could not reach the service behind it (upstream error) — the relay's upstream failed, not your request."},
		// A stream that ended before its last event, in a relay's own words
		// (sub2api: "Upstream stream ended without a terminal response
		// event", 502, logged as "upstream stream ended without terminal
		// event"; new-api: "upstream stream ended with zero usage and no
		// output"): the relay's upstream cut the answer short.
		{id: "relay-stream-ended", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			// A relay's own bug report says it in SSE's words: the stream
			// closed with "no terminal event" (message_stop for Claude's,
			// response.completed or [DONE] for OpenAI's), which clients
			// print as a connection closed mid-response.
			any: []string{"upstream stream ended without", "upstream stream ended before", "upstream stream ended unexpectedly", "upstream stream ended with zero usage",
				"no terminal event", "without a terminal event", "without emitting a terminal event", "without sending a terminal"},
			summary: "The relay's upstream stream ended before its last event: the service behind the relay cut the answer short. Resending usually works; if it keeps happening, tell whoever runs the relay."},
		// The Anthropic TypeScript SDK's words for a stream that closed with
		// no message in it (lib/MessageStream.ts: "stream ended without
		// producing a Message with role=assistant", "request ended without
		// sending any chunks"): the API streams message_start first, so
		// something in between answered with an empty stream.
		{id: "stream-ended-early", cat: GatewayError, tier: tierRelay, strong: true, retry: 1,
			any:     []string{"stream ended without producing a Message with role=assistant", "request ended without sending any chunks"},
			summary: "The answer's stream ended before its first message: a relay, gateway or proxy in between answered with an empty stream. Resending usually works; if it keeps happening, check whatever sits in front of the API."},
		{id: "relay-terminated", cat: GatewayError, tier: tierRelay, strong: true, ui: true,
			any: []string{"API Error: 500 terminated", "API Error: terminated", "API Error (terminated", "stream stall timeout"}},
		// httpx's raise_for_status names the URL it called ("Client error
		// '400 Bad Request' for url '…'"): a relay's upstream refusing it,
		// unless that URL is a provider's own API — Anthropic's, which the
		// Python SDK calls, or Claude on Vertex or Bedrock, which LiteLLM
		// calls with httpx — whose refusal the status names.
		{id: "httpx-upstream-4xx", cat: GatewayError, tier: tierRelay, retry: -1,
			any: []string{"Client error '4"}, unless: []string{"for url 'https://api.anthropic.com/", "aiplatform.googleapis.com/v1", ".amazonaws.com/model/"}},
		{id: "provider-wrapper", cat: GatewayError, late: true, tier: tierLateProvider,
			any: []string{"Provider returned error", "Error from provider"}},
		// OpenRouter's provider error: {"error":{"code":N,"message":"Provider
		// returned error","metadata":{"raw":"<the provider's body>",
		// "provider_name":"…"}}} (openrouter.ai/docs/api-reference/errors,
		// ProviderErrorMetadata). The shape is an answer, not a mention; the
		// provider's raw body inside it is read like any body (its wording
		// decides), and its status when the body says nothing known.
		{id: "openrouter-provider-error", cat: GatewayError, late: true, tier: tierLateProvider, strong: true,
			all: []string{"Provider returned error", "provider_name"}},
		// Its metadata.provider_name names the upstream whose raw body it
		// carries: "Anthropic" is the Claude API itself, which answered (the
		// blind folders' convention, blind-2026-12g/README.md: OpenRouter's
		// envelope around Anthropic's body is anthropic), when its raw body
		// is the API's; OpenRouter's own refusals (its moderation) name the
		// provider too. It ranks before the relay's envelope, as LiteLLM's
		// AnthropicException prefix does.
		{id: "openrouter-anthropic", provider: "anthropic", envRank: 24, carried: true,
			names: []string{`"provider_name":"Anthropic"`}},
		// The other platforms OpenRouter routes Claude through name
		// themselves so too: "Google" is Google Vertex (its Gemini API is
		// "Google AI Studio"), "Amazon Bedrock" is Bedrock. Around the
		// Claude API's own body (a Claude model on that platform, which
		// answers in the API's envelope), the platform answered, as
		// blind-2026-12g/007 labels a Claude body from provider_name Google.
		{id: "openrouter-vertex", provider: "vertex", envRank: 24, carried: true,
			names: []string{`"provider_name":"Google"`, `"provider_name": "Google"`, `'provider_name': 'Google'`}},
		{id: "openrouter-bedrock", provider: "bedrock", envRank: 24, carried: true,
			names: []string{`"provider_name":"Amazon Bedrock"`, `"provider_name": "Amazon Bedrock"`, `'provider_name': 'Amazon Bedrock'`}},
		// A message with no content in the history, in the words of the
		// services that refuse it (testdata/vocab/emptycontent.txt): the
		// Gemini API ("* GenerateContentRequest.contents[N].parts:
		// contents.parts must not be empty", its field path with it: code
		// comments name the sentence alone), Bedrock's
		// Converse ("The content field in the Message object at messages.N
		// is empty", "The text field in the ContentBlock object at … is
		// blank"), Moonshot ("the message at position N with role
		// 'assistant' must not be empty"), Mistral ("Assistant message must
		// have either content or tool_calls"), Xiaomi MiMo ("messages[N]
		// assistant content must contain at least one part"). Like the
		// Messages API's "must have non-empty content", every later request
		// resends that history, so it fails the same way.
		{id: "history-empty-content", cat: ConversationState, tier: tierConversation, strong: true, retry: -1,
			any: []string{".parts: contents.parts must not be empty", "is empty. Add a ContentBlock object to the content field", "is blank. Add text to the text field",
				"with role 'assistant' must not be empty", "with role 'user' must not be empty", "Assistant message must have either content or tool_calls",
				"content must contain at least one part"}},
		// The Mistral API files every refusal of a history's order under one
		// error type, invalid_request_message_order (code 3230): a last
		// message that is not the user's or a tool's ("Expected last role
		// User or Tool (or Assistant with prefix True) for serving but got
		// assistant"), a user turn straight after a tool result ("Unexpected
		// role 'user' after role 'tool'"), calls and results that do not
		// pair up ("Not the same number of function calls and responses");
		// OpenAI-compatible servers running its models (vLLM) copy the
		// words (testdata/vocab/messageorder.txt). Every later request
		// resends that history. The sentences are weak: clients quote them
		// in the comments beside their workaround.
		{id: "history-message-order", cat: ConversationState, tier: tierConversation, retry: -1, types: []string{"invalid_request_message_order"},
			any: []string{"Expected last role User or Tool", "Not the same number of function calls and responses"}},
		{id: "history-role-after-role", cat: ConversationState, tier: tierConversation, retry: -1,
			all: []string{"Unexpected role '", "' after role '"}},
		// LiteLLM's own decisions (testdata/vocab/litellm.txt).
		{id: "litellm-budget", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			// LiteLLM's three wordings (litellm/proxy/auth/auth_checks.py,
			// hooks/model_max_budget_limiter.py): "Budget has been exceeded!
			// [Key=…|Team=…] Current cost: …, Max budget: …"; "[ExceededBudget: ]
			// User=… over budget. Spend=…, Budget=…"; "LiteLLM Virtual Key: …,
			// exceeded budget for model=…"; and ExceededTokenBudget.
			any: []string{"litellm.BudgetExceededError", "Budget has been exceeded", "budget_exceeded", "ExceededBudget", "ExceededTokenBudget",
				"over budget. Spend=", "exceeded budget for model=", "exceeded their budget for model="},
			// Bifrost writes the same type for its own budgets (bifrost-budget).
			unless:  []string{"level budget exceeded:", "Budget exceeded: policy violation", `"is_bifrost_error"`},
			summary: "The gateway's (LiteLLM's) budget for this key, user or team is spent: requests fail until it is raised or reset."},
		{id: "litellm-key-model", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any: []string{"key not allowed to access model", "key_model_access_denied"}},
		{id: "litellm-rejected", cat: InvalidRequest, tier: tierPolicy, strong: true, retry: -1, provider: "gateway",
			any: []string{"litellm.UnsupportedParamsError", "litellm.ContentPolicyViolationError", "litellm.ImageFetchError", "litellm.RejectedRequestError"}},
		{id: "litellm-context", cat: ContextTooLong, tier: tierContext, strong: true,
			any: []string{"litellm.ContextWindowExceededError"}},
		{id: "bad-response-schema", cat: GatewayError, tier: tierRelay, strong: true,
			any:     []string{"APIResponseValidationError", "litellm.JSONSchemaValidationError"},
			summary: "The answer did not have the shape of the API's response — a gateway or proxy in between changed or replaced it."},
		{id: "litellm-class-timeout", cat: Timeout, late: true, tier: tierLateWords, strong: true, impliedStatus: 408,
			any: []string{"litellm.Timeout"}},
		{id: "litellm-class-bad-gateway", cat: GatewayError, late: true, tier: tierLateWords, strong: true, impliedStatus: 502,
			any: []string{"litellm.BadGatewayError", "BadGatewayError: 502"}},
		{id: "litellm-class-rate-limit", cat: RateLimit, late: true, tier: tierLateWords, strong: true, impliedStatus: 429,
			any: []string{"litellm.RateLimitError"}},
		{id: "litellm-class-server", cat: ServerError, late: true, tier: tierLateWords, strong: true, impliedStatus: 500,
			any: []string{"litellm.InternalServerError"}},
		{id: "litellm-class-unprocessable", cat: InvalidRequest, late: true, tier: tierLateWords, strong: true, impliedStatus: 422,
			any: []string{"litellm.UnprocessableEntityError"}},
		// The rest of LiteLLM's status classes (docs.litellm.ai/docs/
		// exception_mapping): the class alone says what failed when the
		// provider's message is one the catalogue does not know.
		{id: "litellm-class-bad-request", cat: InvalidRequest, late: true, tier: tierLateWords, strong: true, impliedStatus: 400,
			any: []string{"litellm.BadRequestError"}},
		{id: "litellm-class-auth", cat: Authentication, late: true, tier: tierLateWords, strong: true, impliedStatus: 401,
			any: []string{"litellm.AuthenticationError"}},
		{id: "litellm-class-permission", cat: Permission, late: true, tier: tierLateWords, strong: true, impliedStatus: 403,
			any: []string{"litellm.PermissionDeniedError"}},
		{id: "litellm-class-not-found", cat: NotFound, late: true, tier: tierLateWords, strong: true, impliedStatus: 404,
			any: []string{"litellm.NotFoundError"}},
		{id: "litellm-class-unavailable", cat: ServerError, late: true, tier: tierLateWords, strong: true, impliedStatus: 503,
			any: []string{"litellm.ServiceUnavailableError"}},
		// OpenRouter's routing (testdata/vocab/openrouter.txt).
		{id: "openrouter-no-endpoint", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any:     []string{"No endpoints found", "No allowed providers"},
			summary: "The gateway (OpenRouter) has no provider that serves this model with these options — change the model or the routing options."},
		{id: "openrouter-model-id", cat: NotFound, tier: tierModel, strong: true,
			any: []string{"is not a valid model ID"}},
		// Relays' and other services' wording for a spent balance
		// (OpenRouter's "Insufficient credits" and "requires more credits",
		// Continue's "no credits remaining", DeepSeek's "Insufficient
		// Balance", https://api-docs.deepseek.com/quick_start/error_codes):
		// the same failure as Anthropic's credit balance, in words the API
		// never writes (its own are "Your credit balance is too low" and the
		// billing_error messages, docs.claude.com/en/api/errors): a service
		// in front of it or in its place answered.
		{id: "relay-credits", cat: Billing, tier: tierBilling, strong: true, ui: true, provider: "gateway",
			any: []string{"insufficient credits", "requires more credits", "no credits remaining", "insufficient balance", "insufficient_credits"}},
		// The capacity signal (overloaded) in Chinese: DeepSeek's docs name
		// its 503 "服务器繁忙" (server busy), "服务器负载过高" (server load too
		// high); relays write "服务器已经满载" (the server is fully loaded).
		// Anthropic's API answers in English: a service in front of it or in
		// its place wrote these.
		{id: "overloaded-zh", cat: Overloaded, tier: tierCapacity, strong: true, provider: "gateway",
			any: []string{"服务器繁忙", "服务器负载过高", "服务器已经满载", "服务器已满载"}},
		// The context window overflowing, in Chinese (testdata/vocab/
		// context-zh.txt): ds-free-api's answer to its web backend's
		// input_exceeds_limit ("输入内容超长，请缩短后重试", sent as a 500),
		// iFlytek Spark's 10907 ("token数量超过上限。对话历史+问题的字数太多"),
		// and the usual phrasings. Whatever status frames it, the request is
		// too long: resending it unchanged fails the same way. Not strong:
		// forms and logs print these words too, so an error frame must show.
		{id: "context-zh", cat: ContextTooLong, tier: tierContext, retry: -1, provider: "gateway",
			any: []string{"输入内容超长", "输入内容过长", "输入过长", "输入长度超过", "token数量超过上限", "上下文长度超过", "上下文长度超出", "超过模型最大上下文", "超出模型最大上下文", "超出最大上下文", "超过最大上下文"}},
		// one-api / new-api relays (testdata/vocab/oneapi.txt); 额度 is the
		// relay's quota (of the token or the user) in its Chinese wording,
		// a failure only where the words say it ran out ("用户额度不足",
		// "该令牌额度已用尽"): a quota that could not be read or still has
		// some left ("额度无法获取", "额度还有 40% 剩余") is no balance spent.
		// "user quota is not enough" is one-api's and new-api's English
		// (code insufficient_user_quota; new-api's task relay answers it as
		// {"code":"quota_not_enough","message":…,"data":null}).
		{id: "relay-quota", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any: []string{"额度不足", "额度不够", "额度已用尽", "额度用尽", "额度已用完", "额度用完", "额度已耗尽", "额度耗尽", "预扣费额度失败", `"insufficient_user_quota`, "'insufficient_user_quota", `"pre_consume_token_quota_failed`, "'pre_consume_token_quota_failed", "user quota is not enough",
				`"quota_not_enough"`},
			summary: "The relay's (one-api / new-api) quota for this token or account is used up: ask its operator to raise it or top it up."},
		// An API key refused in Chinese ("API Key 无效或已停用": invalid or
		// disabled, the wording of many Chinese relays and API services):
		// Anthropic's API answers in English, so a service in front of it
		// refused its own key.
		{id: "relay-key-zh", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{"API Key 无效", "API Key 已停用", "API Key 已禁用", "无效的 API Key", "API 密钥无效"}},
		// The relay has no adaptor for this model on the API asked: new-api's
		// api_not_implemented, and a one-api fork's Claude-format relay
		// ("model is not supported for claude api", 400, when the model's
		// channel type has no Claude adaptor): the model is not served on
		// this route.
		{id: "relay-not-implemented", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any: []string{`"api_not_implemented`, "'api_not_implemented", "model is not supported for claude api"}},
		// A server's access log line for the Messages API: "POST
		// /v1/messages HTTP/1.1" then the status it answered (the Common Log
		// Format's "%r" %>s, which nginx and Apache use, and uvicorn's
		// AccessFormatter '%(client_addr)s - "%(request_line)s" %(status_code)s').
		// Anthropic's servers do not log on the user's machine: the server
		// that wrote it is a local gateway, and a 5xx is its own failure.
		{id: "access-log-5xx", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			all: []string{`"POST /v1/messages`}, any: []string{`HTTP/1.1" 5`, `HTTP/1.0" 5`, `HTTP/2" 5`, `HTTP/2.0" 5`},
			summary: "The gateway that serves /v1/messages (its own access log shows it) answered with a server error — look at that gateway's log and its upstream settings."},
		// The Messages API answers no 503 of its own but for a customer key
		// it cannot reach (error_code cmek_key_unreachable, in its envelope;
		// https://docs.anthropic.com/en/api/errors lists 500, 504 and 529 for
		// its failures): a 503 in a relay's own bare {"error":{…}} object,
		// with no wording that says more, is the relay out of service or its
		// upstream gone (CLIProxyAPI's "Service temporarily unavailable"
		// before any upstream was reached), as Bedrock's 503 is Bedrock's
		// capacity.
		{id: "relay-503", cat: GatewayError, statuses: []int{503}, statusesAt: "gateway", relayShape: true,
			summary: "The relay or gateway in front of the API answered 503 itself: it, or the service behind it, is out of service for now. Resending later usually works; if it persists, tell whoever runs the relay."},
		// The Messages API's errors are always {"type":"error","error":{"type":…,
		// "message":…}} (https://docs.anthropic.com/en/api/errors): a 5xx whose
		// body is {"error":"some text"} was written by a relay in front of it.
		{id: "relay-bare-error", cat: GatewayError, provider: "gateway", bareBody: true,
			summary: "A relay or gateway in front of the API failed: its answer is not the API's error shape."},
		// new-api's RelayErrorHandler (service/error.go) answers an
		// upstream's non-2xx with code bad_response_status_code and the
		// upstream's own status (InitOpenAIError(…, resp.StatusCode)): a
		// 400, 413, 422 or 429 there is the upstream refusing the request
		// or throttling it, not the relay failing. Other statuses (a 401 or
		// 403 refuses the relay's channel key, which the user cannot fix;
		// a 5xx) stay the relay's upstream failure.
		{id: "relay-upstream-status", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			passes:  []int{400, 413, 422, 429},
			any:     []string{`"bad_response_status_code`, "'bad_response_status_code"},
			summary: "The relay (one-api / new-api) could not get an answer from the API behind it — its upstream failed or has no channel for this model."},
		// one-api's and new-api's failures towards their upstream, as the
		// code of their envelope (ErrorWrapper's do_request_failed,
		// read_response_body_failed, get_channel_failed), a JSON string or
		// in Python's repr of it, or as the messages they build, always with
		// the cause after a colon (fmt.Errorf("do request failed: %w",
		// err)): the same codes in a table of codes and the same words in a
		// sentence ("the do request failed path") are documentation and
		// prose. The relays' other codes below are read the same way.
		{id: "relay-upstream", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any: []string{`"do_request_failed`, "'do_request_failed", "do request failed:", `"read_response_body_failed`, "'read_response_body_failed",
				"read response body failed:", `"get_channel_failed`, "'get_channel_failed", "get channel failed:"},
			summary: "The relay (one-api / new-api) could not get an answer from the API behind it — its upstream failed or has no channel for this model."},
		// A relay's message that names its upstream as the one that failed,
		// the words opening the message (free-claude-code: "Upstream provider
		// NIM returned an error.", "Upstream provider KIMI returned HTTP
		// 429."; other gateways: "Upstream provider X failed: …", "Upstream
		// provider timed out"). Cased and not strong: documentation and
		// reports say "the upstream provider" in running prose, so an error
		// frame (a status, API Error, a body) must show it was printed.
		{id: "relay-upstream-provider", cat: GatewayError, tier: tierRelay, cased: true, provider: "gateway",
			any:     []string{"Upstream provider"},
			summary: "The relay in front of the API could not get an answer from the service behind it (its upstream provider failed): tell whoever runs the relay if it persists."},
		// free-claude-code's whole report of an upstream failure (its
		// error_mapping: "Upstream provider {name} returned …" then
		// "Category:", "Mapped message:" and "Upstream error:" lines): the
		// shape shows the proxy printed it, whatever frames it.
		{id: "relay-upstream-mapped", cat: GatewayError, tier: tierRelay, cased: true, strong: true, provider: "gateway",
			all:     []string{"Upstream provider", "Mapped message:"},
			summary: "The relay in front of the API could not get an answer from the service behind it (its upstream provider failed): tell whoever runs the relay if it persists."},
	}
}

func gatewayActions(a *advice) []Action {
	if a.gateway == "" && strings.Contains(a.o.lower(), "api.anthropic.com") {
		return edgeActions(a)
	}
	acts := []Action{
		act("Check the gateway or proxy in front of the API", "env | grep -E 'ANTHROPIC_BASE_URL|_PROXY'", "An HTML page, 'upstream connect error' or an empty 200 comes from whatever relays your requests, not from Anthropic's API."),
		act("If you did not mean to use a gateway, remove it", "unset ANTHROPIC_BASE_URL", "Claude Code then talks to api.anthropic.com directly."),
		act("Test the whole path", "ccdiag doctor", "Checks DNS, proxy, TLS and authentication step by step."),
	}
	if a.o.retry {
		acts = append(acts, act("Or wait and resend", "", "Gateway 5xx errors are often brief."))
	}
	return acts
}

// edgeActions: Anthropic's own edge failed; same advice as a server error.
func edgeActions(a *advice) []Action {
	return append([]Action{act("This came from Anthropic's edge, not from your network", "", "api.anthropic.com's front end could not reach the API servers.")}, serverActions(a)...)
}
