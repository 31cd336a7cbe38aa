package apierror

import (
	"strings"
	"sync"
)

// Phrases that do not name a failure but show where one is written: a line
// holding one starts a new error candidate.
func framePhrases() []string {
	return []string{"API Error", "Error:", "Error (", "Error code", "Status Code", "HTTP/1.", "HTTP/2",
		`{"type"`, `{"error"`, `{'type'`, `{'error'`, `"type":"error"`, "<title>", "<html", "<!DOCTYPE", "event: error",
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
	timing   []int32   // phrases of a wait: retry-after, "Retrying in", rate-limit reset headers
	apiFrame []int32   // phrases that show an API client or host wrote the text
	mcp      []int32   // phrases of an MCP server connection failing (not the Messages API)
	// envelope[i] lists the phrase ids of envelope entry i (catalogue order).
	envelope [][]int32
	envEntry []*entry
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
	index := map[string]int32{}
	add := func(p string, cased bool) int32 {
		sq := squash(p, false)
		key := sq
		if cased {
			key = "\x00" + squash(p, true)
		}
		if id, ok := index[key]; ok {
			return id
		}
		id := int32(len(rs.phrases))
		index[key] = id
		rs.phrases = append(rs.phrases, sq)
		c := ""
		if cased {
			c = squash(p, true)
		}
		rs.cased = append(rs.cased, c)
		rs.frame = append(rs.frame, true)
		return id
	}
	rs.msg = rs.compile(ix.phrases, add)
	rs.fb = rs.compile(ix.late, add)
	for _, p := range framePhrases() {
		add(p, false)
	}
	rs.apiError = add("API Error", false)
	for _, p := range []string{"HTTPS_PROXY", "HTTP_PROXY"} {
		id := add(p, false)
		rs.frame[id] = false
		rs.proxyEnv = append(rs.proxyEnv, id)
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
	for _, p := range []string{"API Error", "isApiErrorMessage\":true", "\"subtype\":\"api_retry\"", "api_error_status", "apiErrorStatus", "AnthropicException", "AnthropicError", "anthropic._exceptions", "anthropic.", "@anthropic-ai/sdk", "APIStatusError", "APIConnectionError", "bedrock-runtime", "aiplatform.googleapis.com"} {
		rs.apiFrame = append(rs.apiFrame, add(p, false))
	}
	// The MCP SDK's transport errors: a connector (an MCP server) failed, even
	// when it is hosted by Anthropic (mcp-proxy.anthropic.com).
	for _, p := range []string{"Streamable HTTP error", "Error POSTing to endpoint", "SSE error: Non-200 status code"} {
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
	rs.msg.index(len(rs.phrases))
	rs.fb.index(len(rs.phrases))
	rs.matcher = newPhraseMatcher(rs.phrases)
	return rs
}

// squash removes blanks and backticks and, unless keepCase, folds ASCII case
// and typographic quotes, so wrapped and reformatted text still matches.
func squash(s string, keepCase bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '`':
			continue
		case !keepCase && c >= 'A' && c <= 'Z':
			b.WriteByte(c + 32)
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x99):
			b.WriteByte('\'') // ‘ ’
			i += 2
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9c || s[i+2] == 0x9d):
			b.WriteByte('"') // “ ”
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
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
	rules    []*entry
	any, all [][]int32 // phrase ids per rule
	byPhrase [][]int32 // phrase id → indexes of the rules that use it
}

func (rs *ruleSet) compile(rl []*entry, add func(string, bool) int32) *ruleList {
	l := &ruleList{rules: rl}
	for _, r := range rl {
		var a, b []int32
		for _, p := range r.any {
			a = append(a, add(p, r.cased))
		}
		for _, p := range r.all {
			b = append(b, add(p, r.cased))
		}
		l.any, l.all = append(l.any, a), append(l.all, b)
	}
	return l
}

// index builds byPhrase once every phrase has its id.
func (l *ruleList) index(nphrases int) {
	l.byPhrase = make([][]int32, nphrases)
	for i := range l.rules {
		for _, ids := range [][]int32{l.any[i], l.all[i]} {
			for _, id := range ids {
				if n := len(l.byPhrase[id]); n == 0 || l.byPhrase[id][n-1] != int32(i) {
					l.byPhrase[id] = append(l.byPhrase[id], int32(i))
				}
			}
		}
	}
}

// first returns the first entry of the list whose phrases are in set. Only the
// rules that use a phrase found are tried, so the cost follows the hits.
func (l *ruleList) first(set *phraseSet) *entry {
	best := -1
	for _, id := range set.hits {
		for _, ri := range l.byPhrase[id] {
			if (best < 0 || int(ri) < best) && ruleMatches(l.any[ri], l.all[ri], set) {
				best = int(ri)
			}
		}
	}
	if best < 0 {
		return nil
	}
	return l.rules[best]
}

// anyStrong reports whether some strong rule (ui-only when uiOnly) matched.
func (l *ruleList) anyStrong(set *phraseSet, uiOnly bool) bool {
	for _, id := range set.hits {
		for _, ri := range l.byPhrase[id] {
			r := l.rules[ri]
			if r.strong && (!uiOnly || r.ui) && ruleMatches(l.any[ri], l.all[ri], set) {
				return true
			}
		}
	}
	return false
}

func ruleMatches(any, all []int32, set *phraseSet) bool {
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
