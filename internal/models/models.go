// Package models knows what ccdiag needs about Claude model names: their
// family, the alias to switch to when one is overloaded, which ids are dead,
// and the sizes (context window, output cap, chars per token) Claude Code uses.
// Everything here is pure and allocation-light: the hook path calls it.
package models

import (
	"strconv"
	"strings"
)

// Families, as Claude Code's /model aliases name them.
const (
	Opus   = "opus"
	Sonnet = "sonnet"
	Haiku  = "haiku"
	Fable  = "fable"
	// Mythos is invitation-only: recognised, never suggested.
	Mythos = "mythos"
)

// Aliases lists the names Claude Code accepts in /model and --model.
func Aliases() []string {
	return []string{"default", "best", "sonnet", "opus", "haiku", "fable", "sonnet[1m]", "opus[1m]", "opusplan"}
}

// AliasModel is the model an alias names in Claude Code 2.1.328 with the
// Anthropic API (its baked model catalog: aliases.*.default; Bedrock,
// Vertex and gateways map some aliases to older models). "default" and
// "best" are Opus there. It returns "" for a name that is not an alias.
func AliasModel(alias string) string {
	s := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(alias)), "[1m]")
	switch s {
	case "default", "best", "opus", "opusplan":
		return "claude-opus-5-5"
	case "sonnet":
		return "claude-sonnet-5-5"
	case "haiku":
		return "claude-haiku-5-5"
	case "fable":
		return "claude-fable-5-2"
	}
	return ""
}

// DefaultModel is Claude Code 2.1.328's model when none is chosen (API key).
const DefaultModel = "claude-opus-5-5"

// resolved parses model, reading an alias as the model it names.
func resolved(model string) Name {
	n := Parse(model)
	if target := AliasModel(model); target != "" {
		t := Parse(target)
		t.Raw, t.Alias, t.OneMillion = n.Raw, true, n.OneMillion
		return t
	}
	return n
}

// IsAlias reports whether s is one of Claude Code's model aliases.
func IsAlias(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, a := range Aliases() {
		if s == a {
			return true
		}
	}
	return false
}

// Name is a parsed model name: an alias, a first-party id, or a Bedrock or
// Vertex id (e.g. us.anthropic.claude-sonnet-4-5-20250929-v1:0).
type Name struct {
	Raw    string
	Family string // opus, sonnet, haiku, fable, mythos, or "" when unknown
	// Major and Minor are the model version (4.5 → 4, 5); Major is 0 when the
	// name carries no version (aliases, unknown names).
	Major, Minor int
	Alias        bool
	OneMillion   bool // a 1M-token context variant ([1m] alias or -1m id)
}

// Parse reads a model name. It never fails: unknown parts stay zero.
func Parse(model string) Name {
	n := Name{Raw: model}
	s := strings.ToLower(strings.TrimSpace(model))
	if s == "" {
		return n
	}
	if strings.HasSuffix(s, "[1m]") || strings.Contains(s, "-1m") {
		n.OneMillion = true
	}
	n.Alias = IsAlias(s)
	if s == "opusplan" {
		n.Family = Opus
		return n
	}
	// Provider prefixes and suffixes: "us.anthropic.", "anthropic/", "@20250929", ":0".
	if i := strings.LastIndex(s, "anthropic."); i >= 0 {
		s = s[i+len("anthropic."):]
	}
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' || r == '@' || r == '[' || r == ':' || r == '_' })
	fam := -1
	for i, p := range parts {
		switch p {
		case Opus, Sonnet, Haiku, Fable, Mythos:
			n.Family, fam = p, i
		}
		if fam >= 0 {
			break
		}
	}
	if fam < 0 {
		return n
	}
	// New style: claude-opus-4-5-20251101 → version after the family.
	if maj, ok := smallNumber(parts, fam+1); ok {
		n.Major = maj
		if minor, ok := smallNumber(parts, fam+2); ok {
			n.Minor = minor
		}
		return n
	}
	// Old style: claude-3-5-sonnet-20241022 → version before the family.
	if fam >= 2 {
		if maj, ok := smallNumber(parts, fam-2); ok {
			if minor, ok := smallNumber(parts, fam-1); ok {
				n.Major, n.Minor = maj, minor
				return n
			}
		}
	}
	if maj, ok := smallNumber(parts, fam-1); ok {
		n.Major = maj
	}
	return n
}

// smallNumber returns parts[i] as a version number; dates (8 digits) and
// out-of-range indexes are not versions.
func smallNumber(parts []string, i int) (int, bool) {
	if i < 0 || i >= len(parts) || len(parts[i]) == 0 || len(parts[i]) > 2 {
		return 0, false
	}
	v, err := strconv.Atoi(parts[i])
	return v, err == nil
}

// Family returns the model family of an id or alias, or "" when unknown.
func Family(model string) string { return Parse(model).Family }

// SwitchAlias is the /model alias to suggest when model is overloaded or
// failing: another family, by alias, never a dated id. Capacity is per model,
// so any other family helps; Sonnet is the usual fallback, Opus for Sonnet.
func SwitchAlias(model string) string {
	if Family(model) == Sonnet {
		return Opus
	}
	return Sonnet
}

// atMost reports whether n is at most major.minor (n must carry a version).
func (n Name) atMost(major, minor int) bool {
	return n.Major < major || (n.Major == major && n.Minor <= minor)
}

// CharsPerToken is Claude Code's estimate for CLAUDE.md sizing: 4 for older
// models (claude-3-*, Opus/Sonnet 4.0–4.6, Haiku 4.5) and 3 for newer ones.
// Aliases count as the model they name (5.x: 3); names without a version
// (unknown, empty) get 4, Claude Code's default for a 200K window.
func CharsPerToken(model string) int {
	n := resolved(model)
	switch {
	case n.Major == 0:
		return 4
	case n.Family == Fable || n.Family == Mythos:
		return 3
	case n.Major <= 3:
		return 4
	case n.Family == Haiku:
		if n.atMost(4, 5) {
			return 4
		}
		return 3
	case n.Family == Opus || n.Family == Sonnet:
		if n.atMost(4, 6) {
			return 4
		}
		return 3
	}
	return 3
}

// DefaultContextWindow is the window Claude Code assumes for an unknown model.
const DefaultContextWindow = 200_000

// ContextWindow returns the model's context window in tokens, as Claude
// Code 2.1.328's baked catalog has it (context.window): 1M for the [1m]
// variants and the natively-1M models — Opus 4.7 and later, Sonnet and
// Haiku 5 and later, Fable, Mythos — and so for the aliases, which name
// 5.x models; otherwise (and for unknown names) Claude Code's 200K default.
func ContextWindow(model string) int {
	n := resolved(model)
	switch {
	case n.OneMillion:
		return 1_000_000
	case n.Major == 0:
		return DefaultContextWindow
	case n.Family == Opus && !n.atMost(4, 6), n.Family != Opus && n.Major >= 5:
		return 1_000_000
	}
	return DefaultContextWindow
}

// MaxOutputTokens returns the model's documented output cap, or 0 when the
// model is not known well enough to say.
func MaxOutputTokens(model string) int {
	n := Parse(model)
	switch {
	case n.Major == 0:
		return 0
	case n.Major == 3 && n.Minor == 7:
		return 64_000
	case n.Major == 3 && n.Minor == 5:
		return 8_192
	case n.Major == 3:
		return 4_096
	case n.Family == Opus && n.atMost(4, 1):
		return 32_000
	case n.Family == Opus && n.Major == 4 && n.Minor == 6:
		return 128_000
	case n.Major == 4:
		return 64_000
	}
	return 0
}
