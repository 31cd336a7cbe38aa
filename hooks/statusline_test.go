package hooks

import (
	"github.com/ccdiag/ccdiag/hooks/state"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccdiag/ccdiag/internal/iostreams"
)

func TestStatusLine(t *testing.T) {
	plain := iostreams.NewColorScheme(false)
	rt, _ := newRuntime(t, nil)
	Handle(payload("StopFailure", "sl1", "", map[string]any{"error": "server_error",
		"last_assistant_message": "API Error: Repeated 529 Overloaded errors."}), rt)
	Handle(payload("StopFailure", "sl1", "", map[string]any{"error": "server_error",
		"last_assistant_message": "API Error: Repeated 529 Overloaded errors."}), rt)
	tr := filepath.Join(t.TempDir(), "t.jsonl")
	os.WriteFile(tr, []byte(`{"type":"assistant","message":{"model":"claude-sonnet-4-5","content":[],"usage":{"input_tokens":10,"cache_read_input_tokens":170000}},"timestamp":"2026-11-25T09:00:00Z"}`+"\n"), 0o600)

	cases := []struct {
		name   string
		in     string
		status *Status
		want   string
	}{
		{"empty input", ``, nil, ""},
		{"garbage", `{"model":`, nil, ""},
		{"model and context from input", `{"model":{"id":"claude-opus-4-5","display_name":"Opus 4.5"},"context_window":{"context_window_size":200000,"current_usage":{"input_tokens":1000,"cache_read_input_tokens":89000}}}`,
			nil, "Opus 4.5 · ctx 45%"},
		{"context from transcript", `{"model":{"display_name":"Sonnet 4.5"},"transcript_path":"` + tr + `"}`, nil, "Sonnet 4.5 · ctx 85%"},
		{"failure streak and advice", `{"session_id":"sl1","model":{"id":"claude-opus-4-5","display_name":"Opus 4.5"}}`, nil,
			"Opus 4.5 · 529×2 → /model sonnet"},
		{"status indicator", `{"model":{"display_name":"Opus"}}`, &Status{Indicator: "major", Incidents: []Incident{{Name: "x"}}},
			"Opus · status: major (1 incident)"},
		{"incident naming the failing family: switch, as the hook and doctor say", `{"session_id":"sl1","model":{"id":"claude-opus-4-5","display_name":"Opus 4.5"}}`,
			&Status{Indicator: "minor", Incidents: []Incident{{Name: "Elevated errors on Claude Opus", Families: []string{"opus"}}}},
			"Opus 4.5 · 529×2 → /model sonnet · status: minor (1 incident)"},
		{"incident on every model: wait", `{"session_id":"sl1","model":{"id":"claude-opus-4-5","display_name":"Opus 4.5"}}`,
			&Status{Indicator: "major", Incidents: []Incident{{Name: "Elevated errors"}}},
			"Opus 4.5 · 529×2 → wait · status: major (1 incident)"},
		{"operational status is not shown", `{"model":{"display_name":"Opus"}}`, &Status{Indicator: "none"}, "Opus"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rt := rt
			rt.Status = func() *Status { return c.status }
			if got := StatusLine([]byte(c.in), rt, plain); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestStatusLineColour(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	in := []byte(`{"model":{"display_name":"Opus"},"context_window":{"context_window_size":100,"current_usage":{"input_tokens":90}}}`)
	if got := StatusLine(in, rt, iostreams.NewColorScheme(true)); !strings.Contains(got, "\x1b[31mctx 90%") {
		t.Errorf("no red context: %q", got)
	}
	if got := StatusLine(in, rt, iostreams.NewColorScheme(false)); strings.Contains(got, "\x1b") {
		t.Errorf("colour without colour: %q", got)
	}
}

func TestJoinStatusLines(t *testing.T) {
	cs := iostreams.NewColorScheme(false)
	cases := []struct{ theirs, ours, want string }{
		{"mine\nsecond\n", "ours", "mine · ours"},
		{"", "ours", "ours"},
		{"mine\n", "", "mine"},
	}
	for _, c := range cases {
		if got := JoinStatusLines(c.theirs, c.ours, cs); got != c.want {
			t.Errorf("JoinStatusLines(%q, %q) = %q, want %q", c.theirs, c.ours, got, c.want)
		}
	}
}

// TestStatusLineTeachesHooksTheWindow: a 1M-token model at 180K tokens is
// not "nearly full"; the status line records the real window for the hooks.
func TestStatusLineTeachesHooksTheWindow(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	tr := filepath.Join(t.TempDir(), "t.jsonl")
	os.WriteFile(tr, []byte(`{"type":"assistant","message":{"model":"claude-sonnet-4-6","content":[],"usage":{"input_tokens":10,"cache_read_input_tokens":180000}},"timestamp":"2026-11-25T09:00:00Z"}`+"\n"), 0o600)
	ups := payload("UserPromptSubmit", "w1", tr, nil)
	// Without the status line, the model table assumes 200K: 90% → /compact.
	if msg := systemMessage(t, Handle(ups, rt)); !strings.Contains(msg, "/compact") {
		t.Fatalf("no context advice: %q", msg)
	}
	rt2, _ := newRuntime(t, nil)
	in := `{"session_id":"w1","transcript_path":"` + tr + `","model":{"id":"claude-sonnet-4-6","display_name":"Sonnet 4.6"},"context_window":{"context_window_size":1000000,"current_usage":{"input_tokens":10,"cache_read_input_tokens":180000}}}`
	if got := StatusLine([]byte(in), rt2, iostreams.NewColorScheme(false)); got != "Sonnet 4.6 · ctx 18%" {
		t.Fatalf("status line %q", got)
	}
	StatusLine([]byte(in), rt2, iostreams.NewColorScheme(false)) // recorded once only
	recs, _ := state.Read(state.SessionFile(rt2.StateDir, "w1"))
	if len(recs) != 1 || recs[0].Kind != state.KindWindow || recs[0].Window != 1_000_000 {
		t.Fatalf("records %+v", recs)
	}
	if out := Handle(ups, rt2); out != nil {
		t.Fatalf("false /compact advice for a 1M window: %q", out)
	}
}
