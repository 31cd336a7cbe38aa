package apierror

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/internal/models"
)

// advice is the context actions are tailored to.
type advice struct {
	o        *occurrence
	status   int
	gateway  string // host of a custom ANTHROPIC_BASE_URL
	baseURL  string // that URL, credentials redacted
	provider string
	switchTo string // /model alias to suggest
	model    string // the model in use or named by the error
	keySet   bool   // ANTHROPIC_API_KEY is set where Claude Code runs
}

func act(title, command, why string) Action {
	a := Action{Title: title, Why: why}
	if command != "" {
		a.Command = &command
	}
	return a
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
		e := baseOf(None)
		d.Category, d.Side, d.Summary = None, e.side, e.summary
		if reason == "empty input" {
			d.Summary = "Empty input: nothing to diagnose."
		}
		d.Actions = e.actions(&advice{o: &occurrence{}})
		return d
	}
	e := baseOf(p.cat)
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
	a.model = opts.Model
	a.keySet = opts.APIKeySet
	if a.model == "" {
		a.model = p.model
	}
	if a.model == "" {
		a.model = findModel(p.lower())
	}
	a.switchTo = models.SwitchAlias(a.model)
	d.IsAPIError = p.cat != None && !p.notAPI
	a.provider = whoAnswered(p, a.gateway != "", gatewayHost(opts.BaseURL) != "", hostOf(opts.BaseURL) == "api.anthropic.com")
	if p.provider == "" && a.provider != "" {
		// Who answered is settled only here (the relay a paste names around
		// its bare error object, a status from the report's own line): what
		// the status means there decides, as it does when the error's own
		// text names the provider.
		p.provider = a.provider
		if p.atProvider() {
			p.finish(nil, opts)
			e = baseOf(p.cat)
		}
		p.provider = ""
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
	if d.IsAPIError && a.provider != "" {
		prov := a.provider
		d.Provider = &prov
	}
	// An id not in Anthropic's form on an error a relay or Bedrock answered
	// is theirs, not Anthropic's: a service at ANTHROPIC_BASE_URL that
	// borrows the API's envelope ("request_id": "2026…"), or AWS's own
	// request id — the x-amzn-RequestId header, which the AWS SDKs print as
	// $metadata.requestId (JavaScript), "RequestID: …" (Go's
	// awshttp.ResponseError) or requestID (Swift). Only that service can
	// look it up (AWS Support asks for it), so it is reported as the
	// provider's id.
	// So is a "req_" id shorter than Anthropic's 24 characters after the
	// prefix, or of hex digits alone: free-claude-code appends its own
	// "(request_id=req_" + 12 hex digits (providers/common/error_mapping.py,
	// append_request_id), and its later releases the whole uuid's 32.
	// An id without the "req_" every Claude API id starts with (Kong's 32
	// hex digits in its error template's "request_id", a uuid) is never the
	// API's, whoever the paste shows answered.
	foreign := d.RequestID != nil && !anthropicShaped(*d.RequestID) && (a.provider == "gateway" || a.provider == "bedrock" || !strings.HasPrefix(*d.RequestID, "req_"))
	providerIDAction := func(id string) Action {
		return act("Quote relay request id "+id+" to whoever runs your relay", "", "The relay gave the request its own id: its logs show what the service behind it answered.")
	}
	id := relayRequestID(p.text)
	if id == "" {
		id = p.relayID
	}
	if id != "" && d.IsAPIError {
		d.ProviderRequestID = &id
		if foreign {
			d.RequestID = nil // the relay the user talks to holds the rest in its logs
		}
	} else if foreign {
		d.ProviderRequestID, d.RequestID = d.RequestID, nil
		if a.provider == "bedrock" {
			providerIDAction = func(id string) Action {
				return act("Quote AWS request id "+id+" if you contact AWS Support", "", "It is Amazon Bedrock's id for this request: AWS can look it up, Anthropic cannot.")
			}
		}
	}
	d.Summary = summaryFor(p, a)
	setTiming(&d, p, opts)
	acts := p.actions(a)
	if d.IsAPIError && a.gateway != "" && gatewayMatters(p.cat) {
		acts = append(gatewayFirst(a), acts...)
	} else if d.IsAPIError && a.provider == "gateway" && gatewayMatters(p.cat) && p.cat != GatewayError && p.cat != Billing {
		// The envelope is a relay's (one-api, OpenRouter, LiteLLM…): its
		// limits, keys and upstream decide, and Anthropic's advice may not apply.
		acts = append([]Action{act("Check the relay in front of the API first", "echo $ANTHROPIC_BASE_URL",
			"This error came back in a relay's envelope, not Anthropic's: the relay's own limits, keys and upstream decide, and its operator or logs say which.")}, acts...)
	} else if d.IsAPIError && a.provider == "anthropic" && relayNamed(p) && gatewayMatters(p.cat) {
		// A relay passed Anthropic's answer on (its log of the API's
		// status): the account Anthropic answered is the relay's.
		acts = append([]Action{act("Check the relay's account with Anthropic first", "",
			"Anthropic answered the relay's own account (the relay this paste names passed the answer on): that account's access, limits or credentials decide, and the relay's admin page or logs show which account it was.")}, acts...)
	}
	if d.RequestID != nil && d.IsAPIError {
		acts = append(acts, quoteAction(*d.RequestID))
	}
	if d.ProviderRequestID != nil {
		acts = append(acts, providerIDAction(*d.ProviderRequestID))
	}
	d.Actions = acts
	d.AlsoSeen = make([]Brief, 0, min(len(others), 10))
	seen := map[briefKey]bool{keyOf(p): true}
	for i := len(others) - 1; i >= 0 && len(d.AlsoSeen) < 10; i-- {
		o := others[i]
		if k := keyOf(o); !seen[k] {
			seen[k] = true
			d.AlsoSeen = append(d.AlsoSeen, brief(o))
		}
	}
	return d
}

// whoAnswered is the provider the paste shows answered, the strongest
// evidence first: the error's own text (an entry or envelope that names its
// provider), a gateway at ANTHROPIC_BASE_URL, Anthropic's envelope or
// request id, the service the paste names as its endpoint, and last
// Anthropic's wording or status, which compatible services copy. A
// connection that failed on the way was answered by nobody, unless the
// error names who or the paste shows where it was going instead of
// Anthropic. A relay may pass Anthropic's own answer on (its overload, the
// context window: the categories a gateway cannot cause); a service named
// in the error's own lines answers for itself (a service named elsewhere
// may be one the user merely mentions); Claude Code's own notices (the
// output cap) name nobody. "" : nothing says. gateway: ANTHROPIC_BASE_URL
// is another host (configured: set by the caller, not read in the paste);
// direct: it is Anthropic's own.
// clientTimeout reports a client that gave up waiting on its own (a read
// or connect timeout): like a failed connection, it got no answer.
func clientTimeout(p *occurrence) bool {
	return p.cat == Timeout && p.rule != nil && p.rule.tier == tierStall
}

// anthropicBody reports a body that is the API's own answer: an error.type
// of the API's vocabulary with a message in the API's own specific wording
// ("messages: text content blocks must be non-empty"). Where a relay quotes
// such a body inside its own error (new-api's "Error from provider(claude,
// …): {…}"), the relay passed the API's answer on; where the relay wrote
// the API's envelope itself (one-api's copy with its own request id in the
// message) the answer is the relay's, so the caller also asks for no
// envelope. General words ("Overloaded", "rate limit exceeded") do not
// count: relays write those for their own errors.
func anthropicBody(p *occurrence) bool {
	t := typeEntry(p.f.errType)
	if t == nil || t.wording != "anthropic" || p.rule == nil || p.rule.wording != "anthropic" || !p.rule.strong || p.rule.late {
		return false
	}
	// The wording must be the body's message, not a code beside it
	// ("code":"model_not_found" under a relay's own "unknown provider").
	msg := lowerASCII(p.f.message)
	for _, w := range p.rule.any {
		if strings.Contains(msg, lowerASCII(w)) {
			return true
		}
	}
	return false
}

func whoAnswered(p *occurrence, gateway, configured, direct bool) string {
	endpoint, serves, here := "", false, false
	if e := p.hints.endpoint; e != nil {
		endpoint, serves, here = e.provider, e.serves, p.hints.endpointAt >= p.first && p.hints.endpointAt <= p.last
	} else if direct {
		endpoint, serves, here = "anthropic", true, true
	}
	// Nothing from a server is shown: no status, no error body, and no
	// gateway configured as the hop that answered.
	nothingShown := p.f.status == 0 && p.f.errType == "" && !configured
	if (p.cat == Network || p.cat == TLS || clientTimeout(p)) && nothingShown {
		// Nothing answered: no status, no error body. A client's own
		// notice ("Connection error.") names nobody, whatever platform the
		// paste mentions; an API host the error failed to reach (or gave
		// up waiting on) is where the request was going, not a relay that
		// answered. A relay or base URL the paste names is only where the
		// request was going too: the failure carries nothing from it
		// (the blind folders' convention: provider none). Only an error
		// in a relay's own wording (its entry's provider) shows the relay,
		// and a gateway set with --base-url is taken as the hop that failed.
		notice := p.rule != nil && p.rule.tier == tierConnectionNotice && p.provider != "" && p.provider != "gateway"
		if notice || p.provider == "" || apiHost(failedHost(lowerASCII(p.text))) {
			return ""
		}
	}
	if p.rule != nil && p.rule.unsent && nothingShown {
		return "" // no request left the client
	}
	if p.rule != nil && p.rule.composed && nothingShown {
		// The client's own notice, with nothing from a server beside it: it
		// names nobody, and a model service the paste names is only where
		// requests went (the blind folders' rule: such notices are provider
		// none). A relay the paste shows (by name or at its base URL) is the
		// hop the request met first, its own size guard among the answers
		// (free-claude-code's): that hop, as for a failed connection.
		if (endpoint == "gateway" || gateway) && !serves {
			return "gateway"
		}
		return ""
	}
	if prov := p.provider; prov != "" {
		if gateway && prov == "anthropic" && gatewayMatters(p.cat) && (configured || !anthropicRequestID(p.f.requestID)) {
			// What answered is the gateway, whatever it relays, unless the
			// API's own request id shows the request reached Anthropic
			// through a relay only the paste names.
			return "gateway"
		}
		// Not where the relay's own words say its hop to the upstream
		// failed (a gateway error): it names the upstream's request id,
		// the failure is still its own.
		ownHop := p.cat == GatewayError && p.rule != nil && p.rule.provider == "gateway"
		if prov == "gateway" && !ownHop && (anthropicRequestID(p.f.requestID) || anthropicBody(p) && !p.f.envelope && !p.f.foreign) {
			// A relay passed on the API's own answer, its request id with
			// it: the request reached Anthropic, which refused it — whatever
			// the failure, as a relayed Bedrock or Vertex body names its own
			// provider (the advice still says when the relay can cause it).
			// Not a body with a string "code" beside the API's type (Groq's
			// "Invalid API Key", invalid_api_key): the API never writes one,
			// so the words are the service's own.
			return "anthropic"
		}
		return prov
	}
	switch {
	case gateway:
		return "gateway"
	case p.cat == Network || p.cat == TLS || p.cat == Proxy:
		if serves {
			return "" // the service never answered
		}
		return endpoint // the relay the paste names is the hop that failed
	}
	if anthropicRequestID(p.f.requestID) {
		return "anthropic" // its request id, wherever it was carried
	}
	if p.f.bareError && p.f.errType == "" {
		// {"error":"…"} (a plain string; Spring Boot's {"timestamp",
		// "status","error","path"}, Ollama's, a relay's own): a shape the API
		// never answers with (its errors are always an error object), so
		// whatever answered sits in front of it.
		return "gateway"
	}
	if p.f.detailBody && !anthropicType(p.f.errType) {
		// FastAPI's {"detail": …} around no API error: the Python relay in
		// front (a translating proxy's own request validation) answered.
		return "gateway"
	}
	if e := typeEntry(p.f.errType); e != nil && e.wording != "" {
		if p.f.foreign && (p.hints.endpoint == nil || !p.hints.endpoint.ownCode) {
			return "gateway" // the API's envelope, written by something else
		}
		if p.f.envelope && p.f.requestID != "" && !anthropicShaped(p.f.requestID) {
			// The API's envelope with a request_id not in the API's form
			// (req_ and 24 characters, docs.claude.com/en/api/errors): a
			// service that imitates the API (an Anthropic-compatible
			// endpoint) wrote it with its own id.
			return "gateway"
		}
		if p.f.bareObject && !p.f.envelope && endpoint == "gateway" && !serves {
			// The API's type name in a body without the API's envelope
			// ({"error":{"type":"api_error",…}}, no "type":"error" around
			// it), in a paste that names a relay: the relay's own answer.
			return "gateway"
		}
		return e.wording // its envelope
	}
	copied := "" // its wording or its own status, which others copy
	if p.rule != nil {
		copied = p.rule.wording
	}
	// A status a client's own notice spells out ("Repeated 529 Overloaded
	// errors") was read by the client, not shown from the server's answer:
	// only the service the error's own lines name answered it.
	spelled := p.f.status != 0 && wordingHasStatus(p.rule, p.f.status)
	if copied == "" && p.f.status != 0 && p.f.statusFrom != "implied" && !spelled {
		if e := statusEntry(p.f.status); e.ownStatus {
			copied = e.wording
		}
	}
	if endpoint != "" && (gatewayMatters(p.cat) || (copied != "" || spelled) && serves && here) {
		return endpoint
	}
	return copied
}

// anthropicShaped reports an id of the form Anthropic's take: "req_" (or
// "req_vrtx_") and at least 20 characters of mixed-case letters and digits
// (req_011CV…, the older req_01…). A body of lowercase hex digits alone is
// a relay's uuid or random hex (free-claude-code's "req_" + uuid4().hex),
// whatever its length.
func anthropicShaped(id string) bool {
	body, ok := strings.CutPrefix(id, "req_")
	body = strings.TrimPrefix(body, "vrtx_")
	return ok && len(body) >= 20 && !lowerHex(body)
}

// lowerHex reports s made of the digits 0-9 and a-f only.
func lowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// relayRequestID returns the id a relay appended to the message: one-api,
// new-api and their forks add " (request id: <id>)", aiproxy " (aiproxy:
// <id>)"; Vercel AI Gateway puts its generation id in its error body
// ("generationId":"gen_…") and its SDK after the message (" [gen_…]");
// Helicone's proxy points at its request's page ("https://helicone.ai/
// request/<id>", ProxyForwarder.ts).
// Relays in a chain each append theirs; the last one is the relay the user
// talks to.
func relayRequestID(text string) string {
	last, at := "", -1
	for _, k := range relayIDKeys {
		for off := 0; ; {
			i := strings.Index(text[off:], k.key)
			if i < 0 {
				break
			}
			start := off + i + len(k.key)
			j := start - len(k.keep) // the id starts with what the key ends with
			e := start
			for e < len(text) && isIDByte(text[e]) {
				e++
			}
			if e < len(text) && text[e] == k.end && e-j >= 8 && off+i > at {
				last, at = text[j:e], off+i
			}
			off = start
		}
	}
	return last
}

// relayIDKeys are what precedes a relay's own request id (keep: the part of
// the key that belongs to the id) and the byte that ends it.
var relayIDKeys = [...]struct {
	key, keep string
	end       byte
}{
	{"(request id: ", "", ')'}, {"(aiproxy: ", "", ')'},
	{`"generationId":"`, "", '"'}, {" [gen_", "gen_", ']'},
	{"helicone.ai/request/", "", '"'},
}

// quoteAction is the last step when the request id is known.
func quoteAction(id string) Action {
	return act("Quote request id "+id+" if you contact support", "", "It lets Anthropic (or your provider) find this exact request.")
}

// setTiming fills retry_after_seconds and resets_at from what the error
// says: its own text first, then the rest of the paste (a header dump) for
// the categories a wait cures.
func setTiming(d *Diagnosis, p *occurrence, opts Options) {
	waits := p.cat == RateLimit || p.cat == Overloaded || p.cat == UsageLimit || p.cat == SpendLimit
	if !d.IsAPIError {
		return
	}
	n, ok := retryAfter(p.text)
	if !ok && waits {
		n, ok = retryAfter(p.hints.timing)
	}
	if ok {
		d.RetryAfterSeconds = &n
	}
	if waits {
		if t, ok := resetsAt(p.reset, p.hints.timing, opts.Now); ok {
			s := t.Format(time.RFC3339)
			d.ResetsAt = &s
		}
	}
}

// gatewayMatters reports categories a gateway can cause or distort.
func gatewayMatters(c Category) bool { return !baseOf(c).notGateway }

// relayNamed reports a paste that names a relay Claude Code can be pointed
// at (an endpoint that passes answers on, not a service answering itself).
func relayNamed(p *occurrence) bool {
	e := p.hints.endpoint
	return e != nil && e.provider == "gateway" && !e.serves
}

// briefKey is what makes two errors of a paste the same in AlsoSeen.
type briefKey struct {
	cat    Category
	status int
}

func keyOf(o *occurrence) briefKey { return briefKey{o.cat, o.f.status} }

func brief(o *occurrence) Brief {
	b := Brief{Category: o.cat, Summary: baseOf(o.cat).summary}
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

// summaryFor is the deciding entry's summary, refined with what this error
// says (its reset time, the API's message), the status and the provider.
func summaryFor(p *occurrence, a *advice) string {
	e, base := p.deciding(), baseOf(p.cat)
	s := ""
	if e.summarize != nil {
		s = e.summarize(a)
	}
	if s == "" && e.summary != "" {
		s = e.summary
	}
	if s == "" && base.summarize != nil {
		s = base.summarize(a)
	}
	if s == "" {
		s = base.summary
	}
	if p.f.status != 0 && p.f.statusFrom != "implied" && !strings.Contains(s, "HTTP") {
		s = strings.TrimSuffix(s, ".") + fmt.Sprintf(" (HTTP %d).", p.f.status)
	}
	switch p.provider {
	case "bedrock":
		s = "Amazon Bedrock: " + s
	case "vertex":
		s = "Google Vertex AI: " + s
	case "foundry":
		s = "Microsoft Foundry: " + s
	case "openai":
		s = "OpenAI (not Anthropic's API): " + s
	case "gemini":
		s = "Google Gemini API (not Anthropic's API): " + s
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
