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
	"unicode/utf8"

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
	// Now resolves reset times ("resets 3pm (Europe/Paris)"); nil leaves them as written.
	Now func() time.Time
}

// Advice is what to tell the user.
type Advice struct {
	Category apierror.Category
	// Text is one line, starting with "ccdiag: ".
	Text string
	// Label names the failure briefly for the status line, e.g. "529×3".
	Label string
	// Next is the one-step fix for the status line, e.g. "/model sonnet":
	// the catalogue's first action unless the situation knows better.
	Next string
	// Diagnosis is what the catalogue said about the newest failure.
	Diagnosis apierror.Diagnosis
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
	opts := apierror.Options{BaseURL: s.BaseURL, Model: s.Model, APIKeySet: s.APIKeySet, Now: s.Now}
	cats := make([]apierror.Category, len(s.Failures))
	var d apierror.Diagnosis
	for i, f := range s.Failures {
		o := opts
		if o.Model == "" || models.Family(o.Model) == "" {
			o.Model = f.Model
		}
		fd := Diagnose(f, o)
		cats[i] = fd.Category
		d = fd
	}
	cat := cats[len(cats)-1]
	n := sameCount(cats, cat)
	if n == len(cats) {
		n += s.Earlier
	}
	a = Advice{Category: cat, Label: label(last, d, n), Diagnosis: d}
	model := s.Model
	if model == "" || models.Family(model) == "" {
		model = last.Model
	}
	other := models.SwitchAlias(model)
	fam := models.Family(model)
	gateway := gatewayHost(s.BaseURL)
	move, incident := openIncident(s.Status, fam)

	// What the catalogue says to do first; the situation below may know
	// better (an open incident, a streak, a single exchange), and says why.
	a.Next, a.Text = nextStep(d), Prefix+a.Label+" — "+firstSentence(d.Summary)+" → "+stepText(d)
	serverSide := cat == apierror.ServerError || cat == apierror.Timeout ||
		cat == apierror.GatewayError || cat == apierror.UnknownAPIError
	switch {
	case serverSide && gateway != "":
		// The catalogue already puts the gateway first; keep the line short.
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
		on := ""
		if fam != "" {
			on = " for " + fam
		}
		if s.Headless {
			a.Text = fmt.Sprintf("the API is overloaded%s (%s) — rerun with --fallback-model %s or --model %s (%s in a session)", on, a.Label, other, other, a.Next)
		} else {
			a.Text = fmt.Sprintf("the API is overloaded%s (%s) — switch with %s and resend; `claude -p` runs can add --fallback-model %s", on, a.Label, a.Next, other)
		}
	case (cat == apierror.ServerError || cat == apierror.Timeout || cat == apierror.GatewayError) && n >= 2:
		a.Next = "/model " + other
		on := ""
		if fam != "" {
			on = " on " + fam
		}
		a.Text = fmt.Sprintf("%d failed turns in a row%s (%s) — switch with /model %s and resend", n, on, a.Label, other)
	case cat == apierror.ServerError || cat == apierror.Timeout:
		first, _ := d.FirstAction()
		a.Text = fmt.Sprintf("%s from the API%s — %s; if it repeats, /model %s", a.Label, retryNote(s.MaxRetries), lowerFirst(first.Title), other)
	case (cat == apierror.ContextTooLong || cat == apierror.RequestTooLarge) && s.SingleExchange:
		a.Next = "/clear"
		a.Text = "prompt too long even for a single exchange — /clear and resend with fewer or smaller attachments (@files, images, pasted logs)"
	case cat == apierror.RateLimit && s.APIKeySet:
		a.Text += "; a stray ANTHROPIC_API_KEY in your environment may be a low-tier key"
	case cat == apierror.Billing && s.APIKeySet:
		a.Text += "; ANTHROPIC_API_KEY is set, so the API bills that key — unset it to use your subscription"
	}
	if len(a.Text) > maxAdviceLen {
		cut := maxAdviceLen - len("…")
		for cut > 0 && !utf8.RuneStart(a.Text[cut]) {
			cut--
		}
		a.Text = a.Text[:cut] + "…"
	}
	if !strings.HasPrefix(a.Text, Prefix) {
		a.Text = Prefix + a.Text
	}
	return a, true
}

// maxAdviceLen bounds the one line of advice.
const maxAdviceLen = 300

// Diagnose asks the catalogue about one recorded failure.
func Diagnose(f Failure, opts apierror.Options) apierror.Diagnosis {
	return apierror.FromRecord(apierror.Record{Kind: f.Kind, Status: f.Status, Type: f.Type, Message: f.Message,
		Details: f.Details, RequestID: f.RequestID}, opts)
}

// nextStep is the catalogue's first action, short enough for the status
// line: its command when it has a short one, else its title up to the
// first pause.
func nextStep(d apierror.Diagnosis) string {
	first, ok := d.FirstAction()
	if !ok {
		return "ccdiag diagnose"
	}
	if first.Command != nil && len(*first.Command) <= 32 {
		return *first.Command
	}
	t := first.Title
	if i := strings.IndexAny(t, ",;:"); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	return t
}

// stepText is the first action as a phrase: its title and command.
func stepText(d apierror.Diagnosis) string {
	first, ok := d.FirstAction()
	if !ok {
		return "paste the error into `ccdiag diagnose`"
	}
	s := first.Title
	if first.Command != nil {
		return s + ": `" + *first.Command + "`"
	}
	return s + " (" + strings.TrimSuffix(first.Why, ".") + ")"
}

func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+32) + s[1:]
	}
	return s
}

// firstSentence is the summary's first sentence, for a one-line message.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	return strings.TrimSuffix(s, ".")
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
func label(f Failure, d apierror.Diagnosis, n int) string {
	var s string
	switch {
	case d.Category == apierror.ContextTooLong:
		s = "prompt too long"
	case d.HTTPStatus != nil && *d.HTTPStatus != 200:
		s = strconv.Itoa(*d.HTTPStatus)
	case f.Kind != "" && f.Kind != "unknown":
		s = strings.ReplaceAll(f.Kind, "_", " ")
	default:
		s = strings.ReplaceAll(string(d.Category), "_", " ")
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
