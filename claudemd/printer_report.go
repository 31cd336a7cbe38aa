package claudemd

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReportPrinter writes the startup view of --report: every file Claude
// Code loads in one directory as a tree of imports with chars and
// estimated tokens, the total against the limits, and a per-section
// breakdown of the largest file.
type ReportPrinter struct {
	Dir string
}

// Print implements Printer.
func (p ReportPrinter) Print(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	t := r.Totals
	fmt.Fprintf(bw, "Memory Claude Code loads at startup in %s\n", p.Dir)
	fmt.Fprintf(bw, "(%s-token context window, %d chars/token; token counts are estimates)\n\n", comma(t.ContextWindow), t.CharsPerToken)
	width := 0
	for _, f := range r.Files {
		if n := 2*f.Depth + len(f.Path); n > width {
			width = n
		}
	}
	var largest *File
	for _, f := range r.Files {
		indent := strings.Repeat("  ", f.Depth)
		name := f.Path
		if f.Depth > 0 {
			name = "@" + f.Path
		}
		label := string(f.Kind)
		switch f.Loaded {
		case LoadedStartup:
			fmt.Fprintf(bw, "  %-8s %s%-*s %9s chars %8s tokens\n", label, indent, width-len(indent), name, comma(f.Chars), "≈"+comma(f.Tokens))
			if largest == nil || f.Chars > largest.Chars {
				largest = f
			}
		case LoadedLazy:
			why := "lazy"
			if len(f.Paths) > 0 {
				why = "lazy, paths: " + strings.Join(f.Paths, ", ")
			}
			fmt.Fprintf(bw, "  %-8s %s%-*s %9s chars (%s)\n", label, indent, width-len(indent), name, comma(f.Chars), why)
		default:
			fmt.Fprintf(bw, "  %-8s %s%-*s   skipped: %s\n", label, indent, width-len(indent), name, f.SkipReason)
		}
	}
	pct, counted := 0, countedTotal(r.Files, t.FileLimit)
	if t.TotalLimit > 0 {
		pct = counted * 100 / t.TotalLimit
	}
	fmt.Fprintf(bw, "\nTotal at startup: %d %s, %s chars ≈%s tokens — %d%% of Claude Code's %s-char total limit (per file: %s)\n",
		t.StartupFiles, plural(t.StartupFiles, "file", "files"), comma(t.StartupChars), comma(t.StartupTokens), pct, comma(t.TotalLimit), comma(t.FileLimit))
	if counted != t.StartupChars {
		fmt.Fprintf(bw, "  (the total limit counts the %s chars of the files within the per-file limit, as Claude Code does)\n", comma(counted))
	}
	if largest != nil && len(largest.Sections) > 0 {
		fmt.Fprintf(bw, "\nLargest file %s (%s chars), by section:\n", largest.Path, comma(largest.Chars))
		for _, s := range largest.Sections {
			fmt.Fprintf(bw, "  %8s chars  ≈%-7s  line %-5d %s\n", comma(s.Chars), comma((s.Chars+t.CharsPerToken-1)/max(t.CharsPerToken, 1)), s.Line, s.Heading)
		}
	}
	if len(r.Findings) > 0 {
		fmt.Fprintf(bw, "\n")
		if err := bw.Flush(); err != nil {
			return err
		}
		return (&TextPrinter{}).Print(w, r)
	}
	return bw.Flush()
}
