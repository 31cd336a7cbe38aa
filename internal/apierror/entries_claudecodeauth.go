package apierror

// Claude Code's sign-in failures beyond its template list: the API's
// authentication and permission denials that Claude Code tells apart by
// their first words, and its OAuth refresh failures (another process holds
// the refresh lock, a full disk). Source: @anthropic-ai/claude-code 2.1.328's
// own modules; testdata/vocab/claudecode-auth.txt lists them.
func claudeCodeAuthEntries() []*entry {
	return []*entry{
		{id: "api-token-denied", cat: Authentication, tier: tierCredentials, cased: true, strong: true, retry: -1,
			any: []string{"OAuth access token is invalid", "Credential is invalid", "Token lacks associated account", "Token lacks associated organization"}},
		{id: "api-access-revoked", cat: Permission, tier: tierAccess, cased: true, strong: true, retry: -1,
			any: []string{"Organization access has been revoked", "Workspace access has been revoked", "Account is no longer a member of the organization"}},
		// Claude Code's /login flow reports its own failure as "OAuth error:
		// <cause>" ("Invalid code. Please make sure the full code was
		// copied", "Request failed with status code 500", "timeout of
		// 15000ms exceeded"): signing in failed, as "Login reached its time
		// limit" does (cc-auth). Thin: it is the remedy failing, so an API
		// refusal shown beside it (the 401 that sent the user to /login)
		// is what the user is stuck on.
		{id: "cc-oauth-flow", cat: Authentication, tier: tierCredentials, strong: true, cased: true, thin: true,
			any:     []string{"OAuth error: "},
			summary: "Claude Code's sign-in (/login) failed before it got a token: run /login again, and if it keeps failing check that this machine reaches Anthropic's sign-in servers (proxy, firewall, DNS)."},
		// Several Claude Code processes share one login; only one refreshes
		// it at a time, and the others fail while it does.
		{id: "cc-oauth-refresh-lock", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: 1,
			any: []string{"another Claude Code process is refreshing it or exited mid-refresh", "Another Claude Code process is refreshing the OAuth token",
				"another Claude Code process is holding the refresh lock"},
			summary: "Another Claude Code process was refreshing the shared login at the same moment — usually gone within a minute.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Wait a minute, then resend", "", "The other process finishes the refresh and this one picks up the new token."),
					act("If it keeps happening, close other Claude Code windows or sign in again", "/login", "A process that died mid-refresh can leave the lock behind."),
				}
			}},
		{id: "cc-oauth-disk-full", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: -1,
			any:     []string{"the disk that holds the Claude Code config directory"},
			summary: "Claude Code could not save a refreshed login because the disk (or your quota) that holds ~/.claude is full — signing in again will not help until there is room.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Free space on the disk that holds ~/.claude", "df -h ~/.claude", "Delete files you no longer need there (or raise your quota), then resend."),
				}
			}},
		{id: "cc-project-scopes", cat: Authentication, tier: tierCredentials, strong: true, ui: true, retry: -1,
			any: []string{"Could not add project scopes to the token"}},
	}
}
