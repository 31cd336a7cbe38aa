package apierror

import "strings"

// relayIDHeaders are the response headers in which relays give a request
// their own id (entry.idHeader), in the forms header dumps write a name:
// lower case (HTTP/2, Node, fetch's Headers), as sent, and upper case.
var relayIDHeaders = lazy[[]string]{make: func() []string {
	var names []string
	for _, e := range catalogue.get().all {
		if h := e.idHeader; h != "" {
			names = append(names, strings.ToLower(h), h, strings.ToUpper(h))
		}
	}
	return names
}}

// relayHeaderID returns the id a relay gave the request in its response
// header, as a paste's header dump shows it in any language's syntax
// (X-Kong-Request-Id: …, 'helicone-id': '…', "Helicone-Id": ["…"]), the
// last one shown; "" when none.
func relayHeaderID(text string) string {
	last, at := "", -1
	for _, name := range relayIDHeaders.get() {
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			i += off
			off = i + len(name)
			if i > 0 && (isIDByte(text[i-1]) || text[i-1] == '.') {
				continue // another header whose name ends the same
			}
			if id := headerToken(text, off); id != "" && i > at {
				last, at = id, i
			}
		}
	}
	return last
}

// headerToken reads the id-shaped value (8 characters or more) of a header
// whose name ends at i.
func headerToken(text string, i int) string {
	if i = headerValueAt(text, i); i < 0 {
		return ""
	}
	j := i
	for j < len(text) && isIDByte(text[j]) {
		j++
	}
	if j-i < 8 {
		return ""
	}
	return text[i:j]
}
