package hooks

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// maxNotification bounds the notification text: terminals show one short line.
const maxNotification = 200

// Notification is the StopFailure hook's output in an interactive session:
// the one-line advice for the failure just recorded, as an OSC 9 desktop
// notification that Claude Code 2.1.328 writes to the terminal
// ({"terminalSequence": …}; hooks/CHANNELS.md). It reads only the session's
// small state file — never the transcript — and returns nil when there is
// nothing to say. The advice is not marked delivered: a notification can
// go unseen, the next prompt still shows the advice.
func Notification(payload []byte, rt Runtime) []byte {
	sid := gjson.GetBytes(payload, "session_id").String()
	if sid == "" {
		return nil
	}
	recs, _ := state.Read(state.SessionFile(rt.StateDir, sid))
	sit, _ := rt.situation(recs, transcript.Tail{})
	sit.SingleExchange = false // unknown without the transcript: advise /compact, the usual cure
	a, ok := Advise(sit)
	if !ok {
		return nil
	}
	out, _ := json.Marshal(struct {
		TerminalSequence string `json:"terminalSequence"`
	}{"\x1b]9;" + oscText(a.Text, maxNotification) + "\x07"})
	return append(out, '\n')
}

// oscText makes s safe inside an OSC string: control characters (which
// would end or break the sequence) become spaces, and it is cut to n bytes
// on a rune boundary.
func oscText(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
	if len(s) <= n {
		return s
	}
	n -= len("…")
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
