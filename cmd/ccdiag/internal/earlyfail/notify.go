package earlyfail

import (
	"errors"
	"os"
	"strconv"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state/record"
	"github.com/ccdiag/ccdiag/internal/jsontop"
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
// the table does not cover this situation — a streak of different failures
// or of more than notifygen.MaxStreak, a gateway, an open incident, a
// custom retry count, error details, a state file this binary did not write
// as it is, or a message shape it does not know — and the caller must ask
// hooks.Notification. out is the whole hook output,
// `{"terminalSequence":…}` and a newline.
func FastNotification(payload []byte, getenv func(string) string, now time.Time) (out []byte, ok bool) {
	if getenv("ANTHROPIC_BASE_URL") != "" || getenv("CLAUDE_CODE_MAX_RETRIES") != "" {
		return nil, false
	}
	f, ok := jsontop.Get(payload, "session_id", "error", "last_assistant_message", "error_details")
	if !ok || f[3].Str != "" || index(f[2].Str, GatewayHint) >= 0 {
		return nil, false
	}
	row, col, ok := lookup(f[1].Str, getenv("ANTHROPIC_API_KEY") != "", NotifyHead(f[2].Str))
	if !ok {
		return nil, false
	}
	n := streak(record.SessionFile(record.Dir(getenv), f[0].Str), f[1].Str, f[2].Str, now)
	var line string
	switch {
	case n == 1 && notifyTable[row][col] > 0:
		line = notifyLines[notifyTable[row][col]-1]
	case n >= 2 && n <= maxStreak && notifyStreak[row][col] > 0:
		line = FillStreak(notifyStreakLines[notifyStreak[row][col]-1], n)
	default:
		return nil, false
	}
	if incidentCached(getenv) {
		return nil, false
	}
	return []byte(line), true
}

// maxStreak is notifygen.MaxStreak (a test keeps them equal).
const maxStreak = 12

// FillStreak puts n where a streak line's template holds \x00.
func FillStreak(tmpl string, n int) string {
	num := strconv.Itoa(n)
	out := make([]byte, 0, len(tmpl)+4)
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == 0 {
			out = append(out, num...)
		} else {
			out = append(out, tmpl[i])
		}
	}
	return string(out)
}

// index is strings.Index, which this package must not import (see
// package earlyrec: strings brings unicode's init and all before it).
func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
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
		if i := index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	for len(head) > 0 && (head[len(head)-1] == '.' || head[len(head)-1] == ' ') {
		head = head[:len(head)-1]
	}
	if len(head) > maxHead {
		return ""
	}
	return head
}

// maxHead bounds a message head the table can hold.
const maxHead = 96

// lookup finds the cell for kind, apiKeySet and head in the generated
// table: notifyHeads is sorted (binary search, without importing sort: see
// the package doc); notifyTable and notifyStreak hold per head and kind 1 +
// the index of the line for a first failure and for a streak, 0 where the
// table has none.
func lookup(kind string, apiKeySet bool, head string) (row, col int, ok bool) {
	k := -1
	for i, n := range notifyKinds {
		if n == kind {
			k = i
		}
	}
	if k < 0 || head == "" {
		return 0, 0, false
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
		return 0, 0, false
	}
	col = 2 * k
	if apiKeySet {
		col++
	}
	return lo, col, true
}

// streak is how many failures the session's state shows in the current
// streak (the one just recorded included) when every one of them is this
// same StopFailure (kind and message) and every record read is one this
// binary wrote as it is; 0 otherwise. It reads what hooks.Notification
// reads (the last stateRead bytes) and counts as it does: failures after
// the last success, within staleAfter of now.
func streak(path, kind, msg string, now time.Time) int {
	data, cut, err := safefile.ReadTail(path, stateRead)
	if err != nil {
		return 0
	}
	var recs []record.Record
	for i := 0; len(data) > 0; i++ {
		j := 0
		for j < len(data) && data[j] != '\n' {
			j++
		}
		line := data[:j]
		data = data[min(j+1, len(data)):]
		if (i == 0 && cut) || len(line) == 0 {
			continue
		}
		r, ok := record.Decode(line)
		if !ok {
			return 0 // package state decides what such a line means
		}
		recs = append(recs, r)
	}
	var lastOK time.Time
	for _, r := range recs {
		if r.Kind == record.KindOK {
			lastOK = r.Time
		}
	}
	n := 0
	for _, r := range recs {
		if r.Kind != record.KindFail || !r.Time.After(lastOK) || now.Sub(r.Time) > staleAfter {
			continue
		}
		if r != (record.Record{Time: r.Time, Kind: record.KindFail, Source: "StopFailure", Error: kind, Message: msg}) {
			return 0
		}
		n++
	}
	return n
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
	f, ok := jsontop.Get(b, "state", "incidents")
	if !ok {
		return false
	}
	return f[0].Str != "" && f[0].Str != "unknown" && nonEmptyArray(f[1].Str)
}

// nonEmptyArray reports whether raw is a JSON array with an element
// (gjson's "incidents.#" > 0).
func nonEmptyArray(raw string) bool {
	if raw == "" || raw[0] != '[' {
		return false
	}
	for _, c := range raw[1:] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return c != ']'
		}
	}
	return false
}
