package apierror

// Cloud credentials that fail before Bedrock or Vertex sees a request: the
// AWS SDKs' and Google auth libraries' own errors (no credentials, an expired
// SSO session or refresh token, a broken profile or key file), gcloud's, and
// Claude Code's Bedrock and Vertex sign-in messages over them. Sources: the
// SDKs bundled in Claude Code 2.1.328 (@aws-sdk/credential-providers,
// @aws-sdk/token-providers, google-auth-library), botocore's exceptions.py,
// google-auth's _default.py and reauth.py; testdata/vocab/awscreds.txt and
// gcpauth.txt list them.
func cloudAuthEntries() []*entry {
	return []*entry{
		// AWS SDK for JavaScript v3 (CredentialsProviderError,
		// TokenProviderError) and botocore (NoCredentialsError,
		// TokenRetrievalError, SSOTokenLoadError, …).
		{id: "aws-sdk-credentials", cat: Authentication, tier: tierCredentials, strong: true, provider: "bedrock",
			any: []string{"To refresh this SSO session run", "Could not load token from any providers",
				"could not be found in shared credentials file", "is missing required property 'sso_session'",
				"credential_process returned", "but no MFA code callback was provided", "Unable to find environment variable credentials",
				"SSO session expired. Run:", "If this is an SSO profile, run:",
				"Unable to locate credentials", "Partial credentials found in", "Error when retrieving token from sso",
				"Error loading SSO Token", "Error when retrieving credentials from",
				// @aws-sdk/credential-provider-login (an `aws login` session).
				"re-authenticate using aws login", "AWS default-chain credential resolve timed out"},
			summary: "The AWS SDK has no usable credentials (none found, an expired SSO session, a broken profile or credential_process) — the request never reached Bedrock."},
		{id: "aws-profile-not-found", cat: Authentication, tier: tierCredentials, strong: true, provider: "bedrock",
			all:     []string{"The config profile (", ") could not be found"},
			summary: "The AWS profile Claude Code was told to use (AWS_PROFILE) does not exist in ~/.aws/config or ~/.aws/credentials — the request never reached Bedrock."},
		// A Bedrock API key (a bearer token) past its expiry; Claude Code
		// counts this wording among AWS's credential errors.
		{id: "bedrock-api-key-expired", cat: Authentication, tier: tierCredentials, cased: true, strong: true, provider: "bedrock",
			any: []string{"Bearer Token has expired"}},
		{id: "aws-sso-role-denied", cat: Permission, tier: tierAccess, strong: true, provider: "bedrock",
			any: []string{"SSO portal denied access to the role", "Your IAM role needs bedrock:"}},
		{id: "aws-request-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1, provider: "bedrock",
			any: []string{"waiting for AWS. Check your network", "A request to AWS timed out",
				// @smithy/node-http-handler's socket and node-http2-handler's
				// stream inactivity limits (the AWS SDK's HTTP clients).
				"the request socket timed out after", "Stream timed out because of no activity"}},

		// google-auth-library (Node), google-auth (Python), gcloud.
		{id: "gcp-adc", cat: Authentication, tier: tierCredentials, strong: true, provider: "vertex",
			any: []string{"Unable to detect a Project Id in the current environment", "Unable to find credentials in current environment",
				"The incoming JSON object does not contain", "Must pass in a JSON object containing", "does not exist, or it is not a file",
				"No refresh token is set", "Your default credentials were not found",
				"No GCP credentials found in the environment", "GCP credentials in the environment have expired",
				"Timed out resolving GCP credentials", "There was a problem refreshing your current auth tokens",
				"Failed to obtain a Google access token from Application Default Credentials",
				// OAuth2Client with nothing to sign with; an external-account
				// (workload identity) file with no usable credential_source.
				"No access, refresh token, API key or refresh handler callback is set", "No valid Identity Pool",
				// Claude Code's Vertex sign-in over them.
				"Service account key file not found:", "Key file named by GOOGLE_APPLICATION_CREDENTIALS", "No Application Default Credentials found",
				"Service account credentials have been revoked or expired", "GCP credentials expired. Run:",
				"Couldn't find a GCP project in the credentials"},
			summary: "Google Cloud credentials are missing, unreadable or need a new sign-in (Application Default Credentials, a key file, gcloud) — the request never reached Vertex AI."},
	}
}
