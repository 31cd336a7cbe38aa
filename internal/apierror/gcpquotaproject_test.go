package apierror

import "testing"

// TestGoogleReasonAdvice: where Google's body names an ErrorInfo reason or
// the quota project beside PERMISSION_DENIED, the first step is that
// reason's fix (enable the API, set or grant the quota project), not the
// role on the Vertex project that PERMISSION_DENIED alone calls for.
func TestGoogleReasonAdvice(t *testing.T) {
	for _, c := range []struct{ name, text, first string }{
		{"the API disabled", `API Error: 403 {"error":{"code":403,"message":"Vertex AI API has not been used in project my-proj before or it is disabled.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com"}]}}`,
			"Enable the Vertex AI API"},
		{"no quota project in user credentials", `API Error: 403 {"error":{"code":403,"message":"Your application is authenticating by using local Application Default Credentials. The aiplatform.googleapis.com API requires a quota project, which is not set by default. To learn how to set your quota project, see https://cloud.google.com/docs/authentication/adc-troubleshooting/user-creds .","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED","domain":"googleapis.com","metadata":{"consumer":"projects/764086051850","service":"aiplatform.googleapis.com"}}]}}`,
			"Set the quota project in your credentials"},
		{"a quota project the caller may not use", `API Error: 403 {"error":{"code":403,"message":"Caller does not have required permission to use project my-proj.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"USER_PROJECT_DENIED","domain":"googleapis.com"}]}}`,
			"Grant Service Usage Consumer on the quota project"},
		{"PERMISSION_DENIED alone", `API Error: 403 {"error":{"code":403,"message":"Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/my-proj/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5' (or it may not exist).","status":"PERMISSION_DENIED"}}`,
			"Grant the Vertex AI User role"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != Permission || len(d.Actions) == 0 || d.Actions[0].Title != c.first {
				t.Errorf("got %s, actions %v; want permission, first %q", d.Category, actionText(d), c.first)
			}
		})
	}
}
