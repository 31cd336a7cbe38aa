package apierror

import "testing"

// TestLooksLikeThisHedge: "… looks like this:" introduces a sample error
// (documentation's voice); "Looks like this has to do with …" is a
// reporter's guess about the failure they just pasted.
func TestLooksLikeThisHedge(t *testing.T) {
	const retried = "AI_RetryError: Failed after 3 attempts. Last error: This request would exceed the rate limit for your organization (4f1c0a2e-0000-4000-8000-000000000000) of 50,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits."
	checkGenreCases(t, []genreCase{
		{"a report with the reporter's hedge",
			"Chat stops after a long prompt:\n\n" + retried + "\n\nLooks like this is tied to the usage tier of the org.", RateLimit},
		{"a hedge in a report's title line",
			"Seems like this happens on every big file\n\n" + retried, RateLimit},
		{"a guide showing the sample",
			"When the per-minute budget runs out, the error looks like this:\n\n" + retried + "\n\nWait a minute or ask for a higher tier.", None},
		{"a guide with the sample on the next line",
			"A throttled call's error looks like this\n" + retried + "\nThe SDK already retried it.", None},
	})
}

// TestFencedPythonRaise: the last line of a Python exception pasted in a
// code fence is what the reporter's run printed, so a report laid out with
// a root cause and a proposed diff stays an error; an article's sample in
// running text, and a change's code naming the class, do not.
func TestFencedPythonRaise(t *testing.T) {
	const raised = "httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1000)"
	const diff = "```diff\n- client = anthropic.Anthropic()\n+ truststore.inject_into_ssl()\n+ client = anthropic.Anthropic()\n```\n"
	checkGenreCases(t, []genreCase{
		{"a report with the raised line fenced and a fix",
			"## Symptom\n\nThe tray icon says offline since Monday.\n\n## Diagnosis\n\nCalling the API from a shell gave:\n\n```\n" + raised + "\n```\n\n## Fix\n\n" + diff, TLS},
		{"an article's sample in running text",
			"## Root cause\n\nBehind an inspecting proxy the client fails with\n\n" + raised + "\n\n## Solution\n\n" + diff, None},
		{"a change naming the class in code",
			"## Summary\n\nCatch TLS failures apart from other connection errors.\n\n```python\nexcept ssl.SSLCertVerificationError as e:\n    show(\"certificate verify failed\", e)\n```\n\n## Changes\n\n" + diff, None},
	})
}

// TestKnowledgeBasePage: a vendor's knowledge-base article ("Applies to:",
// "Summary", "Resolution Steps", "Step 1: …") explains an error it quotes;
// a user's own report that borrows those headings stays the failure.
func TestKnowledgeBasePage(t *testing.T) {
	const refusal = "Invocation of model ID anthropic.claude-sonnet-4-5-20250929-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model."
	checkGenreCases(t, []genreCase{
		{"a KB article",
			"Applies to:\n\nSummary\n\nCalls to Bedrock from the eval runner fail with \"" + refusal + "\" when a base model id is picked.\n\nResolution Steps\n\nStep 1: Open the model picker\n\nStep 2: Pick the us. profile of the model", None},
		{"a report borrowing the headings",
			"Applies to: eval runner 0.9\n\nI keep getting this on every run:\n\n" + refusal + "\n\nResolution steps\n\nnone found yet", InvalidRequest},
	})
}

// TestAcceptanceCriteria: a task or feature with its acceptance criteria
// quotes the error it is to handle; a report with a printed failure under
// the same heading stays that failure.
func TestAcceptanceCriteria(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a feature task",
			"Supervisor should resume agents parked on overload\n\nWhen a headless run stops on API Error: 529 Overloaded, the dashboard keeps showing it as running.\n\nAcceptance criteria\n\n1. Detect a session idle for 10 minutes after a 5xx.\n2. Show a stalled badge and offer a resume button.", None},
		{"a report with its log under the heading",
			"Acceptance criteria for the nightly job fail:\n\n```\n2026-12-01T03:00:12Z ERROR API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n2026-12-01T03:00:13Z ERROR run aborted\n```", Overloaded},
	})
}

// TestProposedHandlerFix: a bug report about a program's error handling,
// with a suggested fix to its handler code and the error types named in
// prose, is a change proposed, not a failure met; the same report that
// pastes what its run printed (in a fence, or a body anywhere) stays that
// failure.
func TestProposedHandlerFix(t *testing.T) {
	const prose = "## Problem\n\nA rate_limit_error that arrives mid-stream surfaces as `APIError`, not `RateLimitError`, so the backoff branch never runs.\n\n## Steps to Reproduce\n\n1. Stream a long answer at peak hours\n2. The catch-all handler returns the error to the user\n\n"
	const fix = "## Suggested Fix\n\nRetry when `err.error.type` is rate_limit_error:\n\n```js\n} catch (err) {\n  if (err instanceof RateLimitError) return retry();\n  throw err;\n}\n```\n"
	const printed = "```\nAPIError: {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}\n```\n\n"
	checkGenreCases(t, []genreCase{
		{"a handler bug with a suggested fix", prose + fix, None},
		{"the same with the printed error fenced", prose + printed + fix, RateLimit},
		{"the same with the body unfenced", prose + "The log line:\nAPIError: {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}\n\n" + fix, RateLimit},
	})
}
