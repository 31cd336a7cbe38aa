package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

type statusOptions struct {
	JSON         bool
	Watch        bool
	Interval     time.Duration
	Timeout      time.Duration
	Cached       bool
	RefreshCache bool
}

func statusCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &statusOptions{}
	return &cli.Command{
		Name:  "status",
		Usage: "show Anthropic's status page: Claude API, Claude Code, claude.ai, incidents",
		Description: "Reads https://status.claude.com (falling back to https://anthropic.statuspage.io);\n" +
			"CCDIAG_STATUS_URL overrides the base URL. Results are cached for a minute.\n\n" +
			"Exit codes: 0 operational, 1 degraded (incident, outage or maintenance), 3 status unknown.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON", Destination: &opts.JSON},
			&cli.BoolFlag{Name: "watch", Usage: "keep checking and print each change until interrupted", Destination: &opts.Watch},
			&cli.DurationFlag{Name: "interval", Value: time.Minute, Usage: "time between checks with --watch", Destination: &opts.Interval},
			&cli.DurationFlag{Name: "timeout", Value: statuspage.DefaultTimeout, Usage: "deadline for one check", Destination: &opts.Timeout},
			&cli.BoolFlag{Name: "cached", Usage: "print the cached summary without going to the network", Destination: &opts.Cached},
			&cli.BoolFlag{Name: "refresh-cache", Hidden: true, Destination: &opts.RefreshCache},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("status takes no arguments")
			}
			if opts.Interval <= 0 || opts.Timeout <= 0 {
				return usageErrorf("--interval and --timeout must be positive")
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runStatus(ctx, io, opts)
		},
	}
}

func newStatusClient(io *iostreams.IOStreams, timeout time.Duration) *statuspage.Client {
	return statuspage.New(statuspage.Options{Getenv: io.Getenv, Timeout: timeout})
}

func runStatus(ctx context.Context, io *iostreams.IOStreams, opts *statusOptions) error {
	client := newStatusClient(io, opts.Timeout)
	if opts.RefreshCache {
		// The detached background refresher: quiet, always exits 0.
		client.RefreshCache(ctx)
		return nil
	}
	if opts.Watch {
		return silentExit(watchStatus(ctx, io, opts, client.Fetch, time.Now))
	}
	var s statuspage.Summary
	if opts.Cached {
		s = client.Cached().Summary
	} else {
		s = client.Fetch(ctx)
	}
	if err := printStatus(io, opts.JSON, s, time.Now()); err != nil {
		return err
	}
	return silentExit(statusExitCode(s))
}

func printStatus(io *iostreams.IOStreams, asJSON bool, s statuspage.Summary, now time.Time) error {
	redactor(io).Strings(&s) // incident names are remote text
	if asJSON {
		enc := json.NewEncoder(io.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	return statuspage.Render(io.Out, s, now, io.ColorScheme())
}

// statusExitCode: 0 operational, 1 degraded, 3 unknown.
func statusExitCode(s statuspage.Summary) int {
	switch s.State {
	case statuspage.Operational:
		return exitOK
	case statuspage.Degraded:
		return exitFindings
	}
	return exitInternal
}

// watchStatus checks every interval and prints the summary whenever what it
// says changes, until ctx is cancelled; it returns the last state's exit code.
func watchStatus(ctx context.Context, io *iostreams.IOStreams, opts *statusOptions,
	fetch func(context.Context) statuspage.Summary, now func() time.Time) int {
	last, code := "", exitInternal
	for {
		s := fetch(ctx)
		if ctx.Err() != nil {
			return code
		}
		code = statusExitCode(s)
		if key := watchKey(s); key != last {
			last = key
			if opts.JSON {
				_ = printStatus(io, true, s, now())
			} else {
				redactor(io).Strings(&s)
				fmt.Fprintf(io.Out, "%s %s\n", io.ColorScheme().Gray(now().Format("15:04:05")), s.Headline(now()))
				printIncidentLines(io.Out, s)
			}
		}
		select {
		case <-ctx.Done():
			return code
		case <-time.After(opts.Interval):
		}
	}
}

// watchKey is what counts as a change: everything but the fetch time.
func watchKey(s statuspage.Summary) string {
	s.FetchedAt = time.Time{}
	s.Source = ""
	b, _ := json.Marshal(s)
	return string(b)
}

func printIncidentLines(w io.Writer, s statuspage.Summary) {
	for _, in := range s.Incidents {
		fmt.Fprintf(w, "  %s: %s %s\n", in.Status, in.Name, in.Shortlink)
	}
}
