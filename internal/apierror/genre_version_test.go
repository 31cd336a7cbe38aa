package apierror

import "testing"

// TestVersionHeadingAndExamples: a report under write-up headings
// (Summary, Root cause) that names the version its writer ran, as bug
// templates' "Version" section does, shows the failure it prints; an error
// it gives only as an example ("e.g. …") of a kind is none, unless its
// writer says they got it.
func TestVersionHeadingAndExamples(t *testing.T) {
	const notice = "```\nAPI Error: Connection closed mid-response. The response above may be incomplete.\n```\n\n"
	for _, tc := range []struct {
		name, text string
		want       Category
	}{
		{"a report with its version", "## Summary\n\nLong answers through our gateway break off half way and the client prints:\n\n" + notice +
			"## Version\n\nedge-gateway `v3.8.1`\n\n## Root cause\n\nThe streaming handler returns on EOF.", Network},
		{"a design note without one", "## Summary\n\nLong answers through a gateway can break off half way and the client prints:\n\n" + notice +
			"## Proposed\n\nThe streaming handler should synthesize the last event on EOF.", None},
		{"an example of a kind", "## Summary\n\nThe wrapper drops the API's own message (e.g. `API Error: 529 Overloaded`) and raises a bare Exception.\n\n## Version\n\n`agent-wrapper==1.2.0`", None},
		{"an example the writer got", "## Summary\n\nI keep getting API errors (e.g. `API Error: 529 Overloaded`) since this morning.\n\n## Version\n\n`agent-wrapper==1.2.0`", Overloaded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); d.Category != tc.want {
				t.Errorf("category %s, want %s (%s)", d.Category, tc.want, d.Summary)
			}
		})
	}
}
