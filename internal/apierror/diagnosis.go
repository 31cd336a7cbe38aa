// Package apierror turns the error text a user pastes (or a status code and
// body) into a Diagnosis: what went wrong, whose move it is, and what to do.
// It is pure: no I/O, no clock, no network.
package apierror

// Category is a stable id for a kind of failure. The ids are part of ccdiag's
// interface (JSON output, MCP results, hook records): never rename one.
type Category string

// The categories, in the order the docs list them.
const (
	ServerError       Category = "server_error"
	Overloaded        Category = "overloaded"
	GatewayError      Category = "gateway_error"
	Timeout           Category = "timeout"
	RateLimit         Category = "rate_limit"
	SpendLimit        Category = "spend_limit"
	UsageLimit        Category = "usage_limit"
	ContextTooLong    Category = "context_too_long"
	MaxOutputTokens   Category = "max_output_tokens"
	RequestTooLarge   Category = "request_too_large"
	InvalidRequest    Category = "invalid_request"
	ConversationState Category = "conversation_state"
	Authentication    Category = "authentication"
	Permission        Category = "permission"
	NotFound          Category = "not_found"
	Billing           Category = "billing"
	Network           Category = "network"
	TLS               Category = "tls"
	Proxy             Category = "proxy"
	ClientBug         Category = "client_bug"
	UnknownAPIError   Category = "unknown_api_error"
	None              Category = "none"
)

// Categories lists every category; tests and docs iterate over it.
func Categories() []Category {
	return []Category{ServerError, Overloaded, GatewayError, Timeout, RateLimit, SpendLimit,
		UsageLimit, ContextTooLong, MaxOutputTokens, RequestTooLarge, InvalidRequest,
		ConversationState, Authentication, Permission, NotFound, Billing, Network, TLS,
		Proxy, ClientBug, UnknownAPIError, None}
}

// Valid reports whether c is one of the stable category ids.
func (c Category) Valid() bool {
	for _, k := range Categories() {
		if c == k {
			return true
		}
	}
	return false
}

// Side says whose move it is.
type Side string

// The sides.
const (
	SideServer  Side = "server"  // Anthropic (or the provider) must recover
	SideClient  Side = "client"  // the request or session must change
	SideNetwork Side = "network" // something between the user and the API
	SideAccount Side = "account" // keys, billing, limits of the account
)

// Action is one concrete step, in the order the user should try them.
type Action struct {
	Title string `json:"title"`
	// Command is what to type (a slash command, an export, a shell command), if any.
	Command *string `json:"command"`
	Why     string  `json:"why"`
}

// Diagnosis is the result of reading one error. Its JSON form is the
// `ccdiag diagnose --json` output and the MCP diagnose_error result.
type Diagnosis struct {
	IsAPIError bool     `json:"is_api_error"`
	Category   Category `json:"category"`
	HTTPStatus *int     `json:"http_status"`
	ErrorType  *string  `json:"error_type"`
	ErrorCode  *string  `json:"error_code"`
	RequestID  *string  `json:"request_id"`
	Retryable  bool     `json:"retryable"`
	Side       Side     `json:"side"`
	// Provider is who answered with this error, as the error shows it:
	// anthropic, bedrock, vertex, foundry (Microsoft Foundry, Azure's
	// endpoints for Claude), gateway (a relay, proxy or router in
	// between), openai or gemini (another provider's API: not Anthropic's);
	// nil when nothing in the error says.
	Provider *string `json:"provider"`
	// ProviderRequestID is the id a relay or gateway gave the request (the
	// "(request id: …)" one-api/new-api append, aiproxy's), or AWS's request
	// id on a Bedrock error (x-amzn-RequestId): quote it to that service.
	// RequestID stays Anthropic's own id.
	ProviderRequestID *string  `json:"provider_request_id"`
	Summary           string   `json:"summary"`
	Actions           []Action `json:"actions"`
	// RetryAfterSeconds is how long the error asks to wait before retrying
	// (a retry-after header, Claude Code's "Retrying in N seconds"); nil
	// when it names no wait.
	RetryAfterSeconds *int `json:"retry_after_seconds"`
	// ResetsAt is when a usage, spend or rate limit resets (RFC 3339), from
	// the reset time the error names; nil when unknown.
	ResetsAt *string `json:"resets_at"`
	// AlsoSeen holds short diagnoses of the other errors in the same paste.
	AlsoSeen []Brief `json:"also_seen"`
	// InputTruncated is true when the input was larger than MaxInput and only
	// its last MaxInput bytes were examined.
	InputTruncated bool `json:"input_truncated,omitempty"`
}

// Brief is a short diagnosis of another error found in the same paste.
type Brief struct {
	Category   Category `json:"category"`
	HTTPStatus *int     `json:"http_status"`
	RequestID  *string  `json:"request_id"`
	Summary    string   `json:"summary"`
}
