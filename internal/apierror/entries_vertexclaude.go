package apierror

// Google Cloud's own refusals in front of Claude on Vertex AI, by the
// ErrorInfo reason Google APIs attach: each has its own fix, which the
// generic PERMISSION_DENIED advice (grant a role) would miss. Source:
// https://cloud.google.com/apis/design/errors; testdata/vocab/vertexclaude.txt
// lists them.
func vertexClaudeEntries() []*entry {
	return []*entry{
		{id: "gcp-billing-disabled", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "vertex",
			any:     []string{"BILLING_DISABLED", "requires billing to be enabled"},
			summary: "Billing is off for the Google Cloud project Claude Code sends Vertex requests to — Google refuses every call until it is on.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Enable billing on the project", "", "Google Cloud console → Billing → link a billing account to the project named in the error; it takes a few minutes to apply."),
					act("Check the project Claude Code uses", "echo $ANTHROPIC_VERTEX_PROJECT_ID", "It may be a different project than you meant."),
				}
			}},
		{id: "gcp-service-disabled", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "vertex",
			any:     []string{"SERVICE_DISABLED", "API has not been used in project"},
			summary: "The Vertex AI API is not enabled on the Google Cloud project Claude Code uses.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Enable the Vertex AI API", "gcloud services enable aiplatform.googleapis.com --project \"$ANTHROPIC_VERTEX_PROJECT_ID\"", "Then wait a few minutes for it to apply, and enable the Claude model in Model Garden."),
				}
			}},
		// The token was issued without the cloud-platform scope (a user
		// login with narrower scopes, a VM's default scopes).
		{id: "gcp-scope-insufficient", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "vertex",
			any: []string{"ACCESS_TOKEN_SCOPE_INSUFFICIENT", "Request had insufficient authentication scopes"},
			actions: func(a *advice) []Action {
				return []Action{
					act("Log in with the cloud-platform scope", "gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform", "The token Claude Code got lacks the scope Vertex AI needs; on a VM, give it the cloud-platform access scope."),
				}
			}},
	}
}
