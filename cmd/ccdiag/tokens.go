package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/tokens"
)

type tokensOptions struct {
	JSON    bool
	Model   string
	Exact   bool
	Timeout time.Duration
}

func tokensCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &tokensOptions{}
	return &cli.Command{
		Name:      "tokens",
		Usage:     "estimate how many tokens a file costs, by Claude Code's chars-per-token rule",
		ArgsUsage: "FILE|-",
		Description: "Prints an estimate: characters ÷ chars-per-token (4 for older models, 3 for newer), as Claude Code\n" +
			"sizes CLAUDE.md. --exact asks the API's free count_tokens endpoint instead (needs ANTHROPIC_API_KEY or\n" +
			"ANTHROPIC_AUTH_TOKEN; honours ANTHROPIC_BASE_URL); a Messages API JSON body is counted as a request.\n\n" +
			"Exit codes: 0 ok, 1 the exact count failed, 2 unreadable input or no credentials for --exact.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the count as JSON", Destination: &opts.JSON},
			&cli.StringFlag{Name: "model", Usage: "model id or alias (sets chars-per-token and the context window)", Destination: &opts.Model},
			&cli.BoolFlag{Name: "exact", Usage: "count with POST /v1/messages/count_tokens", Destination: &opts.Exact},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "deadline for --exact", Destination: &opts.Timeout},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErrorf("tokens takes one FILE, or - for stdin")
			}
			input, err := readInput(io, c.Args().First(), 64<<20)
			if err != nil {
				return inputError(err)
			}
			count := tokens.Estimate(input, opts.Model)
			if opts.Exact {
				counter := tokens.Counter{HTTP: &http.Client{Timeout: opts.Timeout}, Getenv: io.Getenv}
				if !counter.HasCredentials() {
					return usageErrorf("%v", tokens.ErrNoCredentials)
				}
				ctx, cancel := context.WithTimeout(c.Context, opts.Timeout)
				defer cancel()
				if count, err = counter.Count(ctx, input, opts.Model); err != nil {
					fmt.Fprintf(io.ErrOut, "ccdiag: %s\n", redactor(io).Redact(err.Error()).Terminal())
					return silentExit(exitFindings)
				}
			}
			redactor(io).Strings(&count)
			if opts.JSON {
				enc := json.NewEncoder(io.Out)
				enc.SetIndent("", "  ")
				return enc.Encode(count)
			}
			fmt.Fprintln(io.Out, count.Text())
			return nil
		},
	}
}
