package apierror

import "strings"

// titledBy: an issue's title names the failure it is about. Where a thread
// shows several errors (the one asked about, then more logs of another
// attempt) and its first line, a title no error was read from, quotes the
// message of one of them and not of the last one, that error is what the
// user is stuck on ("Claude: Request contains an invalid argument" over a
// later log's "All accounts exhausted … 404").
func titledBy(dc *doc, occs []*occurrence, primary *occurrence) *occurrence {
	if primary == nil || len(occs) < 2 || len(dc.lines) < 3 {
		return primary
	}
	for _, o := range occs {
		if o.first == 0 {
			return primary // the first line is an error, not a title
		}
	}
	title := strings.TrimSpace(lowerASCII(dc.lines[0].text))
	for strings.HasPrefix(title, "[") && strings.Contains(title, "]") {
		title = strings.TrimSpace(title[strings.IndexByte(title, ']')+1:]) // "[Bug] …": a tracker's tag
	}
	// "Claude: …", "中转站：…": the subject named before the message.
	cut, n := -1, 0
	for _, sep := range []string{": ", "："} {
		if i := strings.Index(title, sep); i >= 0 && (cut < 0 || i < cut) {
			cut, n = i, len(sep)
		}
	}
	if cut >= 0 {
		title = strings.TrimSpace(title[cut+n:])
	}
	title = strings.TrimRight(title, ".!?。 ")
	if len(title) < 16 || strings.Contains(primary.lower(), title) {
		return primary
	}
	var named *occurrence
	for _, o := range occs {
		if o == primary || o.thin || o.log >= 0 || !framedError(o) || !strings.Contains(o.lower(), title) {
			continue
		}
		if named != nil && named.cat != o.cat {
			return primary
		}
		if named == nil {
			named = o
		}
	}
	if named == nil {
		return primary
	}
	return named
}

// framedError reports an error a program printed in a frame of its own: a
// body, or a status its client's frame gave ("Error code: 400 - …"), not a
// number in the words (a title repeated under itself).
func framedError(o *occurrence) bool {
	switch o.f.statusFrom {
	case "sdk", "api", "json", "header":
		return true
	}
	return o.f.errType != "" || o.f.validJSON || o.f.bareObject || o.f.html || o.f.requestID != ""
}
