// Package earlyrec reads the hook's stdin and records a StopFailure event
// during package initialisation, before almost anything else in the binary
// starts: Claude Code kills a StopFailure hook ~17 ms after spawning it.
//
// Go initialises packages in import-path order among those whose imports
// are done (Go spec, "Package initialization"), so how early this init runs
// depends on what its imports need: it links only packages that sort early
// or that the runtime needs anyway (os, time, strconv, syscall) and
// hooks/state/record. One import of strings or bytes would bring unicode,
// and every ready package sorting before "unicode" (crypto/…, compress/…,
// encoding/json, flag, log, os/signal, …, about 45 inits) would run first;
// TestLeanImports keeps the list short, and cmd/ccdiag's hook.txtar checks
// the order with GODEBUG=inittrace=1.
//
// Every other invocation falls through; for `ccdiag hook` the stdin already
// read is kept in Payload for the later paths (package earlyfail answers the
// desktop notification of a first failure from its table, package earlyhook
// everything else).
package earlyrec

import (
	"io"
	"os"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state/record"
)

// maxInput bounds what is read from stdin (a pasted prompt can be big).
const maxInput = 8 << 20

// Payload is the hook's stdin when Read is true: this package consumed it
// and later code must use Payload instead of reading stdin again. Notify is
// true when a StopFailure was recorded and its desktop notification is
// still to be printed (by package earlyfail or earlyhook).
var (
	Payload []byte
	Read    bool
	Notify  bool
)

// noNotifyFlag and noNotifyEnv are hooks.NoNotifyFlag and hooks.NoNotifyEnv
// (this package must not import hooks; a test keeps them equal).
const (
	noNotifyFlag = "--no-notify"
	noNotifyEnv  = "CCDIAG_NO_NOTIFY"
)

// IsHook reports whether args (os.Args[1:]) are `hook` or `hook --no-notify`.
func IsHook(args []string) bool {
	return len(args) == 1 && args[0] == "hook" || len(args) == 2 && args[0] == "hook" && args[1] == noNotifyFlag
}

// WantsNotification reports whether a failed turn should raise a desktop
// notification: not opted out, and not under `claude -p`, which ignores it.
func WantsNotification(args []string, getenv func(string) string) bool {
	return len(args) < 2 && getenv(noNotifyEnv) == "" && getenv("CLAUDE_CODE_ENTRYPOINT") != "sdk-cli"
}

func init() {
	args := os.Args[1:]
	if !IsHook(args) {
		return
	}
	if fi, err := os.Stdin.Stat(); err != nil || fi.Mode()&os.ModeCharDevice != 0 {
		return // run by hand without input: the normal path decides
	}
	Payload, _ = io.ReadAll(io.LimitReader(os.Stdin, maxInput))
	Read = true
	ok, err := record.StopFailure(Payload, record.Dir(os.Getenv), time.Now())
	if !ok {
		return
	}
	if err != nil {
		// Never a failure: Claude Code ignores StopFailure output anyway.
		os.Stderr.WriteString("ccdiag hook: cannot record the failure: " + err.Error() + "\n")
	}
	if err == nil && WantsNotification(args, os.Getenv) {
		// The record is written; the notification comes after, so a kill
		// now costs only the notification.
		Notify = true
		return
	}
	os.Exit(0)
}
