package apierror

import "strings"

// Pages and texts of the HTTP layer in front of an API: Cloudflare (its
// 52x statuses and browser challenge), nginx, Envoy. Sources:
// https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
// and Envoy's local reply texts (source/common/router/router.cc); testdata/vocab/proxies.txt
// lists them with nginx's built-in pages.
func httpPageEntries() []*entry {
	return []*entry{
		{id: "cloudflare-5xx", cat: GatewayError, statuses: []int{520, 521, 522, 523, 524, 525, 526, 527, 530}},
		// HTTP's own reason phrases for 413 and 402 (RFC 9110), which any
		// server in the path writes: they name the failure, not who answered.
		{id: "http-reason-too-large", cat: RequestTooLarge, tier: tierSize, strong: true, ui: true,
			any: []string{"Request Entity Too Large", "Payload Too Large"}},
		{id: "http-reason-payment", cat: Billing, tier: tierBilling, strong: true, ui: true,
			any: []string{"Payment Required"}},
		// An XML error document (<Error><Code>…</Code><Message>…</Message>
		// </Error>): the error shape of object stores and the hosts in front
		// of them (Amazon S3's REST error responses, Azure Storage's,
		// Google Cloud Storage's XML API). The Claude API's errors are always
		// JSON (docs.claude.com/en/api/errors, "Error shapes"), so such a
		// body behind a base URL is whatever that URL reaches answering.
		{id: "xml-error-document", provider: "gateway", envRank: 31,
			envelope: []string{"<Error><Code>"}},
		// A web framework's own error page (Next.js) is the application at
		// the endpoint answering — a relay's server — not a CDN or load
		// balancer in front of someone else's origin.
		{id: "app-page", provider: "gateway", envRank: 32,
			names: []string{"/_next/static/", `id="__next"`}},
		{id: "page-too-large", cat: RequestTooLarge, page: func(status int, title string) bool {
			return status == 413 || strings.Contains(title, "413")
		}},
		{id: "page-not-found", cat: NotFound, page: func(status int, _ string) bool { return status == 404 }},
		// A bare 403 page, titled by its status alone, is a server on the
		// way refusing the caller (RFC 9110 §15.5.4): nginx's deny, Cloud
		// Armor's deny action in front of a Google-hosted API (its page is
		// "<title>403</title>403 Forbidden"), most often by the caller's
		// address or region. A CDN's or WAF's branded page (Cloudflare's
		// 1xxx, Akamai's "Access Denied") names its own cause: gateway.
		{id: "page-forbidden", cat: Permission, side: SideNetwork, page: func(status int, title string) bool {
			return status == 403 && strings.HasPrefix(title, "403")
		},
			summary: "A server in front of the endpoint refused the request with a bare 403 page — usually a firewall or a region block on your IP address (VPN exit, cloud region), not your API key.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Check where the request comes from", "", "A region block answers by IP: a VPN exit, a cloud function's or worker's region, or a country the API does not serve (https://anthropic.com/supported-countries)."),
					act("See what your network gets from the endpoint", "curl -sI https://api.anthropic.com/v1/models", "An HTML 403 here too means the block is on this address, not on the key."),
				}
			}},
		{id: "page-rate-limit", cat: RateLimit, page: func(status int, _ string) bool { return status == 429 }},
		// A 504 page is a gateway that waited for its upstream in vain (RFC
		// 9110 §15.6.5): the request timed out on the way, whoever's page it
		// is (nginx's, Cloudflare's at api.anthropic.com, a relay's), as
		// the status table reads a bare 504.
		{id: "page-timeout", cat: Timeout, page: func(status int, title string) bool {
			return status == 504 || strings.Contains(title, "504 gateway time")
		}, summary: "A gateway on the way to the API (a proxy, CDN or relay) gave up waiting for the server behind it (HTTP 504) — long requests are the usual cause; resending usually works."},
		{id: "cf-challenge", cat: GatewayError, tier: tierRelay, retry: -1, impliedStatus: 403,
			any:     []string{"<title>Just a moment", "Attention Required! | Cloudflare", "cf-mitigated", "challenge-platform", "Checking your browser before accessing"},
			summary: cfChallengeSummary, actions: cfChallengeActions},
		{id: "envoy", cat: GatewayError, tier: tierRelay, strong: true, ui: true,
			any:     []string{"upstream reset: reset reason", "upstream connect error", "disconnect/reset before headers", "no healthy upstream", "upstream request timeout"},
			summary: "A proxy in front of the API (Envoy) could not reach the servers behind it — usually a brief outage on the far side.",
			actions: func(a *advice) []Action {
				if a.gateway == "" {
					return edgeActions(a)
				}
				return gatewayActions(a)
			}},
		// Cloudflare failing TLS towards the server behind it is not the user's
		// certificates: ahead of the TLS phrases ("Invalid SSL certificate").
		{id: "cloudflare-origin-tls", cat: GatewayError, tier: tierProxy, strong: true,
			any:     []string{"526: Invalid SSL certificate", "525: SSL handshake failed"},
			summary: "Cloudflare, in front of the server, could not make a valid TLS connection to it — a problem on the far side, not your certificates."},
		// Envoy's buffer limit on the answer is the gateway's, not the request's
		// size: ahead of the size phrases ("Payload Too Large").
		{id: "envoy-response-size", cat: GatewayError, tier: tierProxy, strong: true,
			any: []string{"Response payload too large"}},
	}
}

// statusPage reports an occurrence that is a whole HTTP error page: its
// <title> opens with the error status the page carries ("<title>403
// Forbidden</title>" of nginx's built-in pages, "<title>403</title>403
// Forbidden" of Google's front end and Cloud Armor's deny action). A
// server wrote it as its answer, so it needs no "API Error:" in front;
// unless the paste holds the HTTP command that fetched it (a website's
// page the user asked for) or a stack trace (the user's own server), or
// the page opens inside a string literal (a test's mocked body:
// body: `<!doctype html>…`).
func statusPage(dc *doc, o *occurrence) bool {
	if !o.f.html || o.f.status < 400 || len(o.f.title) < 3 || openingStatus(o.f.title) != o.f.status {
		return false
	}
	low := o.lower()
	at := len(low)
	for _, tag := range []string{"<!doctype", "<html", "<head>"} {
		if i := strings.Index(low, tag); i >= 0 && i < at {
			at = i
		}
	}
	if before := strings.TrimRight(low[:at], " "); before != "" && strings.ContainsRune("`\"'", rune(before[len(before)-1])) {
		return false
	}
	for _, l := range dc.lines {
		if stackFrame(l.text) || probeCommand(l.text) {
			return false
		}
	}
	return true
}

// What Cloudflare's browser challenge means and what to do, for every form
// it is seen in (entries_cfpages.go has its rendered and header forms).
const cfChallengeSummary = "Cloudflare answered with a browser-challenge page instead of the API: your IP or VPN is being challenged — not a key problem."

func cfChallengeActions(a *advice) []Action {
	return []Action{
		act("Turn off your VPN or switch network", "", "Cloudflare is challenging your IP address (a browser check Claude Code cannot pass): this is not a key problem."),
		act("Check what your network gets from the API", "curl -sI https://api.anthropic.com/v1/models", "An HTML 403 with 'Just a moment' confirms the IP is challenged."),
	}
}
