// Package retry decides what a headless Claude Code run does after a failed
// turn: wait and resume, switch model family, compact the session, or stop.
// It is pure: the failure history, budgets and cached status page come in,
// one Decision comes out; the clock and the random source are passed in.
//
// What a failure means (its category, and whether the same request can
// succeed later) comes from the catalogue in internal/apierror; this package
// only maps those to the moves a run can make.
package retry

import (
	"fmt"
	"math"
	"time"

	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/models"
)

// Kind is the move a Decision makes.
type Kind string

// The moves.
const (
	Wait    Kind = "wait"    // wait Delay, then resume the session
	Switch  Kind = "switch"  // resume the session with --model Model (after Delay)
	Compact Kind = "compact" // run /compact on the session, then resume
	Stop    Kind = "stop"    // not curable by waiting: stop with the advice
	GiveUp  Kind = "give_up" // curable, but a budget is spent
)

// Failure is one failed turn as the run learned it (transcript, hook state
// and exit status).
type Failure struct {
	At time.Time
	// Category and Retryable come from the catalogue (apierror.FromStatus).
	Category  apierror.Category
	Retryable bool
	// Model is the model the failing request used ("" when unknown).
	Model string
	// RetryAfter is the server's retry-after, 0 when unknown.
	RetryAfter time.Duration
	// ResetsAt is when a usage or rate limit resets, zero when unknown.
	ResetsAt time.Time
}

// Incident is an unresolved status-page incident.
type Incident struct {
	Name string
	// Families are the model families its text names; empty = all models.
	Families []string
}

// Options are the run's budgets and knobs.
type Options struct {
	// MaxAttempts bounds the Claude Code runs of one task, the first included.
	MaxAttempts int
	// MaxWait bounds the total time spent waiting.
	MaxWait time.Duration
	// InitialWait is the first backoff step; it doubles after each failure.
	InitialWait time.Duration
	// MaxBackoff caps one backoff step (server-given waits are not capped).
	MaxBackoff time.Duration
	// SwitchAfter is how many failures clustered on one model make the run
	// switch to another family.
	SwitchAfter int
	// WaitForReset makes a usage limit a wait until its reset, not a stop.
	WaitForReset bool
}

// Defaults are the documented defaults of `ccdiag run`.
func Defaults() Options {
	return Options{MaxAttempts: 5, MaxWait: 30 * time.Minute, InitialWait: 10 * time.Second,
		MaxBackoff: 5 * time.Minute, SwitchAfter: 2}
}

// State is everything a decision depends on besides the options.
type State struct {
	// Failures are this task's failed turns since its last success, oldest first.
	Failures []Failure
	// Attempts is how many times Claude Code has run for the task so far.
	Attempts int
	// Waited is the total time already spent waiting.
	Waited time.Duration
	// Model is the model the run now asks for ("" = Claude Code's default).
	Model string
	// Compactions counts /compact runs tried for the task.
	Compactions int
	// SingleExchange is true when the session has no successful turn to
	// compact away: compaction cannot make it fit.
	SingleExchange bool
	// Incidents are the cached status page's unresolved incidents (nil = none or unknown).
	Incidents []Incident
}

// Decision is the next move and why.
type Decision struct {
	Kind  Kind
	Delay time.Duration
	// Until is when the wait ends (Now + Delay).
	Until time.Time
	// Model is the alias to resume with (Switch).
	Model    string
	Category apierror.Category
	// Reason is one line for stderr: what failed and why this move.
	Reason string
}

// maxCompactions bounds /compact runs per failure streak: a second "prompt
// too long" right after a compaction will not be cured by a third.
const maxCompactions = 1

// incidentStretch multiplies backoff waits while an incident concerns the model.
const incidentStretch = 3

// Decide returns the next move after the newest failure in s. rnd returns a
// uniform number in [0, 1) (the jitter source).
func Decide(s State, o Options, now time.Time, rnd func() float64) Decision {
	if len(s.Failures) == 0 {
		return Decision{Kind: Stop, Reason: "no failure to act on"}
	}
	last := s.Failures[len(s.Failures)-1]
	d := Decision{Category: last.Category}
	label := string(last.Category)
	model := last.Model
	if model == "" {
		model = s.Model
	}
	family := models.Family(model)

	switch {
	case last.Category == apierror.ContextTooLong || last.Category == apierror.RequestTooLarge:
		switch {
		case s.SingleExchange:
			return d.stop("%s: a single exchange does not fit — send less (fewer or smaller files, shorter pasted logs)", label)
		case s.Compactions >= maxCompactions:
			return d.stop("%s even after /compact — start a fresh session (/clear) or send less", label)
		}
		d.Kind = Compact
		d.Reason = label + ": compacting the session, then resuming"
		return d
	case last.Category == apierror.UsageLimit:
		if !o.WaitForReset {
			if !last.ResetsAt.IsZero() {
				return d.stop("usage limit reached; it resets at %s — rerun then, or pass --wait-for-reset", clock(last.ResetsAt))
			}
			return d.stop("usage limit reached — rerun after the reset Claude Code showed, or pass --wait-for-reset")
		}
		if last.ResetsAt.IsZero() && last.RetryAfter <= 0 {
			return d.stop("usage limit reached and its reset time is unknown — rerun after the reset")
		}
		return d.wait(s, o, now, serverWait(last, now), "usage limit reached; waiting for its reset")
	case !last.Retryable:
		return d.stop("%s: not curable by waiting or retrying — see `ccdiag diagnose`", label)
	}

	// Retryable: server errors, overload, timeouts, gateways, network, rate limits.
	if s.Attempts >= o.MaxAttempts {
		return d.giveUp("%s: %d attempts used (--max-attempts)", label, s.Attempts)
	}
	capacity := last.Category == apierror.Overloaded || last.Category == apierror.ServerError
	var incident *Incident
	if capacity && len(s.Incidents) > 0 {
		fams := make([][]string, len(s.Incidents))
		for i, in := range s.Incidents {
			fams[i] = in.Families
		}
		move, at := models.DuringIncidents(family, fams)
		switch move {
		case models.SwitchFamily:
			d.Kind, d.Model = Switch, models.SwitchAlias(model)
			d.Until = now
			d.Reason = fmt.Sprintf("%s during the incident %q, which names %s: switching to --model %s", label, s.Incidents[at].Name, family, d.Model)
			return d
		case models.WaitIncident:
			incident = &s.Incidents[at]
		}
	}
	if capacity && incident == nil && o.SwitchAfter > 0 && clustered(s.Failures, family) >= o.SwitchAfter {
		d.Kind, d.Model = Switch, models.SwitchAlias(model)
		d.Until = now
		on := ""
		if family != "" {
			on = " on " + family
		}
		d.Reason = fmt.Sprintf("%s ×%d%s: switching to --model %s", label, clustered(s.Failures, family), on, d.Model)
		return d
	}
	if w := serverWait(last, now); w > 0 {
		return d.wait(s, o, now, w, label+": waiting as the server asked")
	}
	w := Backoff(len(s.Failures), o, rnd)
	why := label + ": backing off"
	if incident != nil {
		w *= incidentStretch
		why = fmt.Sprintf("%s during the incident %q on every model: waiting longer", label, incident.Name)
	}
	return d.wait(s, o, now, w, why)
}

// Backoff is the wait after the n-th failure (n ≥ 1): full jitter over an
// exponential ceiling, InitialWait·2^(n-1) capped at MaxBackoff, and never
// below InitialWait, so the first retry never hammers the API.
func Backoff(n int, o Options, rnd func() float64) time.Duration {
	if n < 1 {
		n = 1
	}
	ceiling := float64(o.InitialWait) * math.Pow(2, float64(n-1))
	if o.MaxBackoff > 0 && ceiling > float64(o.MaxBackoff) {
		ceiling = float64(o.MaxBackoff)
	}
	w := time.Duration(rnd() * ceiling)
	if w < o.InitialWait {
		w = o.InitialWait
	}
	return w
}

// serverWait is the wait the failure itself asks for: until its reset, or
// its retry-after; 0 when it says nothing.
func serverWait(f Failure, now time.Time) time.Duration {
	if !f.ResetsAt.IsZero() {
		if d := f.ResetsAt.Sub(now); d > 0 {
			return d
		}
		return time.Second // the reset has just passed: resume at once, nearly
	}
	return f.RetryAfter
}

// clustered counts the newest failures in a row that hit family with a
// capacity error (server error or overload).
func clustered(fs []Failure, family string) int {
	n := 0
	for i := len(fs) - 1; i >= 0; i-- {
		f := fs[i]
		if f.Category != apierror.Overloaded && f.Category != apierror.ServerError {
			break
		}
		if f.Model != "" && models.Family(f.Model) != family {
			break
		}
		n++
	}
	return n
}

func (d Decision) wait(s State, o Options, now time.Time, w time.Duration, why string) Decision {
	left := o.MaxWait - s.Waited
	if w > left {
		return d.giveUp("%s: the next wait (%s) would pass --max-wait %s (%s left)", why, round(w), round(o.MaxWait), round(max(left, 0)))
	}
	d.Kind, d.Delay, d.Until = Wait, w, now.Add(w)
	d.Reason = fmt.Sprintf("%s %s, until %s", why, round(w), clock(d.Until))
	return d
}

func (d Decision) stop(format string, args ...any) Decision {
	d.Kind, d.Reason = Stop, fmt.Sprintf(format, args...)
	return d
}

func (d Decision) giveUp(format string, args ...any) Decision {
	d.Kind, d.Reason = GiveUp, fmt.Sprintf(format, args...)
	return d
}

// round shows a duration to the second (to the millisecond under a second).
func round(d time.Duration) time.Duration {
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(time.Second)
}

// clock shows a time of day in UTC, with seconds (waits in tests are short).
func clock(t time.Time) string { return t.UTC().Format("15:04:05 UTC") }
