package apierror

import "testing"

// TestBedrockMalformedInput: Bedrock's schema refusal, printed by an editor
// plugin without the exception's name, is the request's fault; a help page
// that quotes it to explain it names no failure.
func TestBedrockMalformedInput(t *testing.T) {
	const msg = "Malformed input request: #: required key [max_tokens] not found#: extraneous key [maxTokens] is not permitted, please reformat your input and try again."
	checkGenreCases(t, []genreCase{
		{"a plugin's chat pane", "Sonnet on Bedrock never answers in the side panel.\nError: " + msg + "\nThe model list is empty too.", InvalidRequest},
		{"a help page explaining it",
			"Short description\n\nBedrock checks the body against the model's schema.\n\nResolution\n\nIf you see \"" + msg + "\" rename the key to max_tokens and remove the camel-case one.", None},
	})
}

// TestBedrockMessagesAlone: Bedrock's server-fault message without its
// exception name, as a framework shows it after a long generation, is the
// service's fault; a note on handling it is not a failure.
func TestBedrockMessagesAlone(t *testing.T) {
	const msg = "The system encountered an unexpected error during processing. Try your request again."
	checkGenreCases(t, []genreCase{
		{"a framework's error after a long run", "Calling Claude on Bedrock from our agent, runs past two minutes end with:\n\n\"" + msg + "\"\n\nShorter prompts work.", ServerError},
		{"a troubleshooting note", "If you see \"" + msg + "\" in the logs, Bedrock had an internal fault: the client retries it with backoff.", None},
	})
}
