package fakes

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// MessagesReply is one scripted answer of the fake Messages API: a success
// (Status 0 or 200) streamed as SSE, or an error status with Anthropic's
// JSON error body and a request-id header.
type MessagesReply struct {
	Status     int
	ErrType    string // e.g. api_error, overloaded_error
	ErrMessage string
	// Text is the assistant's reply on success.
	Text string
	// InputTokens is the usage reported on success (context size).
	InputTokens int
	// RetryAfter is sent as the retry-after header on errors when set.
	RetryAfter string
	// Headers are extra response headers (e.g. anthropic-ratelimit-unified-*).
	Headers map[string]string
}

// MessagesSuccess answers with text.
func MessagesSuccess(text string) MessagesReply { return MessagesReply{Text: text, InputTokens: 1200} }

// MessagesError500 is a 500 api_error.
func MessagesError500() MessagesReply {
	return MessagesReply{Status: 500, ErrType: "api_error", ErrMessage: "Internal server error"}
}

// MessagesOverloaded is a 529 overloaded_error.
func MessagesOverloaded() MessagesReply {
	return MessagesReply{Status: 529, ErrType: "overloaded_error", ErrMessage: "Overloaded"}
}

// MessagesPromptTooLong is the 400 a too-long conversation gets.
func MessagesPromptTooLong() MessagesReply {
	return MessagesReply{Status: 400, ErrType: "invalid_request_error", ErrMessage: "prompt is too long: 250000 tokens > 200000 maximum"}
}

// MessagesRateLimited is a 429 with retry-after: 1.
func MessagesRateLimited() MessagesReply {
	return MessagesReply{Status: 429, ErrType: "rate_limit_error", RetryAfter: "1",
		ErrMessage: "This request would exceed your organization's rate limit of 50,000 input tokens per minute."}
}

// MessagesUsageLimit is the 429 a subscription gets when its usage limit is
// used up: Claude Code reads the anthropic-ratelimit-unified-* headers and
// shows "You've hit your … limit · resets …".
func MessagesUsageLimit(reset time.Time) MessagesReply {
	return MessagesReply{Status: 429, ErrType: "rate_limit_error", ErrMessage: "Number of requests has exceeded your rate limit",
		Headers: map[string]string{
			"anthropic-ratelimit-unified-status":               "rejected",
			"anthropic-ratelimit-unified-reset":                strconv.FormatInt(reset.Unix(), 10),
			"anthropic-ratelimit-unified-representative-claim": "five_hour",
		}}
}

// MessagesUnauthorized is a 401 authentication_error.
func MessagesUnauthorized() MessagesReply {
	return MessagesReply{Status: 401, ErrType: "authentication_error", ErrMessage: "invalid x-api-key"}
}

// MessagesCreditTooLow is the 400 a key without credits gets.
func MessagesCreditTooLow() MessagesReply {
	return MessagesReply{Status: 400, ErrType: "invalid_request_error",
		ErrMessage: "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."}
}

// MessagesRequest is one logged request.
type MessagesRequest struct {
	Time   time.Time
	Method string
	Path   string
	Model  string
	Stream bool
	Body   []byte
	// Reply is the status answered (200 for a success).
	Reply int
}

// MessagesAPI is a fake of Anthropic's Messages API (POST /v1/messages),
// enough for Claude Code: scripted replies consumed in order, then the
// default; every request body is logged so a test can prove what reached
// the model. Safe for concurrent use.
type MessagesAPI struct {
	mu       sync.Mutex
	script   []MessagesReply
	def      MessagesReply
	requests []MessagesRequest
	seq      atomic.Int64
}

// NewMessagesAPI returns a fake that answers every request with success
// until told otherwise.
func NewMessagesAPI() *MessagesAPI {
	return &MessagesAPI{def: MessagesSuccess("Hello from the fake API.")}
}

// Then queues replies for the next requests, in order.
func (f *MessagesAPI) Then(replies ...MessagesReply) *MessagesAPI {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script = append(f.script, replies...)
	return f
}

// SetDefault sets the reply used once the queue is empty.
func (f *MessagesAPI) SetDefault(r MessagesReply) *MessagesAPI {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.def = r
	return f
}

// Requests returns the requests received so far.
func (f *MessagesAPI) Requests() []MessagesRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]MessagesRequest(nil), f.requests...)
}

// Reset drops the queue and the log and restores the success default.
func (f *MessagesAPI) Reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script, f.requests = nil, nil
	f.def = MessagesSuccess("Hello from the fake API.")
}

func (f *MessagesAPI) next() MessagesReply {
	if len(f.script) > 0 {
		r := f.script[0]
		f.script = f.script[1:]
		return r
	}
	return f.def
}

// ServeHTTP answers POST /v1/messages (any query string); other paths get
// a 404 error body (count_tokens and friends are not needed by the hooks).
func (f *MessagesAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	var req struct {
		Model  string `json:"model"`
		Stream bool   `json:"stream"`
	}
	_ = json.Unmarshal(body, &req)
	id := "req_fake" + strconv.FormatInt(f.seq.Add(1), 10)
	w.Header().Set("request-id", id)

	f.mu.Lock()
	var reply MessagesReply
	if r.Method == http.MethodPost && strings.TrimSuffix(r.URL.Path, "/") == "/v1/messages" {
		reply = f.next()
	} else {
		reply = MessagesReply{Status: 404, ErrType: "not_found_error", ErrMessage: "Not found: " + r.URL.Path}
	}
	status := reply.Status
	if status == 0 {
		status = 200
	}
	f.requests = append(f.requests, MessagesRequest{Time: time.Now(), Method: r.Method, Path: r.URL.Path,
		Model: req.Model, Stream: req.Stream, Body: body, Reply: status})
	f.mu.Unlock()

	for k, v := range reply.Headers {
		w.Header().Set(k, v)
	}
	if status != 200 {
		if reply.RetryAfter != "" {
			w.Header().Set("retry-after", reply.RetryAfter)
		}
		w.Header().Set("content-type", "application/json")
		w.WriteHeader(status)
		b, _ := json.Marshal(map[string]any{"type": "error",
			"error": map[string]string{"type": reply.ErrType, "message": reply.ErrMessage}, "request_id": id})
		w.Write(b)
		return
	}
	model := req.Model
	if model == "" {
		model = "claude-sonnet-4-5-20250929"
	}
	usage := map[string]int{"input_tokens": reply.InputTokens, "output_tokens": 1,
		"cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
	msgID := "msg_fake" + strconv.FormatInt(f.seq.Load(), 10)
	if !req.Stream {
		w.Header().Set("content-type", "application/json")
		b, _ := json.Marshal(map[string]any{"id": msgID, "type": "message", "role": "assistant", "model": model,
			"content":     []any{map[string]string{"type": "text", "text": reply.Text}},
			"stop_reason": "end_turn", "stop_sequence": nil, "usage": usage})
		w.Write(b)
		return
	}
	w.Header().Set("content-type", "text/event-stream")
	w.Header().Set("cache-control", "no-cache")
	w.WriteHeader(200)
	events := []map[string]any{
		{"type": "message_start", "message": map[string]any{"id": msgID, "type": "message", "role": "assistant",
			"model": model, "content": []any{}, "stop_reason": nil, "stop_sequence": nil, "usage": usage}},
		{"type": "content_block_start", "index": 0, "content_block": map[string]string{"type": "text", "text": ""}},
		{"type": "content_block_delta", "index": 0, "delta": map[string]string{"type": "text_delta", "text": reply.Text}},
		{"type": "content_block_stop", "index": 0},
		{"type": "message_delta", "delta": map[string]any{"stop_reason": "end_turn", "stop_sequence": nil},
			"usage": map[string]int{"output_tokens": 8}},
		{"type": "message_stop"},
	}
	fl, _ := w.(http.Flusher)
	for _, ev := range events {
		b, _ := json.Marshal(ev)
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev["type"], b)
		if fl != nil {
			fl.Flush()
		}
	}
}
