package apierror

// Alibaba Cloud Model Studio (DashScope), whose Qwen models users run behind
// Claude Code: an overdue account is a 400 "Arrearage", not a request
// error. Source:
// help.aliyun.com/en/model-studio/error-code-start;
// testdata/vocab/dashscope.txt lists its codes.
func dashScopeEntries() []*entry {
	return []*entry{
		{id: "dashscope-arrearage", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any:     []string{"\"Arrearage\""},
			summary: "The Alibaba Cloud Model Studio (DashScope) account behind this key has an overdue payment — settle it there; not an Anthropic bill.",
			actions: planActions("Alibaba Cloud Model Studio (DashScope)")},
		{id: "dashscope-context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true, provider: "gateway",
			any: []string{"Range of input length should be"}},
		{id: "dashscope-endpoint", provider: "gateway", serves: true, endpoint: []string{"dashscope", "qwen"}},
	}
}
