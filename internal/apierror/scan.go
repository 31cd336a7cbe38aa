package apierror

import (
	"strings"
	"sync"
)

// Phrases that do not name a failure but show where one is written: a line
// holding one starts a new error candidate.
func framePhrases() []string {
	return []string{"API Error", "Error:", "Error (", "Error code", "Status Code", "HTTP/1.", "HTTP/2",
		`{"type"`, `{"error"`, `{'type'`, `{'error'`, "{ type: '", // the last: an object as Node's util.inspect prints it (inspect.go)
		`"type":"error"`, `{"success":false,"error":{`, "<title>", "<html", "<!DOCTYPE", "event: error",
		"httpStatusCode", "Exception", "anthropic.", "Anthropic", "status code", "statusCode"}
}

// ruleSet is the compiled catalogue of phrases.
type ruleSet struct {
	msg, fb  *ruleList // message rules, fallback rules
	phrases  []string  // squashed, lowercase
	cased    []string  // squashed, original case ("" when case does not matter)
	frame    []bool    // phrase id marks a line that may start an error
	apiError int32     // phrase id of "apierror"
	proxyEnv []int32   // phrase ids of HTTPS_PROXY and HTTP_PROXY
	baseURL  []int32   // phrase ids of ANTHROPIC_BASE_URL and /status's "Anthropic base URL"
	timing   []int32   // phrases of a wait: retry-after, "Retrying in", rate-limit reset headers
	apiFrame []int32   // phrases that show an API client or host wrote the text
	mcp      []int32   // phrases of an MCP server connection failing (not the Messages API)
	// envelope[i] lists the phrase ids of envelope entry i (catalogue order);
	// envOf[id] is one more than the first entry that lists phrase id, 0
	// for none.
	envelope [][]int32
	envEntry []*entry
	envOf    []int32
	// endpoint[id] is the entry whose endpoint name (entry.endpoint) phrase
	// id is, nil for other phrases; endpointWord[id] is that name, folded.
	endpoint     []*entry
	endpointWord []string
	upstream     []bool // the phrase is an entry.upstream path
	// name marks the phrase ids of envelopes' names (entry.names).
	name []bool
	// defaultType lists the phrase ids of the envelopes whose error.type is
	// a default (entry.defaultType).
	defaultType []int32
	matcher     *phraseMatcher
}

var rules = lazy[*ruleSet]{make: buildRuleSet}

// lazy computes a value on first use. Unlike a package-level
// sync.OnceValue(f), declaring one needs no init-time work: the hook path
// links this package and must start in about a millisecond.
type lazy[T any] struct {
	once sync.Once
	val  T
	make func() T
}

func (l *lazy[T]) get() T {
	l.once.Do(func() { l.val = l.make() })
	return l.val
}

func buildRuleSet() *ruleSet {
	ix := catalogue.get()
	rs := &ruleSet{}
	n, size := 64, 2<<10 // the phrases named below
	for _, l := range [][]*entry{ix.phrases, ix.late, ix.envelope, ix.endpoints} {
		for _, e := range l {
			for _, ps := range [][]string{e.any, e.all, e.unless, e.envelope, e.names, e.endpoint, e.upstream} {
				n += len(ps)
				for _, p := range ps {
					size += len(p)
					if e.cased {
						size += 2 * len(p)
					}
				}
			}
		}
	}
	index := make(map[string]int32, n)
	rs.phrases, rs.cased, rs.frame = make([]string, 0, n), make([]string, 0, n), make([]bool, 0, n)
	// Phrases are squashed into a scratch buffer and looked up from there;
	// new ones are cut from one buffer, not allocated one by one: the hook
	// pays for every allocation here.
	var buf strings.Builder
	buf.Grow(size)
	scratch := make([]byte, 0, 256)
	intern := func(b []byte) string {
		start := buf.Len()
		buf.Write(b)
		return buf.String()[start:]
	}
	add := func(p string, cased bool) int32 {
		scratch = scratch[:0]
		if cased {
			scratch = append(scratch, 0) // a cased phrase is its own key
		}
		scratch = squashBytes(scratch, p, cased)
		if id, ok := index[string(scratch)]; ok {
			return id
		}
		key := intern(scratch)
		id := int32(len(rs.phrases))
		index[key] = id
		sq, c := key, ""
		if cased {
			c = key[1:]
			sq = intern(squashBytes(scratch[:0], p, false))
		}
		rs.phrases = append(rs.phrases, sq)
		rs.cased = append(rs.cased, c)
		rs.frame = append(rs.frame, true)
		return id
	}
	rs.msg = rs.compile(ix.phrases, add)
	rs.fb = rs.compile(ix.late, add)
	for _, e := range ix.phrases {
		if e.footer {
			for _, p := range e.all {
				rs.frame[add(p, e.cased)] = false
			}
		}
	}
	for _, p := range framePhrases() {
		add(p, false)
	}
	rs.apiError = add("API Error", false)
	for _, p := range []string{"HTTPS_PROXY", "HTTP_PROXY"} {
		id := add(p, false)
		rs.frame[id] = false
		rs.proxyEnv = append(rs.proxyEnv, id)
	}
	// The paste is searched for a base URL only when it names the setting.
	for _, p := range []string{"ANTHROPIC_BASE_URL", "Anthropic base URL"} {
		n := len(rs.phrases)
		id := add(p, false)
		if int(id) == n {
			rs.frame[id] = false
		}
		rs.baseURL = append(rs.baseURL, id)
	}
	// Waits are read from the lines that name one, not from the whole paste.
	for _, p := range []string{"retry in", "retry-after", "retry_after", "retry after", "anthropic-ratelimit-"} {
		n := len(rs.phrases)
		id := add(p, false)
		if int(id) == n {
			rs.frame[id] = false
		}
		rs.timing = append(rs.timing, id)
	}
	// The Vercel AI SDK's AI_APICallError and AI_RetryError ("Failed after N
	// attempts. Last error: …") wrap the provider's answer as the Anthropic
	// SDK's APIStatusError does: the message inside says what failed
	// (testdata/vocab/vercel-ai-sdk.txt). Spring AI's TransientAiException and
	// NonTransientAiException ("HTTP <status> - <body>", RetryUtils.java) do
	// the same for its Anthropic client (testdata/vocab/springai.txt), and
	// LangChain's "Error raised by bedrock service: …" for Bedrock's
	// (testdata/vocab/langchain.txt).
	for _, p := range []string{"API Error", "isApiErrorMessage\":true", "\"subtype\":\"api_retry\"", "api_error_status", "apiErrorStatus", "AnthropicException", "AnthropicError", "anthropic._exceptions", "anthropic.", "@anthropic-ai/sdk", "APIStatusError", "APIConnectionError", "AI_APICallError", "AI_RetryError", "TransientAiException", "Error raised by bedrock service", "bedrock-runtime", "aiplatform.googleapis.com"} {
		rs.apiFrame = append(rs.apiFrame, add(p, false))
	}
	// The MCP SDK's transport errors: a connector (an MCP server) failed, even
	// when it is hosted by Anthropic (mcp-proxy.anthropic.com). Its McpError
	// ("MCP error -32001: Request timed out", JSON-RPC codes) is the MCP
	// server's answer or the client's wait for it, never the Messages API's.
	for _, p := range []string{"Streamable HTTP error", "Error POSTing to endpoint", "SSE error: Non-200 status code", "MCP error -"} {
		id := add(p, false)
		rs.frame[id] = false
		rs.mcp = append(rs.mcp, id)
	}
	for _, e := range ix.envelope {
		var ids []int32
		for _, p := range e.envelope {
			ids = append(ids, add(p, false))
		}
		for _, p := range e.names {
			id := add(p, false)
			rs.frame[id] = false // a provider's name or host alone does not start an error
			ids = append(ids, id)
		}
		rs.envelope = append(rs.envelope, ids)
		rs.envEntry = append(rs.envEntry, e)
		if e.defaultType {
			rs.defaultType = append(rs.defaultType, ids...)
		}
	}
	type named struct {
		id int32
		e  *entry
		w  string
		up bool
	}
	var names []named
	for _, e := range ix.endpoints {
		for _, p := range e.endpoint {
			n := len(rs.phrases)
			id := add(p, false)
			if int(id) == n {
				rs.frame[id] = false // a service's name alone does not start an error
			}
			w := lowerASCII(p)
			if strings.ContainsAny(w, " :") {
				w = "" // several words: the squashed phrase is specific enough, whatever the spacing
			}
			names = append(names, named{id, e, w, false})
		}
		for _, p := range e.upstream {
			n := len(rs.phrases)
			id := add(p, false)
			if int(id) == n {
				rs.frame[id] = false
			}
			names = append(names, named{id, e, "", true})
		}
	}
	rs.endpoint, rs.endpointWord, rs.upstream = make([]*entry, len(rs.phrases)), make([]string, len(rs.phrases)), make([]bool, len(rs.phrases))
	for _, n := range names {
		rs.endpoint[n.id], rs.endpointWord[n.id], rs.upstream[n.id] = n.e, n.w, n.up
	}
	rs.name = make([]bool, len(rs.phrases))
	for _, e := range ix.envelope {
		for _, p := range e.names {
			rs.name[add(p, false)] = true
		}
	}
	rs.envOf = make([]int32, len(rs.phrases))
	for i := len(rs.envelope) - 1; i >= 0; i-- {
		for _, id := range rs.envelope[i] {
			rs.envOf[id] = int32(i) + 1
		}
	}
	rs.msg.index(len(rs.phrases))
	rs.fb.index(len(rs.phrases))
	rs.matcher = newPhraseMatcher(rs.phrases)
	return rs
}

// squashBytes appends s to dst squashed: without blanks and backticks and,
// unless keepCase, with ASCII case and typographic quotes folded, so wrapped
// and reformatted text still matches.
func squashBytes(dst []byte, s string, keepCase bool) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '`':
			continue
		case !keepCase && c >= 'A' && c <= 'Z':
			dst = append(dst, c+32)
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99):
			dst = append(dst, '\'') // ‘ ’
			i += 2
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d):
			dst = append(dst, '"') // “ ”
			i += 2
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// phraseSet is the set of phrase ids found in one stretch of text.
type phraseSet struct {
	bits []uint64
	hits []int32 // the same ids, in the order found
}

func (s *phraseSet) has(id int32) bool { return s.bits[id>>6]&(1<<(id&63)) != 0 }

func (s *phraseSet) add(id int32) {
	if !s.has(id) {
		s.bits[id>>6] |= 1 << (id & 63)
		s.hits = append(s.hits, id)
	}
}

func (rs *ruleSet) newSet() *phraseSet {
	return &phraseSet{bits: make([]uint64, (len(rs.phrases)+63)/64)}
}

// ruleList is an ordered list of rules with its phrases compiled.
type ruleList struct {
	rules         []*entry
	any, all, not [][]int32 // phrase ids per rule (not: its unless)
	// byRule[start[id]:start[id+1]] are the indexes of the rules that use
	// phrase id, in increasing order.
	start, byRule []int32
}

func (rs *ruleSet) compile(rl []*entry, add func(string, bool) int32) *ruleList {
	l := &ruleList{rules: rl, any: make([][]int32, len(rl)), all: make([][]int32, len(rl)), not: make([][]int32, len(rl))}
	n := 0
	for _, r := range rl {
		n += len(r.any) + len(r.all) + len(r.unless)
	}
	ids := make([]int32, 0, n) // one array cut into every rule's lists
	for i, r := range rl {
		k := len(ids)
		for _, p := range r.any {
			ids = append(ids, add(p, r.cased))
		}
		l.any[i] = ids[k:len(ids):len(ids)]
		k = len(ids)
		for _, p := range r.all {
			ids = append(ids, add(p, r.cased))
		}
		l.all[i] = ids[k:len(ids):len(ids)]
		k = len(ids)
		for _, p := range r.unless {
			ids = append(ids, add(p, r.cased))
		}
		l.not[i] = ids[k:len(ids):len(ids)]
	}
	return l
}

// index lists each phrase's rules once every phrase has its id: counted,
// then filled (start[id+1] is the next free slot while filling).
func (l *ruleList) index(nphrases int) {
	start := make([]int32, nphrases+2)
	last := make([]int32, nphrases) // the last rule counted for a phrase, plus one
	each := func(do func(id int32, rule int32)) {
		clear(last)
		for i := range l.rules {
			for _, ids := range [2][]int32{l.any[i], l.all[i]} {
				for _, id := range ids {
					if last[id] != int32(i)+1 {
						last[id] = int32(i) + 1
						do(id, int32(i))
					}
				}
			}
		}
	}
	each(func(id, _ int32) { start[id+2]++ })
	for i := 2; i < len(start); i++ {
		start[i] += start[i-1]
	}
	l.byRule = make([]int32, start[nphrases+1])
	each(func(id, rule int32) {
		l.byRule[start[id+1]] = rule
		start[id+1]++
	})
	l.start = start[:nphrases+1]
}

// rulesOf returns the indexes of the rules that use phrase id.
func (l *ruleList) rulesOf(id int32) []int32 { return l.byRule[l.start[id]:l.start[id+1]] }

// first returns the first entry of the list whose phrases are in set. Only the
// rules that use a phrase found are tried, so the cost follows the hits.
func (l *ruleList) first(set *phraseSet) *entry {
	best := -1
	for _, id := range set.hits {
		for _, ri := range l.rulesOf(id) {
			if (best < 0 || int(ri) < best) && ruleMatches(l.any[ri], l.all[ri], l.not[ri], set) {
				best = int(ri)
			}
		}
	}
	if best < 0 {
		return nil
	}
	return l.rules[best]
}

// implied returns the impliedStatus of the first matching rule that has
// one, or 0.
func (l *ruleList) implied(set *phraseSet) int {
	best := -1
	for _, id := range set.hits {
		for _, ri := range l.rulesOf(id) {
			if (best < 0 || int(ri) < best) && l.rules[ri].impliedStatus != 0 && ruleMatches(l.any[ri], l.all[ri], l.not[ri], set) {
				best = int(ri)
			}
		}
	}
	if best < 0 {
		return 0
	}
	return l.rules[best].impliedStatus
}

// wrappedStatus returns the status the wording inside a wrapper implies
// when an envelope that wraps statuses (entry.wrapsStatus) is found, or 0.
func (rs *ruleSet) wrappedStatus(set *phraseSet) int {
	for e, en := range rs.envEntry {
		if !en.wrapsStatus {
			continue
		}
		for _, id := range rs.envelope[e] {
			if set.has(id) {
				if n := rs.msg.implied(set); n != 0 {
					return n
				}
				return rs.fb.implied(set)
			}
		}
	}
	return 0
}

// anyStrong reports whether some strong rule (ui-only when uiOnly) matched.
func (l *ruleList) anyStrong(set *phraseSet, uiOnly bool) bool {
	for _, id := range set.hits {
		for _, ri := range l.rulesOf(id) {
			r := l.rules[ri]
			if r.strong && (!uiOnly || r.ui) && ruleMatches(l.any[ri], l.all[ri], l.not[ri], set) {
				return true
			}
		}
	}
	return false
}

func ruleMatches(any, all, not []int32, set *phraseSet) bool {
	for _, id := range not {
		if set.has(id) {
			return false
		}
	}
	if len(any) > 0 {
		found := false
		for _, id := range any {
			if set.has(id) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, id := range all {
		if !set.has(id) {
			return false
		}
	}
	return len(any) > 0 || len(all) > 0
}

func (rs *ruleSet) anyStrong(set *phraseSet, uiOnly bool) bool {
	return rs.msg.anyStrong(set, uiOnly) || rs.fb.anyStrong(set, uiOnly)
}
