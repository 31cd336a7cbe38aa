package apierror

import "strings"

// eventStreamFrame reports an AWS event-stream frame printed whole: the
// Bedrock decoders of the Anthropic SDK, LiteLLM and LangChain raise
// "Bad response code, expected 200: {response_dict}" with botocore's
// EventStreamMessage.to_response_dict(), whose headers name the exception
// (":exception-type": internalServerException, throttlingException, … —
// the members of InvokeModelWithResponseStream's ResponseStream and of
// ConverseStreamOutput) or the error (":error-code"). Its "status_code" is
// botocore's 400 for any frame that is not an event, not the HTTP status:
// the stream itself was answered 200, and the exception type says which
// fault it was.
func eventStreamFrame(low string) bool {
	return strings.Contains(low, ":exception-type") || strings.Contains(low, ":error-code")
}
