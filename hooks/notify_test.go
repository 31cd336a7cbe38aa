package hooks

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestNotification(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	// An incident on every model, its name with a terminal escape in it.
	rt.Status = func() *Status {
		return &Status{Indicator: "major", Incidents: []Incident{{Name: "Errors\x1b]0;pwned\a everywhere"}}}
	}
	sf := payload("StopFailure", "s1", "/nonexistent.jsonl", map[string]any{"error": "server_error",
		"last_assistant_message": "API Error: Repeated 529 Overloaded errors. The API is at capacity"})
	Handle(sf, rt)
	out := Notification(sf, rt)
	var v struct {
		TerminalSequence string `json:"terminalSequence"`
	}
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("not JSON: %q", out)
	}
	seq := v.TerminalSequence
	if !strings.HasPrefix(seq, "\x1b]9;ccdiag: ") || !strings.HasSuffix(seq, "\a") || !strings.Contains(seq, "waiting is the fix") {
		t.Fatalf("sequence %q", seq)
	}
	if inner := seq[len("\x1b]9;") : len(seq)-1]; strings.ContainsAny(inner, "\x1b\a\n") || len(inner) > maxNotification {
		t.Errorf("unsafe or long notification text %q", inner)
	}
	// Not delivered: the next prompt still shows the advice.
	ups := payload("UserPromptSubmit", "s1", "/nonexistent.jsonl", map[string]any{"prompt": "again"})
	if msg := systemMessage(t, Handle(ups, rt)); !strings.Contains(msg, "waiting is the fix") {
		t.Errorf("advice after the notification = %q", msg)
	}
	if out := Notification(payload("StopFailure", "other", "", nil), rt); out != nil {
		t.Errorf("notification without a recorded failure: %q", out)
	}
}

// BenchmarkNotification is the work the interactive StopFailure hook adds
// after its record is written (hooks/bench/bench.sh times the whole
// process), at the end of a streak of 300 failures.
func BenchmarkNotification(b *testing.B) {
	dir := b.TempDir()
	rt := Runtime{Getenv: func(string) string { return "" }, Now: time.Now, StateDir: dir}
	sf := payload("StopFailure", "bench", "", map[string]any{"error": "server_error",
		"last_assistant_message": "API Error: 500 Internal server error. This is a server-side issue, usually temporary — try again in a moment."})
	for range 300 {
		Handle(sf, rt)
	}
	b.ResetTimer()
	for range b.N {
		if Notification(sf, rt) == nil {
			b.Fatal("no notification")
		}
	}
}
