package apierror

import "testing"

// Refusals printed as one sentence, with no status or body around them:
// claude.ai's region page, OpenRouter's 401 for a request without a key, and
// the SDKs' own refusal of a long non-streaming call (before sending). Each
// is the failure when printed; changelogs and code that name them are not.
func TestPrintedRefusals(t *testing.T) {
	for _, tc := range []struct {
		name, text, provider string
		cat                  Category
		api                  bool
	}{
		{"the region page behind a VPN that leaks", `Opened claude.ai through the office VPN and got a blank card:
App unavailable
Unfortunately, Claude is only available in certain regions right now. Please contact support if you think you're getting this message in error.
Other sites go through the tunnel fine.`, "anthropic", Permission, true},
		{"OpenRouter refusing a call without a key", `my agent config has OPENROUTER_API_KEY but the container does not get it:
openrouter request failed: 401 {"error":{"code":401,"message":"Missing Authentication header"}}`, "gateway", Authentication, true},
		{"the Python SDK's refusal of a long non-streaming call", `Traceback (most recent call last):
  File "/srv/gen/report.py", line 41, in summarise
    resp = client.messages.create(model="claude-opus-4-1", max_tokens=64000, messages=msgs)
ValueError: Streaming is strongly recommended for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details`, "<nil>", ClientBug, false},
		// Controls: a changelog naming the SDK's refusal it avoids, and a
		// feature request naming the region page.
		{"a changelog that avoids the SDK's refusal", `## [0.1.4] - 2025-10-01

### Fixed
- Claude calls now stream (messages.stream) so long outputs no longer trip the SDK guard that says streaming is required for operations that may take longer than ten minutes.`, "<nil>", None, false},
		{"a feature request naming the region page", `Feature request: when claude.ai shows its "Claude is only available in certain regions right now" page, the extension should open the supported countries list instead of failing silently. Would be a nice touch.`, "<nil>", None, false},
	} {
		d := Diagnose(tc.text, Options{})
		if d.Category != tc.cat || str(d.Provider) != tc.provider || d.IsAPIError != tc.api {
			t.Errorf("%s: got %s, provider %s, api %v; want %s, %s, %v", tc.name, d.Category, str(d.Provider), d.IsAPIError, tc.cat, tc.provider, tc.api)
		}
	}
}
