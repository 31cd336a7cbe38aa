package claudemd

import (
	"fmt"
	"io"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// Printer writes a Result in one output format.
type Printer interface {
	Print(w io.Writer, r *Result) error
}

// Formats lists the --format values.
func Formats() []string { return []string{"text", "json", "sarif", "github"} }

// NewPrinter returns the printer for a --format value.
func NewPrinter(format string, cs *iostreams.ColorScheme, version string) (Printer, error) {
	switch format {
	case "text", "":
		return &TextPrinter{Color: cs}, nil
	case "json":
		return JSONPrinter{}, nil
	case "sarif":
		return SARIFPrinter{Version: version}, nil
	case "github":
		return GitHubPrinter{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want text, json, sarif or github)", format)
}
