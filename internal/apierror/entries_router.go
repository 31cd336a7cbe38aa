package apierror

// Local routers and provider switchers Claude Code is pointed at:
// claude-code-router (testdata/vocab/ccr.txt) and cc-switch
// (testdata/vocab/ccswitch.txt). They route each request to a provider of
// the user's choosing; their own failures are the gateway's, an upstream's
// answer keeps its status.
func routerEntries() []*entry {
	return []*entry{
		// claude-code-router (@musistudio/llms) writes "api_error" as the
		// type of every error and keeps the upstream's status, so the status
		// decides. "Error from provider(N): {…}" carries the upstream's own
		// answer, whose body names the provider when it shows one (ranked
		// after the providers' envelopes); otherwise the router answered.
		// cc-switch names itself "CC Switch" too.
		{id: "ccr-endpoint", provider: "gateway", endpoint: []string{"claude-code-router", "ccr", "cc-switch", "CC Switch"}},
		{id: "ccr-envelope", provider: "gateway", envRank: 26, defaultType: true,
			names: []string{"provider_response_error", "Error from provider(", "provider_not_found", `"code":"provider_error"`, "@musistudio/claude-code-router"}},
		{id: "ccr-provider-not-found", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any:     []string{"provider_not_found", "provider not found: provider '"},
			summary: "The router (claude-code-router) has no provider by the name this request was routed to: check the provider names in its config (Providers and Router) against the model it was asked for."},
		{id: "ccr-provider-error", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any:     []string{`"code":"provider_error"`},
			summary: "The router (claude-code-router) could not turn the provider's answer into an Anthropic response: the provider answered in a shape its transformer did not expect."},
		// cc-switch's local proxy: {"error":{"message":"…","type":"proxy_error"}}
		// for its own failures (src-tauri/src/proxy/error.rs); wording that
		// names a timeout or an authentication failure decides first.
		{id: "ccswitch-timeout", cat: Timeout, tier: tierStall, strong: true, provider: "gateway",
			// Its forwarder's deadline in English (proxy/forwarder.rs); its
			// "流式响应首包超时: 90s（上游未返回响应头）" is relay-first-byte-timeout's.
			any: []string{`"超时:`, "流式响应空闲超时", "Provider attempt deadline exceeded before upstream headers"}},
		// Its own errors that carry a caught message (error.rs: TransformError
		// "格式转换错误: {0}", answered 422; ForwardFailed "请求转发失败: {0}";
		// ResponseBodyTooLarge "上游响应体超过大小上限: {0} 字节"), which
		// Claude Code may print without the envelope: the proxy answered,
		// whatever the message it quotes says.
		{id: "ccswitch-envelope", provider: "gateway", envRank: 26,
			names: []string{"格式转换错误:", "请求转发失败:", "上游响应体超过大小上限"}},
		{id: "ccswitch-proxy", cat: GatewayError, types: []string{"proxy_error"}, provider: "gateway",
			summary: "The provider switcher's local proxy (cc-switch) failed: no provider is available or configured, all are cut off after failures, or it could not forward the request. Check the switcher's providers and logs."},
	}
}
