package apierror

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/ccdiag/ccdiag/internal/models"
)

// entry is what ccdiag knows about one category: a summary, whether the very
// same request can succeed later, whose move it is, and the steps to take.
type entry struct {
	summary   string
	retryable bool
	side      Side
	actions   func(a *advice) []Action
}

// advice is the context actions are tailored to.
type advice struct {
	o        *occurrence
	status   int
	rule     string
	gateway  string // host of a custom ANTHROPIC_BASE_URL
	baseURL  string // that URL, credentials redacted
	provider string
	switchTo string // /model alias to suggest
	model    string // the model in use or named by the error
}

func act(title, command, why string) Action {
	a := Action{Title: title, Why: why}
	if command != "" {
		a.Command = &command
	}
	return a
}

var catalogue = lazy[map[Category]entry]{make: func() map[Category]entry {
	return map[Category]entry{
		ServerError: {"The API failed with an internal server error — not caused by your request, and usually brief.", true, SideServer, serverActions},
		Overloaded: {"The model is overloaded (capacity across all users, per model) — not your rate limit.", true, SideServer, func(a *advice) []Action {
			return []Action{
				act("Switch to another model", "/model "+a.switchTo, "Capacity is per model: another model usually has room while this one is overloaded."),
				act("Or wait a minute and resend", "", "Overload clears on its own; Claude Code already retried before showing this."),
				act("For unattended runs, set a fallback model", "claude -p --fallback-model "+a.switchTo+" \"…\"", "Claude Code then switches model on overload instead of failing the run."),
				statusAction(a),
			}
		}},
		GatewayError: {"Something between Claude Code and the API (a gateway, proxy or CDN) failed or answered with a page instead of the API's JSON.", true, SideNetwork, gatewayActions},
		Timeout: {"The request timed out before the API answered.", true, SideServer, func(a *advice) []Action {
			return []Action{
				act("Resend, and ask for smaller steps", "", "Long generations are the ones that time out; a retry usually goes through."),
				act("On a slow network or proxy, allow more time", "export API_TIMEOUT_MS=600000", "Claude Code's request timeout, in milliseconds."),
				statusAction(a),
			}
		}},
		RateLimit:  {"A rate limit was hit (requests or tokens per minute, or a provider quota).", true, SideAccount, rateActions},
		SpendLimit: {"A spend limit was reached: requests fail until the limit is raised or the period ends.", false, SideAccount, spendActions},
		UsageLimit: {"Your Claude plan's usage limit is used up until it resets.", true, SideAccount, usageActions},
		ContextTooLong: {"The conversation no longer fits the model's context window.", false, SideClient, func(a *advice) []Action {
			return []Action{
				act("Compact the conversation", "/compact", "Summarises the history so the next request fits; keeps the thread of the work."),
				act("Or start fresh", "/clear", "Drops the history entirely; use it when the old context is no longer needed."),
				act("If /compact itself fails, rewind first", "", "Press Esc twice and go back a few messages (before a huge file or tool output), then /compact."),
				act("See what fills the context", "/context", "Large tool outputs, many MCP tools and big CLAUDE.md files all count against the window."),
			}
		}},
		MaxOutputTokens: {"Claude's reply hit the output token cap before it finished.", false, SideClient, func(a *advice) []Action {
			limit := "64000"
			if n := models.MaxOutputTokens(a.model); n > 0 {
				limit = strconv.Itoa(n)
			}
			if asked, cap := maxTokensSetting(a.o.text); cap != "" {
				// "max_tokens: 128001 > 64000, which is the maximum allowed…":
				// the request asked for more than the model can give.
				return []Action{
					act("Lower Claude Code's output limit to the model's cap", "export CLAUDE_CODE_MAX_OUTPUT_TOKENS="+cap, "The request asked for "+asked+" output tokens; the model allows "+cap+". Check settings.json env too."),
					act("Update Claude Code", "claude update", "Some versions request more output tokens than the model allows; newer ones fix it."),
				}
			}
			return []Action{
				act("Ask for the work in smaller pieces", "", "One file or one step per reply stays under the cap."),
				act("Or raise the cap (up to the model's maximum)", "export CLAUDE_CODE_MAX_OUTPUT_TOKENS="+limit, "Claude Code's output limit; restart Claude Code after changing it."),
			}
		}},
		RequestTooLarge: {"The request is larger than allowed (an image, a PDF or the whole request body).", false, SideClient, sizeActions},
		InvalidRequest:  {"The API rejected the request as invalid; resending it unchanged fails the same way.", false, SideClient, invalidActions},
		ConversationState: {"The conversation history is in a state the API rejects (tool_use/tool_result or thinking blocks out of order) — not an outage.", false, SideClient, func(a *advice) []Action {
			return []Action{
				act("Rewind past the broken turn", "", "Press Esc twice and pick a message before the error: every resend of this history fails the same way."),
				act("Or start a fresh conversation", "/clear", "Clears the damaged history; the files on disk are unaffected."),
				act("Update Claude Code", "claude update", "These states usually come from client bugs fixed in newer versions."),
			}
		}},
		Authentication: {"The API key or login token was rejected (invalid, expired or revoked).", false, SideAccount, authActions},
		Permission:     {"The account, key or organisation is not allowed to do this.", false, SideAccount, permissionActions},
		NotFound:       {"The model or endpoint was not found: a wrong or retired model id, or a wrong ANTHROPIC_BASE_URL.", false, SideClient, notFoundActions},
		Billing:        {"A billing problem: the credit balance is used up or payment failed.", false, SideAccount, billingActions},
		Network:        {"Claude Code could not reach the API (connection refused, reset, timed out, or DNS failed).", true, SideNetwork, networkActions},
		TLS: {"TLS certificate verification failed — usually a corporate proxy or antivirus intercepting HTTPS.", false, SideNetwork, func(a *advice) []Action {
			acts := []Action{
				act("Trust your network's CA certificate", "export NODE_EXTRA_CA_CERTS=/path/to/corporate-ca.pem", "A TLS-intercepting proxy re-signs traffic with its own CA; Claude Code must be told to trust it (ask IT for the .pem)."),
				act("See who issued the certificate you get", "openssl s_client -connect "+apiHostPort(a)+" -showcerts </dev/null", "If the issuer is not a public CA, something on your network intercepts HTTPS."),
				act("Never turn verification off", "", "NODE_TLS_REJECT_UNAUTHORIZED=0 exposes your API key and code to anyone in the middle."),
			}
			if strings.Contains(lowerASCII(a.o.text), "expired") {
				acts = append(acts, act("Check the system clock", "date -u", "A wrong clock makes valid certificates look expired."))
			}
			return acts
		}},
		Proxy: {"The HTTP proxy refused or broke the connection (proxy authentication or tunnel failure).", false, SideNetwork, func(a *advice) []Action {
			return []Action{
				act("Check the proxy settings Claude Code sees", "env | grep -i _proxy", "HTTPS_PROXY must point at a working proxy; a wrong one fails every request."),
				act("If the proxy needs a login, put it in the URL", "export HTTPS_PROXY=http://USER:PASSWORD@proxy.example.com:8080", "A 407 means the proxy wants credentials (keep them out of shared shell history)."),
				act("Bypass the proxy for hosts that need none", "export NO_PROXY=localhost,127.0.0.1", "Local gateways and services should not go through the corporate proxy."),
			}
		}},
		ClientBug: {"Claude Code itself failed (a crash or an internal error), not the API.", false, SideClient, func(a *advice) []Action {
			return []Action{
				act("Update Claude Code", "claude update", "Most crashes are fixed in a newer release."),
				act("Restart and resume the conversation", "claude --continue", "Picks up the last conversation after the crash."),
				act("Report it if it keeps happening", "/bug", "Sends the error log to Anthropic with your consent."),
			}
		}},
		UnknownAPIError: {"The API returned an error ccdiag does not recognise.", false, SideServer, func(a *advice) []Action {
			return []Action{
				act("Read the API's message", "", "It usually names the field or setting at fault."),
				statusAction(a),
				act("Check your path to the API", "ccdiag doctor", "Tests DNS, proxy, TLS, authentication and each model."),
			}
		}},
		None: {"No Claude API failure found in this text.", false, SideClient, func(a *advice) []Action {
			return []Action{act("Paste the exact error Claude Code printed", "", "It usually starts with \"API Error\"; text that only mentions an error (a test count, your own server's 500) is not one.")}
		}},
	}
}}

func entryFor(c Category) entry {
	if e, ok := catalogue.get()[c]; ok {
		return e
	}
	return catalogue.get()[UnknownAPIError]
}

// statusAction points at the right status page for the provider.
func statusAction(a *advice) Action {
	switch a.provider {
	case "bedrock":
		return act("Check the AWS Health Dashboard for Bedrock", "", "Bedrock incidents do not show on Anthropic's status page.")
	case "vertex":
		return act("Check the Google Cloud status page for Vertex AI", "", "Vertex AI incidents do not show on Anthropic's status page.")
	}
	return act("Check Anthropic's status page", "ccdiag status", "If an incident is open, waiting is the fix (https://status.claude.com).")
}

func gatewayFirst(a *advice) []Action {
	if a.gateway == "" {
		return nil
	}
	return []Action{act("Check your gateway at "+a.gateway+" first",
		"curl -sS "+a.baseURL+"/v1/models -H 'anthropic-version: 2023-06-01' -H \"x-api-key: $ANTHROPIC_API_KEY\"",
		"ANTHROPIC_BASE_URL points at "+a.gateway+", not api.anthropic.com: the failure may be the gateway's own, and Anthropic's status page does not cover it.")}
}

func serverActions(a *advice) []Action {
	acts := []Action{
		statusAction(a),
		act("Wait a minute, then resend your last message", "", "Claude Code already retried; 5xx errors are usually short-lived."),
		act("If it keeps failing on this model, switch model", "/model "+a.switchTo, "Failures clustered on one model often clear on another."),
	}
	return acts
}

func gatewayActions(a *advice) []Action {
	low := lowerASCII(a.o.text)
	switch {
	case a.rule == "cf-challenge":
		return []Action{
			act("Turn off your VPN or switch network", "", "Cloudflare is challenging your IP address (a browser check Claude Code cannot pass): this is not a key problem."),
			act("Check what your network gets from the API", "curl -sI https://api.anthropic.com/v1/models", "An HTML 403 with 'Just a moment' confirms the IP is challenged."),
		}
	case a.rule == "relay-client":
		return []Action{
			act("Check the relay's client restrictions", "", "Your relay/gateway rejected this client by its own rules, before Anthropic saw the request."),
			act("Or point Claude Code at the API directly", "unset ANTHROPIC_BASE_URL", "Use your own key or login without the relay."),
		}
	case a.gateway == "" && (strings.Contains(low, "api.anthropic.com") || a.rule == "envoy"):
		// Anthropic's own edge failed: same advice as a server error.
		return append([]Action{act("This came from Anthropic's edge, not from your network", "", "api.anthropic.com's front end could not reach the API servers.")}, serverActions(a)...)
	}
	acts := []Action{
		act("Check the gateway or proxy in front of the API", "env | grep -E 'ANTHROPIC_BASE_URL|_PROXY'", "An HTML page, 'upstream connect error' or an empty 200 comes from whatever relays your requests, not from Anthropic's API."),
		act("If you did not mean to use a gateway, remove it", "unset ANTHROPIC_BASE_URL", "Claude Code then talks to api.anthropic.com directly."),
		act("Test the whole path", "ccdiag doctor", "Checks DNS, proxy, TLS and authentication step by step."),
	}
	if a.o.retry {
		acts = append(acts, act("Or wait and resend", "", "Gateway 5xx errors are often brief."))
	}
	return acts
}

func rateActions(a *advice) []Action {
	switch {
	case a.provider == "bedrock":
		return []Action{
			act("Wait, then resend", "", "Bedrock throttles tokens and requests per minute (and per day); the quota refills."),
			act("Ask AWS for a higher quota", "", "Service Quotas → Amazon Bedrock → the on-demand tokens/requests per minute for this model; or use a cross-region inference profile."),
			act("Run fewer sessions or subagents at once", "", "Parallel agents share the same quota."),
		}
	case a.provider == "vertex":
		return []Action{
			act("Wait, then resend", "", "Vertex AI quotas are per minute (some per day); they refill."),
			act("Request a quota increase", "", "Google Cloud console → IAM & Admin → Quotas → the Vertex AI quota named in the error (a quota of 0 was never granted)."),
			act("Try another region", "export CLOUD_ML_REGION=us-east5", "Quotas are per region."),
		}
	case a.rule == "server-throttle":
		return []Action{
			act("Wait a moment and resend", "", "Anthropic is limiting traffic on its side; this is not your usage limit and nothing on your account needs changing."),
			statusAction(a),
		}
	}
	return []Action{
		act("Wait for the limit to reset, then resend", "", "Rate limits refill within a minute; Claude Code honours the server's retry-after."),
		act("Check which credentials Claude Code uses", "/status", "A stray ANTHROPIC_API_KEY makes Claude Code use that key's (low) API tier instead of your subscription."),
		act("Run fewer sessions or subagents in parallel", "", "They share the same per-minute limits."),
		act("See your organisation's limits", "", "https://platform.claude.com/settings/limits lists requests and tokens per minute per model."),
	}
}

func spendActions(a *advice) []Action {
	when := ""
	if a.o.reset != "" {
		when = " (access returns " + a.o.reset + ")"
	}
	if a.rule == "spend-monthly" {
		return []Action{
			act("Raise your monthly extra-usage limit", "", "claude.ai/settings/usage — the limit you set for usage beyond your plan."),
			act("Or wait for the next month"+when, "", "The limit resets with the billing month."),
		}
	}
	return []Action{
		act("Raise the spend limit in the Claude Console"+when, "", "https://platform.claude.com/settings/limits (workspace and organisation limits); retrying does not help until then."),
		act("Or use your Claude subscription instead of API billing", "/login", "A subscription login is not bound by the API spend limit."),
	}
}

func usageActions(a *advice) []Action {
	wait := "Wait until your limit resets"
	if a.o.reset != "" {
		wait += " (" + a.o.reset + ")"
	}
	acts := []Action{act(wait, "", "Plan limits run in 5-hour sessions and weekly windows; nothing is broken.")}
	low := lowerASCII(a.o.text)
	if strings.Contains(low, "opus limit") || strings.Contains(low, "opus weekly") {
		acts = append(acts, act("Switch to Sonnet meanwhile", "/model sonnet", "The Opus limit is separate; Sonnet still has room."))
	}
	acts = append(acts,
		act("See how much is used", "/usage", "Shows the session and weekly limits and when each resets."),
		act("Or switch to pay-as-you-go API billing", "/login", "Log in with a Console account (API key) to keep working now, billed per token."),
	)
	return acts
}

func sizeActions(a *advice) []Action {
	low := lowerASCII(a.o.text)
	if strings.Contains(low, "image") || strings.Contains(low, "pdf") {
		return []Action{
			act("Rewind to before the image or PDF was added", "", "Press Esc twice: it stays in the history and every later request fails the same way."),
			act("Shrink it first", "", "Images must be under 5 MB and, with many images, 2000 px per side; resize or crop before attaching."),
			act("Or start fresh", "/clear", "Drops the attachment with the history."),
		}
	}
	acts := []Action{
		act("Compact the conversation", "/compact", "Drops old attachments and large tool outputs from the request."),
		act("Reference big files by path instead of pasting them", "", "Claude Code reads files itself, in pieces."),
	}
	if a.o.f.html || a.gateway != "" {
		acts = append([]Action{act("Raise the body size limit of your gateway or proxy", "", "An HTML 413 comes from a proxy (e.g. nginx client_max_body_size), whose limit can be far below the API's 32 MB.")}, acts...)
	}
	return acts
}

func invalidActions(a *advice) []Action {
	if a.rule == "usage-policy" {
		return []Action{
			act("Edit your last message", "", "Press Esc twice to go back and rephrase: the request, not the service, was refused."),
			act("Or start a new session", "/clear", "Content earlier in the conversation can keep triggering the refusal."),
		}
	}
	if a.rule == "bedrock-on-demand" {
		return []Action{
			act("Use an inference profile id for the model", "export ANTHROPIC_MODEL=<inference-profile-id-or-arn>", "This model cannot be invoked on demand on Bedrock; use the profile id (e.g. one starting with us. or global.) from the Bedrock console."),
			act("Check which model Claude Code sends", "/status", "Background tasks may use ANTHROPIC_SMALL_FAST_MODEL, which needs a profile id too."),
		}
	}
	why := "It names the field at fault."
	if m := strings.TrimSpace(a.o.f.message); m != "" {
		why = "The API said: " + clip(withoutModelIDs(m), 160)
	}
	return []Action{
		act("Read the API's message", "", why),
		act("Rewind past the failing turn", "", "Press Esc twice: resending the same request fails the same way."),
		act("Update Claude Code", "claude update", "Invalid requests from Claude Code itself are bugs fixed in newer versions."),
	}
}

func authActions(a *advice) []Action {
	switch a.provider {
	case "bedrock":
		return []Action{
			act("Refresh your AWS credentials", "aws sso login", "Expired or invalid AWS credentials (or the wrong AWS_PROFILE) are rejected by Bedrock; use your usual login if not SSO."),
			act("Check which identity Claude Code uses", "aws sts get-caller-identity", "AWS_PROFILE, AWS_REGION and CLAUDE_CODE_USE_BEDROCK decide the account; an ANTHROPIC_API_KEY is not used for Bedrock."),
		}
	case "vertex":
		return []Action{
			act("Log in to Google Cloud again", "gcloud auth application-default login", "Vertex AI uses application-default credentials; they expired or are missing."),
			act("Check the project Claude Code uses", "echo $ANTHROPIC_VERTEX_PROJECT_ID $CLOUD_ML_REGION", "CLAUDE_CODE_USE_VERTEX=1 needs a project and region with the model enabled."),
		}
	}
	return []Action{
		act("Log in again", "/login", "Refreshes an expired or revoked login token."),
		act("Look for a stale key in your environment", "env | grep ANTHROPIC", "ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN override your login; an old one is rejected on every request."),
		act("Remove it if you did not mean to use it", "unset ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN", "Claude Code then uses your /login credentials."),
		act("Confirm what Claude Code uses now", "/status", "Shows the active account and authentication method."),
	}
}

func permissionActions(a *advice) []Action {
	low := lowerASCII(a.o.text)
	switch {
	case a.provider == "bedrock":
		return []Action{
			act("Enable access to the model in the Bedrock console", "", "Model access is per model and region; the IAM role also needs bedrock:InvokeModel."),
			act("Check the AWS identity Claude Code uses", "aws sts get-caller-identity", "AWS_PROFILE and AWS_REGION decide the account and region."),
		}
	case a.provider == "vertex":
		return []Action{
			act("Grant the Vertex AI User role", "", "The account needs roles/aiplatform.user on the project, and the Claude model enabled in Model Garden."),
			act("Check the project and credentials", "gcloud auth application-default print-access-token >/dev/null && echo ok", "ANTHROPIC_VERTEX_PROJECT_ID and CLOUD_ML_REGION decide where requests go."),
		}
	case strings.Contains(low, "organization") || strings.Contains(low, "subscription"):
		return []Action{
			act("Ask your organisation's admin to enable Claude Code access", "", "The organisation has turned off this kind of access; your login works but is not allowed."),
			act("Or use an API key instead", "export ANTHROPIC_API_KEY=sk-ant-…", "An API key from the Console is not affected by the subscription setting."),
		}
	case strings.Contains(low, "request not allowed") || strings.Contains(low, "country"):
		return []Action{
			act("Check that you are in a supported region", "", "A 403 'Request not allowed' usually means the request comes from an unsupported country or through a VPN exit there (https://anthropic.com/supported-countries)."),
			act("Turn off the VPN or proxy and retry", "", "The API sees the exit IP, not your location."),
		}
	}
	return []Action{
		act("Check the account Claude Code uses", "/status", "The key or login may belong to an organisation without access."),
		act("Log in with an account that has access", "/login", "Permissions follow the account, not the machine."),
	}
}

func notFoundActions(a *advice) []Action {
	low := lowerASCII(a.o.text)
	if strings.Contains(low, "404 page not found") || a.o.f.html {
		return []Action{
			act("Fix ANTHROPIC_BASE_URL", "echo $ANTHROPIC_BASE_URL", "A bare 404 page means the URL does not point at an Anthropic-compatible API root (no /v1 at the end)."),
			act("Pick a model Claude Code knows", "/model", "Then retry; the model id may also be wrong."),
		}
	}
	return []Action{
		act("Pick a current model", "/model "+a.switchTo, "The requested model id is wrong, retired or not available to you; aliases always point at a current model."),
		act("Look for a pinned model id in your settings", "env | grep -E 'ANTHROPIC_(MODEL|DEFAULT_|SMALL_FAST)'", "A retired id in ANTHROPIC_MODEL, ANTHROPIC_DEFAULT_*_MODEL or settings.json overrides /model (background tasks use the small/fast model)."),
	}
}

func billingActions(a *advice) []Action {
	if a.gateway != "" || a.o.provider == "gateway" {
		return []Action{act("Top up the account of your gateway provider", "", "The credit error comes from the service behind ANTHROPIC_BASE_URL, not from Anthropic.")}
	}
	return []Action{
		act("Add credits to the Console account", "", "https://platform.claude.com/settings/billing — requests fail until the balance is positive."),
		act("Or use your Claude subscription instead", "unset ANTHROPIC_API_KEY", "An ANTHROPIC_API_KEY in your environment makes Claude Code bill that key instead of your plan; then /login."),
	}
}

func networkActions(a *advice) []Action {
	low := lowerASCII(a.o.text)
	acts := []Action{}
	if !a.o.retry && (strings.Contains(low, "connection refused") || strings.Contains(low, "connectionrefused")) {
		acts = append(acts, act("Start the local gateway or stop pointing at it", "unset ANTHROPIC_BASE_URL", "ANTHROPIC_BASE_URL points at a local address where nothing listens."))
	}
	if strings.Contains(low, "enotfound") || strings.Contains(low, "eai_again") || strings.Contains(low, "erefused") || strings.Contains(low, "getaddrinfo") {
		acts = append(acts, act("Check DNS for the API host", "nslookup "+hostOnly(a), "The host name did not resolve: DNS, VPN split-DNS or a typo in the base URL or region."))
	}
	acts = append(acts,
		act("Test the connection to the API", "curl -sI "+apiURL(a), "Shows whether this machine reaches the API at all."),
		act("Check VPN, firewall and proxy settings", "env | grep -i _proxy", "A corporate network may require HTTPS_PROXY; a VPN may drop long-lived connections."),
		act("Run the full network check", "ccdiag doctor", "Tests DNS, proxy, TLS and authentication step by step."),
	)
	if a.o.retry {
		acts = append(acts, act("Or resend once the connection is back", "", "Resets and timeouts are usually brief."))
	}
	return acts
}

func hostOnly(a *advice) string {
	if a.gateway != "" {
		return a.gateway
	}
	return "api.anthropic.com"
}

func apiHostPort(a *advice) string {
	if a.gateway != "" {
		if u, err := url.Parse(a.baseURL); err == nil && u.Port() != "" {
			return u.Hostname() + ":" + u.Port()
		}
	}
	return hostOnly(a) + ":443"
}

// apiURL is the URL requests go to: the gateway's or Anthropic's.
func apiURL(a *advice) string {
	if a.gateway != "" && a.baseURL != "" {
		return a.baseURL
	}
	return "https://api.anthropic.com"
}

// redactURL removes credentials (user:pass@) from a URL.
func redactURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	u.User = nil
	return strings.TrimRight(u.String(), "/")
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xc0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// build turns the chosen occurrence into a Diagnosis.
func build(p *occurrence, others []*occurrence, opts Options, reason string) Diagnosis {
	d := Diagnosis{Actions: []Action{}, AlsoSeen: []Brief{}}
	if p == nil {
		e := entryFor(None)
		d.Category, d.Side, d.Summary = None, e.side, e.summary
		if reason == "empty input" {
			d.Summary = "Empty input: nothing to diagnose."
		}
		d.Actions = e.actions(&advice{o: &occurrence{}})
		return d
	}
	e := entryFor(p.cat)
	a := &advice{o: p, status: p.f.status, gateway: gatewayHost(opts.BaseURL), baseURL: redactURL(opts.BaseURL)}
	if a.gateway == "" {
		// Claude Code names the gateway: "… check your inference gateway (host)."
		if h := gatewayInText(p.text); h != "" {
			a.gateway, a.baseURL = h, "https://"+h
		} else if u := p.hints.baseURL; u != "" && gatewayHost(u) != "" {
			// The paste shows ANTHROPIC_BASE_URL=http://localhost:4000.
			a.gateway, a.baseURL = gatewayHost(u), redactURL(u)
		}
	}
	if p.rule != nil {
		a.rule = p.rule.id
	}
	a.model = opts.Model
	if a.model == "" {
		a.model = p.model
	}
	if a.model == "" {
		a.model = findModel(lowerASCII(p.text))
	}
	a.switchTo = models.SwitchAlias(a.model)
	a.provider = p.provider
	if a.provider == "" && a.gateway != "" {
		a.provider = "gateway"
	}
	d.IsAPIError = p.cat != None && !p.notAPI
	if d.IsAPIError && a.provider == "" {
		a.provider = "anthropic"
	}
	d.Category = p.cat
	d.Retryable = p.retry
	d.Side = e.side
	if p.f.status != 0 && p.f.statusFrom != "implied" {
		st := p.f.status
		d.HTTPStatus = &st
	}
	if p.f.errType != "" {
		t := p.f.errType
		d.ErrorType = &t
	}
	if p.f.errCode != "" {
		c := p.f.errCode
		d.ErrorCode = &c
	}
	if p.f.requestID != "" {
		id := p.f.requestID
		d.RequestID = &id
	}
	if d.IsAPIError {
		prov := a.provider
		d.Provider = &prov
	}
	d.Summary = summaryFor(p, e, a)
	acts := e.actions(a)
	if d.IsAPIError && a.gateway != "" && gatewayMatters(p.cat) {
		acts = append(gatewayFirst(a), acts...)
	}
	if p.f.requestID != "" && d.IsAPIError {
		acts = append(acts, act("Quote request id "+p.f.requestID+" if you contact support", "", "It lets Anthropic (or your provider) find this exact request."))
	}
	d.Actions = acts
	seen := map[string]bool{briefKey(p): true}
	for i := len(others) - 1; i >= 0 && len(d.AlsoSeen) < 10; i-- {
		o := others[i]
		if k := briefKey(o); !seen[k] {
			seen[k] = true
			d.AlsoSeen = append(d.AlsoSeen, brief(o))
		}
	}
	return d
}

// gatewayMatters reports categories a gateway can cause or distort.
func gatewayMatters(c Category) bool {
	switch c {
	case ContextTooLong, MaxOutputTokens, ConversationState, ClientBug, UsageLimit, None:
		return false
	}
	return true
}

func briefKey(o *occurrence) string { return string(o.cat) + "/" + strconv.Itoa(o.f.status) }

func brief(o *occurrence) Brief {
	b := Brief{Category: o.cat, Summary: entryFor(o.cat).summary}
	if o.f.status != 0 && o.f.statusFrom != "implied" {
		st := o.f.status
		b.HTTPStatus = &st
	}
	if o.f.requestID != "" {
		id := o.f.requestID
		b.RequestID = &id
	}
	return b
}

// summaryFor refines the category's summary with what this error says.
func summaryFor(p *occurrence, e entry, a *advice) string {
	s := e.summary
	if p.rule != nil && p.rule.summary != "" {
		s = p.rule.summary
	}
	switch {
	case p.cat == UsageLimit && p.reset != "":
		s = "Your Claude plan's usage limit is used up; it resets " + p.reset + "."
	case p.cat == SpendLimit && p.reset != "":
		s = "A spend limit was reached; access returns " + p.reset + "."
	case p.rule != nil && p.rule.id == "max-tokens-setting":
		if asked, cap := maxTokensSetting(p.text); cap != "" {
			s = "The request asked for " + asked + " output tokens but the model allows at most " + cap + " — a setting, not an outage."
		} else {
			s = "The request asked for more output tokens than the model allows — a setting, not an outage."
		}
	case p.rule != nil && p.rule.id == "server-throttle":
		s = "Anthropic is temporarily limiting requests on its side — not your usage limit."
	case p.rule != nil && p.rule.id == "cf-challenge":
		s = "Cloudflare answered with a browser-challenge page instead of the API: your IP or VPN is being challenged — not a key problem."
	case p.cat == Network && p.rule != nil && p.rule.id == "dns-refused":
		s = "DNS refused to resolve the API host (EREFUSED): a resolver or network setting, not a passing blip."
	case p.cat == InvalidRequest && p.f.message != "":
		s = "The API rejected the request: " + clip(p.f.message, 140)
	case p.cat == UnknownAPIError && p.f.message != "":
		s = "The API returned an unrecognised error: " + clip(p.f.message, 140)
	}
	if p.f.status != 0 && p.f.statusFrom != "implied" && !strings.Contains(s, "HTTP") {
		s = strings.TrimSuffix(s, ".") + fmt.Sprintf(" (HTTP %d).", p.f.status)
	}
	switch p.provider {
	case "bedrock":
		s = "Amazon Bedrock: " + s
	case "vertex":
		s = "Google Vertex AI: " + s
	}
	if a.gateway != "" && gatewayMatters(p.cat) && p.cat != None {
		s += " A gateway (" + a.gateway + ") is in front of the API: check it first."
	}
	return s
}

// gatewayInText returns the host in Claude Code's "check your inference
// gateway (<host>)" suffix.
func gatewayInText(text string) string {
	const key = "inference gateway ("
	i := strings.Index(text, key)
	if i < 0 {
		return ""
	}
	rest := text[i+len(key):]
	j := strings.IndexByte(rest, ')')
	if j <= 0 || j > 200 {
		return ""
	}
	h := strings.TrimSpace(rest[:j])
	if strings.Contains(h, "://") {
		h = hostOf(h)
	}
	if strings.ContainsAny(h, " \n\"'") {
		return ""
	}
	return h
}

// maxTokensSetting reads "max_tokens: 128001 > 64000" from an error.
func maxTokensSetting(text string) (asked, cap string) {
	i := strings.Index(text, "max_tokens:")
	if i < 0 {
		return "", ""
	}
	f := strings.Fields(text[i+len("max_tokens:"):])
	if len(f) < 3 || f[1] != ">" {
		return "", ""
	}
	a, c := strings.TrimRight(f[0], ","), strings.TrimRight(f[2], ",")
	if _, err := strconv.Atoi(a); err != nil {
		return "", ""
	}
	if _, err := strconv.Atoi(c); err != nil {
		return "", ""
	}
	return a, c
}

// withoutModelIDs replaces model ids in quoted text ("claude-3-5-sonnet-2024…")
// by "the model": advice never names a dated or retired id, even when quoting.
func withoutModelIDs(s string) string {
	low := lowerASCII(s)
	var b strings.Builder
	last := 0
	for off := 0; ; {
		i := strings.Index(low[off:], "claude-")
		if i < 0 {
			break
		}
		i += off
		j := i + len("claude-")
		for j < len(s) && (isIDByte(s[j]) || s[j] == '.' || s[j] == '@' || s[j] == ':') {
			j++
		}
		b.WriteString(s[last:i])
		b.WriteString("the model")
		last, off = j, j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
