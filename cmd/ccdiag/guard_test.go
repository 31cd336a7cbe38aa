package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/sanitize/guardtest"
)

// Planted secrets: the 113-character key of the hardening report, a gateway
// token, a custom-header value, a proxy password and a base-URL password.
const (
	gKey    = "sk-ant-api03-GUARDq0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqr-AA"
	gToken  = "gw-token-GUARD-0123456789abcdef"
	gHeader = "hdr-GUARD-secret-value-987654"
	gProxy  = "proxyGUARDpass"
	gBase   = "basePWGUARD"
	gEsc    = guardtest.Esc
)

var guardSecrets = []string{gKey, gToken, gHeader, gProxy, gBase}

// guardEnv is the hostile environment every command runs in.
func guardEnv(t *testing.T, statusURL string) map[string]string {
	home := t.TempDir()
	return map[string]string{
		"HOME":                     home,
		"ANTHROPIC_API_KEY":        gKey,
		"ANTHROPIC_AUTH_TOKEN":     gToken,
		"ANTHROPIC_CUSTOM_HEADERS": "X-Gateway-Auth: " + gHeader,
		"HTTPS_PROXY":              "http://alice:" + gProxy + "@127.0.0.1:1",
		"ANTHROPIC_BASE_URL":       "https://bob:ab/" + gBase + "@gw.invalid:99999/v1?key=" + gBase,
		"CCDIAG_STATUS_URL":        statusURL,
		"CCDIAG_CACHE_DIR":         filepath.Join(home, "cache"),
		"CCDIAG_STATE_DIR":         filepath.Join(home, "state"),
		"NO_PROXY":                 "*",
		"NO_COLOR":                 "1", // the status line colours itself otherwise
	}
}

// checkOutput fails on any 12-byte piece of a planted secret (past the
// key's public "sk-ant-api03-" prefix) and on terminal control characters.
func checkOutput(t *testing.T, what, out string, jsonOut bool) {
	t.Helper()
	if p := guardtest.Leak(out, guardSecrets...); p != "" {
		t.Errorf("%s printed %q of a secret:\n%.2000s", what, p, out)
		return
	}
	texts := []string{out}
	if jsonOut {
		// What a JSON consumer sees: every decoded string.
		texts = nil
		dec := json.NewDecoder(strings.NewReader(out))
		for {
			var v any
			if dec.Decode(&v) != nil {
				break
			}
			texts = append(texts, guardtest.JSONStrings(v)...)
		}
		if len(texts) == 0 {
			texts = []string{out} // not JSON after all (an error message)
		}
	}
	for _, s := range texts {
		if b := guardtest.Control(s); b != "" {
			t.Errorf("%s printed the control sequence %q in %q:\n%.2000s", what, b, s, out)
			return
		}
	}
}

func runGuarded(t *testing.T, env map[string]string, stdin string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	io := &iostreams.IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut,
		Getenv: func(k string) string { return env[k] }}
	run(append([]string{"ccdiag"}, args...), io)
	return out.String() + errOut.String()
}

// hostileStatus serves the "major" status page with an incident name that
// carries the key and a terminal attack (finding 15: remote text).
func hostileStatus(t *testing.T) *httptest.Server {
	h, err := fakes.NewStatusPage("major", nil)
	if err != nil {
		t.Fatal(err)
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		name, _ := json.Marshal("Elevated errors " + gEsc + " key " + gKey)
		body := strings.ReplaceAll(rec.Body.String(), `"Elevated errors on Claude Opus"`, string(name))
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write([]byte(body))
	}))
}

// hostileTree is a CLAUDE.md tree whose headings, imports, file names and
// rules frontmatter carry the key and escape sequences (findings 3 and 15).
func hostileTree(t *testing.T) string {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("CLAUDE.md", "# Project\n\n## Key "+gKey+"\n\nSee @./missing-"+gKey[20:60]+".md and @./evil\x1b]0;t\x07.md\n\n## Title "+gEsc+"\n\ntext\n")
	write("evil\x1b]0;t\x07.md", "imported "+gEsc+"\n")
	write(".claude/rules/r.md", "---\npaths: [\""+gKey+"\", 7, \""+"\x1b[2J"+"\"]\n---\nrule body\n")
	// Valid YAML this time: the messages quote paths: values and keys.
	write(".claude/rules/q.md", "---\npaths: [\"src/"+gKey+"/**\", \"x/["+gKey+"\", \"\\e[2J\\e]0;t\\a/**\"]\n"+gKey[13:]+": 1\n---\nrule body\n")
	return dir
}

// TestNoSecretOrControlInAnyOutput runs every command in every output
// format against planted secrets (whole, cut at every position, inside
// quoted messages and in URLs that do not parse) and escape sequences, and
// checks everything printed.
func TestNoSecretOrControlInAnyOutput(t *testing.T) {
	status := hostileStatus(t)
	defer status.Close()
	env := guardEnv(t, status.URL)

	// diagnose: every cut of the key, as a prefix and as a suffix.
	var pastes []string
	for i := 1; i <= len(gKey); i++ {
		pastes = append(pastes, "API Error: 401 invalid x-api-key "+gKey[:i], `{"error":{"message":"bad key '`+gKey[i-1:]+`'"}}`)
	}
	escJSON := strings.NewReplacer("\x1b", `\u001b`, "\x07", `\u0007`, "\r", `\r`).Replace(gEsc)
	pastes = append(pastes,
		`API Error: 401 {"type":"error","error":{"type":"`+gKey+`","message":"`+escJSON+`"},"request_id":"`+gKey+`"}`,
		`API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"x"},"request_id":"req_`+gKey[13:]+`"}`,
		`API Error: 529 {"type":"error","error":{"type":"overloaded_error`+escJSON+`","message":"`+escJSON+`"},"request_id":"req_011`+escJSON+`"}`,
		`API Error: 502 from https://bob:ab/`+gBase+`@gw.invalid:99999/v1?key=`+gBase+` `+gEsc,
		"API Error: 429 Authorization: Bearer "+gToken+" header "+gHeader+" proxy http://alice:"+gProxy+"@p:1",
	)
	for _, p := range pastes {
		for _, f := range [][]string{nil, {"--json"}} {
			args := append([]string{"diagnose"}, f...)
			jsonOut := len(f) > 0
			checkOutput(t, "diagnose "+strings.Join(f, " "), runGuarded(t, env, p, append(args, "-")...), jsonOut)
			checkOutput(t, "diagnose --base-url", runGuarded(t, env, p, append(args, "--base-url", env["ANTHROPIC_BASE_URL"], "-")...), jsonOut)
		}
	}

	// status and doctor, text and JSON.
	for _, args := range [][]string{{"status"}, {"status", "--json"}, {"doctor"}, {"doctor", "--json"}} {
		out := runGuarded(t, env, "", args...)
		if args[0] == "status" && !strings.Contains(out, "Elevated errors") {
			t.Fatalf("the hostile status page was not read:\n%s", out)
		}
		checkOutput(t, strings.Join(args, " "), out, len(args) > 1)
	}

	// lint: every format, and the startup report.
	tree := hostileTree(t)
	for _, args := range [][]string{
		{"lint", tree}, {"lint", "--format", "json", tree}, {"lint", "--format", "sarif", tree},
		{"lint", "--format", "github", tree}, {"lint", "--report", tree}, {"lint", "--report", "--format", "json", tree},
	} {
		out := runGuarded(t, env, "", args...)
		if !strings.Contains(out, "missing") {
			t.Fatalf("%s found nothing:\n%s", strings.Join(args, " "), out)
		}
		checkOutput(t, strings.Join(args[:len(args)-1], " "), out, strings.Contains(strings.Join(args, " "), "json") || strings.Contains(strings.Join(args, " "), "sarif"))
	}

	// validate and tokens, text and JSON.
	body := `{"model":"` + gKey + `\u001b[2J","max_tokens":10,"messages":[{"role":"user","content":"` + gToken + `"}],"x":"\u202e"}`
	for _, args := range [][]string{{"validate", "-"}, {"validate", "--json", "-"}, {"tokens", "-"}, {"tokens", "--json", "-"}} {
		checkOutput(t, strings.Join(args, " "), runGuarded(t, env, body, args...), strings.Contains(args[1], "json"))
	}

	// install --dry-run prints a diff of settings.json, whose env block
	// may hold keys.
	settings := filepath.Join(env["HOME"], ".claude", "settings.json")
	os.MkdirAll(filepath.Dir(settings), 0o755)
	os.WriteFile(settings, []byte(`{"env":{"ANTHROPIC_API_KEY":"`+gKey+`","X":"`+escJSON+`"},"model":"opus"}`+"\n"), 0o600)
	for _, args := range [][]string{{"install", "--dry-run", "--no-mcp", "--binary", "/usr/local/bin/ccdiag"}, {"uninstall", "--dry-run", "--no-mcp", "--binary", "/usr/local/bin/ccdiag"}} {
		out := runGuarded(t, env, "", args...)
		if args[0] == "install" && !strings.Contains(out, "ANTHROPIC_API_KEY") {
			t.Fatalf("install --dry-run showed no diff context:\n%s", out)
		}
		checkOutput(t, strings.Join(args, " "), out, false)
	}

	// statusline and hook: what Claude Code shows.
	sl := `{"session_id":"s1","model":{"id":"claude-opus-4-6","display_name":"` + strings.ReplaceAll(gEsc, "\x1b", `\u001b`) + `"}}`
	checkOutput(t, "statusline", runGuarded(t, env, strings.NewReplacer("\x07", `\u0007`, "\r", `\r`).Replace(sl), "statusline"), false)
	esc := escJSON
	runGuarded(t, env, `{"hook_event_name":"StopFailure","session_id":"s1","error":"authentication_failed","last_assistant_message":"API Error: 401 invalid x-api-key `+gKey+` `+esc+`","error_details":"`+esc+`"}`, "hook")
	out := runGuarded(t, env, `{"hook_event_name":"UserPromptSubmit","session_id":"s1","transcript_path":"/nonexistent"}`, "hook")
	if !strings.Contains(out, "systemMessage") {
		t.Fatalf("the hook gave no advice: %q", out)
	}
	checkOutput(t, "hook", out, true)
}
