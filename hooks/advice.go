// Package hooks is ccdiag's side of Claude Code's hooks: it records failed
// turns (StopFailure) in milliseconds, turns the failure history, context use,
// cached status page and environment into one line of advice, delivers it at
// the next moment Claude Code shows hook output, renders the status line, and
// installs itself into Claude Code's settings.
package hooks

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/models"
)

// Prefix starts every message ccdiag shows inside Claude Code.
const Prefix = "ccdiag: "

// Failure is one turn that ended with an API error, from a StopFailure
// record, the transcript, or both.
type Failure struct {
	Time time.Time
	// Kind is Claude Code's error kind (the StopFailure `error`), e.g. server_error.
	Kind      string
	Status    int    // HTTP status, 0 when unknown
	Type      string // API error type, e.g. overloaded_error
	Message   string // what Claude Code showed
	Details   string // raw error details ("400 {json}")
	RequestID string
	Model     string
}

// Incident is an unresolved incident on the status page.
type Incident struct {
	Name   string
	URL    string
	Impact string
	// Families lists the model families the incident names; empty = all.
	Families []string
}

// Status is the cached status-page state (never fetched on the hook path).
type Status struct {
	// Indicator is none, minor, major or critical.
	Indicator string
	Incidents []Incident
}

// Situation is everything advice depends on. Advise is a pure function of it.
type Situation struct {
	// Failures is the current streak (since the last successful turn), oldest
	// first: its newest part when Earlier > 0.
	Failures []Failure
	// Earlier counts older failures of the streak left out of Failures.
	Earlier int
	// ContextTokens is the size of the conversation at the last successful
	// response; ContextWindow the model's window (0 = unknown).
	ContextTokens, ContextWindow int
	// Model is the model in use (id or alias), "" when unknown.
	Model string
	// SingleExchange is true when the conversation has no earlier successful
	// turn to compact away.
	SingleExchange bool
	Status         *Status
	// BaseURL is ANTHROPIC_BASE_URL ("" or the first-party API when default).
	BaseURL string
	// APIKeySet is true when ANTHROPIC_API_KEY is set in the environment.
	APIKeySet bool
	// Headless is true under `claude -p` (CLAUDE_CODE_ENTRYPOINT=sdk-cli).
	Headless bool
	// MaxRetries is CLAUDE_CODE_MAX_RETRIES; -1 when unset (Claude Code's default, 10).
	MaxRetries int
}

// Advice is what to tell the user.
type Advice struct {
	Category apierror.Category
	// Text is one line, starting with "ccdiag: ".
	Text string
	// Label names the failure briefly for the status line, e.g. "529×3".
	Label string
	// Next is the one-step fix for the status line, e.g. "/model sonnet".
	Next string
}

// contextHigh is the share of the window above which /compact is advised.
const contextHigh = 0.85

// Advise turns a situation into advice; ok is false when there is nothing to say.
func Advise(s Situation) (a Advice, ok bool) {
	if len(s.Failures) == 0 {
		if s.ContextWindow > 0 && float64(s.ContextTokens) >= contextHigh*float64(s.ContextWindow) {
			pct := 100 * s.ContextTokens / s.ContextWindow
			return Advice{Category: apierror.ContextTooLong, Label: fmt.Sprintf("ctx %d%%", pct), Next: "/compact",
				Text: Prefix + fmt.Sprintf("the conversation fills %d%% of the model's context window — run /compact "+
					"(keeps a summary, drops earlier messages and tool output verbatim) or /clear before it fails", pct)}, true
		}
		return Advice{}, false
	}
	last := s.Failures[len(s.Failures)-1]
	cats := make([]apierror.Category, len(s.Failures))
	for i, f := range s.Failures {
		cats[i] = Categorize(f)
	}
	cat := cats[len(cats)-1]
	n := sameCount(cats, cat)
	if n == len(cats) {
		n += s.Earlier
	}
	a = Advice{Category: cat, Label: label(last, cat, n)}
	model := s.Model
	if model == "" || models.Family(model) == "" {
		model = last.Model
	}
	other := models.SwitchAlias(model)
	fam := models.Family(model)
	gateway := gatewayHost(s.BaseURL)
	move, incident := openIncident(s.Status, fam)

	// A 529 overloaded_error is Anthropic's capacity signal even through a
	// gateway (gateways pass it on), so it keeps its own advice below.
	serverSide := cat == apierror.ServerError || cat == apierror.Timeout ||
		cat == apierror.GatewayError || cat == apierror.UnknownAPIError
	switch {
	case serverSide && gateway != "":
		a.Next = "check " + gateway
		a.Text = fmt.Sprintf("%s through your gateway %s — check the gateway first (its logs%s), then retry; "+
			"`ccdiag doctor` tests both the gateway and the API", a.Label, gateway, reqHint(last))
	case (serverSide || cat == apierror.Overloaded) && incident != nil && move == models.SwitchFamily:
		a.Next = "/model " + other
		a.Text = fmt.Sprintf("%s — Anthropic reports an open incident on %s: %q%s; switch with /model %s and resend (capacity is per model)",
			a.Label, fam, incident.Name, incidentLink(incident), other)
	case (serverSide || cat == apierror.Overloaded) && incident != nil:
		a.Next = "wait"
		a.Text = fmt.Sprintf("%s — Anthropic reports an open incident: %q%s; it is on their side and not one model's, waiting is the fix",
			a.Label, incident.Name, incidentLink(incident))
	case cat == apierror.Overloaded:
		a.Next = "/model " + other
		on := ""
		if fam != "" {
			on = " for " + fam
		}
		if s.Headless {
			a.Text = fmt.Sprintf("the API is overloaded%s (%s) — rerun with --fallback-model %s or --model %s (/model %s in a session)", on, a.Label, other, other, other)
		} else {
			a.Text = fmt.Sprintf("the API is overloaded%s (%s) — switch with /model %s and resend; `claude -p` runs can add --fallback-model %s", on, a.Label, other, other)
		}
	case cat == apierror.ServerError || cat == apierror.Timeout || cat == apierror.GatewayError:
		if n >= 2 {
			a.Next = "/model " + other
			on := ""
			if fam != "" {
				on = " on " + fam
			}
			a.Text = fmt.Sprintf("%d failed turns in a row%s (%s) — switch with /model %s and resend", n, on, a.Label, other)
		} else {
			a.Next = "resend"
			a.Text = fmt.Sprintf("%s from the API%s — usually temporary: resend your message; if it repeats, /model %s", a.Label, retryNote(s.MaxRetries), other)
		}
	case cat == apierror.ContextTooLong || cat == apierror.RequestTooLarge:
		if s.SingleExchange {
			a.Next = "/clear"
			a.Text = "prompt too long even for a single exchange — /clear and resend with fewer or smaller attachments (@files, images, pasted logs)"
		} else {
			a.Next = "/compact"
			a.Text = "the conversation no longer fits the model's context window — run /compact (keeps a summary, drops earlier messages and tool output verbatim), or /clear to start fresh"
		}
	case cat == apierror.MaxOutputTokens:
		a.Next = "shorter reply"
		a.Text = "the reply hit the output token cap — ask for a shorter answer or for the work in parts (CLAUDE_CODE_MAX_OUTPUT_TOKENS raises the cap)"
	case cat == apierror.UsageLimit:
		a.Next = "wait"
		if r := resetTime(last.Message); r != "" {
			a.Next = "wait until " + r
			a.Text = "usage limit reached — it resets " + r + "; /model " + other + " may still have room"
		} else {
			a.Text = "usage limit reached — wait for the reset Claude Code shows; /model " + other + " may still have room"
		}
	case cat == apierror.RateLimit, cat == apierror.SpendLimit:
		a.Next = "wait"
		key := ""
		if s.APIKeySet {
			key = "; a stray ANTHROPIC_API_KEY in your environment may be a low-tier key"
		}
		a.Text = "rate limited (" + a.Label + ") — wait for the limit to reset, then resend; run fewer parallel subagents" + key
	case cat == apierror.Authentication:
		a.Next = "/login"
		if s.APIKeySet {
			// The same first step as the text: the key overrides any login.
			a.Next = "fix ANTHROPIC_API_KEY"
			a.Text = "the API rejected your credentials — ANTHROPIC_API_KEY is set and overrides your login: fix or unset it, or /login"
		} else {
			a.Text = "the API rejected your credentials — run /login"
		}
	case cat == apierror.Permission:
		a.Next = "/login"
		a.Text = "this account or key may not use this — check the org/key permissions, or /login with the right account"
	case cat == apierror.Billing:
		a.Next = "add credits"
		if s.APIKeySet {
			a.Text = "credit balance too low — ANTHROPIC_API_KEY is set, so the API bills that key: add credits in the Console, or unset it to use your subscription"
		} else {
			a.Text = "credit balance too low — add credits in the Anthropic Console (or /login with a subscription)"
		}
	case cat == apierror.NotFound:
		a.Next = "/model " + other
		a.Text = "the model is not available to you — pick another with /model " + other
	case cat == apierror.ConversationState:
		a.Next = "Esc Esc"
		a.Text = "the conversation history is broken (a tool call without its result) — press Esc twice to rewind past it, or /clear"
	case cat == apierror.Network || cat == apierror.TLS || cat == apierror.Proxy:
		a.Next = "ccdiag doctor"
		a.Text = "Claude Code could not reach the API — run `ccdiag doctor` to test DNS, proxy and TLS"
	default:
		a.Next = "ccdiag diagnose"
		a.Text = a.Label + " — paste the error into `ccdiag diagnose` for what it means"
	}
	if !strings.HasPrefix(a.Text, Prefix) {
		a.Text = Prefix + a.Text
	}
	return a, true
}

// sameCount is how many failures at the end of the streak share category c.
func sameCount(cats []apierror.Category, c apierror.Category) int {
	n := 0
	for i := len(cats) - 1; i >= 0; i-- {
		if cats[i] != c {
			break
		}
		n++
	}
	return n
}

// label is a short name of the failure: "529×3", "500", "429", "prompt too long".
func label(f Failure, c apierror.Category, n int) string {
	var s string
	st := f.Status
	if st == 0 {
		st = statusFromText(f.Message)
	}
	switch {
	case c == apierror.ContextTooLong:
		s = "prompt too long"
	case st != 0:
		s = strconv.Itoa(st)
	case f.Kind != "":
		s = strings.ReplaceAll(f.Kind, "_", " ")
	default:
		s = "API error"
	}
	if n > 1 {
		s += "×" + strconv.Itoa(n)
	}
	return s
}

// retryNote says how hard Claude Code already tried before the turn failed.
func retryNote(max int) string {
	switch {
	case max < 0:
		return ", after Claude Code already retried it ~10 times over ~3 minutes"
	case max == 0:
		return " (Claude Code did not retry: CLAUDE_CODE_MAX_RETRIES=0)"
	}
	return fmt.Sprintf(", after Claude Code already retried it %d times", max)
}

func reqHint(f Failure) string {
	if f.RequestID == "" {
		return ""
	}
	return " for request " + f.RequestID
}

// openIncident applies models.DuringIncidents — the one incident rule the
// hook, the status line, doctor and `ccdiag run` share — to the cached
// status: the move for a failure on family and the incident behind it (nil
// when no open incident concerns family).
func openIncident(s *Status, family string) (models.Move, *Incident) {
	if s == nil || len(s.Incidents) == 0 {
		return models.NoIncident, nil
	}
	fams := make([][]string, len(s.Incidents))
	for i, in := range s.Incidents {
		fams[i] = in.Families
	}
	move, at := models.DuringIncidents(family, fams)
	if at < 0 {
		return move, nil
	}
	return move, &s.Incidents[at]
}

func incidentLink(in *Incident) string {
	if in.URL == "" {
		return ""
	}
	return " (" + in.URL + ")"
}

// gatewayHost returns the host of a custom ANTHROPIC_BASE_URL, or "" for
// the first-party API or none.
func gatewayHost(base string) string {
	base = strings.TrimSpace(base)
	if base == "" {
		return ""
	}
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return ""
	}
	h := u.Hostname()
	if h == "api.anthropic.com" {
		return ""
	}
	return u.Host
}

// resetTime finds when a usage limit resets in Claude Code's message:
// "… resets 3pm (Europe/Paris)" or the older "…|1764064800" epoch form.
func resetTime(msg string) string {
	low := strings.ToLower(msg)
	if i := strings.Index(low, "resets "); i >= 0 {
		r := strings.TrimSpace(msg[i+len("resets "):])
		if j := strings.IndexAny(r, "\n·"); j >= 0 {
			r = strings.TrimSpace(r[:j])
		}
		if len(r) > 40 {
			r = r[:40]
		}
		return strings.TrimRight(r, ".")
	}
	if i := strings.LastIndexByte(msg, '|'); i >= 0 {
		if sec, err := strconv.ParseInt(strings.TrimSpace(msg[i+1:]), 10, 64); err == nil && sec > 1e9 {
			return "at " + time.Unix(sec, 0).UTC().Format("15:04 MST")
		}
	}
	return ""
}
