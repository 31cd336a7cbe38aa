package apierror

import "testing"

// TestRemediedErrorIsBehind: Bedrock's on-demand refusal, shown beside a
// request that already goes through an inference profile of the same
// model (its geography-prefixed id, bare or in its ARN), is behind the
// user: the other error shown is the diagnosis, wherever the report put the
// older one. Alone, or with the remedy in use for another model, the
// refusal stays the diagnosis.
func TestRemediedErrorIsBehind(t *testing.T) {
	const onDemand = "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: Invocation of model ID anthropic.claude-3-7-sonnet-20250219-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.\n"
	for _, c := range []struct {
		name, text string
		want       Category
	}{
		{"a throttle through the profile's ARN, the older refusal told after it",
			"Same here, even a one-line prompt fails:\n```\naws bedrock-runtime converse --model-id arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-3-7-sonnet-20250219-v1:0 --messages file://m.json\n" +
				"An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: 4): Too many requests, please wait before trying again.\n```\n" +
				"Before I switched to the profile it said:\n```\n" + onDemand + "```\n",
			RateLimit},
		{"an access denial through a global profile id",
			"export ANTHROPIC_MODEL=global.anthropic.claude-3-7-sonnet-20250219-v1:0\n" +
				"API Error (403 AccessDeniedException: You don't have access to the model with the specified model ID.)\n\n" +
				"(the first run, without the profile, gave: " + onDemand + ")",
			Permission},
		// Controls.
		{"the refusal alone, a profile only advised",
			onDemand + "\nThe docs say to use us.anthropic.claude-3-7-sonnet-20250219-v1:0 instead; where do I set it?",
			InvalidRequest},
		{"the remedy in use for another model",
			"--model-id us.anthropic.claude-sonnet-4-20250514-v1:0\n" +
				"An error occurred (ThrottlingException) when calling the InvokeModel operation: Too many tokens, please wait before trying again.\n" +
				onDemand,
			InvalidRequest},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != c.want {
				t.Errorf("category %s, want %s", d.Category, c.want)
			}
			if d.Provider == nil || *d.Provider != "bedrock" {
				t.Errorf("provider %v, want bedrock", d.Provider)
			}
		})
	}
}
