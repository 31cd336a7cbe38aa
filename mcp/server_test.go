package mcp

import (
	"context"
	"encoding/json"
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	mcpgo "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/ccdiag/ccdiag/internal/fakes"
)

var update = flag.Bool("update", false, "rewrite the golden tool schemas in testdata/toolsnaps")

// eras are the two protocol generations every tool must work in.
var eras = []struct {
	name    string
	opts    []client.ClientOption
	version string
}{
	{"modern", nil, mcpgo.LATEST_PROTOCOL_VERSION},
	{"legacy", []client.ClientOption{client.WithLegacyProtocolOnly()}, mcpgo.LATEST_LEGACY_PROTOCOL_VERSION},
}

// testEnvs maps a sandbox's project dir to the environment its Getenv reads,
// so test setups can change it.
var testEnvs sync.Map

func envOf(d *Deps) map[string]string {
	env, _ := testEnvs.Load(d.Cwd)
	return env.(map[string]string)
}

// testDeps is a sandbox: a project dir, a HOME with transcripts, a fixed clock.
func testDeps(t *testing.T) Deps {
	t.Helper()
	dir := t.TempDir()
	project := filepath.Join(dir, "project")
	home := filepath.Join(dir, "home")
	for _, d := range []string{project, home} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env := map[string]string{"HOME": home, "CCDIAG_CACHE_DIR": filepath.Join(dir, "cache"),
		// A key is always planted: no tool output may ever show it.
		"ANTHROPIC_API_KEY": plantedKey,
		// Nothing in a test may reach the real status page or API.
		"CCDIAG_STATUS_URL": "http://127.0.0.1:1", "ANTHROPIC_BASE_URL": "http://127.0.0.1:1"}
	testEnvs.Store(project, env)
	return Deps{
		Version: "test",
		Getenv:  func(k string) string { return env[k] },
		Cwd:     project,
		Home:    home,
		Now:     func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) },
	}
}

// connect starts an in-process client in one era, with output-schema
// validation on in the server.
func connect(t *testing.T, d Deps, opts ...client.ClientOption) (*client.Client, *mcpgo.InitializeResult) {
	t.Helper()
	s := NewServer(d, server.WithOutputSchemaValidation())
	c, err := client.NewInProcessClientWithOptions(s, opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	init := mcpgo.InitializeRequest{}
	init.Params.ClientInfo = mcpgo.Implementation{Name: "ccdiag-test", Version: "1"}
	res, err := c.Initialize(ctx, init)
	if err != nil {
		t.Fatal(err)
	}
	return c, res
}

func call(t *testing.T, c *client.Client, name string, args map[string]any) *mcpgo.CallToolResult {
	t.Helper()
	req := mcpgo.CallToolRequest{}
	req.Params.Name = name
	req.Params.Arguments = args
	res, err := c.CallTool(context.Background(), req)
	if err != nil {
		t.Fatalf("%s: protocol error: %v", name, err)
	}
	return res
}

func firstText(t *testing.T, r *mcpgo.CallToolResult) string {
	t.Helper()
	if len(r.Content) == 0 {
		t.Fatal("result has no content")
	}
	tc, ok := mcpgo.AsTextContent(r.Content[0])
	if !ok || strings.TrimSpace(tc.Text) == "" {
		t.Fatalf("first content block is not readable text: %#v", r.Content[0])
	}
	return tc.Text
}

// structured returns the result's structured content as a generic map.
func structured(t *testing.T, r *mcpgo.CallToolResult) map[string]any {
	t.Helper()
	if r.StructuredContent == nil {
		t.Fatal("a successful result must carry structuredContent (clients reject it otherwise when an output schema exists)")
	}
	b, err := json.Marshal(r.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

type toolCase struct {
	name     string
	tool     string
	args     map[string]any
	setup    func(t *testing.T, d *Deps)
	isError  bool
	wantText string                      // substring of the first text block
	check    func(map[string]any) string // returns what is wrong, or ""
}

func toolCases() []toolCase {
	return []toolCase{
		{name: "overloaded", tool: "diagnose_error",
			args:     map[string]any{"text": `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHmmH2jsfTgzgMYUUmVj"}`},
			wantText: "/model",
			check:    all(field("category", "overloaded"), field("retryable", true), field("request_id", "req_011CSHmmH2jsfTgzgMYUUmVj"))},
		{name: "context too long", tool: "diagnose_error",
			args:  map[string]any{"text": "API Error: 400 prompt is too long: 250000 tokens > 200000 maximum"},
			check: field("category", "context_too_long")},
		{name: "gateway from base_url", tool: "diagnose_error",
			args:  map[string]any{"text": "API Error: 502 Bad Gateway", "base_url": "https://llm-gateway.example.com"},
			check: field("side", "network")},
		{name: "not an API error", tool: "diagnose_error", args: map[string]any{"text": "500 tests passed"}, check: field("category", "none")},
		{name: "pasted key is scrubbed", tool: "diagnose_error",
			args:  map[string]any{"text": "API Error: 401 invalid x-api-key " + plantedKey},
			check: field("category", "authentication")},
		{name: "empty text", tool: "diagnose_error", args: map[string]any{"text": "  "}, isError: true, wantText: "needs text"},
		{name: "valid payload", tool: "validate_request",
			args:     map[string]any{"payload": `{"model":"claude-sonnet-4-5","max_tokens":100,"messages":[{"role":"user","content":"hi"}]}`},
			wantText: "No problems found",
			check:    field("valid", true)},
		{name: "broken payload", tool: "validate_request",
			args:     map[string]any{"payload": `{"model":"claude-sonnet-4-5","messages":[{"role":"system","content":""}]}`},
			wantText: "$.messages[0].role: error",
			check:    field("errors", float64(3))},
		{name: "invalid json", tool: "validate_request", args: map[string]any{"payload": `{"model":`},
			wantText: "not valid JSON", check: field("valid", false)},
		{name: "payload from file", tool: "validate_request", args: map[string]any{"path": "req.json"},
			setup:    writeFile("req.json", `{"model":"m","max_tokens":1,"messages":[]}`),
			wantText: "messages_empty"},
		{name: "no input", tool: "validate_request", args: map[string]any{}, isError: true, wantText: "needs payload"},
		{name: "path outside roots", tool: "validate_request", args: map[string]any{"path": "/etc/passwd"}, isError: true, wantText: "outside the allowed roots"},
		{name: "dotdot outside roots", tool: "estimate_tokens", args: map[string]any{"path": "../home/x"}, isError: true,
			setup: func(t *testing.T, d *Deps) { os.WriteFile(filepath.Join(d.Home, "x"), []byte("secret"), 0o600) }, wantText: "outside the allowed roots"},
		{name: "symlink outside roots", tool: "estimate_tokens", args: map[string]any{"path": "link"}, isError: true,
			setup: func(t *testing.T, d *Deps) {
				os.WriteFile(filepath.Join(d.Home, "x"), []byte("secret"), 0o600)
				os.Symlink(filepath.Join(d.Home, "x"), filepath.Join(d.Cwd, "link"))
			}, wantText: "outside the allowed roots"},
		{name: "estimate text", tool: "estimate_tokens", args: map[string]any{"text": strings.Repeat("abcd", 100)},
			wantText: "≈ 100 tokens (estimate", check: all(field("tokens", float64(100)), field("exact", false), field("method", "estimate"))},
		{name: "estimate newer model", tool: "estimate_tokens", args: map[string]any{"text": strings.Repeat("abc", 100), "model": "claude-opus-4-7"},
			check: all(field("tokens", float64(100)), field("chars_per_token", float64(3)))},
		{name: "estimate file", tool: "estimate_tokens", args: map[string]any{"path": "CLAUDE.md"},
			setup: writeFile("CLAUDE.md", strings.Repeat("x", 4000)), check: field("tokens", float64(1000))},
		{name: "exact without key", tool: "estimate_tokens", args: map[string]any{"text": "hello", "exact": true},
			setup:    func(t *testing.T, d *Deps) { delete(envOf(d), "ANTHROPIC_API_KEY") },
			wantText: "Note: exact counting needs ANTHROPIC_API_KEY", check: field("exact", false)},
		{name: "exact with key", tool: "estimate_tokens", args: map[string]any{"text": "hello there", "exact": true, "model": "claude-sonnet-4-6"},
			setup: func(t *testing.T, d *Deps) { fakeAPI(t, d, "ok") }, wantText: "(exact, from count_tokens)",
			check: all(field("exact", true), field("method", "count_tokens"))},
		{name: "exact rejected key", tool: "estimate_tokens", args: map[string]any{"text": "hello", "exact": true, "model": "claude-sonnet-4-6"},
			setup: func(t *testing.T, d *Deps) {
				fakeAPI(t, d, "ok").Key = "sk-ant-api03-some-other-key-0000"
			}, isError: true, wantText: "HTTP 401"},
		{name: "estimate nothing", tool: "estimate_tokens", args: map[string]any{}, isError: true, wantText: "needs text or path"},
		{name: "no errors yet", tool: "recent_api_errors", args: map[string]any{}, wantText: "No API errors",
			check: field("ticket", "")},
		{name: "recent errors", tool: "recent_api_errors", args: map[string]any{"limit": 5}, setup: plantTranscript,
			wantText: "2026-11-25 09:05:00 UTC HTTP 529 overloaded_error request_id=req_overloaded2 model=claude-opus-4-5-20251101: overloaded → Switch to another model: /model sonnet", check: func(m map[string]any) string {
				errs, _ := m["errors"].([]any)
				if len(errs) != 2 {
					return "want 2 errors"
				}
				if !strings.Contains(m["ticket"].(string), "Claude Code version: 2.1.328") {
					return "ticket lacks the Claude Code version"
				}
				return ""
			}},
		{name: "recent since", tool: "recent_api_errors", args: map[string]any{"since": "2026-11-25T09:03:00Z"}, setup: plantTranscript,
			check: func(m map[string]any) string {
				if errs, _ := m["errors"].([]any); len(errs) != 1 {
					return "want 1 error after 09:03"
				}
				return ""
			}},
		{name: "status operational", tool: "check_api_status", args: map[string]any{}, setup: fakeStatus("operational"),
			wantText: "Operational", check: all(field("state", "operational"), field("cached", false))},
		{name: "status major", tool: "check_api_status", args: map[string]any{}, setup: fakeStatus("major"),
			wantText: "Elevated errors on Claude Opus", check: all(field("state", "degraded"), func(m map[string]any) string {
				if fams, _ := m["affected_model_families"].([]any); len(fams) == 0 || fams[0] != "opus" {
					return "affected_model_families should name opus"
				}
				return ""
			})},
		{name: "status page broken", tool: "check_api_status", args: map[string]any{}, setup: fakeStatus("error500"),
			wantText: "Status unknown", check: field("state", "unknown")},
		{name: "status with probe", tool: "check_api_status", args: map[string]any{"probe": true}, setup: func(t *testing.T, d *Deps) {
			fakeStatus("operational")(t, d)
			fakeAPI(t, d, "ok")
		}, wantText: "Path to the API", check: func(m map[string]any) string {
			p, _ := m["probe"].(map[string]any)
			if p == nil {
				return "no probe"
			}
			for _, c := range p["checks"].([]any) {
				if c := c.(map[string]any); c["id"] == "api" && c["status"] != "PASS" {
					return "api check: " + c["status"].(string) + " " + c["detail"].(string)
				}
			}
			return ""
		}},
		{name: "lint project", tool: "lint_claude_md", args: map[string]any{}, setup: writeFile("CLAUDE.md", "# Project\n\nSee @docs/missing.md for details.\n"),
			wantText: "Memory Claude Code loads at startup", check: func(m map[string]any) string {
				fs, _ := m["findings"].([]any)
				if len(fs) == 0 {
					return "want a finding for the missing import"
				}
				st := m["startup"].(map[string]any)
				if st["startup_files"].(float64) < 1 {
					return "startup report lists no file"
				}
				return ""
			}},
		{name: "lint outside roots", tool: "lint_claude_md", args: map[string]any{"path": "/etc"}, isError: true, wantText: "outside the allowed roots"},
		{name: "lint missing path", tool: "lint_claude_md", args: map[string]any{"path": "nope"}, isError: true, wantText: "does not exist"},
		{name: "recent error quoting the key", tool: "recent_api_errors", args: map[string]any{}, setup: func(t *testing.T, d *Deps) {
			plantTranscript(t, d)
			dir := filepath.Join(d.Home, ".claude", "projects", projectKey(d.Cwd))
			line := `{"type":"assistant","isApiErrorMessage":true,"apiErrorStatus":401,"apiErrorType":"authentication_error","requestId":"req_auth1","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"API Error: 401 invalid x-api-key ` + plantedKey + `"}]},"timestamp":"2026-11-25T09:06:00.000Z","sessionId":"s2"}` + "\n"
			if err := os.WriteFile(filepath.Join(dir, "s2.jsonl"), []byte(line), 0o644); err != nil {
				t.Fatal(err)
			}
		}, wantText: "invalid x-api-key sk-ant-…wxyz"},
		{name: "recent bad since", tool: "recent_api_errors", args: map[string]any{"since": "yesterday"}, isError: true, wantText: "RFC 3339"},
	}
}

func fakeStatus(scenario string) func(*testing.T, *Deps) {
	return func(t *testing.T, d *Deps) {
		h, err := fakes.NewStatusPage(scenario, d.Now)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		envOf(d)["CCDIAG_STATUS_URL"] = srv.URL
	}
}

func fakeAPI(t *testing.T, d *Deps, scenario string) *fakes.API {
	api, err := fakes.NewAPI(scenario)
	if err != nil {
		t.Fatal(err)
	}
	api.Key = plantedKey
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	envOf(d)["ANTHROPIC_BASE_URL"] = srv.URL
	envOf(d)["ANTHROPIC_API_KEY"] = plantedKey
	return api
}

// plantedKey is a fake key; no tool output may ever contain it.
const plantedKey = "sk-ant-api03-PLANTED-SECRET-KEY-0123456789-wxyz"

func writeFile(name, content string) func(*testing.T, *Deps) {
	return func(t *testing.T, d *Deps) {
		if err := os.WriteFile(filepath.Join(d.Cwd, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// projectKey is Claude Code's folder name for a project (written out here
// rather than taken from internal/transcript, so the test checks it).
func projectKey(cwd string) string {
	return strings.Map(func(r rune) rune {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return r
		}
		return '-'
	}, cwd)
}

// plantTranscript writes a Claude Code transcript with two overloaded turns.
func plantTranscript(t *testing.T, d *Deps) {
	dir := filepath.Join(d.Home, ".claude", "projects", projectKey(d.Cwd))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	lines := []string{
		`{"type":"user","message":{"role":"user","content":"hi"},"timestamp":"2026-11-25T09:00:00.000Z","sessionId":"s1","version":"2.1.328"}`,
		`{"type":"assistant","message":{"model":"claude-opus-4-5-20251101","role":"assistant","content":[{"type":"text","text":"hi"}],"usage":{"input_tokens":10,"output_tokens":2}},"timestamp":"2026-11-25T09:00:01.000Z","sessionId":"s1","version":"2.1.328"}`,
		`{"type":"user","message":{"role":"user","content":"more"},"timestamp":"2026-11-25T09:01:00.000Z","sessionId":"s1","version":"2.1.328"}`,
		`{"type":"assistant","isApiErrorMessage":true,"apiErrorStatus":529,"apiErrorType":"overloaded_error","error":"server_error","requestId":"req_overloaded1","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"API Error: Repeated 529 Overloaded errors"}]},"timestamp":"2026-11-25T09:02:00.000Z","sessionId":"s1","version":"2.1.328"}`,
		`{"type":"user","message":{"role":"user","content":"again"},"timestamp":"2026-11-25T09:04:00.000Z","sessionId":"s1","version":"2.1.328"}`,
		`{"type":"assistant","isApiErrorMessage":true,"apiErrorStatus":529,"apiErrorType":"overloaded_error","error":"server_error","requestId":"req_overloaded2","message":{"model":"<synthetic>","role":"assistant","content":[{"type":"text","text":"API Error: Repeated 529 Overloaded errors"}]},"timestamp":"2026-11-25T09:05:00.000Z","sessionId":"s1","version":"2.1.328"}`,
	}
	if err := os.WriteFile(filepath.Join(dir, "s1.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func field(key string, want any) func(map[string]any) string {
	return func(m map[string]any) string {
		if got := m[key]; got != want {
			b, _ := json.Marshal(got)
			return key + " = " + string(b)
		}
		return ""
	}
}

func all(fs ...func(map[string]any) string) func(map[string]any) string {
	return func(m map[string]any) string {
		for _, f := range fs {
			if s := f(m); s != "" {
				return s
			}
		}
		return ""
	}
}

// TestToolsBothEras calls every tool through the in-process client in both
// protocol eras, with the server validating structured results against the
// declared output schemas.
func TestToolsBothEras(t *testing.T) {
	for _, era := range eras {
		t.Run(era.name, func(t *testing.T) {
			for _, tc := range toolCases() {
				t.Run(tc.tool+"/"+tc.name, func(t *testing.T) {
					d := testDeps(t)
					if tc.setup != nil {
						tc.setup(t, &d)
					}
					c, init := connect(t, d, era.opts...)
					if init.ProtocolVersion != era.version {
						t.Fatalf("negotiated %s, want %s", init.ProtocolVersion, era.version)
					}
					r := call(t, c, tc.tool, tc.args)
					text := firstText(t, r)
					assertNoSecret(t, r)
					if r.IsError != tc.isError {
						t.Fatalf("isError = %v, want %v; text: %s", r.IsError, tc.isError, text)
					}
					if !strings.Contains(text, tc.wantText) {
						t.Errorf("first text block lacks %q:\n%s", tc.wantText, text)
					}
					if tc.isError {
						return
					}
					m := structured(t, r)
					if tc.check != nil {
						if msg := tc.check(m); msg != "" {
							t.Errorf("structured result: %s\n%v", msg, m)
						}
					}
				})
			}
		})
	}
}

// TestEveryToolIsCovered keeps toolCases honest: each registered tool has a
// success case and an error case.
func TestEveryToolIsCovered(t *testing.T) {
	ok, bad := map[string]bool{}, map[string]bool{}
	for _, tc := range toolCases() {
		if tc.isError {
			bad[tc.tool] = true
		} else {
			ok[tc.tool] = true
		}
	}
	// Tools with no expected failure: they answer "unknown" instead.
	neverFails := map[string]bool{"check_api_status": true}
	d := testDeps(t)
	for _, st := range tools(&d) {
		if !ok[st.Tool.Name] || (!bad[st.Tool.Name] && !neverFails[st.Tool.Name]) {
			t.Errorf("tool %s needs both a success and an isError case in toolCases", st.Tool.Name)
		}
	}
}

// TestToolDefinitions checks what every client relies on: all four
// annotations set explicitly, every input described, an output schema.
func TestToolDefinitions(t *testing.T) {
	d := testDeps(t)
	for _, st := range tools(&d) {
		tool := st.Tool
		a := tool.Annotations
		if a.ReadOnlyHint == nil || a.DestructiveHint == nil || a.IdempotentHint == nil || a.OpenWorldHint == nil || a.Title == "" {
			t.Errorf("%s: every annotation must be set explicitly: %+v", tool.Name, a)
		} else if !*a.ReadOnlyHint || *a.DestructiveHint {
			t.Errorf("%s: ccdiag's tools are read-only and non-destructive", tool.Name)
		}
		if len(tool.Description) < 40 {
			t.Errorf("%s: description too short", tool.Name)
		}
		for name, p := range tool.InputSchema.Properties {
			if pm, _ := p.(map[string]any); pm["description"] == nil || pm["description"] == "" {
				t.Errorf("%s: input %s has no description", tool.Name, name)
			}
		}
		if tool.OutputSchema.Type != "object" || len(tool.OutputSchema.Properties) == 0 {
			t.Errorf("%s: no output schema", tool.Name)
		}
	}
}

// TestToolSnapshots compares each tool's definition with its golden file so
// any schema change shows up as a diff. Run with -update to accept changes.
func TestToolSnapshots(t *testing.T) {
	d := testDeps(t)
	c, _ := connect(t, d)
	list, err := c.ListTools(context.Background(), mcpgo.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range list.Tools {
		names = append(names, tool.Name)
		got, err := json.MarshalIndent(tool, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", "toolsnaps", tool.Name+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: no snapshot (run go test ./mcp -run TestToolSnapshots -update): %v", tool.Name, err)
			continue
		}
		if string(want) != string(got) {
			t.Errorf("%s: schema changed; review and run with -update.\n--- want\n%s\n--- got\n%s", tool.Name, want, got)
		}
	}
	// A snapshot without a tool is stale.
	files, _ := filepath.Glob(filepath.Join("testdata", "toolsnaps", "*.json"))
	sort.Strings(names)
	for _, f := range files {
		n := strings.TrimSuffix(filepath.Base(f), ".json")
		if i := sort.SearchStrings(names, n); i >= len(names) || names[i] != n {
			t.Errorf("stale snapshot %s: no such tool", f)
		}
	}
}

// assertNoSecret fails if any part of a result carries the planted key (or
// a long piece of it).
func assertNoSecret(t *testing.T, r *mcpgo.CallToolResult) {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, piece := range []string{plantedKey, "PLANTED-SECRET", "0123456789"} {
		if strings.Contains(string(b), piece) {
			t.Errorf("tool output contains the planted key (%q):\n%s", piece, b)
		}
	}
}
