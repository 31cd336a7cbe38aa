package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// TestWatchPrintsChanges feeds --watch a sequence of summaries and checks it
// prints only when something changed, and stops when its context ends.
func TestWatchPrintsChanges(t *testing.T) {
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	op := statuspage.Summary{State: statuspage.Operational, Indicator: "none", Description: "All Systems Operational"}
	deg := statuspage.Summary{State: statuspage.Degraded, Indicator: "major", Description: "Partial System Outage",
		Incidents: []statuspage.Incident{{Name: "Elevated errors on Claude Opus", Status: "investigating",
			StartedAt: now.Add(-12 * time.Minute), Shortlink: "https://stspg.io/x"}}}
	seq := []statuspage.Summary{op, op, deg, deg, op}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	fetch := func(context.Context) statuspage.Summary {
		s := seq[calls]
		s.FetchedAt = now.Add(time.Duration(calls) * time.Minute) // must not count as a change
		calls++
		if calls == len(seq) {
			cancel()
		}
		return s
	}
	var out bytes.Buffer
	io := &iostreams.IOStreams{Out: &out, ErrOut: &out, Getenv: func(string) string { return "" }}
	code := watchStatus(ctx, io, &statusOptions{Interval: time.Nanosecond}, fetch, func() time.Time { return now })
	want := "10:00:00 All Systems Operational\n" +
		"10:00:00 Anthropic status: Partial System Outage — Elevated errors on Claude Opus (investigating, 12 min ago)\n" +
		"  investigating: Elevated errors on Claude Opus https://stspg.io/x\n"
	if got := out.String(); got != want {
		t.Errorf("watch printed\n%s\nwant\n%s", got, want)
	}
	if calls != len(seq) || code != exitFindings {
		t.Errorf("calls %d code %d", calls, code)
	}
	if !strings.Contains(out.String(), "Opus") {
		t.Error("no change printed")
	}
}
