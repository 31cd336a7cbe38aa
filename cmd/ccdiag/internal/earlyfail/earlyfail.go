// Package earlyfail prints the desktop notification of a StopFailure that
// package earlyrec just recorded, during package initialisation, from a
// table generated from the catalogue (notifytable.go): before any heavy
// third-party init runs.
//
// Go initialises packages in import-path order among those whose imports
// are done (Go spec, "Package initialization"), so how early this init runs
// depends on what it imports: only hooks/state, gjson and packages the
// runtime needs anyway. A package that sorts late (path/filepath, regexp,
// net/url, os/exec…) in its imports would let every ready package before it
// — crypto, x/text, goldmark, yaml… — initialise first. TestEarlyFailImports
// keeps the list short; cmd/ccdiag's hook.txtar checks the order with
// GODEBUG=inittrace=1.
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
