package apierror

import "testing"

// TestProviderOfNamedSource: a bare HTTP error page, or a status a report
// gives in words, carries nothing that says who answered; the report's
// sentence that introduces it can ("got this from Claude API:"). A
// sentence that names the API without saying it answered, or a paste that
// names a relay on the way, does not name Anthropic.
func TestProviderOfNamedSource(t *testing.T) {
	const gfe = `<!doctype html><meta charset="utf-8"><meta name=viewport content="width=device-width, initial-scale=1"><title>403</title>403 Forbidden`
	const nginx = "<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>"
	for _, c := range []struct {
		name, text string
		cat        Category
		provider   string // "" : must be null
	}{
		{"a page the report says came from the API", "Running it from a serverless function, we always receive this from the Anthropic API:\n" + gfe + "\nany ideas?", Permission, "anthropic"},
		{"the API named, then its answer verb", "Since the move to the new region the Claude API returns this on every call:\n\n" + nginx, Permission, "anthropic"},
		{"the API's host as the source", "Our worker got the following back from api.anthropic.com:\n" + gfe, Permission, "anthropic"},
		{"a status told in words, from the API", "Since this morning I keep getting a 403 error from the Claude API in our CI job, see https://github.com/acme/ci/actions/runs/1", Permission, "anthropic"},
		{"a page with no source named", "Deployed to a serverless region, every call returns:\n" + gfe, Permission, ""},
		{"the API named, not as what answered", "We switched from the Claude API to our own proxy last week, and now every call returns:\n" + gfe, Permission, ""},
		{"a relay named on the way", "Got this from the Claude API through OpenRouter:\n" + gfe, Permission, "gateway"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Diagnose(c.text, Options{})
			if d.Category != c.cat {
				t.Errorf("category = %s, want %s", d.Category, c.cat)
			}
			switch {
			case c.provider == "" && d.Provider != nil:
				t.Errorf("provider = %s, want none", *d.Provider)
			case c.provider != "" && (d.Provider == nil || *d.Provider != c.provider):
				t.Errorf("provider = %v, want %s", d.Provider, c.provider)
			}
		})
	}
}
