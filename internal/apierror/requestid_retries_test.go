package apierror

import "testing"

// TestFirstOfRetries: the attempts of one failure listed with their ids,
// the first marked as such and the others as retries: the first is the
// failure's id.
func TestFirstOfRetries(t *testing.T) {
	const body = `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
	for _, tc := range []struct {
		name, text, want string
	}{
		{"first and retries", body + "\n\n- 02:10 initial request: req_011CAaaaaaaaaaaaaaaaaaaa1\n- 02:12 retried: req_011CBbbbbbbbbbbbbbbbbbbb2\n- 02:15 retried again: req_011CCccccccccccccccccccc3", "req_011CAaaaaaaaaaaaaaaaaaaa1"},
		{"two ids, no attempt marked", body + "\n\nmorning: req_011CAaaaaaaaaaaaaaaaaaaa1\nevening: req_011CBbbbbbbbbbbbbbbbbbbb2", ""},
		{"two attempts marked first", body + "\n\nfirst try: req_011CAaaaaaaaaaaaaaaaaaaa1\nfirst try on the other machine: req_011CBbbbbbbbbbbbbbbbbbbb2", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); str(d.RequestID) != orNil(tc.want) {
				t.Errorf("request id %s, want %s", str(d.RequestID), orNil(tc.want))
			}
		})
	}
}
