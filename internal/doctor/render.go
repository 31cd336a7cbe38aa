package doctor

import (
	"fmt"
	"io"
	"strings"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// Render writes the checklist of `ccdiag doctor`.
func Render(w io.Writer, r Report, cs *iostreams.ColorScheme) error {
	var b strings.Builder
	target := r.APIBaseURL
	if r.Proxy != "" {
		target += " via proxy " + r.Proxy
	}
	target = sanitize.Line(target, 300)
	fmt.Fprintf(&b, "%s %s\n\n", cs.Bold("ccdiag doctor"), cs.Gray("— "+target))
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "  %s  %-12s %s\n", badge(c.Status, cs), c.Title, sanitize.Text(c.Detail))
		for _, n := range c.Notes {
			fmt.Fprintf(&b, "  %s  %-12s %s\n", "    ", "", cs.Gray("· "+sanitize.Text(n)))
		}
		if c.Fix != "" && (c.Status == Warn || c.Status == Fail || c.Status == Skip) {
			fmt.Fprintf(&b, "  %s  %-12s %s %s\n", "    ", "", cs.Bold("fix:"), cs.Cyan(sanitize.Text(c.Fix)))
		}
	}
	fmt.Fprintf(&b, "\n%d passed, %s, %d failed, %d skipped\n", r.Counts.Pass, plural(r.Counts.Warn, "warning"), r.Counts.Fail, r.Counts.Skip)
	_, err := io.WriteString(w, b.String())
	return err
}

func badge(s Status, cs *iostreams.ColorScheme) string {
	switch s {
	case Pass:
		return cs.Green(string(s))
	case Warn:
		return cs.Yellow(string(s))
	case Fail:
		return cs.Red(string(s))
	}
	return cs.Gray(string(s))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
