package main

import (
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyhook"
	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyrec"
	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// maxHookInput bounds what the hook reads from stdin (a pasted prompt can be big).
const maxHookInput = 8 << 20

func hookCommand(io *iostreams.IOStreams) *cli.Command {
	return &cli.Command{
		Name:  "hook",
		Usage: "Claude Code hook entry point: event JSON on stdin (always exits 0)",
		Description: "Register it for StopFailure, UserPromptSubmit, SessionStart and Stop (`ccdiag install` does).\n" +
			"StopFailure records the failed turn in one small write; the next UserPromptSubmit prints the advice\n" +
			"once as {\"systemMessage\":\"ccdiag: …\"}; Stop ends a failure streak; SessionStart prunes old state.\n" +
			"State lives in $CCDIAG_STATE_DIR (default $XDG_STATE_HOME/ccdiag).",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "no-notify", Usage: "no desktop notification (OSC 9) when a turn fails; also " + hooks.NoNotifyEnv + "=1"},
		},
		Action: func(c *cli.Context) error {
			runHook(io, c.Bool("no-notify"))
			return nil
		},
	}
}

// runHook is the whole hook: read stdin, handle the event, print its
// output. A real `ccdiag hook` run is answered earlier, during package
// initialisation (cmd/ccdiag/internal/earlyhook); this path serves the
// in-process CLI and a terminal on stdin.
func runHook(s *iostreams.IOStreams, noNotify bool) {
	if f, ok := s.In.(*os.File); ok && isTTY(f) {
		return // run by hand without input: nothing to do, and never block
	}
	payload, _ := io.ReadAll(io.LimitReader(s.In, maxHookInput))
	rt := earlyhook.Runtime(s.Getenv, s.ErrOut)
	args := []string{"hook"}
	if noNotify {
		args = append(args, hooks.NoNotifyFlag)
	}
	if recorded, _ := state.RecordStopFailure(payload, rt.StateDir, rt.Now()); recorded {
		if earlyrec.WantsNotification(args, s.Getenv) {
			s.Out.Write(hooks.Notification(payload, rt))
		}
		return
	}
	out := hooks.Handle(payload, rt)
	if len(out) > 0 {
		s.Out.Write(out)
	}
}

func isTTY(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
