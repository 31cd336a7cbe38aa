package retry

import (
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/internal/apierror"
)

var t0 = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

// fail builds a failure the way the run does: category and retryable from
// the catalogue, for an HTTP status and error type.
func fail(status int, errType, msg, model string) Failure {
	d := apierror.FromStatus(status, errType, "", msg, apierror.Options{})
	return Failure{At: t0, Category: d.Category, Retryable: d.Retryable, Model: model}
}

var (
	f529   = fail(529, "overloaded_error", "Overloaded", "claude-opus-5-5")
	f500   = fail(500, "api_error", "Internal server error", "claude-opus-5-5")
	f401   = fail(401, "authentication_error", "invalid x-api-key", "")
	fPTL   = fail(400, "invalid_request_error", "prompt is too long: 250000 tokens > 200000 maximum", "")
	f429   = fail(429, "rate_limit_error", "rate limited", "")
	fUsage = func() Failure {
		f := fail(429, "rate_limit_error", "You've hit your 5-hour limit · resets 8:59am (UTC)", "")
		f.ResetsAt = t0.Add(90 * time.Second)
		return f
	}()
)

func opts() Options {
	o := Defaults()
	o.InitialWait = time.Second
	return o
}

func half() float64 { return 0.5 }

func TestDecide(t *testing.T) {
	withRetryAfter := f429
	withRetryAfter.RetryAfter = 7 * time.Second
	for _, tc := range []struct {
		name   string
		s      State
		o      func(*Options)
		want   Kind
		delay  time.Duration
		model  string
		reason string
	}{
		{name: "first 529 backs off", s: State{Failures: []Failure{f529}, Attempts: 1}, want: Wait, delay: time.Second},
		{name: "second 529 on one model switches family", s: State{Failures: []Failure{f529, f529}, Attempts: 2}, want: Switch, model: "sonnet", reason: "×2 on opus"},
		{name: "switch-after 3 waits at two", s: State{Failures: []Failure{f500, f500}, Attempts: 2}, o: func(o *Options) { o.SwitchAfter = 3 }, want: Wait, delay: time.Second},
		{name: "500s past switch-after switch", s: State{Failures: []Failure{f500, f500, f500}, Attempts: 3}, o: func(o *Options) { o.SwitchAfter = 3 }, want: Switch, model: "sonnet"},
		{name: "switch-after 0 never switches", s: State{Failures: []Failure{f529, f529, f529}, Attempts: 3}, o: func(o *Options) { o.SwitchAfter = 0 }, want: Wait, delay: 2 * time.Second},
		{name: "failures on sonnet switch to opus", s: State{Failures: []Failure{fail(529, "overloaded_error", "", "claude-sonnet-5-5"), fail(529, "overloaded_error", "", "claude-sonnet-5-5")}, Attempts: 2}, want: Switch, model: "opus"},
		{name: "a switch starts a new cluster", s: State{Failures: []Failure{f529, f529, fail(529, "overloaded_error", "", "claude-sonnet-5-5")}, Attempts: 3, Model: "sonnet"}, want: Wait, delay: 2 * time.Second},
		{name: "rate limits never switch", s: State{Failures: []Failure{f429, f429, f429}, Attempts: 3}, want: Wait, delay: 2 * time.Second},
		{name: "retry-after wins over backoff", s: State{Failures: []Failure{withRetryAfter}, Attempts: 1}, want: Wait, delay: 7 * time.Second},
		{name: "401 stops at once", s: State{Failures: []Failure{f401}, Attempts: 1}, want: Stop, reason: "not curable"},
		{name: "billing stops", s: State{Failures: []Failure{fail(400, "invalid_request_error", "Your credit balance is too low to access the Anthropic API.", "")}, Attempts: 1}, want: Stop},
		{name: "permission stops", s: State{Failures: []Failure{fail(403, "permission_error", "not allowed", "")}, Attempts: 1}, want: Stop},
		{name: "not found stops", s: State{Failures: []Failure{fail(404, "not_found_error", "model: claude-x", "")}, Attempts: 1}, want: Stop},
		{name: "prompt too long compacts", s: State{Failures: []Failure{fPTL}, Attempts: 1}, want: Compact},
		{name: "prompt too long after a compaction stops", s: State{Failures: []Failure{fPTL, fPTL}, Attempts: 2, Compactions: 1}, want: Stop, reason: "even after /compact"},
		{name: "a single exchange that does not fit stops", s: State{Failures: []Failure{fPTL}, Attempts: 1, SingleExchange: true}, want: Stop, reason: "single exchange"},
		{name: "usage limit stops with the reset time", s: State{Failures: []Failure{fUsage}, Attempts: 1}, want: Stop, reason: "resets at 09:01:30 UTC"},
		{name: "usage limit waits for the reset when asked", s: State{Failures: []Failure{fUsage}, Attempts: 1}, o: func(o *Options) { o.WaitForReset = true }, want: Wait, delay: 90 * time.Second},
		{name: "usage limit with an unknown reset stops", s: State{Failures: []Failure{fail(429, "rate_limit_error", "You've hit your session limit", "")}, Attempts: 1}, o: func(o *Options) { o.WaitForReset = true }, want: Stop},
		{name: "reset beyond max-wait gives up", s: State{Failures: []Failure{fUsage}, Attempts: 1}, o: func(o *Options) { o.WaitForReset = true; o.MaxWait = time.Minute }, want: GiveUp, reason: "--max-wait"},
		{name: "attempts exhausted", s: State{Failures: []Failure{f429, f429, f429, f429, f429}, Attempts: 5}, want: GiveUp, reason: "--max-attempts"},
		{name: "wait budget exhausted", s: State{Failures: []Failure{f429}, Attempts: 1, Waited: 30 * time.Minute}, want: GiveUp, reason: "--max-wait"},
		{name: "incident naming the family switches at once", s: State{Failures: []Failure{f529}, Attempts: 1, Incidents: []Incident{{Name: "Elevated errors on Claude Opus", Families: []string{"opus"}}}}, want: Switch, model: "sonnet", reason: "Elevated errors on Claude Opus"},
		{name: "incident naming another family: normal backoff", s: State{Failures: []Failure{f529}, Attempts: 1, Incidents: []Incident{{Name: "Elevated errors on Claude Haiku", Families: []string{"haiku"}}}}, want: Wait, delay: time.Second},
		{name: "incident on every model stretches the wait and never switches", s: State{Failures: []Failure{f529, f529}, Attempts: 2, Incidents: []Incident{{Name: "Elevated errors"}}}, want: Wait, delay: 3 * time.Second, reason: "on every model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := opts()
			if tc.o != nil {
				tc.o(&o)
			}
			got := Decide(tc.s, o, t0, half)
			if got.Kind != tc.want || got.Delay != tc.delay || got.Model != tc.model || !strings.Contains(got.Reason, tc.reason) {
				t.Fatalf("Decide = %+v\nwant kind %s, delay %s, model %q, reason containing %q", got, tc.want, tc.delay, tc.model, tc.reason)
			}
			if got.Kind == Wait && !got.Until.Equal(t0.Add(got.Delay)) {
				t.Errorf("Until = %s, want now + %s", got.Until, got.Delay)
			}
			if got.Kind == Wait && !strings.Contains(got.Reason, "until "+got.Until.Format("15:04:05")) {
				t.Errorf("reason does not say when the wait ends: %q", got.Reason)
			}
		})
	}
}

func TestDecideCategoriesFromCatalogue(t *testing.T) {
	// Every category the catalogue marks not retryable stops, except the
	// two a known step cures (compaction).
	for _, c := range apierror.Categories() {
		f := Failure{At: t0, Category: c, Retryable: false}
		got := Decide(State{Failures: []Failure{f}, Attempts: 1}, opts(), t0, half)
		switch c {
		case apierror.ContextTooLong, apierror.RequestTooLarge:
			if got.Kind != Compact {
				t.Errorf("%s: %s, want compact", c, got.Kind)
			}
		case apierror.UsageLimit:
			if got.Kind != Stop {
				t.Errorf("%s: %s, want stop (no --wait-for-reset)", c, got.Kind)
			}
		default:
			if got.Kind != Stop {
				t.Errorf("%s not retryable: %s, want stop", c, got.Kind)
			}
		}
	}
}

func TestBackoffJitterBounds(t *testing.T) {
	o := opts()
	o.InitialWait = 2 * time.Second
	o.MaxBackoff = 20 * time.Second
	for n := 1; n <= 8; n++ {
		ceiling := min(o.InitialWait<<(n-1), o.MaxBackoff)
		lo := Backoff(n, o, func() float64 { return 0 })
		hi := Backoff(n, o, func() float64 { return 0.999999 })
		if lo != o.InitialWait {
			t.Errorf("n=%d: smallest wait %s, want the initial wait %s", n, lo, o.InitialWait)
		}
		if hi > ceiling || hi < ceiling*99/100 && ceiling > o.InitialWait {
			t.Errorf("n=%d: largest wait %s, want just under the ceiling %s", n, hi, ceiling)
		}
		for _, r := range []float64{0.1, 0.3, 0.7, 0.9} {
			w := Backoff(n, o, func() float64 { return r })
			if w < o.InitialWait || w > ceiling {
				t.Errorf("n=%d r=%.1f: %s outside [%s, %s]", n, r, w, o.InitialWait, ceiling)
			}
		}
	}
	// The ceiling doubles: after the 4th failure a draw of 0.5 is 8 s.
	if w := Backoff(4, o, half); w != 8*time.Second {
		t.Errorf("Backoff(4, 0.5) = %s, want 8s", w)
	}
}

// TestRunToBudget drives Decide like a run does, with a fake clock, until it
// stops: the waits it asks for add up within --max-wait and it gives up
// on --max-attempts, never sleeping for real.
func TestRunToBudget(t *testing.T) {
	o := opts()
	o.SwitchAfter = 0
	now := t0
	var s State
	draws := []float64{0.9, 0.1, 0.5, 0.99, 0.3, 0.7}
	for i := 0; ; i++ {
		s.Attempts++
		f := f500
		f.At = now
		s.Failures = append(s.Failures, f)
		d := Decide(s, o, now, func() float64 { return draws[i%len(draws)] })
		if d.Kind == GiveUp {
			if s.Attempts != o.MaxAttempts || !strings.Contains(d.Reason, "--max-attempts") {
				t.Fatalf("gave up after %d attempts: %s", s.Attempts, d.Reason)
			}
			break
		}
		if d.Kind != Wait {
			t.Fatalf("attempt %d: %+v", s.Attempts, d)
		}
		now = now.Add(d.Delay)
		s.Waited += d.Delay
	}
	if s.Waited > o.MaxWait {
		t.Errorf("waited %s, over --max-wait %s", s.Waited, o.MaxWait)
	}

	// A tight --max-wait ends the run before the attempts do.
	o.MaxWait = 5 * time.Second
	s = State{}
	for {
		s.Attempts++
		s.Failures = append(s.Failures, f500)
		d := Decide(s, o, now, func() float64 { return 0.99 })
		if d.Kind == GiveUp {
			if !strings.Contains(d.Reason, "--max-wait") || s.Attempts >= o.MaxAttempts {
				t.Fatalf("gave up at attempt %d: %s", s.Attempts, d.Reason)
			}
			break
		}
		s.Waited += d.Delay
	}
	if s.Waited > o.MaxWait {
		t.Errorf("waited %s, over --max-wait %s", s.Waited, o.MaxWait)
	}
}
