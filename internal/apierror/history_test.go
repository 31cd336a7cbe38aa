package apierror

import "testing"

// TestConversationHistoryFamily: a service refusing the conversation's
// history (roles, tool pairing, empty blocks) is conversation_state in any
// service's words; a parameter the client sends every time is a bad request.
// The texts are this test's own wording of the forms the vocabularies list.
func TestConversationHistoryFamily(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{"an agent log of Bedrock's alternation refusal", "2026-12-04 10:12:03 ERROR workflow node 'classify' failed: [bedrock] Error: ValidationException: A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.",
			want{cat: ConversationState, retry: false, api: true, provider: "bedrock"}},
		{"Bedrock's first-message refusal through the Java SDK", "Caused by: software.amazon.awssdk.services.bedrockruntime.model.ValidationException: A conversation must start with a user message. Try again with a conversation that starts with a user message. (Service: BedrockRuntime, Status Code: 400, Request ID: 9a0c1f22-6d3e-4b7a-8e15-3c2b7d9f0a41)",
			want{cat: ConversationState, status: 400, retry: false, api: true, provider: "bedrock"}},
		{"parallel tool results split over two messages", "agent stopped: An error occurred (ValidationException) when calling the Converse operation: Expected toolResult blocks at messages.4.content for the following Ids: tooluse_Qx81mZ0aTQ2b7YHk3cPq1w",
			want{cat: ConversationState, retry: false, api: true, provider: "bedrock"}},
		{"a missing toolConfig is the request, not the history", "An error occurred (ValidationException) when calling the ConverseStream operation: The toolConfig field must be defined when using the toolUse and toolResult content blocks.",
			want{cat: InvalidRequest, retry: false, api: true, provider: "bedrock"}},
		// A printed ClientError, then the writer's sentence naming the same
		// exception: the sentence is talk about it, not a later error.
		{"a sentence naming the exception after its printed ClientError", "Output:\n```\n{\"msg\":\"400: An error occurred (ValidationException) when calling the ConverseStream operation: The text field in the ContentBlock object at messages.3.content.0 is blank. Add text to the text field, and try again.\"}\n```\n\nSeveral other reports mention the same Bedrock ValidationException (a blank text field in a ContentBlock):\n\n- #12 blank content with Bedrock",
			want{cat: ConversationState, status: 400, retry: false, api: true, provider: "bedrock"}},
		{"Gemini refusing unpaired function responses in an agent's log", "[agent] step 14: POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent failed: 400 INVALID_ARGUMENT {\"error\":{\"code\":400,\"message\":\"Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.\",\"status\":\"INVALID_ARGUMENT\"}}",
			want{cat: ConversationState, status: 400, retry: false, api: true, provider: "gemini"}},
		{"a router passing on Mistral's message-order refusal", "[router] upstream mistral-large answered 400: {\"object\":\"error\",\"message\":\"Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant\",\"type\":\"invalid_request_message_order\",\"param\":null,\"code\":\"3230\"}",
			want{cat: ConversationState, status: 400, retry: false, api: true, provider: "gateway"}},
		{"a code comment quoting Gemini's rule is no error", "    // Gemini: \"Please ensure that multiturn requests alternate between user and model.\"\n    // so merge consecutive user turns before sending.\n    merged := mergeTurns(contents)",
			want{cat: None}},
		{"a pull request about the alternation rule is no error", "Merge consecutive user turns before calling Converse\n\nBedrock answers \"A conversation must alternate between user and assistant roles\" when two user messages follow each other; this change merges them.",
			want{cat: None}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Diagnose(tt.text, Options{}), tt.want)
		})
	}
}
