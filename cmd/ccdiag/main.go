// Command ccdiag diagnoses Claude API failures, checks the path to the API,
// lints CLAUDE.md files and runs as a Claude Code hook and MCP server.
package main

import (
	"os"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func main() {
	// Fast path: Claude Code kills a StopFailure hook ~17 ms after spawning
	// it, so `ccdiag hook` skips building the command tree (it takes no flags).
	if len(os.Args) == 2 && os.Args[1] == "hook" {
		runHook(iostreams.System())
		return
	}
	os.Exit(run(os.Args, iostreams.System()))
}
