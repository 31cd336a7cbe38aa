package apierror

// Zhipu AI (bigmodel.cn) and Z.AI, whose GLM models many users run behind
// Claude Code through an Anthropic-compatible endpoint and the GLM Coding
// Plan: their business error codes and messages, which say more than the
// HTTP status (a spent plan and an exhausted balance both arrive as 429).
// The answer comes from the service at ANTHROPIC_BASE_URL, not Anthropic,
// whatever envelope it borrows: the provider is "gateway". Sources:
// docs.bigmodel.cn/cn/api/api-code and docs.z.ai/api-reference/api-code;
// testdata/vocab/zhipu.txt lists them.
func zhipuEntries() []*entry {
	return []*entry{
		// Ahead of Claude's own plan limits (tierUsage): Z.AI's English
		// wording ("Usage limit reached for 5 hour") would read as Claude's.
		{id: "glm-plan-limit", cat: UsageLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{"的使用上限", "每周/每月使用上限", "今日调用次数限额", "Usage limit reached for",
				`"type":"1308"`, `"code":"1308"`, `"type":"1310"`, `"code":"1310"`},
			summary: "The GLM Coding Plan's usage limit (Zhipu / Z.AI, the service Claude Code is pointed at) is used up until it resets — not an Anthropic limit.",
			actions: planActions("Zhipu (bigmodel.cn) or Z.AI (z.ai)")},
		{id: "glm-billing", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any: []string{"您的账户已欠费", "余额不足或无可用资源包", "GLM Coding Plan 套餐已到期",
				`"type":"1113"`, `"code":"1113"`, `"type":"1309"`, `"code":"1309"`},
			summary: "The GLM service's (Zhipu / Z.AI) balance is used up or its Coding Plan has expired: top up or renew there — not an Anthropic bill.",
			actions: planActions("Zhipu (bigmodel.cn) or Z.AI (z.ai)")},
		{id: "glm-fair-use", cat: RateLimit, tier: tierRateLimit, strong: true, retry: -1, provider: "gateway",
			any:     []string{"不符合公平使用策略"},
			summary: "Z.AI / Zhipu limited this account's request rate under its fair-use policy until the restriction is lifted in its console.",
			actions: planActions("Zhipu (bigmodel.cn) or Z.AI (z.ai)")},
		{id: "glm-rate", cat: RateLimit, tier: tierRateLimit, strong: true, retry: 1,
			any: []string{"并发数过高", "已达到速率限制", "API 的频率过高"}},
		{id: "glm-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1,
			any: []string{"该模型当前访问量过大"}},
		{id: "glm-account", cat: Permission, tier: tierAccess, strong: true, retry: -1,
			any: []string{"您的账户当前处于非活动状态", "您的账户不存在", "您的账户已被锁定", "账号已被锁定", "您无权访问", "当前订阅套餐暂未开放"}},
		{id: "glm-model", cat: NotFound, tier: tierModel, strong: true, retry: -1,
			any: []string{"模型不存在，请检查模型代码", "模型不存在,请检查模型代码", "已下线"}},
		// The business codes for a malformed request (1210 "API 调用参数有误",
		// 1214 "参数非法"): they name the failure even when a client prints
		// the body without its 400 (Cursor's "Provider returned error: …").
		{id: "glm-params", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any: []string{`"code":"1210"`, `"code":"1214"`, "API 调用参数有误"}},
		{id: "glm-content", cat: InvalidRequest, tier: tierPolicy, strong: true, retry: -1,
			any: []string{"可能包含不安全或敏感内容"}},
		{id: "glm-context", cat: ContextTooLong, tier: tierContext, strong: true, ui: true, provider: "gateway",
			any: []string{"Prompt 超长"}},
		{id: "glm-endpoint", provider: "gateway", serves: true, endpoint: []string{"zhipu", "bigmodel", "z.ai", "glm"}},
	}
}

// planActions: a limit or balance of another model service Claude Code is
// pointed at (its console shows it), not of the user's Anthropic account.
func planActions(service string) func(*advice) []Action {
	return func(*advice) []Action {
		return []Action{
			act("Check the plan and balance where the key comes from", "", service+" shows the plan's usage, reset time and balance in its console."),
			act("Or point Claude Code back at Anthropic's API", "unset ANTHROPIC_BASE_URL ANTHROPIC_AUTH_TOKEN", "The limit is that service's; your Anthropic account is not affected."),
		}
	}
}
