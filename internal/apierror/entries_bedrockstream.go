package apierror

import "strings"

// Bedrock's model exceptions that carry the status the model itself
// answered: ModelStreamErrorException (a stream member, and botocore's
// class) and ModelErrorException (InvokeModel's 424) have the members
// originalStatusCode and originalMessage, "the original status code" and
// "the original message" (Bedrock Runtime API reference; botocore's
// BedrockRuntime.Client.exceptions.ModelStreamErrorException; the AWS SDK
// for Ruby's Types::ModelStreamErrorException). The exception says only
// that the model failed; the original status says how: Claude behind
// Bedrock answering 529 is overloaded, 429 is throttled; so does the
// model's own error body where the message carries it (an API error type)
// (testdata/vocab/bedrockstream.txt).
func bedrockStreamEntries() []*entry {
	return []*entry{
		{id: "bedrock-model-error", cat: ServerError, tier: tierCapacity, strong: true, provider: "bedrock", impliedStatus: 500,
			any:    []string{"ModelErrorException", "ModelStreamErrorException"},
			passes: modelStatuses, typeDecides: true},
		// The exception's JSON payload alone, as a decoder or a log prints
		// it ({"message":…,"originalStatusCode":529,"originalMessage":…}):
		// both members, quoted as only a serialized body quotes them.
		{id: "bedrock-model-error-body", cat: ServerError, tier: tierCapacity, strong: true, provider: "bedrock",
			all:    []string{`"originalStatusCode":`, `"originalMessage":`},
			passes: modelStatuses, typeDecides: true},
	}
}

// modelStatuses are the original statuses that say more than "the model
// failed": Anthropic's 529 (overloaded_error) and 429 (rate_limit_error).
var modelStatuses = []int{429, 529}

// originalStatus reads the model's own status from a Bedrock model
// exception's originalStatusCode, as JSON, JavaScript's inspect, Python
// ('originalStatusCode': 529) or the SDKs' snake case
// (original_status_code=529) print it; 0 when there is none. It is the
// status that decides, not the HTTP 424 of ModelErrorException nor the
// event-stream frame's status_code.
func originalStatus(low string) int {
	for _, key := range [...]string{"originalstatuscode", "original_status_code"} {
		i := strings.Index(low, key)
		if i < 0 {
			continue
		}
		j := i + len(key)
		for j < len(low) && strings.IndexByte(`"': =>`, low[j]) >= 0 {
			j++
		}
		if n, ok := threeDigits(low, j); ok && n >= 400 {
			return n
		}
	}
	return 0
}
