package claudemd

import (
	"bufio"
	"fmt"
	"io"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// TextPrinter writes one line per finding,
// "path:line:col: severity: message [rule-id]", then a summary line.
type TextPrinter struct {
	Color *iostreams.ColorScheme
}

// Print implements Printer.
func (p *TextPrinter) Print(w io.Writer, r *Result) error {
	cs := p.Color
	if cs == nil {
		cs = iostreams.NewColorScheme(false)
	}
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		sev := f.Severity.String()
		switch f.Severity {
		case SeverityError:
			sev = cs.Red(sev)
		case SeverityWarning:
			sev = cs.Yellow(sev)
		default:
			sev = cs.Cyan(sev)
		}
		fmt.Fprintf(bw, "%s: %s: %s %s\n", cs.Bold(fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Column)), sev, f.Message, cs.Gray("["+f.Rule+"]"))
	}
	if line := omittedLine(r); line != "" {
		fmt.Fprintln(bw, line)
	}
	t := r.Totals
	fmt.Fprintf(bw, "%s; %d %s at startup, %s chars (≈%s tokens, estimated at %d chars/token; limits %s per file, %s in total)\n",
		summaryCounts(t), t.StartupFiles, plural(t.StartupFiles, "file loads", "files load"), comma(t.StartupChars), comma(t.StartupTokens),
		t.CharsPerToken, comma(t.FileLimit), comma(t.TotalLimit))
	return bw.Flush()
}

// omittedLine says how many findings the caps left out, or "".
func omittedLine(r *Result) string {
	if r.Omitted == 0 {
		return ""
	}
	return fmt.Sprintf("%s more %s not shown (at most %s per file and %s per run)",
		comma(r.Omitted), plural(r.Omitted, "finding", "findings"), comma(MaxFindingsPerFile), comma(MaxFindings))
}

func summaryCounts(t Totals) string {
	if t.Errors+t.Warnings+t.Infos == 0 {
		return fmt.Sprintf("no problems in %d %s", t.Files, plural(t.Files, "file", "files"))
	}
	return fmt.Sprintf("%d %s, %d %s, %d info in %d %s", t.Errors, plural(t.Errors, "error", "errors"),
		t.Warnings, plural(t.Warnings, "warning", "warnings"), t.Infos, t.Files, plural(t.Files, "file", "files"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
