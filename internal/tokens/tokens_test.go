package tokens

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

func TestEstimate(t *testing.T) {
	tests := []struct {
		text  string
		model string
		want  int
		cpt   int
	}{
		{"", "", 0, 4},
		{strings.Repeat("a", 400), "", 100, 4},
		{strings.Repeat("a", 400), "claude-sonnet-4-5", 100, 4},
		{strings.Repeat("a", 300), "claude-opus-4-7", 100, 3},
		{"ab", "", 1, 4},   // round(0.5) = 1
		{"a", "", 0, 4},    // round(0.25) = 0
		{"😀😀", "", 1, 4},   // 4 UTF-16 units
		{"éééé", "", 1, 4}, // 4 units, not 8 bytes
	}
	for _, tt := range tests {
		got := Estimate([]byte(tt.text), tt.model)
		if got.Tokens != tt.want || got.CharsPerToken != tt.cpt || got.Exact || got.Method != MethodEstimate {
			t.Errorf("Estimate(%q, %q) = %+v, want %d tokens at %d chars/token", tt.text, tt.model, got, tt.want, tt.cpt)
		}
	}
}

const plantedKey = "sk-ant-api03-PLANTEDSECRET-abcdwxyz"

func fakeCountTokens(t *testing.T, status int) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		switch {
		case r.URL.Path != "/v1/messages/count_tokens" || r.Method != http.MethodPost:
			http.NotFound(w, r)
		case r.Header.Get("x-api-key") != plantedKey || r.Header.Get("anthropic-version") == "":
			w.WriteHeader(401)
			io.WriteString(w, `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key `+r.Header.Get("x-api-key")+`"}}`)
		case status != 200:
			w.WriteHeader(status)
			io.WriteString(w, `{"type":"error","error":{"type":"not_found_error","message":"model: `+gjson.GetBytes(body, "model").String()+`"}}`)
		case gjson.GetBytes(body, "max_tokens").Exists():
			w.WriteHeader(400)
			io.WriteString(w, `{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Extra inputs are not permitted"}}`)
		default:
			// A deterministic fake: one token per 10 bytes of messages.
			io.WriteString(w, `{"input_tokens":`+itoa(len(gjson.GetBytes(body, "messages").Raw)/10)+`}`)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestCount(t *testing.T) {
	env := func(base, key string) func(string) string {
		return func(k string) string {
			return map[string]string{"ANTHROPIC_BASE_URL": base, "ANTHROPIC_API_KEY": key}[k]
		}
	}
	ok := fakeCountTokens(t, 200)
	c := Counter{Getenv: env(ok.URL, plantedKey)}
	got, err := c.Count(context.Background(), []byte(`{"model":"claude-sonnet-4-5","max_tokens":5,"messages":[{"role":"user","content":"hello there"}]}`), "")
	if err != nil {
		t.Fatal(err)
	}
	want := len(`[{"role":"user","content":"hello there"}]`) / 10
	if !got.Exact || got.Tokens != want || got.Method != MethodCountTokens || got.Model != "claude-sonnet-4-5" {
		t.Errorf("got %+v, want exact %d", got, want)
	}

	if _, err := (Counter{Getenv: env(ok.URL, "")}).Count(context.Background(), []byte("x"), "m"); err != ErrNoCredentials {
		t.Errorf("no key: err = %v", err)
	}
	if _, err := c.Count(context.Background(), []byte("plain text"), ""); err == nil {
		t.Error("plain text without a model should fail")
	}
	// Errors carry the API's message but never the key, even when echoed.
	wrongKey := Counter{Getenv: env(ok.URL, plantedKey+"X")}
	_, err = wrongKey.Count(context.Background(), []byte("hi"), "claude-sonnet-4-5")
	if err == nil || strings.Contains(err.Error(), "PLANTEDSECRET") || !strings.Contains(err.Error(), "401") {
		t.Errorf("err = %v", err)
	}
	nf := fakeCountTokens(t, 404)
	_, err = (Counter{Getenv: env(nf.URL, plantedKey)}).Count(context.Background(), []byte("hi"), "claude-nope")
	if err == nil || !strings.Contains(err.Error(), "HTTP 404") || !strings.Contains(err.Error(), "claude-nope") {
		t.Errorf("err = %v", err)
	}
	// An unreachable base URL with credentials in it is redacted.
	_, err = (Counter{Getenv: env("http://user:pass@127.0.0.1:1", plantedKey)}).Count(context.Background(), []byte("hi"), "m")
	if err == nil || strings.Contains(err.Error(), "pass") {
		t.Errorf("err = %v", err)
	}
}

// TestDeepJSONIsText is finding 10 for tokens and estimate_tokens --exact:
// a deeply nested body is counted as text, not recursed into.
func TestDeepJSONIsText(t *testing.T) {
	deep := []byte(`{"messages":` + strings.Repeat("[", 6_000_000) + strings.Repeat("]", 6_000_000) + `}`)
	if _, _, err := RequestBody(deep, "claude-opus-4-6"); err != nil {
		t.Fatal(err)
	}
	_ = Estimate(deep, "claude-opus-4-6")
}
