package statuspage

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// Render writes the human report of `ccdiag status`: the headline, the
// components that matter, unresolved incidents with their latest update and
// link, and maintenance.
func Render(w io.Writer, s Summary, now time.Time, cs *iostreams.ColorScheme) error {
	var b strings.Builder
	head := s.Headline(now)
	switch s.State {
	case Operational:
		head = cs.Green(head)
	case Degraded:
		head = cs.Yellow(head)
		if s.Indicator == "major" || s.Indicator == "critical" {
			head = cs.Red(head)
		}
	default:
		head = cs.Red(head)
	}
	b.WriteString(cs.Bold(head) + "\n")

	if len(s.Components) > 0 {
		b.WriteString("\nComponents\n")
		for _, c := range s.Components {
			mark := cs.Green("✓")
			switch componentRank(c.Status) {
			case 0:
				if c.Status != ComponentOperational {
					mark = cs.Yellow("?")
				}
			case 1, 2:
				mark = cs.Yellow("!")
			default:
				mark = cs.Red("✗")
			}
			fmt.Fprintf(&b, "  %s %-15s %s\n", mark, KeyLabel(c.Key), StatusText(c.Status))
		}
	}

	if len(s.Incidents) > 0 {
		b.WriteString("\nIncidents\n")
		for _, in := range s.Incidents {
			meta := []string{in.Impact, in.Status}
			if !in.StartedAt.IsZero() {
				meta = append(meta, "started "+Ago(now.Sub(in.StartedAt)))
			}
			if len(in.ModelFamilies) > 0 {
				meta = append(meta, "models: "+strings.Join(in.ModelFamilies, ", "))
			}
			if len(in.Components) > 0 {
				meta = append(meta, "affects: "+strings.Join(in.Components, ", "))
			}
			fmt.Fprintf(&b, "  %s %s %s\n", cs.Red("●"), cs.Bold(in.Name), cs.Gray("["+strings.Join(nonEmpty(meta), " · ")+"]"))
			if in.LatestUpdate != "" {
				upd := oneLine(in.LatestUpdate)
				if !in.LatestUpdateAt.IsZero() {
					upd += cs.Gray(" (" + Ago(now.Sub(in.LatestUpdateAt)) + ")")
				}
				fmt.Fprintf(&b, "    %s\n", upd)
			}
			if in.Shortlink != "" {
				fmt.Fprintf(&b, "    %s\n", cs.Cyan(in.Shortlink))
			}
		}
	}

	if len(s.Maintenances) > 0 {
		b.WriteString("\nMaintenance\n")
		for _, m := range s.Maintenances {
			when := "scheduled"
			if m.InProgress {
				when = "in progress"
			}
			if !m.ScheduledFor.IsZero() && !m.InProgress {
				when += " for " + m.ScheduledFor.UTC().Format("2006-01-02 15:04 UTC")
			}
			if !m.ScheduledUntil.IsZero() {
				when += " until " + m.ScheduledUntil.UTC().Format("2006-01-02 15:04 UTC")
			}
			fmt.Fprintf(&b, "  %s %s %s\n", cs.Yellow("●"), cs.Bold(m.Name), cs.Gray("["+when+"]"))
			if m.LatestUpdate != "" {
				fmt.Fprintf(&b, "    %s\n", oneLine(m.LatestUpdate))
			}
			if m.Shortlink != "" {
				fmt.Fprintf(&b, "    %s\n", cs.Cyan(m.Shortlink))
			}
		}
	}

	if s.State == Unknown {
		fmt.Fprintf(&b, "\nCould not read the status page. Open %s in a browser, or set %s to a mirror.\n",
			DefaultBaseURL, EnvStatusURL)
	}
	if s.Source != "" {
		fmt.Fprintf(&b, "\n%s\n", cs.Gray("Source: "+s.Source+" · fetched "+Ago(max(now.Sub(s.FetchedAt), 0))))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func nonEmpty(xs []string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
