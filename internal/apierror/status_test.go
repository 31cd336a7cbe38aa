package apierror

import "testing"

// TestStatusInText: the HTTP status wherever a paste spells it — with its
// RFC 9110 reason phrase the way Go's http.Response.Status writes it, in
// brackets before its message ("[429]: Error"), or as
// the "code" field of an error object pasted one field a line without its
// braces — and no status where the number is something else.
func TestStatusInText(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"go Response.Status in an escaped log field", `{"caller":"app/plugin_api.go:1011","error":"non 200 response from anthropic: 404 Not Found\nBody:\n{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: claude-3-5-sonnet-20241022\"}}","level":"error"}`, 404},
		{"the older reason phrase Go still prints", `{"error":"non 200 response from anthropic: 413 Request Entity Too Large\nBody:\n{\"type\":\"error\",\"error\":{\"type\":\"request_too_large\",\"message\":\"Request exceeds the maximum size\"}}"}`, 413},
		{"reason phrase of another status is not this one", `{"error":"upstream said 404 Bad Gateway\nBody:\n{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}"}`, 0},
		{"a status in brackets before its message", `{"level":40,"service":"omniroute","tag":"AUTH","msg":"claude | all 1 active accounts rate limited (reset after 5s) | lastErrorCode=429.0, lastError=[429]: Error"}`, 429},
		{"reason phrase, then the status in parentheses (Goose)", "Request failed: Bad request (400): Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits..", 400},
		{"status, then its reason phrase in parentheses (.NET)", `HttpRequestException: Response status code does not indicate success: 401 (Unauthorized). {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`, 401},
		{"reason phrase of another status in parentheses", "Request failed: Bad request (404): Your credit balance is too low to access the Anthropic API.", 0},
		{"a status glued to its name (Swift)", `ThrottlingException(properties: AWSBedrockRuntime.ThrottlingException.Properties(message: Optional("Too many tokens, please wait before trying again.")), httpResponse: Status Code: http_status_429 x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/, Content-Type: application/json)`, 429},
		{"a status shown with one copy of the error, not with the later one", "Chat error: 502 Bedrock streaming failed: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions.\n\n## From CloudTrail\nerrorCode: `AccessDenied`\nerrorMessage: `Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions.`", 502},
		{"a relay's access line gives its refusal's status", "15:04:49 - LiteLLM Proxy:ERROR: auth_exception_handler.py:182 - litellm.proxy.proxy_server.user_api_key_auth(): Exception occured - Authentication Error, Invalid proxy server token passed.\nINFO:     10.0.0.7:43004 - \"POST /v1/messages?beta=true HTTP/1.1\" 401 Unauthorized", 401},
		{"google error object without braces", "    \"code\": 429,\n    \"message\": \"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet.\",\n    \"status\": \"RESOURCE_EXHAUSTED\"", 429},
		{"a business code is not a status", "    \"code\": 1113,\n    \"message\": \"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet.\",\n    \"status\": \"RESOURCE_EXHAUSTED\"", 0},
		// Cherry Studio's zh-CN error details label the status 状态码 (the
		// paste has no English frame around the number).
		{"cherry studio's chinese status label", "错误名称: AI_APICallError 错误信息: Insufficient Balance 错误原因: \"[undefined]\" 状态码: 402 请求路径: https://api.deepseek.com/v1/chat/completions", 402},
		{"the full-width colon after the chinese label", "错误信息: upstream error: do request failed (request id: 20251207194529177348791uKF8XPa7) 状态码：500 请求路径: https://relay.example/v1/chat/completions", 500},
		{"an app's error body naming its status http_code", `{"response":{"error":"API请求失败","http_code":503,"response":"upstream unavailable"}}`, 503},
		{"claude-code-router's provider status in its own log line", `{"level":50,"err":{"type":"Error","message":"Error from provider(relay,claude-sonnet-4-5: 400): {\"error\":{\"type\":\"<nil>\",\"message\":\"upstream said no\"}}"}}`, 400},
		// A client's "request failed" label with the status opening its message (Cline's row).
		{"an editor agent's failed-request row over AWS's expired token", "API Request Failed: 403 The security token included in the request is expired", 403},
		{"the same row with Cline's dash", "API Request Failed\n429 - Too many tokens, please wait before trying again.", 429},
		{"a count after the words is no status", "Overnight the proxy's request failed 500 times, each one with: The security token included in the request is expired", 0},
		// Starlette's (FastAPI's) HTTPException printed with str(): "<status>: <detail>".
		{"a Python server's HTTPException as its message", `{"message":"429: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again."}`, 429},
		{"a number opening a JSON string without a colon is no status", `{"message":"500 tokens left in this window, an error occurred (ThrottlingException) when calling the InvokeModel operation: Too many requests, please wait before trying again."}`, 0},
		// Python requests' HTTPError (Response.raise_for_status).
		{"requests' HTTPError alone", "403 Client Error: Forbidden for url: https://relay.example/v1/chat/completions", 403},
		{"requests' HTTPError with its class", "requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://relay.example/v1/messages", 502},
		// A report that shows the error without its status and states the
		// status elsewhere: a template's field, the prose, the title.
		{"a report's status field below the body", "Error Details:\n{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}\n\nHTTP Status: 500", 500},
		{"the prose says what the upstream returned", "When the relay forwards to a Claude upstream, the upstream returns 401 Missing API key.\nCCX does not send the x-api-key header.", 401},
		{"the title names the status", "litellm.BadRequestError: BedrockException\nThe json schema definition at toolConfig.tools.0.toolSpec.inputSchema is invalid.\n\nWebSearch calls fail with a 400 Bad Request when routed through the proxy.", 400},
		// The answer verb, then how often and the error the number is.
		{"a frequency word between the answer and the status", "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}\nAt peak hours the API sends back an error, usually 529, and the script dies.", 529},
		{"the error the status is, named before it", "Our nightly job gets errors, often 500, from the endpoint:\n{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}", 500},
		{"a frequency word with no answer before it", "anthropic.APIStatusError: {'type': 'error', 'error': {'type': 'api_error', 'message': 'Internal server error'}}\nThe loop printed it, sometimes 500 times in one night.", 0},
		// The status right before the error's own wording, bare or quoted.
		{"a status before the error's quoted wording", "Since this morning every upload ends in a `413 \"Request too large\"` from the Messages API, even for two small PDFs.", 413},
		{"a status before the error's bare wording", "Every call now dies, a 400 Credit balance is too low, even after topping up.", 400},
		{"a status before other words is not the error's", "About 413 files changed; then Claude Code printed: Request too large (max 32MB). Double press esc to go back and try with a smaller file.", 0},
		{"a code field of another object is not this one's", "    \"code\": 429,\n\n    \"message\": \"Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-3-5-sonnet.\",\n    \"status\": \"RESOURCE_EXHAUSTED\"", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			got := 0
			if d.HTTPStatus != nil {
				got = *d.HTTPStatus
			}
			if got != c.want || d.Category == None {
				t.Errorf("http_status %d, want %d (%s)", got, c.want, d.Category)
			}
		})
	}
}

// TestRequestsHTTPError: the message of Python requests' HTTPError is a
// response's status, whatever answered; the same words in a sentence are not.
func TestRequestsHTTPError(t *testing.T) {
	for _, c := range []struct {
		text string
		want Category
	}{
		{"403 Client Error: Forbidden for url: https://relay.example/v1/chat/completions", Permission},
		{"404 Client Error: Not Found for url: https://relay.example/v1/messages", NotFound},
		{"The wrapper raises a 403 Client Error when the key is wrong.", None},
	} {
		if d := Diagnose(c.text, Options{}); d.Category != c.want {
			t.Errorf("%q: %s, want %s", c.text, d.Category, c.want)
		}
	}
}

// TestBracketStatusAloneIsNoError: "[404]: …" in an application's own log
// is a status only inside an error; on its own it makes none.
func TestBracketStatusAloneIsNoError(t *testing.T) {
	for _, text := range []string{"[ERROR] [404]: page not found", "GET /health [200]: ok"} {
		if d := Diagnose(text, Options{}); d.Category != None || d.IsAPIError {
			t.Errorf("%q: %s, want none", text, d.Category)
		}
	}
}

// TestReasonFramedStatus: a status with its own reason phrase is a line's
// error only inside an error frame (a label, a status line, a failed or
// returned exchange, an error log level, or the line alone), never as a
// number in a sentence, a heading or a table.
func TestReasonFramedStatus(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Error: 503 Service Unavailable", 503},
		{"HTTP 502 Bad Gateway", 502},
		{"< HTTP/1.1 504 Gateway Timeout", 504},
		{"upstream: HTTP 502 Bad Gateway", 502},
		{"request failed with HTTP 503 Service Unavailable", 503},
		{"status 429 Too Many Requests", 429},
		{"got 401 Unauthorized", 401},
		{"2026-12-03 10:00:00 ERROR upstream 504 Gateway Timeout", 504},
		{"level=error msg=x status=\"500 Internal Server Error\"", 500},
		{"  502 Bad Gateway.", 502},
		{"first line\nError: 403 Forbidden", 403},
		{"HTTP Error 503: Service Unavailable", 503},
		{"Response status code does not indicate success: 503 (Service Unavailable).", 503},
		{"ClientResponseError: 429, message='Too Many Requests', url='https://x.example'", 429},
		{"the 503, Service Unavailable page", 0},
		{"Error: 503 Bad Gateway", 0},                        // another status's phrase
		{"HTTP/1.1 200 OK", 0},                               // no failure
		{"Retry on HTTP 503 Service Unavailable", 0},         // HTTP mid-sentence
		{"15.6.4. 503 Service Unavailable", 0},               // a heading
		{"| 503 Service Unavailable | Try again later |", 0}, // a table row
		{"503 Service Unavailable: the server is overloaded", 0},
		{"INFO: \"GET / HTTP/1.1\" 404 Not Found", 0}, // an access log at INFO
		{"WARN GET /x -> 429 Too Many Requests", 0},
		{"Error: 5031 Service Unavailable", 0},
	} {
		if got := reasonFramedStatus(c.text); got != c.want {
			t.Errorf("reasonFramedStatus(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
