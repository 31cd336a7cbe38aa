package state

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTornRecordDoesNotSwallowTheNext is finding 6: a StopFailure record
// torn by a full disk had the next record glued onto it, losing both.
func TestTornRecordDoesNotSwallowTheNext(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	payload := func(msg string) []byte {
		return []byte(`{"hook_event_name":"StopFailure","session_id":"s1","error":"overloaded","last_assistant_message":"` + msg + `"}`)
	}
	if ok, err := RecordStopFailure(payload("first"), dir, now); !ok || err != nil {
		t.Fatal(ok, err)
	}
	path := SessionFile(dir, "s1")
	whole, _ := os.ReadFile(path)
	// The disk filled up halfway through the second record.
	torn := Encode(Record{Time: now, Kind: KindFail, Message: "second"})
	f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	f.Write(torn[:len(torn)/2])
	f.Close()
	if ok, err := RecordStopFailure(payload("third"), dir, now.Add(time.Second)); !ok || err != nil {
		t.Fatal(ok, err)
	}
	recs, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, r := range recs {
		msgs = append(msgs, r.Message)
	}
	if strings.Join(msgs, ",") != "first,third" {
		t.Errorf("records %q, want first and third (the torn one skipped); file:\n%s", msgs, whole)
	}
}

// TestDeepPayloadIsIgnoredNotFatal is finding 10 on the hook's early path:
// ~5.7 M '[' overflowed gjson's recursive validator.
func TestDeepPayloadIsIgnoredNotFatal(t *testing.T) {
	deep := `{"hook_event_name":"StopFailure","session_id":"s1","x":` + strings.Repeat("[", 6_000_000) + strings.Repeat("]", 6_000_000) + `}`
	ok, err := RecordStopFailure([]byte(deep), t.TempDir(), time.Now())
	if ok || err != nil {
		t.Errorf("deep payload: ok=%v err=%v, want ignored", ok, err)
	}
}

// TestStateFileThatIsNotAFile: a FIFO or a /dev/zero symlink in place of the
// state file neither hangs nor fills memory.
func TestStateFileThatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	path := SessionFile(dir, "s1")
	os.MkdirAll(filepath.Dir(path), 0o700)
	if err := os.Symlink("/dev/zero", path); err != nil {
		t.Skip(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := Read(path); err == nil {
			t.Error("Read of /dev/zero succeeded")
		}
		if err := Append(path, Encode(Record{Kind: KindOK})); err == nil {
			t.Error("Append to /dev/zero succeeded")
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second): // a safety net, not a timing assertion
		t.Fatal("state file reads hang")
	}
}
