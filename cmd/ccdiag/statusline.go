package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

type statuslineOptions struct {
	Wrap        string
	WrapTimeout time.Duration
}

func statuslineCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &statuslineOptions{}
	return &cli.Command{
		Name:  "statusline",
		Usage: "Claude Code status-line command: model, context used, last failure and its fix, status page",
		Description: "Reads Claude Code's status-line JSON on stdin and prints one line. It never touches the network\n" +
			"(a stale status cache is refreshed in the background) and always exits 0. NO_COLOR turns colours off.\n" +
			"--wrap 'CMD' runs your existing status-line command with the same input and appends ccdiag's segment.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "wrap", Usage: "shell command of an existing status line to run first", Destination: &opts.Wrap},
			&cli.DurationFlag{Name: "wrap-timeout", Value: 2 * time.Second, Usage: "deadline for the --wrap command", Destination: &opts.WrapTimeout},
		},
		Action: func(c *cli.Context) error {
			runStatusline(c.Context, io, opts)
			return nil
		},
	}
}

func runStatusline(ctx context.Context, s *iostreams.IOStreams, opts *statuslineOptions) {
	var payload []byte
	if f, ok := s.In.(*os.File); !ok || !isTTY(f) {
		payload, _ = io.ReadAll(io.LimitReader(s.In, maxHookInput))
	}
	// Claude Code renders ANSI colours although stdout is a pipe: only
	// NO_COLOR turns them off here.
	cs := iostreams.NewColorScheme(s.Getenv("NO_COLOR") == "")
	ours := hooks.StatusLine(payload, hooks.Runtime{
		Getenv:   s.Getenv,
		Now:      time.Now,
		StateDir: hooks.StateDir(s.Getenv),
		Status:   cachedStatus(s.Getenv),
	}, cs)
	line := ours
	if opts.Wrap != "" {
		line = hooks.JoinStatusLines(runWrapped(ctx, opts.Wrap, opts.WrapTimeout, payload, s.ErrOut), ours, cs)
	}
	fmt.Fprintln(s.Out, line)
}

// runWrapped runs the user's own status-line command with the same input
// and returns its output; a failure or timeout gives "" (the line goes on).
func runWrapped(ctx context.Context, command string, timeout time.Duration, stdin []byte, stderr io.Writer) string {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", command)
	cmd.Stdin = bytes.NewReader(stdin)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = stderr
	cmd.WaitDelay = 100 * time.Millisecond
	_ = cmd.Run()
	return out.String()
}
