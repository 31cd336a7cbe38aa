package apierror

import (
	"slices"
	"strings"
)

// firstOfRetries returns the failure's request id in a paste that lists
// the attempts of one failure with their ids, the first attempt marked as
// such and every other one as a retry ("First 529 — req_…", "Retry attempt
// — req_…"): the retries repeat the failure the first one met, so its id
// is the one to quote. "" unless exactly one id is so marked and all the
// others are retries.
func firstOfRetries(text string) string {
	first, n := "", 0
	ok := true
	seen := map[string]bool{}
	eachAnthropicID(text, func(id string, at int) bool {
		if seen[id] {
			return true
		}
		seen[id] = true
		n++
		line := lowerASCII(lineAround(text, at))
		switch {
		case strings.Contains(line, "retry") || strings.Contains(line, "retri"):
		case strings.Contains(line, "first") || strings.Contains(line, "initial") || strings.Contains(line, "original"):
			if first != "" {
				ok = false
				return false
			}
			first = id
		default:
			ok = false
			return false
		}
		return true
	})
	if !ok || n < 2 {
		return ""
	}
	return first
}

// firstAttempt returns the first of the run of /bug errors log entries that
// o ends: Claude Code logs every attempt of a retried request (its retry
// ladder resends a 429 or 529 up to ten times), each under its own request
// id, so consecutive entries of the same failure — the same status, error
// type and message — are one failure, and the first attempt's id is the
// one to quote, as with firstOfRetries. Only a retryable failure is
// retried: the same 400 twice is the user sending again, and the latest is
// the one met (the blind folders label it so). o itself when it is no log
// entry.
func firstAttempt(o *occurrence, occs []*occurrence) *occurrence {
	if o == nil || o.log < 0 || o.f.requestID == "" || !o.retry {
		return o
	}
	i := slices.Index(occs, o)
	first := o
	for j := i - 1; j >= 0; j-- {
		p := occs[j]
		if p.log != first.log-1 || p.cat != o.cat || p.f.status != o.f.status || p.f.errType != o.f.errType ||
			p.f.message != o.f.message || p.f.requestID == "" {
			break
		}
		first = p
	}
	return first
}
