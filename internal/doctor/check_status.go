package doctor

import (
	"context"
	"strings"

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
		if fams := s.AffectedFamilies(); len(fams) > 0 {
			r.Fix = "the incident names " + strings.Join(fams, ", ") + ": /model another family, or wait"
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
