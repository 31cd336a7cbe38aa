package apierror

import "strings"

// The Vercel AI SDK's error classes (packages/provider/src/errors,
// packages/ai/src/error, packages/provider-utils: testdata/vocab/
// vercel-ai-sdk.txt). Its AI_APICallError and AI_RetryError only wrap the
// provider's answer, so they are an API frame (scan.go) and the message inside
// decides. The classes below fail before or after the request in the SDK's
// own code: their names and fixed messages say what went wrong. Classes of the
// program's own tools, schemas and media models are not the API's and are not
// listed here (the vocabulary says why for each).
func aiSDKEntries() []*entry {
	return []*entry{
		// loadApiKey (provider-utils/src/load-api-key.ts): "<Provider> API key
		// is missing. Pass it using the 'apiKey' parameter or the
		// ANTHROPIC_API_KEY environment variable." The request was never sent.
		// The class name must be there too: guides quote the message alone.
		{id: "aisdk-api-key", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any: []string{"API key is missing. Pass it using the", "API key must be a string. The value of the"}, all: []string{"AI_LoadAPIKeyError"},
			summary: "The AI SDK found no API key for the provider (neither its apiKey option nor its environment variable, e.g. ANTHROPIC_API_KEY): the request was never sent. Set the key where the program runs."},
		// loadSetting: a required setting (region, project, base URL) is not
		// set; the AWS keys are credentials, so their absence is sign-in.
		{id: "aisdk-aws-keys", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any: []string{"access key ID setting is missing", "secret access key setting is missing"}, all: []string{"AI_LoadSettingError"},
			summary: "The AI SDK's Bedrock provider found no AWS access key (its accessKeyId/secretAccessKey options or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY): the request was never sent."},
		{id: "aisdk-setting", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1,
			any: []string{"setting is missing. Pass it using the", "setting must be a string. The value of the"}, all: []string{"AI_LoadSettingError"},
			summary: "The AI SDK is missing a provider setting (such as the AWS region or the Google Cloud project): the request was never sent. Set the option or environment variable the message names."},
		// The program's request is refused by the SDK before it is sent: the
		// same fix as the API's 400.
		{id: "aisdk-invalid-request", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1,
			any: aiSDKError("AI_InvalidPromptError", "Invalid prompt:", "AI_InvalidArgumentError", "Invalid argument for", "AI_InvalidMessageRoleError", "Invalid message role:",
				"AI_InvalidDataContentError", "Invalid data content", "AI_MessageConversionError", "Unsupported role:"),
			summary: "The AI SDK refused the request the program built before sending it (an invalid prompt, argument or message, or a feature the provider does not support): fix the call the message names."},
		// "'<feature>' functionality not supported.": the provider or model
		// cannot do what the call asked.
		{id: "aisdk-unsupported", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1,
			any: aiSDKError("AI_UnsupportedFunctionalityError", ""), all: []string{"functionality not supported"}},
		// A tool call in the history without its result: the API refuses such
		// a history too (tool_use without tool_result).
		{id: "aisdk-missing-tool-result", cat: ConversationState, tier: tierConversation, strong: true, retry: -1,
			any: aiSDKError("AI_MissingToolResultsError", "Tool result")},
		// The provider (or a registry the program built) has no model by this
		// id or of this kind.
		{id: "aisdk-no-such-model", cat: NotFound, tier: tierModel, strong: true, retry: -1,
			any: aiSDKError("AI_NoSuchModelError", "No such ")},
		// The answer was not the API's: an empty body, or data missing what
		// every answer holds (as the Anthropic SDK's
		// APIResponseValidationError, bad-response-schema), or a 2xx answer
		// that is not the API's JSON (createJsonResponseHandler's "Invalid
		// JSON response").
		{id: "aisdk-bad-response", cat: GatewayError, tier: tierRelay, strong: true,
			any: aiSDKError("AI_EmptyResponseBodyError", "Empty response body", "AI_InvalidResponseDataError", "Invalid response data",
				"AI_APICallError", "Invalid JSON response"),
			summary: "The answer did not have the shape of the API's response (an empty body, or data missing its fields) — a gateway or proxy in between changed or replaced it."},
		// streamText's "No output generated. Check the stream for errors.":
		// the stream ended with no output, and the error that ended it went
		// to onError. Late, so that error wins where it is in the paste;
		// thin, so it wins too where onError printed it lines before (its
		// default, console.error, prints it as the stream fails, and the
		// result's await throws this at the end).
		{id: "aisdk-no-output", cat: UnknownAPIError, late: true, thin: true, tier: tierLateWords, strong: true,
			any:     aiSDKError("AI_NoOutputGeneratedError", "No output generated"),
			summary: "The AI SDK's stream ended without any output: the error that ended it was reported separately (the stream's onError or an error part). Paste that error to see what failed."},
	}
}

// aiSDKError gives the phrases of the AI SDK's errors, as name and message
// pairs, the way a thrown error prints them: "AI_X: message" (its stack) and
// "X [AI_X]: message" (Node's inspect). The message's fixed start goes with
// the name, so that documentation listing the names ("`AI_X`: thrown when …")
// is not taken for the error.
func aiSDKError(pairs ...string) []string {
	out := make([]string, 0, len(pairs))
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, pairs[i]+": "+pairs[i+1], pairs[i]+"]: "+pairs[i+1])
	}
	return out
}

// aiSDKStatusText reads the status of an AI_APICallError whose message is
// only an HTTP reason phrase ("AI_APICallError: Bad Gateway"): the SDK
// writes the response's statusText when the body is empty or not the
// provider's error JSON (provider-utils response-handler.ts), as a proxy's
// page is. 0 for any other message.
func aiSDKStatusText(low string) int {
	i := strings.Index(low, "ai_apicallerror")
	if i < 0 {
		return 0
	}
	msg := low[i+len("ai_apicallerror"):]
	msg = strings.TrimPrefix(msg, "]")
	msg, ok := strings.CutPrefix(msg, ": ")
	if !ok {
		return 0
	}
	if j := strings.IndexByte(msg, '\n'); j >= 0 {
		msg = msg[:j]
	}
	msg = strings.TrimRight(strings.TrimSpace(msg), ".")
	for n := 400; n <= 599; n++ {
		for rest := reasonPhrases(n); rest != ""; {
			var r string
			r, rest, _ = strings.Cut(rest, "|")
			if msg == r {
				return n
			}
		}
	}
	return 0
}
