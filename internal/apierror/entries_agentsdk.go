package apierror

// The Claude Agent SDK (Python claude-agent-sdk, TypeScript
// @anthropic-ai/claude-agent-sdk) runs Claude Code as a child process. Its
// own errors say that Claude Code did not start, exited, or wrote output
// the SDK could not read; an API failure reaches the caller wrapped
// ("Claude Code returned an error result: API Error: …") and the API's
// answer inside decides, through the other families' entries.
// testdata/vocab/agentsdk.txt lists them.
func agentSDKEntries() []*entry {
	return []*entry{
		// CLINotFoundError and the TypeScript SDK's spawn errors: Claude Code
		// is missing where the SDK looks, or will not execute.
		{id: "agentsdk-cli-missing", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1,
			any: []string{"Claude Code not found", "Claude Code executable not found at", "Claude Code native binary not found at",
				"exists but failed to launch", "claude-agent-sdk without --omit=optional", "Failed to start Claude Code:", "Failed to spawn Claude Code process", "Working directory does not exist:",
				// The Python SDK's path not resolved before use, and its
				// refusal to run a Windows .bat/.cmd through cmd.exe.
				"CLI path not resolved. Call connect() first", "Refusing to execute batch script"},
			summary: "The Agent SDK could not start Claude Code: it is not installed where the SDK looks, cannot be executed, or the working directory is missing.",
			actions: func(*advice) []Action {
				return []Action{
					act("Install Claude Code", "curl -fsSL https://claude.ai/install.sh | bash", "The SDK runs the claude program; the TypeScript SDK also ships it as an optional dependency (do not install with --omit=optional)."),
					act("Or point the SDK at it", "", "Python: ClaudeAgentOptions(cli_path=…); TypeScript: options.pathToClaudeCodeExecutable. Check that the path exists, is executable, and that cwd exists."),
				}
			}},
		// The Claude Code the SDK starts is older than the SDK needs: the
		// TypeScript SDK's exit error names the option it lacks, the Python
		// SDK warns at start-up.
		{id: "agentsdk-cli-too-old", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1,
			any:     []string{"unknown option '--await-initialize'", "This SDK sends MCP servers over stdin by default", "is unsupported in the Agent SDK"},
			summary: "The Claude Code the Agent SDK starts is older than the SDK needs: update it (or point the SDK at a newer one); the TypeScript SDK can also send MCP servers on the command line (mcpServersDelivery: 'argv')."},
		// Python's ProcessError always ends "(exit code: N)" (execa's
		// "Command failed with exit code 1: cmd" does not); the TypeScript
		// SDK's "Claude Code process exited with code N" is the crash entry's.
		// Like that one, these say the process ended, not why: thin, so an
		// error the paste shows before them (the API's, as Claude Code
		// printed it) is the diagnosis.
		{id: "agentsdk-process", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true, thin: true,
			any: []string{"Command failed with exit code", "Cannot write to terminated process", "Cannot write to process that exited"},
			all: []string{"(exit code:"}},
		{id: "agentsdk-session", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true, thin: true,
			any: []string{"Claude Code process terminated by signal", "Control request timeout:", "Claude Code did not answer initialize", "Query closed before response received", "Query closed before spawn", "Query closed before initialize was sent", "Not connected. Call connect() first",
				// The transport written to before the process is up or
				// after it ended, a prewarmed spare gone before use, the
				// control protocol used without streaming input.
				"ProcessTransport is not ready for writing", "ProcessTransport output stream not available",
				"spare process exited before it was claimed", "Control requests require streaming mode"},
			summary: "The Agent SDK lost the Claude Code process it runs (killed, exited, or not answering its control requests), not the API: what Claude Code printed on stderr says why."},
		// The SDK's write to Claude Code's stdin failed: a pipe to the child
		// process, not a socket, so the EPIPE or ERR_STREAM_DESTROYED it
		// quotes is the process gone, not the network (hence the tier
		// above connection failures).
		{id: "agentsdk-stdin", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, thin: true,
			any: []string{"Failed to write to process stdin"}},
		// A line of Claude Code's output that did not parse as JSON.
		{id: "agentsdk-json", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true,
			any:     []string{"CLIJSONDecodeError:", "SDKJSONDecodeError:", "MessageParseError:"},
			summary: "The Agent SDK could not parse a line Claude Code wrote (a cut or corrupt stream-json message): not the API."},
		// ACP clients (Zed, AionUi, JetBrains, Emacs agent-shell, codeg…)
		// drive Claude Code through claude-agent-acp, which answers a failed
		// turn with JSON-RPC 2.0's -32603 "Internal error" (the spec's
		// "Internal JSON-RPC error"), the thrown error's text in its message
		// or data.details: an "API Error: …" there, or the SDK's own
		// failures, decide through their entries. Bare, it says only that
		// the agent failed: AionUi's card ("Agent internal error (code
		// -32603)", code UNKNOWN_UPSTREAM_ERROR, AcpError::AgentInternal,
		// retryable). The code counts in an error object, not in prose or
		// the spec's table. An MCP server's -32603 ("MCP error -32603: …", the MCP
		// SDK's McpError) is a tool's failure, not the model's.
		{id: "acp-internal-error", cat: UnknownAPIError, late: true, tier: tierLateWords, strong: true, retry: 1,
			any: []string{`"code":-32603`, "code: -32603", "(code . -32603)", "(code -32603)", "Error (-32603)", "Agent internal error",
				"ACP protocol error: Internal error", "agentclientprotocol.protocol.JsonRpcException: Internal error"},
			unless: []string{"MCP error"}},
		// ACP's own auth_required (-32000 "Authentication required"; MCP
		// uses -32000 for a closed connection): Claude Code behind the ACP
		// client is not signed in. AionUi words it "Agent requires
		// authentication".
		{id: "acp-auth-required", cat: Authentication, tier: tierCredentials, strong: true, retry: -1,
			any: []string{`"code":-32000,"message":"Authentication required"`, "code: -32000, message: 'Authentication required'",
				"(code . -32000) (message . \"Authentication required\")", "Agent requires authentication"},
			summary: "Claude Code, run by the ACP client (Zed, AionUi, JetBrains…), is not signed in: run claude once in a terminal and /login (or set ANTHROPIC_API_KEY where the client starts it), then retry."},
		// The agent process behind the ACP client ended (or never started:
		// claude-agent-acp not installed, a broken npx cache) before it
		// answered: the ACP SDK answers the pending request with -32603
		// and the data "server shut down unexpectedly" (agent-client-protocol
		// rpc.rs), which Zed shows as "Internal error: server shut down
		// unexpectedly". Nothing reached the API; the agent's log says why.
		{id: "acp-agent-exited", cat: ClientBug, tier: tierCrash, strong: true, notAPI: true, retry: -1,
			any: []string{"Internal error: server shut down unexpectedly", `"data":"server shut down unexpectedly"`,
				"Internal error: failed to deserialize response"},
			summary: "The agent process the ACP client (Zed, …) started for Claude ended before it answered, or never started (claude-agent-acp missing or its install broken): the client's log shows why; reinstall the adapter (clear the npx cache) and restart the client."},
		// Harnesses that run Claude Code (or another agent CLI) for their
		// users and word its refused credentials themselves, with nothing
		// from the server: Buzz's failure notice ("authentication failed.
		// Please re-authenticate the CLI (e.g. run `claude /login` …)",
		// block/buzz crates/buzz-acp), Mitto's ("Please re-authenticate the
		// CLI in a terminal (e.g. `claude auth login` …)"), chat bots'
		// "Please re-authenticate the CLI tool on the server."
		{id: "harness-reauth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, composed: true,
			any:     []string{"Please re-authenticate the CLI"},
			summary: "The agent CLI the app runs for you (Claude Code) was refused its credentials: sign in again where the app runs it (claude /login, or claude auth login), or fix the API key it uses, then resend."},
		// Apps and wrappers that check Claude Code's sign-in before they run
		// it and word the missing one themselves: "Claude CLI is not
		// authenticated. Please run `claude login` in terminal first.",
		// "Claude Code is not authenticated. Please run `claude login` in
		// your terminal.", "Not authenticated. Please run `claude auth` to
		// log in." No request was sent. Phrases match with blanks and
		// backticks removed, so every quoting of the command is one phrase.
		{id: "harness-not-signed-in", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, unsent: true,
			any: []string{"not authenticated. Please run claude", "not authenticated. Please run 'claude", "not authenticated. Run claude",
				"not logged in. Please run claude", "not logged in. Please run 'claude", "not logged in. Run claude"},
			summary: "The app that runs Claude Code for you found it not signed in: run claude and /login (or claude auth login) where the app runs it, or give it an API key, then retry."},
		{id: "agentsdk-buffer", cat: ClientBug, tier: tierClientVersion, strong: true, notAPI: true, retry: -1,
			any:     []string{"JSON message exceeded maximum buffer size"},
			summary: "A message from Claude Code was larger than the Agent SDK's read buffer (a big tool result or file): raise max_buffer_size in ClaudeAgentOptions."},
		// The API SDKs (the Agent SDK's Claude Code among their users) give a
		// request 10 minutes by default (anthropic-sdk-python _constants.py:
		// DEFAULT_TIMEOUT = 10 * 60 s; the TypeScript SDK: 600000 ms), then
		// throw APITimeoutError "Request timed out." and retry. Requests
		// reported timing out after exactly that long met the client's
		// timeout, with or without the class's message; nothing answered,
		// so no provider is named. The SDKs' docs state the default in the
		// same words ("By default requests time out after 10 minutes").
		{id: "sdk-default-timeout", cat: Timeout, tier: tierStall, strong: true, retry: 1,
			any: []string{"timing out after 10 minutes", "timed out after 10 minutes", "times out after 10 minutes",
				"timing out after ten minutes", "timed out after ten minutes", "timed out after 600 seconds", "timing out after 600 seconds",
				"timed out after 600s", "timeout after 600 seconds", "timed out after 600000ms", "10-minute timeouts", "10 minute timeouts"},
			unless: []string{"by default", "default timeout", "defaults to 10 minutes"}},
	}
}
