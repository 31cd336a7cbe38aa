package apierror

// Corporate forward proxies answering in place of the API: Squid's error
// pages and headers, Symantec/Blue Coat ProxySG exception pages, and Node
// proxy agents refusing a tunnel. The status such a page carries is the
// proxy's, not the API's. Sources: squid errors/templates/ERR_*, the ProxySG
// CPL guide's built-in exceptions, undici lib/dispatcher/proxy-agent.js;
// testdata/vocab/corpproxy.txt lists them.
func corpProxyEntries() []*entry {
	return []*entry{
		{id: "squid", cat: Proxy, tier: tierProxy, strong: true, dropStatus: true,
			any:     []string{"(squid/", "X-Squid-Error", "Server: squid", "ERROR: Cache Access Denied", "The requested URL could not be retrieved", "Your cache administrator is"},
			summary: "Your network's HTTP proxy (Squid) answered instead of the API: it refused the request or could not reach the API — its page says which."},
		{id: "proxysg", cat: Proxy, tier: tierProxy, strong: true, dropStatus: true,
			any:     []string{"(policy_denied)", "(content_filter_denied)", "(authentication_failed)", "(tcp_error)", "(dns_unresolved_hostname)", "(dns_server_failure)"},
			summary: "Your network's web proxy (Symantec/Blue Coat ProxySG) answered instead of the API: its policy blocked the request or it could not reach the API."},
		{id: "proxy-agent-tunnel", cat: Proxy, tier: tierProxy, strong: true, dropStatus: true,
			any: []string{"!== 200 when HTTP Tunneling"}},
		// Security gateways (Zscaler, Netskope, FortiGate, Palo Alto,
		// Forcepoint, Skyhigh/McAfee, Cisco Umbrella) answer a blocked request
		// with their own page, which names them: the name counts only inside
		// a page (in prose it is just the user's setup) and only where a
		// failure shows. After TLS: their interception CA in a certificate
		// error is a TLS matter.
		{id: "security-gateway", cat: Proxy, tier: tierRelay, dropStatus: true, summary: securityGatewaySummary,
			all: []string{"<html"},
			any: []string{"zscaler", "zscloud", "netskope", "goskope.com", "FortiGuard", "FortiGate", "Palo Alto Networks", "paloaltonetworks", "Forcepoint", "Skyhigh Security", "McAfee Web Gateway", "block.opendns.com", "Cisco Umbrella"}},
		// Zscaler's end-user notification redirect (its documented query).
		{id: "security-gateway-redirect", cat: Proxy, tier: tierRelay, strong: true, dropStatus: true, summary: securityGatewaySummary,
			any: []string{"reasoncode=CATEGORY_DENIED"}},
	}
}

const securityGatewaySummary = "Your organisation's security gateway answered instead of the API and blocked the request — ask IT to allow api.anthropic.com (and *.anthropic.com, *.claude.ai)."
