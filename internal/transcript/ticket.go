package transcript

import (
	"fmt"
	"strings"
	"time"
)

// Ticket renders API errors (newest first, as Recent returns them) as a
// support request ready to paste: UTC timestamps, statuses, request ids,
// models and the Claude Code version. It contains no keys or prompts.
func Ticket(errs []APIError) string {
	if len(errs) == 0 {
		return ""
	}
	var b strings.Builder
	first, last := errs[len(errs)-1].Time, errs[0].Time
	fmt.Fprintf(&b, "Subject: Claude API errors — %d failed request(s)", len(errs))
	if !first.IsZero() && !last.IsZero() {
		fmt.Fprintf(&b, " between %s and %s", utc(first), utc(last))
	}
	b.WriteString("\n\n")
	if v := distinct(errs, func(e APIError) string { return e.Version }); v != "" {
		fmt.Fprintf(&b, "Claude Code version: %s\n", v)
	}
	if m := distinct(errs, func(e APIError) string { return e.Model }); m != "" {
		fmt.Fprintf(&b, "Model: %s\n", m)
	}
	if ids := distinct(errs, func(e APIError) string { return e.RequestID }); ids != "" {
		fmt.Fprintf(&b, "Request IDs: %s\n", ids)
	}
	b.WriteString("\nErrors (newest first):\n")
	for _, e := range errs {
		fmt.Fprintf(&b, "- %s", e.Line())
		if msg := oneLineMsg(e.Message, 160); msg != "" {
			fmt.Fprintf(&b, "\n  %s", msg)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Line is the error on one line, the layout of a ticket's list: UTC time,
// HTTP status, API error type, request id and model, each when known.
func (e APIError) Line() string {
	var b strings.Builder
	if e.Time.IsZero() {
		b.WriteString("time unknown")
	} else {
		b.WriteString(utc(e.Time))
	}
	if e.Status != 0 {
		fmt.Fprintf(&b, " HTTP %d", e.Status)
	}
	if e.Type != "" {
		fmt.Fprintf(&b, " %s", e.Type)
	}
	if e.RequestID != "" {
		fmt.Fprintf(&b, " request_id=%s", e.RequestID)
	}
	if e.Model != "" {
		fmt.Fprintf(&b, " model=%s", e.Model)
	}
	return b.String()
}

func utc(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }

// distinct joins the non-empty values of f over errs, each once, in order.
func distinct(errs []APIError, f func(APIError) string) string {
	var out []string
	seen := map[string]bool{}
	for _, e := range errs {
		if v := f(e); v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return strings.Join(out, ", ")
}

func oneLineMsg(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		s = string(r[:max]) + "…"
	}
	return s
}
