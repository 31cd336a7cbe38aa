package msgcheck

import (
	"encoding/base64"
	"strings"
	"testing"
)

// png1x1 is a real 1×1 PNG.
var png1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

func TestCheck(t *testing.T) {
	ok := `{"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"hi"}]}`
	tests := []struct {
		name string
		body string
		want []string // "path code" pairs, in order; nil means no problems
	}{
		{"valid", ok, nil},
		{"invalid json", `{"model":`, []string{"$ invalid_json"}},
		{"empty body", ``, []string{"$ invalid_json"}},
		{"not an object", `[1]`, []string{"$ not_an_object"}},
		{"missing everything", `{}`, []string{"$.model model_missing", "$.max_tokens max_tokens_missing", "$.messages messages_missing"}},
		{"empty messages", `{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[]}`, []string{"$.messages messages_empty"}},
		{"bad role", `{"model":"m","max_tokens":10,"messages":[{"role":"system","content":"x"}]}`, []string{"$.messages[0].role role_invalid"}},
		{"empty content string", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":""}]}`, []string{"$.messages[0].content empty_content"}},
		{"empty content array", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[]}]}`, []string{"$.messages[0].content empty_content"}},
		{"empty text block", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[{"type":"text","text":""}]}]}`, []string{"$.messages[0].content[0].text empty_text"}},
		{"max_tokens over limit", `{"model":"claude-3-5-sonnet-20241022","max_tokens":100000,"messages":[{"role":"user","content":"x"}]}`, []string{"$.max_tokens max_tokens_over_limit"}},
		{"max_tokens not integer", `{"model":"m","max_tokens":"10","messages":[{"role":"user","content":"x"}]}`, []string{"$.max_tokens max_tokens_invalid"}},
		{"thinking budget", `{"model":"claude-sonnet-4-5","max_tokens":2000,"thinking":{"type":"enabled","budget_tokens":4000},"messages":[{"role":"user","content":"x"}]}`, []string{"$.thinking.budget_tokens thinking_budget_not_below_max_tokens"}},
		{"tool use without result", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"a","input":{}}]},{"role":"user","content":"next"}]}`, []string{"$.messages[1].content[0] tool_use_without_result"}},
		{"tool use with result", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"a","input":{}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"ok"}]}]}`, nil},
		{"orphan tool result", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_9","content":"ok"}]}]}`, []string{"$.messages[0].content[0] tool_result_without_use"}},
		{"bad tool name", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}],"tools":[{"name":"get weather","input_schema":{"type":"object"}}]}`, []string{"$.tools[0].name tool_name_invalid"}},
		{"too many tools", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}],"tools":[` + strings.Repeat(`{"name":"t","type":"web_search_20250305"},`, DefaultMaxTools) + `{"name":"u","type":"web_search_20250305"}]}`, []string{"$.tools too_many_tools"}},
		{"deep schema", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}],"tools":[{"name":"t","input_schema":{"type":"object","properties":{"a":{"type":"object","properties":{"b":{"type":"object","properties":{"c":{"type":"object","properties":{"d":{"type":"array","items":{"type":"string"}}}}}}}}}}}]}`,
			[]string{"$.tools[0].input_schema.properties.a.properties.b.properties.c.properties.d.items input_schema_too_deep"}},
		{"four levels ok", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}],"tools":[{"name":"t","input_schema":{"type":"object","properties":{"a":{"type":"object","properties":{"b":{"type":"object","properties":{"c":{"type":"object","properties":{"d":{"type":"string"}}}}}}}}}}]}`, nil},
		{"circular ref", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}],"tools":[{"name":"t","input_schema":{"type":"object","properties":{"n":{"$ref":"#/$defs/Node"}},"$defs":{"Node":{"type":"object","properties":{"next":{"$ref":"#/$defs/Node"}}}}}}]}`, []string{"$.tools[0].input_schema input_schema_circular_ref"}},
		{"image ok", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"` + png1x1 + `"}}]}]}`, nil},
		{"image wrong media type", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/jpeg","data":"` + png1x1 + `"}}]}]}`, []string{"$.messages[0].content[0].source.media_type image_media_type_mismatch"}},
		{"image bad base64", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"not base64!"}}]}]}`, []string{"$.messages[0].content[0].source.data image_base64_invalid"}},
		{"image too large", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"` + bigPNG() + `"}}]}]}`, []string{"$.messages[0].content[0].source.data image_too_large"}},
		{"bidi unicode", `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"hello \u202e dlrow"}]}`, []string{"$.messages[0].content invisible_unicode"}},
		{"zero width", `{"model":"m","max_tokens":10,"system":"be nice\u200b","messages":[{"role":"user","content":"x"}]}`, []string{"$.system invisible_unicode"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Check([]byte(tt.body), Options{}) {
				got = append(got, p.Path+" "+p.Code)
				if p.Message == "" || (p.Severity != Error && p.Severity != Warning) {
					t.Errorf("incomplete problem %+v", p)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func bigPNG() string {
	raw, _ := base64.StdEncoding.DecodeString(png1x1)
	raw = append(raw, make([]byte, MaxImageBytes)...)
	return base64.StdEncoding.EncodeToString(raw)
}

func TestBodyTooLarge(t *testing.T) {
	body := `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"` + strings.Repeat("a", MaxBodyBytes) + `"}]}`
	ps := Check([]byte(body), Options{})
	if len(ps) != 1 || ps[0].Code != "body_too_large" {
		t.Fatalf("got %v", ps)
	}
}

func FuzzCheck(f *testing.F) {
	f.Add([]byte(`{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}]}`))
	f.Add([]byte(`{"tools":[{"name":"t","input_schema":{"type":"object","$defs":{"A":{"$ref":"#"}}}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, p := range Check(b, Options{}) {
			if p.Path == "" || p.Code == "" {
				t.Fatalf("incomplete problem %+v", p)
			}
		}
	})
}

// TestDeepNestingIsAProblemNotACrash is finding 10 for `ccdiag validate -`
// and validate_request: ~5.7 M nested '[' overflowed the stack.
func TestDeepNestingIsAProblemNotACrash(t *testing.T) {
	body := []byte(`{"messages":` + strings.Repeat("[", 6_000_000) + strings.Repeat("]", 6_000_000) + `}`)
	ps := Check(body, Options{})
	if len(ps) != 1 || ps[0].Code != "too_deep" {
		t.Errorf("problems = %+v, want one too_deep", ps)
	}
}
