package doctor

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/ccdiag/ccdiag/internal/models"
)

// configuredModel is one model name and where it was set.
type configuredModel struct{ name, source string }

func configuredModels(d Deps) []configuredModel {
	var out []configuredModel
	seen := map[string]bool{}
	add := func(name, source string) {
		name = strings.TrimSpace(name)
		if name == "" || seen[name+source] {
			return
		}
		seen[name+source] = true
		out = append(out, configuredModel{name, source})
	}
	for _, m := range d.Models {
		add(m, "--model")
	}
	for _, v := range []string{"ANTHROPIC_MODEL", "ANTHROPIC_DEFAULT_OPUS_MODEL", "ANTHROPIC_DEFAULT_SONNET_MODEL",
		"ANTHROPIC_DEFAULT_HAIKU_MODEL", "ANTHROPIC_SMALL_FAST_MODEL"} {
		add(d.Getenv(v), v)
	}
	return out
}

// rank orders verdicts from least to most severe.
func rank(s Status) int {
	switch s {
	case Pass:
		return 1
	case Warn:
		return 2
	case Fail:
		return 3
	}
	return 0
}

// checkModels checks each configured model: offline against the known
// retired/deprecated ids, then against the /v1/models list, and with
// --probe-models by a free count_tokens request.
func checkModels(ctx context.Context, d Deps, env *setup, p *apiProbe) Result {
	cfg := configuredModels(d)
	if len(cfg) == 0 {
		return Result{Status: Pass, Detail: "no model configured: Claude Code picks its default"}
	}
	worst, verdicts, fixes := Skip, []string{}, []string{}
	listWaited := false
	var notes []string
	for _, m := range cfg {
		st, why, fix := modelVerdict(ctx, d, env, p, m, &listWaited)
		if rank(st) > rank(worst) {
			worst = st
		}
		verdicts = append(verdicts, m.source+"="+m.name+": "+why)
		if fix != "" {
			fixes = append(fixes, fix)
		}
	}
	if listWaited {
		select {
		case <-p.done: // p's fields are final once done is closed
			if !p.listed {
				notes = append(notes, "not checked against /v1/models ("+p.reason+")")
			}
		default:
			notes = append(notes, "not checked against /v1/models (no answer in time)")
		}
	}
	r := Result{Status: worst, Notes: append(verdicts, notes...), Fix: strings.Join(dedupe(fixes), "; ")}
	switch worst {
	case Fail:
		r.Detail = "a configured model will not work"
	case Warn:
		r.Detail = "a configured model needs attention"
	case Pass:
		r.Detail = itoa(len(cfg)) + " configured model(s) look fine"
	default:
		r.Detail = "configured models could not be checked"
	}
	return r
}

func modelVerdict(ctx context.Context, d Deps, env *setup, p *apiProbe, m configuredModel, waited *bool) (Status, string, string) {
	id := strings.TrimSuffix(strings.ToLower(m.name), "[1m]")
	lc := models.Lifecycle(id)
	switch lc.State {
	case models.AliasName:
		return Pass, "alias", ""
	case models.Retired, models.NeverExisted:
		return Fail, string(lc.State) + " — " + lc.Note, replaceFix(m)
	case models.InvitationOnly:
		return Warn, lc.Note, replaceFix(m)
	}
	st, why, fix := Skip, "not checked", ""
	if lc.State == models.Deprecated {
		st, why, fix = Warn, lc.Note, replaceFix(m)
	}
	if env.provider != "" {
		if st == Skip {
			st, why = Pass, "a "+env.provider+" id: not checked against Anthropic's list"
		}
		return st, why, fix
	}
	*waited = true
	select {
	case <-p.done:
	case <-ctx.Done():
		return st, why + " (the model list did not arrive in time)", fix
	}
	if !p.listed {
		return st, why, fix
	}
	life, listed := p.models[id]
	switch {
	case !listed && env.customBase:
		if st == Skip {
			st, why = Warn, "not in the gateway's /v1/models list"
			fix = "check the model names your gateway exposes"
		}
		return st, why, fix
	case !listed:
		return Fail, "not listed by /v1/models for this key (retired, misspelled or not enabled)", replaceFix(m)
	case life == "retired":
		return Fail, "listed as retired", replaceFix(m)
	case life == "deprecated":
		return Warn, "listed as deprecated", replaceFix(m)
	}
	st, why = Pass, "listed as active"
	if d.ProbeModels && p.client != nil {
		pst, pwhy := probeModel(ctx, env, p.client, id)
		if rank(pst) > rank(st) {
			st, fix = pst, replaceFix(m)
		}
		why += "; " + pwhy
	}
	return st, why, fix
}

// probeModel asks the free count_tokens endpoint whether this key can use id.
func probeModel(ctx context.Context, env *setup, c *http.Client, id string) (Status, string) {
	body, _ := json.Marshal(map[string]any{"model": id,
		"messages": []map[string]string{{"role": "user", "content": "ping"}}})
	req, err := newRequest(ctx, env, http.MethodPost, "/v1/messages/count_tokens", strings.NewReader(string(body)))
	if err != nil {
		return Warn, "count_tokens: " + err.Error()
	}
	resp, err := c.Do(req)
	if err != nil {
		return Warn, "count_tokens failed: " + netReason(err)
	}
	defer resp.Body.Close()
	a := readAnswer(resp)
	switch {
	case a.status == http.StatusOK:
		return Pass, "count_tokens OK"
	case a.status == http.StatusNotFound:
		return Fail, "count_tokens: " + a.describe(env.red)
	}
	return Warn, "count_tokens: " + a.describe(env.red)
}

func replaceFix(m configuredModel) string {
	if m.source == "--model" {
		return "use an alias such as sonnet or opus (/model sonnet)"
	}
	return "set " + m.source + " to an alias (sonnet, opus, haiku) or an id /v1/models lists as active, or unset it"
}

func dedupe(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
