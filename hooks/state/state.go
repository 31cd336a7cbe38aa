// Package state is the per-session state file of ccdiag's hook: one JSON
// record per line, appended with a single write. It is kept apart from
// package hooks, with as few imports as possible, because the StopFailure
// fast path links it alone (see cmd/ccdiag/internal/stopfailure).
package state

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/ccdiag/ccdiag/internal/jsonguard"
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
		return join(d, "ccdiag")
	}
	if h := getenv("HOME"); h != "" {
		return join(h, ".local", "state", "ccdiag")
	}
	return join(os.TempDir(), "ccdiag-state")
}

// SessionFile is the state file of one session; session ids that are not
// safe file names are hashed.
func SessionFile(dir, sessionID string) string {
	return join(dir, "sessions", safeName(sessionID)+".jsonl")
}

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

// join joins path elements with the OS separator; path/filepath is avoided
// for the same reason as hash/fnv. Elements are clean names or a directory.
func join(elem ...string) string {
	return strings.Join(elem, string(os.PathSeparator))
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
		s = strings.ToValidUTF8(s, "�")
	}
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Append appends one encoded record to path with a single write, creating
// the folder when needed; a record always starts on a fresh line, so one
// torn by a full disk never swallows the next (see safefile.Append).
func Append(path string, rec []byte) error { return safefile.Append(path, rec) }

// maxStateRead is how much of a state file's end is read; the newest
// records are all that matter.
const maxStateRead = 64 << 10

// Read reads the newest records of a state file, oldest first.
// Lines that are not whole records are skipped. A missing file is no records.
func Read(path string) ([]Record, error) { return ReadLast(path, maxStateRead) }

// ReadLast is Read over at most the last max bytes: the failure
// notification, on the StopFailure path, needs only the newest records.
func ReadLast(path string, max int64) ([]Record, error) {
	data, cut, err := safefile.ReadTail(path, max)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	return Parse(data, cut), nil
}

// Parse decodes state-file lines; skipFirst drops a first line that
// may have been cut by a bounded read.
func Parse(data []byte, skipFirst bool) []Record {
	var out []Record
	for i := 0; len(data) > 0; i++ {
		line := data
		if j := bytes.IndexByte(data, '\n'); j >= 0 {
			line, data = data[:j], data[j+1:]
		} else {
			data = nil
		}
		if (i == 0 && skipFirst) || len(line) == 0 {
			continue
		}
		if r, ok := decode(line); ok && r.Kind != "" {
			out = append(out, r)
		}
	}
	return out
}

// decode reads one record line as json.Unmarshal into a Record would (ok is
// false where it fails). Lines written by Encode are read with gjson and no
// reflection — the StopFailure notification reads the state file on the fast
// path; anything unusual (a key in another case, a \u escape, invalid UTF-8,
// a value of the wrong type) goes to json.Unmarshal itself, so the answer is
// always encoding/json's (FuzzDecodeMatchesUnmarshal).
func decode(line []byte) (Record, bool) {
	if r, ok, sure := decodeFast(line); sure {
		return r, ok
	}
	var r Record
	return r, json.Unmarshal(line, &r) == nil
}

// decodeFast is decode for the shapes Encode writes; sure is false when
// it leaves the line to encoding/json.
func decodeFast(line []byte) (r Record, ok, sure bool) {
	if !utf8.Valid(line) || bytes.Contains(line, []byte(`\u`)) || !jsonguard.Shallow(line, jsonguard.MaxDepth) {
		return r, false, false
	}
	v := gjson.ParseBytes(line)
	if !v.IsObject() || !gjson.ValidBytes(line) {
		return r, false, false
	}
	sure = true
	v.ForEach(func(key, val gjson.Result) bool {
		if key.Type != gjson.String || strings.Contains(key.Raw, `\`) {
			sure = false
			return false
		}
		if val.Type == gjson.Null {
			return true // encoding/json leaves the field as it was
		}
		str := func(f *string) {
			*f, sure = val.Str, val.Type == gjson.String
		}
		num := func() int64 {
			n, err := strconv.ParseInt(val.Raw, 10, 64)
			sure = val.Type == gjson.Number && err == nil
			return n
		}
		switch key.Str {
		case "t":
			sure = r.Time.UnmarshalJSON([]byte(val.Raw)) == nil
		case "k":
			str(&r.Kind)
		case "src":
			str(&r.Source)
		case "error":
			str(&r.Error)
		case "msg":
			str(&r.Message)
		case "details":
			str(&r.Details)
		case "status":
			r.Status = int(num())
		case "type":
			str(&r.Type)
		case "req":
			str(&r.RequestID)
		case "model":
			str(&r.Model)
		case "advice":
			str(&r.Advice)
		case "window":
			r.Window = int(num())
		case "key":
			str(&r.Key)
		case "cat":
			str(&r.Category)
		case "label":
			str(&r.Label)
		case "next":
			str(&r.Next)
		case "until":
			r.Until = num()
		default:
			sure = false // unknown here: maybe a field name in another case
		}
		return sure
	})
	return r, sure, sure
}

// Prune removes session state files not written for longer than maxAge.
func Prune(dir string, now time.Time, maxAge time.Duration) {
	sdir := join(dir, "sessions")
	ents, err := os.ReadDir(sdir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".jsonl") {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > maxAge {
			os.Remove(join(sdir, e.Name()))
		}
	}
}

// RecordStopFailure appends the failure a StopFailure payload reports to its
// session's state file under dir: one record, one write, nothing else (Claude
// Code kills this hook ~17 ms after spawning it). It reports whether payload
// was a StopFailure event of the user's turn; sub-agent failures (they carry
// agent_id, e.g. compaction) and payloads without a session are not.
func RecordStopFailure(payload []byte, dir string, now time.Time) (bool, error) {
	if !jsonguard.ValidBytes(payload) {
		return false, nil
	}
	f := gjson.GetManyBytes(payload, "hook_event_name", "session_id", "agent_id",
		"error", "last_assistant_message", "error_details")
	if f[0].String() != "StopFailure" || f[1].String() == "" || f[2].Exists() {
		return false, nil
	}
	rec := Encode(Record{Time: now, Kind: KindFail, Source: "StopFailure",
		Error: f[3].String(), Message: f[4].String(), Details: f[5].String()})
	return true, Append(SessionFile(dir, f[1].String()), rec)
}
