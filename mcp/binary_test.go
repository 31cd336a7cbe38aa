package mcp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// ccdiagBinary builds the real ccdiag binary once per test run.
func ccdiagBinary(tb testing.TB) string {
	tb.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "ccdiag-mcp-test")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "ccdiag")
		out, err := exec.Command("go", "build", "-o", binPath, "../cmd/ccdiag").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		tb.Fatal(binErr)
	}
	return binPath
}

// stdioSession runs `ccdiag mcp` and exchanges newline-delimited JSON-RPC.
type stdioSession struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	raw    bytes.Buffer // every byte the server wrote to stdout
	stderr bytes.Buffer
	// early holds responses that arrived before they were asked for
	// (tool calls run concurrently and may answer out of order).
	early map[int]map[string]any
}

func startStdio(tb testing.TB, dir string, env []string) *stdioSession {
	tb.Helper()
	s := &stdioSession{cmd: exec.Command(ccdiagBinary(tb), "mcp")}
	s.cmd.Dir = dir
	s.cmd.Env = env
	s.cmd.Stderr = &s.stderr
	var err error
	if s.in, err = s.cmd.StdinPipe(); err != nil {
		tb.Fatal(err)
	}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	s.out = bufio.NewReader(io.TeeReader(stdout, &s.raw))
	if err := s.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		s.in.Close()
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			s.cmd.Process.Kill()
		}
	})
	return s
}

func (s *stdioSession) send(tb testing.TB, msg string) {
	tb.Helper()
	if _, err := io.WriteString(s.in, msg+"\n"); err != nil {
		tb.Fatal(err)
	}
}

// response reads lines until the response with id arrives.
func (s *stdioSession) response(tb testing.TB, id int) map[string]any {
	tb.Helper()
	if m, ok := s.early[id]; ok {
		delete(s.early, id)
		return m
	}
	for {
		line, err := s.out.ReadBytes('\n')
		if err != nil {
			tb.Fatalf("reading stdout: %v (stderr: %s)", err, s.stderr.String())
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			tb.Fatalf("stdout line is not JSON: %q", line)
		}
		if v, ok := m["id"].(float64); ok {
			if int(v) == id {
				return m
			}
			if s.early == nil {
				s.early = map[int]map[string]any{}
			}
			s.early[int(v)] = m
		}
	}
}

func modernMeta() string {
	return `"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"t","version":"1"}}`
}

// exchanges are the requests each era sends: discovery, then every tool.
func exchanges(era string) []string {
	toolCalls := []string{
		`"name":"diagnose_error","arguments":{"text":"API Error: 500 Internal server error"}`,
		`"name":"validate_request","arguments":{"payload":"{\"messages\":[]}"}`,
		`"name":"estimate_tokens","arguments":{"text":"hello world"}`,
		`"name":"recent_api_errors","arguments":{}`,
		`"name":"lint_claude_md","arguments":{}`,
		`"name":"check_api_status","arguments":{}`,
		`"name":"validate_request","arguments":{"path":"/etc/passwd"}`,
	}
	var msgs []string
	meta := ""
	if era == "modern" {
		msgs = append(msgs, `{"jsonrpc":"2.0","id":1,"method":"server/discover","params":{`+modernMeta()+`}}`)
		meta = modernMeta() + ","
	} else {
		msgs = append(msgs, `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`,
			`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	}
	msgs = append(msgs, fmt.Sprintf(`{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{%s"cursor":null}}`, meta))
	msgs[len(msgs)-1] = strings.Replace(msgs[len(msgs)-1], `,"cursor":null`, "", 1)
	msgs[len(msgs)-1] = strings.Replace(msgs[len(msgs)-1], `"cursor":null`, "", 1)
	msgs = append(msgs, fmt.Sprintf(`{"jsonrpc":"2.0","id":3,"method":"prompts/list","params":{%s}}`, strings.TrimSuffix(meta, ",")))
	for i, c := range toolCalls {
		msgs = append(msgs, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{%s%s}}`, 10+i, meta, c))
	}
	return msgs
}

func testEnv(t *testing.T) []string {
	home := t.TempDir()
	return []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"), "CCDIAG_CACHE_DIR=" + filepath.Join(home, "cache"),
		"CCDIAG_STATUS_URL=http://127.0.0.1:1", "ANTHROPIC_BASE_URL=http://127.0.0.1:1"}
}

// TestBinaryStdoutIsProtocolOnly runs the built binary in both eras, calls
// every tool, and checks that stdout starts with '{' and holds nothing but
// JSON-RPC messages, one per line.
func TestBinaryStdoutIsProtocolOnly(t *testing.T) {
	for _, era := range []string{"modern", "legacy"} {
		t.Run(era, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "CLAUDE.md"), []byte("# Notes\n"), 0o644)
			s := startStdio(t, dir, testEnv(t))
			var ids []int
			for _, m := range exchanges(era) {
				s.send(t, m)
				var probe struct {
					ID *int `json:"id"`
				}
				json.Unmarshal([]byte(m), &probe)
				if probe.ID != nil {
					ids = append(ids, *probe.ID)
				}
			}
			sort.Ints(ids)
			names := 0
			for _, id := range ids {
				r := s.response(t, id)
				if r["error"] != nil {
					t.Errorf("id %d: error %v", id, r["error"])
				}
				if id == 2 {
					names = len(r["result"].(map[string]any)["tools"].([]any))
				}
			}
			if names != len(tools(&Deps{})) {
				t.Errorf("tools/list returned %d tools", names)
			}
			s.in.Close()
			rest, _ := io.ReadAll(s.out)
			_ = rest
			out := s.raw.Bytes()
			if len(out) == 0 || out[0] != '{' {
				t.Fatalf("stdout does not start with '{': %q", firstBytes(out))
			}
			for i, line := range bytes.Split(bytes.TrimRight(out, "\n"), []byte("\n")) {
				var m map[string]any
				if err := json.Unmarshal(line, &m); err != nil || m["jsonrpc"] != "2.0" {
					t.Errorf("stdout line %d is not a JSON-RPC message: %q", i+1, firstBytes(line))
				}
			}
		})
	}
}

func firstBytes(b []byte) []byte {
	if len(b) > 200 {
		return b[:200]
	}
	return b
}

// BenchmarkDiagnoseErrorStdio measures one diagnose_error round trip over
// stdio against the built binary: write the request, read the response
// (budget: p50 ≤ 1 ms; p50 and p99 are reported as extra metrics).
func BenchmarkDiagnoseErrorStdio(b *testing.B) {
	dir := b.TempDir()
	home := b.TempDir()
	s := startStdio(b, dir, []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"), "CCDIAG_CACHE_DIR=" + home})
	s.send(b, exchanges("legacy")[0])
	s.send(b, exchanges("legacy")[1])
	s.response(b, 1)
	call := benchCall
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		s.send(b, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{%s}}`, 100+i, call))
		r := s.response(b, 100+i)
		durs = append(durs, time.Since(start))
		if res, _ := r["result"].(map[string]any); res == nil || res["isError"] == true {
			b.Fatalf("call failed: %v", r)
		}
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)/2].Nanoseconds()), "p50-ns/op")
	b.ReportMetric(float64(durs[len(durs)*99/100].Nanoseconds()), "p99-ns/op")
}

// benchCall is the tools/call the benchmark repeats: a typical paste.
const benchCall = `"name":"diagnose_error","arguments":{"text":"⎿ API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CSHmmH2jsfTgzgMYUUmVj\"}"}`
