package apierror

import "testing"

// TestSaidStatusCJK: a Chinese, Japanese or Korean report states the
// status it got as "报 429 错误", "返回报错429", "500エラー"; advice about
// such an error ("如果出现 429 错误", "返回 429 错误时") is none.
func TestSaidStatusCJK(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Category
		status     int
	}{
		{"reported, subject left out", "用 claude code 跑了半小时之后一直报 503 错误，重启也没用", ServerError, 503},
		{"returned, no blank", "接口返回401错误，换了 key 也一样", Authentication, 401},
		{"the error word first", "今天下午开始返回报错429，等一会儿又好了", RateLimit, 429},
		{"Japanese, in the first person", "私の環境では Claude Code で長い会話を再開すると 529エラーが表示されます", Overloaded, 529},
		{"advice: a condition", "如果出现 429 错误，请降低请求频率后重试", None, 0},
		{"advice: when", "服务端返回 429 错误时，客户端会按 retry-after 等待", None, 0},
		{"a quota with some left is no balance spent", "这个账号的额度还有 40% 剩余，可以正常对话", None, 0},
		{"a relay's quota used up", `API Error: 403 {"error":{"message":"令牌额度已用尽","type":"new_api_error"}}`, Billing, 403},
		{"a log's status before its body", `2026-01-05 10:00:01 [ERROR] [proxy] Upstream 529: {"error":{"type":"overloaded_error","message":"Overloaded"}}`, Overloaded, 529},
		{"a title's status after a verb, the body below without one", "多开几个会话就会触发429\n\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Too many concurrent requests for this key\"}}", RateLimit, 429},
		{"returned with no blank, the body below without one", "中转站一直返回529，换节点也一样\n\n{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", Overloaded, 529},
		{"a status expected, not got", `Bad response code, expected 200: {"message":"boom"}`, None, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkCategoryStatus(t, tc.text, tc.want, tc.status)
		})
	}
}

// TestProviderFromAttribution: a report that says who sent the status
// names the provider when nothing else does; a status it does not
// attribute, or one attributed to nobody known, names none.
func TestProviderFromAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, text, provider string
	}{
		{"English", "[Bug] the usage panel shows a 429 error every few minutes\n\nMaintainer: that 429 comes from Anthropic throttling the usage endpoint, not from us.", "anthropic"},
		{"Chinese", "[bug]: 用量面板经常返回429错误\n\n回复：这个 429 来自 Anthropic 对用量接口的限流。", "anthropic"},
		{"Bedrock", "[Bug] batch jobs keep getting a 503 error overnight\n\nThe 503 is returned by Amazon Bedrock when the model has no capacity.", "bedrock"},
		{"not attributed", "[Bug] the usage panel shows a 429 error every few minutes\n\nWe will add caching.", "<nil>"},
		{"attributed to something else", "[Bug] the usage panel shows a 429 error every few minutes\n\nThe 429 comes from our own nginx limit.", "<nil>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := Diagnose(tc.text, Options{}); str(d.Provider) != tc.provider {
				t.Errorf("provider %s, want %s (category %s)", str(d.Provider), tc.provider, d.Category)
			}
		})
	}
}
