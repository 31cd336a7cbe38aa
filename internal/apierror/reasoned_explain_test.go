package apierror

import "testing"

// TestReplyExplainsMeaning: a reply explaining what an error usually means
// or comes from ("This usually means …", "it's often due to …") reasons
// about the error shown, in words and statuses of its own; the error shown
// is the one met. Alone, the reply keeps its reading.
func TestReplyExplainsMeaning(t *testing.T) {
	question := "Since yesterday claude prints \"Failed to connect to api.anthropic.com: ERR_BAD_REQUEST\" and exits before the prompt shows.\n\n"
	reply400 := "This usually means the request is missing something, so the server answers with a 400 (bad request); it's often due to an invalid API key or a wrong model name."
	tests := []struct {
		name string
		text string
		want want
	}{
		{"a reply naming a 400 and a key", question + reply400,
			want{cat: UnknownAPIError, retry: false, api: true}},
		{"a reply naming a 403 and a region", question + "This generally means the API refused the request with a 403 (forbidden) before it started, and it is usually due to an invalid API key or a region the service does not support.",
			want{cat: UnknownAPIError, retry: false, api: true}},
		{"the reply alone", reply400,
			want{cat: Authentication, status: 400, retry: false, api: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
