package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/claudeargs"
	"github.com/ccdiag/ccdiag/internal/headless"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/retry"
	"github.com/ccdiag/ccdiag/internal/safefile"
	"github.com/ccdiag/ccdiag/internal/statuscache"
)

type runOptions struct {
	retry.Options
	ContinuePrompt string
	JSONSummary    string
}

func runCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &runOptions{Options: retry.Defaults()}
	d := retry.Defaults()
	return &cli.Command{
		Name:      "run",
		Usage:     "run `claude -p …` and keep the task alive through API failures (wait, switch model, compact, resume)",
		ArgsUsage: "-- claude -p [CLAUDE ARGS…]",
		Description: "Runs the Claude Code command, passing its arguments through and its stdout through unchanged, in every\n" +
			"output format. It owns the session id (adds --session-id unless you gave --session-id, --resume or --continue).\n" +
			"When a turn fails, it learns why from the session transcript and ccdiag's hook state (never from the\n" +
			"terminal), then — for failures waiting or a known step can cure — waits (backoff with jitter, retry-after,\n" +
			"reset times, longer during an incident on every model), switches to another model family (--switch-after\n" +
			"failures on one model, or an incident naming its family), or runs /compact, and resumes the same session\n" +
			"with `claude -p --resume <id>` and a continuation prompt. Auth, billing, invalid requests, permissions and\n" +
			"missing models are not retried: the advice goes to stderr. Every wait is announced on stderr with its\n" +
			"reason and end time; SIGINT/SIGTERM are forwarded to Claude Code and end the run.\n\n" +
			"Exit status: Claude Code's own when it finished (0 on success, its failure status when ccdiag stopped\n" +
			"because waiting cannot help), 75 when ccdiag gave up on a curable failure (--max-attempts or --max-wait\n" +
			"spent), 128+N after signal N during a wait, 2 for a usage error or a command that cannot be started.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "max-attempts", Value: d.MaxAttempts, Usage: "Claude Code runs for the task, the first included", Destination: &opts.MaxAttempts},
			&cli.DurationFlag{Name: "max-wait", Value: d.MaxWait, Usage: "total time the run may spend waiting", Destination: &opts.MaxWait},
			&cli.DurationFlag{Name: "initial-wait", Value: d.InitialWait, Usage: "first backoff step; it doubles after each failure", Destination: &opts.InitialWait},
			&cli.IntFlag{Name: "switch-after", Value: d.SwitchAfter, Usage: "server errors or overloads on one model before switching family (0 = never)", Destination: &opts.SwitchAfter},
			&cli.BoolFlag{Name: "wait-for-reset", Usage: "on a usage limit, wait for its reset (within --max-wait) instead of stopping", Destination: &opts.WaitForReset},
			&cli.StringFlag{Name: "continue-prompt", Value: headless.DefaultContinuePrompt, Usage: "prompt sent when resuming the session", Destination: &opts.ContinuePrompt},
			&cli.StringFlag{Name: "json-summary", Usage: "write a JSON summary of the run to `FILE`", Destination: &opts.JSONSummary},
		},
		Action: func(c *cli.Context) error {
			return runRun(c.Context, io, opts, c.Args().Slice())
		},
	}
}

func runRun(ctx context.Context, s *iostreams.IOStreams, opts *runOptions, argv []string) error {
	if len(argv) > 0 && argv[0] == "--" {
		argv = argv[1:]
	}
	if opts.MaxAttempts < 1 || opts.MaxWait < 0 || opts.InitialWait <= 0 || opts.SwitchAfter < 0 {
		return usageErrorf("--max-attempts must be ≥ 1, --initial-wait > 0, --max-wait and --switch-after ≥ 0")
	}
	cmd, err := claudeargs.Parse(argv)
	if err != nil {
		return usageErrorf("%v", err)
	}
	dir, err := os.Getwd()
	if err != nil {
		return inputError(err)
	}
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)

	cache := hooks.StatusCache{Dir: statuscache.Dir(s.Getenv), Refresh: statuscache.SpawnRefresh}
	sum := headless.Run(ctx, headless.Config{
		Command:        cmd,
		Options:        opts.Options,
		ContinuePrompt: opts.ContinuePrompt,
		Stdin:          s.In,
		Stdout:         s.Out,
		Stderr:         s.ErrOut,
		Env:            os.Environ(),
		Dir:            dir,
		ClaudeDir:      claudeDir(s.Getenv),
		StateDir:       state.Dir(s.Getenv),
		Now:            time.Now,
		Sleep:          sleepCtx,
		Rand:           rand.Float64,
		Incidents:      func() []retry.Incident { return incidents(cache.Read()) },
		NewSessionID:   headless.NewUUID,
		Signals:        sigs,
	})
	fmt.Fprintln(s.ErrOut, summaryLine(sum))
	if opts.JSONSummary != "" {
		b, _ := json.MarshalIndent(sum, "", "  ")
		err := safefile.Update(opts.JSONSummary, safefile.Limit{Purpose: "run summary", Max: 16 << 20}, safefile.WriteOptions{},
			func([]byte, bool) ([]byte, error) { return append(b, '\n'), nil })
		if err != nil {
			fmt.Fprintf(s.ErrOut, "ccdiag run: cannot write the summary: %v\n", err)
		}
	}
	return silentExit(sum.ExitCode)
}

// summaryLine is the run's last stderr line.
func summaryLine(s headless.Summary) string {
	var waited []string
	if n := len(s.Waits); n > 0 {
		waited = append(waited, fmt.Sprintf("%d wait(s), %s", n, (time.Duration(s.WaitedSecs*float64(time.Second))).Round(time.Second)))
	}
	if len(s.Switches) > 0 {
		waited = append(waited, "switched to "+strings.Join(s.Switches, ", "))
	}
	if s.Compactions > 0 {
		waited = append(waited, fmt.Sprintf("%d compaction(s)", s.Compactions))
	}
	extra := ""
	if len(waited) > 0 {
		extra = ", " + strings.Join(waited, ", ")
	}
	return fmt.Sprintf("ccdiag run: %s after %d attempt(s)%s — session %s, exit %d", s.Outcome, s.Attempts, extra, s.SessionID, s.ExitCode)
}

// claudeDir is Claude Code's config folder: $CLAUDE_CONFIG_DIR or ~/.claude.
func claudeDir(getenv func(string) string) string {
	if d := getenv("CLAUDE_CONFIG_DIR"); d != "" {
		return d
	}
	return filepath.Join(getenv("HOME"), ".claude")
}

func incidents(st *hooks.Status) []retry.Incident {
	if st == nil {
		return nil
	}
	out := make([]retry.Incident, 0, len(st.Incidents))
	for _, in := range st.Incidents {
		out = append(out, retry.Incident{Name: in.Name, Families: in.Families})
	}
	return out
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
