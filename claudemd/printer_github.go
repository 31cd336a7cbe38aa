package claudemd

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"
)

// GitHubPrinter writes GitHub Actions workflow commands
// (::error file=…,line=…,col=…,title=…::message) so findings show up as
// annotations on the pull request.
type GitHubPrinter struct{}

// Print implements Printer.
func (GitHubPrinter) Print(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		level := "notice"
		switch f.Severity {
		case SeverityError:
			level = "error"
		case SeverityWarning:
			level = "warning"
		}
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level,
			escapeProperty(f.Path), f.Line, f.Column, escapeProperty("ccdiag "+f.Rule), escapeData(f.Message+" ["+f.Rule+"]"))
	}
	if line := omittedLine(r); line != "" {
		fmt.Fprintf(bw, "::warning title=ccdiag::%s\n", escapeData(line))
	}
	return bw.Flush()
}

// escapeData and escapeProperty follow the toolkit's command escaping.
// The replacers are built once: building one per finding cost more than
// the rest of the printer.
func escapeData(s string) string { return dataEscaper().Replace(s) }

func escapeProperty(s string) string { return propertyEscaper().Replace(s) }

var (
	dataEscaper     = sync.OnceValue(func() *strings.Replacer { return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A") })
	propertyEscaper = sync.OnceValue(func() *strings.Replacer {
		return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	})
)
