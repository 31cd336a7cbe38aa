// Package earlyfail records a StopFailure hook event during package
// initialisation, before almost anything else in the binary starts: Claude
// Code kills a StopFailure hook ~17 ms after spawning it.
//
// Go initialises packages in import-path order among those whose imports
// are done (Go spec, "Package initialization"), so how early this init runs
// depends on what it imports: only hooks/state, gjson and packages the
// runtime needs anyway. A package that sorts late (path/filepath, regexp,
// net/url, os/exec…) in its imports would let every ready package before it
// — crypto, x/text, goldmark, yaml… — initialise first. TestEarlyFailImports
// keeps the list short; cmd/ccdiag's hook.txtar checks the order with
// GODEBUG=inittrace=1.
//
// Every other invocation falls through; for `ccdiag hook` the stdin already
// read is kept in Payload for the normal path.
package earlyfail

import (
	"io"
	"os"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state"
)

// maxInput bounds what is read from stdin (a pasted prompt can be big).
const maxInput = 8 << 20

// Payload is the hook's stdin when Read is true: this package consumed it
// and later code must use Payload instead of reading stdin again.
var (
	Payload []byte
	Read    bool
)

func init() {
	if len(os.Args) != 2 || os.Args[1] != "hook" {
		return
	}
	if fi, err := os.Stdin.Stat(); err != nil || fi.Mode()&os.ModeCharDevice != 0 {
		return // run by hand without input: the normal path decides
	}
	Payload, _ = io.ReadAll(io.LimitReader(os.Stdin, maxInput))
	Read = true
	ok, err := state.RecordStopFailure(Payload, state.Dir(os.Getenv), time.Now())
	if !ok {
		return
	}
	if err != nil {
		// Never a failure: Claude Code ignores StopFailure output anyway.
		os.Stderr.WriteString("ccdiag hook: cannot record the failure: " + err.Error() + "\n")
	}
	os.Exit(0)
}
