package apierror

import "testing"

// TestRelayAuthHeader: a relay's own bearer-token guard ("Missing or
// invalid Authorization header", itty-router's {"status": 401, "error":
// …} one field a line) is an authentication failure at the relay, with
// the status its body carries; the API's own "Invalid bearer token" and
// AWS's "Authorization header is missing" keep their providers, and a
// sentence about adding the header is no failure.
func TestRelayAuthHeader(t *testing.T) {
	cases := []struct {
		name, text string
		want       Category
		status     int
		provider   string
	}{
		{"a Worker relay's body, one field a line", "我的客户端报错:\n{\n  \"status\": 401,\n  \"error\": \"Unauthorized: Missing or invalid Authorization header\"\n}\n换了地址也一样。", Authentication, 401, "gateway"},
		{"the same body on one line", `{"status":401,"error":"Missing Authorization header"}`, Authentication, 401, "gateway"},
		{"the API's own bearer refusal", `API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"}}`, Authentication, 401, "anthropic"},
		{"a sentence about the header", "The docs say every request must send the Authorization header with the relay key; I set it in settings.json.", None, 0, ""},
	}
	for _, c := range cases {
		d := Diagnose(c.text, Options{})
		st, pv := 0, ""
		if d.HTTPStatus != nil {
			st = *d.HTTPStatus
		}
		if d.Provider != nil {
			pv = *d.Provider
		}
		if d.Category != c.want || st != c.status || pv != c.provider {
			t.Errorf("%s: got %s %d %q, want %s %d %q", c.name, d.Category, st, pv, c.want, c.status, c.provider)
		}
	}
}
