package apierror

import (
	"fmt"
	"sort"
	"strconv"
)

// How to add knowledge: add one entry to the family's entries_*.go file (what
// it matches, its category, and a summary or actions only when they differ
// from the category's base entry), add its id to knownIDs in
// catalogue_test.go, and add a test case (a vocabulary line, a corpus paste
// or a hand case). Nothing else keeps a list: the engine, the hook, the
// status line and the MCP tools all read the catalogue.

// ID names one catalogue entry. Ids are stable within the package (tests and
// the agreement checks refer to them); categories are the public interface.
type ID string

// entry is everything ccdiag knows about one kind of error, side by side:
// what it matches, what it means and what to do. Entries live one file per
// family (entries_anthropic.go, entries_bedrock.go, …); code refers to an
// entry by pointer, never by its id string.
type entry struct {
	id     ID
	cat    Category // "" for an envelope: it names the provider, not the failure
	family string   // the entries_*.go file it comes from (set by the catalogue)
	// wording is the provider whose own vocabulary the entry's error type,
	// phrases and own statuses are: they name it as who answered when
	// nothing else in the paste does (compatible services copy them).
	wording string

	// What it matches. Structured fields first: an API error_code, an
	// error.type, a status (exact, or a range for the category's base entry),
	// an HTML page.
	codes    []string
	types    []string
	kinds    []string // Claude Code's StopFailure `error` values
	statuses []int
	// ownStatus: the statuses are the API's own, not HTTP's (Anthropic's
	// 529): seeing one shows the API answered, or something imitating it.
	ownStatus bool
	// statusesAt scopes statuses to one provider: the status means this
	// entry only when the error came from that provider.
	statusesAt string
	// relayShape: statusesAt applies only to a body not in the API's
	// envelope ({"error":{…}} or {"error":"…"} alone), which the service
	// named there wrote itself, not one it passed on.
	relayShape bool
	statusMin  int // with statusMax: a range of statuses, for base entries
	statusMax  int
	// bareBody matches a 5xx whose JSON body's "error" is a plain string,
	// a shape the API never answers with.
	bareBody bool
	// page matches an HTML error page (from a proxy, CDN or gateway, never
	// from the API, which answers in JSON) by its status and <title>.
	page func(status int, title string) bool
	// Phrases, matched on the paste with every blank and backtick removed
	// and case folded, so terminal wrapping (even mid-word) cannot hide them.
	// any: one of these must be present; all: every one of these.
	any, all []string
	// footer: the all phrases stand lines below the any phrases (a page's
	// footer under its headline): they complete the error those start and
	// never start one themselves.
	footer bool
	// unless: phrases that veto the entry where they are found (a message
	// that means one thing in general and another at a given host).
	unless []string
	// cased: the phrases must also match with this exact case ("Request timed
	// out" is Claude Code's text; 'request timed out' in source code is not).
	cased bool
	// strong: the phrase alone shows an API failure; otherwise the entry only
	// names the failure when something else (a status, "API Error") shows one.
	strong bool
	// ui: Claude Code's own wording, trusted even inside tool output.
	ui bool
	// late: the phrases decide only after the error code, type and status had
	// their say (general wording such as "Overloaded").
	late bool
	// tier orders phrase entries: lower tiers win when several match.
	tier tier
	// envelope phrases show which provider wrote the error (Bedrock's
	// $metadata, Vertex's aiplatform host); they do not classify it.
	envelope []string
	// relayed is the provider this envelope means when a relay's envelope
	// carries it ("" : the same provider).
	relayed string
	// envRank orders envelopes: a lower rank wins when several match (a
	// host beats a status name several providers share).
	envRank int
	// carried: the names count only on an error that carries the API's
	// own envelope ({"type":"error","error":{…}}): a relay names its
	// upstream on its own errors too.
	carried bool
	// names are provider names and hosts ("vertex", "amazonaws.com"): they
	// name the provider like envelope phrases but never start an error.
	names []string
	// endpoint names a service Claude Code can be pointed at instead of
	// Anthropic's API (a relay, router or another model service, by its
	// product or host name, or the setting that selects it): a paste that
	// names it anywhere, as a word, shows where the request went, and the
	// entry's provider answered unless the error itself shows who did.
	endpoint []string
	// idHeader is the response header in which this relay gives each
	// request its own id (Kong's X-Kong-Request-Id): printed in a paste's
	// header dump, it is the relay's id for the failed request (relayid.go).
	idHeader string
	// upstream: request paths only this service serves (Vertex's
	// ":rawPredict"): a paste showing one shows the request a relay sent on,
	// so the service answered, even where a relay is named before it.
	upstream []string
	// serves: the endpoint is a model service that answers for itself (Kimi,
	// Bedrock), not a relay that may pass Anthropic's own answer on.
	serves bool
	// ownCode: the service writes the API's error types with a string
	// "code" beside them (claude.ai's web API: "code":"model_not_allowed"),
	// which the Claude API never does: where the paste names it, such a
	// body is still its own answer, not a relay's imitation.
	ownCode bool
	// defaultType: where this envelope's phrases are, error.type is a
	// default the relay writes on every error (claude-code-router's
	// "api_error"), so it says nothing of the failure: the status decides.
	defaultType bool
	// wrapsStatus: where this envelope's names are, the status shown is the
	// wrapper's own answer to any failure (LiteLLM's Anthropic adapter
	// re-raises every exception as a ValueError, which its proxy answers
	// with 500): a status the wording inside implies (litellm.<Class>'s
	// impliedStatus) is the one the provider answered.
	wrapsStatus bool

	// passes are the statuses a relay passes on from its upstream with
	// this wording (new-api's bad_response_status_code answers with the
	// upstream's own status): seen with one of them, the status decides
	// the category, and the entry still says who answered.
	passes []int
	// statusDecides: the wording only frames a status ("HTTP response
	// error from …'s API: status 451 …"), so any status seen with it
	// decides the category, the entry still saying an error was printed.
	statusDecides bool
	// typeDecides: the wording frames a model's own answer (Bedrock's model
	// exceptions): an API error type inside it decides the category.
	typeDecides bool

	// behind reports a paste that shows this error's remedy in use (a
	// request through the inference profile Bedrock's on-demand refusal
	// asks for): the error is behind the user, and another error shown is
	// what they are stuck on now.
	behind func(o *occurrence, text string) bool

	// composed: the client wrote this notice itself from a status it read,
	// keeping the server's body out of sight (Claude Code's "Request too
	// large (max 32MB)" for any 413): with no status or body shown, it says
	// nothing of who answered (whoAnswered).
	composed bool
	// unsent: the client refused before sending any request (an SDK with
	// no credential at all): nothing answered, so no provider is named,
	// whatever SDK or service the paste mentions.
	unsent bool

	// What it means.
	provider      string // bedrock, vertex, gateway… when the entry says so
	impliedStatus int    // the HTTP status this wording implies, when none was seen
	dropStatus    bool   // a status in this text is not the API's (a proxy's answer to CONNECT)
	notAPI        bool   // a failure, but not of the API (Claude Code crashed)
	thin          bool   // says too little on its own: dropped when the paste has more
	retry         int8   // 0: the category's default; 1 retryable; -1 not

	// base marks the one entry per category that holds the category's
	// defaults: retryable, side, summary and actions.
	base      bool
	retryable bool
	// notGateway: a gateway in front of the API cannot cause or distort
	// this category, so advice does not send the user there first.
	notGateway bool
	side       Side
	// summary (or summarize, when it depends on the error) replaces the
	// category's summary when this entry is more precise.
	summary   string
	summarize func(a *advice) string
	// actions are the steps in order; nil means the category's.
	actions func(a *advice) []Action
}

// tier orders phrase entries. Specific wording beats general wording, and
// some failures explain others in the same text (an output-cap message names
// tokens; a proxy failure shows up as a TLS or connection error).
type tier uint8

// The tiers, most specific first.
const (
	tierOutputCap        tier = iota // the reply or max_tokens setting hit the output cap
	tierProxy                        // the HTTP proxy refused CONNECT (TLS and connection errors follow from it)
	tierTLS                          // certificate verification
	tierRateLimit                    // rate limits, quotas and throttles
	tierPlanAndSpend                 // a usage limit that names a spend limit too
	tierSpend                        // spend limits
	tierUsage                        // Claude plan usage limits
	tierContext                      // the context window
	tierPolicy                       // usage policy refusals
	tierConversation                 // history the API rejects
	tierSize                         // request, image and PDF sizes
	tierBilling                      // credits and quota balances
	tierRelay                        // gateways, relays, CDN pages and proxies in between
	tierModel                        // unknown or unavailable models
	tierModelAccess                  // a model that needs an inference profile
	tierCredentials                  // rejected keys and tokens
	tierAccess                       // organisation, region and IAM permissions
	tierClientVersion                // Claude Code too old
	tierHTTPClient                   // generic HTTP client errors (axios)
	tierStall                        // stalled streams and client-side timeouts
	tierConnection                   // connection and DNS failures
	tierConnectionNotice             // Claude Code's "Connection error." (the code behind it says more)
	tierCapacity                     // overload, server errors and timeouts named by Claude Code
	tierValidation                   // a provider's generic validation error
	tierCrash                        // Claude Code itself failed
	// Late phrases (general wording), after code, type and status.
	tierLateStartup
	tierLateAgent // an agent's own sentence for the class of a failure it printed (Aider's descriptions)
	tierLateWords
	tierLateProvider
	tierLateAbort
	tierLateBare
)

// families lists the entry families in a fixed order (it breaks ties within
// a tier). Each family lives in its own entries_*.go file.
func families() []family {
	return []family{
		// Model services' own codes first: their wording ("insufficient
		// balance (1008)") is more specific than the same words elsewhere.
		{"minimax", miniMaxEntries()},
		{"volcengine", volcengineEntries()},
		{"siliconflow", siliconFlowEntries()},
		{"qianfan", qianfanEntries()},
		{"groq", groqEntries()},
		{"xai", xaiEntries()},
		{"anthropic", anthropicEntries()}, {"claudeai", claudeAIWebEntries()}, {"claudecode", claudeCodeEntries()},
		{"bedrock", bedrockEntries()}, {"bedrockstream", bedrockStreamEntries()}, {"foundry", foundryEntries()}, {"codeassist", codeAssistEntries()}, {"kimi", kimiEntries()},
		// Google's ErrorInfo reasons before Vertex's RPC codes: where both
		// are in a body (SERVICE_DISABLED beside PERMISSION_DENIED), the
		// reason says which fix applies.
		{"vertexclaude", vertexClaudeEntries()}, {"gcpquotaproject", gcpQuotaProjectEntries()}, {"vertex", vertexEntries()}, {"grpc", grpcClientEntries()}, {"openai", openAIEntries()},
		{"relay", relayEntries()}, {"oneapi", oneAPIEntries()}, {"pool", poolEntries()}, {"router", routerEntries()},
		{"proxies", proxyEntries()},
		{"aisdk", aiSDKEntries()}, {"aigateways", aiGatewayEntries()},
		{"litellm", liteLLMProxyEntries()}, {"gateways", gatewayEntries()}, {"http_pages", httpPageEntries()}, {"cfpages", cfPageEntries()},
		{"node", nodeEntries()}, {"bun", bunEntries()},
		{"clients", clientEntries()}, {"sdks", sdkEntries()}, {"cloud", cloudEntries()}, {"corpproxy", corpProxyEntries()},
		{"oserrors", osErrorEntries()}, {"zhipu", zhipuEntries()},
		{"dashscope", dashScopeEntries()}, {"tls", tlsEntries()}, {"cloudauth", cloudAuthEntries()}, {"cloudsetup", cloudSetupEntries()}, {"credhelpers", credHelperEntries()}, {"localservers", localServerEntries()}, {"copilot", copilotEntries()},
		{"thinking", thinkingEntries()}, {"retries", retriesEntries()}, {"agenttimeouts", agentTimeoutEntries()},
		{"claudecodeauth", claudeCodeAuthEntries()}, {"claudecodethrown", claudeCodeThrownEntries()}, {"agentsdk", agentSDKEntries()}, {"ghaction", ghActionEntries()}, {"frameworks", frameworkEntries()},
		{"agents", agentEntries()}, // IDE and terminal coding agents' own notices
		{"media", mediaEntries()}}
}

// wordedBy marks entries as a provider's own vocabulary (entry.wording).
func wordedBy(provider string, entries []*entry) []*entry {
	for _, e := range entries {
		e.wording = provider
	}
	return entries
}

// family is one entries_*.go file's entries.
type family struct {
	name    string
	entries []*entry
}

// catalogue is every entry, indexed for the lookups Diagnose and FromStatus
// make. It is built on first use: the hook's fast path links this package and
// must not pay for it at start-up.
type catalogueIndex struct {
	all      []*entry
	byID     map[ID]*entry
	base     map[Category]*entry
	byCode   map[string]*entry
	byType   map[string]*entry
	byKind   map[string]*entry
	byStatus map[int]*entry
	// byProviderStatus: "bedrock/503" → the entry for that status there.
	byProviderStatus map[string]*entry
	ranges           []*entry
	html             []*entry
	bareBody         *entry
	phrases          []*entry // early phrase entries, in tier order
	late             []*entry // late phrase entries, in tier order
	envelope         []*entry
	endpoints        []*entry
}

var catalogue = lazy[*catalogueIndex]{make: func() *catalogueIndex {
	ix, err := buildCatalogue(families())
	if err != nil {
		panic(err) // a broken catalogue is a programming error; TestCatalogue reports it first
	}
	return ix
}}

func buildCatalogue(fams []family) (*catalogueIndex, error) {
	// Sized up front: growing maps was a good part of the first use's cost.
	var n, codes, types int
	for _, fam := range fams {
		n += len(fam.entries)
		for _, e := range fam.entries {
			codes, types = codes+len(e.codes), types+len(e.types)
		}
	}
	ix := &catalogueIndex{byID: make(map[ID]*entry, n), base: map[Category]*entry{}, byCode: make(map[string]*entry, codes),
		byType: make(map[string]*entry, types), byKind: map[string]*entry{}, byStatus: map[int]*entry{}, byProviderStatus: map[string]*entry{},
		all: make([]*entry, 0, n)}
	for _, fam := range fams {
		for _, e := range fam.entries {
			e.family = fam.name
			if e.id == "" {
				return nil, fmt.Errorf("apierror: an entry has no id")
			}
			if _, dup := ix.byID[e.id]; dup {
				return nil, fmt.Errorf("apierror: duplicate entry id %q", e.id)
			}
			if e.cat != "" && !e.cat.Valid() {
				return nil, fmt.Errorf("apierror: entry %q: unknown category %q", e.id, e.cat)
			}
			ix.byID[e.id] = e
			ix.all = append(ix.all, e)
			if e.base {
				if _, dup := ix.base[e.cat]; dup {
					return nil, fmt.Errorf("apierror: two base entries for %s", e.cat)
				}
				ix.base[e.cat] = e
			}
			for _, c := range e.codes {
				if _, dup := ix.byCode[c]; dup {
					return nil, fmt.Errorf("apierror: error_code %q in two entries", c)
				}
				ix.byCode[c] = e
			}
			for _, t := range e.types {
				if _, dup := ix.byType[t]; dup {
					return nil, fmt.Errorf("apierror: error.type %q in two entries", t)
				}
				ix.byType[t] = e
			}
			for _, k := range e.kinds {
				if _, dup := ix.byKind[k]; dup {
					return nil, fmt.Errorf("apierror: StopFailure kind %q in two entries", k)
				}
				ix.byKind[k] = e
			}
			for _, s := range e.statuses {
				if e.statusesAt != "" {
					ix.byProviderStatus[e.statusesAt+"/"+strconv.Itoa(s)] = e
					continue
				}
				if _, dup := ix.byStatus[s]; dup {
					return nil, fmt.Errorf("apierror: status %d in two entries", s)
				}
				ix.byStatus[s] = e
			}
			if e.statusMin != 0 {
				ix.ranges = append(ix.ranges, e)
			}
			if e.page != nil {
				ix.html = append(ix.html, e)
			}
			if e.bareBody {
				ix.bareBody = e
			}
			if len(e.any)+len(e.all) > 0 {
				if e.late {
					ix.late = append(ix.late, e)
				} else {
					ix.phrases = append(ix.phrases, e)
				}
			}
			if len(e.envelope)+len(e.names) > 0 {
				ix.envelope = append(ix.envelope, e)
			}
			if len(e.endpoint)+len(e.upstream) > 0 {
				if e.provider == "" {
					return nil, fmt.Errorf("apierror: entry %q names an endpoint but no provider", e.id)
				}
				ix.endpoints = append(ix.endpoints, e)
			}
		}
	}
	for _, c := range Categories() {
		if ix.base[c] == nil {
			return nil, fmt.Errorf("apierror: no base entry for %s", c)
		}
	}
	byTier := func(l []*entry) func(i, j int) bool { return func(i, j int) bool { return l[i].tier < l[j].tier } }
	sort.SliceStable(ix.phrases, byTier(ix.phrases))
	sort.SliceStable(ix.late, byTier(ix.late))
	sort.SliceStable(ix.envelope, func(i, j int) bool { return ix.envelope[i].envRank < ix.envelope[j].envRank })
	// Narrow ranges first: 500–599 before 400–599.
	sort.SliceStable(ix.ranges, func(i, j int) bool {
		return ix.ranges[i].statusMax-ix.ranges[i].statusMin < ix.ranges[j].statusMax-ix.ranges[j].statusMin
	})
	return ix, nil
}

// baseOf returns the entry holding category c's defaults.
func baseOf(c Category) *entry {
	ix := catalogue.get()
	if e := ix.base[c]; e != nil {
		return e
	}
	return ix.base[UnknownAPIError]
}

// codeEntry returns the entry for an API error_code, nil when none knows it.
func codeEntry(code string) *entry {
	if code == "" {
		return nil
	}
	return catalogue.get().byCode[code]
}

// typeEntry returns the entry for an API error.type, nil when none knows it.
func typeEntry(t string) *entry {
	if t == "" {
		return nil
	}
	return catalogue.get().byType[t]
}

// statusEntry returns the entry an HTTP status alone points to.
func statusEntry(status int) *entry {
	ix := catalogue.get()
	if e := ix.byStatus[status]; e != nil {
		return e
	}
	for _, e := range ix.ranges {
		if status >= e.statusMin && status <= e.statusMax {
			return e
		}
	}
	return ix.base[UnknownAPIError]
}

// bareBodyEntry returns the entry for a 5xx answered with a bare error
// string (nil when none).
func bareBodyEntry() *entry { return catalogue.get().bareBody }

// pageEntry returns the entry for an HTML error page.
func pageEntry(status int, title string) *entry {
	ix := catalogue.get()
	for _, e := range ix.html {
		if e.page(status, title) {
			return e
		}
	}
	return ix.base[GatewayError]
}
