package apierror

// SiliconFlow (硅基流动), whose hosted models users put behind Claude Code or
// a router: the messages of its documented error bodies
// ({"code":N,"message":…,"data":null}), which name the failure where a
// client drops the status or the status says less (its overloaded models
// answer 503). The answer is SiliconFlow's, not Anthropic's: the provider is
// "gateway". Sources: docs.siliconflow.cn/cn/faqs/error-code and its API
// reference; testdata/vocab/siliconflow.txt lists them.
func siliconFlowEntries() []*entry {
	const service = "SiliconFlow (cloud.siliconflow.cn)"
	return []*entry{
		{id: "siliconflow-model", cat: NotFound, tier: tierModel, strong: true, retry: -1, provider: "gateway",
			any: []string{"Model does not exist. Please check it carefully"}},
		// "…Details:TPM limit reached." (RPM, RPD, TPM, TPD, IPM or IPD).
		{id: "siliconflow-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1, provider: "gateway",
			all: []string{"Request was rejected due to rate limiting", "limit reached"}},
		{id: "siliconflow-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			any: []string{"Model service overloaded. Please try again later"}},
		{id: "siliconflow-balance", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any:     []string{"your account balance is insufficient"},
			summary: "The SiliconFlow account behind this key has no balance left: top it up there — not an Anthropic bill.",
			actions: planActions(service)},
		// Its generic parameter error (code 20015): words any program may
		// write, so only inside an error a status or frame already shows.
		{id: "siliconflow-params", cat: InvalidRequest, tier: tierValidation, retry: -1, provider: "gateway",
			any: []string{"The parameter is invalid. Please check again"}},
		{id: "siliconflow-endpoint", provider: "gateway", serves: true, endpoint: []string{"siliconflow"}},
	}
}
