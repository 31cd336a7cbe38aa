package apierror

import "testing"

// TestWrittenInSource: a line of source code that writes a message as a
// string literal (or declares an error class) is no printed text; what a
// program printed, with the same words, still is.
func TestWrittenInSource(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		// Source code, in the languages relays, agents and their helpers are written in.
		{`reject(new Error("LLM call timed out"));`, true},
		{`throw new RelayError(401, 'No bearer token');`, true},
		{`raise LLMTimeoutError(f"LLM request timed out after {timeout}s")`, true},
		{`return res.status(401).json({ error: "Missing Authorization header" });`, true},
		{`res.status(401).json({ error: 'Invalid Authorization header' })`, true},
		{`c.JSON(http.StatusUnauthorized, gin.H{"error": "Authorization header required"})`, true},
		{`http.Error(w, "Missing bearer token", http.StatusUnauthorized)`, true},
		{`return Err(anyhow!("rate limit exceeded after max retries"))`, true},
		{`Err(reqwest::Error { kind: Request, source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused }))})`, false},
		{`except ThrottlingException, which the client retries by itself`, false},
		{`super("Request timed out");`, true},
		{`MISSING_AUTH_HEADER = "Missing authorization header"`, true},
		{`const message: string = 'Connection error.'`, true},
		{`if (msg.includes("credit balance is too low")) {`, true},
		{`if "prompt is too long" in str(err):`, true},
		{`case "overloaded_error":`, true},
		{`if containsAny([]string{`, true},
		{`setErrorMessage("Connection error.");`, true},
		{`setStatus({ type: "error", message: "Connection error." });`, true},
		{`APITimeoutError('Request timed out.')`, false},
		{`if strings.Contains(msg, "prompt is too long") {`, true},
		{`"""Raised when the LLM call timed out."""`, true},
		{`export class LLMTimeoutError extends Error {`, true},
		{`pub enum ApiErrorKind {`, true},
		{`M.ThrottlingException = {`, true},
		{`code = 429,`, false},
		{`ANTHROPIC_BASE_URL = http://127.0.0.1:8045`, false},
		{`ANTHROPIC_BASE_URL = "http://127.0.0.1:8045"`, false},
		{`$env:ANTHROPIC_BASE_URL = "https://openrouter.ai/api"`, false},
		{`export default function classifyError(err) {`, true},
		{`class RateLimitExceededAfterRetries(Exception):`, true},
		{`class LlmTimeoutException : RuntimeException("LLM request timed out")`, true},
		{`throw new LLMTimeoutError(ms);`, true},
		{`except LLMTimeoutError:`, true},
		{`} catch (LlmTimeoutException e) {`, true},
		{`if (/prompt is too long/i.test(err.message)) {`, true},
		{`#[error("LLM request timed out after {0:?}")]`, true},
		{`@retry(on="Rate limit exceeded after max retries")`, true},
		// Printed text: a label, a status, a key or a log's fields before the quote.
		{`Error: LLM request timed out`, false},
		{`API Error: 401 {"error":"Missing Authorization header"}`, false},
		{`{ error: 'Missing Authorization header', status: 401 }`, false},
		{`level=error msg="LLM call timed out" attempt=3`, false},
		{`INFO:httpx:HTTP Request: POST https://api.anthropic.com/v1/messages "HTTP/1.1 529 "`, false},
		{`ThrottlingException(properties: AWSBedrockRuntime.ThrottlingException.Properties(message: Optional("Too many tokens, please wait before trying again.")))`, false},
		{`litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - key can only access models=['claude-haiku-4-5']`, false},
		{`throw er; // Unhandled 'error' event`, false},
		{`If the header is absent the proxy answers "Missing Authorization header".`, false},
		{`I got "Request timed out" twice today`, false},
		{`<class 'anthropic.APITimeoutError'>`, false},
		{`message = "Internal error: Prompt is too long"`, false},
		{`self.message = "Internal error: Prompt is too long"`, true},
		{`anthropic.APITimeoutError: Request timed out.`, false},
		{`@maintainer "Missing Authorization header" again since 2.1.3`, false},
		{`LLMTimeoutError: LLM request timed out after 30000ms`, false},
	} {
		if got := writtenInSource(tc.line); got != tc.want {
			t.Errorf("writtenInSource(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestSourceLiteralsAreNoFailure: code that builds an error message
// (a timeout helper, an error class, a relay's auth check, a retry loop
// giving up) shows no failure; the same message printed under it, or
// printed by a crash whose source line Node shows, still is one.
func TestSourceLiteralsAreNoFailure(t *testing.T) {
	checkGenreCases(t, []genreCase{
		{"a timeout helper", "```ts\nconst timer = setTimeout(() => {\n  controller.abort();\n  reject(new Error(\"LLM call timed out\"));\n}, ms);\n```", None},
		{"an error class", "```ts\nexport class LLMTimeoutError extends Error {\n  constructor(ms: number) {\n    super(`LLM request timed out after ${ms}ms`);\n  }\n}\n```", None},
		{"a relay's auth middleware", "app.use((req, res, next) => {\n  if (!req.headers.authorization) {\n    return res.status(401).json({ error: \"Missing or invalid Authorization header\" });\n  }\n  next();\n});", None},
		{"a retry loop giving up", "```python\nfor attempt in range(max_retries):\n    ...\nraise RuntimeError(\"Rate limit exceeded after max retries\")\n```", None},
		{"a list of patterns a classifier matches", "\tif containsAny([]string{\n\t\t\"input is too long\", \"input too long\",\n\t\t\"prompt is too long\", \"prompt too long\",\n\t}) {\n\t\treturn true\n\t}", None},
		{"an enum's documented variants", "pub enum ApiErrorKind {\n    RateLimit,\n    /// Anthropic's `529 overloaded_error`. Not a registered HTTP status, so\n    /// it needs its own arm rather than folding into `Server`.\n    Overloaded,\n}", None},
		{"a test's loop over messages", "def test_transient_errors_never_pause():\n    for error in (\n        \"API Error: 429 rate_limit_error: Number of request tokens has exceeded your per-minute rate limit\",\n        \"API Error: 529 overloaded_error: Overloaded\",\n    ):\n        assert classify(error) is None", None},
		{"a class's docstring", "class AnthropicAPIAgent(QuotaFallbackMixin, APIAgent):\n    \"\"\"Agent that uses Anthropic API directly.\n\n    Falls back to OpenRouter when Anthropic API returns\n    billing errors (e.g., \"credit balance is too low\").\n    \"\"\"", None},
		{"a constant's value on its next line", "        pub const QUOTA_CREDIT: &str =\n            \"API Error: Your credit balance is too low to access the Anthropic API.\\r\\n\";", None},
		{"a tuple of markers", "CONTEXT_MARKERS = (\n    \"context window\",\n    \"prompt is too long\",\n)", None},
		{"a friendly-message mapper", "if (err.message.includes(\"credit balance is too low\")) {\n  return \"Your Anthropic balance ran out.\";\n}", None},
		{"a throw whose arguments go one a line", "```ts\n  if (!authHeader || !authHeader.startsWith('Bearer ')) {\n    throw new ApiError(\n      ErrorCode.UNAUTHORIZED,\n      'Missing or invalid authorization header',\n      401\n    );\n  }\n```", None},
		{"a response built over lines", "    if (!token) {\n      return NextResponse.json(\n        { error: \"Authorization header is required\" },\n        { status: 401 }\n      );\n    }", None},
		// Controls: printed failures.
		{"a traceback showing the call's first line", "Traceback (most recent call last):\n  File \"/app/main.py\", line 12, in <module>\n    message = client.messages.create(\n              ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/usr/lib/python3.12/site-packages/anthropic/_base_client.py\", line 1058, in _request\n    raise self._make_status_error_from_response(err.response) from None\nanthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}", RateLimit},
		{"util.inspect of an SDK error over lines", "APICallError [AI_APICallError]: Overloaded\n    at processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  cause: undefined,\n  url: 'https://api.anthropic.com/v1/messages',\n  statusCode: 529,\n  responseBody: '{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}',\n  isRetryable: true\n}", Overloaded},
		{"the message printed under the code", "my helper:\n```js\nreject(new Error(\"LLM request timed out\"));\n```\nand every call now fails with:\n```\nError: LLM request timed out\n    at Timeout._onTimeout (/app/src/llm.js:12:14)\n```", Timeout},
		{"a relay's 401 printed", "API Error: 401 {\"error\":\"Missing or invalid Authorization header\"}", Authentication},
		{"util.inspect of a relay's answer", "{ error: 'Missing Authorization header', status: 401 }", Authentication},
		{"a value printed with its fields (vim.inspect)", "Agent finished with error: {\n    code = -32603,\n    message = \"Internal error: Prompt is too long\"\n  }", ContextTooLong},
		{"a client giving up, logged", "2026-12-04 10:11:12 ERROR worker: Rate limit exceeded after max retries", RateLimit},
	})
}

// TestSourceStillSaysWhere: a source line's literals name no failure, but
// the endpoint and settings it names still tell where requests went.
func TestSourceStillSaysWhere(t *testing.T) {
	text := "```js\nconst client = new Anthropic({ baseURL: \"https://openrouter.ai/api/v1\" });\nprocess.env.HTTPS_PROXY = \"http://proxy.corp:3128\";\n```"
	rs := rules.get()
	lines := normalise(text)
	if !lines[1].code {
		t.Fatalf("line %q is not read as source", lines[1].text)
	}
	dc := newDoc(lines, rs)
	dc.raw = text
	h := readHints(dc, rs, text)
	if h.endpoint == nil || !h.proxyEnv {
		t.Errorf("hints from source lines: endpoint %v, proxy %v; want the endpoint and the proxy setting", h.endpoint, h.proxyEnv)
	}
}
