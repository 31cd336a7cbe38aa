package hooks

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNotification(t *testing.T) {
	rt, _ := newRuntime(t, nil)
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
	if !strings.HasPrefix(seq, "\x1b]9;ccdiag: ") || !strings.HasSuffix(seq, "\a") || !strings.Contains(seq, "/model sonnet") {
		t.Fatalf("sequence %q", seq)
	}
	if inner := seq[len("\x1b]9;") : len(seq)-1]; strings.ContainsAny(inner, "\x1b\a\n") || len(inner) > maxNotification {
		t.Errorf("unsafe or long notification text %q", inner)
	}
	// Not delivered: the next prompt still shows the advice.
	ups := payload("UserPromptSubmit", "s1", "/nonexistent.jsonl", map[string]any{"prompt": "again"})
	if msg := systemMessage(t, Handle(ups, rt)); !strings.Contains(msg, "/model sonnet") {
		t.Errorf("advice after the notification = %q", msg)
	}
	if out := Notification(payload("StopFailure", "other", "", nil), rt); out != nil {
		t.Errorf("notification without a recorded failure: %q", out)
	}
}

func TestOSCText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                    "plain",
		"bell\a esc\x1b]0;t\a end": "bell  esc ]0;t  end",
		"c1 \u009c st":             "c1   st",
		strings.Repeat("é", 30):    strings.Repeat("é", 8) + "…",
	} {
		if got := oscText(in, 20); got != want {
			t.Errorf("oscText(%q) = %q, want %q", in, got, want)
		}
	}
}
