package apierror

import "strings"

// mirroredIssue reports a web page that republishes a GitHub issue: issue
// aggregators and "how to fix" sites copy an issue's text under their own
// chrome — a table of contents ("On this page"), their own headings over
// the quoted error ("Error Message", "Root Cause", "Code Example") — and
// keep a box that names the issue ("owner/repo#123", often with when it
// was fetched) and links back to it ("View on GitHub"). That chrome is the
// site's template, not the writer's genre: what the page holds is the
// issue, a report of a failure met, unless the issue's own sections say
// it asks for a change.
func mirroredIssue(dc *doc) bool {
	var ref, back bool
	for _, l := range dc.lines {
		if l.blank || l.log >= 0 || l.tool {
			continue
		}
		t := strings.TrimSpace(l.text)
		if !back && t != "" && len(t) <= 40 && strings.IndexByte("VvOoSs", t[0]) >= 0 {
			back = mirrorBackLink(lowerASCII(t)) // short lines only: the link is a few words
		}
		if !ref {
			ref = repoIssueRef(t)
		}
		if ref && back {
			return true
		}
	}
	return false
}

// mirrorBackLink reports a line that is only a link back to the original
// on GitHub ("View on GitHub", "View original issue on GitHub", "Open on
// GitHub ↗").
func mirrorBackLink(low string) bool {
	low = strings.TrimRight(low, " ↗→›»")
	for _, p := range []string{"view ", "open ", "see "} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "original ")
			rest = strings.TrimPrefix(rest, "issue ")
			return rest == "on github" || rest == "on github.com"
		}
	}
	return false
}

// repoIssueRef reports a line that opens with a GitHub issue reference,
// "owner/repo#123", alone or followed by the mirror's metadata ("…#123
// Fetched 2026-05-20").
func repoIssueRef(t string) bool {
	hash := strings.IndexByte(t, '#')
	if hash <= 0 || hash > 140 {
		return false
	}
	name := t[:hash]
	slash := strings.IndexByte(name, '/')
	if slash <= 0 || slash == len(name)-1 || strings.Count(name, "/") != 1 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isAlnum(c) && c != '-' && c != '_' && c != '.' && c != '/' {
			return false
		}
	}
	n := 0
	for n < len(t)-hash-1 && isDigit(t[hash+1+n]) {
		n++
	}
	return n > 0
}
