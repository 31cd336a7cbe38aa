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
	"github.com/ccdiag/ccdiag/internal/transcript"
)

// corpusTexts reads the real pastes of internal/apierror's corpora (the
// text after each file's "---" line).
func corpusTexts(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, dir := range []string{"realworld", "heldout"} {
		files, err := filepath.Glob(filepath.Join("..", "internal", "apierror", "testdata", dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no corpus in %s: %v", dir, err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, text, ok := strings.Cut(string(raw), "\n---\n")
			if !ok {
				t.Fatalf("%s: no --- line", f)
			}
			out[dir+"/"+filepath.Base(f)] = strings.TrimSuffix(text, "\n")
		}
	}
	return out
}

// TestHookAgreesWithDiagnose runs every corpus text through the hook's path
// — a StopFailure record and the transcript's synthetic error entry, as
// Claude Code 2.1.328 writes them, then the advice the next prompt gets and
// the status line — and through Diagnose: the category, the first action
// and the request id must be the same, and the status line must show the
// hook's next step.
func TestHookAgreesWithDiagnose(t *testing.T) {
	plain := iostreams.NewColorScheme(false)
	checked := 0
	for name, text := range corpusTexts(t) {
		want := apierror.Diagnose(text, apierror.Options{})
		if !want.IsAPIError {
			continue // StopFailure fires on API errors only
		}
		checked++
		t.Run(name, func(t *testing.T) {
			rt, clk := newRuntime(t, nil)
			session := "agree"
			entry := map[string]any{
				"type":      "assistant",
				"timestamp": clk.t.Add(time.Second).Format(time.RFC3339Nano),
				"message": map[string]any{"model": "<synthetic>", "role": "assistant",
					"content": []any{map[string]any{"type": "text", "text": text}}},
				"error": "unknown", "isApiErrorMessage": true,
			}
			if want.HTTPStatus != nil {
				entry["apiErrorStatus"] = *want.HTTPStatus
			}
			if want.ErrorType != nil {
				entry["apiErrorType"] = *want.ErrorType
			}
			if want.RequestID != nil {
				entry["requestId"] = *want.RequestID
			}
			line, _ := json.Marshal(entry)
			tr := filepath.Join(t.TempDir(), session+".jsonl")
			if err := os.WriteFile(tr, append(line, '\n'), 0o600); err != nil {
				t.Fatal(err)
			}
			Handle(payload("StopFailure", session, tr, map[string]any{"error": "unknown", "last_assistant_message": text}), rt)

			recs, err := state.Read(state.SessionFile(rt.StateDir, session))
			if err != nil || len(recs) != 1 {
				t.Fatalf("state: %d records, %v", len(recs), err)
			}
			tail, err := transcript.ReadTail(tr, transcript.Options{})
			if err != nil || len(tail.Errors) != 1 {
				t.Fatalf("transcript: %d errors, %v", len(tail.Errors), err)
			}
			sit, _ := rt.situation(recs, tail)
			a, ok := Advise(sit)
			if !ok {
				t.Fatal("no advice")
			}
			if a.Category != want.Category {
				t.Errorf("hook category %s, diagnose %s", a.Category, want.Category)
			}
			got, _ := a.Diagnosis.FirstAction()
			exp, _ := want.FirstAction()
			if got.Title != exp.Title || str(got.Command) != str(exp.Command) {
				t.Errorf("hook first action %q %q, diagnose %q %q", got.Title, str(got.Command), exp.Title, str(exp.Command))
			}
			if str(a.Diagnosis.RequestID) != str(want.RequestID) {
				t.Errorf("hook request id %q, diagnose %q", str(a.Diagnosis.RequestID), str(want.RequestID))
			}
			line2 := StatusLine(payload("", session, tr, nil), rt, plain)
			if !strings.Contains(line2, "→ "+a.Next) {
				t.Errorf("status line %q does not show the hook's next step %q", line2, a.Next)
			}
		})
	}
	if checked < 200 {
		t.Errorf("only %d corpus errors checked", checked)
	}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestStatusLineAgreesOnStrayKey: a 401 with ANTHROPIC_API_KEY set shows the
// same first step in the hook's advice and on the status line.
func TestStatusLineAgreesOnStrayKey(t *testing.T) {
	rt, _ := newRuntime(t, map[string]string{"ANTHROPIC_API_KEY": "sk-ant-x"})
	Handle(payload("StopFailure", "k1", "", map[string]any{"error": "authentication_failed",
		"last_assistant_message": "Invalid API key · Fix external API key"}), rt)
	line := StatusLine(payload("", "k1", "", nil), rt, iostreams.NewColorScheme(false))
	msg := systemMessage(t, Handle(payload("UserPromptSubmit", "k1", "", nil), rt))
	if !strings.Contains(line, "→ unset ANTHROPIC_API_KEY") || !strings.Contains(msg, "unset ANTHROPIC_API_KEY") {
		t.Errorf("status line %q, advice %q: both should start with unsetting the key", line, msg)
	}
}
