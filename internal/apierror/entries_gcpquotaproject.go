package apierror

// Google's refusals about the quota project, the project a request made
// with user credentials is billed and counted against
// (https://cloud.google.com/docs/quotas/quota-project): none is set in the
// Application Default Credentials, or the caller may not use the one set
// (https://cloud.google.com/docs/authentication/adc-troubleshooting/user-creds;
// gcloud auth application-default set-quota-project, which needs
// serviceusage.services.use on that project). Neither is cured by the role
// on the Vertex project that PERMISSION_DENIED's advice grants, nor by
// enabling the API; testdata/vocab/gcpquotaproject.txt lists the forms.
func gcpQuotaProjectEntries() []*entry {
	return []*entry{
		{id: "gcp-quota-project-missing", cat: Permission, tier: tierCredentials, strong: true, retry: -1, provider: "vertex",
			any:     []string{"requires a quota project, which is not set by default"},
			summary: "Google refused the request because your Application Default Credentials are user credentials with no quota project set: Google does not know which project to bill and count the call against.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Set the quota project in your credentials", "gcloud auth application-default set-quota-project \"$ANTHROPIC_VERTEX_PROJECT_ID\"", "It writes the project into the ADC file Claude Code reads; you need serviceusage.services.use on it (Service Usage Consumer)."),
					act("Or sign in again and set it", "gcloud auth application-default login && gcloud auth application-default set-quota-project \"$ANTHROPIC_VERTEX_PROJECT_ID\"", "A service account's credentials use its own project and need no quota project."),
				}
			}},
		{id: "gcp-quota-project-denied", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "vertex",
			any: []string{"USER_PROJECT_DENIED", "Caller does not have required permission to use project",
				"does not have serviceusage.services.use access to the Google Cloud project"},
			summary: "Google refused the request: the account may not use the project set as its quota project (it lacks serviceusage.services.use there), so the call cannot be billed to it.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Grant Service Usage Consumer on the quota project", "", "roles/serviceusage.serviceUsageConsumer (or any role with serviceusage.services.use) on the project the error names, for the account Claude Code signs in as; it can take a few minutes to apply."),
					act("Or use a quota project you may use", "gcloud auth application-default set-quota-project \"$ANTHROPIC_VERTEX_PROJECT_ID\"", "The project Claude Code sends requests to is usually the right one."),
				}
			}},
	}
}
