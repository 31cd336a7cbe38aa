package apierror

import "testing"

// TestAgentSDKTransport: the Agent SDK's own failures around the Claude Code
// process it runs (its transport, spawn, spare process, message parsing), as
// an app's log shows them, with an API error printed before one of them
// deciding; and sentences about the same classes that are no failure.
func TestAgentSDKTransport(t *testing.T) {
	for _, c := range []struct {
		text string
		want Category
	}{
		{"[worker 3] task failed: Error: ProcessTransport is not ready for writing\n    at ProcessTransport.write (file:///srv/app/node_modules/@anthropic-ai/claude-agent-sdk/core.mjs:1:2)", ClientBug},
		{"agent run 118 crashed -> Error: Failed to write to process stdin: write EPIPE", ClientBug},
		{"pool: Error: Query closed before spawn (the pod was shutting down)", ClientBug},
		{"E   claude_agent_sdk._errors.MessageParseError: Message missing 'type' field", ClientBug},
		{"on Windows: claude_agent_sdk._errors.CLIConnectionError: Refusing to execute batch script 'C:\\\\npm\\\\claude.cmd': Windows runs .bat/.cmd files via cmd.exe", ClientBug},
		{"API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n[agent] Error: Failed to write to process stdin: write EPIPE", Overloaded},

		// Not failures: the classes named in docs and a question.
		{"MessageParseError is raised when a message from the CLI cannot be parsed; ProcessTransport handles the stdin and stdout pipes.", None},
		{"Why does query() spawn a new process each time? Is there a way to keep a spare process warm?", None},
		// A database driver's wording near the SDK's: not the SDK's class.
		{"pg driver note: a cursor whose query closed before all rows were read returns what it has.", None},
	} {
		if got := Diagnose(c.text, Options{}).Category; got != c.want {
			t.Errorf("%q: got %s, want %s", clip(c.text, 100), got, c.want)
		}
	}
}
