package apierror

import "testing"

// Agent frameworks print the provider's error inside their own: a Python
// traceback ending in the framework's exception, a Spring Boot log, a
// pipeline's report. The texts are written here in the shape each framework
// prints (testdata/vocab/langchain.txt, langchainjs.txt, llamaindex.txt,
// springai.txt, semantickernel.txt, haystack.txt list the wordings); the
// provider's error inside decides, and the provider is the inner one.
func TestFrameworkWrappers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cat        Category
		provider   string // "<nil>": none
		requestID  string // "<nil>": none
	}{
		{"langchain-aws before 0.2.2", `Traceback (most recent call last):
  File "/srv/rag/.venv/lib/python3.11/site-packages/langchain_aws/llms/bedrock.py", line 854, in _prepare_input_and_invoke
    response = self.client.invoke_model(**request_options)
  File "/srv/rag/.venv/lib/python3.11/site-packages/botocore/client.py", line 1023, in _make_api_call
    raise error_class(parsed_response, operation_name)
botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/rag/app.py", line 41, in answer
    return chain.invoke({"question": q})
  File "/srv/rag/.venv/lib/python3.11/site-packages/langchain_aws/llms/bedrock.py", line 861, in _prepare_input_and_invoke
    raise ValueError(f"Error raised by bedrock service: {e}")
ValueError: Error raised by bedrock service: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.
`, RateLimit, "bedrock", "<nil>"},
		{"langchain guardrail callback", `[llm/error] [chain:RunnableSequence > llm:ChatBedrock] [2.41s] LLM run errored with error:
"Exception('Error raised by bedrock service: GUARDRAIL_INTERVENED')"`, InvalidRequest, "bedrock", "<nil>"},
		{"tenacity retry log before the overload", `WARNING:langchain_anthropic.chat_models:Retrying langchain_anthropic.chat_models.ChatAnthropic._create in 4.0 seconds as it raised OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}, 'request_id': 'req_011CZk3mNpQrStUvWxYz1234'}.`, Overloaded, "anthropic", "req_011CZk3mNpQrStUvWxYz1234"},
		{"spring ai retry log", `2026-11-30T09:12:44.118Z  WARN 1 --- [nio-8080-exec-3] o.s.ai.retry.RetryUtils                  : Retry error. Retry count:3

org.springframework.ai.retry.TransientAiException: HTTP 529 - {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CZq8rStUvWxYzAbCd5678"}
	at org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration$2.handleError(SpringAiRetryAutoConfiguration.java:135)
	at org.springframework.web.client.StatusHandler.lambda$fromErrorHandler$1(StatusHandler.java:71)`, Overloaded, "anthropic", "req_011CZq8rStUvWxYzAbCd5678"},
		{"spring ai status without a body", `org.springframework.ai.retry.NonTransientAiException: HTTP 403 - No response body available
	at org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration$2.handleError(SpringAiRetryAutoConfiguration.java:125)`, Permission, "<nil>", "<nil>"},
		{"semantic kernel traceback", `Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/semantic_kernel/connectors/ai/anthropic/services/anthropic_chat_completion.py", line 332, in _send_chat_request
    response = await self.async_client.messages.create(**settings.prepare_settings_dict())
anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'This request would exceed the rate limit for your organization (00000000-0000-4000-8000-000000000000) of 30,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.'}}

The above exception was the direct cause of the following exception:

semantic_kernel.exceptions.service_exceptions.ServiceResponseException: ("<class 'semantic_kernel.connectors.ai.anthropic.services.anthropic_chat_completion.AnthropicChatCompletion'> service failed to complete the request", RateLimitError("Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'This request would exceed the rate limit for your organization (00000000-0000-4000-8000-000000000000) of 30,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.'}}"))`, RateLimit, "anthropic", "<nil>"},
		{"haystack pipeline around bedrock", `haystack.core.errors.PipelineRuntimeError: The following component failed to run:
Component name: 'llm'
Component type: 'AmazonBedrockChatGenerator'
Error: Could not perform inference for Amazon Bedrock model anthropic.claude-3-5-sonnet-20241022-v2:0 due to:
An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.`, Permission, "bedrock", "<nil>"},
		{"haystack without an AWS session", `Traceback (most recent call last):
  File "/work/.venv/lib/python3.11/site-packages/haystack_integrations/components/generators/amazon_bedrock/chat/chat_generator.py", line 330, in __init__
    self.client = session.client("bedrock-runtime", config=config)
botocore.exceptions.NoRegionError: You must specify a region.

The above exception was the direct cause of the following exception:

haystack_integrations.common.amazon_bedrock.errors.AmazonBedrockConfigurationError: Could not connect to Amazon Bedrock. Make sure the AWS environment is configured correctly. See https://boto3.amazonaws.com/v1/documentation/api/latest/guide/quickstart.html#configuration`, InvalidRequest, "bedrock", "<nil>"},
		{"llamaindex workflow step", `llama_index.core.workflow.errors.WorkflowRuntimeError: Error in step 'run_agent_step': Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model: claude-3-sonnet-20240229'}, 'request_id': 'req_011CZw2xYzAbCdEfGhIj9012'}`, NotFound, "anthropic", "req_011CZw2xYzAbCdEfGhIj9012"},
		{"langchain.js with its troubleshooting link", `Error in agent: AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CZz9aBcDeFgHiJkLm3456"}

Troubleshooting URL: https://docs.langchain.com/oss/javascript/langchain/errors/MODEL_AUTHENTICATION/

    at APIError.generate (file:///app/node_modules/@anthropic-ai/sdk/core/error.mjs:42:20)`, Authentication, "anthropic", "req_011CZz9aBcDeFgHiJkLm3456"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Diagnose(tc.text, Options{})
			if d.Category != tc.cat {
				t.Errorf("category %s, want %s", d.Category, tc.cat)
			}
			if got := str(d.Provider); got != tc.provider {
				t.Errorf("provider %s, want %s", got, tc.provider)
			}
			if got := str(d.RequestID); got != tc.requestID {
				t.Errorf("request id %s, want %s", got, tc.requestID)
			}
		})
	}
}
