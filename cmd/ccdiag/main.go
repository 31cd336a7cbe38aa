// Command ccdiag diagnoses Claude API failures, checks the path to the API,
// lints CLAUDE.md files and runs as a Claude Code hook and MCP server.
package main

import (
	"os"

	// `ccdiag hook` and `ccdiag statusline` are answered during package
	// initialisation, before heavy third-party inits (see its doc).
	_ "github.com/ccdiag/ccdiag/cmd/ccdiag/internal/earlyhook"
	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func main() {
	os.Exit(run(os.Args, iostreams.System()))
}
