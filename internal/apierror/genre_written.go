package apierror

import (
	"strings"
)

// pullRequestPage reports a copy of a pull request's page: the header a
// code forge prints under its title, "<user> wants to merge 1 commit into
// <base> from <head>" or "<user> merged 3 commits into main from …"
// (GitHub), "wants to merge 2 commits from <head> into <base>" (Gitea,
// Forgejo), "requested to merge <head> into <base>" (GitLab). A pull
// request is a change; the failure its "Repro" block shows is the one it
// fixes, printed console lines and all. The header opens its line with the
// author's handle: a writer telling of their own merge says "I merged".
func pullRequestPage(dc *doc) bool {
	for _, l := range dc.lines {
		if l.log >= 0 || l.tool || len(l.text) > 300 {
			continue
		}
		low := lowerASCII(l.text)
		for _, v := range []string{"wants to merge ", "merged "} {
			i := strings.Index(low, v)
			if i < 0 || !forgeHandle(low[:i]) {
				continue
			}
			rest := low[i+len(v):]
			n := 0
			for n < len(rest) && isDigit(rest[n]) {
				n++
			}
			// The line may end at "into": the page sets the branches apart.
			if n > 0 && strings.HasPrefix(rest[n:], " commit") && (strings.Contains(rest[n:], " into ") || strings.HasSuffix(rest, " into")) {
				return true
			}
		}
		if i := strings.Index(low, "requested to merge "); i >= 0 && forgeHandle(low[:i]) && (strings.Contains(low[i:], " into ") || strings.HasSuffix(low, " into")) {
			return true
		}
	}
	return false
}

// forgeHandle reports s, a line's start before a verb, as a forge user's
// handle alone ("charleneleong-ai "): one word, not a pronoun.
func forgeHandle(s string) bool {
	h, ok := strings.CutSuffix(s, " ")
	if !ok || h == "" || strings.ContainsAny(h, " \t") {
		return false
	}
	switch h {
	case "i", "we", "you", "they", "he", "she", "someone", "who":
		return false
	}
	return true
}
