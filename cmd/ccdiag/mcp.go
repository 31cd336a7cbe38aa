package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/mcp"
)

type mcpOptions struct {
	HTTP          string
	AllowNonLocal bool
}

func mcpCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &mcpOptions{}
	return &cli.Command{
		Name:  "mcp",
		Usage: "serve ccdiag's tools to MCP clients (stdio; --http for streamable HTTP)",
		Description: "Register it with Claude Code: claude mcp add ccdiag -- ccdiag mcp\n" +
			"stdout carries only the protocol; logs go to stderr.\n" +
			"--http 127.0.0.1:PORT serves streamable HTTP at /mcp on loopback (port 0 picks one and prints it on stderr);\n" +
			"binding to any other address needs --allow-non-loopback.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "http", Usage: "serve streamable HTTP on `ADDR` (e.g. 127.0.0.1:8765) instead of stdio", Destination: &opts.HTTP},
			&cli.BoolFlag{Name: "allow-non-loopback", Usage: "allow --http to bind to a non-loopback address (anyone who can reach it can use the tools)", Destination: &opts.AllowNonLocal},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("mcp takes no arguments")
			}
			if opts.HTTP != "" && !mcp.IsLoopback(opts.HTTP) && !opts.AllowNonLocal {
				return usageErrorf("--http %s is not a loopback address; use 127.0.0.1:PORT, or add --allow-non-loopback to expose the server", opts.HTTP)
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runMCP(ctx, io, opts)
		},
	}
}

func runMCP(ctx context.Context, io *iostreams.IOStreams, opts *mcpOptions) error {
	s := mcp.NewServer(mcp.Deps{Version: appVersion(), Getenv: io.Getenv, Log: io.ErrOut})
	if opts.HTTP == "" {
		return mcp.ServeStdio(ctx, s, io.In, io.Out, io.ErrOut)
	}
	if !mcp.IsLoopback(opts.HTTP) {
		fmt.Fprintf(io.ErrOut, "ccdiag mcp: WARNING: serving on %s, beyond loopback: anyone who can reach it can call the tools (DNS-rebinding protection only covers loopback)\n", opts.HTTP)
	}
	return mcp.ServeHTTP(ctx, s, opts.HTTP, func(url string) {
		fmt.Fprintf(io.ErrOut, "ccdiag mcp: serving streamable HTTP at %s\n", url)
	})
}
