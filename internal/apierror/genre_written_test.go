package apierror

import "testing"

// TestPullRequestPage: a copied pull request page carries its forge's
// header ("… wants to merge 1 commit into …") over a description whose
// repro block shows the console lines of the failure the change handles;
// the same lines in an issue, or told by a writer of their own merge, stay
// the failure.
func TestPullRequestPage(t *testing.T) {
	const repro = "Repro\n\n[agent] request failed (attempt 2/4): APIStatusError [HTTP 429]\n" +
		"   Error: HTTP 429: This request would exceed your organization's rate limit of 50,000 input tokens per minute.\n" +
		"[agent] giving up after 4 attempts\n"
	checkGenreCases(t, []genreCase{
		{"a GitHub pull request page",
			"Skip to content\n\nretry: back off on per-minute token limits #482\n\nOpen\nmjlow wants to merge 2 commits into\nacme:main\nfrom mjlow:backoff-itpm\n\n" +
				"The agent retries a 429 at once, so it burns every attempt inside the same minute.\n\n" + repro +
				"\nThis change waits for the retry-after header before the next attempt.", None},
		{"a Gitea pull request page",
			"backoff for token limits\n\nmjlow wants to merge 2 commits from backoff-itpm into main\n\n" + repro, None},
		{"a GitLab merge request page",
			"Draft: back off on 429\n\nmjlow requested to merge backoff-itpm into main\n\n" + repro, None},
		{"the same lines in an issue",
			"Agent gives up on 429 too fast\n\n" + repro + "\nIt happens every morning.", RateLimit},
		{"a writer telling of their own merge",
			"Since I merged 2 commits into main the nightly job fails:\n\n" + repro, RateLimit},
	})
}

// TestMessageTemplates: a change or a report about error handling quotes
// the messages as templates, a placeholder where a time, a count or a
// provider's name is printed; a real error whose ids the user redacted
// with the same brackets, or a log tagged "[provider]", stays the error.
func TestMessageTemplates(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a change listing its new notices",
			"ui: friendlier limit notices\n\nNotices added:\n\n| Notice | Title | Copy |\n|---|---|---|\n" +
				"| `KeyRejected` | Invalid API Key | The API key for {provider} is invalid or has expired. Update it in settings. |\n" +
				"| `Throttled` | Slow Down | {provider} is limiting requests; retrying in {seconds} seconds. |\n", None},
		{"a report on a retry handler quoting the quota message",
			"Error Message\n" +
				"429 \"Claude usage limit reached. Your limit will reset at [time].\"\n" +
				"-> retried 40 times\n-> the fallback never ran\n" +
				"The handler cannot tell a short window from a spent quota.", None},
		{"a Vertex 404 with the user's project redacted",
			`{"error":{"code":404,"message":"Publisher Model projects/{project_id}/locations/us-east5/publishers/anthropic/models/claude-opus-4-5 was not found or your project does not have access to it.","status":"NOT_FOUND"}}`,
			NotFound},
		{"a log line tagged with its provider",
			"[provider] anthropic\n[provider] HTTP 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}",
			RateLimit},
	})
}

// TestBehaviourChangeAsked: a request that asks maintainers to reconsider
// which error their program answers with ("Could you consider …", "…
// would be very useful") names error codes as the behaviour to change; a
// user who reports meeting the error, asks as they may, still reports it.
func TestBehaviourChangeAsked(t *testing.T) {
	const compared = "The other adapters answer a rejected key with `InternalError` (-32603) and put the reason in `data`;\n" +
		"this one always answers `AuthRequired` (-32000), with no reason.\n\n"
	checkGenreCases(t, []genreCase{
		{"asking to align error codes",
			compared + "Could you consider answering `AuthRequired` only when no credentials are set at all?", None},
		{"asking for a reason in the error",
			compared + "A reason in the data field would be very useful for clients that show it.", None},
		{"a user meeting the error, asking for a fix",
			"I keep getting this when my key expires:\n\n{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}\n\n" +
				"Could you consider printing the reason?", UnknownAPIError},
	})
}

// TestPublishedRecord: a site's content API serves a fix-it page as JSON,
// its slug and title beside the error it is written about, or a
// troubleshooting record's symptoms and solution; a transcript entry (its
// session named) and an error printed with its cause stay failures.
func TestPublishedRecord(t *testing.T) {
	const quoted = "API Error: 413 {\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"request_too_large\\\",\\\"message\\\":\\\"Request exceeds the maximum size\\\"}}"
	checkGenreCases(t, []genreCase{
		{"a page record with its slug",
			`{"post":{"id":4711,"slug":"claude-code-request-too-large-after-pasting-a-pdf","title":"Request too large after pasting a PDF",` +
				`"excerpt":"Claude Code answers ` + quoted + ` once a PDF over 32 MB is in the conversation."}}`, None},
		{"a troubleshooting record",
			`{"symptoms":["` + quoted + `"],"cause":"A PDF over the request size limit stays in the history.","solution":"Run /rewind to drop the message with the PDF."}`, None},
		{"a transcript entry with its session's slug",
			`{"sessionId":"6f1d","slug":"quiet-river","title":"pdf upload","type":"assistant","message":{"content":[{"type":"text","text":"` + quoted + `"}]},"isApiErrorMessage":true}`,
			RequestTooLarge},
		{"a fetch failure printed with its cause",
			`{"name":"TypeError","message":"fetch failed","cause":{"code":"ECONNRESET","message":"read ECONNRESET"},"solution":null}`, Network},
	})
}

// TestWordingsHeading: a troubleshooting guide (or an agent's instructions
// copied from its prompt) heads a section with the wordings it covers,
// quoted and offered as alternatives; a user listing the two messages they
// met, or one quoted message over a printed failure, still reports it.
func TestWordingsHeading(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a guide's section over TLS wordings",
			"## When the proxy re-signs traffic\n\n\"unable to get local issuer certificate\" / \"self signed certificate in certificate chain\" / SSL errors\n\n" +
				"Point NODE_EXTRA_CA_CERTS at the proxy's CA bundle and start the tool again.", None},
		{"a guide's section over connection wordings",
			"'ECONNRESET' or 'socket hang up'\n\nThe proxy closed an idle stream. Raise its idle timeout above five minutes.", None},
		{"a user listing what they met",
			"Since Monday I keep getting \"unable to get local issuer certificate\" or \"self signed certificate in certificate chain\" from claude.", TLS},
		{"one quoted message over a printed failure",
			"\"self signed certificate in certificate chain\"\n\n  ⎿  API Error: Unable to connect to API (SELF_SIGNED_CERT_IN_CHAIN)", TLS},
	})
}

// TestChangeAndReviewForms: a squashed commit ("subject (#N)") listing the
// errors it now words, and a review's findings ("path:line — what is
// wrong"), are about code; the same first line or findings over a failure
// Claude Code printed stay that failure.
func TestChangeAndReviewForms(t *testing.T) {
	const printed = "  ⎿  API Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}"
	checkGenreCases(t, []genreCase{
		{"a squashed commit listing its messages",
			"chat: show a callout for rejected keys (#9120)\n\nWhen the provider answers Invalid API key the panel now reads\n" +
				"\"Your API key was rejected\" with a button to open the key settings.", None},
		{"a review's findings about 429 handling",
			"Findings\n\nsrc/providers/anthropic.ts:88 — 429 rate_limit_error retried without reading retry-after\n" +
				"src/providers/bedrock.ts:141 — ThrottlingException treated as fatal\n", None},
		{"a pull request titled with the issue it closes",
			"retry: treat overloaded_error as transient (Closes #311)\n\nThe agent stopped on `API Error: 529 overloaded_error`; it now backs off and tries again.", None},
		{"a squashed commit's subject over a printed failure",
			"chat: show a callout for rejected keys (#9120)\n\nStill seeing this after the change:\n" + printed, Authentication},
		{"findings over a printed failure",
			"src/providers/anthropic.ts:88 — key read once at start\nsrc/providers/env.ts:12 — empty key not refused\n\n" + printed, Authentication},
	})
}

// TestPromptFile: a prompt's definition file (a subagent, a skill, a
// system prompt extracted with its header) tells a model how to handle
// errors, quoting them; a user who pastes their agent's file and then what
// it printed for them still reports that failure.
func TestPromptFile(t *testing.T) {
	const agent = "---\nname: api-watchdog\ndescription: Checks a failed Claude API call and says whether to retry\ntools: Read, Bash\n---\n\n" +
		"You look at the last API error the session hit.\n\n" +
		"- `overloaded_error` (HTTP 529): the API is busy; wait and retry the same request.\n" +
		"- `rate_limit_error` (HTTP 429): read the retry-after header before the next call.\n"
	checkGenreCases(t, []genreCase{
		{"a subagent's file", agent, None},
		{"an extracted system prompt with its comment header",
			"<!--\nname: \"Data: proxy failures\"\ndescription: \"What to do when the egress proxy refuses a connection\"\n-->\n" +
				"If a tool prints \"self signed certificate in certificate chain\", point it at the proxy's CA bundle.\n" +
				"Never retry a 407 Proxy Authentication Required; report it.", None},
		{"the agent's file, then the failure its user got",
			agent + "\nRunning it I get this every time:\n\n  ⎿  API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", Overloaded},
		{"front matter naming no prompt, over a printed failure",
			"---\nname: nightly\non: schedule\n---\nAPI Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", Overloaded},
	})
}

// TestEnvironmentsHeading: a reference's "## Environments" section is no
// bug template's "## Environment" over what the reporter ran.
func TestEnvironmentsHeading(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a reference with an Environments section",
			"## Environments\n\nEach agent runs in its own environment.\n\n## Errors\n\n" +
				"| 400 | `invalid_request_error` | The request body is malformed |\n| 404 | `not_found_error` | The environment does not exist |\n" +
				"| 429 | `rate_limit_error` | Too many requests |\n\nEvery error body has this shape:\n\n" +
				"{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Description of what went wrong\"}}", None},
		{"a bug template's Environment heading",
			"## Environment\n\nclaude 2.1.300, macOS\n\n## What happened\n\nAPI Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 210511 tokens > 200000 maximum\"}}", ContextTooLong},
	})
}

// TestHandlerCode: a sample whose only error words are the classes its
// handlers catch (Python's except, Ruby's rescue) is source, not a
// failure; the same sample followed by what its run printed reports that.
func TestHandlerCode(t *testing.T) {
	const py = "try:\n    reply = client.messages.create(model=model, max_tokens=512, messages=history)\n" +
		"except anthropic.RateLimitError:\n    print(\"Slow down: rate limited, trying again in a minute\")\n"
	checkGenreCases(t, []genreCase{
		{"a Python sample catching the rate limit", py, None},
		{"a Ruby sample rescuing the status error",
			"begin\n  reply = client.messages.create(**params)\nrescue Anthropic::Errors::APIStatusError => e\n  puts e.type # :overloaded_error, :rate_limit_error\nend\n", None},
		{"the sample, then what its run printed",
			py + "\nOutput:\nanthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}", RateLimit},
	})
}

// TestNamedAsInstruction: a guide or an agent's prompt tells its reader
// what to do if an error happens ("If the connection is reset, retry
// once"); a sentence that tells what happened, or one whose condition is
// the writer's own run, still reports the failure.
func TestNamedAsInstruction(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a runbook's step",
			"- When a request fails with read ECONNRESET or socket hang up, retry once and then report the failure with the host name.", None},
		{"a prompt's rule",
			"If the certificate chain cannot be verified because a self-signed certificate is in it, point the tool at the CA bundle instead.", None},
		{"a user's own run",
			"If I run it behind the VPN, every request fails with read ECONNRESET after a minute.", Network},
		{"a condition over a printed error",
			"When I start a session it prints:\nAPI Error: Connection error. If it persists, check https://status.claude.com", Network},
	})
}
