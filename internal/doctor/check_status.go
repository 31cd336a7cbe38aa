package doctor

import (
	"context"
	"fmt"
	"strings"

	"github.com/ccdiag/ccdiag/internal/models"
	"github.com/ccdiag/ccdiag/internal/statuspage"
)

// checkStatusPage reads Anthropic's status page: an outage of the Claude API
// or Claude Code, or a major incident, fails; anything lesser warns.
func checkStatusPage(ctx context.Context, d Deps, env *setup) Result {
	s := d.StatusPage(ctx)
	now := d.Now()
	r := Result{Detail: s.Headline(now)}
	for _, in := range s.Incidents {
		note := in.Name + " (" + in.Impact + ", " + in.Status + ")"
		if in.Shortlink != "" {
			note += " " + in.Shortlink
		}
		r.Notes = append(r.Notes, note)
	}
	for _, m := range s.Maintenances {
		if m.InProgress {
			r.Notes = append(r.Notes, "maintenance in progress: "+m.Name)
		}
	}
	if env.provider != "" {
		r.Notes = append(r.Notes, "you use "+providerName(env.provider)+": its own status matters more than Anthropic's page")
	}
	if env.customBase {
		r.Notes = append(r.Notes, "requests go to "+env.host+", not api.anthropic.com: the gateway is the first suspect")
	}
	switch s.State {
	case statuspage.Operational:
		r.Status = Pass
	case statuspage.Unknown:
		r.Status = Warn
		r.Fix = "open " + statuspage.DefaultBaseURL + " in a browser"
	default:
		r.Status = Warn
		r.Fix = "Anthropic is working on it: wait and retry, or switch model with /model if one model is affected"
		if serious(s) {
			r.Status = Fail
		}
		if fix := incidentFix(s, configuredModels(d)); fix != "" {
			r.Fix = fix
		}
	}
	return r
}

// serious reports an outage of what Claude Code needs, or a major incident.
func serious(s statuspage.Summary) bool {
	for _, key := range []string{statuspage.KeyClaudeAPI, statuspage.KeyClaudeCode} {
		if c, ok := s.Component(key); ok &&
			(c.Status == statuspage.ComponentPartialOutage || c.Status == statuspage.ComponentMajorOutage) {
			return true
		}
	}
	return s.Indicator == "major" || s.Indicator == "critical"
}

func providerName(p string) string {
	switch p {
	case "bedrock":
		return "Amazon Bedrock (CLAUDE_CODE_USE_BEDROCK)"
	case "vertex":
		return "Google Vertex AI (CLAUDE_CODE_USE_VERTEX)"
	case "foundry":
		return "Microsoft Foundry (CLAUDE_CODE_USE_FOUNDRY)"
	}
	return p
}

// incidentFix applies models.DuringIncidents — the rule the hook, the status
// line and `ccdiag run` share — to the open incidents and the model in use
// (the first configured one; unknown when none is set).
func incidentFix(s statuspage.Summary, cfg []configuredModel) string {
	if len(s.Incidents) == 0 {
		return ""
	}
	fams := make([][]string, len(s.Incidents))
	for i, in := range s.Incidents {
		fams[i] = in.ModelFamilies
	}
	named := s.AffectedFamilies()
	model, source := "", ""
	if len(cfg) > 0 {
		model, source = cfg[0].name, cfg[0].source
	}
	fam := models.Family(model)
	if fam == "" && len(named) > 0 {
		// Model in use unknown: say what the rule gives on the named family.
		if move, _ := models.DuringIncidents(named[0], fams); move == models.SwitchFamily {
			alias := models.SwitchAlias(named[0])
			return fmt.Sprintf("the incident names %s: on %s, switch with /model %s (claude -p: --model %s); other families are not named",
				strings.Join(named, ", "), named[0], alias, alias)
		}
	}
	switch move, _ := models.DuringIncidents(fam, fams); move {
	case models.SwitchFamily:
		alias := models.SwitchAlias(model)
		return fmt.Sprintf("the incident names %s, the family of %s (%s): switch with /model %s (claude -p: --model %s)",
			strings.Join(named, ", "), model, source, alias, alias)
	case models.WaitIncident:
		return "an incident concerns every model: switching model does not help, wait and retry"
	case models.NoIncident:
		if len(named) > 0 {
			return fmt.Sprintf("the incident names %s, not %s (%s): your model should not be affected", strings.Join(named, ", "), fam, source)
		}
	}
	return ""
}
