package earlyfail

import (
	"errors"
	"os"
	"strings"
	"time"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/ccdiag/ccdiag/internal/safefile"
	"github.com/ccdiag/ccdiag/internal/statuscache/cachedir"
)

//go:generate go run ./internal/notifygen/gen

// staleAfter and stateRead are hooks.StaleAfter and the read size of
// hooks.Notification (this package must not import hooks; a test keeps them
// equal).
const (
	staleAfter = 6 * time.Hour
	stateRead  = 8 << 10
)

// FastNotification is the desktop notification for the StopFailure just
// recorded, looked up in the table that go generate builds by running
// hooks.Notification over Claude Code's failure shapes (notifytable.go), so
// neither the catalogue nor any heavy package init runs. ok is false when
// the table does not cover this situation — a streak, a gateway, an open
// incident, a custom retry count, error details, or a message shape it does
// not know — and the caller must ask hooks.Notification. out is the whole
// hook output, `{"terminalSequence":…}` and a newline.
func FastNotification(payload []byte, getenv func(string) string, now time.Time) (out []byte, ok bool) {
	if getenv("ANTHROPIC_BASE_URL") != "" || getenv("CLAUDE_CODE_MAX_RETRIES") != "" {
		return nil, false
	}
	f := gjson.GetManyBytes(payload, "session_id", "error", "last_assistant_message", "error_details")
	if f[3].String() != "" || strings.Contains(f[2].String(), GatewayHint) {
		return nil, false
	}
	line, ok := lookup(f[1].String(), getenv("ANTHROPIC_API_KEY") != "", NotifyHead(f[2].String()))
	if !ok || !onlyFailure(state.SessionFile(state.Dir(getenv), f[0].String()), now) || incidentCached(getenv) {
		return nil, false
	}
	return []byte(line), true
}

// GatewayHint is how Claude Code ends a server error's message when its
// requests go through a gateway (templates.txt: " If it persists, check
// your inference gateway ({})."): a gateway the table leaves out, even when
// ANTHROPIC_BASE_URL did not reach the hook's environment.
const GatewayHint = "If it persists, check your inference gateway"

// NotifyHead is the part of a message the table is keyed on (with Claude
// Code's error kind and whether ANTHROPIC_API_KEY is set): the message up to
// its first sentence or " · " / " — " break, where Claude Code's fixed
// wording ends and the server's text or a host begins. "" when the head is
// too long to be one of Claude Code's own.
func NotifyHead(msg string) string {
	head := msg
	for _, sep := range []string{". ", " · ", " — "} {
		if i := strings.Index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	head = strings.TrimRight(head, ". ")
	if len(head) > maxHead {
		return ""
	}
	return head
}

// maxHead bounds a message head the table can hold.
const maxHead = 96

// lookup finds the line for kind, apiKeySet and head in the generated
// table: notifyHeads is sorted (binary search, without importing sort: see
// the package doc), notifyTable holds per head and kind 1 + the line's index
// in notifyLines, 0 where the table has no line.
func lookup(kind string, apiKeySet bool, head string) (string, bool) {
	k := -1
	for i, n := range notifyKinds {
		if n == kind {
			k = i
		}
	}
	if k < 0 || head == "" {
		return "", false
	}
	lo, hi := 0, len(notifyHeads)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if notifyHeads[m] < head {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(notifyHeads) || notifyHeads[lo] != head {
		return "", false
	}
	col := 2 * k
	if apiKeySet {
		col++
	}
	if i := notifyTable[lo][col]; i > 0 {
		return notifyLines[i-1], true
	}
	return "", false
}

// onlyFailure reports whether the session's state shows exactly one failure
// in the current streak (the one just recorded): hooks.Notification counts
// a streak ("500×3", "switch family") the table does not hold.
func onlyFailure(path string, now time.Time) bool {
	recs, err := state.ReadLast(path, stateRead)
	if err != nil {
		return false
	}
	var lastOK time.Time
	for _, r := range recs {
		if r.Kind == state.KindOK {
			lastOK = r.Time
		}
	}
	n := 0
	for _, r := range recs {
		if r.Kind == state.KindFail && r.Time.After(lastOK) && now.Sub(r.Time) <= staleAfter {
			n++
		}
	}
	return n == 1
}

// incidentCached reports whether the cached status page lists an open
// incident (hooks.Notification then names it). A stale cache is not
// refreshed here: the next prompt's hook does that.
func incidentCached(getenv func(string) string) bool {
	p := cachedir.Path(getenv)
	if p == "" {
		return false
	}
	b, err := safefile.ReadFile(p, safefile.Cache)
	if err != nil {
		return !errors.Is(err, os.ErrNotExist)
	}
	if !jsonguard.ValidBytes(b) {
		return false
	}
	r := gjson.GetManyBytes(b, "state", "incidents.#")
	return r[0].String() != "" && r[0].String() != "unknown" && r[1].Int() > 0
}
