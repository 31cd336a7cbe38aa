package apierror

// Local and self-hosted model servers behind Claude Code, reached directly
// (Ollama's Anthropic-compatible endpoint) or through a router or proxy:
// Ollama, llama.cpp's llama-server, vLLM, LM Studio, Text Generation
// Inference. Their failures are the server's own (provider "gateway"): a
// model not pulled, loaded or served, a request larger than the context the
// server was started with, the server busy, loading or out of memory.
// Sources: ollama server/routes.go, sched.go, llm/llama_server.go;
// llama.cpp tools/server; vLLM's OpenAI-compatible server (its context
// wording is OpenAI's, in entries_openai.go); TGI's router; LM Studio's
// server as its users quote it. testdata/vocab/localservers.txt lists them.
func localServerEntries() []*entry {
	return []*entry{
		// vLLM's error body ({"object":"error",…}, which SGLang and other
		// OpenAI-compatible servers copy) and llama-server's error types:
		// a model server in place of the API.
		{id: "local-server-envelope", provider: "gateway", envRank: 26,
			envelope: []string{`"object":"error"`, "exceed_context_size_error", "unavailable_error"},
			names:    []string{"ollama", "localhost:11434", "127.0.0.1:11434", "llama-server", "llama.cpp", "vllm", "LM Studio", "text-generation-inference"}},
		{id: "local-model-missing", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any:     []string{"not found, try pulling it first", "No models loaded. Please load a model"},
			summary: "The local model server (Ollama, LM Studio) Claude Code is pointed at has no such model pulled or loaded — not an Anthropic model error.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Pull or load the model on the server", "ollama pull <model>", "Ollama serves only pulled models; in LM Studio, load one in the developer page or with `lms load <model>`."),
					act("Check the model name Claude Code sends", "/model", "ANTHROPIC_MODEL and ANTHROPIC_SMALL_FAST_MODEL must name a model the server has."),
				}
			}},
		// vLLM names its errors by class: "NotFoundError" for a model it
		// does not serve ("The model `x` does not exist.").
		{id: "localserver-model-not-served", cat: NotFound, types: []string{"NotFoundError"}, retry: -1,
			summary: "The model server does not serve a model by that name: ask for one of its served model names (its /v1/models), or start it with that name (vLLM: --served-model-name)."},
		// The server's context window is the one it was started with
		// (llama-server --ctx-size, Ollama's num_ctx, LM Studio's context
		// length), often far below the model's own.
		{id: "local-context-size", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1, provider: "gateway",
			any: []string{"exceeds the available context size", "exceed_context_size_error", "tokens to keep from the initial prompt is greater than the context length",
				"the input length exceeds the context length", "`inputs` tokens + `max_new_tokens` must be <=", "`inputs` must have less than"},
			summary: "The model server's context window, set when it was started, is smaller than this request (Claude Code's system prompt and tools alone take tens of thousands of tokens).",
			actions: func(a *advice) []Action {
				return append([]Action{act("Start the server with a larger context", "", "llama-server --ctx-size N; Ollama OLLAMA_CONTEXT_LENGTH or num_ctx; LM Studio's context length for the model; vLLM --max-model-len; TGI --max-input-tokens and --max-total-tokens.")},
					contextActions(a)...)
			}},
		{id: "localserver-busy", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			types:   []string{"unavailable_error"},
			any:     []string{"maximum pending requests exceeded", `"error_type":"overloaded"`},
			summary: "The model server is busy (its request queue is full) or not ready yet (still loading its model): wait and resend, or let it take fewer requests at once."},
		{id: "localserver-crash", cat: ServerError, tier: tierCapacity, strong: true, provider: "gateway",
			any:     []string{"model runner has unexpectedly stopped", "Request failed during generation:"},
			summary: "The model server's runner failed while answering, often out of (GPU) memory: its logs say why; a smaller model, quantisation or context may fit."},
		{id: "localserver-capability", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any:     []string{"does not support tools", `" does not support thinking`, `\" does not support thinking`, "requires --enable-auto-tool-choice"},
			summary: "The model server cannot do what Claude Code asks of every request (tool use, or thinking): pick a model that supports tools (and thinking), start the server with tool calling on (vLLM: --enable-auto-tool-choice --tool-call-parser …), or turn thinking off."},
		{id: "localserver-down", cat: Network, tier: tierConnection, strong: true, provider: "gateway",
			any:     []string{"could not connect to ollama server"},
			summary: "The Ollama server is not running (or not where the client looks): start it (`ollama serve`, or the app) and check OLLAMA_HOST / ANTHROPIC_BASE_URL."},
	}
}
