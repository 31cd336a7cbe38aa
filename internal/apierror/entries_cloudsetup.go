package apierror

// Setting up Claude Code on a cloud provider: the Anthropic SDKs it bundles
// for Claude Platform on AWS and on Google Cloud, Amazon Bedrock (Mantle),
// Vertex AI and Microsoft Foundry refuse to build a client without a region,
// project, workspace or resource; its Bedrock and Vertex sign-in checks say
// what their test request got; and a Databricks workspace serves an
// Anthropic-compatible endpoint Claude Code knows as a gateway. Sources: the
// SDK constructors and sign-in checks in Claude Code 2.1.328's package,
// docs.databricks.com (query-anthropic-messages, api/account/errors);
// testdata/vocab/cloudsetup.txt lists them.
func cloudSetupEntries() []*entry {
	return []*entry{
		// Claude Platform on AWS (CLAUDE_CODE_USE_ANTHROPIC_AWS) and on
		// Google Cloud (CLAUDE_CODE_USE_ANTHROPIC_GOOGLE_CLOUD) are
		// Anthropic's API in an Anthropic workspace, reached through the
		// cloud's region or project.
		{id: "claude-platform-setting", cat: InvalidRequest, tier: tierAccess, strong: true, retry: -1, provider: "anthropic",
			// The SDKs' sentences around a variable, not its name alone: an
			// issue or a doc names the variable as a setting.
			any: []string{"in the constructor or the `ANTHROPIC_AWS_WORKSPACE_ID` environment variable",
				"in the constructor or the `ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID` environment variable",
				"`baseURL` / `ANTHROPIC_AWS_BASE_URL` environment variable", "No project was given and it could not be resolved from Google credentials"},
			summary: "Claude Platform on AWS or Google Cloud is missing a setting — the Anthropic workspace ID, the AWS region or the Google Cloud project — so no request was sent.",
			actions: func(a *advice) []Action {
				return []Action{
					act("See which Claude Platform settings are set", "env | grep -E '^(ANTHROPIC_(AWS|GOOGLE_CLOUD)_|AWS_REGION|AWS_DEFAULT_REGION|CLAUDE_CODE_USE_)'", "The error names the one missing: the workspace ID, the AWS region or the Google Cloud project."),
					act("Set it, then start claude again", "", "ANTHROPIC_AWS_WORKSPACE_ID and AWS_REGION for AWS; ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID, ANTHROPIC_GOOGLE_CLOUD_PROJECT and ANTHROPIC_GOOGLE_CLOUD_LOCATION for Google Cloud (https://code.claude.com/docs/en/claude-platform-on-aws)."),
				}
			}},
		// AnthropicBedrockMantle and AnthropicBedrock without a region.
		{id: "bedrock-setting", cat: InvalidRequest, tier: tierAccess, strong: true, retry: -1, provider: "bedrock",
			any:     []string{"`baseURL` / `ANTHROPIC_BEDROCK_MANTLE_BASE_URL` environment variable", "No AWS region found. Set `awsRegion`"},
			summary: "Claude Code has no AWS region for Bedrock, so no request was sent.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Set the region where your Bedrock models are enabled", "export AWS_REGION=us-east-1", "Claude Code reads AWS_REGION, not the region in ~/.aws/config."),
				}
			}},
		{id: "vertex-setting", cat: InvalidRequest, tier: tierAccess, strong: true, retry: -1, provider: "vertex",
			any:     []string{"`CLOUD_ML_REGION` environment variable should be set", "No projectId was given and it could not be resolved from credentials"},
			summary: "Claude Code has no Vertex AI region or project (CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID), so no request was sent.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Set the Vertex AI region and project", "export CLOUD_ML_REGION=global ANTHROPIC_VERTEX_PROJECT_ID=your-project", "The region where Claude is enabled for the project (global, us-east5, europe-west1…)."),
				}
			}},
		{id: "foundry-setting", cat: InvalidRequest, tier: tierAccess, strong: true, retry: -1, provider: "foundry",
			any: []string{"or the `ANTHROPIC_FOUNDRY_RESOURCE` environment variable", "baseURL and resource are mutually exclusive",
				"ANTHROPIC_FOUNDRY_RESOURCE must be a Foundry resource name"},
			summary: "The Foundry endpoint is not set right: ANTHROPIC_FOUNDRY_RESOURCE (a bare resource name) or ANTHROPIC_FOUNDRY_BASE_URL (a full URL), exactly one of them.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Check the Foundry endpoint settings", "env | grep ANTHROPIC_FOUNDRY_", "Set ANTHROPIC_FOUNDRY_RESOURCE to the resource name alone (my-resource), or ANTHROPIC_FOUNDRY_BASE_URL to a full URL, not both."),
				}
			}},
		// AnthropicAws and AnthropicBedrockMantle given half an AWS key.
		{id: "aws-key-half", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any:     []string{"`awsAccessKey` and `awsSecretAccessKey` must be provided together"},
			summary: "Only one of the AWS access key ID and secret access key is set; both are needed, so no request was sent."},

		// Claude Code's Bedrock sign-in tests an API key or AWS
		// credentials with a one-token request.
		{id: "bedrock-setup-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "bedrock",
			any:     []string{"Bedrock didn't accept this API key"},
			summary: "Bedrock refused the Bedrock API key (AWS_BEARER_TOKEN_BEDROCK) — wrong, expired, or for another account or region."},
		{id: "bedrock-setup-denied", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "bedrock",
			any:     []string{"Your IAM policy may be missing bedrock:", "is not enabled in your account. Pin a model you have access to"},
			summary: "Bedrock accepted the credentials but refused the call: the IAM policy lacks a Bedrock action, or the model is not enabled for the account in that region."},
		{id: "bedrock-region-unreachable", cat: Network, tier: tierConnection, strong: true, provider: "bedrock",
			any:     []string{"Couldn't reach Bedrock in region", "Couldn't reach AWS in region"},
			summary: "Claude Code could not reach AWS in the region it was given — a misspelled region has no endpoint, or the network is in the way.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Check the region name", "echo $AWS_REGION", "It must be a region where Bedrock runs (us-east-1, eu-central-1, …); a typo has no endpoint."),
					act("Then check the network path", "curl -sI https://bedrock-runtime.$AWS_REGION.amazonaws.com", "Any HTTP answer means the endpoint is reachable; a DNS or connect error points at the region or the network."),
				}
			}},

		// Claude Code's Vertex sign-in.
		{id: "vertex-setup-token", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "vertex",
			any:     []string{"Got a token, but Vertex AI rejected it"},
			summary: "Google issued a token, but Vertex AI refused it — usually a credential without the cloud-platform scope."},
		{id: "vertex-setup-denied", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "vertex",
			any:     []string{"Permission denied calling Vertex AI in project"},
			summary: "The Google identity may not call Vertex AI in that project: it needs aiplatform.endpoints.predict (Vertex AI User), and the Vertex AI API must be enabled."},
		{id: "vertex-setup-model", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "vertex",
			all:     []string{"returned not-found in", "Pin a model you have access to"},
			summary: "The credentials work, but Vertex AI has no such Claude model in that region for the project (not enabled in Model Garden, or not offered there)."},
		{id: "vertex-region-unreachable", cat: Network, tier: tierConnection, strong: true, provider: "vertex",
			any:     []string{"Couldn't reach Vertex AI in region"},
			summary: "Claude Code could not reach Vertex AI in the region it was given — a misspelled region has no endpoint, or the network is in the way.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Check the region name", "echo $CLOUD_ML_REGION", "It must be a region where Claude runs on Vertex AI (global, us-east5, europe-west1, …)."),
					act("Then check the network path", "curl -sI https://aiplatform.googleapis.com", "Any HTTP answer means Google's endpoint is reachable."),
				}
			}},

		// A Databricks workspace's Anthropic-compatible endpoint
		// (/serving-endpoints/anthropic, /ai-gateway/anthropic), which
		// Claude Code names "a Databricks gateway" by these host suffixes. Its
		// error object opens with "error_code" (api/account/errors); its codes
		// are Google RPC names, so it ranks before Google's envelope.
		{id: "databricks-envelope", provider: "gateway", envRank: 12,
			envelope: []string{`{"error_code":"`, ".cloud.databricks.com", ".azuredatabricks.net", ".gcp.databricks.com", "x-databricks-"},
			names:    []string{"databricks"},
			endpoint: []string{"databricks"}},
	}
}
