package doctor

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
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
		p.reason = a.describe()
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

// interpret maps the /v1/models answer to a verdict.
func interpret(env *setup, a apiAnswer) Result {
	cred := env.credential()
	who := "Anthropic"
	if env.customBase {
		who = "the gateway at " + env.host
	}
	switch {
	case a.status == http.StatusOK && !a.html && json.Valid(a.body) && strings.Contains(string(a.body), `"data"`):
		return Result{Status: Pass, Detail: env.baseRaw + " reachable; " + cred + " accepted; " +
			itoa(len(listedModels(a.body))) + " models listed"}
	case a.status == http.StatusOK:
		return Result{Status: Fail, Detail: env.baseRaw + "/v1/models answered 200 with something that is not the API (HTML or a portal page)",
			Fix: "a captive portal, proxy or wrong ANTHROPIC_BASE_URL is answering instead of the API"}
	case a.status == http.StatusUnauthorized:
		fix := "the key is invalid, revoked or expired: create one at platform.claude.com, or unset ANTHROPIC_API_KEY and /login; check: env | grep ANTHROPIC"
		if env.apiKey == "" {
			fix = "ANTHROPIC_AUTH_TOKEN was rejected: get a fresh token for " + env.host
		}
		return Result{Status: Fail, Detail: who + " rejected " + cred + ": " + a.describe(), Fix: fix}
	case a.status == http.StatusPaymentRequired:
		return Result{Status: Fail, Detail: "billing problem: " + a.describe(), Fix: "add credits or fix the payment method at platform.claude.com"}
	case a.status == http.StatusForbidden && a.html:
		return Result{Status: Fail, Detail: "blocked before reaching the API: " + a.describe() + " (a Cloudflare or proxy block page)",
			Fix: "a network/IP problem, not your key: try another network or VPN exit, or ask IT whether the proxy is blocked"}
	case a.status == http.StatusForbidden:
		return Result{Status: Fail, Detail: cred + " lacks permission: " + a.describe(),
			Fix: "check the key's workspace and organisation permissions at platform.claude.com"}
	case a.status == http.StatusNotFound:
		r := Result{Status: Fail, Detail: env.baseRaw + "/v1/models not found: " + a.describe(),
			Fix: "check ANTHROPIC_BASE_URL: it should be the API root, e.g. https://api.anthropic.com (no /v1)"}
		if strings.HasSuffix(env.base.Path, "/v1") {
			r.Fix = "remove the trailing /v1 from ANTHROPIC_BASE_URL"
		} else if env.customBase {
			r.Status = Warn
			r.Detail = "the gateway at " + env.host + " does not serve /v1/models (404), so auth cannot be checked this way"
			r.Fix = "if Claude Code fails too, check the gateway's routes and ANTHROPIC_BASE_URL"
		}
		return r
	case a.status == http.StatusTooManyRequests:
		if a.errCode == "enforced_spend_limit_reached" || a.errCode == "contract_spend_limit_reached" {
			return Result{Status: Fail, Detail: "spend limit reached: " + a.describe(),
				Fix: "raise the limit at platform.claude.com, or wait until it resets on the 1st of next month"}
		}
		r := Result{Status: Warn, Detail: "rate limited (" + a.describe() + "); " + cred + " itself was accepted",
			Fix: "wait for the reset; check for a stray ANTHROPIC_API_KEY shared with other tools; reduce parallel sessions"}
		for _, h := range []string{"retry-after", "anthropic-ratelimit-requests-remaining", "anthropic-ratelimit-requests-reset",
			"anthropic-ratelimit-tokens-remaining", "anthropic-ratelimit-tokens-reset"} {
			if v := a.header.Get(h); v != "" {
				r.Notes = append(r.Notes, h+": "+v)
			}
		}
		return r
	case a.status == 529:
		return Result{Status: Fail, Detail: who + " is overloaded: " + a.describe(),
			Fix: "capacity, not your setup: wait, or /model another model"}
	case a.status >= 500:
		r := Result{Status: Fail, Detail: who + " answered with a server error: " + a.describe(),
			Fix: "not your setup: check the status page, wait and retry"}
		if a.html || env.customBase {
			r.Fix = "something in front of the API (gateway, proxy) failed: check it first"
		}
		return r
	}
	return Result{Status: Fail, Detail: "unexpected answer: " + a.describe()}
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
