package apierror

// Errors Claude Code throws or shows while it sets up a request's way out
// (proxy, certificate authorities, the organisation's gateway, policy and
// identity provider, its sign-in) and prints as the failure. Sources:
// @anthropic-ai/claude-code 2.1.328's thrown errors (the extractor's throw
// rule; expect.txt classifies every one), listed in
// testdata/vocab/claudecode-thrown.txt, and the new templates the same
// extractor finds in 2.1.332 and 2.1.336 (the Agent SDK's native binary),
// listed in testdata/vocab/claudecode-2.1.332.txt and claudecode-2.1.336.txt.
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
				"which Claude Code checks over a direct connection, not through an HTTP proxy", "Gateway login would go through proxy",
				"would go through your network proxy unencrypted",
				// The organisation's policy: its answer came from something
				// other than the API, or was refused on the way.
				"policy couldn't be loaded from", "refused the request for your organization's policy"}},
		// The organisation's gateway or policy server out of reach from this
		// network (the remedy these notices give: connect to its network).
		{id: "cc-org-network", cat: Network, tier: tierConnectionNotice, strong: true, ui: true, retry: 1,
			any: []string{"Connect to your organization's network and try again", "Could not resolve gateway host",
				"to load your organization's policy", "for your organization's policy didn't complete",
				"could not connect to your organization's identity provider", "could not renew your sign-in to your organization's gateway",
				"Couldn't load your organization's managed settings", "could not read the settings of the organization that you chose"}},
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
			any: []string{"cannot refresh an OAuth token", "requires a trusted device", "Not signed in to gateway", "Your organization sign-in has ended",
				// A login that cannot be kept: secure storage refuses it
				// (a locked Keychain, a sign-in too large), or it is gone.
				"can't save to the Keychain", "Your sign-in is too large for Claude Code to save",
				"could not find the organization sign-in in secure storage", "The organization sign-in changed while you were signing in"}},
		// The organisation's gateway refused the sign-in it was given (its
		// suffixes say which: its own, the identity provider's, a credential
		// helper's), or this Claude Code cannot offer the one it needs.
		{id: "cc-gateway-signin", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: -1,
			any: []string{"did not accept your sign-in", "credential helper gave the credential that was refused", "can't offer that sign-in here"}},
		// Signing in through the organisation's identity provider failed
		// in a way only its administrator (or this computer's clock) can
		// fix: the provider's answer lacks a token, details or https, the
		// settings name none or Anthropic's own address, the token cannot
		// be renewed or looks expired by this clock.
		{id: "cc-idp-signin", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: -1,
			any: []string{"Your organization's identity provider did not send", "Your organization's identity provider does not use",
				"Your organization's identity provider sent a token", "sign-in settings do not name an identity provider",
				"name an Anthropic address as the identity provider", "could not get a token from your organization's identity provider",
				"the token from your organization's identity provider has expired", "sign-in through the organization's identity provider can sign",
				"no sign-in through an identity provider that Claude Code can use"}},
		// The server, or a proxy in front of it, asks for a TLS client
		// certificate (CLAUDE_CODE_CLIENT_CERT and _KEY) that is missing,
		// unreadable or expired: only those settings, or IT, fix it.
		{id: "cc-client-cert", cat: TLS, tier: tierTLS, strong: true, ui: true, retry: -1,
			any:     []string{"didn't get a valid client certificate", "needs a valid client certificate"},
			summary: "The server (or a proxy in front of it) requires a TLS client certificate, and the one in CLAUDE_CODE_CLIENT_CERT / CLAUDE_CODE_CLIENT_KEY is missing, unreadable or expired."},
		// Claude Code's check of the model against the account's Bedrock
		// inference profiles before sending: none holds it here (choose
		// another model), one holds it under its profile id (use that id,
		// as Bedrock's on-demand refusal asks), or the profiles could not
		// be listed (IAM lacks bedrock:ListInferenceProfiles).
		{id: "cc-bedrock-profile-missing", cat: NotFound, tier: tierModel, strong: true, ui: true, retry: -1, provider: "bedrock",
			any: []string{"Your Bedrock inference profiles for this region don't include this model"}},
		{id: "cc-bedrock-profile-id", cat: InvalidRequest, tier: tierModelAccess, strong: true, ui: true, retry: -1, provider: "bedrock",
			any: []string{"Your Bedrock inference profiles list this model as"}},
		{id: "cc-bedrock-profile-unlisted", cat: Permission, tier: tierAccess, strong: true, ui: true, retry: -1, provider: "bedrock",
			all: []string{"couldn't confirm that your account has this", "bedrock:ListInferenceProfiles"}},
		// The token's organisation is not the one this machine's managed
		// settings require (forceLoginOrgUUID).
		{id: "cc-org-mismatch", cat: Permission, tier: tierAccess, strong: true, ui: true, retry: -1,
			all: []string{"authentication token belongs to organization", "this machine requires"}},
		// A response body that could not be decompressed or parsed
		// (ZlibError, Brotli or Zstd errors, InvalidHTTPResponse): the API
		// does not send one, so something in between altered it.
		{id: "cc-response-unreadable", cat: GatewayError, tier: tierRelay, cased: true, strong: true, ui: true,
			any: []string{"The response could not be read ("}},
	}
}
