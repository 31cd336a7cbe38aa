package apierror

import "strings"

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
