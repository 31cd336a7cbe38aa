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
			envelope: []string{"inference gateway (", "Provider returned error", "Error from provider", "client_validation_error", "claude-relay", "claude-code-router", "LiteLLM"},
			// one-api/new-api append "(request id: …)" and use these error
			// types (new-api types/error.go); aiproxy appends "(aiproxy: …)";
			// OpenRouter by host.
			names: []string{"(request id: ", "(aiproxy: ", "new_api_error", "one_api_error", "upstream_error", "aiproxy_error", "openrouter.ai", "litellm."}},
		{id: "relay-client", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			any: []string{"client_validation_error", "client is not authorized to use this API key", "only accepts requests from Claude Code"},
			actions: func(a *advice) []Action {
				return []Action{
					act("Check the relay's client restrictions", "", "Your relay/gateway rejected this client by its own rules, before Anthropic saw the request."),
					act("Or point Claude Code at the API directly", "unset ANTHROPIC_BASE_URL", "Use your own key or login without the relay."),
				}
			}},
		// new-api could not reach the service behind it (types/error.go:
		// ErrorCodeDoRequestFailed, "upstream error: do request failed").
		{id: "relay-upstream-unreachable", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any:     []string{"upstream error: do request failed", "do_request_failed"},
			summary: "The relay in front of the API could not reach the service behind it (upstream error) — the relay's upstream failed, not your request."},
		{id: "relay-terminated", cat: GatewayError, tier: tierRelay, strong: true, ui: true,
			any: []string{"API Error: 500 terminated", "API Error: terminated", "API Error (terminated", "stream stall timeout"}},
		{id: "httpx-upstream-4xx", cat: GatewayError, tier: tierRelay, retry: -1,
			any: []string{"Client error '4"}},
		{id: "provider-wrapper", cat: GatewayError, late: true, tier: tierLateProvider,
			any: []string{"Provider returned error", "Error from provider"}},
	}
}

func gatewayActions(a *advice) []Action {
	if a.gateway == "" && strings.Contains(lowerASCII(a.o.text), "api.anthropic.com") {
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
