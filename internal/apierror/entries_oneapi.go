package apierror

// one-api / new-api relays beyond their envelope (entries_relay.go holds the
// envelope and the upstream codes): channels, pricing, token quotas, and the
// wording of their English and Chinese locales (testdata/vocab/oneapi.txt).
func oneAPIEntries() []*entry {
	return []*entry{
		// No enabled channel serves this model in the token's group
		// (one-api's and new-api's middleware/distributor.go: "当前分组 %s
		// 下对于模型 %s 无可用渠道", "分组 %s 下模型 %s 无可用渠道（distributor）",
		// code model_not_found, status 503; new-api's English locale "No
		// available channel(s) for model … in/under group …"): the relay's
		// configuration, which the same request meets again until its
		// operator changes it. The group in the message tells it from other
		// proxies' "no available channel" after their circuit breakers open.
		{id: "oneapi-no-channel", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			all: []string{"分组", "无可用渠道"}, summary: noChannelSummary},
		{id: "oneapi-no-channel-en", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			all: []string{"No available channel", "group"}, summary: noChannelSummary},
		// No channel can take the request, or the relay itself failed
		// (middleware/distributor.go, the public "upstream unavailable").
		{id: "oneapi-channel", cat: GatewayError, tier: tierRelay, strong: true, provider: "gateway",
			any: []string{"无可用渠道", "No available channel for model", "Failed to get available channel for model", "的可用渠道失败",
				"该渠道已被禁用", "命中的渠道已被禁用", "数据库一致性已被破坏", "upstream unavailable (request id", "upstream error (request id",
				// Its codes count quoted, as its envelope or Python's repr of
				// it writes them: named in a sentence or a table, they are
				// documentation (see relay-upstream).
				`"bad_response`, "'bad_response", `"get_user_quota_failed`, "'get_user_quota_failed",
				`"unmarshal_response_body_failed`, "'unmarshal_response_body_failed", `"token_concurrency_unavailable`, "'token_concurrency_unavailable"},
			summary: "The relay (one-api / new-api) has no working channel for this model and group right now, or failed itself: the relay's problem, not Anthropic's. Retry later, or ask its operator which channels serve the model."},
		// The relay refused the request itself before any upstream saw it:
		// a required field missing (one-api relay/util/validation.go and
		// new-api relay/helper/valid_request.go: codes required_field_missing
		// and invalid_request, status 400, though some deployments answer
		// 500), or a channel adaptor without this request mode (one-api
		// adaptors' "not implemented", code not_implemented, status 500, which
		// new-api tags with its request id).
		// Either way the same request fails again, whatever the status says.
		{id: "oneapi-request", cat: InvalidRequest, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			any: []string{"field messages is required", "field prompt is required", "field input is required",
				"field instruction is required", "required_field_missing", "not implemented (request id"},
			summary: "The relay (one-api / new-api) rejected the request itself: a required field is missing, or its channel for this model does not implement this kind of request (chat, responses, images). Retrying will not help: fix the request, or use the endpoint and model the relay serves it on."},
		// The relay has no price for the model: it refuses to serve it
		// until its operator sets one.
		{id: "oneapi-price", cat: GatewayError, tier: tierRelay, strong: true, retry: -1, provider: "gateway",
			any:     []string{`"model_price_error`, "'model_price_error", "倍率或价格未配置", "ratio or price not set"},
			summary: "The relay (new-api) has no price set for this model, so it will not serve it: ask its operator to set one, or pick a model the relay prices."},
		// The relay's own token (model/token.go, i18n token.*), whatever
		// error.type a fork writes next to it (one-hub: "api_error").
		{id: "oneapi-token", cat: Authentication, tier: tierCredentials, strong: true, retry: -1, provider: "gateway",
			any: []string{"无效的令牌", "未提供令牌", "令牌验证失败", "该令牌已过期", "该令牌状态不可用", "Invalid token (request id", "Token not provided (request id",
				"This token has expired (request id", "This token status is unavailable (request id"},
			summary: "The relay (one-api / new-api and their forks) rejected its own token: check the key Claude Code sends (ANTHROPIC_AUTH_TOKEN or ANTHROPIC_API_KEY) against the relay's console. Anthropic never saw the request."},
		// The relay token's own quota (new-api's token.exhausted), the
		// amount the token's owner gave that key when creating it: a spend
		// cap on one key, like OpenRouter's key limit, not the account's
		// balance. new-api's ValidateUserToken (model/token.go) writes
		// "[sk-…] 该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota
		// = 0", and its forks translate the words but keep the expression.
		{id: "oneapi-token-quota", cat: SpendLimit, tier: tierSpend, strong: true, retry: -1, provider: "gateway",
			any:     []string{"TokenStatusExhausted", "token quota is exhausted", "token.RemainQuota =", "该令牌额度已用尽"},
			summary: "The relay key's own quota (one-api / new-api: the amount its owner gave this key) is used up: raise it or make it unlimited in the relay's console, or use another key."},
		// The relay's own code panicked: gin's recovery middleware answers
		// 500 with "Panic detected, error: <the panic>. Please submit an
		// issue …" (one-api's middleware/recover.go, type one_api_panic;
		// new-api's main.go, new_api_panic; forks change the last sentence:
		// "Please contact the administrator", "Please contact site admin").
		// A bug in the relay that this request ran into, often by a field it
		// did not expect: the relay's failure, not Anthropic's.
		{id: "oneapi-panic", cat: ServerError, tier: tierRelay, strong: true, provider: "gateway", impliedStatus: 500,
			any:     []string{"Panic detected, error:", `"new_api_panic`, "'new_api_panic", `"one_api_panic`, "'one_api_panic"},
			summary: "The relay (one-api / new-api or a fork) crashed on this request (a Go panic its recovery turned into a 500): a bug in the relay, not Anthropic's API. Retry; if the same request keeps crashing it, drop unusual parameters (empty or non-numeric max_tokens, temperature) or report it to the relay's operator."},
		// The relay's rate limit and token concurrency (rate_limit.*).
		{id: "oneapi-rate-limit", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{`"token_concurrency_limit_reached`, "'token_concurrency_limit_reached", "You have reached the request limit", "You have reached the total request limit",
				"您已达到请求数限制", "您已达到总请求数限制"}},
		// Any upstream 429 reaches the client as this sentence ("当前分组上游负载已饱和，
		// 请稍后再试": the group's upstream is saturated), often printed without the
		// status, the upstream's own message dropped (one-api controller/relay.go;
		// new-api's task relay): an API's rate limit, passed on by the relay.
		{id: "oneapi-upstream-429", cat: RateLimit, tier: tierRateLimit, strong: true, provider: "gateway",
			any: []string{"上游负载已饱和"}},
		// The relay token may not use this model, group or network.
		{id: "oneapi-access", cat: Permission, tier: tierAccess, strong: true, retry: -1, provider: "gateway",
			any: []string{"该令牌无权使用模型", "该令牌无权访问", "This token has no access to", "No permission to access this group", "无权访问该分组",
				"该令牌只能在指定网段使用", "用户已被封禁", "request blocked by policy (request id"},
			summary: "The relay's token may not use this model, group or network by the relay's own settings: ask its operator, or use a token that may."},
		// A base URL that answers but has no Messages API: one-api before it
		// served /v1/messages, or OpenAI itself (controller/relay.go
		// RelayNotFound uses OpenAI's wording).
		{id: "no-messages-endpoint", cat: NotFound, tier: tierModel, strong: true, retry: -1,
			any:     []string{"Invalid URL (POST /v1/messages"},
			summary: "The base URL answers, but it has no Anthropic Messages API (/v1/messages): ANTHROPIC_BASE_URL points at an OpenAI-compatible service. Use the relay's Anthropic-compatible address, or one that serves Claude."},
	}
}

const noChannelSummary = "The relay (one-api / new-api) has no enabled channel for this model in your key's group: the relay's configuration, not Anthropic's. Retrying sends it to the same empty group: pick a model the relay serves, use a key of another group, or ask its operator to add a channel."
