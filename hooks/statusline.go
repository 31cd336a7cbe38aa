package hooks

import (
	"github.com/ccdiag/ccdiag/hooks/state"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"

	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/models"
	"github.com/ccdiag/ccdiag/internal/sanitize"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// statusLineTranscriptBytes bounds the transcript read when the status-line
// input lacks context numbers: the line must render in a few milliseconds.
const statusLineTranscriptBytes = 1 << 20

// StatusLine renders ccdiag's status-line segment from Claude Code's
// status-line JSON: model · context used · last failure → next step ·
// status-page indicator. It reads only local state (the session file, the
// transcript tail, the cached status); it never fails: bad input gives a
// shorter line.
func StatusLine(payload []byte, rt Runtime, cs *iostreams.ColorScheme) string {
	defer func() { _ = recover() }() // never fail: a shorter line instead
	var parts []string
	if !jsonguard.Shallow(payload, jsonguard.MaxDepth) {
		payload = nil // gjson would recurse into it
	}
	p := gjson.ParseBytes(payload)
	model := p.Get("model.display_name").String()
	modelID := p.Get("model.id").String()
	if model == "" {
		model = modelID
	}
	if model != "" {
		parts = append(parts, sanitize.Line(model, 80)) // what the terminal shows is ours to keep clean
	}
	session, tpath := p.Get("session_id").String(), p.Get("transcript_path").String()
	var recs []state.Record
	if session != "" && rt.StateDir != "" {
		recs, _ = state.Read(state.SessionFile(rt.StateDir, session))
	}
	var tail transcript.Tail
	if tpath != "" {
		tail, _ = transcript.ReadTail(tpath, transcript.Options{MaxBytes: statusLineTranscriptBytes})
	}
	sit, _ := rt.situation(recs, tail)

	// Context: Claude Code's own numbers first, the transcript otherwise.
	used, size := contextFromStatusInput(p)
	// Hooks never see the real window; note it for them when the model
	// table would guess wrong (e.g. a 1M-token model), once per session.
	if size > 0 && modelID != "" && session != "" && rt.StateDir != "" &&
		size != models.ContextWindow(modelID) && reportedWindow(recs, modelID) != size {
		rt.append(state.SessionFile(rt.StateDir, session), state.Record{Time: rt.now(), Kind: state.KindWindow, Model: modelID, Window: size})
	}
	if size == 0 && sit.ContextWindow > 0 {
		used, size = sit.ContextTokens, sit.ContextWindow
	}
	if size == 0 && used > 0 {
		size = models.ContextWindow(modelID)
	}
	if size > 0 {
		pct := 100 * used / size
		seg := "ctx " + strconv.Itoa(pct) + "%"
		switch {
		case float64(used) >= contextHigh*float64(size):
			seg = cs.Red(seg)
		case pct >= 60:
			seg = cs.Yellow(seg)
		}
		parts = append(parts, seg)
	}
	if sit.Model == "" {
		sit.Model = modelID
	}
	if len(sit.Failures) > 0 {
		if a, ok := Advise(sit); ok {
			parts = append(parts, cs.Red(sanitize.Line(a.Label, 80))+" → "+cs.Bold(sanitize.Line(a.Next, 200)))
		}
	}
	if st := sit.Status; st != nil && st.Indicator != "" && st.Indicator != "none" && st.Indicator != "unknown" {
		seg := "status: " + sanitize.Line(st.Indicator, 20)
		if len(st.Incidents) > 0 {
			seg += " (" + strconv.Itoa(len(st.Incidents)) + " incident"
			if len(st.Incidents) > 1 {
				seg += "s"
			}
			seg += ")"
		}
		parts = append(parts, cs.Yellow(seg))
	}
	return strings.Join(parts, cs.Gray(" · "))
}

// contextFromStatusInput reads context_window{context_window_size,
// current_usage{…}} from the status-line JSON.
func contextFromStatusInput(p gjson.Result) (used, size int) {
	cw := p.Get("context_window")
	size = int(cw.Get("context_window_size").Int())
	u := cw.Get("current_usage")
	for _, k := range []string{"input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens", "output_tokens"} {
		used += int(u.Get(k).Int())
	}
	if used == 0 {
		if pct := cw.Get("used_percentage"); pct.Exists() && size > 0 {
			used = int(pct.Float() * float64(size) / 100)
		}
	}
	return used, size
}

// JoinStatusLines appends ccdiag's segment to the first line of a user's own
// status-line output (--wrap).
func JoinStatusLines(theirs, ours string, cs *iostreams.ColorScheme) string {
	if i := strings.IndexByte(theirs, '\n'); i >= 0 {
		theirs = theirs[:i]
	}
	theirs = strings.TrimRight(theirs, " \r")
	switch {
	case theirs == "":
		return ours
	case ours == "":
		return theirs
	}
	return theirs + cs.Gray(" · ") + ours
}
