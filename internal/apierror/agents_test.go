package apierror

import "testing"

// IDE and terminal coding agents print a failed request inside their own
// frame: the provider's error, their own sentence for its class, a retry
// notice. Written here in the shape each agent prints (testdata/vocab/
// aider.txt and the other agents' files list the wordings): the error
// inside decides, and the agent's own notices stand when nothing else is
// shown. Controls: the same words in prose about the agent.
func TestAgentFrames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cat        Category
		provider   string // "<nil>": none
		requestID  string // "<nil>": none
	}{
		{"aider retrying an overload", `> add a --dry-run flag to the deploy script

litellm.InternalServerError: AnthropicException - {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZx4aBcDeFgHiJkLmNoPq"}
The API provider's servers are down or overloaded.
Retrying in 0.2 seconds...
litellm.InternalServerError: AnthropicException - {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZx4bQrStUvWxYzAbCdEf"}
The API provider's servers are down or overloaded.
Retrying in 0.5 seconds...`, Overloaded, "anthropic", "req_011CZx4bQrStUvWxYzAbCdEf"},
		{"aider description only", "Tokens: 12k sent, 0 received.\nThe API provider has rate limited you. Try again later or check your quotas.\nRetrying in 1.0 seconds...", RateLimit, "<nil>", "<nil>"},
		{"aider context check before sending", "Your estimated chat context of 231,904 tokens exceeds the 200,000 token limit for bedrock/anthropic.claude-sonnet-4-20250514-v1:0!\nTo reduce the chat context:\n- Use /drop to remove unneeded files from the chat\nTry to proceed anyway? (Y)es/(N)o [Yes]:", ContextTooLong, "<nil>", "<nil>"},
		// The model id names the relay that answered, as sizenotices.txt has it.
		{"aider output cap", "Model openrouter/anthropic/claude-3.7-sonnet has hit a token limit!\nToken counts below are approximate.\n\nInput tokens: ~41,330 of 200,000\nOutput tokens: ~64,000 of 64,000 -- possibly exceeded output limit!\nTotal tokens: ~105,330 of 200,000", MaxOutputTokens, "gateway", "<nil>"},
		{"continue console overload", "[Extension Host] Error: HTTP 529  from https://api.anthropic.com/v1/messages\n\n{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CZy7kLmNoPqRsTuVwXyZa\"}", Overloaded, "anthropic", "req_011CZy7kLmNoPqRsTuVwXyZa"},
		{"continue type sentence", "Error handling model response\nThere was an error handling the response from Claude Opus 4.\nPlease try to submit your message again.\n\nError: Your account has hit a rate limit.", RateLimit, "anthropic", "<nil>"},
		{"continue without a key", "Error: Request not sent. You have an Anthropic model configured in your config.yaml, but the API key is not set.", Authentication, "<nil>", "<nil>"},
		{"continue gave up retrying an overload", "Hit rate limit. Retrying in 8 seconds (attempt 4)\nError: HTTP 529  from https://api.anthropic.com/v1/messages\n\n{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\nError: Failed to make API call after 5 retries", Overloaded, "anthropic", "<nil>"},
		{"continue prose: the GUI title", "When Continue shows Error handling model response, click the arrow to expand the technical details.", None, "<nil>", "<nil>"},
		{"roo code retry row with its details", "Provider Error · 429\nToo many requests. You're being rate-limited by the provider. Please wait a bit before your next API call.\n\nError Details\n429\nAnthropic completion error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"This request would exceed your organization's rate limit of 450,000 input tokens per minute.\"},\"request_id\":\"req_011CZz9xYwVuTsRqPoNmLkJi\"}", RateLimit, "anthropic", "req_011CZz9xYwVuTsRqPoNmLkJi"},
		// 529 is the API's own status (entry.ownStatus).
		{"roo code unknown status", "Provider Error · 529\nUnknown API error. Please contact Roo Code support.", Overloaded, "anthropic", "<nil>"},
		{"kilo code streaming failure", "API Streaming Failed\nAnthropic streaming error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}\n\n[Response interrupted by API error]", ServerError, "anthropic", "<nil>"},
		{"roo code prose: retry rows", "Roo Code shows a Provider Error row while it backs off, and retries the request when the countdown ends.", None, "<nil>", "<nil>"},
		{"cline retry title over its serialized error", "API Request (Retrying failed attempt 1/3 in 4 seconds)...\n{\"message\":\"529 {\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"overloaded_error\\\",\\\"message\\\":\\\"Overloaded\\\"}}\",\"status\":529,\"request_id\":\"req_011CZb2cDeFgHiJkLmNoPqRs\",\"modelId\":\"claude-sonnet-4-5-20250929\",\"providerId\":\"anthropic\"}", Overloaded, "anthropic", "req_011CZb2cDeFgHiJkLmNoPqRs"},
		{"cline context notice", "API Request Failed\nContext window exceeded. Click retry to truncate the conversation and try again.", ContextTooLong, "<nil>", "<nil>"},
		{"cline prose: its titles", "After the update the chat shows API Streaming Failed instead of the old spinner when a request is cancelled.", None, "<nil>", "<nil>"},
		{"codex through litellm, retries used up", "⚠ Reconnecting... 1/5 (stream disconnected before completion: error decoding response body)\n⚠ Reconnecting... 2/5 (stream disconnected before completion: error decoding response body)\n■ exceeded retry limit, last status: 529 <unknown status code>", Overloaded, "anthropic", "<nil>"},
		{"codex context", "■ Codex ran out of room in the model's context window. Start a new conversation or clear earlier history before retrying.", ContextTooLong, "<nil>", "<nil>"},
		{"codex prose: its retry setting", "Raise stream_max_retries if the stream disconnected before completion too often on a slow link; each retry starts the turn again.", None, "<nil>", "<nil>"},
		// The API's id shows who answered, whatever order serde_json printed the keys in.
		{"goose overload", "Ran into this error: Server error: HTTP 529: {\"error\":{\"message\":\"Overloaded\",\"type\":\"overloaded_error\"},\"request_id\":\"req_011CZc3dEfGhIjKlMnOpQrSt\",\"type\":\"error\"}.\n\nPlease retry if you think this is a transient or recoverable error.", Overloaded, "anthropic", "req_011CZc3dEfGhIjKlMnOpQrSt"},
		// The host it could not reach names where the request went.
		{"goose offline", "Ran into this error: Network error: Could not connect to bedrock-runtime.us-west-2.amazonaws.com — check your network connection and try again..\n\nPlease retry if you think this is a transient or recoverable error.", Network, "bedrock", "<nil>"},
		{"goose prose: its retry advice", "Goose tells you to retry if you think this is a transient error, and most rate limits do clear within a minute.", None, "<nil>", "<nil>"},
		{"opencode retry status", "Provider is overloaded [retrying in 16s attempt #5]", Overloaded, "<nil>", "<nil>"},
		{"opencode output cap in its event log", `{"type":"error","sessionID":"ses_7f3a","error":{"name":"MessageOutputLengthError","data":{}}}`, MaxOutputTokens, "<nil>", "<nil>"},
		{"opencode prose: its retry status", "The status bar shows retrying in a few seconds and the attempt number while OpenCode waits for the provider.", None, "<nil>", "<nil>"},
		{"cursor plan limit", `{"error":"ERROR_PRO_USER_USAGE_LIMIT","details":{"isRetryable":false},"isExpected":true}`, UsageLimit, "gateway", "<nil>"},
		{"cursor prose: its kinds", "Cursor answers ERROR_CONVERSATION_TOO_LONG when a chat outgrows the model's window; start a new chat to go on.", None, "<nil>", "<nil>"},
		{"copilot chat upstream overload", "Sorry, the upstream model provider is currently experiencing high demand. Please try again in 1 minute or consider switching to Auto. Learn More", Overloaded, "<nil>", "<nil>"},
		{"copilot chat failed request", "Sorry, your request failed. Please try again.\n\nCopilot Request id: 0b7e4d2c-9a1f-4c3e-8d5b-6f7a8b9c0d1e\n\nReason: Request Failed: 413 Request Entity Too Large", RequestTooLarge, "<nil>", "<nil>"},
		{"copilot chat prose: its quota", "Once you've exhausted your premium model quota for the month, Copilot falls back to the included models.", None, "<nil>", "<nil>"},
		// Controls: prose about Aider's notices.
		{"aider prose: retry behaviour", "When the API provider has rate limited you, aider waits and retries with a doubling delay, so short bursts usually pass on their own.", None, "<nil>", "<nil>"},
		{"aider prose: token counts", "The token counts aider shows when a model has hit a token limit are estimates; use /tokens to see what is in the chat.", None, "<nil>", "<nil>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Diagnose(tc.text, Options{})
			if d.Category != tc.cat {
				t.Errorf("category = %s, want %s (%s)", d.Category, tc.cat, d.Summary)
			}
			if got := str(d.Provider); got != tc.provider {
				t.Errorf("provider = %s, want %s", got, tc.provider)
			}
			if got := str(d.RequestID); got != tc.requestID {
				t.Errorf("request id = %s, want %s", got, tc.requestID)
			}
		})
	}
}
