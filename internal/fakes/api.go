package fakes

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
)

// API scenarios served by NewAPI.
const (
	APIOK            = "ok"             // 200 model list, count_tokens; 401 without valid credentials
	APIUnauthorized  = "unauthorized"   // 401 authentication_error
	APIForbiddenHTML = "forbidden-html" // 403 with a Cloudflare-style HTML page
	APINotFound      = "not-found"      // 404 with Go's plain "404 page not found" (a wrong base URL)
	APIRateLimited   = "rate-limited"   // 429 rate_limit_error with retry-after and ratelimit headers
	APISpendLimit    = "spend-limit"    // 429 rate_limit_error, error_code enforced_spend_limit_reached, no retry-after
	APIServerError   = "server-error"   // 500 api_error
	APIOverloaded    = "overloaded"     // 529 overloaded_error
	APIHTML200       = "html"           // 200 with an HTML portal page
	APIHang          = "hang"           // never answers (until the client gives up)
)

// APIScenarios lists every scenario NewAPI accepts.
func APIScenarios() []string {
	s := []string{APIOK, APIUnauthorized, APIForbiddenHTML, APINotFound, APIRateLimited, APISpendLimit, APIServerError,
		APIOverloaded, APIHTML200, APIHang}
	sort.Strings(s)
	return s
}

// Model is one entry of the fake /v1/models list.
type Model struct {
	ID          string `json:"id"`
	DisplayName string `json:"display_name"`
	// Lifecycle is active, deprecated or retired.
	Lifecycle string `json:"lifecycle"`
}

// DefaultModels is the list the fake API serves unless told otherwise.
func DefaultModels() []Model {
	return []Model{
		{"claude-opus-4-6", "Claude Opus 4.6", "active"},
		{"claude-sonnet-4-6", "Claude Sonnet 4.6", "active"},
		{"claude-haiku-4-5-20251001", "Claude Haiku 4.5", "active"},
		{"claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "deprecated"},
		{"claude-opus-4-5-20251101", "Claude Opus 4.5", "deprecated"},
	}
}

// Recorded is one request the fake API received.
type Recorded struct {
	Method string
	Path   string
	Header http.Header
	Body   string
}

// API is a fake Anthropic API (GET /v1/models, POST /v1/messages/count_tokens)
// answering one scenario. It records every request.
type API struct {
	// Scenario is one of the API* constants.
	Scenario string
	// Key is the only accepted x-api-key or bearer token; "" accepts any.
	Key string
	// Models is the served model list.
	Models []Model

	mu       sync.Mutex
	requests []Recorded
	seq      int
}

// NewAPI returns a fake API serving scenario with DefaultModels.
func NewAPI(scenario string) (*API, error) {
	for _, s := range APIScenarios() {
		if s == scenario {
			return &API{Scenario: scenario, Models: DefaultModels()}, nil
		}
	}
	return nil, fmt.Errorf("unknown API scenario %q (have %s)", scenario, strings.Join(APIScenarios(), ", "))
}

// Requests returns the requests received so far.
func (a *API) Requests() []Recorded {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Recorded(nil), a.requests...)
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	a.mu.Lock()
	a.seq++
	reqID := fmt.Sprintf("req_fake%04d", a.seq)
	a.requests = append(a.requests, Recorded{r.Method, r.URL.Path, r.Header.Clone(), string(body)})
	a.mu.Unlock()
	w.Header().Set("request-id", reqID)

	switch a.Scenario {
	case APIHang:
		<-r.Context().Done()
		return
	case APIUnauthorized:
		apiError(w, 401, "authentication_error", "invalid x-api-key", "", reqID)
		return
	case APIForbiddenHTML:
		w.Header().Set("Content-Type", "text/html; charset=UTF-8")
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Attention Required! | Cloudflare</body></html>")
		return
	case APINotFound:
		http.NotFound(w, r)
		return
	case APIRateLimited:
		w.Header().Set("retry-after", "17")
		w.Header().Set("anthropic-ratelimit-requests-limit", "50")
		w.Header().Set("anthropic-ratelimit-requests-remaining", "0")
		w.Header().Set("anthropic-ratelimit-requests-reset", "2026-11-25T10:01:00Z")
		apiError(w, 429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", "", reqID)
		return
	case APISpendLimit:
		apiError(w, 429, "rate_limit_error", "You have reached your specified workspace API usage limits.", "enforced_spend_limit_reached", reqID)
		return
	case APIServerError:
		apiError(w, 500, "api_error", "Internal server error", "", reqID)
		return
	case APIOverloaded:
		apiError(w, 529, "overloaded_error", "Overloaded", "", reqID)
		return
	case APIHTML200:
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body>Please sign in to the guest network</body></html>")
		return
	}

	if r.Header.Get("anthropic-version") == "" {
		apiError(w, 400, "invalid_request_error", "anthropic-version: header is required", "", reqID)
		return
	}
	cred := r.Header.Get("x-api-key")
	if cred == "" {
		cred = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	}
	if cred == "" {
		apiError(w, 401, "authentication_error", "x-api-key header is required", "", reqID)
		return
	}
	if a.Key != "" && cred != a.Key {
		apiError(w, 401, "authentication_error", "invalid x-api-key", "", reqID)
		return
	}
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/v1/models":
		writeJSON(w, 200, map[string]any{"data": a.modelList(), "has_more": false,
			"first_id": firstID(a.Models), "last_id": lastID(a.Models)})
	case r.Method == http.MethodPost && r.URL.Path == "/v1/messages/count_tokens":
		var req struct {
			Model string `json:"model"`
		}
		if json.Unmarshal(body, &req) != nil || req.Model == "" {
			apiError(w, 400, "invalid_request_error", "model: field required", "", reqID)
			return
		}
		for _, m := range a.Models {
			if m.ID == req.Model && m.Lifecycle != "retired" {
				writeJSON(w, 200, map[string]any{"input_tokens": 8})
				return
			}
		}
		apiError(w, 404, "not_found_error", "model: "+req.Model, "", reqID)
	default:
		apiError(w, 404, "not_found_error", "Not Found", "", reqID)
	}
}

func (a *API) modelList() []map[string]any {
	out := []map[string]any{}
	for _, m := range a.Models {
		out = append(out, map[string]any{"type": "model", "id": m.ID, "display_name": m.DisplayName,
			"created_at": "2025-01-01T00:00:00Z", "lifecycle": m.Lifecycle})
	}
	return out
}

func firstID(ms []Model) string {
	if len(ms) == 0 {
		return ""
	}
	return ms[0].ID
}

func lastID(ms []Model) string {
	if len(ms) == 0 {
		return ""
	}
	return ms[len(ms)-1].ID
}

func apiError(w http.ResponseWriter, status int, typ, msg, code, reqID string) {
	e := map[string]any{"type": typ, "message": msg}
	if code != "" {
		e["details"] = map[string]any{"error_code": code}
	}
	writeJSON(w, status, map[string]any{"type": "error", "error": e, "request_id": reqID})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
