package apierror

import (
	"strings"
	"testing"
)

// knownIDs lists every catalogue entry. Adding an entry means adding its id
// here; a typo or a removed entry fails TestCatalogueIDs.
var knownIDs = []ID{
	// entries_anthropic.go
	"server-error", "overloaded", "timeout", "rate-limit", "spend-limit", "context-too-long", "request-too-large",
	"invalid-request", "conversation-state", "authentication", "permission", "not-found", "billing",
	"unknown-api-error",
	"code-spend-limit", "code-ramp-limit", "code-org-access", "code-version-too-old", "code-billing-unavailable",
	"code-body-too-large", "code-cmek", "max-tokens-setting", "org-rate-limit", "spend-console", "context",
	"usage-policy", "conversation", "openai-tool-messages", "bedrock-body-length", "litellm-import-failed", "cc-oauth-flow", "litellm-adapter", "request-not-json", "image-size", "credit-balance", "anthropic-signed", "model-not-found", "claude-code-invalid-key", "auth", "org-disabled-key", "org-disabled",
	"version-too-old", "overloaded-message", "cc-repeated-overload", "overloaded-word", "overloaded-zh", "context-zh", "relay-503", "internal-server-error", "too-many-requests",
	"sdk-class-rate-limit", "sdk-class-server", "sdk-class-conflict", "sdk-class-unprocessable", "sdk-class-deadline",
	"sdk-class-overloaded", "sdk-default-timeout",
	// entries_claudecode.go
	"usage-limit", "max-output-tokens", "client-bug", "none", "kind-rate-limit", "kind-overloaded",
	"kind-authentication", "kind-account", "kind-billing", "kind-invalid-request", "kind-model-not-found",
	"kind-server-error", "kind-max-output-tokens", "kind-unknown", "max-output", "server-throttle", "usage-and-spend",
	"spend-monthly", "plan-usage-limit", "plan-usage-limit-cjk", "malformed-200", "connection-error", "server-mid-response",
	"request-timed-out", "crash", "process-exit", "startup-connect", "aborted", "bare-api-error",
	"cc-auth", "cc-gateway-unreachable", "cc-network-policy", "cc-idp-unavailable", "cc-auth-words", "cc-connection-words", "cc-access", "cc-oauth-org-not-allowed", "cc-rate-limited",
	"cc-billing", "cc-context",
	"cc-compact-failed", "cc-media-size", "cc-conversation", "cc-proxy", "cc-proxy-request", "cc-gateway", "cc-tls",
	"cc-model-missing", "cc-model-unavailable", "cc-model-deployment", "cc-usage-credits", "cc-long-context-credits", "cc-overloaded",
	"cc-header-invalid", "cc-request-options", "cc-safeguards",
	"cc-server-error",
	"cc-unprocessable",
	"cc-api-rejected", "cc-connect-timeout",
	// entries_claudecodethrown.go
	"cc-proxy-setting", "cc-org-network", "cc-org-policy-intercepted", "cc-ca-store", "cc-session-login",
	"cc-gateway-signin", "cc-idp-signin", "cc-org-mismatch", "cc-response-unreadable",
	"cc-client-cert", "cc-bedrock-profile-missing", "cc-bedrock-profile-id", "cc-bedrock-profile-unlisted",
	// entries_bun.go
	"bun-connect", "bun-stream-reset", "bun-timeout", "bun-timeout-words", "bun-bad-response", "bun-redirect", "bun-proxy-protocol",
	"bun-invalid-url", "bun-tls-verify",
	// entries_clients.go
	"sdk-streaming-required", "sdk-no-answer", "jvm-timeout", "jvm-connect", "ruby-net-timeout", "jvm-tls", "client-connect", "client-timeout", "client-proxy", "client-go-proxy-scheme", "client-go-socks", "client-tls", "client-bad-response", "client-redirect",
	"client-invalid-url", "curl-http-status",
	"rate-limited-by-anthropic", "rate-limited-by", "app-anthropic-connect", "app-anthropic-server-error", "acp-internal-error", "acp-auth-required", "acp-agent-exited", "harness-reauth", "harness-not-signed-in", "zed-cloud", "zed-cloud-status", "zed-cloud-anthropic", "zed-http-status", "zed-cloud-upstream", "api-validation",
	"zed-transport", "zed-stream-ended", "zed-deserialize", "zed-no-key", "zed-request-build",
	// entries_cloud.go
	"edge-status", "alb-idp-unauthorized", "elb-capacity", "cloudfront-blocked", "cloudfront", "azure-apim-quota", "akamai", "fastly-unknown-domain",
	"varnish", "vercel-function", "vercel-deployment", "traefik-no-server",
	// entries_corpproxy.go
	"squid", "proxysg", "proxy-agent-tunnel", "security-gateway", "security-gateway-redirect",
	// entries_oserrors.go
	"os-connect", "os-socket-forbidden", "os-tls",
	// entries_zhipu.go
	"glm-plan-limit", "glm-billing", "glm-fair-use", "glm-rate", "glm-overloaded", "glm-account", "glm-model",
	"glm-params", "glm-content",
	// entries_claudeai.go
	"claudeai-web-endpoint", "claudeai-web-session", "claudeai-web-message-limit", "claudeai-region",
	// entries_kimi.go
	"kimi-plan-limit", "kimi-message-size", "kimi-balance", "kimi-auth", "kimi-permission", "kimi-not-found", "kimi-rate", "kimi-overloaded", "kimi-server",
	// entries_dashscope.go
	"dashscope-arrearage",
	// entries_minimax.go
	"minimax-plan-limit", "minimax-balance", "minimax-auth", "minimax-rate", "minimax-server", "minimax-content",
	"minimax-params", "minimax-voice-access", "minimax-endpoint",
	// entries_volcengine.go
	"ark-plan-limit", "ark-billing", "ark-set-limit", "ark-overloaded", "ark-context", "ark-endpoint-closed", "ark-not-activated",
	"ark-operation-state", "ark-file-quota", "ark-endpoint",
	// entries_siliconflow.go
	"siliconflow-model", "siliconflow-rate", "siliconflow-overloaded", "siliconflow-balance", "siliconflow-params", "siliconflow-endpoint",
	// entries_qianfan.go
	"qianfan-context", "qianfan-auth", "qianfan-unsafe", "qianfan-overdue", "qianfan-model", "qianfan-rate", "qianfan-endpoint",
	// entries_groq.go
	"groq-envelope", "groq-capacity", "groq-cancelled", "groq-endpoint",
	// entries_xai.go
	"xai-envelope", "xai-credits", "xai-context", "xai-endpoint",
	// entries_bedrock.go
	"bedrock-envelope", "bedrock-model-id", "bedrock-invalid-beta", "bedrock-throttle", "bedrock-on-demand", "aws-credentials", "bedrock-access",
	"bedrock-unavailable", "bedrock-too-many-connections", "bedrock-503", "bedrock-history", "bedrock-max-tokens", "bedrock-validation",
	"bedrock-not-found", "bedrock-server", "bedrock-model-error", "bedrock-model-error-body", "aws-internal-failure", "aws-unavailable", "bedrock-model-timeout",
	"bedrock-quota", "bedrock-conflict", "aws-not-authorized",
	// entries_vertex.go
	"gemini-envelope", "vertex-envelope", "google-rpc-envelope", "anthropic-envelope", "cc-login", "sdk-no-credentials", "cc-request-too-large-notice", "cc-request-too-large", "relay-endpoint", "relay-credits", "pool-endpoint", "pool-upstream-anthropic", "ccr-endpoint", "proxies-endpoint", "gateway-endpoint", "http-reason-too-large", "http-reason-payment", "app-page", "xml-error-document", "glm-context", "glm-endpoint", "kimi-context", "kimi-endpoint", "dashscope-context", "dashscope-endpoint", "service-endpoint", "zed-anthropic", "bolt-anthropic-rate-limit", "zed-overloaded", "zed-rate-limit", "zed-server", "zed-bad-request", "zed-auth", "zed-permission", "zed-not-found", "zed-context", "zed-cloud-context", "ai-sdk-finish-output-cap", "client-output-cap", "zed-payment", "go-not-found-page", "vertex-quota", "vertex-model-unavailable", "vertex-publisher-model", "vertex-project-not-allowed", "gemini-overloaded", "gemini-input-tokens", "gemini-history",
	"gcp-credentials",
	"vertex-permission",
	"grpc-cancelled", "grpc-already-exists", "grpc-aborted", "grpc-unimplemented", "vertex-request-size",
	// entries_grpc.go
	"google-client-envelope", "google-resource-exhausted-message", "google-default-permission", "google-default-invalid", "google-default-not-found", "google-default-deadline", "google-default-unavailable",
	"grpc-client-canceled", "grpc-client-unknown", "grpc-client-invalidargument", "grpc-client-deadlineexceeded",
	"grpc-client-notfound", "grpc-client-alreadyexists", "grpc-client-permissiondenied", "grpc-client-resourceexhausted",
	"grpc-client-failedprecondition", "grpc-client-aborted", "grpc-client-outofrange", "grpc-client-unimplemented",
	"grpc-client-internal", "grpc-client-unavailable", "grpc-client-dataloss", "grpc-client-unauthenticated",
	// entries_openai.go
	"openai-envelope", "openai-context", "openai-quota",
	"openai-auth", "openai-overloaded", "openai-slow-down", "openai-hard-limit", "openai-model-not-allowed",
	// entries_relay.go
	"gateway-error", "relay-envelope", "relay-client", "relay-upstream-unreachable", "relay-terminated", "relay-stream-ended", "stream-ended-early", "httpx-upstream-4xx", "provider-wrapper", "openrouter-provider-error", "openrouter-anthropic", "openrouter-vertex", "openrouter-bedrock", "history-empty-content", "history-message-order", "history-role-after-role",
	"litellm-budget", "litellm-key-model", "litellm-rejected", "litellm-context", "bad-response-schema",
	"litellm-class-timeout", "litellm-class-bad-gateway", "litellm-class-rate-limit", "litellm-class-server",
	"litellm-class-unprocessable", "litellm-class-bad-request", "litellm-class-auth", "litellm-class-permission", "litellm-class-not-found", "litellm-class-unavailable", "openrouter-no-endpoint", "openrouter-model-id", "relay-quota", "relay-key-zh",
	"relay-not-implemented", "relay-upstream", "relay-upstream-provider", "relay-upstream-mapped", "relay-upstream-status", "access-log-5xx", "relay-bare-error",
	// entries_oneapi.go
	"oneapi-channel", "oneapi-no-channel", "oneapi-no-channel-en", "oneapi-price", "oneapi-token", "oneapi-token-quota", "oneapi-rate-limit", "oneapi-upstream-429", "oneapi-access", "no-messages-endpoint", "oneapi-request", "oneapi-panic",
	// entries_router.go
	"ccr-envelope", "ccr-provider-not-found", "ccr-provider-error", "ccswitch-timeout", "ccswitch-proxy", "ccswitch-envelope",
	// entries_litellm.go
	"litellm-anthropic", "litellm-no-deployments", "litellm-proxy-envelope", "litellm-proxy-auth", "litellm-proxy-auth-log", "litellm-token-budget", "litellm-team-model", "litellm-model-access-trace", "litellm-parallel",
	"litellm-model-name", "litellm-db",
	// entries_gateways.go
	"gateway-names", "model-provider-unavailable", "openrouter-key-limit", "openrouter-upstream-rate-limit", "gateway-budget", "relay-auth-header", "gateway-credential", "gateway-forbidden",
	// entries_aisdk.go
	"aisdk-api-key", "aisdk-aws-keys", "aisdk-setting", "aisdk-invalid-request", "aisdk-unsupported", "aisdk-missing-tool-result", "aisdk-no-such-model",
	"aisdk-bad-response", "aisdk-no-output",
	// entries_aigateways.go
	"vercel-gateway-envelope", "vercel-gateway-endpoint", "vercel-gateway-auth", "vercel-gateway-rate", "vercel-gateway-model", "vercel-gateway-forbidden",
	"vercel-gateway-invalid", "vercel-gateway-failed", "vercel-gateway-timeout", "vercel-gateway-funds", "vercel-gateway-free-credits",
	"gcli2api-endpoint", "gcli2api-auth", "gcli2api-no-credential", "gcli2api-failed",
	"bifrost-envelope", "bifrost-key", "bifrost-blocked", "bifrost-rate", "bifrost-budget", "bifrost-dropped", "bifrost-timeout", "bifrost-no-key",
	"helicone-envelope", "helicone-endpoint", "helicone-credits", "helicone-no-provider", "helicone-billing-disabled", "helicone-threat", "helicone-rate-auth", "helicone-failed",
	"kong-envelope", "kong-rate", "kong-key", "kong-route", "kong-upstream", "kong-ai-transform", "kong-timeout", "kong-ai-request",
	"cf-aigateway-envelope", "cf-aigateway-endpoint", "cf-aigateway-blocked", "cf-aigateway-rate",
	// entries_pool.go
	"pool-envelope", "pool-upstream-timeout", "pool-no-account", "pool-upstream", "pool-upstream-overloaded", "pool-upstream-unavailable", "proxies-upstream-malformed", "pool-failover-log", "proxies-accounts-rate-limited", "cc-no-credential", "pool-rate-limit", "pool-cost-limit", "pool-key", "pool-balance", "pool-access",
	"pool-session",
	"proxies-wrapper", "proxies-envelope", "proxies-exhausted", "proxies-accounts-refused", "proxies-upstream-timeout", "relay-first-byte-timeout", "proxies-upstream-failed",
	"proxies-rate-limit", "proxies-mapped-rate-limit", "proxies-overloaded", "proxies-cost-limit", "proxies-unknown-model", "proxies-model-list-pointer", "proxies-pydantic-validation", "proxies-model-access", "proxies-too-large",
	// entries_http_pages.go
	"cloudflare-5xx", "page-too-large", "page-not-found", "page-forbidden", "page-rate-limit", "page-timeout", "cf-challenge", "cf-challenge-page", "cf-block-page", "cf-1xxx-rate-limit", "cf-1xxx-banned", "cf-1xxx-origin",
	"envoy",
	"cloudflare-origin-tls", "envoy-response-size",
	// entries_node.go
	"network", "proxy", "proxy-tunnel", "proxy-ended", "axios-4xx", "axios-5xx", "stream-timeout", "http-client-timeout", "axios-timeout", "sdk-timeout", "operation-timed-out",
	"dns-refused", "connection", "connection-code", "bun-module-missing", "spawn-failed", "v8-exception",
	"undici-bad-response", "undici-proxy-tls", "undici-misuse", "undici-response", "not-json", "browser-fetch-failed", "proxy-connect-answer", "node-stream-closed",
	// entries_tls.go
	"tls", "tls-verify",
	// entries_cloudauth.go
	"aws-sdk-credentials", "aws-profile-not-found", "bedrock-api-key-expired", "aws-sso-role-denied", "aws-request-timeout", "gcp-adc",
	// entries_cloudsetup.go
	"claude-platform-setting", "bedrock-setting", "vertex-setting", "foundry-setting", "aws-key-half", "bedrock-setup-key",
	"bedrock-setup-denied", "bedrock-region-unreachable", "vertex-setup-token", "vertex-setup-denied", "vertex-setup-model",
	"vertex-region-unreachable", "databricks-envelope",
	// entries_credhelpers.go
	"cc-api-key-helper", "cc-aws-auth-refresh", "cc-gcp-auth-refresh", "cc-aws-auth-failed", "cc-bedrock-model-access",
	"cc-gcp-auth-failed", "cc-gateway-refused",
	// entries_foundry.go
	"foundry-envelope", "foundry-key", "azure-identity", "foundry-principal-denied", "foundry-backend-auth", "foundry-rate",
	// entries_localservers.go
	"local-server-envelope", "local-model-missing", "localserver-model-not-served", "local-context-size", "localserver-busy",
	"localserver-crash", "localserver-capability", "localserver-down",
	// entries_media.go
	"cc-media-too-large", "cc-media-unreadable",
	// entries_copilot.go
	"copilot-envelope", "copilot-prompt-limit", "copilot-prompt-limit-words", "copilot-model-unsupported", "copilot-upstream-rejected", "copilot-token",
	// entries_codeassist.go
	"code-assist-envelope", "code-assist-no-capacity", "code-assist-quota", "code-assist-rate", "code-assist-credits", "code-assist-account",
	// entries_vertexclaude.go
	"gcp-billing-disabled", "gcp-quota-project-missing", "gcp-quota-project-denied", "gcp-service-disabled", "gcp-scope-insufficient",
	// entries_thinking.go
	"thinking-params-signed", "thinking-params",
	// entries_retries.go
	"client-rate-limit-retries",
	// entries_agenttimeouts.go
	"agent-llm-timeout",
	// entries_vertex.go (a model not offered in the region asked)
	"vertex-model-region",
	// entries_claudecodeauth.go
	"api-token-denied", "api-access-revoked", "cc-oauth-refresh-lock", "cc-oauth-disk-full", "cc-project-scopes",
	// entries_agentsdk.go
	"agentsdk-cli-missing", "agentsdk-cli-too-old", "agentsdk-process", "agentsdk-session", "agentsdk-stdin", "agentsdk-json", "agentsdk-buffer",
	// entries_ghaction.go
	"ghaction-oidc", "ghaction-app-missing", "ghaction-exchange", "ghaction-actor", "ghaction-credential", "ghaction-result", "ghaction-run",
	// entries_frameworks.go
	"langchain-api-key", "langchainjs-anthropic-key", "langchainjs-context-overflow", "haystack-bedrock-config", "bedrock-guardrail-intervened", "aws-no-region", "langchainjs-bedrock-unknown",
	// entries_agents.go
	"aider-rate-limit", "aider-server-down", "aider-auth", "aider-permission", "aider-timeout", "aider-content-policy", "aider-image-fetch",
	"aider-openrouter-down", "aider-credits", "aider-boto3", "aider-context-estimate", "aider-token-limit-input", "aider-token-limit-output",
	"aider-token-limit", "aider-empty-response",
	"continue-anthropic-api-error", "continue-anthropic-invalid", "continue-anthropic-auth", "continue-anthropic-permission", "continue-anthropic-not-found",
	"continue-anthropic-rate-limit", "continue-anthropic-overloaded", "continue-anthropic-timeout", "continue-anthropic-sent-back",
	"continue-no-key", "continue-context", "continue-vertex-setting", "continue-vertex-token", "continue-bedrock-empty-turn", "continue-retries", "continue-stream-error", "continue-guess-overloaded", "continue-guess-rate-limit",
	"continue-guess-auth", "continue-guess-permission",
	"roo-status-429", "roo-status-401", "roo-status-403", "roo-status-500", "roo-provider-error", "roo-status-other", "roo-interrupted",
	"key-not-bytestring", "kilo-status-400", "kilo-status-402", "kilo-status-other", "kilo-claude-code-sign-in",
	"cline-request-failed", "api-request-failed-label", "cline-stream-terminated", "cline-openrouter-midstream", "cline-bedrock-validation", "cline-bedrock-model-stream", "cline-bedrock-stream-name", "cline-context-window", "cline-invalid-response",
	"codex-retry-limit", "codex-stream-disconnected", "codex-read-response", "reqwest-send", "codex-context-window", "codex-usage-limit", "codex-usage-limit-plain",
	"codex-quota", "codex-plan", "codex-high-demand",
	"goose-frame", "goose-context", "goose-network", "goose-server-error", "goose-status", "goose-credits",
	"opencode-retry", "opencode-overloaded", "opencode-auth", "opencode-output-length", "opencode-context",
	"cursor-context", "cursor-rate-limit", "cursor-user-key-rate-limit", "cursor-usage-limit", "cursor-auth", "cursor-permission", "cursor-model",
	"cursor-image", "cursor-timeout", "cursor-bad-request", "cursor-provider-unreachable", "cursor-provider-unreachable-printed", "cursor-connect-error", "cursor-provider-error",
	"zed-thread-token-limit",
	"copilot-chat-failed", "copilot-chat-network", "copilot-chat-rate-limit", "copilot-chat-upstream-demand", "copilot-chat-demand",
	"copilot-chat-quota", "copilot-chat-overage", "copilot-chat-length", "copilot-chat-filtered",
	// entries_openai.go (added with the agents)
	"openai-rate-limit-reached",
}

func TestCatalogueIDs(t *testing.T) {
	ix, err := buildCatalogue(families())
	if err != nil {
		t.Fatal(err)
	}
	known := map[ID]bool{}
	for _, id := range knownIDs {
		if known[id] {
			t.Errorf("knownIDs lists %q twice", id)
		}
		known[id] = true
		if ix.byID[id] == nil {
			t.Errorf("knownIDs lists %q, which no entry has", id)
		}
	}
	for _, e := range ix.all {
		if !known[e.id] {
			t.Errorf("entry %q is not in knownIDs", e.id)
		}
	}
}

// TestCatalogueEntries checks what every entry must hold: a category (or,
// for an envelope, a provider), something to match, and for base entries a
// side, a summary and actions.
func TestCatalogueEntries(t *testing.T) {
	ix := catalogue.get()
	for _, e := range ix.all {
		matches := len(e.codes)+len(e.types)+len(e.kinds)+len(e.statuses)+len(e.any)+len(e.all) > 0 || e.statusMin != 0 || e.page != nil || e.bareBody
		switch {
		case e.cat == "" && (e.provider == "" || len(e.envelope)+len(e.names)+len(e.endpoint) == 0):
			t.Errorf("%s: an entry without a category must be an envelope or endpoint naming a provider", e.id)
		case e.cat != "" && !matches && !e.base:
			t.Errorf("%s: matches nothing", e.id)
		}
		for _, p := range append(append([]string{}, e.any...), e.all...) {
			if strings.TrimSpace(p) == "" {
				t.Errorf("%s: empty phrase", e.id)
			}
		}
		if e.base && (e.side == "" || e.summary == "" || e.actions == nil) {
			t.Errorf("%s: a base entry needs a side, a summary and actions", e.id)
		}
	}
	for _, c := range Categories() {
		e := baseOf(c)
		if e.cat != c {
			t.Errorf("baseOf(%s) = %s", c, e.id)
		}
		if acts := e.actions(&advice{o: &occurrence{}, switchTo: "sonnet"}); len(acts) == 0 {
			t.Errorf("%s: no actions", c)
		}
	}
}

// TestCatalogueRejectsMistakes checks that the build catches the mistakes
// the compiler cannot.
func TestCatalogueRejectsMistakes(t *testing.T) {
	base := families()
	for name, extra := range map[string]*entry{
		"duplicate id":   {id: "auth", cat: Authentication, any: []string{"x"}},
		"bad category":   {id: "x-new", cat: "no_such_category", any: []string{"x"}},
		"duplicate type": {id: "x-new", cat: ServerError, types: []string{"api_error"}},
		"duplicate code": {id: "x-new", cat: ServerError, codes: []string{"cmek_key_unreachable"}},
		"two bases":      {id: "x-new", cat: ServerError, base: true},
	} {
		fams := append(append([]family{}, base...), family{"extra", []*entry{extra}})
		if _, err := buildCatalogue(fams); err == nil {
			t.Errorf("%s: buildCatalogue accepted it", name)
		}
	}
}
