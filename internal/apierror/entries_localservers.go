package apierror

// Local and self-hosted model servers Claude Code reaches directly
// (Ollama's Anthropic-compatible endpoint) or through a router or proxy:
// Ollama, vLLM, llama.cpp's llama-server, Text Generation Inference. Their
// failures are the server's own (provider "gateway"): a model not pulled or
// not served, a context window smaller than Claude Code's requests, the
// server busy, loading or out of memory. testdata/vocab/localservers.txt
// lists them.
func localServerEntries() []*entry {
	return []*entry{
		// Named anywhere in the paste, the server is where the requests went.
		{id: "localserver-endpoint", provider: "gateway", serves: true,
			endpoint: []string{"ollama", "localhost:11434", "127.0.0.1:11434", "llama-server", "llama.cpp", "vllm", "text-generation-inference"}},
		{id: "localserver-model-missing", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any:     []string{"not found, try pulling it first"},
			summary: "The model is not on the Ollama server: pull it (`ollama pull <model>`) or have Claude Code (ANTHROPIC_MODEL, or the router's config) ask for a model the server has (`ollama list`)."},
		// vLLM names its errors by class: "NotFoundError" for a model it
		// does not serve ("The model `x` does not exist.").
		{id: "localserver-model-not-served", cat: NotFound, types: []string{"NotFoundError"}, retry: -1,
			summary: "The model server does not serve a model by that name: ask for one of its served model names (its /v1/models), or start it with that name (vLLM: --served-model-name)."},
		{id: "localserver-context", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1, provider: "gateway",
			types:   []string{"exceed_context_size_error"},
			any:     []string{"the input length exceeds the context length", "the request exceeds the available context size", "`inputs` tokens + `max_new_tokens` must be <=", "`inputs` must have less than"},
			summary: "The model server's context window, set when it was started, is smaller than this request (Claude Code's system prompt and tools alone take tens of thousands of tokens).",
			actions: func(a *advice) []Action {
				return append([]Action{act("Start the server with a larger context", "", "Ollama: OLLAMA_CONTEXT_LENGTH or num_ctx; llama-server: -c; vLLM: --max-model-len; TGI: --max-input-tokens and --max-total-tokens.")}, contextActions(a)...)
			}},
		{id: "localserver-busy", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			types:   []string{"unavailable_error"},
			any:     []string{"maximum pending requests exceeded", `"error_type":"overloaded"`},
			summary: "The model server is busy (its request queue is full) or not ready yet (still loading its model): wait and resend, or let it take fewer requests at once."},
		{id: "localserver-crash", cat: ServerError, tier: tierCapacity, strong: true, provider: "gateway",
			any:     []string{"model runner has unexpectedly stopped", "Request failed during generation:"},
			summary: "The model server's runner failed while answering, often out of (GPU) memory: its logs say why; a smaller model, quantisation or context may fit."},
		{id: "localserver-capability", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any:     []string{"does not support tools", `" does not support thinking`, `\" does not support thinking`},
			summary: "The local model cannot do what Claude Code asks of every request (tool use, or thinking): pick a model that supports tools (and thinking), or turn thinking off."},
		{id: "localserver-down", cat: Network, tier: tierConnection, strong: true, provider: "gateway",
			any:     []string{"could not connect to ollama server"},
			summary: "The Ollama server is not running (or not where the client looks): start it (`ollama serve`, or the app) and check OLLAMA_HOST / ANTHROPIC_BASE_URL."},
	}
}
