package headless

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/retry"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// learned is one failed run: the policy's view plus what the user is told.
type learned struct {
	retry.Failure
	status    int
	requestID string
	message   string
	diag      apierror.Diagnosis
}

// clockSkew is how much earlier than the run's start an error entry may be
// stamped and still belong to it (Claude Code's clock is the same, but its
// timestamps are rounded to milliseconds).
const clockSkew = time.Second

// outcome learns whether the run that began at began ended with an API
// error, from the session's transcript (status, type, request id, model,
// reset time) and the hook's StopFailure record (Claude Code's error kind
// and message); the catalogue (apierror.FromStatus) says what it means. A
// zero exit is a success whatever the transcript holds.
func (r *runner) outcome(code int, began time.Time) (learned, bool) {
	if code == 0 || r.id == "" {
		return learned{}, false
	}
	path := filepath.Join(r.projectDir(), r.id+".jsonl")
	tail, terr := transcript.ReadTail(path, transcript.Options{})
	r.st.SingleExchange = terr == nil && tail.LastUsage == nil
	var l learned
	found := false
	if terr == nil && tail.LastTurnFailed && len(tail.Errors) > 0 {
		e := tail.Errors[len(tail.Errors)-1]
		if e.Time.IsZero() || !e.Time.Before(began.Add(-clockSkew)) {
			found = true
			l.status, l.requestID, l.Model, l.ResetsAt = e.Status, e.RequestID, e.Model, e.ResetsAt
			l.message = e.Message
			if e.Details != "" {
				l.message += "\n" + e.Details
			}
			l.diag = apierror.FromStatus(e.Status, e.Type, "", l.message, r.apiOptions())
		}
	}
	if r.cfg.StateDir != "" {
		recs, _ := state.Read(state.SessionFile(r.cfg.StateDir, r.id))
		for i := len(recs) - 1; i >= 0; i-- {
			rec := recs[i]
			if rec.Kind != state.KindFail || rec.Time.Before(began.Add(-clockSkew)) {
				continue
			}
			if !found {
				// The hook saw it, the transcript did not (yet): Claude
				// Code's message and kind are all there is.
				found = true
				l.message = rec.Message
				if rec.Details != "" {
					l.message += "\n" + rec.Details
				}
				l.status, l.requestID, l.Model = rec.Status, rec.RequestID, rec.Model
				l.diag = apierror.FromStatus(rec.Status, rec.Type, "", l.message, r.apiOptions())
			}
			break
		}
	}
	if !found || !l.diag.IsAPIError {
		return learned{}, false
	}
	l.At = r.cfg.Now()
	l.Category, l.Retryable = l.diag.Category, l.diag.Retryable
	return l, true
}

func (r *runner) apiOptions() apierror.Options {
	o := apierror.Options{Model: r.model}
	if o.Model == "" {
		o.Model = r.cfg.Command.Model
	}
	for _, kv := range r.cfg.Env {
		if v, ok := strings.CutPrefix(kv, "ANTHROPIC_BASE_URL="); ok {
			o.BaseURL = v
		}
	}
	return o
}

// describe names the failure in a few words: "529 overloaded (req_…, claude-opus-5-5)".
func (l learned) describe() string {
	s := string(l.Category)
	if l.status != 0 {
		s = strconv.Itoa(l.status) + " " + s
	}
	var extra []string
	if l.requestID != "" {
		extra = append(extra, l.requestID)
	}
	if l.Model != "" {
		extra = append(extra, l.Model)
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// firstStep is the catalogue's first action for the failure, one line.
func (l learned) firstStep() string {
	if len(l.diag.Actions) == 0 {
		return l.diag.Summary
	}
	a := l.diag.Actions[0]
	s := a.Title
	if a.Command != nil && *a.Command != "" {
		s += ": " + *a.Command
	}
	return s
}

// projectDir is where Claude Code keeps this folder's session transcripts.
func (r *runner) projectDir() string {
	return filepath.Join(r.cfg.ClaudeDir, "projects", transcript.ProjectKey(r.cfg.Dir))
}

// newestSession is the id of the newest transcript in dir modified after
// since ("" when none).
func newestSession(dir string, since time.Time) string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	best, bestT := "", since
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".jsonl") {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || info.ModTime().Before(bestT) {
			continue
		}
		best, bestT = strings.TrimSuffix(name, ".jsonl"), info.ModTime()
	}
	return best
}
