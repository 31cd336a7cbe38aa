package apierror

// Bun's fetch: Claude Code 2.1.x is a Bun-compiled binary, so its network
// failures carry the error names of Bun's HTTP client as their code, and
// fetch() words five of them itself ("Unable to connect. Is the computer able
// to access the url?"); the rest read "NAME fetching "URL". For more
// information, pass `verbose: true` …". Sources: oven-sh/bun
// src/bun.js/webcore/fetch/FetchTasklet.zig (onReject) and src/http/error.rs;
// testdata/vocab/bun.txt lists them.
func bunEntries() []*entry {
	return []*entry{
		{id: "bun-connect", cat: Network, tier: tierConnection, strong: true,
			any: []string{"Is the computer able to access the url?", "Was there a typo in the url or port?", "FailedToOpenSocket", "DNSResolveFailed", "DNSResolutionFailed"}},
		// HTTP/2 and HTTP/3 streams and connections the far side reset or
		// closed, and a body cut short: the connection broke, resending works.
		{id: "bun-stream-reset", cat: Network, tier: tierConnection, strong: true, retry: 1,
			any:     []string{"HTTP2RefusedStream", "HTTP2StreamReset", "HTTP2GoAway", "HTTP2ProtocolError", "HTTP2FlowControlError", "HTTP2FrameSizeError", "HTTP2CompressionError", "HTTP2EnhanceYourCalm", "HTTP3StreamReset", "HTTP3ProtocolError", "HTTP3HeaderEncodingError", "HTTP3HandshakeFailed", "ShortRead fetching"},
			summary: "The connection to the API broke mid-request (the stream was reset or cut short) — a network or server hiccup; resending usually works."},
		{id: "bun-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any: []string{"Timeout fetching \"", "TimeoutError: The operation timed out"}},
		// JavaScriptCore's text for an AbortSignal.timeout() that fired,
		// without its class name: a failure only where something else says so.
		{id: "bun-timeout-words", cat: Timeout, tier: tierStall, retry: 1,
			any: []string{"The operation timed out."}},
		// A response Bun could not read as HTTP: something in between sent it.
		{id: "bun-bad-response", cat: GatewayError, tier: tierHTTPClient, strong: true,
			any:     []string{"InvalidHTTPResponse", "UnexpectedData fetching", "InvalidContentLength fetching", "UnsupportedTransferEncoding", "ResponseHeadersTooLarge", "UnrequestedUpgrade", "CompressionFailed fetching", "HTTP2ContentLengthMismatch", "HTTP3ContentLengthMismatch", "HTTP2HeaderListTooLarge"},
			summary: "The HTTP response could not be read (malformed, oversized or cut short) — something between Claude Code and the API altered it."},
		// The API never redirects: a redirect is a captive portal, a proxy's
		// login page or a base URL that points at a web page.
		{id: "bun-redirect", cat: GatewayError, tier: tierRelay, strong: true, retry: -1,
			any:     []string{"The response redirected too many times", "TooManyRedirects", "Redirect URL in Location header is invalid", "RedirectURLInvalid", "InvalidRedirectURL", "UnexpectedRedirect", "UnsupportedRedirectProtocol", "RedirectURLTooLong"},
			summary: "The request was redirected instead of answered — a captive portal (hotel or guest Wi-Fi login), a proxy's login page or a base URL that points at a web page, not the API."},
		{id: "bun-proxy-protocol", cat: Proxy, tier: tierProxy, strong: true, retry: -1,
			any:     []string{"UnsupportedProxyProtocol"},
			summary: "The proxy URL uses a scheme Claude Code cannot speak: HTTPS_PROXY must start with http:// or https://."},
		{id: "bun-invalid-url", cat: InvalidRequest, tier: tierHTTPClient, strong: true, retry: -1, notGateway: true,
			any:     []string{"InvalidURL fetching"},
			summary: "Claude Code was given a URL it cannot parse — usually a mistyped ANTHROPIC_BASE_URL.",
			actions: baseURLActions},
		// BoringSSL verification codes Node does not document, with Bun's text.
		{id: "bun-tls-verify", cat: TLS, tier: tierTLS, strong: true,
			any: []string{"INVALID_NON_CA", "invalid non-CA certificate", "PROXY_CERTIFICATES_NOT_ALLOWED", "APPLICATION_VERIFICATION", "SUBJECT_ISSUER_MISMATCH", "AKID_SKID_MISMATCH", "AKID_ISSUER_SERIAL_MISMATCH", "KEYUSAGE_NO_CERTSIGN", "KEYUSAGE_NO_CRL_SIGN", "KEYUSAGE_NO_DIGITAL_SIGNATURE", "UNHANDLED_CRITICAL_EXTENSION", "UNHANDLED_CRITICAL_CRL_EXTENSION", "invalid or inconsistent certificate", "code: \"INVALID_EXTENSION\"", "code: \"INVALID_POLICY_EXTENSION\"", "code: \"NO_EXPLICIT_POLICY\"", "code: \"DIFFERENT_CRL_SCOPE\"", "UNSUPPORTED_EXTENSION_FEATURE", "code: \"UNNESTED_RESOURCE\"", "code: \"PERMITTED_VIOLATION\"", "code: \"EXCLUDED_VIOLATION\"", "code: \"SUBTREE_MINMAX\"", "UNSUPPORTED_CONSTRAINT_TYPE", "UNSUPPORTED_CONSTRAINT_SYNTAX", "UNSUPPORTED_NAME_SYNTAX", "CRL_PATH_VALIDATION_ERROR", "SUITE_B_", "EMAIL_MISMATCH", "IP_ADDRESS_MISMATCH", "Invalid certificate verification context", "Issuer certificate lookup error", "NAME_CONSTRAINTS_WITHOUT_SANS", "UNKNOWN_CERTIFICATE_VERIFICATION_ERROR", "unknown certificate verification error"}},
	}
}

// baseURLActions: the URL to reach is malformed, so the setting must change.
func baseURLActions(*advice) []Action {
	return []Action{
		act("Check the base URL Claude Code uses", "env | grep -E 'ANTHROPIC_BASE_URL|_PROXY'", "A missing scheme or colon (htps//…, https//…) makes the URL unparseable."),
		act("Or remove it to use the API directly", "unset ANTHROPIC_BASE_URL", "Claude Code then talks to api.anthropic.com."),
	}
}
