package apierror

import "testing"

// TestSDKPrintedForms: each official SDK's way of printing a failed request
// gives the status it carries and the request id in the right field —
// Anthropic's req_… as request_id, AWS's as provider_request_id (the forms
// and their sources are in testdata/vocab/sdks.txt; the wording here is our
// own).
func TestSDKPrintedForms(t *testing.T) {
	const (
		req = "req_011CWxSdkForms0000000001"
		aws = "4f7c2e91-0b3a-4d6e-8c15-9a2f6e3b7d40"
	)
	for _, c := range []struct {
		name, text string
		cat        Category
		status     int
		id, awsID  string
	}{
		{"java status class", "com.anthropic.errors.RateLimitException: 429: {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Output tokens per minute exceeded for claude-opus-4-5\"},\"request_id\":\"" + req + "\"}", RateLimit, 429, req, ""},
		{"java 5xx class on a 529", "Exception in thread \"worker-3\" com.anthropic.errors.InternalServerException: 529: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"" + req + "\"}", Overloaded, 529, req, ""},
		{"java without a body", "com.anthropic.errors.UnexpectedStatusCodeException: 409: Unknown", UnknownAPIError, 409, "", ""},
		{"java stream error", "com.anthropic.errors.SseException: 200: {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"},\"request_id\":\"" + req + "\"}", ServerError, 200, req, ""},
		{"go status and header id", "POST \"https://api.anthropic.com/v1/messages\": 403 Forbidden (Request-ID: " + req + ") {\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"Your API key does not have permission to use the specified resource.\"}}", Permission, 403, req, ""},
		{"c# enum name", "Unhandled exception. Anthropic.Exceptions.AnthropicRateLimitException: Status Code: TooManyRequests\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Input tokens per minute exceeded\"},\"request_id\":\"" + req + "\"}", RateLimit, 429, req, ""},
		{"c# enum name without a body", "Anthropic.Exceptions.Anthropic5xxException: Status Code: GatewayTimeout", Timeout, 504, "", ""},
		{"ruby before 3.4", "Anthropic::Errors::NotFoundError: {:url=>\"https://api.anthropic.com/v1/messages\", :status=>404, :body=>{:type=>\"error\", :error=>{:type=>\"not_found_error\", :message=>\"model: claude-sonnet-9\"}, :request_id=>\"" + req + "\"}}", NotFound, 404, req, ""},
		{"ruby 3.4", "chat.rb:4:in 'Anthropic::Internal::Transport::BaseClient#send_request': {url: \"https://api.anthropic.com/v1/messages\", status: 529, body: {type: \"error\", error: {type: \"overloaded_error\", message: \"Overloaded\"}, request_id: \"" + req + "\"}} (Anthropic::Errors::InternalServerError)", Overloaded, 529, req, ""},
		{"php pretty json", "Anthropic\\Core\\Exceptions\\InternalServerException: {\n    \"status\": 500,\n    \"body\": {\n        \"type\": \"error\",\n        \"error\": {\n            \"type\": \"api_error\",\n            \"message\": \"Internal server error\"\n        },\n        \"request_id\": \"" + req + "\"\n    }\n}", ServerError, 500, req, ""},
		{"typescript dump", "RateLimitError: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}\n    at APIError.generate (/srv/node_modules/@anthropic-ai/sdk/core/error.js:70:20) {\n  status: 429,\n  requestID: '" + req + "'\n}", RateLimit, 429, req, ""},
		{"botocore status as the code", "botocore.exceptions.ClientError: An error occurred (429) when calling the ConverseStream operation (reached max retries: 4): Too Many Requests", RateLimit, 429, "", ""},
		{"java v2 details", "software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException: Model has timed out in processing the request. (Service: BedrockRuntime, Status Code: 408, Request ID: " + aws + ") (SDK Attempt Count: 1)", Timeout, 408, "", aws},
		{"java v2 details with an extended id", "software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException: Too many requests, please wait before trying again. (Service: BedrockRuntime, Status Code: 429, Request ID: " + aws + ", Extended Request ID: null)", RateLimit, 429, "", aws},
		{".net enum name", "Amazon.BedrockRuntime.AmazonBedrockRuntimeException: Error making request with Error Code TooManyRequests and Http Status Code TooManyRequests. No further error information was returned by the service.", RateLimit, 429, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			status := 0
			if d.HTTPStatus != nil {
				status = *d.HTTPStatus
			}
			if d.Category != c.cat || status != c.status || val(d.RequestID) != c.id || val(d.ProviderRequestID) != c.awsID {
				t.Errorf("got %s %d request_id %q provider_request_id %q, want %s %d %q %q",
					d.Category, status, val(d.RequestID), val(d.ProviderRequestID), c.cat, c.status, c.id, c.awsID)
			}
		})
	}
}

// TestSDKFormsInProse: the forms' markers in prose, docs and code are no
// failure ("Request ID: …" in a sentence, a relay's "(request id: …)",
// "Status Code: …" as a word in a sentence, class names in a catch clause).
func TestSDKFormsInProse(t *testing.T) {
	for _, text := range []string{
		"In .NET the status code name is printed, e.g. Status Code: NotFound, so match on the enum, not the number.",
		"Log the request id: 4f7c2e91-0b3a-4d6e-8c15-9a2f6e3b7d40, and attach it to the ticket.",
		"rescue Anthropic::Errors::RateLimitError => e then sleep(e.headers['retry-after'].to_i)",
		"} catch (com.anthropic.errors.RateLimitException e) { backoff(); }",
		"botocore's ClientError reads \"An error occurred (<code>) when calling the <operation> operation: <message>\"; the code is the status when the body named none.",
	} {
		if d := Diagnose(text, Options{}); d.Category != None {
			t.Errorf("%q: got %s, want none", text, d.Category)
		}
	}
}
