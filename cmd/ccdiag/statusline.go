package main

import (
	"io"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyhook"
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
			&cli.DurationFlag{Name: "wrap-timeout", Value: earlyhook.WrapTimeout, Usage: "deadline for the --wrap command", Destination: &opts.WrapTimeout},
		},
		Action: func(c *cli.Context) error {
			var in []byte
			if f, ok := io.In.(*os.File); !ok || !isTTY(f) {
				in, _ = readAll(io.In)
			}
			earlyhook.Statusline(c.Context, in, io.Out, io.ErrOut, io.Getenv, opts.Wrap, opts.WrapTimeout)
			return nil
		},
	}
}

func readAll(r io.Reader) ([]byte, error) { return io.ReadAll(io.LimitReader(r, maxHookInput)) }
