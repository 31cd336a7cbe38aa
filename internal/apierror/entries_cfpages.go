package apierror

import "strconv"

// Cloudflare's challenge and block pages in front of claude.ai and
// api.anthropic.com, in the forms users paste besides Claude Code's "API
// Error: 403 <html>…" (entries_http_pages.go's cf-challenge): the page as a
// browser renders it, its HTML alone, and the response's headers.
// Sources (testdata/vocab/cfpages.txt):
// https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/
// (every Challenge Page response carries cf-mitigated: challenge, its only
// value), https://developers.cloudflare.com/rules/custom-errors/reference/error-page-types/
// (WAF block, IP/country block and challenge, managed challenge: 403), and
// Cloudflare's default pages (the challenge page's "Enable JavaScript and
// cookies to continue", "Verifying you are human", "… needs to review the
// security of your connection before proceeding"; the WAF block page's
// "Sorry, you have been blocked", "Why have I been blocked?", "This website
// is using a security service to protect itself from online attacks" —
// which its 1020 "Access denied" page shares — and their "Cloudflare Ray
// ID" footer).
func cfPageEntries() []*entry {
	return []*entry{
		// The challenge page's own sentences, and the header that marks any
		// challenge response: only Cloudflare writes them, and only on a
		// request it stopped.
		{id: "cf-challenge-page", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, impliedStatus: 403,
			any: []string{"Enable JavaScript and cookies to continue", "needs to review the security of your connection before proceeding",
				"Verifying you are human. This may take a few seconds", "Verify you are human by completing the action below",
				"cf-mitigated: challenge", `"cf-mitigated": "challenge"`, `'cf-mitigated': 'challenge'`, "Cf-Mitigated:[challenge]"},
			summary: cfChallengeSummary, actions: cfChallengeActions},
		// The WAF's block page: a firewall rule of the site refused this
		// request or this network. Its headline or question, with the
		// footer that names Cloudflare and the request's Ray ID some lines
		// below: an article quoting the headline has no Ray ID.
		{id: "cf-block-page", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, impliedStatus: 403,
			any: []string{"Sorry, you have been blocked", "Why have I been blocked?",
				// The explanation on the block page and on the 1020 "Access
				// denied" page (a firewall rule).
				"This website is using a security service to protect itself from online attacks"},
			all: []string{"Cloudflare Ray ID"}, footer: true,
			summary: "Cloudflare's firewall in front of the site blocked this request: a rule matched the request or the network it came from (a VPN, proxy or data-centre address) — not a key problem.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Turn off your VPN or proxy, or switch network", "", "The block is usually on the address the request comes from; a home or mobile connection is rarely blocked."),
					act("Check what your network gets from the API", "curl -sI https://api.anthropic.com/v1/models", "A 403 HTML page from Cloudflare here too means the block is on this network, not on your key or account."),
					act("Quote the Cloudflare Ray ID if it keeps happening", "", "The page's Ray ID lets the site's operator (Anthropic for claude.ai and api.anthropic.com) find the rule that blocked you."),
				}
			}},
		// Cloudflare's 1xxx pages as a browser renders them, and as the
		// problem-details JSON it answers API clients with: the heading
		// "Error 1015 Ray ID: … • <time>" and each page's "What happened?"
		// sentence. The code decides: 1015 is a rate limit (429), the bans
		// (1005–1012, 1020) a block on the caller (403), the rest the site's
		// own set-up behind Cloudflare (530/5xx/409).
		{id: "cf-1xxx-rate-limit", cat: RateLimit, tier: tierRelay, strong: true, retry: 1, impliedStatus: 429,
			any:     append(cf1xxxHeadings(1015), "has banned you temporarily from accessing this website"),
			summary: "Cloudflare in front of the site rate-limited your address (error 1015): too many requests from this IP in a short time — not your API key's limit.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Wait a minute or two and retry", "", "A Cloudflare rate-limiting rule blocks the address for a short period, then lets it through again."),
					act("Slow down or stop parallel sessions behind the same address", "", "The rule counts requests per IP: other sessions, scripts or users behind the same VPN or NAT count too."),
				}
			}},
		{id: "cf-1xxx-banned", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, impliedStatus: 403,
			any: append(cf1xxxHeadings(1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1020),
				"has banned your IP address", "has banned the country or region your IP address is in",
				"has banned the autonomous system number", "has banned your access based on your browser's signature"),
			summary: "Cloudflare in front of the site refused this address: the site bans your IP, its network (ASN), its country or region, or your client's signature — not a key problem.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Turn off your VPN or proxy, or switch network", "", "The ban is on the address, network or country the request comes from; a home or mobile connection is rarely banned."),
					act("Check that you are in a supported country", "", "Anthropic's services are offered in the countries listed at https://anthropic.com/supported-countries."),
					act("Quote the Cloudflare Ray ID if it keeps happening", "", "The page's Ray ID lets the site's operator find the rule that refused you."),
				}
			}},
		{id: "cf-1xxx-origin", cat: GatewayError, tier: tierRelay, strong: true,
			any: append(cf1xxxHeadings(1000, 1001, 1002, 1003, 1004, 1013, 1014, 1016, 1018, 1019, 1023, 1025, 1033, 1034, 1035, 1036, 1037, 1040, 1041, 1101, 1102, 1104, 1200),
				"Cloudflare is currently unable to resolve your requested domain", "is configured as a Cloudflare Tunnel"),
			summary: "Cloudflare could not pass the request to the site behind it: the site's DNS, tunnel or Worker set-up on Cloudflare is failing (a 1xxx error) — the endpoint's problem, not your key or network.",
			actions: func(a *advice) []Action {
				if a.gateway == "" {
					return edgeActions(a)
				}
				return gatewayActions(a)
			}},
	}
}

// cf1xxxHeadings are the forms in which Cloudflare heads its 1xxx error
// for each code: the rendered page's "Error 1015 Ray ID: …" and the
// problem-details JSON's "title":"Error 1015: …".
func cf1xxxHeadings(codes ...int) []string {
	out := make([]string, 0, 2*len(codes))
	for _, c := range codes {
		n := strconv.Itoa(c)
		out = append(out, "Error "+n+" Ray ID", `"title":"Error `+n+":")
	}
	return out
}
