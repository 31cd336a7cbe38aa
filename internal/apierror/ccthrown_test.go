package apierror

import "testing"

// TestClaudeCodeThrownErrors: errors Claude Code throws while it sets up a
// request (proxy settings, certificate authorities, the organisation's
// gateway and policy, sign-ins it cannot renew), and its bundled credential
// libraries' own, as users paste them from a terminal or a CI log; and
// sentences about the same settings that are no failure.
func TestClaudeCodeThrownErrors(t *testing.T) {
	for _, c := range []struct {
		text string
		want Category
	}{
		{"$ HTTPS_PROXY=proxy.corp.example:3128 claude -p 'hi'\nInvalid proxy URL in HTTPS_PROXY: \"proxy.corp.example:3128\" cannot be parsed as a URL.\nProxy settings must be a complete URL including the scheme, e.g. \"http://proxy.example.com:8080\".\nFix or unset HTTPS_PROXY and restart Claude Code.", Proxy},
		{"ci log:\n  Error: HTTPS_PROXY is not a URL\n      at resolveProxy (/$bunfs/root/claude:1:2)", Proxy},
		{"after the VPN dropped, every prompt ends in\n  ⎿  Timed out connecting through the proxy set in HTTPS_PROXY or ALL_PROXY. Check that the proxy is running and can reach the destination server. You can also add that server to NO_PROXY.", Proxy},
		{"from home I get: Could not resolve gateway host llm-gw.internal.example. Connect to your organization's network and try again.", Network},
		{"[managed-settings] Claude Code couldn't read the reply when it asked api.anthropic.com for your organization's policy, which usually means a network proxy or web filter answered instead.", GatewayError},
		{"on the build agent (debian image, no ca-certificates):\nNo certificate authority to trust: no usable CA certificate was found (none could be read, every one had expired, or the claude-code-server host handed none), and this runtime has no built-in root certificates.", TLS},
		{"SSL error: api.anthropic.com: certificate signature failure, which two trusted CA certificates with the same name can cause after a CA renewal", TLS},
		{"in the hosted runner: Error: This hosted session (claude-code-server) cannot refresh an OAuth token", Authentication},
		{"CLAUDE_CODE_USE_BEDROCK=1 claude\nCredentialsProviderError: Failed to load a token for session dev-login, please re-authenticate using aws login", Authentication},
		{"Foundry with Entra ID on my laptop: ManagedIdentityCredential: Network unreachable. Message: connect EHOSTUNREACH 169.254.169.254:80", Authentication},
		{"every few minutes on the train:\n  ⎿  API Error: Connection dropped (ConnectionClosed). A VPN, firewall, or security software can cause this. Check those or switch networks, then try again.", Network},
		// Claude Code 2.1.332's organisation sign-in and gateway notices.
		{"since the IdP migration every prompt ends in\n  ⎿  Gateway refused the request · it did not accept your sign-in through your organization's identity provider · Run /login in Claude Code, or claude auth login --organization-gateway in a terminal, to sign in again", Authentication},
		{"after IT moved us to the new IdP:\n$ claude auth login --organization-gateway\nYour organization's identity provider did not send an ID token. Ask your administrator to check that its app registration issues ID tokens.", Authentication},
		{"$ claude\nFailed to refresh OAuth token: can't save to the Keychain. If locked, run `security unlock-keychain`.", Authentication},
		{"working from the café: Claude Code could not connect to your organization's identity provider. Check your network. Then try again.", Network},
		{"$ claude auth status\nYour authentication token belongs to organization 5d1e…,\nbut this machine requires 77c0….", Permission},
		{"  ⎿  API Error: The response could not be read (BrotliDecompressionError). Try again. If it keeps happening, check any proxy or gateway between Claude Code and the API.", GatewayError},

		// Claude Code 2.1.336's: a TLS client certificate, the account's Bedrock inference profiles.
		{"behind the new mTLS gateway:\n  ⎿  API Error: The server needs a valid client certificate, and CLAUDE_CODE_CLIENT_CERT isn't set. If a proxy supplies it, check the proxy. Otherwise, ask your IT team.", TLS},
		{"/model claude-opus-5\n  ⎿  API Error: Your Bedrock inference profiles for this region don't include this model. Choose a different model.", NotFound},

		// Not failures: the same words in set-up notes and a question.
		{"Setup note: HTTPS_PROXY must be a complete URL with its scheme (http://proxy.corp.example:3128); a bare host:port is refused.", None},
		{"Which certificate authorities does Claude Code trust when NODE_EXTRA_CA_CERTS is unset? Only the runtime's bundled roots?", None},
		{"Our gateway host is on the 10.0.0.0/8 network, so we list it in NO_PROXY for a direct connection.", None},
		{"Without NO_PROXY, traffic to the internal registry would go through proxy.corp.example as well.", None},
		{"Our gateway needs a client certificate; we set CLAUDE_CODE_CLIENT_CERT and CLAUDE_CODE_CLIENT_KEY in the managed settings.", None},
		{"Admins: the organization sign-in goes through your identity provider; Claude Code saves it in the Keychain on macOS.", None},
		{"When the connection drops mid-reply, Claude Code retries the request up to ten times before it reports the error.", None},
		{"Does the gateway accept a sign-in from a credential helper, or only through the identity provider?", None},
		{"Setup: your organization's identity provider must send an ID token; register the app with the openid scope.", None},
	} {
		if got := Diagnose(c.text, Options{}).Category; got != c.want {
			t.Errorf("%q: got %s, want %s", clip(c.text, 100), got, c.want)
		}
	}
}
