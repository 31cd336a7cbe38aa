package apierror

// Baidu Qianfan (百度千帆 ModelBuilder), whose models users put behind
// Claude Code through its OpenAI- and Anthropic-compatible v2 endpoints: the
// codes and messages of its v2 error table that the status or the type do
// not carry. Its types borrow the API's names (a 401 for a rejected key is
// typed invalid_request_error), so its own code or message decides. The
// answer is Qianfan's, not Anthropic's: the provider is "gateway". Source:
// cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w; testdata/vocab/qianfan.txt
// lists every row.
func qianfanEntries() []*entry {
	const service = "Baidu Qianfan (console.bce.baidu.com/qianfan)"
	return []*entry{
		{id: "qianfan-context", cat: ContextTooLong, tier: tierContext, strong: true, provider: "gateway",
			any: []string{`"code":"characters_too_long"`, `"code":"tokens_too_long"`, "the max input characters is", "Prompt tokens too long"}},
		{id: "qianfan-auth", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{`"code":"invalid_iam_token"`, "IAM Certification failed", `"code":"invalid_appid"`, "No permission to use the appid"}},
		// The content review (type unsafe_request) refused the system
		// prompt, the tools or an image.
		{id: "qianfan-unsafe", cat: InvalidRequest, tier: tierPolicy, strong: true, retry: -1, provider: "gateway",
			any: []string{`"type":"unsafe_request"`, `"code":"system_unsafe"`, `"code":"user_setting_unsafe"`, `"code":"functions_unsafe"`, `"code":"image_url_unsafe"`}},
		{id: "qianfan-overdue", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any:     []string{`"code":"account_overdue"`, "Access denied due to overdue account"},
			summary: "The Baidu Qianfan account behind this key is overdue: top it up there — not an Anthropic bill.",
			actions: planActions(service)},
		{id: "qianfan-model", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any: []string{`"code":"model_offline"`, "The model is offline", "The model does not exist or you do not have access to it"}},
		// Its RPM, TPM, QPS and cluster limits, in the v2 API's words and the
		// v1 API's ({"code":336501,"msg":"Rate limit reached for RPM"}).
		{id: "qianfan-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			any: []string{"Rate limit reached for RPM", "Rate limit reached for TPM", "Rate limit reached for Input TPM", "Rate limit reached for Output TPM",
				"Rate limit reached for Cluster", "Rate limit reached for offline batch reasoning", "Rate limit reached for preemptible resource",
				"qps request limit by APP ID reached", "request limit by resouce cluster reached"}},
		{id: "qianfan-endpoint", provider: "gateway", serves: true, endpoint: []string{"qianfan", "baidubce", "wenxin"}},
	}
}
