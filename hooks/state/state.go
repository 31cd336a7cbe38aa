// Package state is the per-session state file of ccdiag's hook: one JSON
// record per line, appended with a single write. It is kept apart from
// package hooks, with few imports, because the StopFailure notification
// reads it early (cmd/ccdiag/internal/earlyfail); writing records lives in
// package record, which the StopFailure record path links alone.
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

	"github.com/ccdiag/ccdiag/hooks/state/record"
	"github.com/ccdiag/ccdiag/internal/jsonguard"
	"github.com/ccdiag/ccdiag/internal/safefile"
)

// MaxRecord bounds one encoded state record (record.MaxRecord).
const MaxRecord = record.MaxRecord

// Record kinds (see package record).
const (
	KindFail    = record.KindFail
	KindOK      = record.KindOK
	KindAdvised = record.KindAdvised
	KindWindow  = record.KindWindow
	KindAdvice  = record.KindAdvice
)

// Record is one line of a session's state file.
type Record = record.Record

// Dir is where per-session state lives (record.Dir).
func Dir(getenv func(string) string) string { return record.Dir(getenv) }

// SessionFile is the state file of one session (record.SessionFile).
func SessionFile(dir, sessionID string) string { return record.SessionFile(dir, sessionID) }

// Encode renders r as one state-file line (record.Encode).
func Encode(r Record) []byte { return record.Encode(r) }

// Append appends one encoded record to path with a single write (record.Append).
func Append(path string, rec []byte) error { return record.Append(path, rec) }

// RecordStopFailure appends the failure a StopFailure payload reports to its
// session's state file under dir (record.StopFailure).
func RecordStopFailure(payload []byte, dir string, now time.Time) (bool, error) {
	return record.StopFailure(payload, dir, now)
}

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
	sdir := record.SessionsDir(dir)
	ents, err := os.ReadDir(sdir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".jsonl") {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > maxAge {
			os.Remove(sdir + string(os.PathSeparator) + e.Name())
		}
	}
}
