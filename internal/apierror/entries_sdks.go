package apierror

// The official Claude API SDKs beyond Python and TypeScript (Java, Go, C#,
// Ruby, PHP) print a failed status with the API's body, which the status
// frames and the sdk-class-* entries read (testdata/vocab/sdks.txt). What
// they add of their own are the classes for a request that got no answer,
// and the JVM's transport exceptions the Java SDK wraps in them.
func sdkEntries() []*entry {
	return []*entry{
		// The SDKs refuse a non-streaming call whose max_tokens implies more
		// than ten minutes, before sending it: Python's
		// _calculate_nonstreaming_timeout raises ValueError, Ruby's an
		// ArgumentError ("Streaming is strongly recommended for operations
		// that may take longer than 10 minutes. See …#long-requests"), the
		// TypeScript SDK's calculateNonstreamingTimeout throws AnthropicError
		// ("Streaming is required for …" in later versions). The caller's
		// code must stream; nothing reached the API.
		{id: "sdk-streaming-required", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1,
			any: []string{"Streaming is strongly recommended for operations that may take longer than 10 minutes",
				"Streaming is required for operations that may take longer than 10 minutes"},
			summary: "The Anthropic SDK refused the call before sending it: a non-streaming request whose max_tokens could take over 10 minutes. Stream the request (messages.stream), lower max_tokens, or set an explicit timeout."},
		// The classes a request without an answer is thrown as, whose own
		// message says nothing of why ("Request failed", "I/O exception", an
		// empty one): the cause printed with them decides, so they sit in
		// the tier of Claude Code's bare "Connection error.".
		// anthropic-sdk-java OkHttpClient.kt / StreamHandler.kt:
		// AnthropicIoException("Request failed" | "Stream failed", e);
		// anthropic-sdk-csharp AnthropicClient.cs: AnthropicIOException("I/O
		// exception", e); anthropic-sdk-php BaseClient.php: new
		// APIConnectionException($req, previous: $err).
		{id: "sdk-no-answer", cat: Network, tier: tierConnectionNotice, strong: true,
			any: []string{"com.anthropic.errors.AnthropicIoException", "Anthropic.Exceptions.AnthropicIOException", `Exceptions\APIConnectionException`,
				// The AWS SDK for Java v2's SdkClientException for a request
				// that got no response (core/internal/http/pipeline/stages).
				"Unable to execute HTTP request:"}},
		// The JVM's and OkHttp's transport exceptions (java.net, javax.net.ssl,
		// okhttp3), as the Java SDK's "Caused by:" line shows them: OkHttp
		// throws SocketTimeoutException("timeout") from okio's AsyncTimeout and
		// InterruptedIOException("timeout") when the call timeout ends the
		// call (okhttp3/internal/connection/RealCall.kt), the JDK "Read timed
		// out" and "connect timed out" and java.net.http's HttpTimeoutException.
		{id: "jvm-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any: []string{"java.net.SocketTimeoutException: timeout", "java.net.SocketTimeoutException: Read timed out",
				"java.io.InterruptedIOException: timeout", "java.net.http.HttpTimeoutException", "Unable to execute HTTP request: Read timed out",
				// The AWS SDK for Java v2's own timeouts (ApiCallTimeoutException,
				// ApiCallAttemptTimeoutException): "Client execution did not
				// complete before the specified timeout configuration: N millis".
				"did not complete before the specified timeout configuration"}},
		{id: "jvm-connect", cat: Network, tier: tierConnection, strong: true,
			any: []string{"java.net.UnknownHostException", "java.net.SocketTimeoutException: connect timed out", "java.net.SocketException: Connection reset",
				"java.net.NoRouteToHostException", "java.net.ConnectException",
				// okhttp3/internal/http1/Http1ExchangeCodec.kt: the server closed
				// the connection before its response; http2/StreamResetException.kt.
				"unexpected end of stream on", "StreamResetException: stream was reset"}},
		// Ruby's Net::HTTP timeouts, which the Ruby SDK raises as
		// APITimeoutError (pooled_net_requester.rb rescues Timeout::Error) and
		// Ruby prints as its cause: "Net::ReadTimeout with #<TCPSocket…>".
		{id: "ruby-net-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1, cased: true,
			any: []string{"Net::ReadTimeout", "Net::OpenTimeout", "Net::WriteTimeout"}},
		{id: "jvm-tls", cat: TLS, tier: tierTLS, strong: true,
			any: []string{"PKIX path building failed", "unable to find valid certification path to requested target", "javax.net.ssl.SSLPeerUnverifiedException"}},
	}
}
