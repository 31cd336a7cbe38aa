package main

import (
	"context"
	"encoding/json"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/internal/doctor"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

type doctorOptions struct {
	JSON        bool
	Models      cli.StringSlice
	ProbeModels bool
	Timeout     time.Duration
}

func doctorCommand(io *iostreams.IOStreams) *cli.Command {
	opts := &doctorOptions{}
	return &cli.Command{
		Name:  "doctor",
		Usage: "check the status page and your path to the API: DNS, proxy, TLS, auth, models, environment",
		Description: "Runs every check at once, each with its own deadline; the whole run ends within --timeout.\n" +
			"Keys are shown only as fingerprints (sk-ant-…wxyz), proxy credentials as ***.\n\n" +
			"Exit codes: 0 no check failed, 1 one or more checks failed (the JSON's counts say how many),\n" +
			"2 usage error, 3 internal failure.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON", Destination: &opts.JSON},
			&cli.StringSliceFlag{Name: "model", Usage: "also check this model name (repeatable)", Destination: &opts.Models},
			&cli.BoolFlag{Name: "probe-models", Usage: "ask the free count_tokens endpoint about each configured model", Destination: &opts.ProbeModels},
			&cli.DurationFlag{Name: "timeout", Value: doctor.DefaultTimeout, Usage: "deadline for the whole run", Destination: &opts.Timeout},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("doctor takes no arguments")
			}
			if opts.Timeout <= 0 {
				return usageErrorf("--timeout must be positive")
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runDoctor(ctx, io, opts)
		},
	}
}

func runDoctor(ctx context.Context, io *iostreams.IOStreams, opts *doctorOptions) error {
	checkTimeout := min(doctor.DefaultCheckTimeout, opts.Timeout*4/5)
	statusTimeout := min(statuspage.DefaultTimeout, checkTimeout*3/4)
	rep := doctor.Run(ctx, doctor.Deps{
		Getenv: io.Getenv,
		StatusPage: func(ctx context.Context) statuspage.Summary {
			return statuspage.New(statuspage.Options{Getenv: io.Getenv, Timeout: statusTimeout}).Fetch(ctx)
		},
		Timeout:      opts.Timeout,
		CheckTimeout: checkTimeout,
		Models:       opts.Models.Value(),
		ProbeModels:  opts.ProbeModels,
	})
	redactor(io).Strings(&rep) // quotes the status page, the gateway and the environment
	if opts.JSON {
		enc := json.NewEncoder(io.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else if err := doctor.Render(io.Out, rep, io.ColorScheme()); err != nil {
		return err
	}
	if rep.Failures() > 0 {
		return silentExit(exitFindings)
	}
	return nil
}
