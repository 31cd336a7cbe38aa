package apierror

import "strings"

// answeredBeforeConnect: apps that word every failed call as "Could not
// connect to Anthropic" (entry.statusDecides on their connect notice) log
// the status they got on the line before it ("Handshake failed with status:
// 400", then "Could not connect to Anthropic server."). A status means the
// API answered: it decides the category, not the notice's "connect", and
// the service the notice names is who answered.
func answeredBeforeConnect(p *occurrence, dc *doc) {
	if p.rule == nil || !p.rule.statusDecides || p.cat != Network || p.f.status != 0 {
		return
	}
	i := p.first - 1
	for i >= 0 && dc.lines[i].blank {
		i--
	}
	if i < 0 || p.first >= len(dc.lines) {
		return
	}
	n := 0
	statusesIn(lowerASCII(dc.lines[i].text), func(s, _ int, kind, _ string) bool {
		if kind != "" && s >= 400 && s <= 599 {
			n = s
			return false
		}
		return true
	})
	if n == 0 {
		return
	}
	e := statusEntry(n)
	if e == nil || e.cat == None || e.cat == "" {
		return
	}
	p.f.status, p.f.statusFrom = n, "other"
	p.entry, p.cat, p.retry = e, e.cat, e.retryable
	if p.provider == "" && strings.Contains(p.lower(), "anthropic") {
		// The notice names whom the app called, and that service answered
		// (a relay or base URL in the paste still says otherwise later).
		p.provider = "anthropic"
	}
}
