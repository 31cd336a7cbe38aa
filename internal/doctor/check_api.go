package doctor

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/ccdiag/ccdiag/internal/apierror"
)

// checkAPI proves reachability and auth with the free GET /v1/models and
// hands the model list to the models check.
func checkAPI(ctx context.Context, d Deps, env *setup, p *apiProbe) Result {
	defer p.finish()
	switch {
	case env.baseErr != "":
		p.reason = env.baseErr
		return Result{Status: Fail, Detail: env.baseErr, Fix: "fix or unset ANTHROPIC_BASE_URL"}
	case env.provider != "":
		p.reason = "provider mode"
		return Result{Status: Skip, Detail: "Claude Code talks to " + providerName(env.provider) + ", not " + env.baseRaw,
			Fix: "check the provider's credentials and region (e.g. aws sts get-caller-identity, gcloud auth list)"}
	case env.apiKey == "" && env.authToken == "":
		p.reason = "no API key"
		return Result{Status: Skip,
			Detail: "no ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN: Claude Code may use your claude.ai login, which doctor cannot test",
			Fix:    "to test the API: export ANTHROPIC_API_KEY=sk-ant-… (a key from platform.claude.com) and rerun"}
	}
	p.client = httpClient(d, env)
	req, err := newRequest(ctx, env, http.MethodGet, "/v1/models?limit=1000", nil)
	if err != nil {
		p.reason = err.Error()
		return Result{Status: Fail, Detail: err.Error()}
	}
	resp, err := p.client.Do(req)
	if err != nil {
		r := requestFailure(env, err)
		p.reason = r.Detail
		return r
	}
	defer resp.Body.Close()
	a := readAnswer(resp)
	r := interpret(env, a)
	if a.requestID != "" {
		r.Notes = append(r.Notes, "request id "+a.requestID)
	}
	if a.status == http.StatusOK && r.Status == Pass {
		p.listed, p.models = true, listedModels(a.body)
	} else {
		p.reason = a.describe(env.red)
	}
	return r
}

func requestFailure(env *setup, err error) Result {
	msg := err.Error()
	var pe *proxyError
	switch {
	case strings.Contains(msg, "x509:") || strings.Contains(msg, "tls:"):
		return Result{Status: Fail, Detail: "TLS verification failed talking to " + env.host,
			Fix: "see the TLS check: export NODE_EXTRA_CA_CERTS=/path/to/corp-ca.pem if a proxy re-signs TLS"}
	case strings.Contains(msg, "proxyconnect") || errors.As(err, &pe):
		return Result{Status: Fail, Detail: "the proxy failed: " + netReason(err), Fix: "see the Proxy check"}
	}
	return Result{Status: Fail, Detail: "cannot reach " + env.baseRaw + ": " + netReason(err), Fix: connectFix(env, err)}
}

// interpret maps the /v1/models answer to a verdict. The verdict and the
// one-line detail are doctor's; the explanation and the fix come from
// apierror, the same catalogue `ccdiag diagnose` uses.
func interpret(env *setup, a apiAnswer) Result {
	cred := env.credential()
	who := "Anthropic"
	if env.customBase {
		who = "the gateway at " + env.host
	}
	if a.status == http.StatusOK {
		if !a.html && json.Valid(a.body) && strings.Contains(string(a.body), `"data"`) {
			return Result{Status: Pass, Detail: env.baseRaw + " reachable; " + cred + " accepted; " +
				itoa(len(listedModels(a.body))) + " models listed"}
		}
		return Result{Status: Fail, Detail: env.baseRaw + "/v1/models answered 200 with something that is not the API (HTML or a portal page)",
			Fix: "a captive portal, proxy or wrong ANTHROPIC_BASE_URL is answering instead of the API"}
	}
	text := a.message
	if text == "" {
		text = oneLine(env.red, string(a.body), 2000)
	}
	d := apierror.FromStatus(a.status, a.errType, a.errCode, text, apierror.Options{BaseURL: env.baseRaw})
	r := Result{Status: Fail, Notes: []string{d.Summary + " [" + string(d.Category) + "]"}, Fix: fixFrom(d)}
	switch {
	case a.status == http.StatusUnauthorized:
		r.Detail = who + " rejected " + cred + ": " + a.describe(env.red)
	case a.status == http.StatusForbidden && a.html:
		r.Detail = "blocked before reaching the API: " + a.describe(env.red) + " (a Cloudflare or proxy block page)"
	case a.status == http.StatusForbidden:
		r.Detail = cred + " lacks permission: " + a.describe(env.red)
	case a.status == http.StatusNotFound && strings.HasSuffix(env.base.Path, "/v1"):
		r.Detail = env.baseRaw + "/v1/models not found: " + a.describe(env.red)
		r.Fix = "remove the trailing /v1 from ANTHROPIC_BASE_URL"
	case a.status == http.StatusNotFound && env.customBase:
		// Many gateways do not route /v1/models: that alone proves nothing.
		r.Status = Warn
		r.Detail = "the gateway at " + env.host + " does not serve /v1/models (404), so auth cannot be checked this way"
	case a.status == http.StatusNotFound:
		r.Detail = env.baseRaw + "/v1/models not found: " + a.describe(env.red)
		r.Fix = "check ANTHROPIC_BASE_URL: it should be the API root, e.g. https://api.anthropic.com (no /v1)"
	case a.status == http.StatusTooManyRequests && d.Category == apierror.SpendLimit:
		r.Detail = "spend limit reached: " + a.describe(env.red)
	case a.status == http.StatusTooManyRequests:
		r.Status = Warn
		r.Detail = "rate limited (" + a.describe(env.red) + "); " + cred + " itself was accepted"
		for _, h := range []string{"retry-after", "anthropic-ratelimit-requests-remaining", "anthropic-ratelimit-requests-reset",
			"anthropic-ratelimit-tokens-remaining", "anthropic-ratelimit-tokens-reset"} {
			if v := a.header.Get(h); v != "" {
				r.Notes = append(r.Notes, h+": "+v)
			}
		}
	case a.status == 529:
		r.Detail = who + " is overloaded: " + a.describe(env.red)
	case a.status >= 500:
		r.Detail = who + " answered with a server error: " + a.describe(env.red)
	default:
		r.Detail = who + " answered " + a.describe(env.red)
	}
	return r
}

// fixFrom renders a diagnosis's first two actions as one line.
func fixFrom(d apierror.Diagnosis) string {
	var parts []string
	for _, act := range d.Actions {
		if len(parts) == 2 {
			break
		}
		p := act.Title
		if act.Command != nil && *act.Command != "" {
			p += ": " + *act.Command
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// listedModels reads the ids and lifecycles from a /v1/models body.
func listedModels(body []byte) map[string]string {
	var l struct {
		Data []struct {
			ID        string `json:"id"`
			Lifecycle string `json:"lifecycle"`
		} `json:"data"`
	}
	out := map[string]string{}
	if json.Unmarshal(body, &l) != nil {
		return out
	}
	for _, m := range l.Data {
		out[m.ID] = m.Lifecycle
	}
	return out
}
