// Command gen writes earlyfail's notifytable.go (run by go generate in
// cmd/ccdiag/internal/earlyfail).
package main

import (
	"fmt"
	"os"

	"github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyfail/internal/notifygen"
)

func main() {
	src, err := notifygen.Generate(notifygen.VocabDir)
	if err == nil {
		err = os.WriteFile("notifytable.go", src, 0o644) //nolint:gosec // a committed source file, world-readable like the rest
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "notifygen:", err)
		os.Exit(1)
	}
}
