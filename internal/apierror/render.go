package apierror

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

// WriteText renders a diagnosis for people: a headline, the summary, the
// numbered steps (commands in cyan) and the other errors seen in the paste.
func WriteText(w io.Writer, d Diagnosis, cs *iostreams.ColorScheme) error {
	var b strings.Builder
	head := []string{string(d.Category)}
	if d.HTTPStatus != nil {
		head = append(head, "HTTP "+strconv.Itoa(*d.HTTPStatus))
	}
	if d.Category != None {
		if d.Retryable {
			head = append(head, "retryable")
		} else {
			head = append(head, "not retryable")
		}
		head = append(head, string(d.Side)+" side")
	}
	if d.Provider != nil {
		head = append(head, *d.Provider)
	}
	title := strings.Join(head, " · ")
	switch {
	case d.Category == None:
		title = cs.Green(title)
	case d.IsAPIError && d.Retryable:
		title = cs.Yellow(title)
	default:
		title = cs.Red(title)
	}
	b.WriteString(cs.Bold(title) + "\n")
	b.WriteString(d.Summary + "\n")
	var details []string
	if d.ErrorType != nil {
		details = append(details, "error type: "+*d.ErrorType)
	}
	if d.ErrorCode != nil {
		details = append(details, "error code: "+*d.ErrorCode)
	}
	if d.RequestID != nil {
		details = append(details, "request id: "+*d.RequestID)
	}
	if d.ProviderRequestID != nil {
		details = append(details, "relay request id: "+*d.ProviderRequestID)
	}
	if d.RetryAfterSeconds != nil {
		details = append(details, fmt.Sprintf("retry after: %ds", *d.RetryAfterSeconds))
	}
	if d.ResetsAt != nil {
		details = append(details, "resets at: "+*d.ResetsAt)
	}
	if len(details) > 0 {
		b.WriteString(cs.Gray(strings.Join(details, "  ")) + "\n")
	}
	if len(d.Actions) > 0 {
		b.WriteString("\n" + cs.Bold("What to do:") + "\n")
		for i, a := range d.Actions {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, a.Title)
			if a.Command != nil {
				b.WriteString("     " + cs.Cyan(*a.Command) + "\n")
			}
			if a.Why != "" {
				b.WriteString("     " + cs.Gray(a.Why) + "\n")
			}
		}
	}
	if len(d.AlsoSeen) > 0 {
		b.WriteString("\n" + cs.Bold("Also in this paste:") + "\n")
		for _, o := range d.AlsoSeen {
			line := "  - " + string(o.Category)
			if o.HTTPStatus != nil {
				line += " (HTTP " + strconv.Itoa(*o.HTTPStatus) + ")"
			}
			if o.RequestID != nil {
				line += " " + *o.RequestID
			}
			b.WriteString(line + "\n")
		}
	}
	if d.InputTruncated {
		b.WriteString("\n" + cs.Yellow(fmt.Sprintf("Note: the input is larger than %d MiB; only its last %d MiB was examined.", MaxInput>>20, MaxInput>>20)) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
