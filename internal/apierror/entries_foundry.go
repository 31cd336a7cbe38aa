package apierror

// Claude on Microsoft Foundry (Azure AI Foundry, CLAUDE_CODE_USE_FOUNDRY=1):
// what Azure's front door for Foundry and Azure OpenAI resources answers
// (keys, Entra ID tokens and roles, deployments, rate limits), the Azure
// Identity library's sign-in failures and the Anthropic Foundry SDK's own.
// Sources: learn.microsoft.com/azure/ai-foundry (reference, quotas), the
// @azure/identity and @anthropic-ai/foundry-sdk code bundled in Claude Code
// 2.1.328, Entra ID's AADSTS codes; testdata/vocab/foundry.txt lists them.
func foundryEntries() []*entry {
	return []*entry{
		// Foundry answers in Azure's envelopes or passes Anthropic's
		// through; its hosts, SDK classes and Azure sign-in name it. It ranks
		// before OpenAI's envelope: Azure OpenAI wording is Azure's.
		{id: "foundry-envelope", provider: "foundry", envRank: 18,
			envelope: []string{"Azure OpenAI", "services.ai.azure.com", "openai.azure.com", "cognitiveservices.azure.com", "AzureException",
				"aka.ms/oai/", "DeploymentNotFound", "ChainedTokenCredential", "DefaultAzureCredential", "CredentialUnavailableError", "AADSTS",
				"ANTHROPIC_FOUNDRY_", "Microsoft Foundry", "Azure AI Foundry"},
			names: []string{"foundry"}},
		{id: "foundry-key", cat: Authentication, tier: tierCredentials, strong: true, provider: "foundry",
			any: []string{"Access denied due to invalid subscription key or wrong API endpoint", "audience is incorrect (https://cognitiveservices.azure.com)",
				"Missing credentials. Please pass one of `apiKey` and `azureTokenProvider`"}},
		// Entra ID sign-in through DefaultAzureCredential: no Azure login,
		// or one Entra ID will no longer refresh.
		{id: "azure-identity", cat: Authentication, tier: tierCredentials, strong: true, provider: "foundry",
			any: []string{"ChainedTokenCredential authentication failed", "to authenticate before using this credential", "Azure CLI could not be found",
				// Every credential class's failure (EnvironmentCredential,
				// ClientSecretCredential, …) points at its troubleshooting page.
				"authentication failed. To troubleshoot, visit https://aka.ms/azsdk/js/identity",
				// A credential class's missing or conflicting parameter, and
				// ManagedIdentityCredential off Azure (no identity endpoint).
				"is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity",
				"certificate is forbidden. To troubleshoot, visit https://aka.ms/azsdk/js/identity",
				"the path to that certificate in the filesystem. To troubleshoot, visit https://aka.ms/azsdk/js/identity",
				"ManagedIdentityCredential: Authentication failed", "ManagedIdentityCredential: Network unreachable",
				"AADSTS700082", "AADSTS50173", "Failed to get token from azureADTokenProvider",
				// MSAL, under the Entra ID credentials.
				"Identity provider returned bad_token due to an expired or invalid refresh token", "No refresh token found in the cache. Please sign-in"},
			summary: "The Azure sign-in (Entra ID, through DefaultAzureCredential) has no usable login, or one Entra ID will no longer refresh — the request never reached Foundry."},
		// The token is fine; the identity lacks a data-plane role on the
		// resource (Cognitive Services User, Foundry User), though Azure
		// answers 401.
		{id: "foundry-principal-denied", cat: Permission, tier: tierAccess, strong: true, provider: "foundry",
			any: []string{"Principal does not have access to API/Operation"}},
		// Foundry's own layer could not sign in to the model endpoint it
		// forwards to (error code invalid_model_endpoint_authentication,
		// "Failed to authenticate to backend endpoint. RequestId = …"): the
		// caller's key was accepted, the hop behind Foundry failed, and it
		// passes (testdata/vocab/foundrybackend.txt). A service in between failing
		// towards its upstream is a gateway error, retryable.
		{id: "foundry-backend-auth", cat: GatewayError, tier: tierRelay, strong: true, retry: 1, provider: "gateway",
			codes: []string{"invalid_model_endpoint_authentication"},
			any:   []string{"Failed to authenticate to backend endpoint"}},
		{id: "foundry-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "foundry", impliedStatus: 429,
			any: []string{"have exceeded call rate limit of your current", "have exceeded token rate limit of your current"}},
	}
}

func foundryAuthActions(a *advice) []Action {
	return []Action{
		act("Sign in to Azure again", "az login", "Without ANTHROPIC_FOUNDRY_API_KEY, Claude Code signs in with DefaultAzureCredential (Azure CLI, environment, managed identity); the login is missing or expired."),
		act("Or check the Foundry key and resource", "echo $ANTHROPIC_FOUNDRY_RESOURCE $ANTHROPIC_FOUNDRY_BASE_URL", "A key works only for its own resource's endpoint (https://RESOURCE.services.ai.azure.com/anthropic)."),
	}
}

func foundryPermissionActions(a *advice) []Action {
	return []Action{
		act("Ask for a data-plane role on the Foundry resource", "", "Owner or Contributor is not enough: the identity needs Cognitive Services User (or Foundry User); grants take a few minutes to apply."),
		act("Check which Azure identity Claude Code uses", "az account show", "DefaultAzureCredential picks the first identity that works (environment, managed identity, Azure CLI)."),
	}
}

func foundryRateActions(a *advice) []Action {
	return []Action{
		act("Wait, then resend", "", "Foundry rate limits are per deployment and per minute; the error says how long to wait."),
		act("Raise the deployment's rate limit", "", "Foundry portal → the Claude deployment → tokens per minute, or ask for more quota (aka.ms/oai/quotaincrease)."),
		act("Run fewer sessions or subagents at once", "", "They share the deployment's limit."),
	}
}
