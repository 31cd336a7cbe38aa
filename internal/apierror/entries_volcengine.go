package apierror

// Volcengine Ark (火山方舟), whose Doubao models and Coding Plan users put
// behind Claude Code through its Anthropic-compatible endpoint: the codes of
// its inference error table whose meaning the status does not carry (a spent
// Coding Plan, an overdue account, a user-set spend limit and an overloaded
// server all answer 429 or 403). The answer is Ark's, not Anthropic's: the
// provider is "gateway". Source: volcengine.com/docs/82379/1299023;
// testdata/vocab/volcengine.txt lists every row.
func volcengineEntries() []*entry {
	const service = "Volcengine Ark (console.volcengine.com/ark)"
	return []*entry{
		// Ahead of Claude's own plan limits (tierUsage): the Coding Plan's
		// 5-hour, weekly and monthly quotas.
		{id: "ark-plan-limit", cat: UsageLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{"usage quota. It will reset at", "5-hour/weekly/monthly usage quota", "exceeded the 5-hour usage quota",
				"exceeded the weekly usage quota", "exceeded the monthly usage quota"},
			summary: "The Volcengine Ark Coding Plan's quota (the service Claude Code is pointed at) is used up until it resets — not an Anthropic limit.",
			actions: planActions(service)},
		// An overdue account, an expired or missing Coding Plan, a spent free
		// trial: paying there is the fix.
		{id: "ark-billing", cat: Billing, tier: tierBilling, strong: true, retry: -1, provider: "gateway",
			any: []string{"AccountOverdueError", "OperationDenied.ServiceOverdue", "has an overdue balance", "does not have a valid coding plan subscription",
				`"code":"InvalidSubscription"`, "has exhausted its free trial quota"},
			summary: "The Volcengine Ark account behind this key is overdue, or its Coding Plan is missing or expired: top up or renew there — not an Anthropic bill.",
			actions: planActions(service)},
		// "Safe Experience Mode": an inference limit the account set itself
		// paused the model.
		{id: "ark-set-limit", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any:     []string{"SetLimitExceeded", "reached the set inference limit"},
			summary: "The inference limit set on this Volcengine Ark account (Safe Experience Mode) paused the model: raise or turn off the limit in Ark's console.",
			actions: planActions(service)},
		{id: "ark-overloaded", cat: Overloaded, tier: tierCapacity, strong: true, retry: 1, provider: "gateway",
			any: []string{`"code":"ServerOverloaded"`, "unable to handle additional requests due to server overload"}},
		{id: "ark-context", cat: ContextTooLong, tier: tierContext, strong: true, provider: "gateway",
			any: []string{"OutofContextError", "exceed max message tokens"}},
		{id: "ark-endpoint-closed", cat: NotFound, tier: tierModel, strong: true, provider: "gateway",
			any: []string{"InvalidEndpoint.ClosedEndpoint", "targeted an endpoint that is currently closed"}},
		// The model is not activated for the account (ModelNotOpen,
		// ServiceNotOpen), or the account itself is not in good standing.
		{id: "ark-not-activated", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any: []string{`"code":"ModelNotOpen"`, "OperationDenied.ServiceNotOpen", "has not activated the model", "InvalidAccountStatus",
				"issue with your account status"}},
		// Operations the resource's state or configuration does not allow
		// (a context or file still in progress, a fine-tuning set-up): the
		// request, not the caller's rights.
		{id: "ark-operation-state", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any: []string{"OperationDenied.InvalidState", "OperationDenied.ConflictedValidationSet", "OperationDenied.UnsupportedCustomizationType",
				"OperationDenied.CustomizationNotSupported", "OperationDenied.UnsupportedPhase"}},
		{id: "ark-file-quota", cat: InvalidRequest, tier: tierValidation, strong: true, retry: -1, provider: "gateway",
			any:     []string{"OperationDenied.FileQuotaExceeded", "has exhausted its file storage quota"},
			summary: "The Volcengine Ark account's file storage quota is used up: delete files it no longer needs, then resend."},
		{id: "ark-endpoint", provider: "gateway", serves: true, endpoint: []string{"volcengine", "volces", "doubao", "byteplus"}},
	}
}
