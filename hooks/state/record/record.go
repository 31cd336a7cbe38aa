// Package record writes the per-session state file of ccdiag's hook: what a
// record holds, where a session's file lives, how a record is encoded and
// appended. Package state reads the file back and re-exports these names.
//
// It is apart from state because the StopFailure fast path links it during
// package initialisation (cmd/ccdiag/internal/earlyfail): it imports no
// strings, bytes, encoding/json or gjson, only packages that sort early or
// have no init work, so that init runs before almost every other.
package record

import (
	"os"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/ccdiag/ccdiag/internal/jsontop"
	"github.com/ccdiag/ccdiag/internal/jsonwrite"
	"github.com/ccdiag/ccdiag/internal/safefile"
)

// MaxRecord bounds one encoded state record. Records are appended with a
// single write(2) on an O_APPEND descriptor; keeping them under PIPE_BUF-ish
// sizes means concurrent writers and a SIGTERM never leave a torn line.
const MaxRecord = 4000

// Record kinds.
const (
	KindFail    = "fail"    // a turn ended with an API error
	KindOK      = "ok"      // a turn succeeded: the failure streak is over
	KindAdvised = "advised" // advice was shown for everything up to T
	// KindWindow notes the context window Claude Code reports for the
	// session's model (the status line sees it; hooks do not), when it
	// differs from what internal/models assumes.
	KindWindow = "window"
	// KindAdvice caches the advice computed for a pending failure streak, so
	// the status line and the prompt hook, which run many times over the same
	// streak, need not classify it again (see hooks.Runtime.advise).
	KindAdvice = "advice"
)

// Record is one line of a session's state file.
type Record struct {
	Time time.Time `json:"t"`
	Kind string    `json:"k"`
	// Source is the event that wrote it: StopFailure, Stop, transcript.
	Source    string `json:"src,omitempty"`
	Error     string `json:"error,omitempty"`
	Message   string `json:"msg,omitempty"`
	Details   string `json:"details,omitempty"`
	Status    int    `json:"status,omitempty"`
	Type      string `json:"type,omitempty"`
	RequestID string `json:"req,omitempty"`
	Model     string `json:"model,omitempty"`
	// Advice is the advice text shown (advised records) or the category.
	Advice string `json:"advice,omitempty"`
	// Window is the model's context window in tokens (window records).
	Window int `json:"window,omitempty"`
	// Advice records: Key fingerprints what the advice was computed from;
	// Category, Label and Next are the advice's (its text is in Advice);
	// Until, in Unix seconds, is when it goes stale (0 = never).
	Key      string `json:"key,omitempty"`
	Category string `json:"cat,omitempty"`
	Label    string `json:"label,omitempty"`
	Next     string `json:"next,omitempty"`
	Until    int64  `json:"until,omitempty"`
}

// Dir is where per-session state lives: $CCDIAG_STATE_DIR, else
// $XDG_STATE_HOME/ccdiag, else $HOME/.local/state/ccdiag.
func Dir(getenv func(string) string) string {
	if d := getenv("CCDIAG_STATE_DIR"); d != "" {
		return d
	}
	if d := getenv("XDG_STATE_HOME"); d != "" {
		return safefile.Join(d, "ccdiag")
	}
	if h := getenv("HOME"); h != "" {
		return safefile.Join(h, ".local", "state", "ccdiag")
	}
	return safefile.Join(os.TempDir(), "ccdiag-state")
}

// SessionFile is the state file of one session; session ids that are not
// safe file names are hashed.
func SessionFile(dir, sessionID string) string {
	return safefile.Join(SessionsDir(dir), safeName(sessionID)+".jsonl")
}

// SessionsDir is the folder of the session files under dir.
func SessionsDir(dir string) string { return safefile.Join(dir, "sessions") }

func safeName(id string) string {
	ok := id != "" && len(id) <= 128 && id[0] != '.'
	for i := 0; ok && i < len(id); i++ {
		c := id[i]
		ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
	}
	if ok {
		return id
	}
	return "h-" + strconv.FormatUint(fnv64a(id), 16)
}

// fnv64a is FNV-1a, inline so this package does not import hash/fnv.
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// Encode renders r as one newline-terminated JSON line of at most
// MaxRecord bytes, cutting the long text fields (on rune boundaries) to fit.
// The time is written in UTC: formatting a local time would load the zone
// database, a file read on the StopFailure fast path.
func Encode(r Record) []byte {
	r.Time = r.Time.UTC()
	r.Error = cut(r.Error, 64)
	r.Type = cut(r.Type, 64)
	r.RequestID = cut(r.RequestID, 128)
	r.Model = cut(r.Model, 128)
	r.Source = cut(r.Source, 32)
	r.Kind = cut(r.Kind, 16)
	r.Message = cut(r.Message, 1000)
	r.Details = cut(r.Details, 1500)
	r.Advice = cut(r.Advice, 600)
	r.Key = cut(r.Key, 64)
	r.Category = cut(r.Category, 64)
	r.Label = cut(r.Label, 128)
	r.Next = cut(r.Next, 300)
	for {
		if b := appendRecord(make([]byte, 0, 512), r); len(b) < MaxRecord {
			return append(b, '\n')
		}
		// Escaping can grow text up to 6×: halve the long fields until it fits.
		r.Message = cut(r.Message, len(r.Message)/2)
		r.Details = cut(r.Details, len(r.Details)/2)
		r.Advice = cut(r.Advice, len(r.Advice)/2)
	}
}

// appendRecord appends r as encoding/json marshals a Record (fields in
// order, omitempty, HTML escaping off), by hand: reflection over the struct
// costs the StopFailure fast path more than the rest of the record's work
// (TestEncodeMatchesEncodingJSON keeps the two equal).
func appendRecord(b []byte, r Record) []byte {
	t, err := r.Time.MarshalJSON()
	if err != nil { // a year outside 0–9999: not a time this code writes
		t, _ = time.Time{}.MarshalJSON()
	}
	b = append(append(append(b, `{"t":`...), t...), `,"k":`...)
	b = jsonwrite.AppendString(b, r.Kind)
	str := func(name, v string) {
		if v != "" {
			b = jsonwrite.AppendString(append(append(append(b, `,"`...), name...), `":`...), v)
		}
	}
	num := func(name string, v int64) {
		if v != 0 {
			b = strconv.AppendInt(append(append(append(b, `,"`...), name...), `":`...), v, 10)
		}
	}
	str("src", r.Source)
	str("error", r.Error)
	str("msg", r.Message)
	str("details", r.Details)
	num("status", int64(r.Status))
	str("type", r.Type)
	str("req", r.RequestID)
	str("model", r.Model)
	str("advice", r.Advice)
	num("window", int64(r.Window))
	str("key", r.Key)
	str("cat", r.Category)
	str("label", r.Label)
	str("next", r.Next)
	num("until", r.Until)
	return append(b, '}')
}

// cut shortens s to at most n bytes without splitting a rune, and drops
// invalid UTF-8 so the JSON stays what was written.
func cut(s string, n int) string {
	if !utf8.ValidString(s) {
		s = toValidUTF8(s)
	}
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// toValidUTF8 is strings.ToValidUTF8(s, "\uFFFD"): each run of invalid bytes
// becomes one U+FFFD.
func toValidUTF8(s string) string {
	b := make([]byte, 0, len(s)+2)
	invalid := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			if !invalid {
				b = utf8.AppendRune(b, utf8.RuneError)
			}
			invalid = true
		} else {
			b = append(b, s[i:i+n]...)
			invalid = false
		}
		i += n
	}
	return string(b)
}

// Append appends one encoded record to path with a single write, creating
// the folder when needed; a record always starts on a fresh line, so one
// torn by a full disk never swallows the next (see safefile.Append).
func Append(path string, rec []byte) error { return safefile.Append(path, rec) }

// StopFailure appends the failure a StopFailure payload reports to its
// session's state file under dir: one record, one write, nothing else (Claude
// Code kills this hook ~17 ms after spawning it). It reports whether payload
// was a StopFailure event of the user's turn; sub-agent failures (they carry
// agent_id, e.g. compaction) and payloads without a session are not.
func StopFailure(payload []byte, dir string, now time.Time) (bool, error) {
	f, ok := jsontop.Get(payload, "hook_event_name", "session_id", "agent_id",
		"error", "last_assistant_message", "error_details")
	if !ok || f[0].Str != "StopFailure" || f[1].Str == "" || f[2].Exists {
		return false, nil
	}
	rec := Encode(Record{Time: now, Kind: KindFail, Source: "StopFailure",
		Error: f[3].Str, Message: f[4].Str, Details: f[5].Str})
	return true, Append(SessionFile(dir, f[1].Str), rec)
}

// fields are the JSON names of Record's fields, in Encode's order.
var fields = [...]string{"t", "k", "src", "error", "msg", "details", "status", "type", "req", "model",
	"advice", "window", "key", "cat", "label", "next", "until"}

// Decode reads line (without its newline) when it is exactly what Encode
// writes for some record, and reports false for anything else — another
// spacing, order or escaping, an unknown or repeated key — which package
// state's reader, the one that decides what such a line means, handles.
// It lets the StopFailure notification read the records this binary
// wrote without linking a general JSON decoder.
func Decode(line []byte) (Record, bool) {
	f, ok := jsontop.Get(line, fields[:]...)
	if !ok || !f[0].Exists {
		return Record{}, false
	}
	var r Record
	if r.Time.UnmarshalJSON([]byte(`"`+f[0].Str+`"`)) != nil {
		return Record{}, false
	}
	num := func(i int) int64 {
		n, _ := strconv.ParseInt(f[i].Str, 10, 64)
		return n
	}
	r.Kind, r.Source, r.Error, r.Message, r.Details = f[1].Str, f[2].Str, f[3].Str, f[4].Str, f[5].Str
	r.Status, r.Type, r.RequestID, r.Model, r.Advice = int(num(6)), f[7].Str, f[8].Str, f[9].Str, f[10].Str
	r.Window, r.Key, r.Category, r.Label, r.Next, r.Until = int(num(11)), f[12].Str, f[13].Str, f[14].Str, f[15].Str, num(16)
	if b := Encode(r); len(b) != len(line)+1 || string(b[:len(line)]) != string(line) {
		return Record{}, false
	}
	return r, true
}
