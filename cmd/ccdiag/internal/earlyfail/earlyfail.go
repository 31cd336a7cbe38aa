// Package earlyfail prints the desktop notification of a StopFailure that
// package earlyrec just recorded, during package initialisation, from a
// table generated from the catalogue (notifytable.go) — for a first failure
// and for a streak of the same failure — right after earlyrec's init.
//
// Go initialises packages in import-path order among those whose imports
// are done (Go spec, "Package initialization"), so how early this init runs
// depends on what it imports: like earlyrec, only packages that sort early
// or that the runtime needs anyway, hooks/state/record, jsontop, safefile
// and cachedir. One import of strings, bytes or gjson would bring unicode,
// and every ready package that sorts before it (crypto/…, compress/…,
// encoding/json, …) would initialise first; path/filepath, regexp or
// os/exec would let x/text, goldmark, yaml… go first as well.
// TestEarlyFailImports keeps the list short; cmd/ccdiag's hook.txtar checks
// the order with GODEBUG=inittrace=1.
package earlyfail

import (
	"os"
	"time"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyrec"
)

func init() {
	if !earlyrec.Notify {
		return
	}
	// The generated table answers the usual case before any heavy init;
	// the rest waits for package earlyhook and the catalogue.
	if out, ok := FastNotification(earlyrec.Payload, os.Getenv, time.Now()); ok {
		os.Stdout.Write(out)
		os.Exit(0)
	}
}
