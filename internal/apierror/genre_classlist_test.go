package apierror

import "testing"

func TestClassList(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The retry decorator retries ThrottlingException, InternalServerException and ModelTimeoutException.", true},
		{"The client retries RateLimitError, APIConnectionError and APITimeoutError by default.", true},
		{"Raises:\n    RateLimitError, APIConnectionError, APITimeoutError: when the call fails", false}, // the last one reads as raised
		{"ThrottlingException: Too many tokens, please wait before trying again.", false},
		{"botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the Converse operation", false},
		{`ServiceResponseException: ("… service failed", RateLimitError("Error code: 429"))`, false},
		{"ThrottlingException, ThrottlingException and ThrottlingException again", false},
	} {
		if got := classList(c.text); got != c.want {
			t.Errorf("classList(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
