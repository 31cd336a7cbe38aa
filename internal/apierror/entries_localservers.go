package apierror

// Local model servers behind Claude Code (Ollama, llama.cpp's llama-server,
// vLLM, LM Studio): a model not pulled or not loaded, a request larger than
// the context the server was started with. Sources: ollama server/routes.go,
// llama.cpp tools/server, vLLM's OpenAI-compatible server (its context
// wording is OpenAI's, in entries_openai.go), LM Studio's server as its users
// quote it; testdata/vocab/localservers.txt lists them.
func localServerEntries() []*entry {
	return []*entry{
		{id: "local-model-missing", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any:     []string{"not found, try pulling it first", "No models loaded. Please load a model"},
			summary: "The local model server (Ollama, LM Studio) Claude Code is pointed at has no such model pulled or loaded — not an Anthropic model error.",
			actions: func(a *advice) []Action {
				return []Action{
					act("Pull or load the model on the server", "ollama pull <model>", "Ollama serves only pulled models; in LM Studio, load one in the developer page or with `lms load <model>`."),
					act("Check the model name Claude Code sends", "/model", "ANTHROPIC_MODEL and ANTHROPIC_SMALL_FAST_MODEL must name a model the server has."),
				}
			}},
		// The server's context window is the one it was started with
		// (llama-server --ctx-size, LM Studio's context length), often far
		// below the model's own.
		{id: "local-context-size", cat: ContextTooLong, tier: tierContext, strong: true, retry: -1, provider: "gateway",
			any: []string{"exceeds the available context size", "exceed_context_size_error", "tokens to keep from the initial prompt is greater than the context length"},
			actions: func(a *advice) []Action {
				return append([]Action{act("Start the server with a larger context", "", "llama-server --ctx-size N, or LM Studio's context length for the model: the window is what the server was started with, often far below the model's own.")},
					contextActions(a)...)
			}},
	}
}
