package main

import (
	"io"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyhook"
	"github.com/ccdiag/ccdiag/hooks"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// maxHookInput bounds what the hook reads from stdin (a pasted prompt can be big).
const maxHookInput = 8 << 20

func hookCommand(io *iostreams.IOStreams) *cli.Command {
	return &cli.Command{
		Name:  "hook",
		Usage: "Claude Code hook entry point: event JSON on stdin (always exits 0)",
		Description: "Register it for StopFailure, UserPromptSubmit, SessionStart and Stop (`ccdiag install` does).\n" +
			"StopFailure records the failed turn in one small write; UserPromptSubmit and SessionStart (resume)\n" +
			"print the advice once as {\"systemMessage\":\"ccdiag: …\"}; Stop ends a failure streak.\n" +
			"State lives in $CCDIAG_STATE_DIR (default $XDG_STATE_HOME/ccdiag).",
		Action: func(*cli.Context) error {
			runHook(io)
			return nil
		},
	}
}

// runHook is the whole hook: read stdin, handle the event, print its
// output. It is also called directly from main before the command tree is
// built, because StopFailure is killed ~17 ms after it starts.
func runHook(s *iostreams.IOStreams) {
	var payload []byte
	if earlyhook.Read {
		payload = earlyhook.Payload // stdin, already read during init
	} else {
		if f, ok := s.In.(*os.File); ok && isTTY(f) {
			return // run by hand without input: nothing to do, and never block
		}
		payload, _ = io.ReadAll(io.LimitReader(s.In, maxHookInput))
	}
	out := hooks.Handle(payload, hooks.Runtime{
		Getenv:   s.Getenv,
		Now:      time.Now,
		StateDir: hooks.StateDir(s.Getenv),
		Status:   cachedStatus(s.Getenv),
		Stderr:   s.ErrOut,
	})
	if len(out) > 0 {
		s.Out.Write(out)
	}
}

func isTTY(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
