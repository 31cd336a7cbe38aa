package apierror

import "testing"

// TestProviderUnsent: an SDK that finds no credential throws while building
// the request, so nothing answered and no provider is named, even where
// its stack names the SDK package; a 401 from a server with the same
// login hint still names who answered.
func TestProviderUnsent(t *testing.T) {
	checkProviderCases(t, []providerCase{
		{"typescript sdk with no key, stack through the package",
			"my-cli: starting\nError: Could not resolve authentication method. Expected either apiKey or authToken to be set.\n    at Anthropic.validateHeaders (/home/u/app/node_modules/@anthropic-ai/sdk/client.js:210:13)\n    at Anthropic.buildRequest (/home/u/app/node_modules/@anthropic-ai/sdk/client.js:540:10)",
			Authentication, "", ""},
		{"java sdk with no credential",
			"Exception in thread \"main\" com.anthropic.errors.NoCredentialsException: No credentials found. Tried:\n  - ANTHROPIC_API_KEY: not set",
			Authentication, "", ""},
		// Control: the API's own 401 keeps its provider.
		{"api's 401 with the login hint",
			`API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CVaaaaaaaaaaaaaaaaaaaa"} · Please run /login`,
			Authentication, "anthropic", "req_011CVaaaaaaaaaaaaaaaaaaaa"},
	})
}
