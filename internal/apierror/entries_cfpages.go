package apierror

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
	}
}
