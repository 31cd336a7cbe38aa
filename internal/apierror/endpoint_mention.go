package apierror

import "strings"

// A paste that names a service shows where its requests went (readHints),
// but not every mention of a name is one. A report names a service to say
// it works ("everything works fine with openrouter", "no issues with
// LiteLLM"): the failing requests went elsewhere. And a model id in the
// org/model form that hosts and routers use ("qwen/qwen3-32b",
// "moonshotai/kimi-k2-instruct-0905" on Groq, OpenRouter or NVIDIA NIM)
// names the model's maker, not the service that ran it: a maker's own API
// names its models without that prefix (DashScope's "qwen3-32b", Moonshot's
// "kimi-k2-0905-preview").

// namesService reports a line (lower case) that names the service word w
// as where requests go: one whole-word mention of w that is neither part of
// an org/model id nor framed as the service that works.
func namesService(low, w string) bool {
	for i := wordAt(low, w, 0); i >= 0; i = wordAt(low, w, i+1) {
		j := i + len(w)
		if !strings.Contains(w, "/") && inModelID(low, i, j) { // "@anthropic-ai/sdk" is a name of its own
			continue
		}
		if workingWith(strings.TrimRight(low[:i], " \"'`*_")) {
			continue
		}
		return true
	}
	return false
}

// inModelID reports low[i:j] inside an org/model token: one slash, no
// scheme, no host or port before the slash, a model name after it.
func inModelID(low string, i, j int) bool {
	const stop = " \t\"'`,;()[]<>=|"
	s, e := i, j
	for s > 0 && !strings.ContainsRune(stop, rune(low[s-1])) {
		s--
	}
	for e < len(low) && !strings.ContainsRune(stop, rune(low[e])) {
		e++
	}
	tok := low[s:e]
	org, model, ok := strings.Cut(tok, "/")
	return ok && org != "" && model != "" && !strings.Contains(model, "/") && !strings.ContainsAny(org, ".:") && isAlnum(model[0])
}

// workingWith reports words that end by naming the next service as the one
// that works now ("everything works fine with", "no issues with"); not one
// that worked until the failure ("was working fine with") nor one denied to
// work ("doesn't work well with").
func workingWith(before string) bool {
	for _, f := range workingFrames {
		if rest, ok := strings.CutSuffix(before, f); ok {
			rest = strings.TrimRight(rest, " ")
			return !hasAnySuffix(rest, notNow)
		}
	}
	return false
}

var (
	workingFrames = []string{"works fine with", "work fine with", "works well with", "work well with", "works perfectly with",
		"working fine with", "works fine through", "works fine via", "works fine on", "no issues with", "no issue with",
		"no problems with", "no problem with", "no errors with", "no error with"}
	notNow = []string{"not", "n't", "never", "no longer", "was", "were", "been", "used to", "until"}
)

func hasAnySuffix(s string, l []string) bool {
	for _, x := range l {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
