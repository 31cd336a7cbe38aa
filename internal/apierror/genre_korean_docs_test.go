package apierror

import "testing"

// TestKoreanDocsVoice: a Korean errors reference (a list of statuses with
// blank lines between its items, "529 오류는 … 발생할 수 있습니다", errors
// a reader may meet, and "문제가", a problem, which holds no "제가", I)
// explains errors; a Korean report of one met is still an error.
func TestKoreanDocsVoice(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       Category
	}{
		{"status list with blank lines between items",
			"오류 코드\n\n  • 401 - authentication_error: API 키에 문제가 있습니다.\n\n  • 429 - rate_limit_error: 요청 한도를 넘었습니다.\n\n  • 529 - overloaded_error: 서버가 일시적으로 과부하 상태입니다.\n",
			None},
		{"an error a reader may meet",
			"529 오류는 트래픽이 몰릴 때 발생할 수 있습니다. 이 오류를 방지하려면 요청을 천천히 늘리세요.",
			None},
		{"the same list in English with blank lines",
			"Status codes\n\n- 400 - invalid_request_error: the request was malformed.\n\n- 401 - authentication_error: the key is wrong.\n\n- 429 - rate_limit_error: too many requests.\n",
			None},
		// Controls: reports of errors met.
		{"a korean report of a 529 met",
			"오늘 아침부터 계속 529 오류가 발생했습니다. 제가 뭘 잘못한 걸까요?",
			Overloaded},
		{"a korean report with the api's body",
			"제가 Claude Code를 쓰는데 이런 오류가 나요:\nAPI Error: 401 {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}",
			Authentication},
	} {
		t.Run(c.name, func(t *testing.T) {
			if d := Diagnose(c.text, Options{}); d.Category != c.want {
				t.Errorf("category %s, want %s (%s)", d.Category, c.want, d.Summary)
			}
		})
	}
}

// TestSkipLinkChrome: a blog or docs page copied with its skip link is a
// page, whatever errors it explains; a report that merely names a page
// still shows its error.
func TestSkipLinkChrome(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       Category
	}{
		{"korean guide page with its skip link",
			"본문으로 건너뛰기\n\n429 한도 초과를 다루는 방법\n\n먼저 어떤 경로가 제한을 만들었는지 확인합니다. api.anthropic.com 직접 호출이면 HTTP 429 와 retry-after 헤더를 봅니다.",
			None},
		{"english docs page with its skip link",
			"Skip to main content\n\nHandling overloads\n\nA 529 overloaded_error means the API is busy for everyone; back off and resend.",
			None},
		// Control: a report of an error met.
		{"report without page chrome",
			"since this morning every request fails:\nAPI Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}",
			RateLimit},
	} {
		t.Run(c.name, func(t *testing.T) {
			if d := Diagnose(c.text, Options{}); d.Category != c.want {
				t.Errorf("category %s, want %s (%s)", d.Category, c.want, d.Summary)
			}
		})
	}
}

// TestInlineIssueCitations: a commentary that cites the issues it tells of
// inside its sentences (owner/repo #N) reports on others' failures; a
// report citing one related issue beside its own error is still one.
func TestInlineIssueCitations(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       Category
	}{
		{"commentary citing several issues",
			"Over one weekend a whole ecosystem broke.\n\nEveryone quoted the same line:\n\n> \"Your organization does not have access to Claude. Please login again or contact your administrator.\"\n\nIt surfaced first in a plugin's tracker (acme/editor-plugin #311), then in two agent frameworks (foo/agentkit #78 and bar/swarm#1024).",
			None},
		// Control: a report with one citation.
		{"report citing one related issue",
			"Same as acme/editor-plugin #311, but on Linux:\nAPI Error: 403 {\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"Your organization does not have access to Claude.\"}}",
			Permission},
		// Control: a thread whose replies quote GitHub's notification
		// email ("left a comment (owner/repo#N)") names its own thread.
		{"reply quoting github's notification email",
			"Same as acme/editor-plugin #311, still failing:\nAPI Error: 403 {\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"Your organization does not have access to Claude.\"}}\n\nDid it work in the end?\n\n> *someone* left a comment (acme/editor-plugin#311)\n> still broken here",
			Permission},
	} {
		t.Run(c.name, func(t *testing.T) {
			if d := Diagnose(c.text, Options{}); d.Category != c.want {
				t.Errorf("category %s, want %s (%s)", d.Category, c.want, d.Summary)
			}
		})
	}
}
