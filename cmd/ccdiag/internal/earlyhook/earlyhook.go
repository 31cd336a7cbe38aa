// Package earlyhook runs `ccdiag hook` for StopFailure during package
// initialisation, before the heavy third-party packages the binary also
// links (mcp-go's JSON-schema compiler, goldmark, …) run their init
// functions: Claude Code kills a StopFailure hook ~17 ms after spawning it,
// and those inits alone take several milliseconds.
//
// It works because Go initialises packages in import-path order among those
// whose imports are done (Go spec, "Package initialization"): this package
// and its imports (stdlib, hooks, gjson) all sort before or are needed
// before github.com/santhosh-tekuri/…, github.com/yuin/goldmark, etc., so
// its init runs first. TestEarlyHookRunsBeforeHeavyInits in cmd/ccdiag
// checks that order with GODEBUG=inittrace=1.
//
// Only cmd/ccdiag imports it. Every other event (and any other command)
// falls through to the normal path, with stdin kept in Payload.
package earlyhook

import (
	"io"
	"os"

	"github.com/ccdiag/ccdiag/hooks"
)

// maxInput bounds what is read from stdin.
const maxInput = 8 << 20

// Payload is the hook's stdin when Read is true: the early path consumed it
// and the normal path must use this instead of reading stdin again.
var (
	Payload []byte
	Read    bool
)

func init() {
	if len(os.Args) != 2 || os.Args[1] != "hook" {
		return
	}
	if fi, err := os.Stdin.Stat(); err != nil || fi.Mode()&os.ModeCharDevice != 0 {
		return // no input, or a terminal: let the normal path decide
	}
	Payload, _ = io.ReadAll(io.LimitReader(os.Stdin, maxInput))
	Read = true
	if !hooks.IsStopFailure(Payload) {
		return
	}
	hooks.Handle(Payload, hooks.Runtime{Getenv: os.Getenv, StateDir: hooks.StateDir(os.Getenv), Stderr: os.Stderr})
	os.Exit(0)
}
