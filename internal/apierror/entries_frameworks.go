package apierror

// Agent and LLM frameworks' own errors around a provider
// (testdata/vocab/langchain.txt, langchainjs.txt, llamaindex.txt, springai.txt,
// semantickernel.txt, haystack.txt). Where a framework wraps the provider's
// error (LangChain's "Error raised by bedrock service: …", Haystack's
// AmazonBedrockInferenceError, Semantic Kernel's ServiceResponseException,
// LlamaIndex's and LangChain's tenacity retry log, Spring AI's
// TransientAiException, a frame in scan.go) the provider's error inside
// decides, so no entry here. These are the frameworks' own failures, before
// any request reached the provider.
func frameworkEntries() []*entry {
	return []*entry{
		// @langchain/anthropic (chat_models.ts): no apiKey option and no
		// ANTHROPIC_API_KEY; thrown in the constructor.
		{id: "langchainjs-anthropic-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any:     []string{"Error: Anthropic API key not found"}, // thrown, as Node prints it: prose quotes the message alone
			summary: "LangChain.js's ChatAnthropic found no API key (neither its apiKey option nor ANTHROPIC_API_KEY): the request was never sent. Set the key where the program runs."},
		// langchain_core.utils.env's get_from_env / get_from_dict_or_env:
		// "Did not find anthropic_api_key, please add an environment variable
		// `ANTHROPIC_API_KEY` which contains it, or pass `anthropic_api_key`
		// as a named parameter." — an integration found no API key (any
		// provider's: the key's name says whose), so nothing was sent.
		{id: "langchain-api-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			all:     []string{"Did not find ", "api_key, please", "which contains it, or pass"},
			summary: "A LangChain integration found no API key (neither the named parameter nor the environment variable the message names): the request was never sent. Set the key where the program runs."},
		// @langchain/core's ContextOverflowError with its default message
		// (errors/index.ts), thrown where no provider message was kept. The
		// class name goes with it: prose says "context window" freely.
		{id: "langchainjs-context-overflow", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1,
			any: []string{"ContextOverflowError: Input exceeded the model's context window"}},
		// Haystack's Amazon Bedrock integration (chat_generator.py,
		// common/amazon_bedrock/utils.py): boto3 could not build the session
		// or client (credentials, profile or region). Thin, so the chained
		// cause in the same paste (ProfileNotFound, NoRegionError) decides.
		{id: "haystack-bedrock-config", cat: Authentication, late: true, tier: tierLateWords, strong: true, thin: true, retry: -1, provider: "bedrock",
			any: []string{"Could not connect to Amazon Bedrock. Make sure the AWS environment is configured correctly",
				"Failed to initialize the session with provided AWS credentials"},
			summary: "Haystack could not set up its AWS session for Bedrock (credentials, profile or region): the request never reached Bedrock. Check the AWS credentials, AWS_PROFILE and AWS_REGION where the program runs."},
		// A Bedrock guardrail blocked the prompt or the answer: LangChain's
		// ChatBedrock reports it as "Error raised by bedrock service:
		// GUARDRAIL_INTERVENED" (_get_bedrock_services_signal), from the
		// body's "amazon-bedrock-guardrailAction": "INTERVENED"; Converse
		// answers stopReason "guardrail_intervened". Not strong: docs name
		// the value too; the wrapper (scan.go) or a status shows the failure.
		{id: "bedrock-guardrail-intervened", cat: InvalidRequest, tier: tierPolicy, retry: -1, provider: "bedrock",
			any:     []string{"GUARDRAIL_INTERVENED", `"amazon-bedrock-guardrailAction":"INTERVENED"`},
			summary: "An Amazon Bedrock guardrail blocked the prompt or the model's answer: change the content, or the guardrail's policy (its id and version are in the request's guardrail settings)."},
		// The AWS SDK's missing region, the cause the frameworks' AWS set-up
		// failures chain most: botocore's NoRegionError (under Haystack's
		// AmazonBedrockConfigurationError, or printed by langchain-aws's
		// create_aws_client as "… Service error: You must specify a
		// region."), the AWS SDK for .NET's ClientConfig.Validate (under
		// Semantic Kernel's "An error occurred while initializing the
		// BedrockChatCompletionService: …"). No request was sent. With the
		// class or a wrapper's colon: the sentence alone is advice in docs.
		{id: "aws-no-region", cat: InvalidRequest, tier: tierAccess, strong: true, retry: -1, provider: "bedrock",
			any:     []string{"NoRegionError: You must specify a region", "Service error: You must specify a region", ": No RegionEndpoint or ServiceURL configured"},
			summary: "The AWS SDK has no region, so no request reached Bedrock: set AWS_REGION (or the client's region setting) to a region where the model is enabled."},
		// @langchain/aws (utils/errors.ts): Bedrock Converse threw something
		// without a message; the AWS error itself is lost.
		{id: "langchainjs-bedrock-unknown", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true, provider: "bedrock",
			any: []string{"An error occurred while calling Bedrock Converse."}},
	}
}
