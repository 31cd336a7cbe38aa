package apierror

import "testing"

// Programs built on the Vercel AI SDK print its errors whole: Node's inspect of
// an AI_APICallError (the provider's answer in statusCode, responseHeaders and
// responseBody), an AI_RetryError around the attempts, an AI_LoadAPIKeyError
// before any request. The texts are written here in the shape the SDK prints
// (testdata/vocab/vercel-ai-sdk.txt lists every class).
func TestAISDKErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cat        Category
		status     int
		requestID  string // "<nil>": none
	}{
		{"api call error inspected", ` ⨯ Error in chat route: APICallError [AI_APICallError]: Overloaded
    at /srv/web/node_modules/@ai-sdk/provider-utils/dist/index.js:1003:14
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)
    at async postToApi (/srv/web/node_modules/@ai-sdk/provider-utils/dist/index.js:889:28) {
  cause: undefined,
  url: 'https://api.anthropic.com/v1/messages',
  requestBodyValues: { model: 'claude-sonnet-4-5', max_tokens: 4096, stream: true },
  statusCode: 529,
  responseHeaders: {
    'content-type': 'application/json',
    'request-id': 'req_011CWx7hB3cQe9mPq2RstUvZ',
    'x-should-retry': 'true'
  },
  responseBody: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CWx7hB3cQe9mPq2RstUvZ"}',
  isRetryable: true,
  data: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
  [Symbol(vercel.ai.error)]: true,
  [Symbol(vercel.ai.error.AI_APICallError)]: true
}
`, Overloaded, 529, "req_011CWx7hB3cQe9mPq2RstUvZ"},
		{"retry error around overloads", `Generation failed: RetryError [AI_RetryError]: Failed after 3 attempts. Last error: Overloaded
    at _retryWithExponentialBackoff (file:///home/dev/bot/node_modules/ai/dist/index.mjs:420:13)
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5) {
  cause: undefined,
  reason: 'maxRetriesExceeded',
  errors: [
    APICallError [AI_APICallError]: Overloaded
        at file:///home/dev/bot/node_modules/@ai-sdk/provider-utils/dist/index.mjs:912:14 {
      statusCode: 529,
      isRetryable: true,
      data: [Object]
    },
  ],
  lastError: APICallError [AI_APICallError]: Overloaded
}
`, Overloaded, 529, "<nil>"},
		{"api key missing", `$ node scripts/summarize.mjs
file:///home/dev/sum/node_modules/@ai-sdk/provider-utils/dist/index.mjs:230
    throw new LoadAPIKeyError({
          ^

LoadAPIKeyError [AI_LoadAPIKeyError]: Anthropic API key is missing. Pass it using the 'apiKey' parameter or the ANTHROPIC_API_KEY environment variable.
    at loadApiKey (file:///home/dev/sum/node_modules/@ai-sdk/provider-utils/dist/index.mjs:230:11)
    at getHeaders (file:///home/dev/sum/node_modules/@ai-sdk/anthropic/dist/index.mjs:1812:20)

Node.js v22.11.0
`, Authentication, 0, "<nil>"},
		// Prose and code about the classes are not errors.
		{"guide", "## Handling errors\n\nWhen every retry fails the SDK throws AI_RetryError; its lastError is usually an AI_APICallError, whose statusCode and responseBody show what the provider answered.\n", None, 0, "<nil>"},
		{"catch block", "try {\n  await generateText({ model, prompt });\n} catch (error) {\n  if (APICallError.isInstance(error) && error.isRetryable) queue.retryLater(job); // AI_APICallError\n  else throw error;\n}\n", None, 0, "<nil>"},
	} {
		d := Diagnose(tc.text, Options{})
		status := 0
		if d.HTTPStatus != nil {
			status = *d.HTTPStatus
		}
		if d.Category != tc.cat || status != tc.status || str(d.RequestID) != tc.requestID {
			t.Errorf("%s: got %s, status %d, request id %q; want %s, %d, %q", tc.name, d.Category, status, str(d.RequestID), tc.cat, tc.status, tc.requestID)
		}
	}
}
