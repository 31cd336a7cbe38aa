package headless

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/claudeargs"
	"github.com/ccdiag/ccdiag/internal/retry"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

const testSession = "0b94eb68-2d50-4026-bfe0-b11faabc9e4e"

// config runs `sh -c SCRIPT -p --session-id testSession` as "Claude Code".
func config(t *testing.T, script string, sigs chan os.Signal) (Config, *bytes.Buffer) {
	t.Helper()
	cmd, err := claudeargs.Parse([]string{"sh", "-c", script, "-p", "--session-id", testSession})
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	o := retry.Defaults()
	o.InitialWait = time.Hour
	o.MaxWait = 2 * time.Hour
	return Config{
		Command: cmd, Options: o, Stdout: &bytes.Buffer{}, Stderr: &stderr,
		Dir: t.TempDir(), ClaudeDir: t.TempDir(), Now: time.Now,
		Sleep: func(ctx context.Context, d time.Duration) error {
			select {
			case <-time.After(d):
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		},
		Rand: func() float64 { return 0 }, NewSessionID: func() string { return "unused" }, Signals: sigs,
	}, &stderr
}

// failTranscript writes the transcript entry of a failed turn (a 500).
func failTranscript(t *testing.T, cfg Config) {
	t.Helper()
	dir := filepath.Join(cfg.ClaudeDir, "projects", transcript.ProjectKey(cfg.Dir))
	os.MkdirAll(dir, 0o700)
	line := `{"type":"assistant","timestamp":"` + time.Now().Add(time.Minute).UTC().Format(time.RFC3339Nano) + `","isApiErrorMessage":true,"apiErrorStatus":500,"apiErrorType":"api_error","error":"server_error","requestId":"req_1","message":{"model":"<synthetic>","content":[{"type":"text","text":"API Error: 500 Internal server error."}]}}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, testSession+".jsonl"), []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestSignalIsForwardedAndEndsTheRun(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	cfg, _ := config(t, "exec sleep 30", sigs)
	time.AfterFunc(200*time.Millisecond, func() { sigs <- syscall.SIGTERM })
	start := time.Now()
	s := Run(context.Background(), cfg)
	if s.Outcome != "interrupted" || s.ExitCode != 128+int(syscall.SIGTERM) || s.Attempts != 1 {
		t.Errorf("summary %+v", s)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the run took %s after the signal", took)
	}
}

func TestSignalEndsAWait(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	cfg, stderr := config(t, "exit 1", sigs)
	failTranscript(t, cfg)
	time.AfterFunc(300*time.Millisecond, func() { sigs <- syscall.SIGINT })
	s := Run(context.Background(), cfg)
	if s.Outcome != "interrupted" || s.ExitCode != 128+int(syscall.SIGINT) || len(s.Waits) != 1 {
		t.Errorf("summary %+v", s)
	}
	if !strings.Contains(stderr.String(), "backing off 1h0m0s, until") || !strings.Contains(stderr.String(), "during the wait: stopped") {
		t.Errorf("stderr:\n%s", stderr)
	}
}

func TestFailureWithoutAPIErrorIsClaudeCodes(t *testing.T) {
	cfg, stderr := config(t, "exit 3", nil)
	s := Run(context.Background(), cfg)
	if s.Outcome != "failed" || s.ExitCode != 3 || s.Attempts != 1 || len(s.Failures) != 0 {
		t.Errorf("summary %+v\n%s", s, stderr)
	}
}

func TestNewUUID(t *testing.T) {
	a, b := NewUUID(), NewUUID()
	if a == b || !looksLikeUUID(a) || a[14] != '4' || !strings.ContainsRune("89ab", rune(a[19])) {
		t.Errorf("NewUUID = %q, %q", a, b)
	}
}

// TestCompactionThatFailsStops: /compact itself failing "prompt is too
// long" is tried once, then the run stops.
func TestCompactionThatFailsStops(t *testing.T) {
	// The stand-in fails every run, /compact included (its resumed command
	// line is not a valid script: sh exits non-zero).
	cfg, stderr := config(t, "exit 1", nil)
	dir := filepath.Join(cfg.ClaudeDir, "projects", transcript.ProjectKey(cfg.Dir))
	os.MkdirAll(dir, 0o700)
	// History, then a "prompt is too long" stamped in the future: every run
	// of the stand-in looks like it failed that way.
	lines := `{"type":"assistant","timestamp":"2026-12-03T08:00:00Z","message":{"model":"claude-opus-5-5","content":[{"type":"text","text":"ok"}],"usage":{"input_tokens":10,"output_tokens":1}}}` + "\n" +
		`{"type":"assistant","timestamp":"` + time.Now().Add(time.Minute).UTC().Format(time.RFC3339Nano) + `","isApiErrorMessage":true,"apiErrorStatus":400,"apiErrorType":"invalid_request_error","error":"invalid_request","message":{"model":"<synthetic>","content":[{"type":"text","text":"Prompt is too long"}]},"errorDetails":"400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 250000 tokens > 200000 maximum\"}}"}` + "\n"
	os.WriteFile(filepath.Join(dir, testSession+".jsonl"), []byte(lines), 0o600)
	done := make(chan Summary, 1)
	go func() { done <- Run(context.Background(), cfg) }()
	select {
	case s := <-done:
		if s.Outcome != "stopped" || s.Compactions != 0 || s.ExitCode == 0 || s.Attempts != 1 {
			t.Errorf("summary %+v\n%s", s, stderr)
		}
		if !strings.Contains(stderr.String(), "even after /compact") {
			t.Errorf("stderr:\n%s", stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the run did not stop: compaction retried forever?")
	}
}
