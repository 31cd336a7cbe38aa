package main

import (
	"errors"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/claudemd"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// lintOptions are the flags of ccdiag lint.
type lintOptions struct {
	format        string
	failOn        string
	model         string
	contextWindow int
	user          bool
	report        bool
	fix           bool
	config        string
}

func lintCommand(io *iostreams.IOStreams) *cli.Command {
	o := &lintOptions{}
	return &cli.Command{
		Name:      "lint",
		Usage:     "lint CLAUDE.md memory files the way Claude Code loads them",
		ArgsUsage: "[PATH…]",
		Description: "Lints every memory file under PATH (default: the current directory): CLAUDE.md, .claude/CLAUDE.md,\n" +
			"CLAUDE.local.md, .claude/rules/**/*.md, nested CLAUDE.md files and everything they @import.\n" +
			"--report shows what Claude Code loads at startup in one directory (ancestors, user and managed files).\n\n" +
			"Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or config error, 3 internal failure.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(claudemd.Formats(), ", "), Destination: &o.format},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding reaches this severity: error, warning, info", Destination: &o.failOn},
			&cli.StringFlag{Name: "model", Usage: "model whose context window and chars-per-token set the size limits", Destination: &o.model},
			&cli.IntFlag{Name: "context-window", Usage: "context window in tokens (overrides --model's)", Destination: &o.contextWindow},
			&cli.BoolFlag{Name: "user", Usage: "also lint ~/.claude/CLAUDE.md and ~/.claude/rules/", Destination: &o.user},
			&cli.BoolFlag{Name: "report", Usage: "show what loads at startup in PATH: a tree with chars, tokens and sections", Destination: &o.report},
			&cli.BoolFlag{Name: "fix", Usage: "apply safe mechanical fixes (BOM, CRLF, punctuation after an import, repeated import lines)", Destination: &o.fix},
			&cli.StringFlag{Name: "config", Usage: "config file (default: PATH/" + claudemd.ConfigFile + " when present)", Destination: &o.config},
		},
		Action: func(c *cli.Context) error { return runLint(c, io, o) },
	}
}

func runLint(c *cli.Context, io *iostreams.IOStreams, o *lintOptions) error {
	failOn, err := claudemd.ParseSeverity(o.failOn)
	if err != nil || failOn == claudemd.SeverityOff {
		return usageErrorf("--fail-on: want error, warning or info, got %q", o.failOn)
	}
	if o.contextWindow < 0 {
		return usageErrorf("--context-window must be positive")
	}
	if o.report && c.NArg() > 1 {
		return usageErrorf("--report takes one directory")
	}
	if o.report && o.fix {
		return usageErrorf("--report and --fix do not combine")
	}
	printer, err := claudemd.NewPrinter(o.format, io.ColorScheme(), appVersion())
	if err != nil {
		return usageErrorf("--format: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	home := io.Getenv("HOME")
	opts := claudemd.Options{
		Paths: c.Args().Slice(), Cwd: wd, Home: home, ManagedDir: "/etc/claude-code",
		User: o.user, Startup: o.report, Sections: o.report,
		Model: o.model, ContextWindow: o.contextWindow, ConfigPath: o.config,
	}
	// A whole-tree lint allocates in bursts; a soft memory limit makes the
	// collector keep peak RSS near the 50 MB budget (GOMEMLIMIT still wins).
	if io.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(32 << 20)
	}
	var res *claudemd.Result
	if o.fix {
		res, err = claudemd.Fix(opts)
	} else {
		res, err = claudemd.Lint(opts)
	}
	var ce *claudemd.ConfigError
	var pe *claudemd.PathError
	switch {
	case errors.As(err, &ce), errors.As(err, &pe):
		return inputError(err)
	case err != nil:
		return err
	}
	redactor(io).Strings(res) // file names, headings and quoted text are the tree's
	for _, line := range res.Fixes {
		io.ErrOut.Write([]byte("fixed " + line + "\n"))
	}
	for _, line := range res.NotFixed {
		io.ErrOut.Write([]byte("not fixed " + line + "\n"))
	}
	if o.report && o.format == "text" {
		dir := "."
		if c.NArg() == 1 {
			dir = c.Args().First()
		}
		printer = claudemd.ReportPrinter{Dir: dir}
	}
	if err := printer.Print(io.Out, res); err != nil {
		return err
	}
	if res.Max() >= failOn {
		return silentExit(exitFindings)
	}
	return nil
}
