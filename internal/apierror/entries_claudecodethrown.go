package apierror

// Errors Claude Code throws while it sets up a request's way out (proxy,
// certificate authorities, the organisation's gateway and policy, its
// sign-in) and prints as the failure. Source: @anthropic-ai/claude-code
// 2.1.328's thrown errors (the extractor's throw rule; expect.txt classifies
// every one), testdata/vocab/claudecode-thrown.txt lists them.
func claudeCodeThrownEntries() []*entry {
	return []*entry{
		// A proxy setting that is not a usable URL, a proxy that could not
		// be reached or asked for credentials Claude Code lacks, a host the
		// organisation's settings say to reach directly: no request left
		// through it, so only the proxy setting's fix helps.
		{id: "cc-proxy-setting", cat: Proxy, tier: tierProxy, strong: true, ui: true,
			any: []string{"Invalid proxy URL in", "PROXY is not a URL", "is not an http or https URL, so this request was not sent",
				"valid host string in proxy settings", "Could not resolve the configured HTTP proxy",
				"Timed out connecting through the proxy", "no credentials this proxy accepts",
				"which Claude Code checks over a direct connection, not through an HTTP proxy", "would go through proxy",
				// The organisation's policy: its answer came from something
				// other than the API, or was refused on the way.
				"policy couldn't be loaded from", "refused the request for your organization's policy"}},
		// The organisation's gateway or policy server out of reach from this
		// network (the remedy these notices give: connect to its network).
		{id: "cc-org-network", cat: Network, tier: tierConnectionNotice, strong: true, ui: true, retry: 1,
			any: []string{"Connect to your organization's network and try again", "Could not resolve gateway host",
				"to load your organization's policy", "for your organization's policy didn't complete"}},
		// Something in between answered the policy request in the API's
		// place (as cc-gateway's "answered in place of the API").
		{id: "cc-org-policy-intercepted", cat: GatewayError, tier: tierRelay, strong: true, ui: true,
			any: []string{"a network proxy or web filter answered instead", "a caching proxy answered in place of", "a proxy or gateway isn't forwarding"}},
		// No certificate authority left to verify the API's certificate, or
		// a verification failure in OpenSSL's words
		// (X509_V_ERR_CERT_SIGNATURE_FAILURE) and Claude Code's own.
		{id: "cc-ca-store", cat: TLS, tier: tierTLS, strong: true, ui: true, retry: -1,
			any: []string{"No certificate authority to trust", "No root certificates are left to trust", "certificate signature failure", "the certificate is for another name"}},
		// Sign-ins this session cannot renew itself: a hosted session with no
		// disk for the refresh, a device the organisation does not trust yet.
		{id: "cc-session-login", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: -1,
			any: []string{"cannot refresh an OAuth token", "requires a trusted device"}},
	}
}
