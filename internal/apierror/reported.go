package apierror

import "strings"

// answerVerbs are the words a report uses for what a request got back
// ("Bedrock returns a `permission_error`", "every call fails with
// overloaded_error", "返回 rate_limit_error").
var answerVerbs = [...]string{
	"returns", "returned", "returning", "return", "got", "gets", "getting", "get",
	"receive", "receives", "received", "receiving", "throws", "threw", "raises", "raised",
	"fails with", "failed with", "failing with", "fail with", "errors with", "errored with", "erroring with",
	"responds with", "responded with", "respond with", "returns with",
	"返回", "报错", "出现",
}

// reportedType returns an error.type of the Messages API (the catalogue's
// types, https://docs.claude.com/en/api/errors) that the text names as what a
// request got back, right after one of answerVerbs (an article and quotes or
// backticks between are fine), or "". A bug report states its error so when
// it shows no body: "Claude Opus 4.7 on Amazon Bedrock returns a
// `permission_error` at runtime".
func reportedType(low string) string {
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], "_error")
		if k < 0 {
			break
		}
		end := off + k + len("_error")
		off = end
		if end < len(low) && (isAlnum(low[end]) || low[end] == '_') {
			continue
		}
		start := end - len("_error")
		for start > 0 && (low[start-1] >= 'a' && low[start-1] <= 'z' || low[start-1] == '_') {
			start--
		}
		t := low[start:end]
		if !anthropicType(t) {
			continue
		}
		before := strings.TrimRight(low[:start], " `'\"*")
		for _, a := range [...]string{" an", " a", " the", " with"} {
			if b, ok := strings.CutSuffix(before, a); ok {
				before = strings.TrimRight(b, " ")
				break
			}
		}
		for _, v := range answerVerbs {
			if b, ok := strings.CutSuffix(before, v); ok && (b == "" || !isAlnum(b[len(b)-1])) {
				return t
			}
		}
	}
	return ""
}

// reportTold reports text that tells of a failure its writer met: an issue
// template's bug-report sections, a "[BUG]" title, or a first-person
// account. An error type named in a sentence counts as the error only
// there; documentation and feature requests name types in the same words
// ("when Bedrock returns permission_error, show …").
func (d *doc) reportTold() bool {
	if d.told == 0 {
		d.told = 1
		low := lowerASCII(d.raw)
		if strings.Contains(low, "[bug]") || lowerCueSet.scan(plainHeadings(lowerASCII(outsideBodies(d.raw))), false)&cueBugReport != 0 || experienceTold(d.raw) {
			d.told = 2
		}
	}
	return d.told == 2
}

// saidStatus returns the 4xx or 5xx status a report states as "NNN error"
// ("Opencode anthropic setting 404 error", "getting a 502 error from the
// relay"), the way users shorten the status they got, or 0. A plural
// ("handles 429 errors") names a kind of error, not one met; a sentence
// that tells what to do about one ("if you get a 404 error, …", "fix the
// 404 error page") is advice or a change, not a report.
func saidStatus(low string) int {
	for off := 0; off < len(low); {
		k := strings.Index(low[off:], " error")
		if k < 0 {
			return 0
		}
		at := off + k
		off = at + len(" error")
		if off < len(low) && (isAlnum(low[off]) || low[off] == '_' || low[off] == ' ' && strings.HasPrefix(low[off:], " page")) {
			continue
		}
		i := at - 3
		if i < 0 || i > 0 && (isAlnum(low[i-1]) || low[i-1] == '.' || low[i-1] == ':' || low[i-1] == '/') {
			continue
		}
		n, ok := threeDigits(low, i)
		if !ok || n < 400 || n > 599 || !validStatus(n) {
			continue
		}
		start := max(strings.LastIndexAny(low[:i], ".!?\n")+1, 0)
		if adviceSentence(low[start:i]) {
			continue
		}
		return n
	}
	return 0
}

// adviceSentence reports the start of a sentence that gives advice about an
// error, tells a reader what they may meet, or describes a change, rather
// than telling of one met.
func adviceSentence(s string) bool {
	s = " " + strings.TrimLeft(s, " -*#>") // a word at the start counts as a word
	for _, w := range [...]string{" if ", " when ", " whenever ", " fix ", " fixes ", " fixed ", " handle ", " handles ", " handling ",
		" how to ", " to avoid ", " avoid ", " prevent ", " returns a ", " return a ", " may ", " might ", " can ", " could ", " should ", " would ",
		" you ", " you'll ", " users "} { // told to a reader: "you get a 500 error"
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// showsEndpoint reports a paste that gives the URL its requests went to: an
// API path (/v1) or a server on this machine, as a report of a client's
// set-up does ("should be http://127.0.0.1:8045/v1, currently is
// http://127.0.0.1:8045. 404 error.").
func (d *doc) showsEndpoint() bool {
	low := lowerASCII(d.raw)
	if !strings.Contains(low, "://") {
		return false
	}
	for _, w := range [...]string{"/v1", "://127.0.0.1", "://localhost", "://0.0.0.0", "://[::1]"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// providerFromEndpoint: a status a report gives as "404 error" carries no
// body to say who answered; the endpoint URL the report shows does. Only a
// paste whose endpoint URLs all point somewhere other than a provider's API
// (a relay, a server on this machine) names the gateway; one whose URLs are
// all the Claude API's own host names Anthropic.
func providerFromEndpoint(p *occurrence, text string) {
	if p.provider != "" || p.f.statusFrom != "said" {
		return
	}
	found, direct := false, false
	for rest := text; ; {
		i := strings.Index(rest, "://")
		if i < 0 {
			break
		}
		start := i
		for start > 0 && isAlnum(rest[start-1]) {
			start--
		}
		end := i + 3
		for end < len(rest) && !strings.ContainsRune(" \t\n,;)'\"`<>", rune(rest[end])) {
			end++
		}
		u := strings.TrimRight(rest[start:end], ".")
		rest = rest[end:]
		h := hostOf(u)
		if h == "" {
			continue
		}
		if h == "api.anthropic.com" {
			direct = true
			continue
		}
		if apiHost(h) {
			return
		}
		if isLocal(u) || strings.Contains(u, "/v1") {
			found = true
		}
	}
	switch {
	case found && !direct:
		p.provider = "gateway"
	case direct && !found:
		p.provider = "anthropic"
	}
}
