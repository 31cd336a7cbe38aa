package hooks

import (
	"encoding/json"
	"fmt"
	"github.com/ccdiag/ccdiag/hooks/state"
	"io"
	"sort"
	"strconv"
	"time"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/claudeargs"
	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/ccdiag/ccdiag/internal/models"
	"github.com/ccdiag/ccdiag/internal/sanitize"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// Runtime is what a hook run may touch, passed in so tests need no real
// HOME, clock or status page.
type Runtime struct {
	Getenv   func(string) string
	Now      func() time.Time
	StateDir string
	// Status returns the cached status-page state without blocking (it may
	// start a background refresh); nil func or nil result = unknown.
	Status func() *Status
	// Stderr receives notes (an unwritable state dir); never stdout.
	Stderr io.Writer
	// TranscriptBytes bounds the transcript tail read; transcript.DefaultMaxBytes when 0.
	TranscriptBytes int64
	// ClaudeArgs returns the command line of the Claude Code process that
	// runs the hook (nil when it cannot be read).
	ClaudeArgs func() []string
	// Build names the running build of ccdiag (advice cached by another
	// build is recomputed); nil = unknown.
	Build func() string
}

// PruneAge is how long a session's state file is kept after its last write.
const PruneAge = 14 * 24 * time.Hour

// Handle runs one hook event and returns what to print on stdout (nil for
// nothing). It never panics and never fails: problems become a note on
// Stderr, and Claude Code sees no output.
func Handle(payload []byte, rt Runtime) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			rt.note("internal error: %v", r)
			out = nil
		}
	}()
	if !jsonguard.ValidBytes(payload) {
		return nil
	}
	ev := gjson.GetManyBytes(payload, "hook_event_name", "session_id", "agent_id")
	if ev[1].String() == "" {
		return nil
	}
	switch ev[0].String() {
	case "StopFailure":
		if _, err := state.RecordStopFailure(payload, rt.StateDir, rt.now()); err != nil {
			rt.note("cannot record the failure: %v", err)
		}
		return nil
	case "UserPromptSubmit":
		return rt.deliver(payload, "UserPromptSubmit")
	case "SessionStart":
		// Housekeeping only. Verified in 2.1.328 (hooks/CHANNELS.md): a
		// SessionStart systemMessage is shown at startup but not on resume
		// or --continue, in the UI or in -p, so advice waits for the next
		// UserPromptSubmit, which the user does see.
		if rt.StateDir != "" {
			state.Prune(rt.StateDir, rt.now(), PruneAge)
		}
		return nil
	case "Stop":
		rt.stop(payload)
		return nil
	}
	return nil
}

// stop handles Stop: for Claude Code versions without StopFailure it records
// a failed last turn found in the transcript; otherwise a successful turn
// ends an open failure streak.
func (rt Runtime) stop(payload []byte) {
	p := gjson.GetManyBytes(payload, "session_id", "transcript_path")
	path := state.SessionFile(rt.StateDir, p[0].String())
	recs, _ := state.Read(path)
	tail, terr := transcript.ReadTail(p[1].String(), transcript.Options{MaxBytes: rt.TranscriptBytes})
	if terr == nil && tail.LastTurnFailed && len(tail.Errors) > 0 {
		e := tail.Errors[len(tail.Errors)-1]
		if !coveredBy(recs, e.Time) {
			t := e.Time
			if t.IsZero() {
				t = rt.now()
			}
			rt.append(path, state.Record{Time: t, Kind: state.KindFail, Source: "Stop", Error: e.Error,
				Message: e.Message, Details: e.Details, Status: e.Status, Type: e.Type, RequestID: e.RequestID, Model: e.Model})
		}
		return
	}
	if streakOpen(recs) {
		rt.append(path, state.Record{Time: rt.now(), Kind: state.KindOK, Source: "Stop"})
	}
}

// deliver prints advice for failures not yet advised (once), or for a
// nearly full context (once per streak of high use).
func (rt Runtime) deliver(payload []byte, event string) []byte {
	p := gjson.GetManyBytes(payload, "session_id", "transcript_path")
	path := state.SessionFile(rt.StateDir, p[0].String())
	recs, _ := state.Read(path)
	tail, _ := transcript.ReadTail(p[1].String(), transcript.Options{MaxBytes: rt.TranscriptBytes})
	sit, fresh := rt.situation(recs, tail)
	if len(sit.Failures) > 0 && !fresh {
		return nil // advised already
	}
	a, ok := rt.advise(sit, recs, path, event)
	if !ok {
		return nil
	}
	if len(sit.Failures) == 0 {
		// Context advice: once, until a failure or a new high.
		if lastAdvice(recs) == a.Next {
			return nil
		}
	}
	// Advice nobody can see is printed anyway (harmless) but not marked
	// delivered, so the next prompt a person does see carries it.
	if rt.adviceVisible() {
		rt.append(path, state.Record{Time: rt.now(), Kind: state.KindAdvised, Source: event, Advice: a.Next})
	}
	out, _ := json.Marshal(struct {
		SystemMessage string `json:"systemMessage"`
	}{sanitize.Text(a.Text)}) // Claude Code shows it in a terminal
	return append(out, '\n')
}

// adviceVisible reports whether a UserPromptSubmit systemMessage printed now
// reaches a person: always in an interactive session; under `claude -p` only
// in the output formats that carry it (claudeargs.ShowsHookMessages), read
// from Claude Code's own command line. Unknown means not visible.
func (rt Runtime) adviceVisible() bool {
	if rt.getenv("CLAUDE_CODE_ENTRYPOINT") != "sdk-cli" {
		return true
	}
	if rt.ClaudeArgs == nil {
		return false
	}
	argv := rt.ClaudeArgs()
	if len(argv) == 0 {
		return false
	}
	c, err := claudeargs.Parse(argv)
	if err != nil && err != claudeargs.ErrNotPrint {
		return false
	}
	return c.ShowsHookMessages()
}

// situation merges the state records and the transcript tail into the
// current failure streak; fresh is true when part of it was never advised.
func (rt Runtime) situation(recs []state.Record, tail transcript.Tail) (Situation, bool) {
	var lastOK, lastAdvised time.Time
	for _, r := range recs {
		switch r.Kind {
		case state.KindOK:
			lastOK = r.Time
		case state.KindAdvised:
			lastAdvised = r.Time
		}
	}
	if tail.LastUsage != nil && tail.LastUsage.Time.After(lastOK) {
		lastOK = tail.LastUsage.Time
	}
	var fs []Failure
	for _, e := range tail.StreakErrors() {
		if !e.Time.IsZero() && !e.Time.After(lastOK) {
			continue
		}
		fs = append(fs, Failure{Time: e.Time, Kind: e.Error, Status: e.Status, Type: e.Type, Message: e.Message,
			Details: e.Details, RequestID: e.RequestID, Model: e.Model})
	}
	fromTail := len(fs)
	matched := make([]bool, fromTail)
	for _, r := range recs {
		if r.Kind != state.KindFail || !r.Time.After(lastOK) {
			continue
		}
		if i := nearest(fs[:fromTail], matched, r.Time); i >= 0 {
			matched[i] = true
			// The same failure seen both ways: the transcript has the status.
			if fs[i].Kind == "" {
				fs[i].Kind = r.Error
			}
			continue
		}
		fs = append(fs, Failure{Time: r.Time, Kind: r.Error, Status: r.Status, Type: r.Type, Message: r.Message,
			Details: r.Details, RequestID: r.RequestID, Model: r.Model})
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Time.Before(fs[j].Time) })
	// A failure from long ago (a session resumed the next day) is history,
	// not something to act on now.
	now := rt.now()
	kept := fs[:0]
	for _, f := range fs {
		if f.Time.IsZero() || now.Sub(f.Time) <= StaleAfter {
			kept = append(kept, f)
		}
	}
	fs = kept
	fresh := false
	for _, f := range fs {
		if f.Time.After(lastAdvised) {
			fresh = true
		}
	}
	// Advice looks at the newest failures only; the rest are counted.
	earlier := 0
	if len(fs) > maxAdvised {
		earlier = len(fs) - maxAdvised
		fs = fs[earlier:]
	}
	s := Situation{
		Failures:       fs,
		Earlier:        earlier,
		SingleExchange: tail.LastUsage == nil,
		BaseURL:        rt.getenv("ANTHROPIC_BASE_URL"),
		APIKeySet:      rt.getenv("ANTHROPIC_API_KEY") != "",
		Headless:       rt.getenv("CLAUDE_CODE_ENTRYPOINT") == "sdk-cli",
		MaxRetries:     -1,
		Now:            rt.now,
	}
	if n, err := strconv.Atoi(rt.getenv("CLAUDE_CODE_MAX_RETRIES")); err == nil && n >= 0 {
		s.MaxRetries = n
	}
	if u := tail.LastUsage; u != nil {
		s.Model = u.Model
		s.ContextTokens = u.ContextTokens()
		s.ContextWindow = models.ContextWindow(u.Model)
		if w := reportedWindow(recs, u.Model); w > 0 {
			s.ContextWindow = w
		}
	}
	if rt.Status != nil {
		s.Status = rt.Status()
	}
	return s, fresh
}

// StaleAfter is how old a failure may be and still get advice.
const StaleAfter = 6 * time.Hour

// maxAdvised is how many of the newest failures advice looks at.
const maxAdvised = 10

// matchWindow is how far apart a StopFailure record and the transcript's
// error entry for the same turn may be.
const matchWindow = 15 * time.Second

func nearest(fs []Failure, taken []bool, t time.Time) int {
	best, bestD := -1, matchWindow
	for i, f := range fs {
		if taken[i] {
			continue
		}
		d := t.Sub(f.Time)
		if d < 0 {
			d = -d
		}
		if d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

func coveredBy(recs []state.Record, t time.Time) bool {
	for _, r := range recs {
		if r.Kind == state.KindFail && (t.IsZero() || absDur(r.Time.Sub(t)) <= matchWindow) {
			return true
		}
	}
	return false
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// streakOpen reports whether the newest fail record is newer than the newest ok.
func streakOpen(recs []state.Record) bool {
	for i := len(recs) - 1; i >= 0; i-- {
		switch recs[i].Kind {
		case state.KindOK:
			return false
		case state.KindFail:
			return true
		}
	}
	return false
}

// reportedWindow is the context window the status line last saw for model
// (0 when none was recorded).
func reportedWindow(recs []state.Record, model string) int {
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].Kind == state.KindWindow && recs[i].Model == model {
			return recs[i].Window
		}
	}
	return 0
}

func lastAdvice(recs []state.Record) string {
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].Kind == state.KindAdvised {
			return recs[i].Advice
		}
		if recs[i].Kind == state.KindFail {
			return ""
		}
	}
	return ""
}

func (rt Runtime) append(path string, r state.Record) {
	if err := state.Append(path, state.Encode(r)); err != nil {
		rt.note("cannot write state: %v", err)
	}
}

func (rt Runtime) note(format string, args ...any) {
	if rt.Stderr != nil {
		fmt.Fprintf(rt.Stderr, "ccdiag hook: "+format+"\n", args...)
	}
}

func (rt Runtime) now() time.Time {
	if rt.Now != nil {
		return rt.Now()
	}
	return time.Now()
}

func (rt Runtime) getenv(k string) string {
	if rt.Getenv != nil {
		return rt.Getenv(k)
	}
	return ""
}
