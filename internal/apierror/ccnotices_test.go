package apierror

import "testing"

// TestClaudeCodeFlowNotices: the notices the template extractor found by
// following the text of Claude Code's API-error messages (the image and PDF
// notices, the stream-interruption family, the safeguards refusal, …), as a
// user pastes them from a session, and sentences about them that are no
// failure.
func TestClaudeCodeFlowNotices(t *testing.T) {
	for _, c := range []struct {
		text string
		want Category
	}{
		{"> summarise the attached report\n  ⎿  PDF is password protected. Please double press esc to edit your message and try again.", InvalidRequest},
		{"● Read(scan.pdf)\n  ⎿  API Error: a document in the conversation could not be processed and was removed. Double press esc to edit your message, or re-read the file if you still need it.", InvalidRequest},
		{"after pasting ~30 screenshots:\n  ⎿  Accumulated images and attachments in the conversation pushed the request over the limit. Run /compact, or double press esc to go back and remove attachments.", RequestTooLarge},
		{"  ⎿  API Error: The response stalled before a response was produced. Try again.", Timeout},
		{"  ⎿  API Error: No data arrived for more than 5 minutes. If a proxy or gateway on your network holds responses until they complete, set CLAUDE_STREAM_IDLE_TIMEOUT_MS above 300000", Timeout},
		{"came back to my laptop and saw\n  ⎿  API Error: Your computer went to sleep mid-response. The response above may be incomplete.", Network},
		{"  ⎿  API Error: Part of the response never arrived and no response was produced. Try again.", Network},
		{"  ⎿  API Error: The response stream was malformed. The response above may be incomplete.", GatewayError},
		{"  ⎿  API Error: The API is temporarily unavailable", ServerError},
		{"  ⎿  API Error: Claude Opus 5's safeguards flagged this message (https://www.anthropic.com/legal/aup). This sometimes happens with safe, normal conversations. Claude Code can't respond to this message with Claude Opus 5.\n\n     Double press esc to edit your last message, or try a different model with /model.", InvalidRequest},
		{"  ⎿  API Error: Effort 'max' isn't available with thinking turned off on this model · run /effort high to continue, or turn thinking back on (unset MAX_THINKING_TOKENS=0)", InvalidRequest},
		{"  ⎿  Invalid ANTHROPIC_CUSTOM_HEADERS · Fix the environment variable · Header \"X-Team\" has an invalid value", InvalidRequest},
		{"  ⎿  This message is too long to send, so Claude didn't get it. Send a shorter one.", ContextTooLong},
		{"  ⎿  API Error: Usage credits ran out before the response was finished.", UsageLimit},
		{"  ⎿  You've hit your team's pooled group budget. Run /usage-credits to raise it and keep using Claude Fable 5 or switch models to continue this chat.", SpendLimit},
		{"  ⎿  Claude Opus is not available with the Claude Pro plan. If you have updated your subscription plan recently, run /logout and /login for the plan to take effect.", Permission},
		{"  ⎿  Your ANTHROPIC_API_KEY belongs to a disabled organization · Update or unset the environment variable", Authentication},
		// Error properties of Claude Code's checks ({error: "…"}).
		{"/model claude-opus-5\n  ⎿  Network error. Please check your internet connection.", Network},
		{"claude auth login --gateway\nCloud gateway TLS certificate does not match stored pin", TLS},
		{"[DEBUG] auth check: No OAuth token available", Authentication},
		// Messages of failed results ({ok: false, message: "…"}).
		{"$ claude\nClaude Code's request was blocked before it reached Anthropic's API, so signing in to Claude again won't help. A VPN, proxy or firewall, a network or region limit, or a problem at Anthropic may be the cause.", Permission},
		{"$ claude auth login\nCould not verify the gateway's TLS certificate. Check your connection, and join your organization's network if the gateway needs it.", TLS},
		{"$ claude\nYour authentication token belongs to organization 1f0c…,\nbut this machine requires 9ab2….\n\nPlease log in with a permitted organization: claude auth login", Permission},

		// Not failures: the same words in a changelog, a how-to and a
		// question about a setting.
		{"- Improved the notice shown when a PDF is password protected: it now suggests a CLI tool to extract the text", None},
		{"Tip: if your laptop often sleeps during long replies, raise CLAUDE_STREAM_IDLE_TIMEOUT_MS; the default is 5 minutes.", None},
		{"How do I set ANTHROPIC_CUSTOM_HEADERS for our gateway? The docs only show one header.", None},
		{"Messages to another session: the message is too large; shorten it, since the same one will be refused again.", None},
		{"Note: Claude Code does not use ALL_PROXY for anything but its own proxy list; set HTTPS_PROXY instead.", None},
		{"In CI there is no API key available by default, so add ANTHROPIC_API_KEY as a repository secret.", None},
	} {
		if got := Diagnose(c.text, Options{}).Category; got != c.want {
			t.Errorf("%q: got %s, want %s", clip(c.text, 100), got, c.want)
		}
	}
}

// TestRunLoginRemedy: Claude Code's "run /login" follows the failure it
// cures after a separator; a guide telling its reader to run it, after a
// comma, reports nothing.
func TestRunLoginRemedy(t *testing.T) {
	for _, c := range []struct {
		text string
		want Category
	}{
		{"  ⎿  Session expired · Run /login to continue", Authentication},
		{"  ⎿  Your sign-in could not be renewed. Run /login, then resend.", Authentication},
		{"  ⎿  Gateway sign-in ended — run /login.", Authentication},
		{"To sign in on a new computer, run /login in Claude Code.", None},
		{"If you switch accounts, run /login again and pick the other one.", None},
		{"Tip: after upgrading your plan, run /login so the new limits apply.", None},
	} {
		if d := Diagnose(c.text, Options{}); d.Category != c.want {
			t.Errorf("%q: %s, want %s", c.text, d.Category, c.want)
		}
	}
}
