// Package e2e has the real Claude Code (npm @anthropic-ai/claude-code, pinned
// in .ci/clients) call ccdiag's MCP tools: a fake Messages API on 127.0.0.1
// answers the first turn with a tool_use of mcp__ccdiag__diagnose_error, and
// the test reads the tool_result Claude Code sends back. It only runs when
// CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG name the two binaries, inside a
// loopback-only network namespace (see .ci/e2e/mcp.sh).
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/fakes"
)

// fakeAPI streams a tool_use of diagnose_error when the request offers that
// tool and carries no tool_result yet; otherwise a short text. It logs
// every request body.
type fakeAPI struct {
	tool  string // e.g. mcp__ccdiag__diagnose_error
	input map[string]any

	mu     sync.Mutex
	bodies [][]byte
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, body)
	n := len(f.bodies)
	f.mu.Unlock()
	w.Header().Set("request-id", fmt.Sprintf("req_e2e_%d", n))
	if !strings.HasPrefix(r.URL.Path, "/v1/messages") || strings.Contains(r.URL.Path, "count_tokens") {
		w.Header().Set("content-type", "application/json")
		w.WriteHeader(404)
		io.WriteString(w, `{"type":"error","error":{"type":"not_found_error","message":"not found"}}`)
		return
	}
	offersTool := false
	gjson.GetBytes(body, "tools.#.name").ForEach(func(_, v gjson.Result) bool {
		offersTool = offersTool || v.String() == f.tool
		return !offersTool
	})
	answered := strings.Contains(string(body), `"tool_result"`)
	model := gjson.GetBytes(body, "model").String()
	usage := map[string]int{"input_tokens": 100, "output_tokens": 1, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
	var blocks [][]map[string]any // each: start, deltas…
	stop := "end_turn"
	if offersTool && !answered {
		stop = "tool_use"
		input, _ := json.Marshal(f.input)
		blocks = append(blocks, []map[string]any{
			{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "tool_use", "id": "toolu_e2e_1", "name": f.tool, "input": map[string]any{}}},
			{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "input_json_delta", "partial_json": string(input)}},
		})
	} else {
		blocks = append(blocks, []map[string]any{
			{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "text", "text": ""}},
			{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": "Done."}},
		})
	}
	if !gjson.GetBytes(body, "stream").Bool() {
		content := []any{map[string]string{"type": "text", "text": "Done."}}
		w.Header().Set("content-type", "application/json")
		b, _ := json.Marshal(map[string]any{"id": "msg_e2e", "type": "message", "role": "assistant", "model": model,
			"content": content, "stop_reason": "end_turn", "stop_sequence": nil, "usage": usage})
		w.Write(b)
		return
	}
	w.Header().Set("content-type", "text/event-stream")
	w.WriteHeader(200)
	events := []map[string]any{{"type": "message_start", "message": map[string]any{"id": fmt.Sprintf("msg_e2e_%d", n), "type": "message",
		"role": "assistant", "model": model, "content": []any{}, "stop_reason": nil, "stop_sequence": nil, "usage": usage}}}
	for _, b := range blocks {
		events = append(events, b...)
		events = append(events, map[string]any{"type": "content_block_stop", "index": 0})
	}
	events = append(events,
		map[string]any{"type": "message_delta", "delta": map[string]any{"stop_reason": stop, "stop_sequence": nil}, "usage": map[string]int{"output_tokens": 20}},
		map[string]any{"type": "message_stop"})
	fl, _ := w.(http.Flusher)
	for _, ev := range events {
		b, _ := json.Marshal(ev)
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev["type"], b)
		if fl != nil {
			fl.Flush()
		}
	}
}

// toolResult returns the content of the tool_result for toolu_e2e_1 in any
// logged request, and whether it was an error.
func (f *fakeAPI) toolResult() (string, bool, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, b := range f.bodies {
		var found gjson.Result
		gjson.GetBytes(b, "messages").ForEach(func(_, m gjson.Result) bool {
			m.Get("content").ForEach(func(_, c gjson.Result) bool {
				if c.Get("type").String() == "tool_result" && c.Get("tool_use_id").String() == "toolu_e2e_1" {
					found = c
					return false
				}
				return true
			})
			return !found.Exists()
		})
		if found.Exists() {
			return found.Get("content").Raw, found.Get("is_error").Bool(), true
		}
	}
	return "", false, false
}

// calls are the tool calls the fake model makes, one Claude Code run each.
var calls = []struct {
	name  string
	tool  string
	input map[string]any
	want  []string
}{
	{"diagnose_error", "mcp__ccdiag__diagnose_error",
		map[string]any{"text": `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHmmH2jsfTgzgMYUUmVj"}`},
		[]string{"overloaded", "/model"}},
	// Confined to Claude Code's roots: exercises roots/list (legacy) or the
	// multi round-trip input request (2026-07-28).
	{"lint_claude_md", "mcp__ccdiag__lint_claude_md", map[string]any{}, []string{"import-missing", "startup"}},
}

func TestClaudeCodeCallsTools(t *testing.T) {
	claude, ccdiag := fakes.RealClients(t, ".ci/e2e/mcp.sh")
	for _, call := range calls {
		for _, mode := range []string{"default", "legacy"} {
			t.Run(call.name+"/"+mode, func(t *testing.T) {
				runClaude(t, claude, ccdiag, mode, call.tool, call.input, call.want)
			})
		}
	}
}

func runClaude(t *testing.T, claude, ccdiag, mode, tool string, input map[string]any, want []string) {
	{
		{
			root := t.TempDir()
			home, project := filepath.Join(root, "home"), filepath.Join(root, "project")
			for _, d := range []string{home, project} {
				os.MkdirAll(d, 0o755)
			}
			key := "sk-ant-test-key-mcp-e2e-0123456789abcdefghij"
			cfg, _ := json.Marshal(map[string]any{"hasCompletedOnboarding": true, "theme": "dark",
				"customApiKeyResponses": map[string]any{"approved": []string{key[len(key)-20:]}},
				"projects":              map[string]any{project: map[string]any{"hasTrustDialogAccepted": true}}})
			os.WriteFile(filepath.Join(home, ".claude.json"), cfg, 0o600)
			os.WriteFile(filepath.Join(project, "CLAUDE.md"), []byte("# Project\n\nSee @docs/missing.md.\n"), 0o644)
			api := &fakeAPI{tool: tool, input: input}
			srv := httptest.NewServer(api)
			defer srv.Close()
			mcpCfg, _ := json.Marshal(map[string]any{"mcpServers": map[string]any{
				"ccdiag": map[string]any{"type": "stdio", "command": ccdiag, "args": []string{"mcp"}}}})
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, claude, "-p", "What does this error mean?",
				"--output-format", "stream-json", "--verbose",
				"--mcp-config", string(mcpCfg), "--strict-mcp-config",
				"--allowedTools", tool)
			cmd.Dir = project
			cmd.Env = []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"),
				"ANTHROPIC_BASE_URL=" + srv.URL, "ANTHROPIC_API_KEY=" + key,
				"DISABLE_TELEMETRY=1", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1", "DISABLE_AUTOUPDATER=1",
				"CLAUDE_CODE_MAX_RETRIES=0", "CCDIAG_STATUS_URL=http://127.0.0.1:1",
				// Offer MCP tools directly instead of behind ToolSearch.
				"ENABLE_TOOL_SEARCH=false"}
			if mode == "legacy" {
				cmd.Env = append(cmd.Env, "MCP_PROTOCOL_NEGOTIATION=legacy")
			}
			out, err := cmd.CombinedOutput()
			content, isErr, ok := api.toolResult()
			if !ok {
				api.mu.Lock()
				for i, b := range api.bodies {
					t.Logf("request %d tools: %s; defer: %s", i, gjson.GetBytes(b, "tools.#.name").Raw, gjson.GetBytes(b, "tools.#.defer_loading").Raw)
				}
				api.mu.Unlock()
				t.Fatalf("Claude Code sent no tool_result for the tool call (err %v); output:\n%s", err, tail(out))
			}
			t.Logf("tool_result reaching the model: %.300s", content)
			if isErr {
				t.Errorf("the tool_result is an error: %s", content)
			}
			for _, w := range want {
				if !strings.Contains(content, w) {
					t.Errorf("tool_result lacks %q: %s", w, content)
				}
			}
			if strings.Contains(content, key) {
				t.Error("the tool_result carries the API key")
			}
		}
	}
}

func tail(b []byte) string {
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}
