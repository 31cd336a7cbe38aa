// Package tokens estimates how many tokens a text costs the way Claude Code
// does (characters ÷ the model's chars-per-token), and counts them exactly
// with the API's free count_tokens endpoint when asked to.
package tokens

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/ccdiag/ccdiag/internal/models"
	"github.com/ccdiag/ccdiag/internal/sanitize"
)

// Methods say how a count was obtained.
const (
	MethodEstimate    = "estimate"     // characters ÷ chars-per-token, Claude Code's rule
	MethodCountTokens = "count_tokens" // POST /v1/messages/count_tokens
)

// Count is the result of estimating or counting one input.
type Count struct {
	Tokens int `json:"tokens" jsonschema:"input tokens: an estimate unless exact is true"`
	// Exact is true only when the API counted the tokens.
	Exact  bool   `json:"exact" jsonschema:"true only when the API's count_tokens endpoint counted them"`
	Method string `json:"method" jsonschema:"estimate (characters divided by chars-per-token, Claude Code's rule) or count_tokens"`
	// Chars is the length as Claude Code measures it (UTF-16 code units).
	Chars         int    `json:"chars" jsonschema:"length in UTF-16 code units, as Claude Code measures text"`
	CharsPerToken int    `json:"chars_per_token" jsonschema:"the divisor Claude Code uses for this model: 4 for older models, 3 for newer"`
	Model         string `json:"model" jsonschema:"the model the count is for; empty means Claude Code's default rule"`
	ContextWindow int    `json:"context_window" jsonschema:"the model's context window in tokens"`
	// PercentOfContext is Tokens as a share of ContextWindow, rounded to 0.1.
	PercentOfContext float64 `json:"percent_of_context" jsonschema:"tokens as a percentage of the context window"`
}

// Estimate applies Claude Code's rule: round(chars / charsPerToken(model)),
// where chars counts UTF-16 code units like JavaScript's String.length.
func Estimate(text []byte, model string) Count {
	chars := utf16Len(text)
	cpt := models.CharsPerToken(model)
	c := Count{
		Tokens:        int(math.Round(float64(chars) / float64(cpt))),
		Method:        MethodEstimate,
		Chars:         chars,
		CharsPerToken: cpt,
		Model:         model,
	}
	c.fillWindow()
	return c
}

func (c *Count) fillWindow() {
	c.ContextWindow = models.ContextWindow(c.Model)
	if c.ContextWindow > 0 {
		c.PercentOfContext = math.Round(float64(c.Tokens)*1000/float64(c.ContextWindow)) / 10
	}
}

func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if utf16.RuneLen(r) == 2 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// DefaultBaseURL is the first-party API.
const DefaultBaseURL = "https://api.anthropic.com"

// Counter counts tokens exactly with POST /v1/messages/count_tokens.
type Counter struct {
	// HTTP is the client to use (its Timeout or the context bounds the call).
	HTTP *http.Client
	// Getenv reads ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN
	// and ANTHROPIC_CUSTOM_HEADERS.
	Getenv func(string) string
}

// ErrNoCredentials means neither ANTHROPIC_API_KEY nor ANTHROPIC_AUTH_TOKEN is set.
var ErrNoCredentials = errors.New("exact counting needs ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN in the environment")

// HasCredentials reports whether the environment holds a key or token.
func (c Counter) HasCredentials() bool {
	return c.Getenv("ANTHROPIC_API_KEY") != "" || c.Getenv("ANTHROPIC_AUTH_TOKEN") != ""
}

// countFields are the request fields count_tokens accepts.
var countFields = [...]string{"model", "messages", "system", "tools", "tool_choice", "thinking", "mcp_servers"}

// RequestBody builds a count_tokens body: a Messages API payload keeps the
// fields count_tokens accepts (model overridden when given); any other text
// becomes one user message.
func RequestBody(input []byte, model string) ([]byte, string, error) {
	if jsonguard.ValidBytes(input) {
		root := gjson.ParseBytes(input)
		if root.IsObject() && root.Get("messages").IsArray() {
			if model == "" {
				model = root.Get("model").String()
			}
			if model == "" {
				return nil, "", errors.New("exact counting needs a model id (the payload names none)")
			}
			var buf bytes.Buffer
			mb, _ := json.Marshal(model)
			buf.WriteString(`{"model":`)
			buf.Write(mb)
			for _, f := range countFields[1:] {
				if v := root.Get(f); v.Exists() {
					buf.WriteString(`,"` + f + `":`)
					buf.WriteString(v.Raw)
				}
			}
			buf.WriteByte('}')
			return buf.Bytes(), model, nil
		}
	}
	if model == "" {
		return nil, "", errors.New("exact counting needs a model id, e.g. claude-sonnet-4-5")
	}
	if len(bytes.TrimSpace(input)) == 0 {
		return nil, "", errors.New("nothing to count: the text is empty")
	}
	body, err := json.Marshal(map[string]any{
		"model":    model,
		"messages": []map[string]string{{"role": "user", "content": string(input)}},
	})
	return body, model, err
}

// Count asks the API how many input tokens input costs for model. Errors
// never contain the key or token.
func (c Counter) Count(ctx context.Context, input []byte, model string) (Count, error) {
	key, token := c.Getenv("ANTHROPIC_API_KEY"), c.Getenv("ANTHROPIC_AUTH_TOKEN")
	if key == "" && token == "" {
		return Count{}, ErrNoCredentials
	}
	secrets := []string{key, token}
	body, model, err := RequestBody(input, model)
	if err != nil {
		return Count{}, err
	}
	base := strings.TrimRight(strings.TrimSpace(c.Getenv("ANTHROPIC_BASE_URL")), "/")
	if base == "" {
		base = DefaultBaseURL
	}
	u, err := url.Parse(base + "/v1/messages/count_tokens")
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return Count{}, fmt.Errorf("ANTHROPIC_BASE_URL %q is not an http(s) URL", redactURL(base))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return Count{}, fmt.Errorf("building the count_tokens request: %s", scrub(err.Error(), secrets))
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("anthropic-version", "2023-06-01")
	for _, line := range strings.Split(c.Getenv("ANTHROPIC_CUSTOM_HEADERS"), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) != "" {
			req.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
			secrets = append(secrets, strings.TrimSpace(v))
		}
	}
	if key != "" {
		req.Header.Set("x-api-key", key)
	} else {
		req.Header.Set("authorization", "Bearer "+token)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return Count{}, fmt.Errorf("count_tokens request to %s failed: %s", redactURL(base), scrub(err.Error(), secrets))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return Count{}, fmt.Errorf("reading the count_tokens answer: %s", scrub(err.Error(), secrets))
	}
	if resp.StatusCode != http.StatusOK {
		msg := gjson.GetBytes(data, "error.message").String()
		if msg == "" {
			msg = strings.TrimSpace(string(data))
		}
		// Masked before it is cut: a cut key would no longer be recognised.
		msg = sanitize.New(secrets...).Redact(msg).Cut(200).String()
		return Count{}, fmt.Errorf("count_tokens answered HTTP %d: %s", resp.StatusCode, msg)
	}
	n := gjson.GetBytes(data, "input_tokens")
	if n.Type != gjson.Number {
		return Count{}, fmt.Errorf("count_tokens answered without input_tokens")
	}
	est := Estimate(input, model)
	est.Tokens, est.Exact, est.Method = int(n.Int()), true, MethodCountTokens
	est.fillWindow()
	return est, nil
}

func scrub(s string, secrets []string) string { return sanitize.New(secrets...).Redact(s).String() }

func redactURL(raw string) string { return sanitize.URL(raw) }

// Text renders the count for people, saying plainly whether it is an estimate.
func (c Count) Text() string {
	model := c.Model
	if model == "" {
		model = "the default model"
	}
	var s string
	if c.Exact {
		s = fmt.Sprintf("%d input tokens for %s (exact, from count_tokens)", c.Tokens, model)
	} else {
		s = fmt.Sprintf("≈ %d tokens (estimate: %d chars ÷ %d chars/token, Claude Code's rule for %s)", c.Tokens, c.Chars, c.CharsPerToken, model)
	}
	return s + fmt.Sprintf("; %.1f%% of a %d-token context window.", c.PercentOfContext, c.ContextWindow)
}
