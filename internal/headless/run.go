// Package headless runs a headless Claude Code command (`claude -p …`) and
// keeps the task alive through failures that waiting or a known step cures:
// it learns each run's outcome from what Claude Code records (the session
// transcript, the hook's state file) and its exit status — never from its
// terminal output — asks package retry for the next move, and resumes the
// same session. Claude Code's stdout is passed through untouched; ccdiag's
// own lines go to stderr.
package headless

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/claudeargs"
	"github.com/ccdiag/ccdiag/internal/retry"
	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// Exit codes of a run besides Claude Code's own status.
const (
	// ExitGaveUp: the failure was curable but a budget (--max-attempts,
	// --max-wait) ran out. EX_TEMPFAIL: try again later.
	ExitGaveUp = 75
	// ExitCannotRun: the command could not be started or parsed.
	ExitCannotRun = 2
)

// DefaultContinuePrompt is the prompt a resumed run gets.
const DefaultContinuePrompt = "Continue the task you were working on. Your previous response was cut off by an API error."

// Config is one `ccdiag run`.
type Config struct {
	Command claudeargs.Command
	Options retry.Options
	// ContinuePrompt is sent when resuming; DefaultContinuePrompt when "".
	ContinuePrompt string
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Env is Claude Code's environment (nil = ours).
	Env []string
	// Dir is the working directory Claude Code runs in (its project).
	Dir string
	// ClaudeDir is Claude Code's config folder ($CLAUDE_CONFIG_DIR or ~/.claude).
	ClaudeDir string
	// StateDir is the hook's state folder (hooks/state.Dir).
	StateDir string
	Now      func() time.Time
	// Sleep waits d or until ctx ends.
	Sleep func(ctx context.Context, d time.Duration) error
	// Rand is the jitter source, uniform in [0, 1).
	Rand func() float64
	// Incidents returns the cached status page's open incidents (never blocks).
	Incidents func() []retry.Incident
	// NewSessionID returns a fresh UUID.
	NewSessionID func() string
	// Signals delivers SIGINT/SIGTERM: forwarded to Claude Code, and the run ends.
	Signals <-chan os.Signal
}

// Summary is what happened, for the last stderr line and --json-summary.
type Summary struct {
	SessionID string `json:"session_id"`
	// Outcome is ok, failed (Claude Code failed and ccdiag had nothing to
	// do), stopped (not curable: advice given), gave_up (budget spent) or
	// interrupted.
	Outcome     string        `json:"outcome"`
	ExitCode    int           `json:"exit_code"`
	Attempts    int           `json:"attempts"`
	Compactions int           `json:"compactions"`
	Waits       []WaitRecord  `json:"waits"`
	Switches    []string      `json:"model_switches"`
	Failures    []FailureNote `json:"failures"`
	// Advice is the last decision's reason and the catalogue's first step, when the run stopped.
	Advice      string  `json:"advice,omitempty"`
	WaitedSecs  float64 `json:"waited_seconds"`
	ElapsedSecs float64 `json:"elapsed_seconds"`
}

// WaitRecord is one wait.
type WaitRecord struct {
	Seconds float64   `json:"seconds"`
	Until   time.Time `json:"until"`
	Reason  string    `json:"reason"`
}

// FailureNote is one failed run, as learned.
type FailureNote struct {
	Category  apierror.Category `json:"category"`
	Status    int               `json:"http_status,omitempty"`
	RequestID string            `json:"request_id,omitempty"`
	Model     string            `json:"model,omitempty"`
	Decision  retry.Kind        `json:"decision"`
}

// Run runs the task to its end and returns what happened; the exit status
// to use is Summary.ExitCode.
func Run(ctx context.Context, cfg Config) Summary {
	r := &runner{cfg: cfg, start: cfg.Now()}
	r.run(ctx)
	r.sum.ElapsedSecs = cfg.Now().Sub(r.start).Seconds()
	r.sum.WaitedSecs = r.st.Waited.Seconds()
	return r.sum
}

type runner struct {
	cfg   Config
	start time.Time
	sum   Summary
	st    retry.State
	id    string
	model string // --model of resumed runs after a switch ("" = the user's)
}

// say prints one line on stderr through the output guard: reasons quote
// status-page incident names and Claude Code's messages.
func (r *runner) say(format string, args ...any) {
	fmt.Fprintln(r.cfg.Stderr, "ccdiag run: "+sanitize.Line(fmt.Sprintf(format, args...), 2000))
}

func (r *runner) run(ctx context.Context) {
	c := r.cfg.Command
	r.sum.Waits, r.sum.Switches, r.sum.Failures = []WaitRecord{}, []string{}, []FailureNote{}
	prompt := r.cfg.ContinuePrompt
	if prompt == "" {
		prompt = DefaultContinuePrompt
	}
	switch {
	case c.SessionID != "":
		r.id = c.SessionID
	case c.Resume != "" && looksLikeUUID(c.Resume):
		r.id = c.Resume
	case c.Continue || c.Resume != "":
		// --continue picks this folder's newest session, and keeps its id.
		r.id = newestSession(r.projectDir(), time.Time{})
	default:
		r.id = r.cfg.NewSessionID()
	}
	args := c.First(r.id)
	stdin := r.cfg.Stdin
	compacting := false
	for {
		began := r.cfg.Now()
		code, sig, err := r.exec(ctx, args, stdin)
		stdin = nil
		if err != nil {
			r.say("cannot run %s: %v", c.Argv[0], err)
			r.finish("failed", ExitCannotRun)
			return
		}
		if !compacting {
			r.st.Attempts++
		}
		r.sum.Attempts = r.st.Attempts
		if r.id == "" {
			r.id = newestSession(r.projectDir(), began.Add(-time.Second))
		}
		if sig != nil {
			r.say("%v: stopped", sig)
			r.finish("interrupted", code)
			return
		}
		f, failed := r.outcome(code, began)
		if code == 0 {
			if compacting {
				compacting = false
				r.sum.Compactions++
				r.say("session compacted; resuming")
				args = c.Resumed(r.id, prompt, r.model)
				continue
			}
			if len(r.st.Failures) > 0 {
				r.say("recovered")
			}
			r.finish("ok", 0)
			return
		}
		if !failed {
			// Claude Code failed without an API error in its transcript
			// (bad flags, a crash, a tool limit): nothing ccdiag can cure.
			r.finish("failed", code)
			return
		}
		compacting = false
		r.st.Failures = append(r.st.Failures, f.Failure)
		r.st.Model = r.model
		if r.st.Model == "" {
			r.st.Model = c.Model
		}
		if r.cfg.Incidents != nil {
			r.st.Incidents = r.cfg.Incidents()
		}
		d := retry.Decide(r.st, r.cfg.Options, r.cfg.Now(), r.cfg.Rand)
		r.sum.Failures = append(r.sum.Failures, FailureNote{Category: f.Category, Status: f.status,
			RequestID: f.requestID, Model: f.Model, Decision: d.Kind})
		r.say("attempt %d failed: %s", r.st.Attempts, f.describe())
		switch d.Kind {
		case retry.Wait:
			r.say("%s", d.Reason)
			r.markAdvised("wait")
			r.sum.Waits = append(r.sum.Waits, WaitRecord{Seconds: d.Delay.Seconds(), Until: d.Until, Reason: d.Reason})
			if sig := r.sleep(ctx, d.Delay); sig != nil {
				r.say("%v during the wait: stopped", sig)
				r.finish("interrupted", 128+signum(sig))
				return
			}
			r.st.Waited += d.Delay
			args = c.Resumed(r.id, prompt, r.model)
		case retry.Switch:
			r.say("%s", d.Reason)
			r.markAdvised("--model " + d.Model)
			r.model = d.Model
			r.sum.Switches = append(r.sum.Switches, d.Model)
			args = c.Resumed(r.id, prompt, r.model)
		case retry.Compact:
			r.say("%s", d.Reason)
			r.markAdvised("/compact")
			// Counted when tried: a compaction that itself fails "too long"
			// must not be tried forever.
			r.st.Compactions++
			compacting = true
			args = c.Compact(r.id, r.model)
		case retry.Stop, retry.GiveUp:
			r.sum.Advice = d.Reason
			r.say("%s", d.Reason)
			if step := f.firstStep(); step != "" {
				r.sum.Advice += " — " + step
				r.say("advice: %s", step)
			}
			r.markAdvised(string(d.Kind))
			if d.Kind == retry.GiveUp {
				r.finish("gave_up", ExitGaveUp)
			} else {
				r.finish("stopped", code)
			}
			return
		}
	}
}

func (r *runner) finish(outcome string, code int) {
	r.sum.Outcome, r.sum.ExitCode, r.sum.SessionID = outcome, code, r.id
	r.sum.Attempts = r.st.Attempts
}

// exec runs one Claude Code command with our stdout and stderr. A signal
// received meanwhile is forwarded and returned.
func (r *runner) exec(ctx context.Context, argv []string, stdin io.Reader) (code int, sig os.Signal, err error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, r.cfg.Stdout, r.cfg.Stderr
	cmd.Env, cmd.Dir = r.cfg.Env, r.cfg.Dir
	if err := cmd.Start(); err != nil {
		return 0, nil, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for {
		select {
		case s := <-r.cfg.Signals:
			sig = s
			_ = cmd.Process.Signal(s)
		case <-ctx.Done():
			if sig == nil {
				sig = syscall.SIGTERM
				_ = cmd.Process.Signal(syscall.SIGTERM)
			}
		case werr := <-done:
			var ee *exec.ExitError
			switch {
			case werr == nil:
				return 0, sig, nil
			case errors.As(werr, &ee):
				code = ee.ExitCode()
				if code < 0 { // killed by a signal
					if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
						code = 128 + int(ws.Signal())
					}
				}
				return code, sig, nil
			}
			return 0, sig, werr
		}
	}
}

// sleep waits d; a signal (or the context ending) cuts it short.
func (r *runner) sleep(ctx context.Context, d time.Duration) os.Signal {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	got := make(chan os.Signal, 1)
	go func() {
		select {
		case s := <-r.cfg.Signals:
			got <- s
			cancel()
		case <-ctx.Done():
		}
	}()
	err := r.cfg.Sleep(ctx, d)
	cancel()
	select {
	case s := <-got:
		return s
	default:
	}
	if err != nil {
		return syscall.SIGTERM
	}
	return nil
}

func signum(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return int(n)
	}
	return int(syscall.SIGTERM)
}

// markAdvised records in the hook's state that the user was told (on
// stderr) about the session's failures, so the next prompt in Claude Code
// does not repeat it.
func (r *runner) markAdvised(advice string) {
	if r.cfg.StateDir == "" || r.id == "" {
		return
	}
	rec := state.Encode(state.Record{Time: r.cfg.Now(), Kind: state.KindAdvised, Source: "run", Advice: advice})
	if err := state.Append(state.SessionFile(r.cfg.StateDir, r.id), rec); err != nil {
		r.say("cannot write state: %v", err)
	}
}

func looksLikeUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, c := range s {
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if c != '-' {
				return false
			}
		case !strings.ContainsRune("0123456789abcdefABCDEF", c):
			return false
		}
	}
	return true
}

// NewUUID returns a random (version 4) UUID, the form --session-id takes.
func NewUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
