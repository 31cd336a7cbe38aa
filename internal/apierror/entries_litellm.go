package apierror

// LiteLLM proxy's own decisions beyond its exception classes
// (entries_relay.go holds those and the budget and key-model checks): its
// key auth, team access, parallel-request limiter, model routing and
// database (testdata/vocab/litellm.txt).
func liteLLMProxyEntries() []*entry {
	return []*entry{
		// The proxy's Python-side envelope: None written as a string, and
		// the router's fallback report.
		// LiteLLM names the provider that answered in its message prefix
		// (exception_mapping_utils.py: f"{Provider}Exception - {message}"):
		// an AnthropicException is Anthropic's answer carried through the
		// proxy, as BedrockException is Bedrock's (bedrock-envelope). LiteLLM
		// before its exception mapping (litellm/llms/anthropic.py, 2024)
		// raised its AnthropicError with Anthropic's response body as the
		// message, printed as "litellm.llms.anthropic.AnthropicError: {…}".
		// Its exception mapping still raises "AnthropicError - " + the
		// provider's error text for a prompt that is too long, an overload
		// and an invalid key (litellm_core_utils/exception_mapping_utils.py,
		// llm_provider="anthropic").
		{id: "litellm-anthropic", provider: "anthropic", envRank: 24,
			names: []string{"AnthropicException - ", "AnthropicException: ", "llms.anthropic.AnthropicError: ", "AnthropicError - "}},
		// LiteLLM could not import the provider's SDK in its own Python
		// environment (litellm/llms/vertex_ai/…: "vertexai import failed
		// please run `pip install -U google-cloud-aiplatform
		// \"anthropic[vertex]\"`", raised as VertexAIError with status 400 and
		// so printed as litellm.BadRequestError): nothing was sent, the
		// local install is broken.
		{id: "litellm-import-failed", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1,
			any:     []string{"import failed please run `pip install"},
			summary: "LiteLLM could not import the provider's Python SDK it names, so no request was sent (its BadRequestError is its own, not the provider's): install that package into the same Python environment LiteLLM runs in."},
		// LiteLLM's Anthropic adapter, which serves /v1/messages for other
		// providers' models (litellm/llms/anthropic/experimental_pass_through/
		// adapters/handler.py), catches every exception of the call and
		// raises ValueError("Error calling litellm.acompletion for
		// non-Anthropic model: …"), which the proxy answers with 500: the
		// litellm.<Class> inside says what the provider answered.
		{id: "litellm-adapter", provider: "gateway", envRank: 25, wrapsStatus: true,
			names: []string{"Error calling litellm.acompletion for non-Anthropic model"}},
		// The router's own answer when every deployment is cooling down
		// (router.py): it may quote the provider error that put them there.
		{id: "litellm-no-deployments", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{"No deployments available for selected model"}},
		// Its proxy answers every request with an x-litellm-call-id header,
		// "the one that is most useful for tracking a request across
		// components" (docs.litellm.ai/docs/proxy/logging, "Getting the
		// LiteLLM Call ID").
		{id: "litellm-proxy-envelope", provider: "gateway", envRank: 25, idHeader: "x-litellm-call-id",
			names: []string{`"param":"None"`, `"type":"None"`, "Received Model Group=", "No fallback model group found", "team_model_access_denied",
				"user_model_access_denied", "no_db_connection"}},
		{id: "litellm-proxy-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any:     []string{"Authentication Error - Expired Key", "Malformed API Key passed in", "No api key passed in"},
			summary: "The LiteLLM proxy rejected the key Claude Code sent it (missing, malformed or expired): this is the proxy's own virtual key, not an Anthropic key. Set a valid one in ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY."},
		// The proxy's log of any refused key (auth_exception_handler.py:
		// "litellm.proxy.proxy_server.user_api_key_auth(): Exception occured
		// - <why>"): late, so the why (a budget, a model the key may not
		// use) decides when it is on the line.
		{id: "litellm-proxy-auth-log", cat: Authentication, late: true, tier: tierLateWords, strong: true, retry: -1, provider: "gateway",
			any:     []string{"user_api_key_auth(): Exception occured"},
			summary: "The LiteLLM proxy refused the key Claude Code sent it (its log says why): this is the proxy's own virtual key, not an Anthropic key."},
		{id: "litellm-token-budget", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any: []string{"ExceededTokenBudget"}},
		{id: "litellm-team-model", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any:     []string{"Team not allowed to access model", "team_model_access_denied", "user_model_access_denied"},
			summary: "The LiteLLM proxy's team or user settings do not allow this model: ask its admin to add it, or pick one of the allowed models the message lists."},
		// The proxy's traceback of that refusal, when its log cuts the
		// message: auth_checks.py's _can_object_call_model raises its
		// ProxyException only for "<key|team|user> not allowed to access
		// model" (LiteLLM answers it 401).
		{id: "litellm-model-access-trace", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any:     []string{"in _can_object_call_model"},
			all:     []string{"ProxyException"},
			summary: "The LiteLLM proxy's key, team or user settings do not allow this model: ask its admin to add it, or pick one of the allowed models."},
		{id: "litellm-parallel", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{"Max parallel request limit reached"}},
		{id: "litellm-model-name", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any:     []string{"Invalid model name passed in model=", "LLM Provider NOT provided"},
			summary: "The LiteLLM proxy has no model group by this name (or no provider for it): use a model name its config lists (GET /v1/models with your key), e.g. via ANTHROPIC_MODEL."},
		{id: "litellm-db", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any: []string{"no_db_connection", "Failed to connect to DB. Check logs."}},
	}
}
