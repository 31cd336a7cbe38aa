package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// diagnoseOptions are the inputs of `ccdiag diagnose`.
type diagnoseOptions struct {
	Text    []string
	JSON    bool
	BaseURL string
	Model   string
	// APIKeySet: ANTHROPIC_API_KEY is set here, so it overrides a /login.
	APIKeySet bool
}

func diagnoseCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &diagnoseOptions{}
	return &cli.Command{
		Name:      "diagnose",
		Usage:     "classify a Claude API error and say what to do",
		ArgsUsage: "[TEXT…]",
		Description: `Reads the error text Claude Code (or an SDK, a gateway, a proxy) printed — from the
arguments, or from stdin when there are none or the only one is "-" — and says what
failed, whose move it is, and the steps to take. Messy pastes are fine: terminal
wrapping, ⎿/⏺ prefixes, JSON escaped in stack traces, several errors (the last one
shown is diagnosed, the others are listed). Text that only mentions an error
("500 tests passed", your own server's 500 in a tool output) is reported as category
"none". Only the last 1 MiB of a larger input is examined.

Examples:
   ccdiag diagnose 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'
   pbpaste | ccdiag diagnose
   ccdiag diagnose --json - < error.txt
   ccdiag diagnose --base-url https://llm-gateway.example.com 'API Error: 502 Bad Gateway'
   ccdiag diagnose --model opus 'Opus is experiencing high load'

Exit codes:
   0  diagnosed (any category, including "none": the diagnosis is the output)
   2  usage error, unreadable or empty input
   3  internal failure`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print one JSON object (the Diagnosis) instead of text", Destination: &opts.JSON},
			&cli.StringFlag{Name: "base-url", Usage: "the `URL` Claude Code talks to; a non-Anthropic one means a gateway (default: $ANTHROPIC_BASE_URL)", Destination: &opts.BaseURL},
			&cli.StringFlag{Name: "model", Usage: "the `MODEL` in use, to pick the /model switch to suggest (default: $ANTHROPIC_MODEL)", Destination: &opts.Model},
		},
		Action: func(c *cli.Context) error {
			opts.Text = c.Args().Slice()
			if !c.IsSet("base-url") {
				opts.BaseURL = io.Getenv("ANTHROPIC_BASE_URL")
			}
			if !c.IsSet("model") {
				opts.Model = io.Getenv("ANTHROPIC_MODEL")
			}
			opts.APIKeySet = io.Getenv("ANTHROPIC_API_KEY") != ""
			return runDiagnose(io, opts)
		},
	}
}

func runDiagnose(ios *iostreams.IOStreams, opts *diagnoseOptions) error {
	var text string
	if len(opts.Text) == 0 || (len(opts.Text) == 1 && opts.Text[0] == "-") {
		t, err := readTail(ios.In, apierror.MaxInput+1)
		if err != nil {
			return inputError(fmt.Errorf("reading stdin: %w", err))
		}
		text = t
	} else {
		text = strings.Join(opts.Text, " ")
	}
	if strings.TrimSpace(text) == "" {
		return inputError(errors.New("nothing to diagnose: pass the error text as arguments or on stdin"))
	}
	d := apierror.Diagnose(text, apierror.Options{BaseURL: opts.BaseURL, Model: opts.Model, APIKeySet: opts.APIKeySet, Now: time.Now})
	redactor(ios).Strings(&d) // input fields are echoed: keys and escapes must not be
	if opts.JSON {
		enc := json.NewEncoder(ios.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("writing JSON: %w", err)
		}
		if d.InputTruncated {
			fmt.Fprintf(ios.ErrOut, "ccdiag: input larger than %d MiB; only the last %d MiB was examined\n", apierror.MaxInput>>20, apierror.MaxInput>>20)
		}
		return nil
	}
	return apierror.WriteText(ios.Out, d, ios.ColorScheme())
}

// readTail reads r to the end and keeps only its last n bytes, so a huge
// input costs bounded memory. Keeping one byte more than Diagnose reads lets
// it tell that the input was cut.
func readTail(r io.Reader, n int) (string, error) {
	buf := make([]byte, 0, 64<<10)
	chunk := make([]byte, 64<<10)
	for {
		k, err := r.Read(chunk)
		buf = append(buf, chunk[:k]...)
		if len(buf) > 2*n {
			buf = append(buf[:0], buf[len(buf)-n:]...)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
	}
	if len(buf) > n {
		buf = buf[len(buf)-n:]
	}
	return string(buf), nil
}
