package models

import "strings"

// State is where a model id stands in its lifecycle.
type State string

// Lifecycle states.
const (
	Active         State = "active"
	Deprecated     State = "deprecated"
	Retired        State = "retired"
	NeverExisted   State = "never_existed"
	InvitationOnly State = "invitation_only"
	AliasName      State = "alias"
	Unknown        State = "unknown" // ask GET /v1/models
)

// Status is a lifecycle verdict with a one-line reason.
type Status struct {
	State State
	Note  string
}

// retired ids answer 404 on the first-party API.
var retired = []string{
	"claude-opus-4-1-20250805", "claude-opus-4-1",
	"claude-opus-4-20250514", "claude-opus-4-0",
	"claude-sonnet-4-20250514", "claude-sonnet-4-0",
}

var deprecated = map[string]string{
	"claude-sonnet-4-5":          "2026-11-30",
	"claude-sonnet-4-5-20250929": "2026-11-30",
	"claude-opus-4-5":            "2027-01-22",
	"claude-opus-4-5-20251101":   "2027-01-22",
}

// Lifecycle says what is known about a model id without asking the API.
// Only ids that /v1/models lists as active should be suggested; Unknown
// means "check the list".
func Lifecycle(model string) Status {
	id := strings.ToLower(strings.TrimSpace(model))
	if IsAlias(id) {
		return Status{AliasName, "a Claude Code alias; it always points at a current model"}
	}
	// Strip Bedrock/Vertex wrappings for the first-party lists.
	if i := strings.LastIndex(id, "anthropic."); i >= 0 {
		id = id[i+len("anthropic."):]
	}
	if i := strings.IndexAny(id, "@:"); i >= 0 {
		id = id[:i]
	}
	id = strings.TrimSuffix(id, "-v1")
	switch {
	case strings.HasPrefix(id, "claude-haiku-4-20250514"):
		return Status{NeverExisted, "there was never a Haiku 4.0; use the alias haiku"}
	case strings.HasPrefix(id, "claude-mythos"):
		return Status{InvitationOnly, "Mythos models are invitation-only"}
	case strings.HasPrefix(id, "claude-3") || strings.HasPrefix(id, "claude-2") ||
		strings.HasPrefix(id, "claude-instant"):
		return Status{Retired, "claude-3 and older models are retired"}
	case strings.HasSuffix(id, "-latest"):
		return Status{Retired, "the -latest aliases of retired models are retired; use a Claude Code alias"}
	}
	for _, r := range retired {
		if id == r {
			return Status{Retired, "retired: the API answers 404 for it"}
		}
	}
	if eol, ok := deprecated[id]; ok {
		return Status{Deprecated, "deprecated: end of life " + eol}
	}
	return Status{Unknown, "not known offline; check GET /v1/models"}
}

// Suggestable reports whether advice may name this model: aliases always,
// ids only when /v1/models listed them as active (pass activeIDs) — and never
// dead or invitation-only ones.
func Suggestable(model string, activeIDs map[string]bool) bool {
	st := Lifecycle(model).State
	switch st {
	case AliasName:
		return true
	case Retired, NeverExisted, InvitationOnly:
		return false
	}
	return activeIDs[model]
}
