package apierror

import "testing"

// TestPullRequestPage: a copied pull request page carries its forge's
// header ("… wants to merge 1 commit into …") over a description whose
// repro block shows the console lines of the failure the change handles;
// the same lines in an issue, or told by a writer of their own merge, stay
// the failure.
func TestPullRequestPage(t *testing.T) {
	const repro = "Repro\n\n[agent] request failed (attempt 2/4): APIStatusError [HTTP 429]\n" +
		"   Error: HTTP 429: This request would exceed your organization's rate limit of 50,000 input tokens per minute.\n" +
		"[agent] giving up after 4 attempts\n"
	checkGenreCases(t, []genreCase{
		{"a GitHub pull request page",
			"Skip to content\n\nretry: back off on per-minute token limits #482\n\nOpen\nmjlow wants to merge 2 commits into\nacme:main\nfrom mjlow:backoff-itpm\n\n" +
				"The agent retries a 429 at once, so it burns every attempt inside the same minute.\n\n" + repro +
				"\nThis change waits for the retry-after header before the next attempt.", None},
		{"a Gitea pull request page",
			"backoff for token limits\n\nmjlow wants to merge 2 commits from backoff-itpm into main\n\n" + repro, None},
		{"a GitLab merge request page",
			"Draft: back off on 429\n\nmjlow requested to merge backoff-itpm into main\n\n" + repro, None},
		{"the same lines in an issue",
			"Agent gives up on 429 too fast\n\n" + repro + "\nIt happens every morning.", RateLimit},
		{"a writer telling of their own merge",
			"Since I merged 2 commits into main the nightly job fails:\n\n" + repro, RateLimit},
	})
}
