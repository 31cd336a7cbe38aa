package apierror

// AI gateways Claude Code or an SDK can be pointed at, beyond those of
// entries_gateways.go, each with its own errors as its source writes them:
// Vercel AI Gateway, gcli2api, Bifrost, Helicone, Kong Gateway and its AI
// plugins, Cloudflare AI Gateway (testdata/vocab/vercel-ai-gateway.txt,
// gcli2api.txt, bifrost.txt, helicone.txt, kong.txt,
// cloudflare-ai-gateway.txt). Their own refusals name the gateway as who
// answered; an upstream's body they pass on stays the upstream's.
func aiGatewayEntries() []*entry {
	return []*entry{
		// Vercel AI Gateway (ai-gateway.vercel.sh; vercel/ai packages/gateway):
		// its error body is {"error":{"message","type","param"},
		// "generationId":"gen_…"}, and its SDK appends " [gen_…]" to the
		// message. Its SDK's class names are the gateway's own refusal,
		// whatever words follow (tierRelay: before the general wording of keys
		// and models). Only its types no one else writes identify it: the ones it
		// shares with OpenAI-compatible services ("internal_server_error",
		// "rate_limit_exceeded", "model_not_found", "not_found", "forbidden")
		// and with Anthropic's say nothing of who answered.
		{id: "vercel-gateway-envelope", provider: "gateway", envRank: 27,
			names: []string{`"generationId":"gen_`, "ai-gateway.vercel.sh", "AI_GATEWAY_API_KEY"}},
		{id: "vercel-gateway-endpoint", provider: "gateway", endpoint: []string{"ai-gateway.vercel.sh"}},
		{id: "vercel-gateway-auth", cat: Authentication, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			any: append(aiSDKError("GatewayAuthenticationError", ""), "AI Gateway authentication failed", "Unauthenticated request to AI Gateway",
				"Unauthenticated. Configure AI_GATEWAY_API_KEY"),
			summary: "Vercel AI Gateway refused the request's credentials (no key, an invalid API key, or an invalid OIDC token): set AI_GATEWAY_API_KEY (or the key Claude Code sends) to a valid AI Gateway key."},
		{id: "vercel-gateway-rate", cat: RateLimit, tier: tierRelay, strong: true, provider: "gateway", impliedStatus: 429,
			any: aiSDKError("GatewayRateLimitError", "")},
		{id: "vercel-gateway-model", cat: NotFound, tier: tierRelay, strong: true, retry: -1, provider: "gateway", impliedStatus: 404,
			any: aiSDKError("GatewayModelNotFoundError", "", "GatewayNotFoundError", "")},
		{id: "vercel-gateway-forbidden", cat: Permission, tier: tierRelay, strong: true, retry: -1, provider: "gateway", impliedStatus: 403,
			any: append(aiSDKError("GatewayForbiddenError", ""), "by the team's model allowlist")},
		{id: "vercel-gateway-invalid", cat: InvalidRequest, tier: tierRelay, strong: true, retry: -1, provider: "gateway", impliedStatus: 400,
			any: aiSDKError("GatewayInvalidRequestError", "")},
		// Its own failures and its provider's (424 failed_dependency: the
		// model's provider failed), and an answer its SDK could not read.
		{id: "vercel-gateway-failed", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			types:   []string{"failed_dependency", "response_error"},
			any:     aiSDKError("GatewayFailedDependencyError", "", "GatewayInternalServerError", "", "GatewayResponseError", ""),
			summary: "Vercel AI Gateway failed, or the model provider behind it did: not your request. Retry, or pick another provider or model in the gateway."},
		{id: "vercel-gateway-timeout", cat: Timeout, tier: tierStall, strong: true, provider: "gateway",
			any: append(aiSDKError("GatewayTimeoutError", ""), "Gateway request timed out:")},
		// Its credits spent (402 insufficient_funds, "… to top up your
		// credits."), and free credits restricted (its notice during abuse
		// in 2025): paid credits are needed.
		{id: "vercel-gateway-funds", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			types: []string{"insufficient_funds"}, any: []string{"add credits to your account to continue using AI services"},
			summary: "Vercel AI Gateway's credits for this team are spent: top up the AI Gateway credits in the Vercel dashboard (or use your own provider key there)."},
		{id: "vercel-gateway-free-credits", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any: []string{"Free credits temporarily have restricted access"}},
		// gcli2api (su-kaka/gcli2api): Gemini CLI and Antigravity accounts
		// behind OpenAI, Gemini and Anthropic endpoints. It writes its own
		// failures in Google's RPC shape ({"error":{"code","message",
		// "status"}}), so its wording, not the shape, shows that it answered.
		// Not strong: the words are general, an error frame must show.
		{id: "gcli2api-endpoint", provider: "gateway", endpoint: []string{"gcli2api"}},
		{id: "gcli2api-auth", cat: Authentication, tier: tierCredentials, retry: -1, provider: "gateway",
			any:     []string{"密码错误", "Missing authentication credentials. Use 'key' URL parameter", "Invalid authentication scheme. Use 'Bearer"},
			summary: "The relay (gcli2api) refused the password Claude Code sent as its API key: set ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY to the relay's API password."},
		// "当前无可用凭证" (no usable credential now): every account in its
		// pool is banned, cooling down or failed to refresh, as a pool with
		// no account left (pool-no-account).
		{id: "gcli2api-no-credential", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			any:     []string{"当前无可用凭证"},
			summary: "The relay (gcli2api) has no usable Google credential right now (each is banned, cooling down or failed to refresh): the relay's outage, not your request. Wait, or tell whoever runs it to add or refresh credentials."},
		{id: "gcli2api-failed", cat: GatewayError, tier: tierRelay, provider: "gateway",
			any: []string{"All retries exhausted", "所有重试均已耗尽", "vertex channel unavailable", "Could not fetch reCAPTCHA token",
				"Failed to parse upstream response", "Response parsing failed", "流式请求异常"},
			summary: "The relay (gcli2api) could not get an answer from its Google accounts (every retry failed, or its channel is not set up): the relay's failure, not your request. Retry later, or tell whoever runs it."},
		// Bifrost (maximhq/bifrost): its governance plugin's decisions are the
		// error.type of its refusals (virtual keys, model and provider rules,
		// rate limits 429, budgets 402), its core's own failures have types of
		// their own, and its body carries "is_bifrost_error".
		{id: "bifrost-envelope", provider: "gateway", envRank: 27,
			names: []string{`"is_bifrost_error"`, "x-bf-vk", "sk-bf-"}},
		{id: "bifrost-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			types:   []string{"virtual_key_not_found", "virtual_key_blocked", "virtual_key_required"},
			any:     []string{"Virtual key not found", "Virtual key is inactive", "Virtual key has expired", "virtual key is missing in headers", "x-bf-vk header is missing"},
			summary: "The gateway (Bifrost) refused its virtual key (unknown, inactive, expired or missing): Claude Code must send a valid sk-bf-… key as its API key (ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY)."},
		{id: "bifrost-blocked", cat: Permission, tier: tierAccess, retry: -1, provider: "gateway",
			types:   []string{"model_blocked", "provider_blocked", "mcp_tool_blocked"},
			any:     []string{"is not allowed for this virtual key", "MCP tools not allowed for virtual key"},
			summary: "The gateway's (Bifrost's) rules for this virtual key do not allow this model, provider or tool: ask its admin, or use one the key allows."},
		{id: "bifrost-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			types:   []string{"rate_limited", "token_limited", "request_limited"},
			any:     []string{"Rate limit check failed:", "level rate limit exceeded:", "level rate limit check failed:"},
			summary: "A rate limit the gateway (Bifrost) sets on this virtual key, team, customer, provider or model was reached: wait for its window to reset."},
		{id: "bifrost-budget", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any:     []string{"level budget exceeded:", "Budget exceeded: policy violation"},
			summary: "A budget the gateway (Bifrost) sets on this virtual key, team, customer, provider or model is spent: requests fail until it is raised or resets."},
		{id: "bifrost-dropped", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			types: []string{"request_dropped", "provider_connection_failed"}, any: []string{"request dropped: queue is full"},
			summary: "The gateway (Bifrost) dropped the request (its queue for the provider was full) or could not reach the provider: the gateway's trouble, not your request."},
		{id: "bifrost-timeout", cat: Timeout, provider: "gateway", types: []string{"request_timed_out"}},
		{id: "bifrost-no-key", cat: NotFound, retry: -1, provider: "gateway", types: []string{"no_key_supports_model"},
			summary: "The gateway (Bifrost) has no provider key configured for this model: use a model its keys serve, or ask its admin to add one."},
		// Helicone's AI gateway (ai-gateway.helicone.ai; worker/src/lib/
		// ai-gateway/SimpleAIGateway.ts): {"success":false,"error":{"code",
		// "message","details":[…]}}, where details lists each provider
		// attempt's error; its 400s before any attempt are plain text that
		// points at helicone.ai/models. Its messages name helicone.ai: where
		// that is missing, the words are quoted, not answered.
		// Its proxy answers every request with a Helicone-Id header, the id
		// its request page and logs know (ProxyRequestHandler.ts).
		{id: "helicone-envelope", provider: "gateway", envRank: 27, idHeader: "Helicone-Id",
			names: []string{"helicone.ai", "all_attempts_failed", "insufficient_credit_limit"}},
		{id: "helicone-endpoint", provider: "gateway", endpoint: []string{"helicone"}},
		{id: "helicone-credits", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any:     []string{"insufficient_credit_limit", "Insufficient balance for escrow"},
			summary: "Helicone's credits (its pay-through-billing balance) do not cover this request: add credits in Helicone, or use your own provider key there."},
		{id: "helicone-no-provider", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any: []string{"No available providers for the requested models"}, all: []string{"helicone.ai/models"},
			summary: "Helicone's AI gateway has no provider for the model name it was sent: use a model id it lists at helicone.ai/models (with its provider suffix where needed)."},
		{id: "helicone-billing-disabled", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any: []string{"Cloud billing is disabled for"}, all: []string{"support@helicone.ai"}},
		// Its proxy (oai/anthropic.helicone.ai; worker/src/lib/
		// HeliconeProxyRequest/ProxyForwarder.ts): its prompt-security
		// refusal, and its rate limiting without the provider key it counts by.
		{id: "helicone-threat", cat: InvalidRequest, tier: tierPolicy, strong: true, retry: -1, provider: "gateway",
			any: []string{"PROMPT_THREAT_DETECTED", "Prompt threat detected. Your request cannot be processed"}},
		{id: "helicone-rate-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{"Authorization header required for rate limiting"}},
		{id: "helicone-failed", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any:     []string{"all_attempts_failed"},
			summary: "Every provider Helicone's AI gateway tried for this model failed (its details list each one's error): the providers behind it failed, not your request."},
		// Kong Gateway: its default error bodies ({"message":"…"}, kong/
		// error_handlers), its key-auth and rate-limiting plugins, and its AI
		// plugins (ai-proxy's {"error":{"message":"…"}} 400s, the AI rate
		// limiting plugin's 429). Kong's name is not an endpoint word ("Hong
		// Kong"); its headers name it.
		// Kong (3.5 and later) gives each request an id, sent back as the
		// X-Kong-Request-Id header and written into its own error bodies
		// ("request_id", kong/tools/http.lua's error templates).
		{id: "kong-envelope", provider: "gateway", envRank: 27, idHeader: "X-Kong-Request-Id",
			names: []string{"X-Kong-Request-Id", "X-Kong-Response-Latency", "X-Kong-Upstream-Latency", "Server: kong/"}},
		{id: "kong-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			any: []string{"AI token rate limit exceeded for provider", `{"message":"API rate limit exceeded"}`,
				// Kong 3.5 and later add the request's id to its error template.
				`{"message":"API rate limit exceeded","request_id":"`},
			summary: "A rate limit set on the Kong gateway in front of the model (its AI token limit per provider, or its request limit) was reached: wait for the window its retry-after header gives."},
		{id: "kong-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{"No API key found in request"}},
		{id: "kong-route", cat: NotFound, tier: tierRelay, retry: -1, provider: "gateway",
			any:     []string{"no Route matched with those values"},
			summary: "The Kong gateway has no route for this URL: the base URL (ANTHROPIC_BASE_URL) or path is not one the gateway serves."},
		{id: "kong-upstream", cat: GatewayError, tier: tierRelay, retry: 1, provider: "gateway",
			any: []string{"An invalid response was received from the upstream server", "The upstream server is currently unavailable",
				"failure to get a peer from the ring-balancer", `{"message":"name resolution failed"}`, `{"message":"An unexpected error occurred"}`,
				`{"message":"name resolution failed","request_id":"`, `{"message":"An unexpected error occurred","request_id":"`}},
		// AI Proxy could not turn the provider's answer into its format.
		{id: "kong-ai-transform", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any: []string{"no response body found when transforming response", "empty or unsupported transformer response"}},
		{id: "kong-timeout", cat: Timeout, tier: tierRelay, provider: "gateway",
			any: []string{"The upstream server is timing out"}},
		{id: "kong-ai-request", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any: []string{"model parameter not found in request, nor in gateway configuration", "cannot use own model - must be:",
				"content-type header does not match request body, or bad JSON formatting", "response streaming is not enabled for this LLM",
				"this LLM route only supports application/json requests"},
			summary: "Kong's AI proxy refused the request before sending it on (its model is fixed, the model is missing, streaming is off, or the body is not what it expects): match the request to the gateway's configuration."},
		// Cloudflare AI Gateway (gateway.ai.cloudflare.com): its own errors are
		// {"success":false,…,"error":[{"code":20xx,"message":…}],
		// "name":"AiGatewayError","internalCode":20xx}; Workers AI's binding
		// throws them as "AiError: 20xx: message". The code goes with the
		// message: its docs list both apart, one per line.
		{id: "cf-aigateway-envelope", provider: "gateway", envRank: 27,
			names: []string{`"name":"AiGatewayError"`, "gateway.ai.cloudflare.com", "cf-aig-authorization"}},
		{id: "cf-aigateway-endpoint", provider: "gateway", endpoint: []string{"gateway.ai.cloudflare.com"}},
		{id: "cf-aigateway-blocked", cat: InvalidRequest, tier: tierPolicy, strong: true, retry: -1, provider: "gateway",
			any: []string{`"code":2016,"message":"Prompt blocked`, `"code":2017,"message":"Response blocked`, `"code":2030,"message":"Request content blocked`,
				"2016: Prompt blocked", "2017: Response blocked", "2030: Request content blocked"},
			summary: "Cloudflare AI Gateway's guardrails or DLP policy blocked the prompt or the model's response (codes 2016, 2017, 2030): change the content, or the gateway's guardrail settings."},
		{id: "cf-aigateway-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			any:     []string{`"code":2003,"message":"Rate limited"`, "2003: Rate limited"},
			summary: "Cloudflare AI Gateway's own rate limit for this gateway was reached (code 2003): wait for its window, or raise the limit in the gateway's settings."},
	}
}
