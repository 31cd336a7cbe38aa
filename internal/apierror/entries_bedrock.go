package apierror

// Amazon Bedrock: its exception names and messages (and the wording Roo Code
// shows in their place, testdata/vocab/roocode.txt), as the Bedrock Runtime
// API reference lists them for InvokeModel / InvokeModelWithResponseStream
// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html),
// and the AWS SDK's credential errors; testdata/vocab/bedrock.txt lists them.
func bedrockEntries() []*entry {
	return []*entry{
		{id: "bedrock-envelope", provider: "bedrock", envRank: 10,
			envelope: []string{"The model returned the following errors", "ThrottlingException", "ValidationException", "ServiceUnavailableException", "ModelNotReadyException", "AccessDeniedException", "inference profile", "Model is not ready or still loading",
				"BedrockException"}, // LiteLLM's prefix for an error Bedrock returned: exception_mapping_utils.py raises f"BedrockException - {message}" (its tests match "BedrockException - Bedrock Embedding API input must be …")
			names: []string{"bedrock", "$metadata", "amazonaws.com",
				// botocore's ClientError names the Bedrock Runtime operation
				// ("… when calling the InvokeModel operation"; Converse,
				// ConverseStream, InvokeModelWithResponseStream).
				"when calling the InvokeModel", "when calling the Converse"},
			// The setting that points Claude Code at Bedrock, and /status
			// naming it.
			endpoint: []string{"CLAUDE_CODE_USE_BEDROCK", "API provider: Amazon Bedrock"}, serves: true},
		// Bedrock's ValidationException for a model id it does not serve in
		// this region or at all ("The provided model identifier is
		// invalid."): its own sentence, so it names Bedrock wherever it
		// is printed, whatever vendor's model the paste names.
		{id: "bedrock-model-id", cat: NotFound, tier: tierModel, strong: true, ui: true, retry: -1, provider: "bedrock",
			any: []string{"model identifier is invalid"}},
		// Bedrock's 400 ValidationException for an anthropic_beta value it
		// does not accept ("invalid beta flag"; Claude models on Bedrock take
		// only the betas its Anthropic Claude Messages API page lists): its
		// own sentence, however a relay or SDK prints it (BedrockException -
		// {"message":"The model returned the following errors: invalid beta
		// flag"}, Claude Code's API Error: 400 in the API's envelope, a
		// relay's ValidationException: invalid beta flag). The Claude API
		// words an unknown beta otherwise ("Unexpected value(s) … for the
		// anthropic-beta header"). Not strong: changelogs and PRs quote the
		// three words; a status or an error frame shows the failure.
		{id: "bedrock-invalid-beta", cat: InvalidRequest, tier: tierValidation, retry: -1, provider: "bedrock", impliedStatus: 400,
			any: []string{"invalid beta flag"}},
		{id: "bedrock-throttle", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "bedrock", impliedStatus: 429,
			any: []string{"ThrottlingException", "Too many tokens, please wait", "Too many tokens per day", "Too many requests, please wait", "Too many tokens", "Request was throttled or rate limited"}},
		{id: "bedrock-on-demand", cat: InvalidRequest, tier: tierModelAccess, strong: true, provider: "bedrock",
			any:    []string{"on-demand throughput isn't supported", "on-demand throughput is not supported", "ID or ARN of an inference profile"},
			behind: profiledModel,
			actions: func(a *advice) []Action {
				return []Action{
					act("Use an inference profile id for the model", "export ANTHROPIC_MODEL=<inference-profile-id-or-arn>", "This model cannot be invoked on demand on Bedrock; use the profile id (e.g. one starting with us. or global.) from the Bedrock console."),
					act("Check which model Claude Code sends", "/status", "Background tasks may use ANTHROPIC_SMALL_FAST_MODEL, which needs a profile id too."),
				}
			}},
		// "Authorization header is missing" is Bedrock's 403 for a request
		// with no credential at all (Claude Code's changelog: Bedrock requests
		// with AWS_BEARER_TOKEN_BEDROCK sent none), AWS's
		// MissingAuthenticationToken case: a credential, not a permission.
		{id: "aws-credentials", cat: Authentication, tier: tierCredentials, strong: true, provider: "bedrock",
			any: []string{"Authorization header is missing", "IncompleteSignature", "MissingAuthenticationToken", "InvalidClientTokenId", "AWS credentials expired", "refresh your AWS credentials", "security token included in the request is invalid", "security token included in the request is expired", "ExpiredTokenException", "UnrecognizedClientException", "request signature we calculated does not match", "Could not load credentials from any providers", "The SSO session associated with this profile has expired",
				// The other AWS SDKs' credential chains coming up empty: Go v2
				// (smithy-go's "get identity: " around aws's "get credentials: "),
				// Java v2 (AwsCredentialsProviderChain), .NET (instance metadata).
				"get identity: get credentials:", "Unable to load credentials from any of the providers in the chain", "Unable to get IAM security credentials from EC2 Instance Metadata Service",
				// AWS's front end refusing an Authorization header that is
				// not a SigV4 signature (IncompleteSignature's messages,
				// often printed without the name; S3's
				// AuthorizationHeaderMalformed): the request was not signed
				// with the credentials, whatever status carries it.
				"Authorization header requires 'Credential' parameter", "Authorization header requires 'Signature' parameter",
				"Authorization header requires 'SignedHeaders' parameter", "not a valid key=value pair (missing equal-sign) in Authorization header",
				"AuthorizationHeaderMalformed"}},
		// InvokeModel's request body is limited in length (API reference,
		// InvokeModel and InvokeModelWithResponseStream: body, "Length
		// Constraints: Minimum length of 0. Maximum length of 25000000"),
		// which AWS's validation reports for the field ("Value at 'body'
		// failed to satisfy constraint: Member must have length less than
		// or equal to 25000000"): the request is too large for the API,
		// whatever the model's context window.
		{id: "bedrock-body-length", cat: RequestTooLarge, tier: tierSize, strong: true, retry: -1, provider: "bedrock",
			all: []string{"at 'body' failed to satisfy constraint", "Member must have length less than or equal to"}},
		{id: "bedrock-access", cat: Permission, tier: tierAccess, strong: true, provider: "bedrock", impliedStatus: 403,
			// Claude Code prints the exception's message without its name.
			// Since models are enabled through AWS Marketplace subscriptions,
			// a role without the aws-marketplace:* actions is denied
			// (https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html).
			// IAM's own denial names the Bedrock action and why, in the forms
			// the IAM User Guide lists ("Troubleshoot access denied error
			// messages": explicit deny or no allowing policy, per policy type).
			any: []string{"AccessDeniedException", "You don't have access to the model with the specified model ID", "Model access is denied due to", "required AWS Marketplace actions",
				"is not authorized to perform: bedrock:", "You don't have access to the model specified"}},
		// The exceptions' messages are printed without their names too
		// (Claude Code on Bedrock: "API Error: The system encountered an
		// unexpected error during processing."), so each message is listed
		// with its exception.
		{id: "bedrock-unavailable", cat: Overloaded, tier: tierCapacity, strong: true, ui: true,
			any: []string{"ServiceUnavailableException", "ModelNotReadyException", "Model is not ready or still loading", "Bedrock is unable to process your request"}},
		// ServiceUnavailableException's other message: AWS calls it a
		// capacity or availability signal, "not about your quota" (AWS
		// Machine Learning Blog, "Mastering Amazon Bedrock throttling and
		// service availability", 2026-02-11: 503 "Too many connections,
		// please wait before trying again.").
		{id: "bedrock-too-many-connections", cat: Overloaded, tier: tierCapacity, strong: true, ui: true, provider: "bedrock", impliedStatus: 503,
			any: []string{"Too many connections, please wait before trying again"}},
		// Bedrock answers 503 ServiceUnavailableException when the model is
		// out of capacity: an overload, not a server fault.
		{id: "bedrock-503", cat: Overloaded, statuses: []int{503}, statusesAt: "bedrock"},
		// Converse checks the shape of the conversation before any model
		// sees it and answers a ValidationException in its own words
		// (testdata/vocab/bedrockhistory.txt): roles that do not alternate,
		// a history that opens with the assistant, toolResult blocks that do
		// not answer the previous turn's toolUse blocks, an error-status
		// toolResult with no content. The history itself is refused, so every
		// later request of that conversation fails the same way: the
		// Messages API's "roles must alternate" and tool pairing refusals.
		// Weak: clients' own checks and their changes quote these sentences
		// too; the exception or a status beside them shows the refusal.
		{id: "bedrock-history", cat: ConversationState, tier: tierConversation, retry: -1, provider: "bedrock", impliedStatus: 400,
			any: []string{"conversation must alternate between user and assistant roles", "conversation must start with a user message. Try again",
				"Expected toolResult blocks at messages", "exceeds the number of toolUse blocks of previous turn",
				"toolResult cannot be empty when status value is error"}},
		// Converse and InvokeModel refuse a max_tokens above the model's
		// output cap with this ValidationException: the output-cap setting,
		// as the API's "max_tokens: N > M" is.
		{id: "bedrock-max-tokens", cat: MaxOutputTokens, tier: tierOutputCap, strong: true, provider: "bedrock", impliedStatus: 400,
			any:     []string{"maximum tokens you requested exceed"},
			summary: "Bedrock refused the request: it asked for more output tokens than the model allows — a setting, not an outage."},
		// InvokeModel checks the body against the model's JSON schema and
		// answers a ValidationException whose message clients often print
		// without its name: "Malformed input request: #/path: <violation>,
		// please reformat your input and try again." (a required key not
		// found, an extraneous key, a wrong type).
		{id: "bedrock-validation", cat: InvalidRequest, tier: tierValidation, strong: true, provider: "bedrock", impliedStatus: 400,
			any: []string{"ValidationException", "Invalid ARN format. ARN should follow the pattern", "don't match Amazon Bedrock's expected format",
				"Malformed input request:", "reformat your input and try again"}},
		// The rest of the Bedrock Runtime exception list and the common AWS errors.
		{id: "bedrock-not-found", cat: NotFound, tier: tierModel, strong: true, provider: "bedrock", impliedStatus: 404,
			any: []string{"ResourceNotFoundException", "The specified ARN does not exist or is invalid"}},
		{id: "bedrock-server", cat: ServerError, tier: tierCapacity, strong: true, provider: "bedrock", impliedStatus: 500,
			any: []string{"InternalServerException", "Amazon Bedrock internal server error",
				"The system encountered an unexpected error during processing"},
			// The Anthropic Java and PHP SDKs name their 5xx class the same
			// (com.anthropic.errors.InternalServerException,
			// Anthropic\Core\Exceptions\InternalServerException): the API's.
			unless: []string{"com.anthropic.errors.InternalServerException", `Exceptions\InternalServerException`}},
		{id: "aws-internal-failure", cat: ServerError, tier: tierCapacity, cased: true, strong: true, provider: "bedrock", impliedStatus: 500,
			any: []string{"InternalFailure"}},
		{id: "aws-unavailable", cat: Overloaded, tier: tierCapacity, cased: true, strong: true, provider: "bedrock", impliedStatus: 503,
			any: []string{"ServiceUnavailable:"},
			// Google's python-api-core has a class of the same name.
			unless: []string{"api_core.exceptions.ServiceUnavailable"}},
		{id: "bedrock-model-timeout", cat: Timeout, tier: tierCapacity, strong: true, provider: "bedrock", impliedStatus: 408,
			any: []string{"ModelTimeoutException", "Model has timed out in processing the request"}},
		{id: "bedrock-quota", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "bedrock",
			any: []string{"ServiceQuotaExceededException", "Service quota exceeded. This error indicates you've reached AWS service limits"}},
		{id: "bedrock-conflict", cat: InvalidRequest, tier: tierValidation, strong: true, provider: "bedrock", impliedStatus: 400,
			any: []string{"ConflictException"}},
		{id: "aws-not-authorized", cat: Permission, tier: tierAccess, cased: true, strong: true, provider: "bedrock", impliedStatus: 403,
			any: []string{"NotAuthorized"}},
	}
}

func bedrockRateActions(a *advice) []Action {
	return []Action{
		act("Wait, then resend", "", "Bedrock throttles tokens and requests per minute (and per day); the quota refills."),
		act("Ask AWS for a higher quota", "", "Service Quotas → Amazon Bedrock → the on-demand tokens/requests per minute for this model; or use a cross-region inference profile."),
		act("Run fewer sessions or subagents at once", "", "Parallel agents share the same quota."),
	}
}

func bedrockAuthActions(a *advice) []Action {
	return []Action{
		act("Refresh your AWS credentials", "aws sso login", "Expired or invalid AWS credentials (or the wrong AWS_PROFILE) are rejected by Bedrock; use your usual login if not SSO."),
		act("Check which identity Claude Code uses", "aws sts get-caller-identity", "AWS_PROFILE, AWS_REGION and CLAUDE_CODE_USE_BEDROCK decide the account; an ANTHROPIC_API_KEY is not used for Bedrock."),
	}
}

func bedrockPermissionActions(a *advice) []Action {
	return []Action{
		act("Enable access to the model in the Bedrock console", "", "Model access is per model and region; the IAM role also needs bedrock:InvokeModel."),
		act("Check the AWS identity Claude Code uses", "aws sts get-caller-identity", "AWS_PROFILE and AWS_REGION decide the account and region."),
	}
}
