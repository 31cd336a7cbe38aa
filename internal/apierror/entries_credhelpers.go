package apierror

// Claude Code's credential helpers (apiKeyHelper, awsAuthRefresh,
// awsCredentialExport, gcpAuthRefresh) and the notices it prints when a
// cloud provider refuses its credentials. Source: @anthropic-ai/claude-code
// 2.1.328's own modules and https://code.claude.com/docs/en/settings;
// testdata/vocab/credhelpers.txt lists them.
func credHelperEntries() []*entry {
	return []*entry{
		{id: "cc-api-key-helper", cat: Authentication, tier: tierCredentials, strong: true, ui: true,
			any:     []string{"apiKeyHelper failed:", "Error getting API key from apiKeyHelper", "apiKeyHelper output rejected"},
			summary: "Claude Code's apiKeyHelper script failed, so it has no API key to send — the script's own error says why (often an expired login to the store it reads the key from).",
			actions: func(a *advice) []Action {
				return []Action{
					act("Run the apiKeyHelper command yourself", "", "It is the apiKeyHelper value in your settings; it must print only the key and exit 0. Fix what its error names (log in to your secret store again, say)."),
					act("See the script's error output", "/status", "Claude Code shows the helper's last failure there."),
				}
			}},
		{id: "cc-aws-auth-refresh", cat: Authentication, tier: tierCredentials, strong: true, ui: true, provider: "bedrock",
			any: []string{"Error running awsAuthRefresh", "AWS auth refresh timed out", "AWS login timed out after", "AWS login did not complete",
				"awsAuthRefresh failed", "Error getting AWS credentials from awsCredentialExport", "awsCredentialExport did not return"},
			summary: "Claude Code's AWS credential command (awsAuthRefresh or awsCredentialExport in settings) failed or timed out, so it has no fresh AWS credentials for Bedrock."},
		{id: "cc-gcp-auth-refresh", cat: Authentication, tier: tierCredentials, strong: true, ui: true, provider: "vertex",
			any:     []string{"Error running gcpAuthRefresh", "GCP auth refresh timed out"},
			summary: "Claude Code's gcpAuthRefresh command failed or timed out, so it has no fresh Google Cloud credentials for Vertex AI."},
		{id: "cc-aws-auth-failed", cat: Authentication, tier: tierCredentials, cased: true, strong: true, ui: true, provider: "bedrock",
			any: []string{"AWS authentication failed"}},
		// The model is not enabled for the account and region: an access
		// matter, whatever the notice's first words say.
		{id: "cc-bedrock-model-access", cat: Permission, tier: tierModelAccess, strong: true, ui: true, provider: "bedrock",
			any: []string{"enable this model for your account and region in the Amazon Bedrock console"}},
		{id: "cc-gcp-auth-failed", cat: Authentication, tier: tierCredentials, cased: true, strong: true, ui: true, provider: "vertex",
			any: []string{"Google Cloud credentials expired or invalid", "Google Cloud authentication failed"}},
		{id: "cc-gateway-refused", cat: Permission, tier: tierAccess, strong: true, ui: true, provider: "gateway",
			any:     []string{"Gateway refused the request · signing in again", "organization's gateway refused the request"},
			summary: "The gateway in front of the API refused the request (HTTP 403) — its policy, not your login: signing in again does not change it.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Ask your gateway's administrator", "", "The gateway (your ANTHROPIC_BASE_URL) decides what your token may do: models, budgets, routes."),
					act("Check which gateway and token Claude Code uses", "/status", "ANTHROPIC_BASE_URL and ANTHROPIC_AUTH_TOKEN or apiKeyHelper decide it."),
				}
			}},
	}
}
