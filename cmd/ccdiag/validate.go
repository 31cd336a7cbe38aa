package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/msgcheck"
	"github.com/ccdiag/ccdiag/internal/safefile"
)

type validateOptions struct {
	JSON  bool
	Model string
}

func validateCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &validateOptions{}
	return &cli.Command{
		Name:      "validate",
		Usage:     "check a Messages API request body for what the API would reject, before sending it",
		ArgsUsage: "FILE|-",
		Description: "Reads the JSON body from FILE (or stdin with -) and lists each problem with its JSONPath:\n" +
			"roles, empty content, max_tokens, thinking budget, tool_use/tool_result pairing, tool names and\n" +
			"schemas, images (base64, media type, 5 MB), invisible/bidi Unicode, the 32 MB limit.\n\n" +
			"Exit codes: 0 the API should accept it (warnings allowed), 1 errors found, 2 unreadable input.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON", Destination: &opts.JSON},
			&cli.StringFlag{Name: "model", Usage: "model id for limits when the body names none", Destination: &opts.Model},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErrorf("validate takes one FILE, or - for stdin")
			}
			body, err := readInput(io, c.Args().First(), msgcheck.MaxBodyBytes+1)
			if err != nil {
				return inputError(err)
			}
			r := msgcheck.NewReport(body, msgcheck.Options{Model: opts.Model})
			redactor(io).Strings(&r) // problems quote the request
			if opts.JSON {
				enc := json.NewEncoder(io.Out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(r); err != nil {
					return err
				}
			} else {
				fmt.Fprintln(io.Out, r.Text())
			}
			if !r.Valid {
				return silentExit(exitFindings)
			}
			return nil
		},
	}
}

// readInput reads FILE, or stdin for "-", up to max bytes (more is cut: the
// checks report the size from what was read).
func readInput(ios *iostreams.IOStreams, name string, max int64) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = ios.In
	} else {
		f, _, err := safefile.Open(name) // a FIFO or a device is refused, not waited on
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, max))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return b, nil
}
