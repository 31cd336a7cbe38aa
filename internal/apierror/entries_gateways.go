package apierror

// Hosted gateways' own answers beyond LiteLLM's and one-api's: OpenRouter's
// key limits (testdata/vocab/openrouter.txt), and the gateways whose docs
// list their errors: Portkey, Langfuse's AI gateway
// (testdata/vocab/gateways.txt).
func gatewayEntries() []*entry {
	return []*entry{
		// Portkey prefixes its own errors "Portkey Error".
		{id: "gateway-names", provider: "gateway", envRank: 28,
			names: []string{"Portkey Error"}},
		// Gateways and other model services a paste names as where Claude
		// Code sends its requests: Portkey and Continue's hosted proxy, and
		// services users reach through an Anthropic-compatible endpoint or a
		// translator (MiniMax, DeepSeek, OpenAI's Codex, NVIDIA NIM — the
		// default upstream of free-claude-code's proxy), which answer for
		// themselves.
		{id: "gateway-endpoint", provider: "gateway", endpoint: []string{"portkey", "continue-proxy"}},
		{id: "service-endpoint", provider: "gateway", serves: true, endpoint: []string{"minimax", "deepseek", "codex", "NVIDIA NIM"}},
		// A hosted service between the user and the model vendors says its
		// vendor is down (Windsurf's Cascade: "Unknown: Model provider is
		// currently unavailable (error ID: <32 hex>)", a Connect error shown
		// as code name, message and the service's error id): the service's
		// upstream failed, not the request.
		{id: "model-provider-unavailable", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			any: []string{"Model provider is currently unavailable", "Model provider is temporarily unavailable", "Model provider unavailable"}},
		// OpenRouter's per-key credit limit ("Key limit exceeded (daily
		// limit)", "(total limit)"): a spend cap the key's owner set.
		{id: "openrouter-key-limit", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any:     []string{"Key limit exceeded ("},
			summary: "The gateway key's own credit limit (OpenRouter: daily, weekly, monthly or total) is spent: raise it in the key's settings, or wait for its reset."},
		// OpenRouter's 429 when the upstream provider throttles a shared
		// (often free) model: "<model> is temporarily rate-limited upstream.
		// Please retry shortly, or add your own key …" in metadata.raw.
		{id: "openrouter-upstream-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any:     []string{"is temporarily rate-limited upstream"},
			summary: "OpenRouter's upstream provider is throttling this model for everyone routed to it (common on free models): retry after the Retry-After it gives, pick another provider or model, or add your own provider key in OpenRouter."},
		// A relay's or gateway's own bearer-token check refusing the call
		// before any upstream: the wording of the auth middlewares of
		// Worker, Express, Next.js, Flask and NestJS relays ("Unauthorized:
		// Missing or invalid Authorization header" from itty-router's
		// error(401, …) in a Worker relay, res.status(401).json({error: …})
		// in Express ones). The API itself asks for x-api-key ("x-api-key
		// header is required") or rejects a token as "Invalid bearer
		// token"; AWS says "Authorization header is missing" (bedrock).
		{id: "relay-auth-header", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{"Missing or invalid Authorization header", "Missing or invalid authorization token", "Missing Authorization header",
				"Invalid Authorization header", "No Authorization header", "Authorization header is required", "Authorization header required",
				"Missing bearer token", "No bearer token",
				// OpenRouter's 401 for a request without a key
				// ({"error":{"code":401,"message":"Missing Authentication
				// header"}}), and middlewares' plural of it.
				"Missing Authentication header", "Missing authentication headers"},
			summary: "The relay or gateway in front of the API refused the call: it got no valid 'Authorization: Bearer <key>' header — the key it expects (its own, not Anthropic's) is missing or sent another way."},
		// A gateway's budget (Portkey's 412).
		{id: "gateway-budget", cat: SpendLimit, tier: tierSpend, retry: -1, provider: "gateway",
			any: []string{"Budget exhausted"}},
		// Langfuse's AI gateway: its key, and both a gateway key and another
		// key sent at once (a leftover ANTHROPIC_API_KEY next to
		// ANTHROPIC_AUTH_TOKEN).
		{id: "gateway-credential", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{"Invalid gateway credential", "Conflicting gateway credentials"}},
		{id: "gateway-forbidden", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any: []string{"Gateway access forbidden"}},
	}
}
