package mcp

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/sanitize/guardtest"
)

const (
	mKey    = "sk-ant-api03-MGUARDq0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopq-AA"
	mToken  = "gw-token-MGUARD-0123456789abcdef"
	mHeader = "hdr-MGUARD-secret-value-987654"
	mEsc    = guardtest.Esc
)

// TestEveryToolGuardsItsOutput calls every tool with planted secrets
// (environment, arguments, files, the status page, a gateway that quotes
// the key past byte 160) and escape sequences, and checks every string of
// every result.
func TestEveryToolGuardsItsOutput(t *testing.T) {
	d := testDeps(t)
	env := envOf(&d)
	env["ANTHROPIC_API_KEY"] = mKey
	env["ANTHROPIC_AUTH_TOKEN"] = mToken
	env["ANTHROPIC_CUSTOM_HEADERS"] = "X-Gateway-Auth: " + mHeader
	esc, _ := json.Marshal(mEsc)
	escJSON := strings.Trim(string(esc), `"`)

	// A status page whose incident name is hostile.
	h, _ := fakes.NewStatusPage("major", d.Now)
	status := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := strings.ReplaceAll(rec.Body.String(), `"Elevated errors on Claude Opus"`, `"Elevated errors `+escJSON+` `+mKey+`"`)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(body))
	}))
	defer status.Close()
	env["CCDIAG_STATUS_URL"] = status.URL
	// A gateway that quotes the key it refused, past byte 160.
	gw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(401)
		msg, _ := json.Marshal(strings.Repeat("x", 150) + " invalid key " + r.Header.Get("x-api-key") + " " + mEsc)
		w.Write([]byte(`{"type":"error","error":{"type":"authentication_error","message":` + string(msg) + `}}`))
	}))
	defer gw.Close()
	env["ANTHROPIC_BASE_URL"] = gw.URL

	// A memory tree and a transcript that quote the key and escapes.
	write := func(p, s string) {
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(d.Cwd, "CLAUDE.md"), "# P\n\n## Key "+mKey+"\n\n@./missing-"+mKey[20:60]+".md @./e\x1b]0;t\x07.md\n")
	write(filepath.Join(d.Cwd, "e\x1b]0;t\x07.md"), "x "+mEsc+"\n")
	plantTranscript(t, &d)
	line := `{"type":"assistant","isApiErrorMessage":true,"apiErrorStatus":401,"apiErrorType":"authentication_error","requestId":"req_` + mKey[13:] + `","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"API Error: 401 invalid x-api-key ` + mKey + " " + escJSON + `"}]},"timestamp":"2026-11-25T09:06:00.000Z","sessionId":"s2"}` + "\n"
	write(filepath.Join(d.Home, ".claude", "projects", projectKey(d.Cwd), "s2.jsonl"), line)

	c, _ := connect(t, d)
	cases := []struct {
		tool string
		args map[string]any
	}{
		{"diagnose_error", map[string]any{"text": `API Error: 401 {"type":"error","error":{"type":"` + mKey + `","message":"` + escJSON + `"},"request_id":"` + mKey + `"}`}},
		{"diagnose_error", map[string]any{"text": "API Error: 401 invalid x-api-key " + mKey[:100] + " Authorization: Bearer " + mToken + " " + mEsc}},
		{"check_api_status", map[string]any{}},
		{"check_api_status", map[string]any{"probe": true}},
		{"lint_claude_md", map[string]any{}},
		{"validate_request", map[string]any{"payload": `{"model":"` + mKey + escJSON + `","max_tokens":1,"messages":[{"role":"user","content":"` + mHeader + `"}]}`}},
		{"estimate_tokens", map[string]any{"text": mKey + mEsc}},
		{"recent_api_errors", map[string]any{}},
	}
	covered := map[string]bool{}
	for _, tc := range cases {
		covered[tc.tool] = true
		r := call(t, c, tc.tool, tc.args)
		b, _ := json.Marshal(r)
		var v any
		json.Unmarshal(b, &v)
		for _, s := range guardtest.JSONStrings(v) {
			if p := guardtest.Leak(s, mKey, mToken, mHeader); p != "" {
				t.Fatalf("%s printed %q of a secret in %q", tc.tool, p, s)
			}
			if bad := guardtest.Control(s); bad != "" {
				t.Fatalf("%s printed control %q in %q", tc.tool, bad, s)
			}
		}
	}
	for _, tool := range tools(&Deps{}) {
		if !covered[tool.Tool.Name] {
			t.Errorf("tool %s is not in the guard test", tool.Tool.Name)
		}
	}
}
