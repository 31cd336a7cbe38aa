package apierror

// Google Vertex AI: Google RPC status names (google.rpc.Code) and the
// messages Vertex returns for Claude models, and Google's credential errors.
// Sources: https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude
// and https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto;
// testdata/vocab/googlerpc.txt lists all 17 codes, plain and array-wrapped.
func vertexEntries() []*entry {
	return []*entry{
		// Google's Gemini API speaks the same Google RPC statuses; its host
		// and SDK class names tell it apart, so it ranks before Vertex.
		// Sources: https://ai.google.dev/gemini-api/docs/troubleshooting and
		// the google-genai SDKs' error classes.
		{id: "gemini-envelope", provider: "gemini", envRank: 15,
			names: []string{"generativelanguage.googleapis.com", "ai.google.dev/gemini-api", "GoogleGenerativeAI", "google.genai", "Gemini API", "GEMINI_API_KEY"}},
		// The Gemini API's own wording, seen bare when a relay or a router
		// passes its body on: a model out of capacity (503 UNAVAILABLE) and
		// input over the model's window (400 INVALID_ARGUMENT). Source:
		// https://ai.google.dev/gemini-api/docs/troubleshooting, the messages
		// as the API returns them (testdata/vocab/gemini.txt).
		{id: "gemini-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, wording: "gemini", impliedStatus: 503,
			any: []string{"The model is overloaded. Please try again later"}},
		{id: "gemini-input-tokens", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1, wording: "gemini", impliedStatus: 400,
			all: []string{"The input token count (", "exceeds the maximum number of tokens allowed"}},
		// Gemini's own words for a history whose turns are out of order
		// (testdata/vocab/geminihistory.txt): turns that do not alternate
		// between user and model, a history that does not end with the
		// user, function calls and responses that do not pair up. Every
		// later request resends that history: conversation_state, as the
		// Messages API's "roles must alternate" and tool pairing refusals.
		// Gemini and Vertex's Gemini models both answer so, so the words
		// name neither. Weak: clients quote them in comments beside the
		// workaround; the INVALID_ARGUMENT body or a status shows the refusal.
		{id: "gemini-history", cat: ConversationState, tier: tierConversation, retry: -1, impliedStatus: 400,
			any: []string{"Please ensure that multiturn requests alternate between user and model", "Please ensure that multiturn requests ends with a user role",
				"Please ensure that single turn requests end with a user role", "Please ensure that function call turn comes immediately after",
				"Please ensure that function response turn comes immediately after", "number of function response parts is equal to the number of function call parts"}},
		// Google's Code Assist backend (Gemini CLI, Antigravity) has its own
		// family: entries_codeassist.go.
		// What only Vertex writes: its host, Claude's publisher path, its
		// request ids.
		{id: "vertex-envelope", provider: "vertex", envRank: 18,
			// Vertex AI's IAM permissions are all aiplatform.* ("Permission
			// 'aiplatform.endpoints.predict' denied").
			envelope: []string{"aiplatform.googleapis.com", "publishers/anthropic", "req_vrtx_", "Permission 'aiplatform."},
			names:    []string{"vertex"},
			// The setting that points Claude Code at Vertex AI, and /status
			// naming it.
			endpoint: []string{"CLAUDE_CODE_USE_VERTEX", "API provider: Google Vertex AI", "Vertex AI"}, serves: true,
			// The methods Claude models are called by on Vertex (the
			// partner-models page): a relay's upstream request.
			upstream: []string{":rawPredict", ":streamRawPredict"}},
		// The Google RPC error body alone is Google's, not Vertex's: Claude
		// Code reaches Google only through Vertex AI, but a router that
		// translates for Claude Code (claude-code-router, a relay) reaches
		// Google through the Gemini API unless the body shows Vertex.
		{id: "google-rpc-envelope", provider: "vertex", relayed: "gemini", envRank: 20,
			envelope: []string{`"status":"UNKNOWN"`, `"status":"INVALID_ARGUMENT"`, `"status":"DEADLINE_EXCEEDED"`, `"status":"NOT_FOUND"`, `"status":"ALREADY_EXISTS"`, `"status":"FAILED_PRECONDITION"`, `"status":"ABORTED"`, `"status":"OUT_OF_RANGE"`, `"status":"UNIMPLEMENTED"`, `"status":"INTERNAL"`, `"status":"UNAVAILABLE"`, `"status":"DATA_LOSS"`, `"status":"UNAUTHENTICATED"`, "RESOURCE_EXHAUSTED", "PERMISSION_DENIED", "Quota exceeded for"}},
		// RESOURCE_EXHAUSTED and PERMISSION_DENIED are Google RPC codes, not
		// Vertex's alone: the envelope decides the provider.
		{id: "vertex-quota", cat: RateLimit, tier: tierRateLimit, strong: true, impliedStatus: 429,
			any: []string{"RESOURCE_EXHAUSTED", "Quota exceeded for aiplatform", "quota exceeded for quota metric"}},
		{id: "vertex-model-unavailable", cat: NotFound, tier: tierModel, strong: true, ui: true, provider: "vertex",
			any: []string{"is not available on your vertex deployment", "not available on Vertex"}},
		{id: "vertex-publisher-model", cat: NotFound, tier: tierModel, strong: true, provider: "vertex", impliedStatus: 404,
			any: []string{"Publisher Model"}, all: []string{"not found"}},
		// The model exists but is not offered at the regional endpoint the
		// request went to (Claude models are served in a few regions, the
		// partner-models page lists them): Vertex answers 400 or 404 "…
		// is not servable in region R", and the fix is the region.
		{id: "vertex-model-region", cat: NotFound, tier: tierModel, strong: true, provider: "vertex",
			any: []string{"is not servable in region"}},
		// A partner model must be enabled for the project in Model Garden
		// before it is used; until then Vertex refuses the project
		// (FAILED_PRECONDITION, 400): an access matter, not a bad request.
		{id: "vertex-project-not-allowed", cat: Permission, tier: tierAccess, strong: true, provider: "vertex", impliedStatus: 400,
			any: []string{"is not allowed to use Publisher Model"}},
		{id: "gcp-credentials", cat: Authentication, tier: tierCredentials, strong: true, provider: "vertex",
			any: []string{"Could not load the default credentials", "Reauthentication is needed", "invalid_grant", "Request had invalid authentication credentials"},
			// invalid_grant is OAuth 2.0's (RFC 6749 5.2), not Google's
			// alone: inside AWS's login refresh failure it is AWS's.
			unless: []string{"re-authenticate using aws login"}},
		{id: "vertex-permission", cat: Permission, tier: tierAccess, strong: true, impliedStatus: 403,
			any: []string{"PERMISSION_DENIED"}},
		// Google RPC statuses whose meaning differs from their HTTP status's;
		// the others follow the status.
		{id: "grpc-cancelled", cat: None, tier: tierValidation, thin: true,
			any:     []string{`"status":"CANCELLED"`},
			summary: "The request was cancelled before it finished (by the client, usually) — not a failure to fix; resend when ready."},
		{id: "grpc-already-exists", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1,
			any: []string{`"status":"ALREADY_EXISTS"`}},
		{id: "grpc-aborted", cat: ServerError, tier: tierValidation, strong: true, retry: 1,
			any: []string{`"status":"ABORTED"`}},
		{id: "grpc-unimplemented", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1,
			any:     []string{`"status":"UNIMPLEMENTED"`},
			summary: "The provider does not implement or enable this operation for this model — resending it unchanged fails the same way."},
		{id: "vertex-request-size", cat: RequestTooLarge, tier: tierSize, strong: true, provider: "vertex",
			any: []string{"bytes) exceeds"}},
	}
}

func vertexRateActions(a *advice) []Action {
	return []Action{
		act("Wait, then resend", "", "Vertex AI quotas are per minute (some per day); they refill."),
		act("Request a quota increase", "", "Google Cloud console → IAM & Admin → Quotas → the Vertex AI quota named in the error (a quota of 0 was never granted)."),
		act("Try another region", "export CLOUD_ML_REGION=us-east5", "Quotas are per region."),
	}
}

func vertexAuthActions(a *advice) []Action {
	return []Action{
		act("Log in to Google Cloud again", "gcloud auth application-default login", "Vertex AI uses application-default credentials; they expired or are missing."),
		act("Check the project Claude Code uses", "echo $ANTHROPIC_VERTEX_PROJECT_ID $CLOUD_ML_REGION", "CLAUDE_CODE_USE_VERTEX=1 needs a project and region with the model enabled."),
	}
}

func vertexPermissionActions(a *advice) []Action {
	return []Action{
		act("Grant the Vertex AI User role", "", "The account needs roles/aiplatform.user on the project, and the Claude model enabled in Model Garden."),
		act("Check the project and credentials", "gcloud auth application-default print-access-token >/dev/null && echo ok", "ANTHROPIC_VERTEX_PROJECT_ID and CLOUD_ML_REGION decide where requests go."),
	}
}
