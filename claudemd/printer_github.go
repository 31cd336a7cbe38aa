package claudemd

import (
	"bufio"
	"fmt"
	"io"
	"strings"
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
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
