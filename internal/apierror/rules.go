package apierror

import (
	"strings"
	"sync"
)

// rule recognises one kind of failure by its wording. Phrases are matched on
// the paste with every blank and backtick removed and case folded, so
// terminal wrapping (even mid-word) cannot hide them.
type rule struct {
	id  string
	cat Category
	// any: the rule matches when one of these phrases is present…
	any []string
	// all: …and all of these (a rule may use all alone).
	all []string
	// cased: the phrases must also match with this exact case ("Request timed
	// out" is Claude Code's text; 'request timed out' in source code is not).
	cased bool
	// strong: the phrase alone shows an API failure; otherwise the rule only
	// names the failure when something else (a status, "API Error") shows one.
	strong bool
	// ui: Claude Code's own wording, trusted even inside tool output.
	ui       bool
	retry    int8   // 0: the category's default; 1 retryable; -1 not
	provider string // bedrock, vertex, gateway when the wording says so
	status   int    // the HTTP status this wording implies, when none was seen
	// dropStatus: a status in this text is not the API's (a proxy's answer to CONNECT).
	dropStatus bool
	notAPI     bool // a failure, but not of the API (Claude Code crashed)
	thin       bool // says too little on its own: dropped when the paste has more
	// summary replaces the category's summary when this wording is more precise.
	summary string
}

// messageRules run first: specific wording beats the status and error type,
// because relays relabel statuses and invalid_request_error covers many causes.
// Order matters: the first rule that matches wins.
func messageRules() []rule {
	return []rule{
		{id: "max-tokens-setting", cat: MaxOutputTokens, any: []string{"maximum allowed number of output tokens"}, strong: true},
		{id: "max-output", cat: MaxOutputTokens, any: []string{"output token maximum", "CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable"}, strong: true, ui: true},
		{id: "proxy-tunnel", cat: Proxy, any: []string{"ERR_PROXY_TUNNEL", "Failed to establish tunnel", "tunneling socket could not be established", "Proxy Authentication Required", "CONNECT tunnel failed", "ERR_TUNNEL_CONNECTION_FAILED", "ERR_PROXY_CONNECTION_FAILED", "proxy authentication", "407 Proxy"}, strong: true, dropStatus: true},
		{id: "proxy-ended", cat: Proxy, any: []string{"Proxy connection ended before receiving CONNECT response"}, strong: true, retry: 1},
		{id: "tls", cat: TLS, any: []string{"SELF_SIGNED_CERT_IN_CHAIN", "self signed certificate", "self-signed certificate", "UNABLE_TO_GET_ISSUER_CERT", "unable to get local issuer certificate", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", "CERT_HAS_EXPIRED", "certificate has expired", "SSL certificate", "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_TLS_CERT_ALTNAME_INVALID", "CERTIFICATE_VERIFY_FAILED", "certificate verify failed", "x509: certificate", "certificate signed by unknown authority", "does not match certificate's altnames", "ERR_SSL_", "SSL routines", "UNABLE_TO_GET_CRL", "EPROTO", "wrong version number", "CERT_NOT_YET_VALID", "ERR_TLS_"}, strong: true, ui: true},
		{id: "org-rate-limit", cat: RateLimit, any: []string{"exceed the rate limit for your organization", "exceed your organization's rate limit", "exceed your account's rate limit", "exceeded your per-minute rate limit", "exceeded your rate limit", "exceed the rate limit"}, strong: true, ui: true},
		{id: "server-throttle", cat: RateLimit, any: []string{"Server is temporarily limiting requests"}, strong: true, ui: true},
		{id: "bedrock-throttle", cat: RateLimit, any: []string{"ThrottlingException", "Too many tokens, please wait", "Too many tokens per day", "Too many requests, please wait", "Too many tokens"}, strong: true, provider: "bedrock", status: 429},
		{id: "vertex-quota", cat: RateLimit, any: []string{"RESOURCE_EXHAUSTED", "Quota exceeded for aiplatform", "quota exceeded for quota metric"}, strong: true, provider: "vertex", status: 429},
		{id: "usage-and-spend", cat: UsageLimit, all: []string{"monthly spend limit", "session limit resets"}, strong: true, ui: true},
		{id: "spend-monthly", cat: SpendLimit, any: []string{"hit your monthly spend limit", "monthly spend limit reached"}, strong: true, ui: true},
		{id: "spend-console", cat: SpendLimit, any: []string{"reached your specified API usage limits", "reached your specified workspace API usage limits", "enforced_spend_limit_reached", "contract_spend_limit_reached", "spend limit reached"}, strong: true},
		{id: "usage-limit", cat: UsageLimit, any: []string{"usage limit reached", "hit your limit", "hit your session limit", "hit your weekly limit", "hit your Opus limit", "hit your Sonnet limit", "hit your 5-hour limit", "limit reached · resets", "Limits will reset at", "limit will reset at", "5-hour limit reached", "weekly limit reached", "Opus limit reached", "session limit reached", "out of extra usage"}, strong: true, ui: true},
		{id: "context", cat: ContextTooLong, any: []string{"prompt is too long", "Context limit reached", "context window limit", "exceed context limit", "maximum context length", "longer than the model's context length", "context length exceeded", "context_length_exceeded", "Conversation too long", "input is too long", "prompt too long", "exceeds the context window", "exceeds the model's context", "model_context_window_exceeded"}, strong: true, ui: true},
		{id: "usage-policy", cat: InvalidRequest, any: []string{"appears to violate our Usage Policy", "violate our Acceptable Use Policy"}, strong: true, ui: true,
			summary: "The request was refused under Anthropic's Usage Policy — rephrase it; resending it unchanged fails the same way."},
		{id: "conversation", cat: ConversationState, any: []string{"tool use concurrency issues", "no low surrogate", "lone leading surrogate", "thinking.signature", "signature in thinking block", "Invalid signature in thinking", "thinking.cache_control", "ids were found without tool_result", "unexpected tool_use_id", "must have a corresponding tool_use", "must have a corresponding tool_result", "tool_use ids must be unique", "redacted_thinking blocks", "thinking blocks in the latest assistant message", "These blocks must remain as they were", "text content blocks must be non-empty", "cache_control cannot be set for empty text", "must have non-empty content", "roles must alternate", "first message must use the user role", "Expected thinking or redacted_thinking", "final assistant content cannot end with trailing whitespace", "must start with a thinking block", "tool_result block(s) provided when previous message"}, strong: true},
		{id: "image-size", cat: RequestTooLarge, any: []string{"image exceeds", "image dimensions exceed", "Request too large", "request exceeds the maximum size", "Request Entity Too Large", "request_too_large", "request_body_too_large", "PDF pages", "pdf exceeds", "Payload Too Large", "exceeds the maximum allowed size"}, strong: true, ui: true},
		{id: "billing", cat: Billing, any: []string{"credit balance is too low", "credit balance too low", "insufficient credits", "requires more credits", "no credits remaining", "insufficient_quota", "purchase credits", "billing_error", "Payment Required", "insufficient balance", "insufficient_credits", "exceeded your current quota"}, strong: true, ui: true},
		{id: "relay-client", cat: GatewayError, any: []string{"client_validation_error", "client is not authorized to use this API key", "only accepts requests from Claude Code"}, strong: true, retry: -1, provider: "gateway"},
		{id: "cf-challenge", cat: GatewayError, any: []string{"<title>Just a moment", "Attention Required! | Cloudflare", "cf-mitigated", "challenge-platform", "Checking your browser before accessing"}, retry: -1, status: 403},
		{id: "envoy", cat: GatewayError, any: []string{"upstream connect error", "disconnect/reset before headers", "no healthy upstream", "upstream request timeout"}, strong: true, ui: true,
			summary: "A proxy in front of the API (Envoy) could not reach the servers behind it — usually a brief outage on the far side."},
		{id: "malformed-200", cat: GatewayError, any: []string{"empty or malformed response"}, strong: true, ui: true, status: 200,
			summary: "The API answered 200 with an empty or malformed body — something in between (a proxy or gateway) altered the response."},
		{id: "relay-terminated", cat: GatewayError, any: []string{"API Error: 500 terminated", "API Error: terminated", "API Error (terminated", "stream stall timeout"}, strong: true, ui: true},
		{id: "httpx-upstream-4xx", cat: GatewayError, any: []string{"Client error '4"}, retry: -1},
		{id: "vertex-model-unavailable", cat: NotFound, any: []string{"is not available on your vertex deployment", "not available on Vertex"}, strong: true, ui: true, provider: "vertex"},
		{id: "vertex-publisher-model", cat: NotFound, any: []string{"Publisher Model"}, all: []string{"not found"}, strong: true, provider: "vertex", status: 404},
		{id: "model-not-found", cat: NotFound, any: []string{"issue with the selected model", "is not a recognized model", "model identifier is invalid", "404 page not found", "model_not_found", "model not found", "model does not exist", "does not exist or you do not have access"}, strong: true, ui: true},
		{id: "bedrock-on-demand", cat: InvalidRequest, any: []string{"on-demand throughput isn't supported", "on-demand throughput is not supported", "ID or ARN of an inference profile"}, strong: true, provider: "bedrock"},
		{id: "aws-credentials", cat: Authentication, any: []string{"security token included in the request is invalid", "security token included in the request is expired", "ExpiredTokenException", "UnrecognizedClientException", "request signature we calculated does not match", "Could not load credentials from any providers", "The SSO session associated with this profile has expired"}, strong: true, provider: "bedrock"},
		{id: "gcp-credentials", cat: Authentication, any: []string{"Could not load the default credentials", "Reauthentication is needed", "invalid_grant", "Request had invalid authentication credentials"}, strong: true, provider: "vertex"},
		{id: "auth", cat: Authentication, any: []string{"invalid api key", "invalid x-api-key", "OAuth token has expired", "OAuth token revoked", "token has been revoked", "Missing API key", "Please run /login", "Run /login", "Fix external API key", "invalid authentication credentials", "invalid bearer token", "x-api-key header is required", "authentication_failed", "Not logged in", "Could not resolve authentication method", "only authorized for use with Claude Code", "OAuth authentication is currently not supported", "Invalid bearer token"}, strong: true, ui: true},
		{id: "org-disabled", cat: Permission, any: []string{"organization has disabled", "organization has been disabled", "does not have access to Claude", "account has been disabled", "Request not allowed", "not available in your country", "unsupported_country_region_territory", "sandbox_egress_restricted", "organization_on_hold", "claude_code_key_creator_not_member"}, strong: true, ui: true},
		{id: "bedrock-access", cat: Permission, any: []string{"AccessDeniedException"}, strong: true, provider: "bedrock", status: 403},
		{id: "vertex-permission", cat: Permission, any: []string{"PERMISSION_DENIED"}, strong: true, provider: "vertex", status: 403},
		{id: "version-too-old", cat: ClientBug, any: []string{"claude_code_version_too_old"}, strong: true},
		{id: "axios-4xx", cat: UnknownAPIError, any: []string{"ERR_BAD_REQUEST"}, strong: true, retry: -1},
		{id: "axios-5xx", cat: ServerError, any: []string{"ERR_BAD_RESPONSE"}, strong: true},
		{id: "stream-timeout", cat: Timeout, any: []string{"Stream idle timeout", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "HeadersTimeoutError", "BodyTimeoutError", "aborted due to timeout"}, strong: true, ui: true,
			summary: "The response stream stalled (no data for too long) — a network or server hiccup; resending usually works."},
		{id: "sdk-timeout", cat: Timeout, any: []string{"APITimeoutError", "httpx.ReadTimeout", "read operation timed out", "ReadTimeoutError"}, strong: true},
		{id: "dns-refused", cat: Network, any: []string{"EREFUSED"}, strong: true, retry: -1},
		{id: "network", cat: Network, any: []string{"ECONNRESET", "ECONNREFUSED", "ConnectionRefused", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "ECONNABORTED", "EPIPE", "UND_ERR_", "fetch failed", "socket hang up", "Unable to connect to API", "socket connection was closed unexpectedly", "ConnectTimeoutError", "getaddrinfo", "Connection refused", "Network is unreachable", "No route to host", "Could not resolve host", "Temporary failure in name resolution"}, strong: true, ui: true},
		{id: "connection-error", cat: Network, summary: "The connection to the API failed or dropped (Connection error) — network, VPN or proxy trouble.", any: []string{"Connection error.", "Connection closed mid-response", "Connection lost mid-response"}, cased: true, strong: true, ui: true},
		{id: "overloaded", cat: Overloaded, any: []string{"Repeated 529 Overloaded", "529 Overloaded", "experiencing high load", "ServiceUnavailableException", "ModelNotReadyException"}, strong: true, ui: true},
		{id: "server-mid-response", cat: ServerError, any: []string{"Server error mid-response"}, strong: true, ui: true},
		{id: "timeout", cat: Timeout, any: []string{"Request timed out"}, cased: true, strong: true, ui: true},
		{id: "bedrock-validation", cat: InvalidRequest, any: []string{"ValidationException"}, strong: true, provider: "bedrock", status: 400},
		{id: "crash", cat: ClientBug, any: []string{"Claude Code crashed", "process exited with code"}, strong: true, ui: true, notAPI: true, retry: 1},
		{id: "client-exception", cat: ClientBug, any: []string{"undefined is not an object", "Cannot read properties of undefined", "Cannot read properties of null", "Unhandled 'error' event", "Maximum call stack size exceeded", "JavaScript heap out of memory", "is not defined", "Cannot assign to read only property"}, strong: true, notAPI: true},
	}
}

// fallbackRules run after the error code, type and status had their say.
func fallbackRules() []rule {
	return []rule{
		{id: "startup-connect", cat: Network, any: []string{"Failed to connect to api.anthropic.com", "Unable to connect to Anthropic services", "Failed to connect to console.anthropic.com", "Failed to connect to platform.claude.com"}, strong: true, ui: true},
		{id: "overloaded-word", cat: Overloaded, any: []string{"Overloaded"}},
		{id: "internal-server-error", cat: ServerError, any: []string{"Internal server error"}},
		{id: "too-many-requests", cat: RateLimit, any: []string{"Too Many Requests", "rate limited", "rate limit exceeded"}},
		{id: "provider-wrapper", cat: GatewayError, any: []string{"Provider returned error", "Error from provider"}},
		{id: "aborted", cat: None, any: []string{"Operation aborted", "Interrupted by user", "Interrupted ·", "Request was aborted", "Previous query still processing", "APIUserAbortError"}, ui: true, thin: true,
			summary: "The request was cancelled (Esc, Ctrl-C or an interrupted run) — not an API failure; resend when ready."},
		{id: "bare-api-error", cat: UnknownAPIError, any: []string{"API Error", "APIError"}, thin: true},
	}
}

// Phrases that do not name a failure but show where one is written: a line
// holding one starts a new error candidate.
func framePhrases() []string {
	return []string{"API Error", "Error:", "Error (", "Error code", "Status Code", "HTTP/1.", "HTTP/2",
		`{"type"`, `{"error"`, `{'type'`, `{'error'`, `"type":"error"`, "<title>", "<html", "<!DOCTYPE", "event: error",
		"httpStatusCode", "Exception", "anthropic.", "Anthropic", "status code", "statusCode"}
}

// Phrases that name the provider serving the request.
func providerPhrases() map[string][]string {
	return map[string][]string{
		"bedrock": {"bedrock", "The model returned the following errors", "ThrottlingException", "ValidationException", "ServiceUnavailableException", "ModelNotReadyException", "AccessDeniedException", "$metadata", "amazonaws.com", "inference profile"},
		"vertex":  {"aiplatform.googleapis.com", "publishers/anthropic", "RESOURCE_EXHAUSTED", "PERMISSION_DENIED", "vertex", "req_vrtx_", "Quota exceeded for"},
		"gateway": {"inference gateway (", "Provider returned error", "Error from provider", "client_validation_error", "claude-relay", "claude-code-router", "LiteLLM"},
	}
}

// ruleSet is the compiled catalogue of phrases.
type ruleSet struct {
	msg, fb  *ruleList // message rules, fallback rules
	phrases  []string  // squashed, lowercase
	cased    []string  // squashed, original case ("" when case does not matter)
	frame    []bool    // phrase id marks a line that may start an error
	apiError int32     // phrase id of "apierror"
	proxyEnv []int32   // phrase ids of HTTPS_PROXY and HTTP_PROXY
	apiFrame []int32   // phrases that show an API client or host wrote the text
	mcp      []int32   // phrases of an MCP server connection failing (not the Messages API)
	provider map[string][]int32
	matcher  *phraseMatcher
}

var rules = lazy[*ruleSet]{make: buildRuleSet}

// lazy computes a value on first use. Unlike a package-level
// sync.OnceValue(f), declaring one needs no init-time work: the hook path
// links this package and must start in about a millisecond.
type lazy[T any] struct {
	once sync.Once
	val  T
	make func() T
}

func (l *lazy[T]) get() T {
	l.once.Do(func() { l.val = l.make() })
	return l.val
}

func buildRuleSet() *ruleSet {
	rs := &ruleSet{provider: map[string][]int32{}}
	index := map[string]int32{}
	add := func(p string, cased bool) int32 {
		sq := squash(p, false)
		key := sq
		if cased {
			key = "\x00" + squash(p, true)
		}
		if id, ok := index[key]; ok {
			return id
		}
		id := int32(len(rs.phrases))
		index[key] = id
		rs.phrases = append(rs.phrases, sq)
		c := ""
		if cased {
			c = squash(p, true)
		}
		rs.cased = append(rs.cased, c)
		rs.frame = append(rs.frame, true)
		return id
	}
	rs.msg = rs.compile(messageRules(), add)
	rs.fb = rs.compile(fallbackRules(), add)
	for _, p := range framePhrases() {
		add(p, false)
	}
	rs.apiError = add("API Error", false)
	for _, p := range []string{"HTTPS_PROXY", "HTTP_PROXY"} {
		id := add(p, false)
		rs.frame[id] = false
		rs.proxyEnv = append(rs.proxyEnv, id)
	}
	for _, p := range []string{"API Error", "isApiErrorMessage\":true", "\"subtype\":\"api_retry\"", "api_error_status", "apiErrorStatus", "AnthropicException", "AnthropicError", "anthropic._exceptions", "anthropic.", "@anthropic-ai/sdk", "APIStatusError", "APIConnectionError", "bedrock-runtime", "aiplatform.googleapis.com"} {
		rs.apiFrame = append(rs.apiFrame, add(p, false))
	}
	// The MCP SDK's transport errors: a connector (an MCP server) failed, even
	// when it is hosted by Anthropic (mcp-proxy.anthropic.com).
	for _, p := range []string{"Streamable HTTP error", "Error POSTing to endpoint", "SSE error: Non-200 status code"} {
		id := add(p, false)
		rs.frame[id] = false
		rs.mcp = append(rs.mcp, id)
	}
	for name, ps := range providerPhrases() {
		for _, p := range ps {
			id := add(p, false)
			rs.provider[name] = append(rs.provider[name], id)
		}
	}
	// Provider names alone ("vertex", "bedrock") do not start an error.
	for _, id := range append(rs.provider["vertex"], rs.provider["bedrock"]...) {
		if p := rs.phrases[id]; p == "vertex" || p == "bedrock" || p == "$metadata" || p == "amazonaws.com" {
			rs.frame[id] = false
		}
	}
	rs.msg.index(len(rs.phrases))
	rs.fb.index(len(rs.phrases))
	rs.matcher = newPhraseMatcher(rs.phrases)
	return rs
}

// squash removes blanks and backticks and, unless keepCase, folds ASCII case
// and typographic quotes, so wrapped and reformatted text still matches.
func squash(s string, keepCase bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '`':
			continue
		case !keepCase && c >= 'A' && c <= 'Z':
			b.WriteByte(c + 32)
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99):
			b.WriteByte('\'') // ‘ ’
			i += 2
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d):
			b.WriteByte('"') // “ ”
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// phraseSet is the set of phrase ids found in one stretch of text.
type phraseSet struct {
	bits []uint64
	hits []int32 // the same ids, in the order found
}

func (s *phraseSet) has(id int32) bool { return s.bits[id>>6]&(1<<(id&63)) != 0 }

func (s *phraseSet) add(id int32) {
	if !s.has(id) {
		s.bits[id>>6] |= 1 << (id & 63)
		s.hits = append(s.hits, id)
	}
}

func (rs *ruleSet) newSet() *phraseSet {
	return &phraseSet{bits: make([]uint64, (len(rs.phrases)+63)/64)}
}

// ruleList is an ordered list of rules with its phrases compiled.
type ruleList struct {
	rules    []rule
	any, all [][]int32 // phrase ids per rule
	byPhrase [][]int32 // phrase id → indexes of the rules that use it
}

func (rs *ruleSet) compile(rl []rule, add func(string, bool) int32) *ruleList {
	l := &ruleList{rules: rl}
	for _, r := range rl {
		var a, b []int32
		for _, p := range r.any {
			a = append(a, add(p, r.cased))
		}
		for _, p := range r.all {
			b = append(b, add(p, r.cased))
		}
		l.any, l.all = append(l.any, a), append(l.all, b)
	}
	return l
}

// index builds byPhrase once every phrase has its id.
func (l *ruleList) index(nphrases int) {
	l.byPhrase = make([][]int32, nphrases)
	for i := range l.rules {
		for _, ids := range [][]int32{l.any[i], l.all[i]} {
			for _, id := range ids {
				if n := len(l.byPhrase[id]); n == 0 || l.byPhrase[id][n-1] != int32(i) {
					l.byPhrase[id] = append(l.byPhrase[id], int32(i))
				}
			}
		}
	}
}

// first returns the first rule of the list whose phrases are in set. Only the
// rules that use a phrase found are tried, so the cost follows the hits.
func (l *ruleList) first(set *phraseSet) *rule {
	best := -1
	for _, id := range set.hits {
		for _, ri := range l.byPhrase[id] {
			if (best < 0 || int(ri) < best) && ruleMatches(l.any[ri], l.all[ri], set) {
				best = int(ri)
			}
		}
	}
	if best < 0 {
		return nil
	}
	return &l.rules[best]
}

// anyStrong reports whether some strong rule (ui-only when uiOnly) matched.
func (l *ruleList) anyStrong(set *phraseSet, uiOnly bool) bool {
	for _, id := range set.hits {
		for _, ri := range l.byPhrase[id] {
			r := &l.rules[ri]
			if r.strong && (!uiOnly || r.ui) && ruleMatches(l.any[ri], l.all[ri], set) {
				return true
			}
		}
	}
	return false
}

func ruleMatches(any, all []int32, set *phraseSet) bool {
	if len(any) > 0 {
		found := false
		for _, id := range any {
			if set.has(id) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, id := range all {
		if !set.has(id) {
			return false
		}
	}
	return len(any) > 0 || len(all) > 0
}

func (rs *ruleSet) anyStrong(set *phraseSet, uiOnly bool) bool {
	return rs.msg.anyStrong(set, uiOnly) || rs.fb.anyStrong(set, uiOnly)
}
