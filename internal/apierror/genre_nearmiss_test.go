package apierror

import "testing"

// TestRetryNoticeInSource: the source code that prints a retry notice
// formats its count ("(attempt ${n}/${max})", "(attempt %d/%d)",
// "(attempt {}/{})") or compares it ("(attempt < max)"); only the printed
// notice shows a count, and only it shows a failure.
func TestRetryNoticeInSource(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a TypeScript helper that retries overloads",
			"// Retry the Messages API with exponential backoff when it answers 529 (overloaded).\n" +
				"for (let n = 1; n <= max; n++) {\n  const res = await fetch(url, init);\n" +
				"  if (res.status === 529 && n < max) {\n" +
				"    console.warn(`Messages API overloaded, retrying in ${wait}ms (attempt ${n}/${max})`);\n" +
				"    await sleep(wait);\n    continue;\n  }\n  return res;\n}", None},
		{"a Python helper that retries overloads",
			"# exponential backoff when the API reports overloaded_error (HTTP 529)\n" +
				"except anthropic.InternalServerError as exc:\n" +
				"    log.warning(\"overloaded, retrying in %ds (attempt %d/%d)\", wait, n, limit)\n" +
				"    time.sleep(wait)", None},
		{"the helper, then the notice Claude Code printed",
			"# exponential backoff when the API reports overloaded_error (HTTP 529)\n" +
				"    log.warning(\"overloaded, retrying in %ds (attempt %d/%d)\", wait, n, limit)\n" +
				"Overloaded (HTTP 529) · Retrying in 16 seconds… (attempt 5/10)", Overloaded},
		{"the notice it prints",
			"  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in 8 seconds… (attempt 4/10)", Overloaded},
		{"the notice with its count written as a placeholder by the user",
			"Overloaded (HTTP 529) · Retrying in X seconds… (attempt X/10)\n2026-11-30T08:00:00Z overloaded_error", Overloaded},
	})
}

// TestBlogPlatformChrome: a blog platform's page keeps its chrome — the
// cover image's caption over the title, the fullscreen toggle under each
// code block — around the errors it explains; its author telling of their
// own failure still reports it.
func TestBlogPlatformChrome(t *testing.T) {
	const body = "{\n  \"type\": \"error\",\n  \"error\": {\"type\": \"rate_limit_error\", \"message\": \"Number of request tokens has exceeded your per-minute rate limit\"}\n}\n"
	checkGenreCases(t, []genreCase{
		{"a post's title under its cover caption",
			"Cover image for Reading the 429 Body Before You Back Off\nA. Writer\nPosted on Nov 2\n\nThe body names which limit tripped:\n" + body, None},
		{"a post's code block with its toggle",
			"Which limit was it? The body says:\n" + body + "Enter fullscreen mode Exit fullscreen mode\n\nTokens, not requests.", None},
		{"a post whose author tells of their own failure",
			"Cover image for My Agent Stopped Overnight\nI keep getting this since yesterday and nothing helps:\n" + body, RateLimit},
	})
}

// TestLibraryReference: a library's API reference heads its sections
// "Types", "Functions", "Arguments", "Returns", "Raises" and lists its
// functions with a • bullet, "• Send(req: Request)"; those are no tool
// calls of Claude Code's, and the errors it documents are no failure. One
// such label in a report, or Claude Code's own bullet over a tool call,
// keeps what they are.
func TestLibraryReference(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a module reference with • signatures",
			"Types\n\n  • RequestError(status: Int, body: String)\n\n    The API answered with an error status\n\n" +
				"  • KeyError(detail: String)\n\n    Setup error (missing API key, bad options)\n\n    Arguments\n\n    detail\n\n    What is wrong with the key", None},
		{"a docstring's sections",
			"def complete(prompt):\n    \"\"\"Ask the model once.\n\n    Args:\n        prompt: the user's text\n\n    Raises:\n        AuthenticationError: the API key is invalid (authentication_error, HTTP 401)\n    \"\"\"", None},
		{"one label in a report over a printed failure",
			"Arguments:\n--model opus --print\n\nAPI Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}", Authentication},
	})
}

// TestDocsPageChrome: a documentation page exported for language models
// keeps its "Documentation Index" header, and a Chinese reference speaks
// of what the API returns "when a request fails" over its "error list";
// a Chinese user telling of their own failure still reports it.
func TestDocsPageChrome(t *testing.T) {
	const body = "{\"error\": {\"type\": \"rate_limit_error\", \"message\": \"Too many requests, please slow down\"}}"
	checkGenreCases(t, []genreCase{
		{"a page exported for language models",
			"> ## Documentation Index\n> Fetch the complete documentation index at: https://docs.example.dev/llms.txt\n\n# Errors\n\n```json\n" + body + "\n```", None},
		{"a Chinese reference's opening",
			"# 错误码\n\n当请求失败时，接口会返回如下 JSON：\n\n```json\n" + body + "\n```", None},
		{"a Chinese reference's error list",
			"## 错误列表\n\n| 类型 | 消息 |\n|---|---|\n| rate_limit_error | Too many requests, please slow down |", None},
		{"a Chinese user's own failure",
			"我一直遇到这个错误，当请求失败时就停了：\n" + body, RateLimit},
	})
}

// TestOverviewHeadingsInOtherLanguages: a design document written in
// French, Spanish or Portuguese opens with its "Overview" section, as an
// English one does, and quotes the notices it documents; a failure printed
// under Claude Code's marker still is one.
func TestOverviewHeadingsInOtherLanguages(t *testing.T) {
	const notice = "```\nClaude usage limit reached. Your limit will reset at 5pm (Europe/Paris).\n```"
	checkGenreCases(t, []genreCase{
		{"a French design document",
			"# Quotas de l'abonnement\n\n## 📋 Vue d'ensemble\n\nCe document décrit les plafonds observés. Exemple relevé :\n" + notice, None},
		{"a Spanish design document",
			"## Descripción general\n\nEste documento resume los límites del plan. Ejemplo:\n" + notice, None},
		{"a Spanish report without that heading",
			"Al ejecutar claude sale esto:\n" + notice, UsageLimit},
		{"the French document's heading over a printed failure",
			"## Vue d'ensemble\n  ⎿  Claude usage limit reached. Your limit will reset at 5pm (Europe/Paris).", UsageLimit},
	})
}

// TestReleasePage: a release's page on GitHub keeps "Choose a tag to
// compare" and "Full Changelog" around notes that quote the errors a
// version fixed; a user who links one while their own run fails still
// reports that failure.
func TestReleasePage(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a release's notes quoting the error they fix",
			"v3.2.0\n\nChoose a tag to compare\n\nBug fixes\n\nLong chats no longer end in a bare status: the message now reads the API's answer (e.g. Anthropic API error 400: prompt is too long: 210345 tokens > 200000 maximum).", None},
		{"generated notes with their footer",
			"What's Changed\n\n  • surface the body of a 400 'prompt is too long: 204000 tokens > 200000 maximum' instead of a bare status\n\nFull Changelog: v3.1.0...v3.2.0", None},
		{"a user linking the notes over their own failure",
			"Still broken after the upgrade (Full Changelog: v3.1.0...v3.2.0):\n  ⎿  API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 210345 tokens > 200000 maximum\"}}", ContextTooLong},
	})
}

// TestErrorShapeDescribed: a text that describes the shape of the API's
// error body ("the response has this structure:") names no error its
// writer met; a writer who says they got that body still reports it.
func TestErrorShapeDescribed(t *testing.T) {
	const body = "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}"
	checkGenreCases(t, []genreCase{
		{"a task describing the body to handle",
			"When the proxy forwards a failed call, the body has the following format:\n\n```json\n" + body + "\n```\n\nMap it to our own error object in the client.", None},
		{"a note on the body's structure",
			"A refused request has this structure:\n" + body, None},
		{"a writer who got that body",
			"Since this morning I keep getting this, the body has this structure:\n" + body, RateLimit},
	})
}

// TestTestSource: a test file builds the error bodies it checks against —
// a mocked response, a patched client, a fake exception — and shows them;
// nothing failed. A test run that met a real error prints it bare, with its
// runner's report or a stack, and code pasted above a printed error does not
// make that error a fixture.
func TestTestSource(t *testing.T) {
	const body = `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	checkGenreCases(t, []genreCase{
		{"a pytest test that mocks an overloaded answer",
			"import pytest\nfrom unittest.mock import patch\n\n\ndef test_overloaded_is_retried(client):\n" +
				"    payload = " + body + "\n    with patch.object(client.http, \"post\", return_value=FakeResponse(529, payload)):\n" +
				"        with pytest.raises(RetryableError):\n            client.complete(\"hello\")", None},
		{"a Jest test that rejects with a fake SDK error",
			"jest.mock('@anthropic-ai/sdk');\n\ntest('retries once on 529', async () => {\n" +
				"  create.mockRejectedValueOnce(Object.assign(new Error('529 " + body + "'), { status: 529 }));\n" +
				"  create.mockResolvedValueOnce({ content: [] });\n  expect(await ask('hi')).toEqual([]);\n});", None},
		{"a Go test with a fake server",
			"func TestOverloaded(t *testing.T) {\n\tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n" +
				"\t\tw.WriteHeader(529)\n\t\tw.Write([]byte(`" + body + "`))\n\t}))\n\tdefer srv.Close()\n" +
				"\tif err := call(srv.URL); err == nil {\n\t\tt.Fatal(\"want an error\")\n\t}\n}", None},
		{"a Kotlin test whose mock server's builder answers the error",
			"@Test\nfun `retries on overload`() {\n    anthropic.messages {\n        userMessageContains(\"Hello\")\n    } respondsError {\n" +
				"        httpStatus = HttpStatusCode.fromValue(529)\n        body = \"\"\"" + body + "\"\"\"\n    }\n    assertEquals(\"ok\", client.ask(\"Hello\"))\n}", None},
		{"a test's code, then the error printed as a pretty body",
			"@Test\nfun `asks`() {\n    assertEquals(\"ok\", client.ask(\"Hello\"))\n}\n\nRunning it against the API:\n\nError: 529 {\n  \"type\": \"error\",\n" +
				"  \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}\n}", Overloaded},
		{"a GoogleTest case with the body in a raw string",
			"TEST(ClaudeClient, MapsOverloaded) {\n  FakeServer server(529, R\"(" + body + ")\");\n  auto result = Client(server.url()).Send(\"hi\");\n" +
				"  EXPECT_EQ(result.error().kind(), ErrorKind::kOverloaded);\n}", None},
		{"a traceback with the same body",
			"Traceback (most recent call last):\n  File \"/app/worker.py\", line 42, in run\n    resp = client.messages.create(**req)\n" +
				"anthropic.InternalServerError: Error code: 529 - " + body, Overloaded},
		{"pytest's report of a live test that met the error",
			"    def test_live_completion():\n        client = Anthropic()\n>       resp = client.messages.create(**req)\n\n" +
				"E       anthropic.InternalServerError: Error code: 529 - " + body + "\n\ntests/test_live.py:12: InternalServerError", Overloaded},
		{"a test's code, then the error its run printed",
			"def test_live_completion():\n    resp = client.messages.create(**req)\n    assert resp.content\n\nIn CI it stops with:\n\n" +
				"anthropic.InternalServerError: Error code: 529 - " + body, Overloaded},
	})
}

// TestQuotedFirstPerson: a program's message quoted whole speaks in that
// program's first person ("Sorry, I encountered an unexpected error"); it
// is no account of the writer's, so a change that quotes it stays a change.
// The writer's own words outside the quotation marks still tell their
// account.
func TestQuotedFirstPerson(t *testing.T) {
	const change = "fix(agent): retry 529 errors and surface error details to users\n" +
		"- 529 overloaded was treated as a non-retryable client error, causing immediate failure instead of a retry with backoff.\n"
	checkGenreCases(t, []genreCase{
		{"a commit message quoting the bot's apology",
			change + "- Generic \"Sorry, I encountered an unexpected error\" now includes the error type and a hint.", None},
		{"the same with curly quotation marks",
			change + "- Generic “Sorry, I encountered an unexpected error” now includes the error type and a hint.", None},
		{"a user who tells their own account around a quoted error",
			"I keep getting \"529 overloaded\" since this morning on every prompt, even after a restart.\n" +
				"API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", Overloaded},
	})
}

// TestSpecificationSections: a specification or design document numbers
// its sections ("## 7. Response Handling") and says what it is for and
// what it leaves out ("## 1. Purpose", "## 12. Non-Goals"); the error body
// it specifies is no failure. A report numbered the same way that shows its
// failure printed (a stack, a log) stays a report.
func TestSpecificationSections(t *testing.T) {
	const body = "```json\n{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Upstream request failed\"}}\n```\n"
	checkGenreCases(t, []genreCase{
		{"a proxy's specification",
			"# Relay Specification\n\n## 1. Purpose\n\nA local relay in front of the Messages API.\n\n## 4. Failure\n\nWhen the upstream cannot be reached the relay answers HTTP 502:\n\n" + body +
				"\n## 9. Non-Goals\n\n* streaming\n* retries", None},
		{"a design document's goals",
			"## Goals\n\nSurface the relay's own failures in the API's error shape.\n\n### 2.1 Error body\n\n" + body, None},
		{"a report numbered the same way, with its stack",
			"## 1. Purpose\n\nRun the relay in CI.\n\n## 2. What I got\n\n" +
				"Traceback (most recent call last):\n  File \"/srv/relay.py\", line 40, in forward\n    raise UpstreamError(body)\n" +
				"relay.UpstreamError: 502 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Upstream request failed\"}}", GatewayError},
	})
}

// TestResolvedWriteup: a write-up whose heading says its fix is in ("##
// ✅ Solution Implemented") shows the failure it fixed, traceback and all;
// that failure is past. A report that says in a sentence that a fix did not
// help, a report's own "Solution tried" section, or a write-up told as the
// writer's own ongoing account still report a failure.
func TestResolvedWriteup(t *testing.T) {
	const tb = "```\nTraceback (most recent call last):\n  File \"/app/worker.py\", line 42, in run\n    resp = client.messages.create(**req)\n" +
		"anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}\n```\n"
	checkGenreCases(t, []genreCase{
		{"a write-up with its fix implemented",
			"# Worker Overload Handling\n\n## Problem\n\nThe worker stopped on overloads:\n\n" + tb + "\n## ✅ Solution Implemented\n\nThe worker now retries 529 with exponential backoff, three times.", None},
		{"a write-up with a bold heading",
			"Overloads stopped the worker:\n\n" + tb + "\n**Fix applied (v1.4):** retries with backoff on 529 and 503.", None},
		{"a report whose fix did not help",
			"The fix applied in v1.4 did not help, the worker still stops:\n\n" + tb, Overloaded},
		{"a report with the solution it tried",
			"## Problem\n\n" + tb + "\n## Solution tried\n\nSet max_retries=5, same result on every run.", Overloaded},
		{"a report whose heading goes on past the fix",
			"## Fix applied but the worker still stops\n\n" + tb, Overloaded},
		{"a write-up told as the writer's ongoing account",
			"## ✅ Fix Applied\n\nRetries with backoff.\n\nBut I keep getting this after the fix:\n\n" + tb, Overloaded},
	})
}
