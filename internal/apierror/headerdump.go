package apierror

import "strings"

// headerRequestID returns the Claude API request id that a dump of the
// response headers holds, when the paste's dumps name exactly one: the API
// sends it as the "request-id" header, and programs print their headers in
// their language's syntax, away from the error line —
// Node's inspect of an object ('request-id': 'req_…') or of a Headers or
// Map (['request-id', 'req_…'], 'request-id' => 'req_…'), JSON
// ("request-id": "req_…"), Python's httpx Headers repr ({'request-id':
// 'req_…'} or [('request-id', 'req_…')]), Ruby's hash ("request-id"=>
// "req_…"), Go's http.Header (map[Request-Id:[req_…]]), and the raw header
// line (request-id: req_…). A relay's x-request-id is not the API's.
func headerRequestID(text string) string {
	if !strings.Contains(text, "req_") {
		return ""
	}
	found := ""
	// "-id" is rarer than "request": the name is found by its end, in any
	// case, without a folded copy of the paste.
	for off := 0; ; {
		i := strings.Index(text[off:], "-")
		if i < 0 {
			return found
		}
		dash := off + i
		off = dash + 1
		if dash < 7 || dash+3 > len(text) || !strings.EqualFold(text[dash-7:dash+3], "request-id") {
			continue
		}
		at := dash - 7
		off = dash + 3
		if at > 0 && (isIDByte(text[at-1]) || text[at-1] == '.') {
			continue // x-request-id, anthropic_request-id…: another header
		}
		id := headerValue(text, off)
		if id == "" {
			continue
		}
		if found != "" && found != id {
			return "" // several requests: the error's own id is not known
		}
		found = id
	}
}

// headerValue reads the req_ id that follows a header name ending at i.
func headerValue(text string, i int) string {
	i = headerValueAt(text, i)
	if i < 0 || !strings.HasPrefix(text[i:], "req_") {
		return ""
	}
	return requestIDAt(text, i)
}

// headerValueAt returns where the value of a header whose name ends at i
// starts: after its closing quote, one separator (":", "=>", "=", ","),
// then opening quotes or brackets; -1 when no separator follows.
func headerValueAt(text string, i int) int {
	skip := func(set string) {
		for i < len(text) && strings.IndexByte(set, text[i]) >= 0 {
			i++
		}
	}
	skip(`'"`)
	skip(" ")
	switch {
	case strings.HasPrefix(text[i:], "=>"):
		i += 2
	case i < len(text) && strings.IndexByte(":=,", text[i]) >= 0:
		i++
	default:
		return -1
	}
	skip(` '"[`)
	return i
}
