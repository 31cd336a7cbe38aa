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
