package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// newApp builds the command tree. Each command lives in its own file and is
// listed here once.
func newApp(io *iostreams.IOStreams) *cli.App {
	app := &cli.App{
		Name:    "ccdiag",
		Usage:   "diagnose Claude API failures and keep Claude Code working",
		Version: versionLine(),
		Description: "ccdiag reads the errors Claude Code prints, checks Anthropic's status page and your path to the API,\n" +
			"lints CLAUDE.md memory files, and runs as a Claude Code hook and MCP server.\n\n" +
			"Exit codes: 0 ok, 1 findings or failed checks, 2 usage error, 3 internal failure.\n\n" +
			"Run 'ccdiag help COMMAND' (or 'ccdiag COMMAND --help') for a command's flags and examples.",
		Reader:    io.In,
		Writer:    io.Out,
		ErrWriter: io.ErrOut,
		Commands: []*cli.Command{
			diagnoseCommand(io),
			statusCommand(io),
			doctorCommand(io),
			hookCommand(io),
			statuslineCommand(io),
			installCommand(io),
			uninstallCommand(io),
			lintCommand(io),
			mcpCommand(io),
			validateCommand(io),
			tokensCommand(io),
			runCommand(io),
		},
		EnableBashCompletion: false,
		// urfave/cli would otherwise call os.Exit inside Run; run() maps errors.
		ExitErrHandler: func(*cli.Context, error) {},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return &exitError{code: exitUsage, cmd: "ccdiag",
					err: fmt.Errorf("unknown command %q", c.Args().First())}
			}
			return cli.ShowAppHelp(c)
		},
	}
	setUsageErrors(app.Commands, "ccdiag")
	addHelp(app.Commands)
	app.OnUsageError = usageHandler("ccdiag")
	return app
}

// setUsageErrors makes flag parsing errors of every command exit 2 with a
// pointer to that command's help, instead of urfave's default dump.
func setUsageErrors(cmds []*cli.Command, parent string) {
	for _, c := range cmds {
		name := parent + " " + c.Name
		if c.OnUsageError == nil {
			c.OnUsageError = usageHandler(name)
		}
		setUsageErrors(c.Subcommands, name)
	}
}

func usageHandler(name string) cli.OnUsageErrorFunc {
	return func(_ *cli.Context, err error, _ bool) error {
		return &exitError{code: exitUsage, err: err, cmd: name}
	}
}

// run is the real entry point: it returns the exit code so tests can run the
// whole CLI in-process.
func run(args []string, io *iostreams.IOStreams) int {
	err := newApp(io).Run(args)
	code, msg := exitCode(err)
	if msg != "" {
		fmt.Fprintf(io.ErrOut, "ccdiag: %s\n", redactor(io).Redact(msg).Terminal())
	}
	return code
}
