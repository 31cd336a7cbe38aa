package apierror

import "testing"

// TestHeaderDumpRequestID: the API's request-id header printed in a dump of
// the response headers, in each language's syntax, away from the error
// line, is the error's request id; a relay's x-request-id is not, nor is
// one of two different ids.
func TestHeaderDumpRequestID(t *testing.T) {
	const id = "req_01AbCdEfGhIjKlMnOpQrStUv"
	const errLine = "\n\nAPIError: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n"
	cases := []struct{ name, dump, want string }{
		{"node inspect of a Headers map", "headers: Headers {\n  'content-type' => 'application/json',\n  'request-id' => '" + id + "',\n  'x-should-retry' => 'true'\n}", id},
		{"node entries", "[ [ 'content-type', 'application/json' ], [ 'request-id', '" + id + "' ] ]", id},
		{"json", "{\"headers\": {\"content-type\": \"application/json\", \"request-id\": \"" + id + "\"}}", id},
		{"python httpx repr", "Headers({'date': 'Mon, 01 Dec 2026 10:00:00 GMT', 'content-type': 'application/json', 'request-id': '" + id + "'})", id},
		{"python httpx list repr", "Headers([('date', 'Mon, 01 Dec 2026 10:00:00 GMT'), ('request-id', '" + id + "')])", id},
		{"ruby hash", "{\"content-type\"=>\"application/json\", \"request-id\"=>\"" + id + "\"}", id},
		{"go http.Header", "map[Content-Type:[application/json] Request-Id:[" + id + "]]", id},
		{"raw header line", "< HTTP/2 529\n< content-type: application/json\n< request-id: " + id, id},
		// Controls.
		{"a relay's own header", "headers: { 'x-request-id': 'req_relay0001abcdef' }", ""},
		{"two requests' dumps", "{'request-id': '" + id + "'}\n{'request-id': 'req_01ZzYyXxWwVvUuTtSsRrQqPp'}", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Diagnose(tc.dump+errLine, Options{})
			if d.Category != Overloaded {
				t.Fatalf("category %s, want overloaded", d.Category)
			}
			got := ""
			if d.RequestID != nil {
				got = *d.RequestID
			}
			if got != tc.want {
				t.Errorf("request_id %q, want %q", got, tc.want)
			}
		})
	}
}
