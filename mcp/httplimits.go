package mcp

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/server"
)

// HTTPLimits bound what clients of the HTTP transport can make the server
// hold: sessions that are never closed, too many at once, huge messages.
type HTTPLimits struct {
	// IdleTTL: a session unused this long is forgotten (its client gets
	// 404 and initializes again, as the protocol says).
	IdleTTL time.Duration
	// MaxSessions caps live sessions; initialize beyond it gets 503.
	MaxSessions int
	// MaxMessageBytes caps one HTTP request body (one JSON-RPC message or
	// batch); larger inputs should be passed to the tools as file paths.
	MaxMessageBytes int64
}

// DefaultHTTPLimits: a Messages API body may be 32 MB, and arrives as one
// JSON string inside the message.
var DefaultHTTPLimits = HTTPLimits{IdleTTL: 30 * time.Minute, MaxSessions: 64, MaxMessageBytes: 34 << 20}

// sessionTable tracks the sessions this server issued: unlike mcp-go's
// default (which accepts any well-formed id), a forgotten or expired
// session is refused, so its state can really go.
type sessionTable struct {
	mu  sync.Mutex
	ids map[string]struct{}
	max int
}

const sessionPrefix = "ccdiag-"

func (t *sessionTable) Generate() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	id := sessionPrefix + hex.EncodeToString(b[:])
	t.mu.Lock()
	t.ids[id] = struct{}{}
	t.mu.Unlock()
	return id
}

func (t *sessionTable) Validate(id string) (bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.ids[id]; ok {
		return false, nil
	}
	if len(id) != len(sessionPrefix)+32 {
		return false, errors.New("invalid session id")
	}
	return true, nil // expired or closed: the client initializes again
}

func (t *sessionTable) Terminate(id string) (bool, error) {
	t.mu.Lock()
	delete(t.ids, id)
	t.mu.Unlock()
	return false, nil
}

func (t *sessionTable) full() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.ids) >= t.max
}

// limitHTTP enforces the per-message size and the session cap in front of
// mcp-go's handler.
func limitHTTP(next http.Handler, t *sessionTable, lim HTTPLimits) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > lim.MaxMessageBytes {
			http.Error(w, "message larger than "+strconv.FormatInt(lim.MaxMessageBytes, 10)+" bytes: pass large inputs as a file path", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, lim.MaxMessageBytes)
		if r.Method == http.MethodPost && r.Header.Get(server.HeaderKeySessionID) == "" && t.full() {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, "message larger than "+strconv.FormatInt(lim.MaxMessageBytes, 10)+" bytes: pass large inputs as a file path", http.StatusRequestEntityTooLarge)
				return
			}
			var m struct {
				Method string `json:"method"`
			}
			if json.Unmarshal(body, &m) == nil && m.Method == "initialize" {
				http.Error(w, "too many open MCP sessions ("+strconv.Itoa(lim.MaxSessions)+"): close one, or wait for idle ones to expire", http.StatusServiceUnavailable)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

// lineLimit caps one stdio message (one line): past max bytes the rest of
// the line is dropped, so the transport sees a short line that does not
// parse, answers with a parse error, and its buffer stays bounded.
type lineLimit struct {
	r       io.Reader
	max     int64
	n       int64 // bytes of the current line passed on
	discard bool
	buf     [32 << 10]byte
}

func (l *lineLimit) Read(p []byte) (int, error) {
	for {
		m, err := l.r.Read(l.buf[:min(len(p), len(l.buf))])
		out := 0
		for _, c := range l.buf[:m] {
			switch {
			case c == '\n':
				l.n, l.discard = 0, false
				p[out] = c
				out++
			case l.discard:
			case l.n >= l.max:
				l.discard = true
			default:
				l.n++
				p[out] = c
				out++
			}
		}
		if out > 0 || err != nil {
			return out, err
		}
	}
}
