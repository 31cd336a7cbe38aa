package apierror

import "testing"

// TestFromRecord: a failed turn as Claude Code records it — the text it
// showed first, then the recorded status and type, then its StopFailure kind.
func TestFromRecord(t *testing.T) {
	for _, c := range []struct {
		name    string
		r       Record
		cat     Category
		status  int
		request string
	}{
		{"text decides", Record{Kind: "server_error", Message: "API Error: Repeated 529 Overloaded errors. The API is at capacity — try again in a moment."}, Overloaded, 529, ""},
		{"status and type when the text says nothing", Record{Kind: "server_error", Status: 529, Type: "overloaded_error", Message: "x", RequestID: "req_011CXmPicK18utTUrgQC6FbL"}, Overloaded, 529, "req_011CXmPicK18utTUrgQC6FbL"},
		{"kind when nothing else does", Record{Kind: "rate_limit", Message: "something Claude Code printed"}, RateLimit, 0, ""},
		{"kind unknown is still a failed turn", Record{Kind: "unknown", Message: "something odd"}, UnknownAPIError, 0, ""},
		{"details carry the body", Record{Kind: "invalid_request", Message: "Prompt is too long", Details: `400 {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 250000 tokens > 200000 maximum"}}`}, ContextTooLong, 400, ""},
		{"the transcript's request id", Record{Kind: "server_error", Status: 500, Type: "api_error", Message: "API Error: 500 Internal server error.", RequestID: "req_011CXmPicK18utTUrgQC6FbL"}, ServerError, 500, "req_011CXmPicK18utTUrgQC6FbL"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := FromRecord(c.r, Options{})
			st := 0
			if d.HTTPStatus != nil {
				st = *d.HTTPStatus
			}
			if d.Category != c.cat || st != c.status || val(d.RequestID) != c.request || !d.IsAPIError {
				t.Errorf("got %s %d %q api=%v, want %s %d %q", d.Category, st, val(d.RequestID), d.IsAPIError, c.cat, c.status, c.request)
			}
			if _, ok := d.FirstAction(); !ok {
				t.Error("no first action")
			}
		})
	}
}
