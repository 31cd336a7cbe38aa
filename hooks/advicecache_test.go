package hooks

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccdiag/ccdiag/hooks/state"
	"github.com/ccdiag/ccdiag/internal/apierror"
	"github.com/ccdiag/ccdiag/internal/iostreams"
	"github.com/ccdiag/ccdiag/internal/sanitize"
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// countComputes counts cache misses (each one classifies the streak, which
// builds the catalogue in a fresh process) for the rest of the test.
func countComputes(t *testing.T) *int {
	t.Helper()
	n := new(int)
	compute = func(s Situation) (Advice, bool) { *n++; return Advise(s) }
	t.Cleanup(func() { compute = Advise })
	return n
}

func sameAdvice(t *testing.T, got, want Advice) {
	t.Helper()
	if got.Category != want.Category || got.Text != want.Text || got.Label != want.Label || got.Next != want.Next {
		t.Errorf("cached advice %q/%q/%q/%q, fresh %q/%q/%q/%q", got.Category, got.Label, got.Next, got.Text,
			want.Category, want.Label, want.Next, want.Text)
	}
}

// TestCachedAdviceMatchesFresh: for every corpus error the hook sees, the
// status line computes and caches the advice once; the next status line and
// the prompt hook then use the cached record — no classification — and show
// exactly what a fresh computation gives.
func TestCachedAdviceMatchesFresh(t *testing.T) {
	plain := iostreams.NewColorScheme(false)
	checked := 0
	for name, text := range corpusTexts(t) {
		if !apierror.Diagnose(text, apierror.Options{}).IsAPIError {
			continue
		}
		checked++
		t.Run(name, func(t *testing.T) {
			rt, _ := newRuntime(t, map[string]string{"ANTHROPIC_API_KEY": "sk-ant-x"})
			session := "cache"
			path := state.SessionFile(rt.StateDir, session)
			Handle(payload("StopFailure", session, "", map[string]any{"error": "unknown", "last_assistant_message": text}), rt)
			recs, _ := state.Read(path)
			fresh, ok := Advise(mustSituation(rt, recs))
			if !ok {
				t.Fatal("no advice")
			}
			n := countComputes(t)
			first := StatusLine(payload("", session, "", nil), rt, plain)
			if *n != 1 {
				t.Fatalf("first status line classified %d times, want 1", *n)
			}
			second := StatusLine(payload("", session, "", nil), rt, plain)
			msg := systemMessage(t, Handle(payload("UserPromptSubmit", session, "", nil), rt))
			// Advice naming a reset time that has passed is not cached:
			// a reset written as a clock time resolves against now.
			want := 1
			if ra := fresh.Diagnosis.ResetsAt; ra != nil && !resetAhead(*ra, rt.now()) {
				want = 3
			}
			if *n != want {
				t.Errorf("%d computes, want %d", *n, want)
			}
			if first != second || !strings.Contains(second, "→ "+sanitize.Line(fresh.Next, 200)) {
				t.Errorf("status line %q then %q, fresh next step %q", first, second, fresh.Next)
			}
			if msg != sanitize.Text(fresh.Text) {
				t.Errorf("prompt hook %q, fresh %q", msg, fresh.Text)
			}
			recs, _ = state.Read(path)
			sameAdvice(t, mustAdvise(t, rt, recs, path), fresh)
		})
	}
	if checked < 200 {
		t.Errorf("only %d corpus errors checked", checked)
	}
}

func mustSituation(rt Runtime, recs []state.Record) Situation {
	s, _ := rt.situation(recs, transcript.Tail{})
	return s
}

func mustAdvise(t *testing.T, rt Runtime, recs []state.Record, path string) Advice {
	t.Helper()
	a, ok := rt.advise(mustSituation(rt, recs), recs, path, "test")
	if !ok {
		t.Fatal("no advice")
	}
	return a
}

// TestAdviceCacheInvalidation: each input that can change the advice makes
// the cached record miss, and the recomputed advice is the fresh one.
func TestAdviceCacheInvalidation(t *testing.T) {
	const text = "Invalid API key · Fix external API key"
	cases := []struct {
		name   string
		change func(rt *Runtime, env map[string]string, path string)
		sit    func(s *Situation)
	}{
		{name: "api key set", change: func(_ *Runtime, env map[string]string, _ string) { env["ANTHROPIC_API_KEY"] = "sk-ant-x" }},
		{name: "base url", change: func(_ *Runtime, env map[string]string, _ string) {
			env["ANTHROPIC_BASE_URL"] = "https://gw.example.com"
		}},
		{name: "headless", change: func(_ *Runtime, env map[string]string, _ string) { env["CLAUDE_CODE_ENTRYPOINT"] = "sdk-cli" }},
		{name: "max retries", change: func(_ *Runtime, env map[string]string, _ string) { env["CLAUDE_CODE_MAX_RETRIES"] = "0" }},
		{name: "incident", change: func(rt *Runtime, _ map[string]string, _ string) {
			rt.Status = func() *Status {
				return &Status{Indicator: "major", Incidents: []Incident{{Name: "Elevated errors", Families: []string{"opus"}}}}
			}
		}},
		{name: "new build", change: func(rt *Runtime, _ map[string]string, _ string) {
			rt.Build = func() string { return "ccdiag 2" }
		}},
		{name: "new failure", change: func(rt *Runtime, _ map[string]string, _ string) {
			Handle(payload("StopFailure", "inv", "", map[string]any{"error": "server_error",
				"last_assistant_message": "API Error: 529 Overloaded"}), *rt)
		}},
		{name: "model", sit: func(s *Situation) { s.Model = "claude-opus-4-5" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := map[string]string{}
			rt, _ := newRuntime(t, env)
			rt.Build = func() string { return "ccdiag 1" }
			path := state.SessionFile(rt.StateDir, "inv")
			Handle(payload("StopFailure", "inv", "", map[string]any{"error": "authentication_failed", "last_assistant_message": text}), rt)
			n := countComputes(t)
			recs, _ := state.Read(path)
			mustAdvise(t, rt, recs, path)
			recs, _ = state.Read(path)
			mustAdvise(t, rt, recs, path)
			if *n != 1 {
				t.Fatalf("unchanged situation: %d computes, want 1", *n)
			}
			if c.change != nil {
				c.change(&rt, env, path)
			}
			recs, _ = state.Read(path)
			s := mustSituation(rt, recs)
			if c.sit != nil {
				c.sit(&s)
			}
			got, _ := rt.advise(s, recs, path, "test")
			if *n != 2 {
				t.Fatalf("after the change: %d computes, want 2 (a stale cached record was used)", *n)
			}
			want, _ := Advise(s)
			sameAdvice(t, got, want)
		})
	}
}

// TestStatusLineCacheFollowsAPIKey: a 401 cached without ANTHROPIC_API_KEY
// is not what the status line shows once the key is set.
func TestStatusLineCacheFollowsAPIKey(t *testing.T) {
	env := map[string]string{}
	rt, _ := newRuntime(t, env)
	plain := iostreams.NewColorScheme(false)
	Handle(payload("StopFailure", "k", "", map[string]any{"error": "authentication_failed",
		"last_assistant_message": "Invalid API key · Fix external API key"}), rt)
	before := StatusLine(payload("", "k", "", nil), rt, plain)
	env["ANTHROPIC_API_KEY"] = "sk-ant-x"
	after := StatusLine(payload("", "k", "", nil), rt, plain)
	if strings.Contains(before, "unset ANTHROPIC_API_KEY") || !strings.Contains(after, "→ unset ANTHROPIC_API_KEY") {
		t.Errorf("without the key %q, with it %q", before, after)
	}
}

// TestAdviceCacheSkipsTornRecord: a cached record cut short (a full disk, a
// killed writer) is not used; the advice is computed and cached again.
func TestAdviceCacheSkipsTornRecord(t *testing.T) {
	rt, _ := newRuntime(t, nil)
	path := state.SessionFile(rt.StateDir, "torn")
	Handle(payload("StopFailure", "torn", "", map[string]any{"error": "rate_limit",
		"last_assistant_message": "API Error: Request rejected (429) · rate limited"}), rt)
	recs, _ := state.Read(path)
	s := mustSituation(rt, recs)
	fresh, _ := Advise(s)
	whole := state.Encode(state.Record{Time: rt.now(), Kind: state.KindAdvice, Key: adviceKey(s, ""),
		Category: "stale", Label: "stale", Next: "stale", Advice: "ccdiag: stale"})
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(whole[:len(whole)/2])
	f.Close()
	n := countComputes(t)
	recs, _ = state.Read(path)
	sameAdvice(t, mustAdvise(t, rt, recs, path), fresh)
	recs, _ = state.Read(path)
	sameAdvice(t, mustAdvise(t, rt, recs, path), fresh)
	if *n != 1 {
		t.Errorf("%d computes, want 1: the torn record must be skipped and the new one used", *n)
	}
	// The same record whole is used as it stands: the key decides, so the
	// test above proves the torn one was skipped, not mismatched.
	if err := state.Append(path, whole); err != nil {
		t.Fatal(err)
	}
	recs, _ = state.Read(path)
	if a := mustAdvise(t, rt, recs, path); a.Next != "stale" || *n != 1 {
		t.Errorf("whole record not used: next %q, %d computes", a.Next, *n)
	}
}

func resetAhead(rfc3339 string, now time.Time) bool {
	t, err := time.Parse(time.RFC3339, rfc3339)
	return err == nil && t.After(now)
}

// TestStatusLineThenPromptClassifyOnce: with a transcript naming the model,
// the status line (which also knows the model) and the next prompt share
// one cached record.
func TestStatusLineThenPromptClassifyOnce(t *testing.T) {
	rt, clk := newRuntime(t, nil)
	ts := func(d time.Duration) string { return clk.t.Add(d).Format(time.RFC3339Nano) }
	tr := filepath.Join(t.TempDir(), "t.jsonl")
	lines := []map[string]any{
		{"type": "assistant", "timestamp": ts(-time.Minute), "message": map[string]any{"model": "claude-opus-4-5-20251101",
			"content": []any{map[string]any{"type": "text", "text": "ok"}}, "usage": map[string]any{"input_tokens": 10, "output_tokens": 5}}},
		{"type": "assistant", "timestamp": ts(time.Second), "isApiErrorMessage": true, "apiErrorStatus": 529,
			"apiErrorType": "overloaded_error", "error": "server_error", "requestId": "req_1",
			"message": map[string]any{"model": "<synthetic>", "content": []any{map[string]any{"type": "text", "text": "API Error: Repeated 529 Overloaded errors."}}}},
	}
	var b []byte
	for _, l := range lines {
		j, _ := json.Marshal(l)
		b = append(append(b, j...), '\n')
	}
	if err := os.WriteFile(tr, b, 0o600); err != nil {
		t.Fatal(err)
	}
	n := countComputes(t)
	sl := payload("", "m", tr, map[string]any{"model": map[string]any{"id": "claude-opus-4-5-20251101", "display_name": "Opus 4.5"}})
	line := StatusLine(sl, rt, iostreams.NewColorScheme(false))
	msg := systemMessage(t, Handle(payload("UserPromptSubmit", "m", tr, nil), rt))
	if !strings.Contains(line, "529 → /model sonnet") || !strings.Contains(msg, "/model sonnet") {
		t.Errorf("status line %q, advice %q", line, msg)
	}
	if *n != 1 {
		t.Errorf("%d computes, want 1", *n)
	}
}
