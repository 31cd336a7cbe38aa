package hooks

import (
	"encoding/json"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/sanitize"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// maxNotification bounds the notification text: terminals show one short line.
const maxNotification = 200

// notifyStateRead is how much of the state file's end the notification
// reads: a few dozen records, enough for the streak's newest failures, and
// cheap however long the streak (a full read parses up to 64 KB).
const notifyStateRead = 8 << 10

// Notification is the StopFailure hook's output in an interactive session:
// the one-line advice for the failure just recorded, as an OSC 9 desktop
// notification that Claude Code 2.1.328 writes to the terminal
// ({"terminalSequence": …}; hooks/CHANNELS.md). It reads only the end of
// the session's state file — never the transcript — and returns nil when
// there is nothing to say. The advice is not marked delivered: a
// notification can go unseen, the next prompt still shows the advice.
func Notification(payload []byte, rt Runtime) []byte {
	sid := gjson.GetBytes(payload, "session_id").String()
	if sid == "" {
		return nil
	}
	recs, _ := state.ReadLast(state.SessionFile(rt.StateDir, sid), notifyStateRead)
	sit, _ := rt.situation(recs, transcript.Tail{})
	sit.SingleExchange = false // unknown without the transcript: advise /compact, the usual cure
	a, ok := Advise(sit)
	if !ok {
		return nil
	}
	out, _ := json.Marshal(struct {
		TerminalSequence string `json:"terminalSequence"`
	}{"\x1b]9;" + sanitize.Line(a.Text, maxNotification) + "\x07"}) // no control character may end the OSC early
	return append(out, '\n')
}
