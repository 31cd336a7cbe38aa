package main

import (
	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func uninstallCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &installOptions{}
	return &cli.Command{
		Name:      "uninstall",
		Usage:     "remove exactly what `ccdiag install` added",
		UsageText: "ccdiag uninstall [--scope user|project|local] [--dry-run] [--binary PATH] [--no-statusline] [--no-mcp]\nccdiag uninstall --statusline-only",
		Description: "Removes ccdiag's hook commands (and groups and events they leave empty), a ccdiag status line\n" +
			"(a --wrap one gives your command back) and the MCP registration. Every other byte stays as it is;\n" +
			"a file install created and that holds nothing else is removed, so no trace is left.\n\n" +
			"Examples:\n" +
			"  ccdiag uninstall --dry-run            # show exactly what would change\n" +
			"  ccdiag uninstall                      # your user settings\n" +
			"  ccdiag uninstall --scope project      # this repository's shared settings\n" +
			"  ccdiag uninstall --statusline-only    # give the status line back, keep the hooks\n\n" +
			"Exit codes: 0 done (or nothing to do), 2 bad flags or settings that cannot be edited safely (nothing is\n" +
			"written), 3 write failure.",
		Flags: []cli.Flag{
			scopeFlag(opts),
			&cli.BoolFlag{Name: "dry-run", Usage: "print what would change (a diff, or \"nothing\") and write nothing", Destination: &opts.DryRun},
			&cli.StringFlag{Name: "binary", Usage: "the ccdiag `PATH` install wrote, when it is not named ccdiag", Destination: &opts.Binary},
			&cli.BoolFlag{Name: "no-statusline", Usage: "leave the status line alone", Destination: &opts.NoStatusLine},
			&cli.BoolFlag{Name: "no-mcp", Usage: "leave the MCP registration alone", Destination: &opts.NoMCP},
			&cli.BoolFlag{Name: "statusline-only", Usage: "only remove the status line (what /ccdiag:setup added)", Destination: &opts.StatusLineOnly},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("uninstall takes no arguments")
			}
			return runInstall(c.Context, io, opts, true)
		},
	}
}
