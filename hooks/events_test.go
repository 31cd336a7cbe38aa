package hooks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/ccdiag/ccdiag/hooks/state"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// TestMain lets the concurrency test run this test binary as a hook process.
func TestMain(m *testing.M) {
	if dir := os.Getenv("CCDIAG_TEST_HOOK_CHILD"); dir != "" {
		in, _ := io.ReadAll(os.Stdin)
		os.Stdout.Write(Handle(in, Runtime{Getenv: os.Getenv, StateDir: dir, Stderr: os.Stderr}))
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { c.t = c.t.Add(time.Second); return c.t }

func newRuntime(t *testing.T, env map[string]string) (Runtime, *clock) {
	c := &clock{t: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	return Runtime{
		Getenv:   func(k string) string { return env[k] },
		Now:      c.now,
		StateDir: t.TempDir(),
		Stderr:   io.Discard,
	}, c
}

func payload(event, session, transcript string, extra map[string]any) []byte {
	m := map[string]any{"hook_event_name": event, "session_id": session, "transcript_path": transcript, "cwd": "/p"}
	for k, v := range extra {
		m[k] = v
	}
	b, _ := json.Marshal(m)
	return b
}

func systemMessage(t *testing.T, out []byte) string {
	t.Helper()
	if len(out) == 0 {
		return ""
	}
	var v struct {
		SystemMessage string `json:"systemMessage"`
	}
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("output is not JSON: %q", out)
	}
	return v.SystemMessage
}

func TestStopFailureThenPromptAdvisesOnce(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	sf := payload("StopFailure", "s1", "/nonexistent.jsonl", map[string]any{"error": "server_error",
		"last_assistant_message": "API Error: Repeated 529 Overloaded errors. The API is at capacity"})
	if out := Handle(sf, rt); out != nil {
		t.Fatalf("StopFailure printed %q", out)
	}
	ups := payload("UserPromptSubmit", "s1", "/nonexistent.jsonl", map[string]any{"prompt": "again"})
	msg := systemMessage(t, Handle(ups, rt))
	if !strings.HasPrefix(msg, "ccdiag: ") || !strings.Contains(msg, "/model sonnet") {
		t.Fatalf("advice = %q", msg)
	}
	if out := Handle(ups, rt); out != nil {
		t.Fatalf("advice repeated: %q", out)
	}
	// A second failure is new: advised again, now as a repeat.
	Handle(sf, rt)
	if msg := systemMessage(t, Handle(ups, rt)); !strings.Contains(msg, "529×2") {
		t.Fatalf("second advice = %q", msg)
	}
}

func TestSubagentStopFailureIgnored(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	Handle(payload("StopFailure", "s1", "", map[string]any{"error": "server_error", "agent_id": "a1"}), rt)
	if _, err := os.Stat(state.SessionFile(rt.StateDir, "s1")); !os.IsNotExist(err) {
		t.Fatalf("agent payload recorded: %v", err)
	}
}

func TestTranscriptFallbackWhenStopFailureWasKilled(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	tr := filepath.Join(t.TempDir(), "s.jsonl")
	lines := `{"type":"user","message":{"role":"user","content":"hi"},"timestamp":"2026-11-25T09:59:00Z"}
{"type":"assistant","message":{"model":"claude-opus-4-5-20251101","content":[{"type":"text","text":"hi"}],"usage":{"input_tokens":5,"cache_read_input_tokens":20000,"output_tokens":5}},"timestamp":"2026-11-25T09:59:01Z"}
{"type":"user","message":{"role":"user","content":"more"},"timestamp":"2026-11-25T09:59:30Z"}
{"type":"assistant","message":{"model":"<synthetic>","content":[{"type":"text","text":"API Error: Repeated 529 Overloaded errors."}]},"requestId":"req_1","error":"server_error","isApiErrorMessage":true,"apiErrorStatus":529,"apiErrorType":"overloaded_error","timestamp":"2026-11-25T09:59:40Z"}
`
	os.WriteFile(tr, []byte(lines), 0o600)
	msg := systemMessage(t, Handle(payload("UserPromptSubmit", "s2", tr, nil), rt))
	if !strings.Contains(msg, "overloaded for opus") || !strings.Contains(msg, "/model sonnet") {
		t.Fatalf("advice = %q", msg)
	}
	if out := Handle(payload("UserPromptSubmit", "s2", tr, nil), rt); out != nil {
		t.Fatalf("repeated: %q", out)
	}
}

func TestStopEndsStreakAndRecordsOldVersions(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	okTr := filepath.Join(t.TempDir(), "ok.jsonl")
	os.WriteFile(okTr, []byte(`{"type":"assistant","message":{"model":"claude-opus-4-5","content":[],"usage":{"input_tokens":5}},"timestamp":"2026-11-25T09:00:00Z"}`+"\n"), 0o600)
	Handle(payload("StopFailure", "s3", okTr, map[string]any{"error": "server_error", "last_assistant_message": "API Error: 500"}), rt)
	Handle(payload("Stop", "s3", okTr, nil), rt)
	recs, _ := state.Read(state.SessionFile(rt.StateDir, "s3"))
	if len(recs) != 2 || recs[1].Kind != state.KindOK {
		t.Fatalf("records = %+v", recs)
	}
	if out := Handle(payload("UserPromptSubmit", "s3", okTr, nil), rt); out != nil {
		t.Fatalf("advice after success: %q", out)
	}
	// No StopFailure (old Claude Code): Stop finds the error in the transcript.
	badTr := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(badTr, []byte(`{"type":"assistant","message":{"model":"<synthetic>","content":[{"type":"text","text":"API Error: 500 Internal server error."}]},"error":"server_error","isApiErrorMessage":true,"apiErrorStatus":500,"timestamp":"2026-11-25T10:00:30Z"}`+"\n"), 0o600)
	Handle(payload("Stop", "s4", badTr, nil), rt)
	Handle(payload("Stop", "s4", badTr, nil), rt) // not recorded twice
	recs, _ = state.Read(state.SessionFile(rt.StateDir, "s4"))
	if len(recs) != 1 || recs[0].Kind != state.KindFail || recs[0].Status != 500 {
		t.Fatalf("records = %+v", recs)
	}
	// A successful Stop with no open streak writes nothing.
	Handle(payload("Stop", "s5", okTr, nil), rt)
	if _, err := os.Stat(state.SessionFile(rt.StateDir, "s5")); !os.IsNotExist(err) {
		t.Fatal("state written for a clean session")
	}
}

func TestSessionStartIsSilent(t *testing.T) {
	rt, clk := newRuntime(t, nil)
	Handle(payload("StopFailure", "s6", "", map[string]any{"error": "rate_limit", "last_assistant_message": "API Error: Request rejected (429) · slow"}), rt)
	// Old state is pruned on SessionStart (by the runtime's clock).
	old := state.SessionFile(rt.StateDir, "old")
	state.Append(old, state.Encode(state.Record{Kind: state.KindFail}))
	long := clk.t.Add(-PruneAge - time.Hour)
	os.Chtimes(old, long, long)
	for _, src := range []string{"startup", "resume"} {
		if out := Handle(payload("SessionStart", "s6", "", map[string]any{"source": src}), rt); out != nil {
			t.Fatalf("%s printed %q", src, out)
		}
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Error("old state not pruned")
	}
	// The advice is still pending for the next prompt.
	if msg := systemMessage(t, Handle(payload("UserPromptSubmit", "s6", "", nil), rt)); !strings.Contains(msg, "rate limit") {
		t.Fatalf("advice after resume = %q", msg)
	}
}

func TestIgnoredInputs(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	for _, in := range []string{"", "null", "{", "[]", `{"hook_event_name":"PreToolUse","session_id":"x"}`,
		`{"hook_event_name":"StopFailure"}`, `{"hook_event_name":"UserPromptSubmit","session_id":"x"}`, "\x00\xff"} {
		if out := Handle([]byte(in), rt); out != nil {
			t.Errorf("%q printed %q", in, out)
		}
	}
}

func TestUnwritableStateDirNotesOnStderr(t *testing.T) {
	var errb bytes.Buffer
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	rt := Runtime{Getenv: func(string) string { return "" }, StateDir: filepath.Join(file, "sub"), Stderr: &errb}
	out := Handle(payload("StopFailure", "s7", "", map[string]any{"error": "server_error"}), rt)
	if out != nil || !strings.Contains(errb.String(), "cannot record the failure") {
		t.Fatalf("out=%q stderr=%q", out, errb.String())
	}
}

func TestEncodeRecordBounded(t *testing.T) {
	huge := strings.Repeat("\x01é\"", 50_000)
	b := state.Encode(state.Record{Kind: state.KindFail, Message: huge, Details: huge, Error: huge})
	if len(b) > state.MaxRecord || b[len(b)-1] != '\n' || !json.Valid(b[:len(b)-1]) {
		t.Fatalf("record of %d bytes, valid=%v", len(b), json.Valid(b[:len(b)-1]))
	}
}

func TestSafeSessionFile(t *testing.T) {
	for _, id := range []string{"../../etc/passwd", "a/b", ".hidden", strings.Repeat("x", 300)} {
		p := state.SessionFile("/s", id)
		if filepath.Dir(p) != "/s/sessions" {
			t.Errorf("%q → %q escapes the state dir", id, p)
		}
	}
}

// TestConcurrentStopFailures runs 50 hook processes on one session at once:
// every record must arrive whole.
func TestConcurrentStopFailures(t *testing.T) {
	dir := t.TempDir()
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			msg := fmt.Sprintf("API Error: 500 #%03d %s", i, strings.Repeat("z", 2500))
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "CCDIAG_TEST_HOOK_CHILD="+dir)
			cmd.Stdin = bytes.NewReader(payload("StopFailure", "same", "", map[string]any{"error": "server_error", "last_assistant_message": msg}))
			if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
				errs <- fmt.Errorf("child %d: %v %q", i, err, out)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	data, err := os.ReadFile(state.SessionFile(dir, "same"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		var r state.Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("torn record: %.80q: %v", l, err)
		}
		seen[r.Message[:len("API Error: 500 #000")]] = true
	}
	if len(lines) != n || len(seen) != n {
		t.Fatalf("%d lines, %d distinct, want %d", len(lines), len(seen), n)
	}
}

func FuzzHook(f *testing.F) {
	f.Add([]byte(`{"hook_event_name":"StopFailure","session_id":"s","error":"server_error","last_assistant_message":"API Error: 500"}`))
	f.Add([]byte(`{"hook_event_name":"UserPromptSubmit","session_id":"s","transcript_path":"/dev/zero"}`))
	f.Add([]byte(`{"hook_event_name":"SessionStart","session_id":"s","source":"resume"}`))
	f.Add([]byte(`{"hook_event_name":"Stop","session_id":"s","transcript_path":"/nonexistent"}`))
	f.Add([]byte("\xff{"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, in []byte) {
		rt := Runtime{Getenv: func(string) string { return "" }, StateDir: dir, Stderr: io.Discard}
		out := Handle(in, rt)
		if len(out) > 0 && !json.Valid(out) {
			t.Fatalf("invalid JSON output %q", out)
		}
	})
}

func TestLongStreakIsCountedNotReread(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	sf := payload("StopFailure", "s9", "", map[string]any{"error": "server_error", "last_assistant_message": "API Error: 500 Internal server error."})
	for i := 0; i < 15; i++ {
		Handle(sf, rt)
	}
	msg := systemMessage(t, Handle(payload("UserPromptSubmit", "s9", "", nil), rt))
	if !strings.Contains(msg, "15 failed turns in a row") || !strings.Contains(msg, "500×15") {
		t.Fatalf("advice = %q", msg)
	}
}

// TestSIGTERMNeverTearsARecord kills hook processes at random moments (as
// Claude Code does ~17 ms after spawning StopFailure): records are either
// whole or absent.
func TestSIGTERMNeverTearsARecord(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			msg := fmt.Sprintf("API Error: 500 #%03d %s", i, strings.Repeat("q", 3000))
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "CCDIAG_TEST_HOOK_CHILD="+dir)
			cmd.Stdin = bytes.NewReader(payload("StopFailure", "killed", "", map[string]any{"error": "server_error", "last_assistant_message": msg}))
			if err := cmd.Start(); err != nil {
				t.Error(err)
				return
			}
			time.Sleep(time.Duration(i%8) * 500 * time.Microsecond)
			cmd.Process.Signal(syscall.SIGTERM)
			cmd.Wait()
		}(i)
	}
	wg.Wait()
	data, err := os.ReadFile(state.SessionFile(dir, "killed"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" {
			continue
		}
		n++
		if !json.Valid([]byte(l)) {
			t.Fatalf("torn record: %.80q", l)
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		t.Fatal("file does not end with a whole record")
	}
	t.Logf("%d of 40 killed hooks had written their record", n)
}

// TestHostileTranscriptPaths: the prompt hook never blocks or fails on a
// transcript that is a FIFO, /dev/zero, a directory or missing; the state
// file still gives the advice.
func TestHostileTranscriptPaths(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	syscall.Mkfifo(fifo, 0o600)
	zero := filepath.Join(dir, "zero")
	os.Symlink("/dev/zero", zero)
	for _, p := range []string{fifo, zero, dir, filepath.Join(dir, "missing"), ""} {
		rt, _ := newRuntime(t, nil)
		Handle(payload("StopFailure", "h", p, map[string]any{"error": "server_error", "last_assistant_message": "API Error: 500 Internal server error."}), rt)
		done := make(chan []byte, 1)
		go func() { done <- Handle(payload("UserPromptSubmit", "h", p, nil), rt) }()
		select {
		case out := <-done:
			if !strings.Contains(systemMessage(t, out), "500") {
				t.Errorf("%s: advice %q", p, out)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the hook blocked", p)
		}
		Handle(payload("Stop", "h", p, nil), rt)
		StatusLine([]byte(`{"session_id":"h","transcript_path":"`+p+`"}`), rt, iostreams.NewColorScheme(false))
	}
}

func TestOldFailuresAreNotAdvised(t *testing.T) {
	rt, clk := newRuntime(t, nil)
	Handle(payload("StopFailure", "old", "", map[string]any{"error": "server_error", "last_assistant_message": "API Error: 500 Internal server error."}), rt)
	clk.t = clk.t.Add(StaleAfter + time.Minute)
	if out := Handle(payload("UserPromptSubmit", "old", "", nil), rt); out != nil {
		t.Fatalf("stale advice: %q", out)
	}
}

// TestHeadlessAdviceDeliveredOnlyWhereShown: under `claude -p` the advice is
// marked delivered only when Claude Code's output format carries it
// (hooks/CHANNELS.md); otherwise the next prompt a person sees repeats it.
func TestHeadlessAdviceDeliveredOnlyWhereShown(t *testing.T) {
	for _, tc := range []struct {
		name      string
		entry     string
		argv      []string
		delivered bool
	}{
		{"interactive", "cli", []string{"claude"}, true},
		{"-p text", "sdk-cli", []string{"claude", "-p", "hi"}, false},
		{"-p json", "sdk-cli", []string{"claude", "-p", "hi", "--output-format", "json"}, false},
		{"-p json --verbose", "sdk-cli", []string{"claude", "-p", "hi", "--output-format", "json", "--verbose"}, true},
		{"-p stream-json", "sdk-cli", []string{"claude", "-p", "--output-format", "stream-json", "--verbose", "hi"}, true},
		{"-p, command line unknown", "sdk-cli", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rt, _ := newRuntime(t, map[string]string{"CLAUDE_CODE_ENTRYPOINT": tc.entry})
			rt.ClaudeArgs = func() []string { return tc.argv }
			sf := payload("StopFailure", "s1", "/nonexistent.jsonl", map[string]any{"error": "server_error",
				"last_assistant_message": "API Error: 500 Internal server error."})
			Handle(sf, rt)
			ups := payload("UserPromptSubmit", "s1", "/nonexistent.jsonl", map[string]any{"prompt": "again"})
			if msg := systemMessage(t, Handle(ups, rt)); !strings.HasPrefix(msg, "ccdiag: ") {
				t.Fatalf("first prompt: advice = %q", msg)
			}
			again := systemMessage(t, Handle(ups, rt))
			if tc.delivered && again != "" {
				t.Errorf("advice repeated after it was shown: %q", again)
			}
			if !tc.delivered && again == "" {
				t.Errorf("advice marked delivered although this output format does not show it")
			}
		})
	}
}
