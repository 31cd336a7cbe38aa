// Package transcript reads Claude Code session transcripts (JSONL, one entry
// per line) from the END, with a bounded number of bytes: the API errors that
// ended recent turns and the last successful response's token usage. Files
// grow to hundreds of MB, may be half-written, or may not be regular files at
// all; every reader here is bounded in time and memory and never blocks.
package transcript

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/ccdiag/ccdiag/internal/safefile"
)

// DefaultMaxBytes is how much of a transcript's end ReadTail reads at most.
const DefaultMaxBytes = 4 << 20

// chunkSize is the step of the backward read: the common case (the facts we
// need are in the last few entries) costs one small read.
const chunkSize = 64 << 10

// maxErrors caps how many API errors a Tail keeps (newest kept).
const maxErrors = 64

// APIError is one turn that ended with an API error: Claude Code's synthetic
// assistant entry with isApiErrorMessage:true.
type APIError struct {
	Time time.Time `json:"time"`
	// Status is the HTTP status (apiErrorStatus); 0 when the entry has none.
	Status int `json:"status"`
	// Type is the API error type (apiErrorType), e.g. overloaded_error.
	Type string `json:"type"`
	// Error is Claude Code's own kind (the StopFailure matcher value), e.g. server_error.
	Error     string `json:"error"`
	RequestID string `json:"request_id"`
	// Model is the model the failed request used, when the transcript says
	// (the error entry itself names "<synthetic>"; the last real response's
	// model is used instead), else "".
	Model string `json:"model"`
	// Message is the text Claude Code showed, e.g. "API Error: 500 …".
	Message string `json:"message"`
	// Details is errorDetails (the raw "400 {json}"), when present.
	Details   string `json:"details,omitempty"`
	SessionID string `json:"session_id,omitempty"`
	UUID      string `json:"uuid,omitempty"`
	// Retries is how many retry attempts Claude Code logged for this turn
	// (only -p mode writes them); 0 when unknown.
	Retries int `json:"retries,omitempty"`
	// Version is the Claude Code version that wrote the entry, when recorded.
	Version string `json:"version,omitempty"`
	// ResetsAt is when the limit that refused the request resets, when
	// Claude Code recorded it (quotaLimits / apiErrorParams.rate_limit_info,
	// seen on subscription usage limits); zero otherwise.
	ResetsAt time.Time `json:"resets_at,omitempty"`
}

// Usage is the token usage of a successful response: the basis for "how
// full is the context".
type Usage struct {
	Time                     time.Time `json:"time"`
	Model                    string    `json:"model"`
	InputTokens              int       `json:"input_tokens"`
	CacheReadInputTokens     int       `json:"cache_read_input_tokens"`
	CacheCreationInputTokens int       `json:"cache_creation_input_tokens"`
	OutputTokens             int       `json:"output_tokens"`
}

// ContextTokens is how many tokens the conversation occupied in that request
// plus the reply: what the next request will at least carry.
func (u Usage) ContextTokens() int {
	return u.InputTokens + u.CacheReadInputTokens + u.CacheCreationInputTokens + u.OutputTokens
}

// Tail is what the end of a transcript says.
type Tail struct {
	// Errors are the API-error entries found, oldest first (at most 64).
	Errors []APIError
	// Streak is how many API errors ended turns since the last successful
	// response (the last len(Errors)-Streak… entries of Errors are the streak).
	Streak int
	// LastUsage is the usage of the last successful response, nil if none was
	// found in the bytes read.
	LastUsage *Usage
	// LastTurnFailed is true when the newest assistant entry is an API error.
	LastTurnFailed bool
	// Prompts counts user prompts (not tool results) seen in the bytes read.
	Prompts int
	// Partial is true when the read stopped before the start of the file.
	Partial bool
}

// StreakErrors returns the API errors since the last successful response.
func (t Tail) StreakErrors() []APIError {
	n := t.Streak
	if n > len(t.Errors) {
		n = len(t.Errors)
	}
	return t.Errors[len(t.Errors)-n:]
}

// Options bound a read.
type Options struct {
	// MaxBytes is the most bytes read from the end; DefaultMaxBytes when 0.
	MaxBytes int64
	// All keeps reading past the last successful response (up to MaxBytes)
	// to collect every API error, instead of stopping there.
	All bool
}

// ErrNotRegular is returned for paths that are not regular files (FIFOs,
// devices, directories): reading them could block or never end.
var ErrNotRegular = safefile.ErrNotRegular

// ReadTail reads the end of the transcript at path. It opens without
// blocking, refuses anything but a regular file, and reads at most
// opts.MaxBytes from the end, backwards in chunks, stopping early once the
// last successful response is found (unless opts.All).
func ReadTail(path string, opts Options) (Tail, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	f, fi, err := safefile.Open(path)
	if err != nil {
		return Tail{}, err
	}
	defer f.Close()
	p := parser{all: opts.All, cur: -1}
	partial, err := scanBackward(f, fi.Size(), opts.MaxBytes, p.line)
	p.tail.Partial = partial
	p.finish()
	return p.tail, err
}

// ParseTail reads the complete lines of data, which is the end of a
// transcript (a first partial line is expected and skipped by the caller).
// It is ReadTail without the file: pure, for tests and fuzzing.
func ParseTail(data []byte, all bool) Tail {
	p := parser{all: all, cur: -1}
	r := bytes.NewReader(data)
	_, _ = scanBackward(r, int64(len(data)), int64(len(data)), p.line)
	p.finish()
	return p.tail
}

// scanBackward calls fn for each line of the last maxBytes of r, newest
// first, until fn returns false. A line cut by the maxBytes window is
// dropped; a last line without its newline (being written) is still offered
// (the parser skips it if it is not valid JSON). partial reports whether the
// start of the file was not reached.
func scanBackward(r io.ReaderAt, size, maxBytes int64, fn func([]byte) bool) (partial bool, err error) {
	start := size - maxBytes
	if start < 0 {
		start = 0
	}
	var carry []byte // the beginning of the line the previous chunk ended in
	pos := size
	for pos > start {
		n := int64(chunkSize)
		if pos-start < n {
			n = pos - start
		}
		pos -= n
		chunk := make([]byte, n, n+int64(len(carry)))
		if _, err := r.ReadAt(chunk, pos); err != nil && err != io.EOF {
			return true, err
		}
		// data = chunk + carry, newest line last.
		data := append(chunk, carry...)
		for {
			i := bytes.LastIndexByte(data, '\n')
			if i < 0 {
				break
			}
			if line := data[i+1:]; len(line) > 0 {
				if !fn(line) {
					return pos > 0 || i > 0, nil
				}
			}
			data = data[:i]
		}
		carry = append(carry[:0:0], data...)
		if int64(len(carry)) > maxBytes {
			carry = nil // one line longer than the whole window: unusable
		}
	}
	if start == 0 && len(carry) > 0 {
		fn(carry)
		return false, nil
	}
	return start > 0, nil
}

// parser folds lines (newest first) into a Tail.
type parser struct {
	all        bool
	tail       Tail
	rev        []APIError // newest first
	seenOK     bool       // a successful response was seen (newer lines done)
	seenAssist bool
	cur        int // index in rev of the error whose retries are being counted, -1 none
	pending    []int
}

// line handles one line; it returns false when nothing older is needed.
func (p *parser) line(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' || !jsonguard.ValidBytes(b) {
		return true
	}
	res := gjson.GetManyBytes(b, "type", "isApiErrorMessage", "message.usage", "message.model",
		"timestamp", "uuid", "subtype", "message.role", "message.content")
	typ, isErr, usage, model, ts := res[0].String(), res[1].Bool(), res[2], res[3].String(), res[4].String()
	switch typ {
	case "assistant":
		if isErr {
			e := apiErrorFrom(b, ts)
			if !p.seenAssist {
				p.tail.LastTurnFailed = true
			}
			p.seenAssist = true
			p.cur = -1
			if len(p.rev) < maxErrors {
				p.rev = append(p.rev, e)
				p.cur = len(p.rev) - 1
			}
			if !p.seenOK {
				p.tail.Streak++
				p.pending = append(p.pending, len(p.rev)-1)
			}
			return true
		}
		p.seenAssist = true
		p.cur = -1
		if usage.Exists() && model != "<synthetic>" {
			// The model of the newest real response is the best guess for
			// the errors after it.
			for _, i := range p.pending {
				if p.rev[i].Model == "" {
					p.rev[i].Model = model
				}
			}
			p.pending = p.pending[:0]
			if p.tail.LastUsage == nil {
				u := Usage{Model: model, Time: parseTime(ts),
					InputTokens:              int(usage.Get("input_tokens").Int()),
					CacheReadInputTokens:     int(usage.Get("cache_read_input_tokens").Int()),
					CacheCreationInputTokens: int(usage.Get("cache_creation_input_tokens").Int()),
					OutputTokens:             int(usage.Get("output_tokens").Int()),
				}
				p.tail.LastUsage = &u
			}
			if !p.seenOK {
				p.seenOK = true
				if !p.all {
					return false
				}
			}
		}
	case "user":
		// A prompt (string content or a text block), not a tool result.
		c := res[8]
		if c.Type == gjson.String || (c.IsArray() && c.Get("0.type").String() == "text") {
			p.tail.Prompts++
			p.cur = -1
		}
	case "api-request":
		// Claude Code (2.1.3xx) logs each request's params before it is
		// sent: the model of the request that then failed.
		if len(p.pending) > 0 {
			if m := gjson.GetBytes(b, "params.model").String(); m != "" {
				for _, i := range p.pending {
					if p.rev[i].Model == "" {
						p.rev[i].Model = m
					}
				}
			}
		}
	case "system":
		// -p mode logs each retry before the turn's final error entry.
		if res[6].String() == "api_error" && p.cur >= 0 {
			p.rev[p.cur].Retries++
		}
	}
	return true
}

func (p *parser) finish() {
	n := len(p.rev)
	p.tail.Errors = make([]APIError, n)
	for i, e := range p.rev {
		p.tail.Errors[n-1-i] = e
	}
	if p.tail.Streak > n {
		p.tail.Streak = n
	}
}

func apiErrorFrom(b []byte, ts string) APIError {
	r := gjson.GetManyBytes(b, "apiErrorStatus", "apiErrorType", "error", "requestId",
		"message.model", "message.content", "errorDetails", "sessionId", "uuid", "version",
		"quotaLimits.resetsAt", "apiErrorParams.rate_limit_info.resetsAt")
	e := APIError{
		Time:      parseTime(ts),
		Status:    int(r[0].Int()),
		Type:      r[1].String(),
		RequestID: r[3].String(),
		Details:   r[6].String(),
		SessionID: r[7].String(),
		UUID:      r[8].String(),
		Version:   r[9].String(),
	}
	for _, at := range r[10:12] {
		if sec := at.Int(); sec > 1e9 && e.ResetsAt.IsZero() {
			e.ResetsAt = time.Unix(sec, 0).UTC()
		}
	}
	// "error" is a string kind in the entries seen; tolerate an object.
	if r[2].Type == gjson.String {
		e.Error = r[2].String()
	} else if r[2].IsObject() {
		e.Error = r[2].Get("type").String()
	}
	if m := r[4].String(); m != "<synthetic>" {
		e.Model = m
	}
	c := r[5]
	if c.Type == gjson.String {
		e.Message = c.String()
	} else {
		c.ForEach(func(_, blk gjson.Result) bool {
			if blk.Get("type").String() == "text" {
				e.Message = blk.Get("text").String()
				return false
			}
			return true
		})
	}
	return e
}

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// ProjectDir is the folder Claude Code keeps a project's transcripts in:
// $HOME/.claude/projects/<cwd with every / replaced by ->.
func ProjectDir(home, cwd string) string {
	return filepath.Join(home, ".claude", "projects", ProjectKey(cwd))
}

// ProjectKey is the folder name Claude Code derives from a project path:
// every character but ASCII letters and digits becomes '-'.
func ProjectKey(cwd string) string {
	return strings.Map(func(r rune) rune {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return r
		}
		return '-'
	}, cwd)
}
