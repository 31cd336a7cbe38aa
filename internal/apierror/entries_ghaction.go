package apierror

// anthropics/claude-code-action, the GitHub Action that runs Claude Code in
// a workflow: its own failures before Claude Code runs (the workflow's OIDC
// token, its exchange for the Claude GitHub App's token, who triggered it,
// its inputs), and the run's end. An API failure inside a run keeps the
// API's answer, through the other families' entries.
// testdata/vocab/ghaction.txt lists them.
func ghActionEntries() []*entry {
	return []*entry{
		{id: "ghaction-oidc", cat: Permission, tier: tierAccess, strong: true, retry: -1,
			any:     []string{"Could not fetch an OIDC token", "Failed to fetch a GitHub Actions OIDC token"},
			summary: "The GitHub Action could not get the workflow's OIDC token: the workflow lacks the `id-token: write` permission.",
			actions: func(*advice) []Action {
				return []Action{
					act("Grant the workflow its OIDC token", "", "Add `id-token: write` under `permissions:` in the workflow (the job's or the workflow's)."),
					act("Or skip the Claude GitHub App", "", "Pass `github_token: ${{ secrets.GITHUB_TOKEN }}` (or your own app's token) to the action."),
				}
			}},
		{id: "ghaction-app-missing", cat: Permission, tier: tierAccess, strong: true, retry: -1,
			any:     []string{"Claude Code is not installed on this repository", "install the Claude Code GitHub App"},
			summary: "The Claude GitHub App is not installed on this repository (or its organisation has not approved it), so the action got no GitHub token for it.",
			actions: func(*advice) []Action {
				return []Action{
					act("Install the Claude GitHub App on the repository", "", "https://github.com/apps/claude — in an organisation, an owner must install or approve it."),
					act("Or skip the app", "", "Pass `github_token: ${{ secrets.GITHUB_TOKEN }}` (or your own app's token) to the action."),
				}
			}},
		// The exchange's other answers: the status it printed decides.
		{id: "ghaction-exchange", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true,
			any: []string{"App token exchange failed:", "App token not found in response"}},
		{id: "ghaction-actor", cat: Permission, tier: tierAccess, strong: true, retry: -1,
			any:     []string{"Actor does not have write permissions to the repository", "Workflow initiated by non-human actor", "Resource not accessible by integration"},
			summary: "GitHub refused the action: whoever triggered it lacks write access (or is a bot not in allowed_bots), or the token it runs with lacks a permission the step needs."},
		{id: "ghaction-credential", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any:     []string{"is required when using direct Anthropic API", "Workload identity federation requires both"},
			summary: "The GitHub Action has no credential for the API: set the anthropic_api_key or claude_code_oauth_token input from a repository secret (or both workload identity federation ids)."},
		// The run ended in an error result that carries no more than that:
		// the action prints it for every error result and leaves out the
		// result's own message (base-action/src/run-claude-sdk.ts), so a
		// message shown elsewhere in the paste is the failure.
		{id: "ghaction-result", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true, thin: true,
			any: []string{"Claude execution failed: result is_error:true", "reported subtype success with is_error:true"}},
		{id: "ghaction-run", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true,
			any: []string{"No result message received from Claude", "Failed to install Claude Code after"}},
	}
}
