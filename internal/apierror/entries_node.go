package apierror

import "strings"

// Node.js and its HTTP clients: system error codes (ECONNRESET, ENOTFOUND,
// …), undici's error codes and classes, axios codes, proxy agents' CONNECT
// failures, the Python SDK's httpx timeouts, and V8 exceptions thrown by
// Claude Code itself. Sources: https://nodejs.org/api/errors.html,
// undici lib/core/errors.js, axios lib/core/AxiosError.js, V8's message-template.h and
// JavaScriptCore's ExceptionHelpers.cpp; testdata/vocab/{node,v8}.txt list them.
func nodeEntries() []*entry {
	return []*entry{
		{id: "network", cat: Network, base: true, retryable: true, side: SideNetwork, actions: networkActions,
			summary: "Claude Code could not reach the API (connection refused, reset, timed out, or DNS failed)."},
		{id: "proxy", cat: Proxy, base: true, statuses: []int{407}, side: SideNetwork, actions: proxyActions,
			summary: "The HTTP proxy refused or broke the connection (proxy authentication or tunnel failure)."},
		// "Proxy authentication" alone is a topic (a setup guide's "npm
		// config for proxy authentication"); a failure says it was
		// required or failed.
		{id: "proxy-tunnel", cat: Proxy, tier: tierProxy, strong: true, dropStatus: true,
			any: []string{"ERR_PROXY_TUNNEL", "Failed to establish tunnel", "tunneling socket could not be established", "Proxy Authentication Required", "CONNECT tunnel failed", "ERR_TUNNEL_CONNECTION_FAILED", "ERR_PROXY_CONNECTION_FAILED", "proxy authentication failed", "407 Proxy"}},
		{id: "proxy-ended", cat: Proxy, tier: tierProxy, strong: true, retry: 1,
			any: []string{"Proxy connection ended before receiving CONNECT response"}},
		{id: "axios-4xx", cat: UnknownAPIError, tier: tierHTTPClient, strong: true, retry: -1,
			any: []string{"ERR_BAD_REQUEST"}},
		{id: "axios-5xx", cat: ServerError, tier: tierHTTPClient, strong: true,
			any: []string{"ERR_BAD_RESPONSE"}},
		{id: "stream-timeout", cat: Timeout, tier: tierStall, strong: true, ui: true,
			any:     []string{"Stream idle timeout", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "HeadersTimeoutError", "BodyTimeoutError", "aborted due to timeout"},
			summary: "The response stream stalled (no data for too long) — a network or server hiccup; resending usually works."},
		// Node HTTP clients' own request timeouts, in their words: axios's
		// (lib/adapters/xhr.js and http.js: "timeout of Nms exceeded", code
		// ECONNABORTED) and superagent's ("Timeout of Nms exceeded",
		// "Response timeout of Nms exceeded"), got's TimeoutError ("Timeout
		// awaiting 'request' for Nms"), node-fetch's FetchError ("network
		// timeout at: URL", "Response timeout while trying to fetch URL (over
		// Nms)"), ky's TimeoutError ("Request timed out: POST URL"). A router
		// or relay written in Node gives up with them before the API answers.
		{id: "http-client-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any: []string{"Timeout awaiting '", "network timeout at:", "Response timeout while trying to fetch", "Request timed out: POST ", "Request timed out: GET "}},
		// axios's own timeout (lib/adapters/http.js and xhr.js: "timeout of
		// " + config.timeout + "ms exceeded", code ECONNABORTED, or ETIMEDOUT
		// with transitional.clarifyTimeoutError): the client gave up on a
		// request that did not finish in time, which ECONNABORTED alone
		// would read as a dropped connection.
		{id: "axios-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			all: []string{"timeout of ", "ms exceeded"}},
		{id: "sdk-timeout", cat: Timeout, tier: tierStall, strong: true,
			any: []string{"APITimeoutError", "httpx.ReadTimeout", "read operation timed out", "ReadTimeoutError"}},
		// Rust's hyper and reqwest print a timeout as "operation timed out"
		// (hyper src/error.rs TimedOut, reqwest's Kind::Timeout), as do
		// macOS (strerror(ETIMEDOUT)) and curl (error 28): gateways written in
		// Rust relay it. General wording, so it needs an API frame.
		{id: "operation-timed-out", cat: Timeout, tier: tierStall,
			any: []string{"operation timed out"}},
		// Cased: the code is written in capitals, and the squashed words
		// of "will be refused again" hold it in lower case.
		{id: "dns-refused", cat: Network, tier: tierConnection, strong: true, retry: -1, cased: true,
			any:     []string{"EREFUSED"},
			summary: "DNS refused to resolve the API host (EREFUSED): a resolver or network setting, not a passing blip."},
		{id: "connection", cat: Network, tier: tierConnection, strong: true, ui: true,
			any: []string{"ConnectionRefused", "queryA ETIMEOUT", "queryAaaa ETIMEOUT", "other side closed", "TypeError: terminated", "fetch failed", "socket hang up", "Unable to connect to API", "socket connection was closed unexpectedly", "ConnectTimeoutError", "getaddrinfo", "Connection refused", "Network is unreachable", "No route to host", "Could not resolve host", "Temporary failure in name resolution"}},
		// Node and undici print their codes in capitals. Matched with case,
		// because blanks are skipped when matching: "Module not found" and
		// "File not found" hold "enotfound", "the pipe" holds "epipe".
		{id: "connection-code", cat: Network, tier: tierConnection, cased: true, strong: true, ui: true,
			any: []string{"ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "ECONNABORTED", "EPIPE", "EADDRNOTAVAIL", "ESERVFAIL", "ENODATA", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_INFO"}},
		// Bun (Claude Code's runtime) could not find a module of the program
		// it was asked to run (src/cli/run_command.zig: `error: Module not
		// found "{s}"`, then exit 1): the installation is broken, and
		// starting it again fails the same way.
		{id: "bun-module-missing", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1,
			any:     []string{`error: Module not found "`, `error: Module not found \"`},
			summary: "Claude Code could not start: its runtime did not find a module of the installed program — the installation is broken or half-updated; reinstall or update it."},
		// A program the client starts (Claude Code started by an editor
		// extension, the Agent SDK or an agent runner) could not be started:
		// its command line is longer than the system allows (libuv's E2BIG
		// "argument list too long" and ENAMETOOLONG "name too long"; Windows
		// caps a command line at 32,767 characters, system error 206 "The
		// filename or extension is too long"), or execa says the spawn
		// itself failed ("Command failed with ENOENT: …", lib/error.js
		// getErrorPrefix). Matched with case: the codes are capitals; a
		// code named alone in prose is no failure.
		{id: "spawn-failed", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1, cased: true,
			any: []string{"spawn ENAMETOOLONG", "spawn E2BIG", "The filename or extension is too long",
				"Command failed with ENAMETOOLONG", "Command failed with E2BIG", "Command failed with ENOENT", "Command failed with EACCES", "Command failed with EPERM", "Command failed with EINVAL", "Command failed with UNKNOWN"},
			summary: "The client could not start the program it runs (Claude Code, or the tool that runs it): the command line it built is too long for the system (common on Windows with long prompts or tool lists), or the program is missing or not executable. Nothing reached the API."},
		{id: "v8-exception", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true,
			any: []string{"Cannot set properties of", "is not a function", "is not a constructor", "is not iterable", "Assignment to constant variable", "circular structure to JSON", "undefined or null to object", "Cannot destructure property", "null is not an object", "Invalid string length", "Invalid array length", "Array buffer allocation failed", "before initialization", "Can't find variable", "RangeError: Out of memory", "'OUT_OF_MEM'", "undefined is not an object", "Cannot read properties of undefined", "Cannot read properties of null", "Unhandled 'error' event", "Maximum call stack size exceeded", "JavaScript heap out of memory", "is not defined", "Cannot assign to read only property"}},
		// undici's codes, one by one: the response-reading ones point at
		// something in between, the misuse ones at Claude Code itself.
		{id: "undici-bad-response", cat: GatewayError, tier: tierHTTPClient, strong: true,
			any:     []string{"UND_ERR_HEADERS_OVERFLOW", "HeadersOverflowError", "UND_ERR_HTTP_PARSER", "HTTPParserError", "RES_CONTENT_LENGTH_MISMATCH", "ResponseContentLengthMismatch", "UND_ERR_RES_EXCEEDED_MAX_SIZE", "ResponseExceededMaxSizeError"},
			summary: "The HTTP response could not be read (malformed, oversized or cut short) — something between Claude Code and the API altered it."},
		{id: "undici-proxy-tls", cat: Proxy, tier: tierProxy, strong: true,
			any: []string{"UND_ERR_PRX_TLS", "SecureProxyConnectionError"}},
		{id: "undici-misuse", cat: ClientBug, tier: tierHTTPClient, strong: true, notAPI: true,
			any: []string{"REQ_CONTENT_LENGTH_MISMATCH", "RequestContentLengthMismatch", "UND_ERR_INVALID_ARG", "UND_ERR_INVALID_RETURN_VALUE", "InvalidReturnValueError", "UND_ERR_NOT_SUPPORTED", "UND_ERR_DESTROYED", "ClientDestroyedError", "UND_ERR_CLOSED", "ClientClosedError", "UND_ERR_BPL_MISSING_UPSTREAM", "BalancedPoolMissingUpstreamError"}},
		// undici's response errors carry the HTTP status that decides.
		{id: "undici-response", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true,
			any: []string{"UND_ERR_RESPONSE", "UND_ERR_REQ_RETRY"}},
		// JSON.parse of a page where the API's JSON was expected. V8 quotes
		// what it could not parse before "is not valid JSON" (message-template.h:
		// `Unexpected token '%', "%" is not valid JSON`), which tells its message
		// from a server's "The request body is not valid JSON" about our request.
		{id: "not-json", cat: GatewayError, tier: tierRelay, strong: true,
			any:     []string{"Unexpected token '<'", "Unexpected token <", "Unrecognized token '<'", "\" is not valid JSON", "\"... is not valid JSON", "Unexpected end of JSON input"},
			summary: "Claude Code expected the API's JSON but got something else (often an HTML page) — a proxy, gateway or captive portal answered instead of the API."},
		// Streams, HTTP/2 sessions and TLS sockets the far side closed early.
		// A browser's fetch() rejects with a TypeError whose message each
		// engine words its own way when no response could be read — the
		// network failed or a CORS check blocked it (the page is not told
		// which): Chromium "Failed to fetch", Firefox "NetworkError when
		// attempting to fetch resource.", WebKit (Safari, iOS apps) "Load
		// failed", the whatwg-fetch polyfill (React Native) "Network request
		// failed" (testdata/vocab/browserfetch.txt). Not strong: chat apps'
		// own words need an error frame around them.
		{id: "browser-fetch-failed", cat: Network, tier: tierConnection, cased: true,
			any: []string{"TypeError: Failed to fetch", "TypeError: NetworkError when attempting to fetch resource", "TypeError: Load failed", "TypeError: Network request failed"}},
		// Claude Code 2.1.332's own CONNECT client: a proxy's answer it
		// could not use (testdata/vocab/claudecode-2.1.332.txt).
		{id: "proxy-connect-answer", cat: Proxy, tier: tierProxy, strong: true, dropStatus: true,
			any: []string{"Proxy CONNECT response header is too large", "Proxy answered CONNECT with neither 200 nor an error"}},
		{id: "node-stream-closed", cat: Network, tier: tierConnection, strong: true, retry: 1,
			any: []string{"ERR_STREAM_PREMATURE_CLOSE", "ERR_SOCKET_CONNECTION_TIMEOUT", "ERR_HTTP2_STREAM_ERROR", "ERR_HTTP2_SESSION_ERROR", "ERR_HTTP2_GOAWAY_SESSION", "Client network socket disconnected before secure TLS connection"}},
	}
}

func networkActions(a *advice) []Action {
	low := a.o.lower()
	acts := []Action{}
	if !a.o.retry && (strings.Contains(low, "connection refused") || strings.Contains(low, "connectionrefused")) {
		acts = append(acts, act("Start the local gateway or stop pointing at it", "unset ANTHROPIC_BASE_URL", "ANTHROPIC_BASE_URL points at a local address where nothing listens."))
	}
	if strings.Contains(low, "enotfound") || strings.Contains(low, "eai_again") || strings.Contains(low, "erefused") || strings.Contains(low, "getaddrinfo") {
		acts = append(acts, act("Check DNS for the API host", "nslookup "+hostOnly(a), "The host name did not resolve: DNS, VPN split-DNS or a typo in the base URL or region."))
	}
	acts = append(acts,
		act("Test the connection to the API", "curl -sI "+apiURL(a), "Shows whether this machine reaches the API at all."),
		act("Check VPN, firewall and proxy settings", "env | grep -i _proxy", "A corporate network may require HTTPS_PROXY; a VPN may drop long-lived connections."),
		act("Run the full network check", "ccdiag doctor", "Tests DNS, proxy, TLS and authentication step by step."),
	)
	if a.o.retry {
		acts = append(acts, act("Or resend once the connection is back", "", "Resets and timeouts are usually brief."))
	}
	return acts
}

func proxyActions(a *advice) []Action {
	return []Action{
		act("Check the proxy settings Claude Code sees", "env | grep -i _proxy", "HTTPS_PROXY must point at a working proxy; a wrong one fails every request."),
		act("If the proxy needs a login, put it in the URL", "export HTTPS_PROXY=http://USER:PASSWORD@proxy.example.com:8080", "A 407 means the proxy wants credentials (keep them out of shared shell history)."),
		act("Bypass the proxy for hosts that need none", "export NO_PROXY=localhost,127.0.0.1", "Local gateways and services should not go through the corporate proxy."),
	}
}
