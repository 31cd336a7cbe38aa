// Package e2e drives `ccdiag run` around the real Claude Code (npm
// @anthropic-ai/claude-code, pinned in .ci/clients) against the fake
// Messages API, with ccdiag's hooks installed into a throwaway HOME. It only
// runs when CCDIAG_E2E_CLAUDE and CCDIAG_E2E_CCDIAG name the two binaries,
// inside a loopback-only network namespace (see .ci/e2e/run.sh).
//
// Every scenario runs in the three output formats; Claude Code's stdout is
// captured by a tee wrapper around it, and ccdiag's stdout must be the same
// bytes.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/claudeargs"
	"github.com/ccdiag/ccdiag/internal/fakes"
	"github.com/ccdiag/ccdiag/internal/models"
)

var formats = []string{"text", "json", "stream-json"}

type env struct {
	t       *testing.T
	claude  string // the tee wrapper around the real claude
	ccdiag  string
	home    string
	project string
	teeOut  string
	api     *fakes.MessagesAPI
	vars    []string
}

func setup(t *testing.T) *env {
	t.Helper()
	claude, ccdiag := fakes.RealClients(t, ".ci/e2e/run.sh")
	root := t.TempDir()
	e := &env{t: t, ccdiag: ccdiag, home: filepath.Join(root, "home"), project: filepath.Join(root, "project"),
		teeOut: filepath.Join(root, "claude-stdout")}
	for _, d := range []string{e.home, e.project} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// What Claude Code itself printed, attempt after attempt.
	e.claude = filepath.Join(root, "claude")
	wrapper := "#!/bin/bash\nset -o pipefail\n" + shellQuote(claude) + ` "$@" | tee -a ` + shellQuote(e.teeOut) + "\nexit ${PIPESTATUS[0]}\n"
	if err := os.WriteFile(e.claude, []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	key := "sk-ant-test-key-e2e-0123456789abcdefghij"
	cfg := map[string]any{"hasCompletedOnboarding": true, "theme": "dark",
		"customApiKeyResponses": map[string]any{"approved": []string{key[len(key)-20:]}},
		"projects":              map[string]any{e.project: map[string]any{"hasTrustDialogAccepted": true}}}
	b, _ := json.Marshal(cfg)
	if err := os.WriteFile(filepath.Join(e.home, ".claude.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	e.api = fakes.NewMessagesAPI()
	srv := httptest.NewServer(e.api)
	t.Cleanup(srv.Close)
	e.vars = []string{
		"HOME=" + e.home,
		"PATH=" + os.Getenv("PATH"),
		"ANTHROPIC_BASE_URL=" + srv.URL,
		"ANTHROPIC_API_KEY=" + key,
		// Claude Code's own retries off: each failed request is one failed run.
		"CLAUDE_CODE_MAX_RETRIES=0",
		"DISABLE_TELEMETRY=1",
		"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1",
		"DISABLE_AUTOUPDATER=1",
		"DISABLE_ERROR_REPORTING=1",
		"CCDIAG_STATE_DIR=" + filepath.Join(e.home, "state"),
		"CCDIAG_CACHE_DIR=" + filepath.Join(e.home, "cache"),
	}
	cmd := exec.Command(e.ccdiag, "install", "--no-mcp", "--binary", e.ccdiag)
	cmd.Env, cmd.Dir = e.vars, e.project
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ccdiag install: %v\n%s", err, out)
	}
	return e
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// setenv replaces or adds one variable of Claude Code's environment.
func (e *env) setenv(kv string) {
	name := kv[:strings.IndexByte(kv, '=')+1]
	for i, v := range e.vars {
		if strings.HasPrefix(v, name) {
			e.vars[i] = kv
			return
		}
	}
	e.vars = append(e.vars, kv)
}

type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
	summary        map[string]any
}

// run runs `ccdiag run [flags] -- claude -p …` and checks that its stdout is
// what Claude Code printed.
func (e *env) run(flags []string, claudeArgs ...string) result {
	e.t.Helper()
	os.Remove(e.teeOut)
	sumPath := filepath.Join(e.t.TempDir(), "summary.json")
	args := append([]string{"run", "--json-summary", sumPath}, flags...)
	args = append(append(args, "--", e.claude, "-p"), claudeArgs...)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.ccdiag, args...)
	cmd.Env, cmd.Dir = e.vars, e.project
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		e.t.Fatalf("ccdiag run: %v\n%s", err, r.stderr)
	}
	claudeOut, _ := os.ReadFile(e.teeOut)
	if !bytes.Equal(claudeOut, stdout.Bytes()) {
		e.t.Errorf("ccdiag's stdout differs from Claude Code's:\nccdiag: %q\nclaude: %q", r.stdout, claudeOut)
	}
	if b, err := os.ReadFile(sumPath); err == nil {
		json.Unmarshal(b, &r.summary)
	}
	e.t.Logf("ccdiag run %s → exit %d in %s\nstderr:\n%s", strings.Join(claudeArgs, " "), r.code, r.took.Round(time.Millisecond), r.stderr)
	return r
}

// sessionOf is the session id Claude Code sent with a request.
func sessionOf(r fakes.MessagesRequest) string {
	var body struct {
		Metadata struct {
			UserID string `json:"user_id"`
		} `json:"metadata"`
	}
	json.Unmarshal(r.Body, &body)
	var uid struct {
		SessionID string `json:"session_id"`
	}
	json.Unmarshal([]byte(body.Metadata.UserID), &uid)
	return uid.SessionID
}

// compaction reports whether a request is Claude Code's compaction call.
func compaction(r fakes.MessagesRequest) bool {
	return bytes.Contains(r.Body, []byte("Respond with TEXT ONLY. Do NOT call any tools."))
}

func fmtArgs(format string) []string {
	if format == "stream-json" {
		return []string{"--output-format", format, "--verbose"}
	}
	return []string{"--output-format", format}
}

// TestThreeTurnsThrough529 is a three-turn task (three `ccdiag run` calls on
// one session) whose second turn meets 529 three times.
func TestThreeTurnsThrough529(t *testing.T) {
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			e := setup(t)
			e.api.Then(fakes.MessagesSuccess("ANSWER-ONE"),
				fakes.MessagesOverloaded(), fakes.MessagesOverloaded(), fakes.MessagesOverloaded(),
				fakes.MessagesSuccess("ANSWER-TWO"), fakes.MessagesSuccess("FINAL-ANSWER"))
			flags := []string{"--initial-wait", "1s", "--switch-after", "0"}
			r1 := e.run(flags, append(fmtArgs(format), "STEP-ONE: list the files")...)
			id, _ := r1.summary["session_id"].(string)
			if r1.code != 0 || id == "" || !strings.Contains(r1.stdout, "ANSWER-ONE") {
				t.Fatalf("turn one: exit %d, session %q, stdout %q", r1.code, id, r1.stdout)
			}
			r2 := e.run(flags, append(fmtArgs(format), "--resume", id, "STEP-TWO: fix the test")...)
			if r2.code != 0 || !strings.Contains(r2.stdout, "ANSWER-TWO") {
				t.Fatalf("turn two: exit %d, stdout %q", r2.code, r2.stdout)
			}
			if n := strings.Count(r2.stderr, "backing off"); n != 3 {
				t.Errorf("turn two announced %d waits, want 3", n)
			}
			if !regexp.MustCompile(`backing off \d+s, until \d\d:\d\d:\d\d UTC`).MatchString(r2.stderr) {
				t.Errorf("a wait is not announced with its end time")
			}
			r3 := e.run(flags, append(fmtArgs(format), "--resume", id, "STEP-THREE: summarise")...)
			if r3.code != 0 || !strings.Contains(r3.stdout, "FINAL-ANSWER") {
				t.Fatalf("turn three: exit %d, stdout %q", r3.code, r3.stdout)
			}

			reqs := e.api.Requests()
			if len(reqs) != 6 {
				t.Fatalf("%d requests, want 6", len(reqs))
			}
			for i, r := range reqs {
				if s := sessionOf(r); s != id {
					t.Errorf("request %d carries session %q, want %q", i, s, id)
				}
			}
			// Every resumed request carries the earlier turns.
			for i, r := range reqs[1:] {
				if !bytes.Contains(r.Body, []byte("STEP-ONE")) || !bytes.Contains(r.Body, []byte("ANSWER-ONE")) {
					t.Errorf("request %d lacks turn one", i+1)
				}
			}
			if last := reqs[5].Body; !bytes.Contains(last, []byte("ANSWER-TWO")) || !bytes.Contains(last, []byte("STEP-THREE")) {
				t.Errorf("the last request lacks turn two")
			}
			// Backoff: each retry comes at least --initial-wait after the failure.
			for i := 2; i <= 4; i++ {
				if gap := reqs[i].Time.Sub(reqs[i-1].Time); gap < time.Second {
					t.Errorf("request %d came %s after the failure before it, want ≥ 1s", i, gap)
				}
			}
			t.Logf("request gaps in turn two: %s, %s, %s", reqs[2].Time.Sub(reqs[1].Time).Round(time.Millisecond),
				reqs[3].Time.Sub(reqs[2].Time).Round(time.Millisecond), reqs[4].Time.Sub(reqs[3].Time).Round(time.Millisecond))
		})
	}
}

// TestServerErrorsSwitchFamily: 500s on one model past --switch-after move
// the session to another family.
func TestServerErrorsSwitchFamily(t *testing.T) {
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			e := setup(t)
			e.api.Then(fakes.MessagesError500(), fakes.MessagesError500(), fakes.MessagesSuccess("DONE-ON-OTHER-FAMILY"))
			r := e.run([]string{"--initial-wait", "1s", "--switch-after", "2"}, append(fmtArgs(format), "--model", "opus", "do it")...)
			if r.code != 0 || !strings.Contains(r.stdout, "DONE-ON-OTHER-FAMILY") {
				t.Fatalf("exit %d, stdout %q", r.code, r.stdout)
			}
			reqs := e.api.Requests()
			if len(reqs) != 3 {
				t.Fatalf("%d requests, want 3", len(reqs))
			}
			first, last := models.Family(reqs[0].Model), models.Family(reqs[2].Model)
			if first != models.Opus || last == first || last == "" {
				t.Errorf("families: first %q (%s), last %q (%s)", first, reqs[0].Model, last, reqs[2].Model)
			}
			if !strings.Contains(r.stderr, "switching to --model sonnet") {
				t.Errorf("the switch is not announced")
			}
		})
	}
}

// TestPromptTooLongCompacts: with Claude Code's auto-compaction off, a
// "prompt is too long" turn is compacted by ccdiag, then resumed.
func TestPromptTooLongCompacts(t *testing.T) {
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			e := setup(t)
			e.setenv("DISABLE_AUTO_COMPACT=1")
			e.api.Then(fakes.MessagesSuccess("FIRST"), fakes.MessagesPromptTooLong())
			e.api.SetDefault(fakes.MessagesSuccess("AFTER-COMPACT"))
			r1 := e.run(nil, append(fmtArgs(format), "first turn")...)
			id, _ := r1.summary["session_id"].(string)
			r := e.run([]string{"--initial-wait", "1s"}, append(fmtArgs(format), "--resume", id, "second turn")...)
			if r.code != 0 || !strings.Contains(r.stdout, "AFTER-COMPACT") {
				t.Fatalf("exit %d, stdout %q", r.code, r.stdout)
			}
			reqs := e.api.Requests()
			var seq []string
			for _, q := range reqs {
				switch {
				case q.Reply != 200:
					seq = append(seq, "fail")
				case compaction(q):
					seq = append(seq, "compact")
				default:
					seq = append(seq, "ok")
				}
			}
			got := strings.Join(seq, ",")
			if !regexp.MustCompile(`^ok,fail,(compact,)+ok$`).MatchString(got) {
				t.Errorf("requests: %s, want ok,fail,compact…,ok", got)
			}
			if c, _ := r.summary["compactions"].(float64); c != 1 {
				t.Errorf("summary compactions %v", r.summary["compactions"])
			}
		})
	}
}

// TestAuthErrorStops: a 401 is not retried; the advice is on stderr.
func TestAuthErrorStops(t *testing.T) {
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			e := setup(t)
			e.api.SetDefault(fakes.MessagesUnauthorized())
			r := e.run([]string{"--initial-wait", "1s"}, append(fmtArgs(format), "hi")...)
			if r.code == 0 || r.code == 75 {
				t.Errorf("exit %d, want Claude Code's own failure status", r.code)
			}
			if n := len(e.api.Requests()); n != 1 {
				t.Errorf("%d requests, want 1 (no retry)", n)
			}
			if !strings.Contains(r.stderr, "not curable") || !strings.Contains(r.stderr, "advice: ") {
				t.Errorf("no advice on stderr")
			}
			if r.took > 20*time.Second {
				t.Errorf("took %s", r.took)
			}
		})
	}
}

// TestUsageLimitWaitsForReset: a subscription's usage limit (Claude Code
// logged in with a token) resets a few seconds ahead; --wait-for-reset waits
// for it and resumes.
func TestUsageLimitWaitsForReset(t *testing.T) {
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			e := setup(t)
			// The usage-limit message is a subscription's: log in with a token, not a key.
			for i, v := range e.vars {
				if strings.HasPrefix(v, "ANTHROPIC_API_KEY=") {
					e.vars[i] = "CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-e2e-token"
				}
			}
			reset := time.Now().Add(4 * time.Second).Truncate(time.Second)
			e.api.Then(fakes.MessagesUsageLimit(reset), fakes.MessagesSuccess("AFTER-RESET"))
			r := e.run([]string{"--initial-wait", "1s", "--wait-for-reset"}, append(fmtArgs(format), "hi")...)
			if r.code != 0 || !strings.Contains(r.stdout, "AFTER-RESET") {
				t.Fatalf("exit %d, stdout %q", r.code, r.stdout)
			}
			reqs := e.api.Requests()
			if len(reqs) != 2 || reqs[1].Time.Before(reset) {
				t.Errorf("%d requests; the resumed one came before the reset (%s)", len(reqs), reset.Format(time.TimeOnly))
			}
			if !strings.Contains(r.stderr, "usage limit reached; waiting for its reset") {
				t.Errorf("the wait for the reset is not announced")
			}
		})
	}
}

// TestUsageLimitStops: without --wait-for-reset the run stops with the reset time.
func TestUsageLimitStops(t *testing.T) {
	t.Run("text", usageLimitStops)
}

func usageLimitStops(t *testing.T) {
	e := setup(t)
	for i, v := range e.vars {
		if strings.HasPrefix(v, "ANTHROPIC_API_KEY=") {
			e.vars[i] = "CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-e2e-token"
		}
	}
	e.api.SetDefault(fakes.MessagesUsageLimit(time.Now().Add(time.Hour)))
	r := e.run(nil, "hi")
	if r.code == 0 || len(e.api.Requests()) != 1 || !strings.Contains(r.stderr, "it resets at") {
		t.Errorf("exit %d, %d requests", r.code, len(e.api.Requests()))
	}
}

// TestSIGTERMEndsTheRun: a SIGTERM during a wait ends the run at once.
func TestSIGTERMEndsTheRun(t *testing.T) {
	t.Run("text", func(t *testing.T) {
		e := setup(t)
		e.api.SetDefault(fakes.MessagesOverloaded())
		cmd := exec.Command(e.ccdiag, "run", "--initial-wait", "60s", "--", e.claude, "-p", "hi")
		cmd.Env, cmd.Dir = e.vars, e.project
		pipe, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		waiting, done := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(done)
			sc := bufio.NewScanner(pipe)
			for sc.Scan() {
				stderr.WriteString(sc.Text() + "\n")
				if strings.Contains(sc.Text(), "backing off") {
					close(waiting)
				}
			}
		}()
		select {
		case <-waiting:
		case <-time.After(60 * time.Second):
			t.Fatal("no wait announced")
		}
		sent := time.Now()
		cmd.Process.Signal(syscall.SIGTERM)
		<-done
		err = cmd.Wait()
		ee, _ := err.(*exec.ExitError)
		if ee == nil || ee.ExitCode() != 128+int(syscall.SIGTERM) || time.Since(sent) > 5*time.Second {
			t.Errorf("after SIGTERM: %v in %s\n%s", err, time.Since(sent), stderr.String())
		}
		if !strings.Contains(stderr.String(), "during the wait: stopped") {
			t.Errorf("stderr:\n%s", stderr.String())
		}
	})
}

// TestOptionTableMatchesClaude checks internal/claudeargs against the real
// `claude --help`: every option it lists with a value is known with the same
// arity, and every option the table knows (but a few hidden ones) exists.
func TestOptionTableMatchesClaude(t *testing.T) {
	claude := os.Getenv("CCDIAG_E2E_CLAUDE")
	if claude == "" {
		t.Skip("set CCDIAG_E2E_CLAUDE (run .ci/e2e/run.sh)")
	}
	t.Run("help", func(t *testing.T) {
		out, err := exec.Command(claude, "--help").Output()
		if err != nil {
			t.Fatal(err)
		}
		line := regexp.MustCompile(`(?m)^  ((?:-[a-zA-Z], )?--[a-zA-Z-]+(?:, --[a-zA-Z-]+)?)(?: (<[^>]+>|\[[^\]]+\]))?  `)
		seen := 0
		for _, m := range line.FindAllStringSubmatch(string(out), -1) {
			want := "flag"
			switch {
			case strings.HasSuffix(m[2], "...>"):
				want = "variadic"
			case strings.HasPrefix(m[2], "<"):
				want = "required"
			case strings.HasPrefix(m[2], "["):
				want = "optional"
			}
			for _, name := range strings.Split(m[1], ", ") {
				seen++
				if got := claudeargs.Arity(name); got != want {
					t.Errorf("%s: claude --help says %s, claudeargs says %s", name, want, got)
				}
			}
		}
		if seen < 40 {
			t.Fatalf("read only %d options from claude --help", seen)
		}
	})
}
