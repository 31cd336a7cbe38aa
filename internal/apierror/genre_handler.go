package apierror

import "strings"

// proposedHandlerFix reports a bug report about a program's error handling
// written as a change: a "Suggested fix" or "Proposed fix" section, a code
// fence that holds an exception handler ("except X as e:", "catch (e)"),
// and no error printed: none inside a fence, no body, no request id. It names error types and classes
// to say which branch the code takes, as a pull request does; a report
// that pastes what its run printed shows that in a fence, and stays an
// error.
func proposedHandlerFix(dc *doc, occs []*occurrence) bool {
	// Searched as written (a heading capitalises its words): no folded
	// copy of the paste.
	raw := dc.raw
	if !strings.Contains(raw, "```") || !strings.Contains(raw, "uggested fix") && !strings.Contains(raw, "uggested Fix") &&
		!strings.Contains(raw, "roposed fix") && !strings.Contains(raw, "roposed Fix") {
		return false
	}
	handler := false
	in := false
	for line := range strings.SplitSeq(dc.raw, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") {
			in = !in
			continue
		}
		if in && handlerLine(t) {
			handler = true
			break
		}
	}
	if !handler {
		return false
	}
	for _, o := range occs {
		if o.f.validJSON || o.f.requestID != "" || o.f.html {
			return false // an error body or an id: printed, wherever it sits
		}
		// Its start as written: a wrapped line was joined in o.text.
		first, _, _ := strings.Cut(o.text, "\n")
		if len(first) > 24 {
			first = first[:24]
		}
		if i := strings.Index(dc.raw, first); i < 0 || strings.Count(dc.raw[:i], "```")%2 == 1 {
			return false // printed inside a fence (or not found as written)
		}
	}
	return true
}

// handlerLine reports a line of source that catches an exception: Python's
// "except Name as e:" / "except Name:", JavaScript's and Java's "catch (e)".
func handlerLine(t string) bool {
	if rest, ok := strings.CutPrefix(t, "except "); ok {
		return strings.HasSuffix(rest, ":")
	}
	t = strings.TrimPrefix(t, "} ")
	return strings.HasPrefix(t, "catch (") || strings.HasPrefix(t, "catch(")
}
