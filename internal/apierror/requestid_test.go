package apierror

import (
	"strings"
	"testing"
)

// TestRequestIDForms: Anthropic's request id wherever a paste has it — a
// JSON body, escaped JSON, header dumps in several languages' syntax, log
// wrappers — and, with several, the one of the diagnosed error.
func TestRequestIDForms(t *testing.T) {
	const id = "req_011CXmPicK18utTUrgQC6FbL"
	for _, c := range []struct{ name, text, want string }{
		{"json body", `API Error: 500 {"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"` + id + `"}`, id},
		{"escaped json in a stack trace", `Error: 500 "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"},\"request_id\":\"` + id + `\"}"` + "\n    at APIError.generate (file:///app/node_modules/@anthropic-ai/sdk/core/error.mjs:41:20)", id},
		{"raw header line", "HTTP/2 529\nrequest-id: " + id + "\n\n{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", id},
		{"python dict headers", `anthropic.InternalServerError: Error code: 500 - {'type': 'error', 'error': {'type': 'api_error', 'message': 'Internal server error'}} headers={'request-id': '` + id + `'}`, id},
		{"go http.Header", `POST /v1/messages: 529 Overloaded (headers map[Content-Type:[application/json] Request-Id:[` + id + `]])`, id},
		{"node Headers object", `APIError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}} Headers { 'request-id' => '` + id + `' }`, id},
		{"log wrapper", `2026-12-01T10:00:00Z ERROR anthropic call failed status=500 type=api_error request_id=` + id, id},
		{"vertex id", `API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_vrtx_011CXmPicK18utTUrgQC6FbL"}`, "req_vrtx_011CXmPicK18utTUrgQC6FbL"},
		{"several errors: the diagnosed one's", "API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CAAAAAAAAAAAAAAAAAAAA\"}\n\nthen later:\n\nAPI Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"},\"request_id\":\"" + id + "\"}", id},
		{"gateway's labelled id ending a sentence", "API Error: 502 The upstream model server closed the connection.\n\nRequest ID: req_7f3a9c0d12e44b6f8a1b2c3d4e5f6a7b. Quote it when you report this to the gateway's operators.", "req_7f3a9c0d12e44b6f8a1b2c3d4e5f6a7b"},
		{"an id the terminal wrapped inside the body", "API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CXmPic     K18utTUrgQC6FbL\"}", id},
		{"an id with a single blank in it is no wrap", "API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_011CXmPic K18utTUrgQC6FbL\"}", ""},
		{"an errors log cut inside its last copy: the last whole copy's", "**Errors**\n```json\n[{\"error\":\"Error: 529 {\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"overloaded_error\\\",\\\"message\\\":\\\"Overloaded\\\"},\\\"request_id\\\":\\\"" + id + "\\\"}\\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:65735)\",\"timestamp\":\"2026-06-08T15:59:44.890Z\"},{\"error\":\"Error: 529 {\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"overloaded_error\\\",\\\"message\\\":\\\"Overloaded\\\"},\\\"requ", id},
		{"a proxy's own short req_ id: none", "Provider request timed out after 300s. (request_id=req_4f1c2a9b7e3d)", ""},
		{"the id of the user's own working curl: none", "every API call returns 403 status code (no body)\nDirect curl to api.anthropic.com works fine (req ID: " + id + ")\nLog shows: Failed to get auth headers: No API key available", ""},
		{"two labelled ids: neither", "API Error: 502 The upstream model server closed the connection.\nRequest ID: req_7f3a9c0d12e44b6f8a1b2c3d4e5f6a7b\nAPI Error: 502 The upstream model server closed the connection.\nRequest ID: req_0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if val(d.RequestID) != c.want {
				t.Errorf("request_id %q, want %q (%s)", val(d.RequestID), c.want, d.Category)
			}
		})
	}
}

// TestAWSRequestIDIsBedrocks: the id AWS gives a request (the
// x-amzn-RequestId header, which each AWS SDK prints in its own way) is
// Amazon Bedrock's, not Anthropic's: it is reported as provider_request_id,
// with AWS Support as whom to quote it to, and request_id stays empty. A
// relay's own "(request id: …)" around it is the one the user can quote.
func TestAWSRequestIDIsBedrocks(t *testing.T) {
	const aws = "158a2e26-c851-4440-9f98-e3065df1de46"
	for _, c := range []struct{ name, text, provider string }{
		{"javascript v3 $metadata", `{"name":"ThrottlingException","$fault":"client","$metadata":{"httpStatusCode":429,"requestId":"` + aws + `","attempts":3,"totalRetryDelay":101}}`, aws},
		{"go v2 ResponseError", `operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: ` + aws + `, ValidationException: Malformed input request, please reformat your input and try again.`, aws},
		{"swift header dump", `ThrottlingException(properties: AWSBedrockRuntime.ThrottlingException.Properties(message: Optional("Too many tokens, please wait before trying again.")), httpResponse: Status Code: HTTP status code: 429 Date: Mon, 12 May 2025 11:11:55 GMT, x-amzn-ErrorType: ThrottlingException, x-amzn-RequestId: ` + aws + `, requestID: nil)`, aws},
		{"relayed by one-api", `{"error":{"message":"operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: ` + aws + `, ValidationException: Malformed input request, please reformat your input and try again. (request id: 2025052919083290595713412628472)","type":"","param":"","code":null}}`, "2025052919083290595713412628472"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.RequestID != nil || val(d.ProviderRequestID) != c.provider {
				t.Fatalf("request_id %q, provider_request_id %q; want none and %q (%s, provider %s)", val(d.RequestID), val(d.ProviderRequestID), c.provider, d.Category, val(d.Provider))
			}
			want := "AWS Support"
			if c.provider != aws {
				want = "whoever runs your relay"
			}
			last := d.Actions[len(d.Actions)-1]
			if !strings.Contains(last.Title, c.provider) || !strings.Contains(last.Title, want) {
				t.Errorf("last action %q, want one quoting %s to %s", last.Title, c.provider, want)
			}
		})
	}
}

// TestOwnCheckLine: the tool is named as a word, in any case, and nowhere
// else: the line is read in place exactly as if split into words.
func TestOwnCheckLine(t *testing.T) {
	split := func(line string) bool { // the definition: fold, split, compare
		for _, w := range strings.FieldsFunc(lowerASCII(line), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '.' || r == '-') }) {
			if w == "curl" || w == "curl.exe" || w == "wget" || w == "invoke-webrequest" {
				return true
			}
		}
		return false
	}
	for _, line := range []string{
		"Direct curl to api.anthropic.com works fine (req ID: req_011CV)",
		"PS> Invoke-WebRequest https://api.anthropic.com", "CURL -v", "ran curl.exe", "wget:", "curlx", "xcurl", "curl-x",
		"⎿ curl⏺", "é curl é", "Curl.Exe", "curl.", "", "request_id: req_011CVaa8exampleexample1 from the SDK",
	} {
		if got, want := ownCheckLine(line), split(line); got != want {
			t.Errorf("ownCheckLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestEachAnthropicIDSearch: searching an id by its "q_" finds exactly the ids
// a search by every underscore finds, whatever surrounds them.
func TestEachAnthropicIDSearch(t *testing.T) {
	byUnderscore := func(text string) []string { // the definition
		var ids []string
		for u := 3; u < len(text); u++ {
			if text[u] != '_' || text[u-3:u] != "req" {
				continue
			}
			j, k := u-3, u+1
			for k < len(text) && isIDByte(text[k]) {
				k++
			}
			if j > 0 && isIDByte(text[j-1]) {
				u = k - 1
				continue
			}
			next := byte(0)
			if k < len(text) {
				next = text[k]
			}
			if id := text[j:k]; anthropicRequestID(id) && validRequestID(id, next) {
				ids = append(ids, id)
			}
			u = k - 1
		}
		return ids
	}
	parts := []string{"req_011CVaa8exampleexample1", "req_vrtx_011CVaa8exampleexample2", "q_", "req_", "xreq_011CVaa8exampleexample3", " ", "_", "re", "\n", "request_id", "req_011CV"}
	for a := range parts {
		for b := range parts {
			for c := range parts {
				text := parts[a] + parts[b] + parts[c]
				var got []string
				eachAnthropicID(text, func(id string, _ int) bool { got = append(got, id); return true })
				if want := byUnderscore(text); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Fatalf("eachAnthropicID(%q) = %q, want %q", text, got, want)
				}
			}
		}
	}
}
