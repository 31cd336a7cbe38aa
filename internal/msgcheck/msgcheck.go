// Package msgcheck finds what the Anthropic Messages API would reject (or
// quietly mishandle) in a request body before it is sent: each problem comes
// with the JSON path of the offending value. It is pure: bytes in, problems out.
package msgcheck

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"

	"github.com/ccdiag/ccdiag/internal/models"
)

// Limits the API enforces (Anthropic API docs; see each use).
const (
	// MaxBodyBytes is the Messages API request size limit (HTTP 413 above it).
	MaxBodyBytes = 32 << 20
	// MaxImageBytes is the per-image limit on the base64 data the API accepts.
	MaxImageBytes = 5 << 20
	// DefaultMaxTools is how many tool definitions a request may carry before
	// the check warns.
	DefaultMaxTools = 128
	// MaxSchemaDepth is the deepest input_schema nesting accepted without a
	// problem; deeper schemas (5+ levels) are reported.
	MaxSchemaDepth = 4
	// MinThinkingBudget is the smallest thinking.budget_tokens the API accepts.
	MinThinkingBudget = 1024
	// maxUnicodeReports bounds how many invisible-character problems one body yields.
	maxUnicodeReports = 20
)

// Severity says whether the API will reject the request or merely accept
// something the sender probably did not mean.
type Severity string

// The severities.
const (
	Error   Severity = "error"   // the API rejects the request
	Warning Severity = "warning" // accepted, but likely a mistake or a hazard
)

// Problem is one thing wrong with a request body.
type Problem struct {
	// Path is a JSONPath to the offending value, e.g. $.messages[2].content[0].text;
	// "$" is the whole body.
	Path string `json:"path" jsonschema:"JSONPath of the offending value; $ is the whole body"`
	// Code is a stable id for the kind of problem.
	Code     string   `json:"code" jsonschema:"stable id of the kind of problem"`
	Severity Severity `json:"severity" jsonschema:"error: the API rejects the request; warning: accepted but likely a mistake"`
	Message  string   `json:"message" jsonschema:"what is wrong and how to fix it"`
}

// String renders a problem as one line: `$.path: error: message [code]`.
func (p Problem) String() string {
	return fmt.Sprintf("%s: %s: %s [%s]", p.Path, p.Severity, p.Message, p.Code)
}

// Options tune a check.
type Options struct {
	// Model is used for model-specific limits when the body names none.
	Model string
	// MaxTools overrides DefaultMaxTools when positive.
	MaxTools int
}

// Check returns the problems in a Messages API request body, in document
// order as far as practical. An empty result means nothing was found.
func Check(body []byte, opts Options) []Problem {
	c := &checker{opts: opts}
	if len(body) > MaxBodyBytes {
		c.add("$", "body_too_large", Error, fmt.Sprintf(
			"the body is %d bytes, over the API's 32 MB limit (%d bytes); send large files by reference or drop attachments", len(body), MaxBodyBytes))
	}
	if !jsonguard.Shallow(body, jsonguard.MaxDepth) {
		c.add("$", "too_deep", Error, fmt.Sprintf("the body nests arrays and objects more than %d levels deep", jsonguard.MaxDepth))
		return c.problems
	}
	if !gjson.ValidBytes(body) {
		c.add("$", "invalid_json", Error, "the body is not valid JSON"+jsonErrorHint(body))
		return c.problems
	}
	root := gjson.ParseBytes(body)
	if !root.IsObject() {
		c.add("$", "not_an_object", Error, "the body must be a JSON object with model, max_tokens and messages")
		return c.problems
	}
	c.model = root.Get("model").String()
	if c.model == "" {
		c.model = opts.Model
	}
	if m := root.Get("model"); !m.Exists() {
		c.add("$.model", "model_missing", Error, "model is required (e.g. \"claude-sonnet-4-5\")")
	} else if m.Type != gjson.String || m.String() == "" {
		c.add("$.model", "model_invalid", Error, "model must be a non-empty string")
	}
	maxTokens := c.checkMaxTokens(root)
	c.checkThinking(root, maxTokens)
	c.checkSystem(root.Get("system"))
	c.checkMessages(root.Get("messages"))
	c.checkTools(root.Get("tools"))
	c.checkUnicode(root, "$")
	return c.problems
}

type checker struct {
	opts     Options
	model    string
	problems []Problem
	unicode  int
}

func (c *checker) add(path, code string, sev Severity, msg string) {
	c.problems = append(c.problems, Problem{Path: path, Code: code, Severity: sev, Message: msg})
}

// jsonErrorHint points at the first syntax error for the common mistakes.
func jsonErrorHint(body []byte) string {
	s := strings.TrimSpace(string(body))
	switch {
	case s == "":
		return " (it is empty)"
	case !strings.HasPrefix(s, "{") && !strings.HasPrefix(s, "["):
		return " (it does not start with { )"
	}
	return ""
}

func (c *checker) checkMaxTokens(root gjson.Result) int {
	mt := root.Get("max_tokens")
	if !mt.Exists() {
		c.add("$.max_tokens", "max_tokens_missing", Error, "max_tokens is required")
		return 0
	}
	if mt.Type != gjson.Number || mt.Num != float64(int64(mt.Num)) || mt.Int() < 1 {
		c.add("$.max_tokens", "max_tokens_invalid", Error, "max_tokens must be a positive integer")
		return 0
	}
	n := int(mt.Int())
	if limit := models.MaxOutputTokens(c.model); limit > 0 && n > limit {
		c.add("$.max_tokens", "max_tokens_over_limit", Error, fmt.Sprintf(
			"max_tokens is %d but %s can produce at most %d output tokens", n, c.model, limit))
	}
	return n
}

func (c *checker) checkThinking(root gjson.Result, maxTokens int) {
	th := root.Get("thinking")
	if !th.Exists() || th.Get("type").String() != "enabled" {
		return
	}
	b := th.Get("budget_tokens")
	if !b.Exists() || b.Type != gjson.Number {
		c.add("$.thinking.budget_tokens", "thinking_budget_missing", Error, "thinking.type is \"enabled\" but budget_tokens is missing or not a number")
		return
	}
	budget := int(b.Int())
	if budget < MinThinkingBudget {
		c.add("$.thinking.budget_tokens", "thinking_budget_too_small", Error, fmt.Sprintf(
			"thinking.budget_tokens is %d; the minimum is %d", budget, MinThinkingBudget))
	}
	if maxTokens > 0 && budget >= maxTokens {
		c.add("$.thinking.budget_tokens", "thinking_budget_not_below_max_tokens", Error, fmt.Sprintf(
			"thinking.budget_tokens (%d) must be less than max_tokens (%d)", budget, maxTokens))
	}
}

func (c *checker) checkSystem(sys gjson.Result) {
	if !sys.Exists() || sys.Type == gjson.String {
		return
	}
	if !sys.IsArray() {
		c.add("$.system", "system_invalid", Error, "system must be a string or an array of text blocks")
		return
	}
	for i, b := range sys.Array() {
		p := index("$.system", i)
		if b.Get("type").String() != "text" {
			c.add(p+".type", "system_block_type", Error, "system blocks must have type \"text\"")
			continue
		}
		if b.Get("text").String() == "" {
			c.add(p+".text", "empty_text", Error, "text blocks must be non-empty")
		}
	}
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
