package apierror

// HTTP clients of the programs between Claude Code and the API: Python's
// httpx/httpcore, requests/urllib3 and aiohttp (LiteLLM and other Python
// gateways), Go's net/http (one-api, new-api and most Go gateways) and curl.
// Their failures reach the user inside a gateway's error body or a log.
// Sources: httpx/_exceptions.py, httpcore, urllib3/exceptions.py,
// aiohttp/client_exceptions.py, Go's net/http/transport.go, crypto/tls and
// x/net/http2, curl's lib/strerror.c; testdata/vocab/clients.txt lists them.
func clientEntries() []*entry {
	return []*entry{
		// Zed's agent panel shows its LanguageModelCompletionError in place
		// of the provider's answer: "{provider}'s API …", the provider's
		// display name in the middle (crates/language_model/src/
		// language_model.rs, whose from_http_status maps each status to
		// one). testdata/vocab/zed.txt lists them.
		// Zed names the provider whose API answered: "Anthropic" for Claude
		// from Anthropic's API, directly or through Zed's hosted plan.
		// HttpResponseError names it too ("HTTP response error from
		// Anthropic's API: status …"), and Zed's hosted plan relays
		// Anthropic's own refusal as its cloud's upstream_http_error,
		// "Received an error from the Anthropic API: <message>" (the
		// example of CloudApiError in crates/language_models/src/provider/
		// cloud.rs), which recent Zed shows as it is.
		{id: "zed-anthropic", provider: "anthropic", envRank: 50,
			names: []string{"Anthropic's API servers", "Anthropic's API rate limit", "Anthropic's API server reported", "to Anthropic's API: ", "with Anthropic's API: ",
				"from Anthropic's API: "}},
		// Zed's cloud's upstream_http_error names whose answer it carries,
		// inside its own body or Zed's notice of it: that provider answered,
		// not the cloud (ranked before relay envelopes and Zed's own name).
		{id: "zed-cloud-anthropic", provider: "anthropic", envRank: 7,
			names: []string{"Received an error from the Anthropic API"}},
		// Zed's own cloud (the hosted plan) answered for itself: its provider
		// name is "Zed" (ZED_CLOUD_PROVIDER_NAME), given to a failure whose
		// code is Zed's http_N rather than the model provider's
		// upstream_http_N (from_cloud_failure). A service between the user
		// and Anthropic, so a gateway; ranked before the model's name, which
		// its message may mention ("Access to Anthropic models is not
		// available from this data center").
		{id: "zed-cloud", provider: "gateway", envRank: 9,
			names: []string{"from Zed's API: ", "Zed's API servers", "Zed's API rate limit", "Zed's API server reported", "to Zed's API: ", "with Zed's API: ",
				"completion request failed, code: http_", "cloud language model request failed"}},
		// The cloud refused the request outright (crates/language_models/src/
		// provider/cloud.rs, ApiError: "cloud language model request failed
		// with status {status}: {body}"): its status decides.
		{id: "zed-cloud-status", cat: UnknownAPIError, tier: tierCrash, strong: true, statusDecides: true,
			any: []string{"cloud language model request failed with status "}},
		// bolt.new's sentence for Anthropic's rate limit on its own key
		// ("Anthropic rate limit exceeded, please wait a bit and try
		// again."): the app names whose limit it hit.
		{id: "bolt-anthropic-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "anthropic",
			any: []string{"Anthropic rate limit exceeded"}},
		// Apps that catch the SDK's RateLimitError (or a 429) say whose limit
		// it was in their own words: "Rate limited by %s. Please wait a
		// moment before retrying." with the provider's name (the Autonomix
		// Unreal plugin's FAutonomixHTTPError::FromStatusCode), "Rate limited
		// by Anthropic API. Wait and retry.", "Rate limited by Anthropic —
		// try again in a moment."), a message's capital first (a sentence
		// that says it mid-way, "if rate limited by Anthropic", tells of it).
		{id: "rate-limited-by-anthropic", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "anthropic", cased: true,
			any: []string{"Rate limited by Anthropic", "Rate Limited by Anthropic", "Rate Limited By Anthropic"}},
		// The same words for another provider ("Rate limited by Google
		// Gemini", "Rate limited by OpenAI"): a rate limit, whoever's the
		// paste's names show.
		{id: "rate-limited-by", cat: RateLimit, tier: tierRateLimit, strong: true, cased: true,
			any: []string{"Rate limited by ", "Rate Limited by ", "Rate Limited By "}},
		// The same apps' words for the other failures: no connection ("Could
		// not connect to %s. Check your internet connection.", "Could not
		// reach Anthropic."), and a 5xx ("%s server error (HTTP %d). This is
		// temporary -- please retry."), whose status decides. Some apps log
		// the connect notice after any failed call, with the status on the
		// line before it: that status decides too (answeredBeforeConnect).
		{id: "app-anthropic-connect", cat: Network, tier: tierConnection, strong: true, cased: true, statusDecides: true,
			any: []string{"Could not connect to Anthropic", "Could not reach Anthropic"}},
		{id: "app-anthropic-server-error", cat: ServerError, tier: tierCrash, strong: true, cased: true, provider: "anthropic", statusDecides: true,
			any: []string{"Anthropic server error (HTTP "}},
		{id: "zed-overloaded", cat: Overloaded, tier: tierCapacity, strong: true,
			any: []string{"'s API servers are overloaded right now"}},
		{id: "zed-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true,
			any: []string{"'s API rate limit exceeded"}},
		{id: "zed-server", cat: ServerError, tier: tierCapacity, strong: true,
			any: []string{"'s API server reported an internal server error"}},
		{id: "zed-bad-request", cat: InvalidRequest, tier: tierValidation, strong: true,
			all: []string{"invalid request format to ", "'s API: "}},
		{id: "zed-auth", cat: Authentication, tier: tierCredentials, strong: true,
			all: []string{"authentication error with ", "'s API: "}},
		{id: "zed-permission", cat: Permission, tier: tierAccess, strong: true,
			all: []string{"Permission error with ", "'s API: "}},
		{id: "zed-not-found", cat: NotFound, tier: tierModel, strong: true,
			any: []string{"language model provider API endpoint not found"}},
		{id: "zed-context", cat: ContextTooLong, tier: tierContext, strong: true,
			any: []string{"prompt too large for context window"}},
		// Zed's hosted plan reports its cloud's refusal as "completion
		// request failed. request_id: …, code: http_NNN …, message: …"
		// (crates/agent/src/thread.rs, CompletionRequestStatus::Failed): a
		// context above the plan's own cap is the service's answer, not the
		// model provider's.
		{id: "zed-cloud-context", cat: ContextTooLong, tier: tierContext, strong: true, provider: "gateway",
			all: []string{"completion request failed. request_id: ", "Context window exceeded"}},
		{id: "zed-payment", cat: Billing, tier: tierBilling, strong: true,
			any: []string{"payment required to use this language model"}},
		// Every other status (from_http_status's fallback, HttpResponseError):
		// "HTTP response error from {provider}'s API: status 451 Unavailable
		// For Legal Reasons - \"…\"", the status as Rust's http::StatusCode
		// prints it, then the provider's message quoted ({message:?}): a
		// release note naming the error has no quoted message after it. The
		// status decides.
		{id: "zed-http-status", cat: UnknownAPIError, tier: tierCrash, strong: true, statusDecides: true,
			all: []string{"HTTP response error from ", "'s API: status ", ` - "`}},
		// Zed's own failures around the exchange, each naming the provider:
		// reading or sending (ApiReadResponseError, HttpSend, "error sending
		// HTTP request to {host} for {provider}" since it names the host),
		// a stream cut (StreamEndedUnexpectedly), a body that is not the
		// provider's schema (DeserializeResponse: something in between
		// answered), no key (NoApiKey), and its own request building.
		{id: "zed-transport", cat: Network, tier: tierConnection, strong: true,
			any: []string{"I/O error reading response from ", "error sending HTTP request to "}},
		{id: "zed-stream-ended", cat: Network, tier: tierConnection, strong: true,
			all: []string{"stream from ", " ended unexpectedly"}},
		{id: "zed-deserialize", cat: GatewayError, tier: tierRelay, strong: true,
			all:     []string{"error deserializing ", " API response"},
			summary: "The answer did not have the shape of the API's response — a gateway or proxy in between changed or replaced it."},
		{id: "zed-no-key", cat: Authentication, tier: tierCredentials, strong: true, notAPI: true, retry: -1,
			any: []string{"missing Anthropic API key", "missing OpenAI API key", "missing Google API key", "missing OpenRouter API key",
				"missing DeepSeek API key", "missing Mistral API key", "missing xAI API key"}, cased: true},
		{id: "zed-request-build", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true,
			any: []string{"error serializing request to ", "error building request body to "}},
		// Zed's cloud's upstream_http_error message ("Received an error from
		// the Anthropic API: upstream connect error …"): the provider's
		// answer follows the colon, and its words decide.
		{id: "zed-cloud-upstream", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true,
			all: []string{"Received an error from the ", " API: "}},
		// Cherry Studio raises AI_FinishReasonError ("Response ended with
		// finish reason \"<reason>\"") when a stream ends other than cleanly;
		// "length" (the AI SDK's name) or "max_tokens" (the provider's) is a
		// reply cut at its output cap (its FinishReasonError, AiStreamManager).
		{id: "ai-sdk-finish-output-cap", cat: MaxOutputTokens, tier: tierOutputCap, strong: true,
			any: []string{`Response ended with finish reason "length"`, `Response ended with finish reason "max_tokens"`}},
		// Other clients' and agent frameworks' notices of a reply cut at its
		// output cap: obsidian-copilot's "Response Truncated" card ("The AI
		// response was cut off because it reached the token limit. You can
		// increase the 'Token Limit' in model settings…"; apps write the same
		// sentence ending "the maximum token limit", "the output limit", "the
		// maximum output tokens"), the OpenAI SDKs' LengthFinishReasonError
		// ("Could not parse response content as the length limit was
		// reached"), Strands Agents' MaxTokensReachedException ("Agent has
		// reached an unrecoverable state due to max_tokens limit").
		{id: "client-output-cap", cat: MaxOutputTokens, tier: tierOutputCap, strong: true, retry: -1,
			any: []string{"response was cut off because it reached the", "as the length limit was reached", "unrecoverable state due to max_tokens limit"}},
		// Go's net/http answers a path it does not serve with the plain
		// text "404 page not found" (http.NotFound): a Go server at the
		// endpoint answered (a relay's, or a base URL missing its path),
		// not the API, which answers in JSON.
		{id: "go-not-found-page", cat: NotFound, tier: tierModel, strong: true, ui: true, provider: "gateway",
			any: []string{"404 page not found"}},
		{id: "client-connect", cat: Network, tier: tierConnection, strong: true,
			any: []string{
				// Python: socket and resolver errors, urllib3 and aiohttp wording.
				"Name or service not known", "nodename nor servname provided", "All connection attempts failed",
				"Connection reset by peer", "Remote end closed connection without response", "('Connection aborted.'",
				"Failed to establish a new connection", "NameResolutionError", "Cannot connect to host",
				// botocore exceptions.py (the AWS CLI, boto3): EndpointConnectionError,
				// ConnectionClosedError.
				"Could not connect to the endpoint URL", "Connection was closed before we received a valid response",
				"httpx.ConnectTimeout", "httpcore.ConnectTimeout", "ServerDisconnectedError",
				"Server disconnected without sending a response", "peer closed connection without sending complete message body",
				"('Connection broken:", "Response payload is not completed",
				// Go: dial and socket errors (their "connect: connection refused" is
				// Node's phrase too), a connection the far side closed, HTTP/2.
				": no such host", "i/o timeout", "write: broken pipe", "\": EOF",
				"\": unexpected EOF", "server closed idle connection", "http2: server sent GOAWAY", "stream error: stream ID",
				"http2: client connection lost",
				// curl.
				"Empty reply from server", "Recv failure:", "Send failure:", "transfer closed with", "was not closed cleanly"}},
		{id: "client-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any: []string{"httpx.WriteTimeout", "httpx.PoolTimeout", "Read timed out.", "Timeout on reading data from socket",
				"Connection timeout to host",
				// botocore exceptions.py ReadTimeoutError (the AWS CLI and boto3, Bedrock and AgentCore calls).
				"Read timeout on endpoint URL", "Client.Timeout exceeded", "timeout awaiting response headers", "TLS handshake timeout",
				"\": context deadline exceeded", "Operation timed out after", "Connection timed out after",
				// aws-sdk-go-v2's RequestCanceledError ("canceled, %v") around the
				// context's deadline, inside its ResponseError.
				"canceled, context deadline exceeded"}},
		{id: "client-proxy", cat: Proxy, tier: tierProxy, strong: true,
			any: []string{"proxyconnect tcp", "Cannot connect to proxy", "Unable to connect to proxy", "Failed to connect to proxy URL",
				"ClientProxyConnectionError", "ClientHttpProxyError", "Could not resolve proxy", "Proxy CONNECT aborted", "proxy handshake error"}},
		// Go's golang.org/x/net/proxy, which Go relays and CLIs use to dial
		// through a proxy (proxy/proxy.go FromURL, internal/socks): a proxy
		// URL whose scheme it has no dialer for — it knows socks5 unless the
		// program registers more, so "http://127.0.0.1:7890" fails before
		// any request — and a SOCKS5 proxy's refusal, printed as a
		// net.OpError whose Op is "socks connect".
		{id: "client-go-proxy-scheme", cat: Proxy, tier: tierProxy, strong: true, retry: -1, unsent: true,
			// With the scheme printed (http, https, socks4…): the source's
			// own "proxy: unknown scheme: " + u.Scheme is no failure.
			any:     []string{"proxy: unknown scheme: http", "proxy: unknown scheme: socks"},
			summary: "The proxy URL's scheme is one this program's Go proxy dialer does not support (golang.org/x/net/proxy speaks socks5 unless the program adds more), so its requests could not go through the proxy."},
		{id: "client-go-socks", cat: Proxy, tier: tierProxy, strong: true,
			// With the proxy -> destination pair a dial's net.OpError prints.
			any: []string{"socks connect tcp", "socks connect udp"}, all: []string{"->"},
			summary: "The SOCKS5 proxy did not connect the request: it is not running, refused the connection or the credentials, or could not reach the API itself."},
		{id: "client-tls", cat: TLS, tier: tierTLS, strong: true,
			any: []string{"remote error: tls:", "first record does not look like a TLS handshake", "no alternative certificate subject name matches",
				"error setting certificate file", "SSL_ERROR_SYSCALL", "server gave HTTP response to HTTPS client"}},
		{id: "client-bad-response", cat: GatewayError, tier: tierHTTPClient, strong: true,
			any:     []string{"malformed HTTP response", "Error in the HTTP2 framing layer"},
			summary: "The HTTP response could not be read (malformed, oversized or cut short) — something between Claude Code and the API altered it."},
		{id: "client-redirect", cat: GatewayError, tier: tierRelay, strong: true, retry: -1,
			any: []string{"Exceeded maximum allowed redirects", "redirects followed", "stopped after 10 redirects",
				// The PHP SDK's APIConnectionException for a redirect loop
				// (anthropic-sdk-php src/Core/BaseClient.php).
				"Maximum redirects exceeded"},
			summary: "The request was redirected instead of answered — a captive portal (hotel or guest Wi-Fi login), a proxy's login page or a base URL that points at a web page, not the API."},
		{id: "client-invalid-url", cat: InvalidRequest, tier: tierHTTPClient, strong: true, retry: -1, notGateway: true,
			any:     []string{"Request URL is missing an 'http://' or 'https://' protocol"},
			summary: "The URL to reach has no http:// or https:// — usually a mistyped ANTHROPIC_BASE_URL.",
			actions: baseURLActions},
		// curl -f: the status decides.
		{id: "curl-http-status", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true,
			any: []string{"The requested URL returned error:"}},
	}
}
