package apierror

import "testing"

// TestNamesService: a service's name shows where requests went, except as
// the maker in an org/model id or as the service that works.
func TestNamesService(t *testing.T) {
	for _, c := range []struct {
		line, word string
		want       bool
	}{
		{"provider: openrouter", "openrouter", true},
		{"export anthropic_base_url=https://openrouter.ai/api", "openrouter", true},
		{"we route through litellm at http://litellm:4000/v1", "litellm", true},
		{"model: kimi-k2-0905-preview on moonshot's api", "kimi", true},
		{"ccr code with deepseek,deepseek-chat", "deepseek", true},
		{"sdk: @anthropic-ai/sdk v0.68.0", "@anthropic-ai/sdk", true},
		{"it fails with litellm but everything works fine with openrouter.", "litellm", true},
		// Makers in org/model ids, as hosts and routers name models.
		{"model: llama-3.3-70b-versatile , qwen/qwen3-32b , moonshotai/kimi-k2-instruct-0905", "qwen", false},
		{"model: llama-3.3-70b-versatile , qwen/qwen3-32b , moonshotai/kimi-k2-instruct-0905", "kimi", false},
		{"\"model\": \"deepseek/deepseek-r1-0528:free\"", "deepseek", false},
		// The service that works.
		{"even in an empty folder it fails. but everything works fine with openrouter.", "openrouter", false},
		{"no issues with litellm, only the direct key fails", "litellm", false},
		{"same prompt: no problems with openrouter, only groq fails", "openrouter", false},
		// Not the service that works now.
		{"it was working fine with litellm until today's update", "litellm", true},
		{"claude code doesn't work well with openrouter's free models", "openrouter", true},
		{"the proxy works with litellm in front of bedrock", "litellm", true},
		{"it fails with litellm but everything works fine with openrouter.", "openrouter", false},
	} {
		if got := namesService(c.line, c.word); got != c.want {
			t.Errorf("namesService(%q, %q) = %v, want %v", c.line, c.word, got, c.want)
		}
	}
}

// TestServiceMentionsAndWhoAnswered: Claude Code's (or a fork's) notice for
// any 413 carries nothing from the server: only a relay the paste names as
// where requests went (the hop they met first) answered, not a model
// service, a maker named in a model id or a service named as the one that
// works.
func TestServiceMentionsAndWhoAnswered(t *testing.T) {
	const notice = "Request too large (max 32MB). Accumulated images and attachments in the conversation pushed the request over the limit. Remove older images or compact the conversation.\n"
	for _, c := range []struct {
		name, text, provider string
	}{
		{"nothing named", notice, ""},
		{"a hosted model's maker", notice + "Model: qwen/qwen3-coder-480b-a35b-instruct via my own proxy", ""},
		{"the service that works", notice + "Same prompt, other provider: everything works fine with OpenRouter.", ""},
		// A model service named as where requests go: the notice still
		// carries nothing from it (testdata/blind-2026-12f/README.md: the
		// clients' own notices that carry nothing from a server, "Request
		// too large (max 20MB)" among them, are provider none).
		{"a service named as the provider", notice + "Provider: DeepSeek (deepseek-chat)", ""},
		// Control: a relay named is the hop the request met first.
		{"a relay named, another working", notice + "It fails through LiteLLM; no issues with openrouter.", "gateway"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != RequestTooLarge {
				t.Fatalf("category %s, want request_too_large", d.Category)
			}
			got := ""
			if d.Provider != nil {
				got = *d.Provider
			}
			if got != c.provider {
				t.Errorf("provider %q, want %q", got, c.provider)
			}
		})
	}
}
